"""JSON reading and writing, the shipped schema and the worked examples of ``docs/examples``.

Reference: the format documented in ``docs/dpe-simple.md`` and generated in
``calculators/dpe/simple/description.schema.json``; errors must name the JSON path.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from calculators.dpe.simple import (
    SimpleDescriptionError,
    description_from_json,
    estimate_geometry,
    read_description,
    to_json,
    validate,
)
from calculators.dpe.simple.choices import (
    Energie,
    GenerateurChauffage,
    PositionAppartement,
    TypeLogement,
    TypeProjet,
)
from calculators.dpe.simple.description import Chauffage, Photovoltaique
from calculators.dpe.simple.fields import FIELDS
from calculators.dpe.simple.schema import generate_schema, schema_text, shipped_schema_text
from tests.calculators.dpe.simple.builders import flat, house

EXAMPLES = Path(__file__).resolve().parents[4] / "docs" / "examples"
MINIMAL = {
    "logement": {"type": "maison_isolee", "surface_habitable_m2": 90, "annee_construction": 1962}
}


NETWORK = Chauffage(
    Energie.RESEAU_CHALEUR, GenerateurChauffage.RESEAU_CHALEUR, reseau_chaleur_id="6204C",
    collectif=True,
)  # fmt: skip


def load(document: object) -> object:
    return description_from_json(json.dumps(document, ensure_ascii=False), reference_year=2026)


def error_for(document: object) -> SimpleDescriptionError:
    with pytest.raises(SimpleDescriptionError) as caught:
        load(document)
    return caught.value


def test_a_minimal_file_takes_every_default() -> None:
    description = load(MINIMAL)
    assert description.logement.type is TypeLogement.MAISON_ISOLEE
    assert description.site.zone_climatique.value == "H1a"  # Béthune by default
    assert description.site.altitude_m == 25.0
    assert description.murs.isolation.etat.value == "inconnu"
    assert description.photovoltaique is None


@pytest.mark.parametrize(
    "description",
    [
        house(),
        replace(flat(PositionAppartement.DERNIER_ETAGE), photovoltaique=Photovoltaique(3.0)),
        replace(house(), chauffage=NETWORK),
    ],
)  # fmt: skip
def test_round_trip(description: object) -> None:
    text = to_json(description)
    assert description_from_json(text, reference_year=2026) == description
    assert '"inconnu"' in text  # unknowns are written in the advisers' word


def test_unknown_may_be_null_or_inconnu() -> None:
    document = json.loads(json.dumps(MINIMAL))
    document["logement"]["nombre_niveaux"] = "inconnu"
    document["logement"]["hauteur_sous_plafond_m"] = None
    document["logement"]["periode_construction"] = "inconnue"
    document["chauffage"] = {"collectif": "inconnu", "energie": "inconnue"}
    description = load(document)
    assert description.logement.nombre_niveaux is None
    assert description.logement.periode_construction is None
    assert description.chauffage.collectif is None


def test_to_json_leaves_out_keys_that_do_not_apply() -> None:
    house_text = json.loads(to_json(house()))
    assert "position" not in house_text["logement"]
    assert "nombre_logements" not in house_text["logement"]
    assert json.loads(to_json(flat(PositionAppartement.INCONNUE)))["logement"]["position"] == (
        "inconnue"
    )


@pytest.mark.parametrize(
    ("change", "field", "text"),
    [
        (("murs", {"isolation": {"etat": "isole", "epaisseur_cm": "dix"}}),
         "murs.isolation.epaisseur_cm", "un nombre est attendu, reçu « \"dix\" »"),
        (("murs", {"isolation": {"etat": "isole", "epaisseur_cm": -4}}),
         "murs.isolation.epaisseur_cm", "hors limites (1 à 40 cm)"),
        (("murs", {"materiau": "torchis"}), "murs.materiau", "valeurs possibles : inconnu,"),
        (("murs", {"couleur": "rouge"}), "murs.couleur", "clé inconnue"),
        (("fenetres", {"nombre": 4.5}), "fenetres.nombre", "un nombre entier est attendu"),
        (("chauffage", {"collectif": "oui"}), "chauffage.collectif", "vrai ou faux est attendu"),
        (("fenetres", []), "fenetres", "un objet {…} est attendu"),
        (("site", {"altitude_m": float("nan")}), "site.altitude_m", "un nombre est attendu"),
    ],
)  # fmt: skip
def test_errors_name_the_json_path(change: tuple[str, object], field: str, text: str) -> None:
    document = json.loads(json.dumps(MINIMAL))
    document[change[0]] = change[1]
    error = error_for(document)
    assert error.field == field
    assert str(error).startswith(field)
    assert text in str(error)


def test_structural_errors() -> None:
    assert error_for({"logement": {"type": "maison_isolee"}}).field == (
        "logement.surface_habitable_m2"
    )
    assert error_for([1, 2]).field is None
    with pytest.raises(SimpleDescriptionError, match="JSON invalide, ligne 1"):
        description_from_json('{"logement": ', reference_year=2026)
    with pytest.raises(SimpleDescriptionError, match="deux fois"):
        description_from_json('{"version": 1, "version": 1}', reference_year=2026)


def test_reading_a_file_validates_it(tmp_path: Path) -> None:
    path = tmp_path / "description.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")
    assert read_description(path, reference_year=2026).logement.surface_habitable_m2 == 90
    with pytest.raises(SimpleDescriptionError, match="illisible"):
        read_description(tmp_path / "absent.json")


def test_shipped_schema_is_the_generated_one() -> None:
    assert shipped_schema_text() == schema_text()


def test_schema_documents_every_field() -> None:
    schema = generate_schema()
    assert schema["required"] == ["logement"]
    assert schema["additionalProperties"] is False
    for path, spec in FIELDS.items():
        node = schema
        for key in path.split("."):
            node = (
                node["properties"][key]
                if "properties" in node
                else node["anyOf"][0]["properties"][key]
            )
        assert node["title"] == spec.libelle
    surface = schema["properties"]["logement"]["properties"]["surface_habitable_m2"]
    assert (surface["minimum"], surface["description"]) == (8, "Unité : m².")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("simple-*.json")), ids=lambda p: p.name)
def test_worked_examples_load_validate_and_estimate(path: Path) -> None:
    description = read_description(path, reference_year=2026)
    assert validate(description, reference_year=2026) == ()
    geometry = estimate_geometry(description)
    assert geometry.murs_m2 > 0 and geometry.fenetres_m2 > 0
    assert to_json(description) == to_json(description_from_json(to_json(description)))


def test_the_five_worked_examples_are_there() -> None:
    names = {path.stem for path in EXAMPLES.glob("simple-*.json")}
    assert len(names) == 5
    new_build = read_description(EXAMPLES / "simple-construction-neuve-permis.json")
    assert new_build.projet is TypeProjet.CONSTRUCTION_NEUVE
    network = read_description(EXAMPLES / "simple-appartement-mont-liebaut-reseau.json")
    assert network.chauffage.reseau_chaleur_id == "6204C"


def test_the_documentation_lists_every_field() -> None:
    text = (EXAMPLES.parent / "dpe-simple.md").read_text(encoding="utf-8")
    missing = [path for path in FIELDS if f"`{path}`" not in text]
    assert missing == []
