"""PVGIS typical meteorological year exports (csv with or without their header block, json).

pvlib's :func:`pvlib.iotools.read_pvgis_tmy` parses the complete exports; files whose
header and footer blocks were stripped (as the reference files of the project are) are
read here with the same column mapping. Every file is scanned first so that a bad one is
refused with the line to fix, in French, before any parser sees it.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
from pvlib.iotools import read_pvgis_tmy
from pvlib.location import lookup_altitude

from calculators.solar.errors import WeatherError
from calculators.solar.weather.year import (
    HOURS_PER_YEAR,
    Site,
    TypicalYear,
    assemble,
    check_values,
)

TIME_COLUMN = "time(UTC)"
TIME_FORMAT = "%Y%m%d:%H%M"
PVGIS_COLUMNS = {
    "T2m": "temp_air",
    "RH": "relative_humidity",
    "G(h)": "ghi",
    "Gb(n)": "dni",
    "Gd(h)": "dhi",
    "IR(h)": "infrared",
    "WS10m": "wind_speed",
    "WD10m": "wind_direction",
    "SP": "pressure",
}
"""Columns of a PVGIS TMY (PVGIS 5 API, ``tmy`` tool) and their names here (pvlib's ones)."""

REQUIRED = ("T2m", "G(h)", "Gb(n)", "Gd(h)", "WS10m")

DEFAULT_OFFSET_MIN = 10.0
"""Minutes after the stamp at which PVGIS-SARAH irradiance stands: recent exports state it
(« Irradiance Time Offset (h) »); for older ones 10 min is where DHI + DNI·cos z best matches
GHI on the reference files (checked in tests/calculators/solar/test_weather_pvgis.py)."""

HEADER_PREFIXES = ("Latitude (decimal degrees):", "Longitude (decimal degrees):", "Elevation (m):")
ATTRIBUTION = "PVGIS © European Union"
_NAME_COORDINATES = re.compile(r"tmy_(-?\d+(?:\.\d+)?)_(-?\d+(?:\.\d+)?)_")


def read_pvgis_csv(path: Path, text: str, site: Site | None) -> TypicalYear:
    """Read a PVGIS TMY csv export.

    The location written in the header block wins; ``site``, then the PVGIS file name
    (``tmy_<lat>_<lon>_…``), serve only for exports whose header block was stripped.
    """
    lines = text.splitlines()
    header = next((i for i, line in enumerate(lines) if line.startswith(TIME_COLUMN)), None)
    if header is None:
        raise WeatherError(
            f"{path.name} : ligne d'en-tête « {TIME_COLUMN},T2m,… » introuvable ; "
            "ce n'est pas une année type PVGIS.",
            field="fichier",
        )
    data_lines = _data_lines(lines, header)
    frame = _parse_rows(path.name, lines[header], data_lines, first_line=header + 2)
    has_block = any(line.strip() for line in lines[:header])
    if not has_block:
        where = site or _site_from_name(path)
        if where is None:
            raise WeatherError(
                f"{path.name} : le fichier n'indique pas son lieu ; précisez latitude, "
                "longitude et altitude.",
                field="lieu",
            )
        return _year(frame, where, path.name, DEFAULT_OFFSET_MIN)
    _check_header_block(path.name, lines[:header])
    try:
        data, meta = read_pvgis_tmy(io.BytesIO(text.encode("utf-8")), pvgis_format="csv")
        inputs = meta["inputs"]
        located = Site(
            float(inputs["latitude"]), float(inputs["longitude"]), float(inputs["elevation"])
        )
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise WeatherError(
            f"{path.name} : bloc d'en-tête PVGIS illisible (latitude, longitude, altitude, "
            f"mois retenus) : {exc}.",
            field="en-tête",
        ) from exc
    offset_h = inputs.get("irradiance time offset")
    offset = DEFAULT_OFFSET_MIN if offset_h is None else float(offset_h) * 60.0
    return _year(data, located, path.name, offset)


def read_pvgis_json(path: Path, text: str) -> TypicalYear:
    """Read a PVGIS TMY json export (location taken from ``inputs.location``)."""
    try:
        document = json.loads(text)
        records = document["outputs"]["tmy_hourly"]
        location = document["inputs"]["location"]
    except json.JSONDecodeError as exc:
        raise WeatherError(
            f"{path.name} : JSON invalide ligne {exc.lineno} ({exc.msg}).", field="fichier"
        ) from exc
    except (KeyError, TypeError) as exc:
        raise WeatherError(
            f"{path.name} : ce JSON n'est pas une année type PVGIS (clé {exc} absente).",
            field="fichier",
        ) from exc
    if not isinstance(records, list) or len(records) != HOURS_PER_YEAR:
        count = len(records) if isinstance(records, list) else 0
        raise WeatherError(
            f"{path.name} : {count} heures de données au lieu de 8\u202f760.", field="heures"
        )
    _check_columns(path.name, _record_keys(records))
    try:
        data, _ = read_pvgis_tmy(io.StringIO(text), pvgis_format="json")
        located = Site(
            float(location["latitude"]), float(location["longitude"]), float(location["elevation"])
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise WeatherError(f"{path.name} : année type PVGIS illisible ({exc}).") from exc
    frame = data.apply(pd.to_numeric, errors="coerce")
    check_values(frame, origin=path.name)
    return _year(frame, located, path.name, DEFAULT_OFFSET_MIN)


def _check_header_block(name: str, block: list[str]) -> None:
    """The PVGIS block: latitude, longitude, elevation, then the 13-line table of months."""
    padded = [*block, "", "", ""][: len(HEADER_PREFIXES)]
    for line, prefix in zip(padded, HEADER_PREFIXES, strict=True):
        if not line.startswith(prefix):
            raise WeatherError(
                f"{name} : bloc d'en-tête PVGIS illisible, « {prefix} … » attendu au lieu de "
                f"« {line.strip()} ».",
                field="en-tête",
            )
    if len(block) < len(HEADER_PREFIXES) + 13:
        raise WeatherError(
            f"{name} : bloc d'en-tête PVGIS incomplet (table « month,year » des 12 mois absente).",
            field="en-tête",
        )


def _data_lines(lines: list[str], header: int) -> list[str]:
    """Rows after the column header, up to the blank line that opens the PVGIS footer."""
    rows: list[str] = []
    for line in lines[header + 1 :]:
        if not line.strip():
            break
        rows.append(line)
    return rows


def _parse_rows(name: str, header: str, rows: list[str], *, first_line: int) -> pd.DataFrame:
    columns = [c.strip() for c in header.split(",")]
    _check_columns(name, columns)
    if len(rows) != HOURS_PER_YEAR:
        raise WeatherError(
            f"{name} : {len(rows)} heures de données au lieu de 8\u202f760 "
            f"(lignes {first_line} à {first_line + len(rows) - 1}).",
            field="heures",
        )
    for number, line in enumerate(rows, start=first_line):
        if line.count(",") != len(columns) - 1:
            raise WeatherError(
                f"{name} : ligne {number}, {line.count(',') + 1} valeurs au lieu de "
                f"{len(columns)}.",
                field=f"ligne {number}",
            )
    raw = pd.read_csv(io.StringIO("\n".join([header, *rows])), dtype=str, keep_default_na=False)
    raw.columns = columns
    stamps = raw[TIME_COLUMN].str.strip()
    times = pd.to_datetime(stamps, format=TIME_FORMAT, errors="coerce", utc=True)
    if times.isna().any():
        row = int(times.isna().to_numpy().argmax())
        raise WeatherError(
            f"{name} : ligne {first_line + row}, date « {raw[TIME_COLUMN][row]} » illisible "
            "(attendu AAAAMMJJ:HHMM).",
            field=f"ligne {first_line + row}",
        )
    frame = pd.DataFrame(index=pd.DatetimeIndex(times))
    for source in REQUIRED:
        text = raw[source].str.strip()
        values = pd.to_numeric(text, errors="coerce")
        bad = values.isna() & (text.str.lower() != "nan")
        if bad.any():
            row = int(bad.to_numpy().argmax())
            shown = text.iloc[row]
            problem = "valeur manquante" if not shown else f"valeur non numérique « {shown} »"
            raise WeatherError(
                f"{name} : {problem} dans la colonne {source}, ligne {first_line + row}.",
                field=f"ligne {first_line + row}",
            )
        frame[PVGIS_COLUMNS[source]] = values.to_numpy()
    check_values(frame, origin=name, first_line=first_line)
    return frame


def _check_columns(name: str, columns: list[str]) -> None:
    known = {TIME_COLUMN, *PVGIS_COLUMNS}
    unknown = [c for c in columns if c not in known]
    missing = [c for c in REQUIRED if c not in columns]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(f"colonnes attendues absentes : {', '.join(missing)}")
        if unknown:
            parts.append(f"colonnes inconnues : {', '.join(unknown)}")
        raise WeatherError(
            f"{name} : {' ; '.join(parts)} (année type PVGIS attendue : "
            f"{TIME_COLUMN}, {', '.join(PVGIS_COLUMNS)}).",
            field="colonnes",
        )


def _record_keys(records: list[Any]) -> list[str]:
    first = records[0] if records else {}
    return list(first) if isinstance(first, dict) else []


def _site_from_name(path: Path) -> Site | None:
    """PVGIS names its exports ``tmy_<lat>_<lon>_<years>``; altitude from pvlib's offline map."""
    match = _NAME_COORDINATES.match(path.name)
    if match is None:
        return None
    latitude, longitude = float(match.group(1)), float(match.group(2))
    return Site(latitude, longitude, float(lookup_altitude(latitude, longitude)))


def _year(frame: pd.DataFrame, site: Site, name: str, offset_min: float) -> TypicalYear:
    source = (
        f"année type PVGIS {name} ({site.latitude_deg:.3f} N, {site.longitude_deg:.3f} E) — "
        f"{ATTRIBUTION}"
    )
    return assemble(frame, site=site, source=source, synthetic=False, time_offset_min=offset_min)
