"""Climate data of the 3CL-DPE 2021 method (annex 1, chapter 18) as shipped in
``climate_data.json``: spot values read in the method's tables, physical invariants, and a
cell-by-cell comparison with the independent markdown transcription of §18.2 and §18.5."""

from __future__ import annotations

import calendar
import re
from pathlib import Path

import pytest

from calculators.dpe.engine.climate import (
    MONTHS,
    AltitudeClass,
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    base_temperature,
    c1_coefficients,
    monthly_climate,
    pv_irradiation,
    source,
    zone_for_departement,
)
from calculators.dpe.engine.needs_errors import NeedsInputError

H1A_LOW = (ClimateZone.H1A, AltitudeClass.BELOW_400)
MARKDOWN = Path("data") / "dpe" / "reference" / "method" / "annexe-1-18-annexes.md"


def test_bethune_zone_base_temperature_and_degree_hours() -> None:
    # §18.1: Pas-de-Calais (62) is H1a, Tbase −9.5 °C below 400 m. §18.2.1 table DH19, column
    # H1a: the nine heating months sum to 60,585.1 °C·h (DESIGN.md gives the same figure).
    # Cells have one decimal, so the sum is exact up to float rounding (1e-6).
    assert zone_for_departement("62") is ClimateZone.H1A
    assert base_temperature(*H1A_LOW) == -9.5
    climate = monthly_climate(*H1A_LOW)
    assert climate.section == "18.2.1"
    assert sum(climate.dh19) == pytest.approx(60585.1, abs=1e-6)
    assert climate.dh19[0] == 11712.4  # January
    assert climate.dh19[5:8] == (0.0, 0.0, 0.0)  # June to August: « - », no heating


@pytest.mark.parametrize(
    ("zone", "altitude", "month", "field", "value"),
    [
        # Cells read in the PDF of annex 1 (page, table), one per table kind.
        (ClimateZone.H1A, AltitudeClass.BELOW_400, 1, "e", 38.36),  # p.122 E
        (ClimateZone.H1A, AltitudeClass.BELOW_400, 5, "nref19", 438.0),  # p.122 Nref (19°C)
        (ClimateZone.H3, AltitudeClass.BELOW_400, 12, "nref21", 744.0),  # p.124 Nref (21°C)
        (ClimateZone.H2D, AltitudeClass.BELOW_400, 12, "dh21", 11021.0),  # p.124 DH21
        (ClimateZone.H1C, AltitudeClass.BELOW_400, 7, "tefs", 18.2),  # p.123 Tefs
        (ClimateZone.H2B, AltitudeClass.FROM_400_TO_800, 4, "dh19", 6967.5),  # p.127 DH19
        (ClimateZone.H1B, AltitudeClass.ABOVE_800, 8, "e", 14.78),  # p.132 E
        (ClimateZone.H3, AltitudeClass.BELOW_400, 7, "dh28", 463.2),  # p.126 DH28
    ],
)
def test_cells_of_section_18_2(
    zone: ClimateZone, altitude: AltitudeClass, month: int, field: str, value: float
) -> None:
    assert getattr(monthly_climate(zone, altitude), field)[month - 1] == value


def test_old_heavy_walls_use_18_3_for_heating_only() -> None:
    # §18.3.1 (p.137-138): shorter season for old heavy buildings, e.g. H1a May DH19 1069.9
    # instead of 2762.0 and no heating in June; cold water and cooling stay those of §18.2.
    old = monthly_climate(*H1A_LOW, parois_anciennes=True)
    standard = monthly_climate(*H1A_LOW)
    assert old.section == "18.3.1"
    assert old.dh19[4] == 1069.9
    assert old.nref19[8] == 119.0  # September, §18.3.1 Nref (19°C)
    assert old.tefs == standard.tefs
    assert old.dh28 == standard.dh28


