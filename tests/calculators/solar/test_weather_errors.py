"""Bad weather files are refused with a French message naming the file, line or column.

Every case starts from a valid file written from a synthetic year, then breaks one thing,
so nothing here needs ../shared. No NaN may reach a :class:`TypicalYear`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from calculators.solar.errors import WeatherError
from calculators.solar.weather import TypicalYear, read_weather_file
from tests.calculators.solar.weather_files import (
    PVGIS_HEADER,
    data_lines,
    pvgis_table,
    write_epw,
    write_headerless_csv,
    write_pvgis_csv,
    write_pvgis_json,
)

NAME = "tmy_50.530_2.640_2005_2020.csv"
FIRST_DATA_LINE = 2  # line 1 holds the column names


@pytest.fixture
def table(illustrative_year: TypicalYear) -> pd.DataFrame:
    return pvgis_table(illustrative_year)


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([PVGIS_HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _refused(path: Path) -> WeatherError:
    with pytest.raises(WeatherError) as caught:
        read_weather_file(path)
    return caught.value


def test_valid_file_is_accepted(tmp_path: Path, table: pd.DataFrame) -> None:
    year = read_weather_file(write_headerless_csv(tmp_path / NAME, table))
    assert not year.hourly.isna().to_numpy().any()


def test_missing_file(tmp_path: Path) -> None:
    error = _refused(tmp_path / "absent.csv")
    assert "absent.csv illisible" in error.message
    assert error.field == "fichier"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "n'est pas un fichier météo reconnu"),
        (b"numero_dpe;etiquette_dpe\n2162E1017681Z;D\n", "n'est pas un fichier météo reconnu"),
        (b"%PDF-1.7\n\x00\x01\x02", "fichier binaire"),
        (b"Latitude (decimal degrees): 50.0\nrien d'autre\n", "introuvable"),
    ],
)
def test_not_a_weather_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "autre.csv"
    path.write_bytes(content)
    error = _refused(path)
    assert expected in error.message
    assert "autre.csv" in error.message


@pytest.mark.parametrize("rows", [8759, 8761, 24])
def test_wrong_number_of_hours(tmp_path: Path, table: pd.DataFrame, rows: int) -> None:
    lines = data_lines(table)
    lines = lines[:rows] if rows <= len(lines) else [*lines, lines[-1]]
    error = _refused(_write_lines(tmp_path / NAME, lines))
    assert f"{rows} heures de données au lieu de 8\u202f760" in error.message
    assert error.field == "heures"


def test_gap_names_column_and_line(tmp_path: Path, table: pd.DataFrame) -> None:
    table = table.astype({"G(h)": object})
    table.loc[4000, "G(h)"] = ""
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert error.message == (
        f"{NAME} : valeur manquante dans la colonne G(h), ligne {FIRST_DATA_LINE + 4000}."
    )


def test_nan_names_column_and_line(tmp_path: Path, table: pd.DataFrame) -> None:
    table = table.astype({"Gd(h)": object})
    table.loc[123, "Gd(h)"] = "NaN"
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert "valeur manquante pour rayonnement diffus horizontal (dhi)" in error.message
    assert f"ligne {FIRST_DATA_LINE + 123}" in error.message
    assert error.field == "dhi"


def test_text_instead_of_number(tmp_path: Path, table: pd.DataFrame) -> None:
    table = table.astype({"T2m": object})
    table.loc[10, "T2m"] = "abc"
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert "valeur non numérique « abc » dans la colonne T2m, ligne 12" in error.message


@pytest.mark.parametrize(
    ("column", "value", "label"),
    [("G(h)", -5.0, "ghi"), ("T2m", 99.9, "temp_air"), ("Gb(n)", 2500.0, "dni")],
)
def test_out_of_range_value(
    tmp_path: Path, table: pd.DataFrame, column: str, value: float, label: str
) -> None:
    table.loc[200, column] = value
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert f"valeur {value:g} hors de l'intervalle plausible" in error.message
    assert f"({label}), ligne {FIRST_DATA_LINE + 200}" in error.message


def test_unknown_columns(tmp_path: Path, table: pd.DataFrame) -> None:
    renamed = table.rename(columns={"G(h)": "G(i)", "SP": "Pression"})
    path = tmp_path / NAME
    path.write_text(renamed.to_csv(index=False), encoding="utf-8")
    error = _refused(path)
    assert "colonnes attendues absentes : G(h)" in error.message
    assert "colonnes inconnues : G(i), Pression" in error.message
    assert error.field == "colonnes"


def test_short_line(tmp_path: Path, table: pd.DataFrame) -> None:
    lines = data_lines(table)
    lines[30] = lines[30].rsplit(",", 1)[0]
    error = _refused(_write_lines(tmp_path / NAME, lines))
    assert f"ligne {FIRST_DATA_LINE + 30}, 9 valeurs au lieu de 10" in error.message


def test_unreadable_date(tmp_path: Path, table: pd.DataFrame) -> None:
    table.loc[5, "time(UTC)"] = "2015-01-01 05:00"
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert "ligne 7, date « 2015-01-01 05:00 » illisible" in error.message


def test_hour_given_twice(tmp_path: Path, table: pd.DataFrame) -> None:
    table.loc[101, "time(UTC)"] = table.loc[100, "time(UTC)"]
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert "figure deux fois" in error.message


def test_leap_day(tmp_path: Path, table: pd.DataFrame) -> None:
    table.loc[59 * 24, "time(UTC)"] = "20160229:0000"
    error = _refused(write_headerless_csv(tmp_path / NAME, table))
    assert "29 février" in error.message


def test_broken_header_block(tmp_path: Path, table: pd.DataFrame) -> None:
    path = write_pvgis_csv(
        tmp_path / "export.csv", table, latitude=50.5, longitude=2.6, elevation=25.0
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("Elevation")))
    error = _refused(path)
    assert "bloc d'en-tête PVGIS illisible" in error.message


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "tmy.json"
    path.write_text('{"inputs": {"location": ', encoding="utf-8")
    assert "JSON invalide ligne 1" in _refused(path).message


def test_json_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "tmy.json"
    path.write_text(json.dumps({"etiquette": "D"}), encoding="utf-8")
    assert "n'est pas une année type PVGIS (clé 'outputs' absente)" in _refused(path).message


def test_json_with_missing_hours(tmp_path: Path, table: pd.DataFrame) -> None:
    path = write_pvgis_json(
        tmp_path / "tmy.json", table.iloc[:-48], latitude=50.5, longitude=2.6, elevation=25.0
    )
    assert "8712 heures de données au lieu de 8\u202f760" in _refused(path).message


def test_json_with_null_value(tmp_path: Path, table: pd.DataFrame) -> None:
    table.loc[300, "WS10m"] = None
    path = write_pvgis_json(
        tmp_path / "tmy.json", table, latitude=50.5, longitude=2.6, elevation=25.0
    )
    error = _refused(path)
    assert "valeur manquante pour vitesse du vent (wind_speed), heure 13/01 12:00 UTC" in (
        error.message
    )


def test_epw_missing_code_names_the_line(tmp_path: Path, illustrative_year: TypicalYear) -> None:
    path = write_epw(tmp_path / "site.epw", illustrative_year)
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = lines[8 + 4500].split(",")
    fields[13] = "9999"
    lines[8 + 4500] = ",".join(fields)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = _refused(path)
    assert "valeur manquante pour rayonnement global horizontal (ghi), ligne 4509" in (
        error.message
    )


def test_truncated_epw(tmp_path: Path, illustrative_year: TypicalYear) -> None:
    path = write_epw(tmp_path / "site.epw", illustrative_year)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-100]) + "\n", encoding="utf-8")
    assert "8660 heures de données au lieu de 8\u202f760" in _refused(path).message


def test_header_block_without_months(tmp_path: Path, table: pd.DataFrame) -> None:
    path = tmp_path / "export.csv"
    head = "Latitude (decimal degrees): 50.5\nLongitude (decimal degrees): 2.6\nElevation (m): 25\n"
    path.write_text(head + "\n".join([PVGIS_HEADER, *data_lines(table)]), encoding="utf-8")
    assert "table « month,year » des 12 mois absente" in _refused(path).message
