"""The desk vocabulary against the official ADEME enumerations of ``calculators.dpe.tables``.

Reference: ADEME observatoire DPE data model, ``enum_tables.xlsx`` (sheets named in each test),
as transcribed by the tables package. Every mapping is checked id by id; no tolerance applies.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import get_type_hints

import pytest

from calculators.dpe.simple import ademe_codes, official_ids
from calculators.dpe.simple.choices import (
    Choix,
    GenerateurChauffage,
    MateriauMur,
    PeriodeConstruction,
    TypeVentilation,
)
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.fields import FIELDS
from calculators.dpe.tables import enum_label
from calculators.dpe.tables.store import load


def _ids(enum: str) -> list[int]:
    return [int(row.key) for row in load("enum", enum).rows]


def test_wall_materials_follow_the_official_enumeration_one_to_one() -> None:
    # Sheet materiaux_structure_mur: 27 ids; our keys are declared in the same order.
    assert sorted(official_ids.MATERIAUX_MUR.values()) == _ids("materiaux_structure_mur")
    assert official_ids.MATERIAUX_MUR[MateriauMur.BRIQUE_PLEINE_SIMPLE] == 8
    assert enum_label("materiaux_structure_mur", 8) == "Murs en briques pleines simples"
    assert enum_label("materiaux_structure_mur", 3).endswith("avec remplissage tout venant")
    assert official_ids.MATERIAUX_MUR[MateriauMur.PIERRE_REMPLISSAGE] == 3
    assert official_ids.MATERIAUX_MUR[MateriauMur.OSSATURE_BOIS_TOUT_VENANT] == 27


@pytest.mark.parametrize("periode", list(PeriodeConstruction))
def test_periods_match_the_official_labels(periode: PeriodeConstruction) -> None:
    # Sheet periode_construction: « avant 1948 », « 1948-1974 » … « après 2021 ».
    ident, first, last = official_ids.PERIODES[periode]
    label = enum_label("periode_construction", ident)
    if first is None:
        assert label == f"avant {last + 1}"
    elif last is None:
        assert label == f"après {first - 1}"
    else:
        assert label == f"{first}-{last}"
    assert official_ids.periode_of_year(official_ids.representative_year(periode)) is periode


def test_one_to_one_tables_point_at_the_right_labels() -> None:
    assert enum_label("type_vitrage", official_ids.VITRAGES[official_ids.TypeVitrage.SIMPLE]) == (
        "Simple vitrage"
    )
    menuiseries = {
        enum_label("type_materiaux_menuiserie", i) for i in official_ids.MENUISERIES.values()
    }
    assert menuiseries == {"Bois", "Bois/métal", "PVC", "Métal avec rupture de pont thermique",
                           "Métal sans rupture de pont thermique"}  # fmt: skip
    assert [enum_label("zone_climatique", i) for i in official_ids.ZONES.values()] == [
        zone.value for zone in official_ids.ZONES
    ]
    energies = [i for ids in official_ids.ENERGIES.values() for i in ids]
    assert sorted(energies) == [i for i in _ids("type_energie") if i != 15]  # 15: cold network
    volets = [i for ids in official_ids.VOLETS.values() for i in ids]
    assert sorted(volets) == _ids("type_fermeture")
    assert sorted(official_ids.POSITIONS_ISOLATION.values()) == [3, 4, 5, 6, 9]
    assert enum_label("type_isolation", 9) == "isolé mais type d'isolation inconnu"


def test_every_ventilation_id_belongs_to_one_choice() -> None:
    ventilations = sorted(i for ids in official_ids.VENTILATIONS.values() for i in ids)
    assert ventilations == _ids("type_ventilation")


@pytest.mark.parametrize(
    ("choice", "year", "expected"),
    [
        # Sheet type_ventilation, column periode_construction: 3 « avant 1982 » (periods 1–4),
        # 4 « de 1982 à 2000 » (5–6), 5 « 2001 à 2012 » (7–8), 6 « après 2012 » (9–10).
        (TypeVentilation.VMC_AUTOREGLABLE, 1978, 3),
        (TypeVentilation.VMC_AUTOREGLABLE, 1995, 4),
        (TypeVentilation.VMC_AUTOREGLABLE, 2010, 5),
        (TypeVentilation.VMC_AUTOREGLABLE, 2020, 6),
        (TypeVentilation.VMC_HYGRO_B, 2015, 15),
        (TypeVentilation.ENTREES_AIR, 1930, 2),
        (TypeVentilation.INCONNUE, 1930, None),
    ],
)
def test_ventilation_id_follows_the_installation_period(
    choice: TypeVentilation, year: int, expected: int | None
) -> None:
    assert official_ids.ventilation_id(choice, year) == expected


@pytest.mark.parametrize(
    ("altitude", "expected"), [(25, 1), (399.9, 1), (400, 2), (800, 2), (800.1, 3)]
)
def test_altitude_classes(altitude: float, expected: int) -> None:
    # Sheet classe_altitude: « inférieur à 400m », « 400-800m », « supérieur à 800m ».
    classe = official_ids.classe_altitude_of(altitude)
    assert official_ids.CLASSES_ALTITUDE[classe] == expected


def test_every_generator_and_emitter_id_has_a_desk_choice() -> None:
    for ident in _ids("type_generateur_ch"):
        assert ademe_codes.heating_generator(ident) is not None
    assert ademe_codes.heating_generator(22) is GenerateurChauffage.POELE_BOIS  # Poêle bûche
    assert ademe_codes.heating_generator(23) is GenerateurChauffage.INSERT_FOYER_FERME  # insert
    assert ademe_codes.heating_generator(97) is GenerateurChauffage.CHAUDIERE_CONDENSATION
    unmapped_ecs = [
        i
        for i in _ids("type_generateur_ecs")
        if ademe_codes.hot_water_generator(i).value == "inconnu"
    ]
    assert unmapped_ecs == [84]  # « système collectif par défaut en absence d'information »
    unmapped_emitters = [
        i for i in _ids("type_emission_distribution") if ademe_codes.emitters(i).value == "inconnus"
    ]
    assert unmapped_emitters == [41]  # « Autres équipements »
    assert all(ademe_codes.cooling(i).value != "inconnue" for i in _ids("type_generateur_fr"))


def test_thermostatic_valve_ids_say_so_in_their_labels() -> None:
    for ident in ademe_codes.THERMOSTATIC_VALVES:
        assert "avec robinet thermostatique" in enum_label("type_emission_distribution", ident)
    for ident in ademe_codes.NO_THERMOSTATIC_VALVES:
        assert "sans robinet thermostatique" in enum_label("type_emission_distribution", ident)


def test_installation_year_lies_in_the_generator_period() -> None:
    # Sheet type_generateur_ch: 79 « Chaudière fioul standard 1991-2015 » (1991–2015),
    # 7 « PAC air/eau installée après 2017 » (2017–2100), 1 « ... avant 2008 » (1900–2007).
    assert ademe_codes.installation_year("type_generateur_ch", 79) == 2003
    assert ademe_codes.installation_year("type_generateur_ch", 7) == 2017
    assert ademe_codes.installation_year("type_generateur_ch", 1) == 2007
    assert ademe_codes.installation_year("type_generateur_ch", 98) is None  # no period


def _leaf_paths(cls: type, prefix: str = "") -> set[str]:
    paths: set[str] = set()
    hints = get_type_hints(cls)
    for item in fields(cls):
        kind = hints[item.name]
        inner = next(k for k in getattr(kind, "__args__", (kind,)) if k is not type(None))
        if is_dataclass(inner):
            paths |= _leaf_paths(inner, f"{prefix}{item.name}.")
        else:
            paths.add(f"{prefix}{item.name}")
    return paths


def test_every_field_has_exactly_one_spec() -> None:
    assert _leaf_paths(SimpleDescription) == set(FIELDS)


def test_every_choice_has_a_french_label() -> None:
    for choice_type in Choix.__subclasses__():
        for member in choice_type:
            assert member.libelle and member.libelle == member.libelle.strip()