# Cells of the official annex that break the invariants below, checked one by one against
# the PDF (they are printed so, not transcription slips). The certified engines of 2023 use the
# H2d December DH19 as printed (corpus files 2326E1087401F, 2384E1066334E match it exactly);
# those of 2024-2025 use 9533.0 = DH21 − 2 × 744 (2684E0017144V): see docs/dpe-engine-needs.md.
SOURCE_ANOMALIES = {
    ("18.2.1", "H2d", 12), ("18.2.2", "H1b", 9), ("18.2.2", "H2d", 12), ("18.2.3", "H2c", 4),
    ("18.2.3", "H2d", 10), ("18.2.3", "H2d", 12), ("18.2.3", "H3", 4), ("18.3.1", "H2d", 12),
    ("18.3.2", "H2d", 12), ("18.3.3", "H2c", 4), ("18.3.3", "H2c", 9), ("18.3.3", "H2d", 5),
    ("18.3.3", "H2d", 10), ("18.3.3", "H2d", 12), ("18.3.3", "H3", 4),
}  # fmt: skip


def test_physical_invariants_hold_but_for_the_source_anomalies() -> None:
    # Hours counted in a month cannot exceed the month's hours (2021 calendar, 28-day
    # February) nor those at 21 °C, degree-hours at 21 °C are never fewer than at 19 °C, and
    # a month has degree-hours exactly when it has heating hours.
    broken = set()
    for zone in ClimateZone:
        for altitude in AltitudeClass:
            for anciens in (False, True):
                climate = monthly_climate(zone, altitude, anciens)
                for j in range(12):
                    hours = 24 * calendar.monthrange(2021, j + 1)[1]
                    assert (climate.dh19[j] > 0) == (climate.nref19[j] > 0)
                    if not (
                        climate.nref19[j] <= climate.nref21[j] <= hours
                        and climate.dh19[j] <= climate.dh21[j]
                    ):
                        broken.add((climate.section, zone.value, j + 1))
    assert broken == SOURCE_ANOMALIES


def test_c1_reference_column_and_horizontal() -> None:
    # §18.5: C1 is relative to a south vertical glazing, hence 1.00 in every month and zone;
    # a horizontal glazing takes the « Horizontal » column whatever its orientation
    # (H1a January 0.62, July 2.05).
    for zone in ClimateZone:
        assert set(c1_coefficients(zone, GlazingOrientation.SUD, GlazingTilt.VERTICAL)) == {1.0}
    flat = c1_coefficients(ClimateZone.H1A, GlazingOrientation.NORD, GlazingTilt.HORIZONTAL)
    assert (flat[0], flat[6]) == (0.62, 2.05)
    assert flat == c1_coefficients(
        ClimateZone.H1A, GlazingOrientation.HORIZONTAL, GlazingTilt.VERTICAL
    )
    east = c1_coefficients(ClimateZone.H1A, GlazingOrientation.EST, GlazingTilt.VERTICAL)
    assert east[0] == 0.40  # H1a, Est ≥ 75°, January


def test_departements_and_errors() -> None:
    # §18.1 lists the 96 metropolitan départements; Corsica is H3; overseas is out of scope.
    assert zone_for_departement("2a") is ClimateZone.H3
    assert zone_for_departement("1") is ClimateZone.H1C  # Ain, written without its 0
    with pytest.raises(NeedsInputError, match="971"):
        zone_for_departement("971")
    with pytest.raises(NeedsInputError, match="zone climatique"):
        ClimateZone.from_enum_id(9)
    assert ClimateZone.from_enum_id(8) is ClimateZone.H3
    assert AltitudeClass.from_altitude(399.9) is AltitudeClass.BELOW_400
    assert AltitudeClass.from_altitude(800) is AltitudeClass.ABOVE_800


def test_source_and_pv_irradiation() -> None:
    assert source()["en_vigueur_depuis"] == "2021-07-01"
    assert pv_irradiation(ClimateZone.H1A)[0] == 50.1  # §18.2 E-pv, January H1a


