"""Readings of chapter 3 that depend on the certified program (``conventions.json``) and the
corpus conventions adopted for every program (3CL-DPE 2021, annex 1).

The house of ``test_envelope_from_ademe`` (zone H1a, built 1948–74, gas heated) is modified
one element at a time; each expected value is worked by hand from the method's tables in the
comments, with the corpus file that prints the same value where there is one. Formulas are
compared to 1e-9 relative (a few float operations); tabulated values exactly.
"""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import pytest

from calculators.dpe.ademe.envelope import Mur, PlancherBas, PontThermique
from calculators.dpe.ademe.inputs import DpeInputs
from calculators.dpe.engine.envelope import envelope_losses
from calculators.dpe.engine.envelope.ademe_insulation import insulation_of
from calculators.dpe.engine.envelope.conventions import (
    DEFAULT_CONVENTIONS,
    EngineConventions,
    LiningOrder,
    RatioBelowTable,
    RatioBetweenRows,
    conventions_for,
)
from calculators.dpe.engine.envelope.insulation import InsulationState
from calculators.dpe.engine.envelope.notes import Notes
from tests.calculators.dpe.engine.test_envelope_from_ademe import (
    BRIDGES,
    FLOOR,
    WALL_BARE,
    WALL_ON_GARAGE,
    house,
)

FORMULA = 1e-9
DPEWIN, LICIEL = "3752", "26615"
P1948_1974, P1983_1988 = 2, 5


def with_envelope(**changes: object) -> DpeInputs:
    dpe = house()
    return dataclasses.replace(dpe, enveloppe=dataclasses.replace(dpe.enveloppe, **changes))


def test_unknown_programs_get_the_defaults() -> None:
    assert conventions_for(None) == DEFAULT_CONVENTIONS == EngineConventions()
    assert conventions_for("99999") == DEFAULT_CONVENTIONS


def test_each_program_reading_comes_from_the_data_file() -> None:
    dpewin = conventions_for(f" {DPEWIN} ")
    assert dpewin.lining is LiningOrder.AFTER_CAP
    assert dpewin.ue_ratio_below_table is RatioBelowTable.EXTRAPOLATE
    assert dpewin.ue_ratio_between_rows is RatioBetweenRows.INTERPOLATE
    assert dpewin.frame_width_from_reference and dpewin.software == "DPEWIN"
    assert dpewin.collective_tank_recovered and not DEFAULT_CONVENTIONS.collective_tank_recovered
    liciel = conventions_for(LICIEL)
    assert liciel == dataclasses.replace(
        DEFAULT_CONVENTIONS,
        ue_ratio_between_rows=RatioBetweenRows.ROW_BELOW,
        software="LICIEL Diagnostics",
    )


def test_every_reading_cites_its_section_and_evidence() -> None:
    package = "calculators.dpe.engine.envelope"
    text = resources.files(package).joinpath("conventions.json").read_text(encoding="utf-8")
    document = json.loads(text)
    entries = [document["par_defaut"], *document["logiciels"].values()]
    readings = [value for entry in entries for value in entry.values() if isinstance(value, dict)]
    assert readings and all(len(reading["reference"]) > 40 for reading in readings)
    assert all(entry["nom"] for entry in document["logiciels"].values())


def test_lining_order_follows_the_program() -> None:
    # Wall 1 of the house, béton banché 20 cm (Umur0 2.9), now with a known lining (id 5):
    # the text 1/(1/2.9 + 0.21) = 1.802362; DPEWIN caps first, 1/(1/2.5 + 0.21) = 1.639344
    # (file 2363E1654106Z, wall 1: 1.6393).
    lined = dataclasses.replace(WALL_BARE, enum_type_doublage_id=5)
    dpe = with_envelope(murs=(lined, WALL_ON_GARAGE))
    assert envelope_losses(dpe).walls[0].u == pytest.approx(1 / (1 / 2.9 + 0.21), rel=FORMULA)
    dpewin = envelope_losses(dpe, software_id=DPEWIN).walls[0]
    assert dpewin.u == pytest.approx(1 / 0.61, rel=FORMULA)


def test_construction_year_method_reads_the_construction_period() -> None:
    # Method 8 « année de construction saisie » without insulation period, brique pleine 34 cm
    # (Umur0 2.0) in a building of 1948–74: Min(2.0 ; Umur_tab(≤ 74) = 2.5) = 2.0, where the
    # text's step 9 (1975–77) would give Min(2.0 ; 1.0) = 1.0. Files 2473E3142873R,
    # 2475E0919281Z and 2478E1697775E (DPEWIN) read the row ≤ 74 (tv_umur_id 2).
    wall = dataclasses.replace(
        WALL_BARE,
        enum_materiaux_structure_mur_id=8,
        epaisseur_structure=34.0,
        enum_methode_saisie_u_id=8,
        enum_type_isolation_id=1,
    )
    assert envelope_losses(with_envelope(murs=(wall, WALL_ON_GARAGE))).walls[0].u == 2.0


def test_insulation_method_8_and_7_without_period() -> None:
    notes = Notes()
    built = insulation_of(8, None, None, None, "mur 1", notes, construction_period=P1948_1974)
    assert (built.state, built.period) == (InsulationState.INSULATION_PERIOD, P1948_1974)
    given = insulation_of(8, None, None, 3, "mur 1", notes, construction_period=P1948_1974)
    assert given.period == 3 and not notes.cross_checks
    # Method 7 « année d'isolation » without the year: step 9 of §3.2.1.1 (1975–77), noted.
    missing = insulation_of(7, None, None, None, "mur 1", notes, construction_period=2)
    assert missing.state is InsulationState.CONSTRUCTION_PERIOD
    assert notes.cross_checks == [
        "mur 1 : année d'isolation dite connue mais absente, traitée comme inconnue "
        "(§3.2.1.1 étape 9)"
    ]


