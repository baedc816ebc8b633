"""Writers of weather files in the formats the readers accept, to test them on known data.

They start from a PVGIS-style table (the columns of a PVGIS TMY, ``time(UTC)`` first) that
comes either from the reference export in ``../shared`` or from a synthetic year, so the
format tests do not need anything that is not in the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from calculators.solar.weather import TypicalYear

PVGIS_HEADER = "time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP"
MONTH_YEARS = (2015, 2009, 2018, 2007, 2015, 2016, 2011, 2013, 2009, 2015, 2019, 2015)


def pvgis_table(year: TypicalYear) -> pd.DataFrame:
    """A PVGIS TMY table holding ``year``'s values (other columns plausible constants)."""
    hourly = year.hourly
    stamps = [f"{MONTH_YEARS[t.month - 1]}{t:%m%d:%H%M}" for t in hourly.index]
    return pd.DataFrame(
        {
            "time(UTC)": stamps,
            "T2m": hourly["temp_air"].round(2).to_numpy(),
            "RH": 80.0,
            "G(h)": hourly["ghi"].round(2).to_numpy(),
            "Gb(n)": hourly["dni"].round(2).to_numpy(),
            "Gd(h)": hourly["dhi"].round(2).to_numpy(),
            "IR(h)": 300.0,
            "WS10m": hourly["wind_speed"].round(2).to_numpy(),
            "WD10m": 200.0,
            "SP": 101300.0,
        }
    )


def read_pvgis_table(path: Path) -> pd.DataFrame:
    """The rows of a PVGIS csv without header block, as text-faithful as pandas allows."""
    return pd.read_csv(path, dtype={"time(UTC)": str})


def data_lines(table: pd.DataFrame) -> list[str]:
    """``table`` as csv lines without the column header."""
    return table.to_csv(index=False, header=False, lineterminator="\n").splitlines()


def write_headerless_csv(path: Path, table: pd.DataFrame) -> Path:
    """A PVGIS TMY csv whose header and footer blocks were stripped."""
    path.write_text("\n".join([PVGIS_HEADER, *data_lines(table)]) + "\n", encoding="utf-8")
    return path


def write_pvgis_csv(
    path: Path,
    table: pd.DataFrame,
    *,
    latitude: float,
    longitude: float,
    elevation: float,
    offset_hours: float | None = 0.1761,
) -> Path:
    """A complete PVGIS 5 TMY csv export: location block, months, data, descriptions."""
    lines = [
        f"Latitude (decimal degrees): {latitude:.3f}",
        f"Longitude (decimal degrees): {longitude:.3f}",
        f"Elevation (m): {elevation:.1f}",
    ]
    if offset_hours is not None:
        lines.append(f"Irradiance Time Offset (h): {offset_hours}")
    lines.append("month,year")
    lines += [f"{month},{year}" for month, year in enumerate(MONTH_YEARS, start=1)]
    lines.append(PVGIS_HEADER)
    lines += data_lines(table)
    lines += [
        "",
        "T2m: 2-m air temperature (degree Celsius)",
        "G(h): Global irradiance on the horizontal plane (W/m2)",
        "",
        "PVGIS (c) European Union, 2001-2024",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def write_pvgis_json(
    path: Path, table: pd.DataFrame, *, latitude: float, longitude: float, elevation: float
) -> Path:
    """A PVGIS 5 TMY json export."""
    document = {
        "inputs": {
            "location": {"latitude": latitude, "longitude": longitude, "elevation": elevation},
            "meteo_data": {"radiation_db": "PVGIS-SARAH2", "meteo_db": "ERA5"},
        },
        "outputs": {
            "months_selected": [
                {"month": m, "year": y} for m, y in enumerate(MONTH_YEARS, start=1)
            ],
            "tmy_hourly": table.to_dict(orient="records"),
        },
        "meta": {"inputs": {}, "outputs": {}},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def write_epw(path: Path, year: TypicalYear, *, timezone_hours: int = 1) -> Path:
    """An EPW file of ``year``: local standard time, each row the hour ending at its stamp."""
    site = year.site
    header = [
        f"LOCATION,Test,-,FRA,essai,000000,{site.latitude_deg},{site.longitude_deg},"
        f"{timezone_hours:.1f},{site.altitude_m}",
        "DESIGN CONDITIONS,0",
        "TYPICAL/EXTREME PERIODS,0",
        "GROUND TEMPERATURES,0",
        "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
        "COMMENTS 1,écrit par les tests",
        "COMMENTS 2,",
        "DATA PERIODS,1,1,Data,Friday, 1/ 1,12/31",
    ]
    local = year.hourly.index + pd.Timedelta(hours=timezone_hours)
    order = pd.Series(range(len(local)), index=local.map(lambda t: (t.month, t.day, t.hour)))
    rows = []
    for (month, day, hour), position in sorted(order.items()):
        values = year.hourly.iloc[position]
        fields = [
            "2021",
            str(month),
            str(day),
            str(hour + 1),
            "60",
            "?9?9?9?9E0?9?9?9",
            f"{values['temp_air']:.1f}",
            "5.0",
            "80",
            "101300",
            "0",
            "0",
            "300",
            f"{values['ghi']:.0f}",
            f"{values['dni']:.0f}",
            f"{values['dhi']:.0f}",
            "0",
            "0",
            "0",
            "0",
            "200",
            f"{values['wind_speed']:.1f}",
            "5",
            "5",
            "9999",
            "99999",
            "9",
            "999999999",
            "10",
            "0.1",
            "0",
            "88",
            "0.2",
            "0",
            "1",
        ]
        rows.append(",".join(fields))
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return path
