"""EnergyPlus weather files (EPW), read with :func:`pvlib.iotools.read_epw`.

An EPW row holds the values of the hour *ending* at its time stamp, in local standard time;
pvlib labels it with the start of that hour, so the values stand for mid-hour
(``time_offset_min`` = 30). Missing values are written as codes (EnergyPlus Auxiliary
Programs, « Weather Converter Program », data field descriptions): 99.9 °C for the dry-bulb
temperature, 9999 Wh/m² for irradiances, 999 m/s for the wind speed.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
from pvlib.iotools import read_epw

from calculators.solar.errors import WeatherError
from calculators.solar.weather.year import (
    COLUMNS,
    HOURS_PER_YEAR,
    Site,
    TypicalYear,
    assemble,
    check_values,
)

HEADER_LINES = 8
MISSING_CODES = {"temp_air": 99.9, "ghi": 9999.0, "dni": 9999.0, "dhi": 9999.0, "wind_speed": 999.0}
MID_HOUR_OFFSET_MIN = 30.0


def read_epw_file(path: Path, text: str) -> TypicalYear:
    """Read an EPW file; location and altitude come from its ``LOCATION`` line."""
    lines = text.splitlines()
    rows = [line for line in lines[HEADER_LINES:] if line.strip()]
    if len(rows) != HOURS_PER_YEAR:
        raise WeatherError(
            f"{path.name} : {len(rows)} heures de données au lieu de 8\u202f760.", field="heures"
        )
    try:
        data, meta = read_epw(io.StringIO(text))
        site = Site(float(meta["latitude"]), float(meta["longitude"]), float(meta["altitude"]))
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise WeatherError(
            f"{path.name} : fichier EPW illisible (ligne LOCATION ou lignes de données) : {exc}.",
            field="fichier",
        ) from exc
    frame = pd.DataFrame(index=data.index)
    for column in COLUMNS:
        values = pd.to_numeric(data[column], errors="coerce").to_numpy(dtype=float)
        frame[column] = np.where(np.isclose(values, MISSING_CODES[column]), np.nan, values)
    check_values(frame, origin=path.name, first_line=HEADER_LINES + 1)
    place = ", ".join(p for p in (meta.get("city"), meta.get("country")) if p and p != "-")
    source = f"fichier EPW {path.name}" + (f" ({place})" if place else "")
    return assemble(
        frame, site=site, source=source, synthetic=False, time_offset_min=MID_HOUR_OFFSET_MIN
    )