def _markdown_tables(text: str) -> dict[tuple[str, str], dict[int, list[float | None]]]:
    """Tables of the markdown transcription keyed by (section, table name)."""
    months = {name: j for j, name in enumerate(MONTHS, start=1)} | {"aout": 8}
    names = {
        "Text (°C)": "text", "E (kWh/m²)": "e", "Nref (19°C)": "nref19", "DH19 (°Ch)": "dh19",
        "DH14 (°Ch)": "dh14", "Tefs (°C)": "tefs", "Nref (21°C)": "nref21", "DH21 (°Ch)": "dh21",
        "Nref (26°C)": "nref26", "Nref (28°C)": "nref28", "DH26 (°Ch)": "dh26",
        "DH28 (°Ch)": "dh28", "E_fr (kWh/m²) — Tcons = 26°C": "e_fr26",
        "E_fr (kWh/m²) — Tcons = 28°C": "e_fr28",
        "Textmoy_clim (°C) — Tcons = 26°C": "textmoy_clim26",
        "Textmoy_clim (°C) — Tcons = 28°C": "textmoy_clim28",
    }  # fmt: skip
    tables: dict[tuple[str, str], dict[int, list[float | None]]] = {}
    section = name = ""
    for line in text.splitlines():
        if heading := re.match(r"#{3,4} (18\.\d(?:\.\d)?)", line):
            section, name = heading[1], ""
        elif label := re.match(r"\*\*(.+) :\*\*", line):
            name = names.get(label[1], label[1])
        elif line.startswith("|") and section.startswith("18.2.") and name:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0].lower() in months:
                values = [None if c in ("-", "--") else float(c) for c in cells[1:]]
                tables.setdefault((section, name), {})[months[cells[0].lower()]] = values
    return tables


@pytest.mark.corpus
def test_matches_markdown_transcription(shared_dir: Path) -> None:
    # Oracle: the shared markdown transcription of §18.2 was made independently of our PDF
    # extraction; every cell of the 48 tables must agree exactly (same decimals).
    path = shared_dir / MARKDOWN
    if not path.is_file():
        pytest.skip("transcription markdown du chapitre 18 absente (../shared)")
    tables = _markdown_tables(path.read_text("utf-8"))
    assert len(tables) == 48
    sections = {"18.2.1": AltitudeClass.BELOW_400, "18.2.2": AltitudeClass.FROM_400_TO_800,
                "18.2.3": AltitudeClass.ABOVE_800}  # fmt: skip
    for (section, name), rows in tables.items():
        for k, zone in enumerate(ClimateZone):
            ours = getattr(monthly_climate(zone, sections[section]), name)
            for month, values in rows.items():
                expected, got = values[k], ours[month - 1]
                where = (section, name, zone, month)
                if expected is None:  # « - »: no value, 0 for sums and None for temperatures
                    assert got in (None, 0.0), where
                else:
                    assert got == expected, where


@pytest.mark.corpus
def test_c1_matches_markdown_transcription(shared_dir: Path) -> None:
    # Oracle as above for the 8 C1 tables of §18.5 (12 months × 13 columns each).
    path = shared_dir / MARKDOWN
    if not path.is_file():
        pytest.skip("transcription markdown du chapitre 18 absente (../shared)")
    columns = [
        (orientation, tilt)
        for orientation in (GlazingOrientation.SUD, GlazingOrientation.OUEST,
                            GlazingOrientation.NORD, GlazingOrientation.EST)
        for tilt in (GlazingTilt.VERTICAL, GlazingTilt.INCLINED, GlazingTilt.LOW)
    ] + [(GlazingOrientation.HORIZONTAL, GlazingTilt.HORIZONTAL)]  # fmt: skip
    text = path.read_text("utf-8")
    checked = 0
    for zone in ClimateZone:
        block = text.split(f"**Zone {zone.value} :**", 1)[1].split("**Zone", 1)[0]
        rows = [line for line in block.splitlines() if re.match(r"\|\s*[A-Za-zéû]", line)][1:]
        assert len(rows) == 12, zone
        for month, line in enumerate(rows):
            values = [float(c) for c in line.strip("|").split("|")[1:]]
            for (orientation, tilt), value in zip(columns, values, strict=True):
                assert c1_coefficients(zone, orientation, tilt)[month] == value
                checked += 1
    assert checked == 8 * 12 * 13
