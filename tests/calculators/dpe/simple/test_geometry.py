"""Estimated geometry against hand calculations from the documented assumptions.

Reference: the assumptions of ``calculators/dpe/simple/geometry_defaults.json`` (rectangle
proportions 1.2 compact / 1.5 unknown, converted attic 0.7 storey and roof factor 1.1, window
ratios by type and period, window 1.20 × 1.40 m in a house and 1.40 × 1.70 m in a flat, door
0.90 × 2.15 m) and method §3.4 for the partition/wall length of a block of flats. Each expected
value below is worked out by hand from those numbers; see ``tolerances.ARITHMETIC``.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dpe.simple.choices import (
    FormeEmprise,
    PositionAppartement,
    TypeLogement,
    TypePlancherBas,
    TypeToiture,
)
from calculators.dpe.simple.description import (
    Fenetres,
    PlancherBas,
    RepartitionOrientation,
    Toiture,
)
from calculators.dpe.simple.geometry import estimate_geometry
from tests.calculators.dpe.simple.builders import flat, house, with_logement
from tests.calculators.dpe.simple.tolerances import ARITHMETIC

DOOR_M2 = 0.9 * 2.15
DOOR_PERIMETER_M = 2 * (0.9 + 2.15)


def approx(value: float) -> object:
    return pytest.approx(value, rel=ARITHMETIC, abs=ARITHMETIC)


def test_detached_compact_house_with_measured_windows() -> None:
    # 100 m², one level, compact rectangle 1.2:1 → width √(100/1.2), length 1.2 × width.
    description = replace(
        with_logement(house(), forme=FormeEmprise.COMPACTE), fenetres=Fenetres(surface_m2=15.0)
    )
    geometry = estimate_geometry(description)
    width = math.sqrt(100 / 1.2)
    perimeter = 2 * (width + 1.2 * width)  # 40.166 m, every side exposed
    assert geometry.emprise_m2 == approx(100.0)
    assert geometry.perimetre_expose_m == approx(perimeter)
    assert geometry.murs_exterieurs_m2 == approx(perimeter * 2.5 - 15.0 - DOOR_M2)
    assert geometry.murs_lnc_m2 == 0.0
    assert geometry.toiture_m2 == approx(100.0)
    assert geometry.plancher_bas_m2 == approx(100.0)
    assert geometry.nombre_fenetres == 9  # 15 / 1.68 = 8.9
    assert geometry.fenetres.sud_m2 == approx(3.75)  # a quarter each, orientation unknown
    lengths = geometry.lineaires
    assert lengths.plancher_bas_mur_m == approx(perimeter)
    assert lengths.plancher_haut_mur_m == approx(perimeter)
    assert lengths.plancher_intermediaire_mur_m == 0.0
    assert lengths.refend_mur_m == 0.0
    assert lengths.menuiseries_m == approx(9 * 2 * (1.2 + 1.4) + DOOR_PERIMETER_M)


def test_terraced_miner_house_keeps_only_front_and_back() -> None:
    # 80 m² on 2 levels of 2.5 m, built 1930: footprint 40 m², rectangle 1.5:1 with the party
    # walls on the long sides, so the exposed perimeter is twice the width √(40/1.5).
    description = with_logement(
        house(), type=TypeLogement.MAISON_MITOYENNE, surface_habitable_m2=80.0,
        nombre_niveaux=2, annee_construction=1930,
    )  # fmt: skip
    geometry = estimate_geometry(description)
    width = math.sqrt(40 / 1.5)
    windows = 0.12 * 80  # house before 1948: 12 % of the surface
    assert geometry.perimetre_expose_m == approx(2 * width)
    assert geometry.fenetres_m2 == approx(windows)
    assert geometry.murs_exterieurs_m2 == approx(2 * width * 5.0 - windows - DOOR_M2)
    assert geometry.toiture_m2 == approx(40.0)
    assert geometry.lineaires.plancher_intermediaire_mur_m == approx(2 * width)  # one floor
    assert geometry.lineaires.refend_mur_m == approx(4 * 5.0)  # 2 party walls × 2 façades
    assert any("12 %" in note for note in geometry.hypotheses)


def test_semi_detached_house_loses_one_long_side() -> None:
    geometry = estimate_geometry(with_logement(house(), type=TypeLogement.MAISON_JUMELEE))
    width = math.sqrt(100 / 1.5)
    assert geometry.perimetre_expose_m == approx(1.5 * width + 2 * width)
    assert geometry.lineaires.refend_mur_m == approx(2 * 2.5)


def test_converted_attic_counts_for_seven_tenths_of_a_storey() -> None:
    # 120 m² on 2 levels, the upper one under the roof: 1.7 storeys → footprint 120 / 1.7;
    # walls over 1.7 × 2.5 m; roof 1.1 × footprint.
    description = replace(
        with_logement(house(), surface_habitable_m2=120.0, nombre_niveaux=2),
        toiture=Toiture(type=TypeToiture.COMBLES_AMENAGES),
    )
    geometry = estimate_geometry(description)
    footprint = 120 / 1.7
    assert geometry.emprise_m2 == approx(footprint)
    assert geometry.hauteur_murs_m == approx(1.7 * 2.5)
    assert geometry.toiture_m2 == approx(1.1 * footprint)
    assert geometry.plancher_bas_m2 == approx(footprint)


def test_l_shaped_footprint_adds_fifteen_percent_of_perimeter() -> None:
    plain = estimate_geometry(house())
    l_shape = estimate_geometry(with_logement(house(), forme=FormeEmprise.EN_L))
    assert l_shape.perimetre_expose_m == approx(1.15 * plain.perimetre_expose_m)


def test_measured_footprint_is_used_as_given() -> None:
    geometry = estimate_geometry(with_logement(house(), longueur_m=8.0, largeur_m=12.5))
    assert (geometry.longueur_m, geometry.largeur_m, geometry.emprise_m2) == (12.5, 8.0, 100.0)
    assert geometry.perimetre_expose_m == approx(41.0)
    assert not any("forme" in note for note in geometry.hypotheses)


def test_middle_floor_flat_has_no_roof_nor_floor() -> None:
    # 60 m² through flat, rectangle 1.5:1: width √40; façades on both long sides, half a short
    # side on the landing (with the front door); windows 19 % of the surface (1948-1974).
    geometry = estimate_geometry(flat(PositionAppartement.ETAGE_INTERMEDIAIRE, facades_exposees=2))
    width = math.sqrt(40)
    exposed, landing = 2 * 1.5 * width, 0.5 * width
    windows = 0.19 * 60
    assert geometry.perimetre_expose_m == approx(exposed)
    assert geometry.perimetre_lnc_m == approx(landing)
    assert geometry.fenetres_m2 == approx(windows)
    assert geometry.murs_exterieurs_m2 == approx(exposed * 2.5 - windows)
    assert geometry.murs_lnc_m2 == approx(landing * 2.5 - DOOR_M2)
    assert (geometry.toiture_m2, geometry.plancher_bas_m2) == (0.0, 0.0)
    assert geometry.lineaires.plancher_intermediaire_mur_m == approx(2 * exposed)
    assert geometry.lineaires.refend_mur_m == approx(4 * 2.5)
    assert geometry.nombre_fenetres == 5  # 11.4 / 2.38 = 4.8


@pytest.mark.parametrize(
    ("position", "surface_m2", "share"),
    [
        (PositionAppartement.ETAGE_INTERMEDIAIRE, 60.0, 0.82),
        (PositionAppartement.REZ_DE_CHAUSSEE, 40.0, 0.82),
        (PositionAppartement.REZ_DE_CHAUSSEE, 89.0, 0.82),
        (PositionAppartement.ETAGE_INTERMEDIAIRE, 90.0, 1.0),  # large: through flat kept
        (PositionAppartement.DERNIER_ETAGE, 60.0, 1.0),  # gables and attics: two kept
        (PositionAppartement.INCONNUE, 60.0, 1.0),
    ],
)
def test_unknown_facades_of_a_flat_follow_the_corpus_share(
    position: PositionAppartement, surface_m2: float, share: float
) -> None:
    # geometry_defaults.json « facades_appartement_par_taille »: middle or ground floor,
    # 40 to 90 m², façades unknown → 0.82 × the two long sides (corpus median); otherwise the
    # two long sides of a through flat. Width √(S / 1.5), long side 1.5 × width.
    geometry = estimate_geometry(flat(position, surface_habitable_m2=surface_m2))
    exposed = share * 2 * 1.5 * math.sqrt(surface_m2 / 1.5)
    assert geometry.perimetre_expose_m == approx(exposed)
    assert geometry.lineaires.plancher_intermediaire_mur_m == approx(
        exposed * (2 - geometry.toiture_m2 / surface_m2 - geometry.plancher_bas_m2 / surface_m2)
    )
    assert any("façades inconnues" in note for note in geometry.hypotheses) is (share < 1)


@pytest.mark.parametrize(
    ("position", "roof", "floor"),
    [
        (PositionAppartement.DERNIER_ETAGE, 60.0, 0.0),
        (PositionAppartement.REZ_DE_CHAUSSEE, 0.0, 60.0),
        (PositionAppartement.RDC_ET_DERNIER_ETAGE, 60.0, 60.0),
        (PositionAppartement.INCONNUE, 15.0, 15.0),  # a quarter: 4 levels assumed
    ],
)
def test_flat_position_decides_roof_and_floor(
    position: PositionAppartement, roof: float, floor: float
) -> None:
    geometry = estimate_geometry(flat(position))
    assert geometry.toiture_m2 == approx(roof)
    assert geometry.plancher_bas_m2 == approx(floor)


def test_declared_roof_type_overrides_an_unknown_position() -> None:
    description = replace(
        flat(PositionAppartement.INCONNUE),
        toiture=Toiture(type=TypeToiture.TOITURE_TERRASSE),
        plancher_bas=PlancherBas(type=TypePlancherBas.LOGEMENT_EN_DESSOUS),
    )
    geometry = estimate_geometry(description)
    assert (geometry.toiture_m2, geometry.plancher_bas_m2) == (60.0, 0.0)


def test_block_of_flats_uses_the_method_partition_length() -> None:
    # Method §3.4: l_rf/m = 2 · Hsp · (Nb_lgt − Niv) = 2 × 2.5 × (20 − 5) = 75 m; one entrance
    # door per stair serving 2 flats per landing: 20 / (2 × 5) = 2 doors.
    description = replace(
        house(),
        logement=replace(
            house().logement, type=TypeLogement.IMMEUBLE, surface_habitable_m2=1300.0,
            nombre_niveaux=5, nombre_logements=20,
        ),
    )  # fmt: skip
    geometry = estimate_geometry(description)
    assert geometry.lineaires.refend_mur_m == approx(75.0)
    assert geometry.nombre_portes == 2
    assert geometry.emprise_m2 == approx(260.0)


def test_block_levels_default_follows_the_iwu_rule() -> None:
    # IWU: levels = round(dwellings / 3) + 1, at most 4; dwellings = 1300 / 65 = 20 → 4.
    description = with_logement(
        house(), type=TypeLogement.IMMEUBLE, surface_habitable_m2=1300.0, nombre_niveaux=None
    )
    assert estimate_geometry(description).emprise_m2 == approx(1300 / 4)


def test_window_amount_from_count_or_facade_share() -> None:
    by_count = estimate_geometry(replace(house(), fenetres=Fenetres(nombre=6)))
    assert by_count.fenetres_m2 == approx(6 * 1.2 * 1.4)
    share = estimate_geometry(replace(house(), fenetres=Fenetres(part_facade_pct=20.0)))
    gross = share.perimetre_expose_m * share.hauteur_murs_m
    assert share.fenetres_m2 == approx(0.2 * gross)


def test_declared_orientation_split() -> None:
    split = RepartitionOrientation(sud_pct=40, nord_pct=15, est_pct=20, ouest_pct=25)
    geometry = estimate_geometry(
        replace(house(), fenetres=Fenetres(surface_m2=20.0, orientation=split))
    )
    assert (geometry.fenetres.sud_m2, geometry.fenetres.nord_m2) == (approx(8.0), approx(3.0))
    assert (geometry.fenetres.est_m2, geometry.fenetres.ouest_m2) == (approx(4.0), approx(5.0))


def test_defaults_are_listed_in_french() -> None:
    bare = with_logement(house(), nombre_niveaux=None, hauteur_sous_plafond_m=None)
    notes = estimate_geometry(bare).hypotheses
    assert "hauteur sous plafond inconnue : 2,5 m." in notes
    assert "nombre de niveaux inconnu : 2." in notes
    assert "orientation des fenêtres inconnue : un quart par orientation." in notes


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(list(TypeLogement)),
    surface=st.floats(min_value=10, max_value=900),
    levels=st.integers(min_value=1, max_value=3),
    height=st.floats(min_value=2.2, max_value=3.5),
    year=st.integers(min_value=1800, max_value=2025),
)
def test_areas_are_never_negative_and_openings_fit_the_walls(
    kind: TypeLogement, surface: float, levels: int, height: float, year: int
) -> None:
    # Invariants of the model, whatever the input: every area ≥ 0, and windows + doors + opaque
    # walls make up the gross exposed walls (or the openings fill them).
    position = PositionAppartement.INCONNUE if kind is TypeLogement.APPARTEMENT else None
    description = with_logement(
        house(), type=kind, surface_habitable_m2=surface, nombre_niveaux=levels,
        hauteur_sous_plafond_m=height, annee_construction=year, position=position,
    )  # fmt: skip
    if kind is TypeLogement.APPARTEMENT:
        description = replace(description, toiture=Toiture(), plancher_bas=PlancherBas())
    geometry = estimate_geometry(description)
    for value in (geometry.murs_exterieurs_m2, geometry.murs_lnc_m2, geometry.toiture_m2,
                  geometry.plancher_bas_m2, geometry.fenetres_m2):  # fmt: skip
        assert value >= 0
    gross = geometry.perimetre_expose_m * geometry.hauteur_murs_m
    doors_outside = geometry.portes_m2 if geometry.perimetre_lnc_m == 0 else 0.0
    openings = min(geometry.fenetres_m2 + doors_outside, gross)
    assert geometry.murs_exterieurs_m2 + openings == pytest.approx(gross, rel=ARITHMETIC)
