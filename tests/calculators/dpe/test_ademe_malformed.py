"""Malformed and unsupported DPE XML: always a French ``DpeXmlError`` naming the element.

The fixtures are small hand-made files (``fixtures/``). ``surface_non_numerique.xml`` is a
complete minimal house DPE except for one value, so the variants below change one thing in it
and check that exactly that thing is reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeXmlError, read_dpe

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = (FIXTURES / "surface_non_numerique.xml").read_bytes()
VALID = MINIMAL.replace(b">abc<", b">12.5<")


def _error(source: bytes | Path) -> DpeXmlError:
    with pytest.raises(DpeXmlError) as caught:
        read_dpe(source)
    return caught.value


def test_minimal_fixture_is_valid_once_the_surface_is_a_number() -> None:
    dpe = read_dpe(VALID)
    murs = dpe.inputs.enveloppe.murs
    assert [m.surface_paroi_opaque for m in murs] == [30.1, 24.0, 12.5]
    assert murs[2].adjacence.enum_type_adjacence_id == 8
    assert dpe.inputs.administratif.departement == "62"
    assert dpe.inputs.administratif.code_insee == "62119"
    assert dpe.outputs is None
    assert dpe.inputs.systemes.installations_chauffage == ()
    assert dpe.metadata.source == "<octets>"
    assert dpe.warnings == ()


def test_non_numeric_surface_names_the_wall() -> None:
    error = _error(FIXTURES / "surface_non_numerique.xml")
    assert error.path == "mur[3]/donnee_entree/surface_paroi_opaque"
    assert str(error) == (
        "mur[3]/donnee_entree/surface_paroi_opaque : valeur « abc » non numérique"
    )
    assert isinstance(error, ValueError)


def test_truncated_file_names_the_open_element() -> None:
    error = _error(FIXTURES / "tronque.xml")
    assert error.path == "mur[2]/donnee_entree/enum_type_adjacence_id"
    assert "XML mal formé" in str(error)
    assert "fichier tronqué" in str(error)


def test_doctype_with_entities_is_refused_before_expansion() -> None:
    error = _error(FIXTURES / "doctype_entites.xml")
    assert error.path == "DOCTYPE"
    assert "DOCTYPE" in str(error)


def test_missing_logement() -> None:
    error = _error(FIXTURES / "sans_logement.xml")
    assert error.path == "logement"
    assert str(error).startswith("logement : élément obligatoire absent")


def test_tertiary_file_is_not_supported() -> None:
    error = _error(FIXTURES / "tertiaire.xml")
    assert error.path == "tertiaire"
    assert str(error).startswith("modèle non pris en charge : DPE tertiaire")


def test_empty_file() -> None:
    error = _error(FIXTURES / "vide.xml")
    assert error.path == "dpe"
    assert str(error).startswith("fichier vide")


def test_unreadable_path() -> None:
    error = _error(FIXTURES / "absent.xml")
    assert "absent.xml" in str(error)
    assert "illisible" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "path", "words"),
    [
        (b"<logement>", b"<logement_neuf>", "logement_neuf", "DPE de logement neuf"),
        (
            b"<enum_version_id>2.4<",
            b"<enum_version_id>1.1<",
            "administratif/enum_version_id",
            "modèle allégé",
        ),
        (
            b"<enum_version_id>2.4<",
            b"<enum_version_id>3.0<",
            "administratif/enum_version_id",
            "seules les versions 2.x",
        ),
        (
            b"<enum_modele_dpe_id>1<",
            b"<enum_modele_dpe_id>2<",
            "administratif/enum_modele_dpe_id",
            "DPE neuf RT2012",
        ),
    ],
)
def test_unsupported_models(old: bytes, new: bytes, path: str, words: str) -> None:
    source = VALID.replace(old, new)
    if old == b"<logement>":
        source = source.replace(b"</logement>", b"</logement_neuf>")
    error = _error(source)
    assert error.path == path
    assert str(error).startswith("modèle non pris en charge")
    assert words in str(error)


@pytest.mark.parametrize(
    ("old", "new", "path", "problem"),
    [
        (b"<hsp>2.6<", b"<hsp>NaN<", "logement/caracteristique_generale/hsp", "non numérique"),
        (b"<hsp>2.6<", b"<hsp>1e999<", "logement/caracteristique_generale/hsp", "non numérique"),
        (b"<hsp>2.6<", b"<hsp>2,6<", "logement/caracteristique_generale/hsp", "non numérique"),
        (b"<hsp>2.6<", b"<hsp>2_6<", "logement/caracteristique_generale/hsp", "non numérique"),
        (
            b"<hsp>2.6<",
            b"<hsp><",
            "logement/caracteristique_generale/hsp",
            "valeur obligatoire absente",
        ),
        (
            b"<annee_construction>1930<",
            b"<annee_construction>1930.5<",
            "logement/caracteristique_generale/annee_construction",
            "non entière",
        ),
        (
            b"<enum_methode_saisie_u_id>1<",
            b"<enum_methode_saisie_u_id>x<",
            "mur[1]/donnee_entree/enum_methode_saisie_u_id",
            "non entière",
        ),
        (
            b"<enum_methode_application_dpe_log_id>1<",
            b"<enum_methode_application_dpe_log_id>99<",
            "logement/caracteristique_generale/enum_methode_application_dpe_log_id",
            "méthode d'application 99 inconnue",
        ),
        (
            b"<inertie>",
            b"<inertie><inertie_plancher_bas_lourd>2</inertie_plancher_bas_lourd>",
            "logement/enveloppe/inertie/inertie_plancher_bas_lourd",
            "non booléenne",
        ),
        (b"<meteo>", b"<meteo_absente>", "logement/meteo", "élément obligatoire absent"),
    ],
)
def test_bad_values_name_their_element(old: bytes, new: bytes, path: str, problem: str) -> None:
    assert old in VALID
    source = VALID.replace(old, new, 1)
    if new == b"<meteo_absente>":
        source = source.replace(b"</meteo>", b"</meteo_absente>")
    error = _error(source)
    assert error.path == path
    assert str(error).startswith(f"{path} : ")
    assert problem in str(error)


def test_optional_table_reference_that_is_not_an_integer_is_dropped_with_a_warning() -> None:
    source = VALID.replace(
        b"<surface_paroi_opaque>30.1<",
        b"<tv_umur0_id>1,53</tv_umur0_id><surface_paroi_opaque>30.1<",
    )
    dpe = read_dpe(source)
    assert dpe.inputs.enveloppe.murs[0].tv_umur0_id is None
    assert dpe.warnings == (
        "mur[1]/donnee_entree/tv_umur0_id : référence « 1,53 » non entière, ignorée",
    )


def test_wrong_root_element() -> None:
    error = _error(b"<audit><logement/></audit>")
    assert error.path == "audit"
    assert "commence par <dpe>" in str(error)