def test_ue_below_the_table_follows_the_program() -> None:
    # The house's floor on the ground (Upb 2) with a 60 m perimeter: 2S/P = 120/60 = 2. Held at
    # 3 by default: 0.56 + 0.5/1.9 × 0.22 = 0.617895; DPEWIN extrapolates through 3 and 4
    # (0.554737): 0.681053 (file 2283E0131604Y prints 0.681).
    floor: PlancherBas = dataclasses.replace(FLOOR, perimetre_ue=60.0)
    dpe = with_envelope(planchers_bas=(floor,))
    at_3, at_4 = 0.56 + 0.5 / 1.9 * 0.22, 0.51 + 0.5 / 1.9 * 0.17
    assert envelope_losses(dpe).low_floors[0].u_used == pytest.approx(at_3, rel=FORMULA)
    dpewin = envelope_losses(dpe, software_id=DPEWIN).low_floors[0]
    assert dpewin.u_used == pytest.approx(2 * at_3 - at_4, rel=FORMULA)


def test_frame_width_from_the_bridge_reference_for_dpewin() -> None:
    # The house's window (nu extérieur, Lp 5) on its uninsulated wall: k 0.43 (§3.4.5). Its
    # bridge refers to row 72 (non isolé, nu extérieur, Lp 10: 0.29): DPEWIN, which writes
    # Lp = 5 on every window, used that width; other programs keep the description's 5 cm.
    # A row for another wall insulation (96, ITE) is not read.
    def bridge(row: int) -> PontThermique:
        return dataclasses.replace(BRIDGES[1], tv_pont_thermique_id=row)

    dpe = with_envelope(ponts_thermiques=(BRIDGES[0], bridge(72)))
    assert envelope_losses(dpe).bridges[1].k == 0.43
    assert envelope_losses(dpe, software_id=DPEWIN).bridges[1].k == 0.29
    other = with_envelope(ponts_thermiques=(BRIDGES[0], bridge(96)))
    assert envelope_losses(other, software_id=DPEWIN).bridges[1].k == 0.43


def test_bridge_placement_follows_the_insulation_period() -> None:
    # Wall 1 of unknown insulation type, insulated in 1983–88 (method 7) in a building of
    # 1948–74: insulated, so walls read ITI (§3.4.1 default), k(ITI / floor non isolé) = 0.31
    # instead of 0.39 for an uninsulated wall (LICIEL files, e.g. 2287E0552632M).
    wall: Mur = dataclasses.replace(
        WALL_BARE,
        enum_methode_saisie_u_id=7,
        enum_type_isolation_id=1,
        enum_periode_isolation_id=P1983_1988,
    )
    result = envelope_losses(with_envelope(murs=(wall, WALL_ON_GARAGE)))
    assert result.bridges[0].k == 0.31


def test_dpewin_leaves_the_lining_out_of_a_wall_of_unknown_insulation() -> None:
    # Wall 1 (béton banché 20 cm, Umur0 2.9) with a known lining (id 5) and insulation unknown
    # (enum_methode_saisie_u_id 2: Umur = Min(Umur_nu ; Umur_tab(1948–74) = 2.5), §3.2.1.1).
    # The text: Umur_nu = 1/(1/2.9 + 0.21) = 1.802362, so U = 1.802362. DPEWIN writes
    # Min(Umur0 capped ; Umur_tab) without the lining: Min(2.5 ; 2.5) = 2.5 (files
    # 2384E1066334E: 2.4 for Umur0 2.4; 2144E0951019J: 2.5).
    wall: Mur = dataclasses.replace(
        WALL_BARE, enum_methode_saisie_u_id=2, enum_type_isolation_id=1, enum_type_doublage_id=5
    )
    dpe = with_envelope(murs=(wall, WALL_ON_GARAGE))
    assert envelope_losses(dpe).walls[0].u == pytest.approx(1 / (1 / 2.9 + 0.21), rel=FORMULA)
    assert envelope_losses(dpe, software_id=DPEWIN).walls[0].u == 2.5
    # A wall of known state keeps its lining in DPEWIN too (test_lining_order_follows_the_program).
    assert conventions_for(DPEWIN).lining_with_unknown_insulation is False
    assert conventions_for(LICIEL).lining_with_unknown_insulation is True


def test_dpewin_halves_a_house_intermediate_floor_without_share() -> None:
    # An intermediate floor along wall 1 (10 m) in a data model without
    # pourcentage_valeur_pont_thermique: the text counts it whole in a house (§3.4.2: half only
    # when it does not separate two levels of the lot, i.e. in a flat); DPEWIN halves it
    # (2225E1557374A writes k 0.46 for a tabulated 0.92; 2260E3075576T writes the share 0.5).
    floor_bridge = dataclasses.replace(
        BRIDGES[0], reference_2=None, enum_type_liaison_id=2, pourcentage_valeur_pont_thermique=None
    )
    dpe = with_envelope(ponts_thermiques=(floor_bridge,))
    text = envelope_losses(dpe).bridges[0]
    dpewin = envelope_losses(dpe, software_id=DPEWIN).bridges[0]
    assert (text.share, dpewin.share) == (1.0, 0.5)
    assert text.k == dpewin.k > 0
    assert dpewin.loss_w_k == pytest.approx(text.loss_w_k / 2, rel=FORMULA)
