"""ORM classes refuse bad values on assignment, with a French message naming the field."""

from __future__ import annotations

import math
from datetime import date

import pytest

from diag_app.errors import ValidationError
from diag_app.models import Case, Diagnostic, Dwelling, Inspection
from diag_app.models.enums import DwellingType, HeatingEnergy
from diag_app.models.labels import worse_of
from diag_app.models.ranges import construction_year_range


def test_identifiers_are_stored_canonical() -> None:
    row = Dwelling(
        address_label=" 12 rue d'Aire, 62400 Béthune ",
        ban_key="62119_0123_45",
        rnb_id="pg46-yy6y-wcx8",
        parcel_id="62119 000 AB 123",
        dwelling_type="flat",
        heating_energy=HeatingEnergy.DISTRICT_HEAT,
    )
    assert row.address_label == "12 rue d'Aire, 62400 Béthune"
    assert (row.ban_key, row.rnb_id, row.parcel_id) == (
        "62119_0123_00045",
        "PG46YY6YWCX8",
        "62119000AB0123",
    )
    assert row.dwelling_type is DwellingType.FLAT


def test_empty_identifiers_become_null() -> None:
    row = Dwelling(ban_key="", rnb_id="  ", parcel_id=None, district="")
    assert (row.ban_key, row.rnb_id, row.parcel_id, row.district) == (None, None, None, None)


@pytest.mark.parametrize(
    ("attribute", "value", "field"),
    [
        ("address_label", "  ", "adresse"),
        ("ban_key", "62119-0123", "clé BAN"),
        ("construction_year", 1499, "année de construction"),
        ("construction_year", 1950.5, "année de construction"),
        ("reference_surface_m2", 0.5, "surface de référence"),
        ("reference_surface_m2", 10_001, "surface de référence"),
        ("reference_surface_m2", math.nan, "surface de référence"),
        ("reference_surface_m2", "80", "surface de référence"),
        ("levels", 0, "nombre de niveaux"),
        ("levels", 2.5, "nombre de niveaux"),
        ("ceiling_height_m", 1.5, "hauteur sous plafond"),
        ("latitude", 91, "latitude"),
        ("longitude", -181, "longitude"),
        ("dwelling_type", "castle", "type de logement"),
        ("heating_energy", "nuclear", "énergie de chauffage"),
    ],
)
def test_dwelling_refuses(attribute: str, value: object, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        setattr(Dwelling(), attribute, value)
    assert exc.value.field == field


def test_construction_year_up_to_this_year() -> None:
    this_year = date.today().year
    assert construction_year_range().high == this_year
    Dwelling(construction_year=this_year)
    with pytest.raises(ValidationError):
        Dwelling(construction_year=this_year + 1)


def test_range_message_gives_bounds_and_unit() -> None:
    with pytest.raises(ValidationError) as exc:
        Dwelling(reference_surface_m2=20_000.0)
    assert exc.value.message == (
        "Surface de référence hors plage : 20000 m² (attendu entre 1 et 10000 m²)."
    )


def test_case_permit_and_required_applicant() -> None:
    case = Case(permit_number="pc0621192600012", applicant_name="Camille Exemple")
    assert case.permit_number == "PC 062 119 26 00012"
    with pytest.raises(ValidationError) as exc:
        case.applicant_name = ""
    assert exc.value.field == "nom du demandeur"
    with pytest.raises(ValidationError) as exc:
        case.description = "x" * 20_001
    assert exc.value.field == "description du projet"


def test_diagnostic_letters_and_figures() -> None:
    diagnostic = Diagnostic(energy_class=" e ", climate_class="d", label="E", dpe_number="")
    assert (diagnostic.energy_class, diagnostic.climate_class, diagnostic.dpe_number) == (
        "E",
        "D",
        None,
    )
    for attribute, value, field in [
        ("label", "H", "étiquette"),
        ("energy_class", "AB", "classe énergie"),
        ("cep_kwh_m2", -1.0, "consommation d'énergie primaire"),
        ("eges_kg_m2", 2_000.0, "émissions de GES"),
        ("dpe_number", "2162E1017681", "numéro DPE"),
        ("inputs", ["not", "an", "object"], "données d'entrée"),
        ("outputs", {"cep": math.inf}, "résultats"),
        ("rules_version", "", "version des règles"),
    ]:
        with pytest.raises(ValidationError) as exc:
            setattr(diagnostic, attribute, value)
        assert exc.value.field == field, attribute


def test_inspection_needs_an_inspector() -> None:
    with pytest.raises(ValidationError) as exc:
        Inspection(inspector=" ")
    assert exc.value.field == "inspecteur"
    with pytest.raises(ValidationError) as exc:
        Inspection(findings={"mur": object()})
    assert exc.value.field == "constats"


@pytest.mark.parametrize(
    ("energy", "climate", "label"),
    # Arrêté du 31 mars 2021, annexe 5: the label is the worse of the two classes.
    [("A", "A", "A"), ("C", "E", "E"), ("G", "B", "G"), ("D", "D", "D")],
)
def test_label_is_the_worse_class(energy: str, climate: str, label: str) -> None:
    assert worse_of(energy, climate) == label
