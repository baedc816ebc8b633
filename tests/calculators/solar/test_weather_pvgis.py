"""PVGIS typical years: the reference export of ../shared and the three PVGIS layouts.

References: ../shared/data/weather/README.md (monthly GHI, annual GHI and mean temperature
of the 50.811 N 3.310 E file; irradiance closure 10 min after each stamp) and the PVGIS 5
TMY formats as pvlib's reader parses them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pvlib.location import Location

from calculators.solar.errors import WeatherError
from calculators.solar.weather import Site, TypicalYear, read_weather_file
from tests.calculators.solar.tolerances import README_MONTHLY_GHI_ABS
from tests.calculators.solar.weather_files import (
    pvgis_table,
    read_pvgis_table,
    write_headerless_csv,
    write_pvgis_csv,
    write_pvgis_json,
)

README_MONTHLY_GHI = (28.8, 37.6, 74.0, 166.9, 156.6, 128.7, 138.1, 143.7, 106.1, 60.9, 33.6, 24.7)


def test_reference_file_gives_the_readme_figures(reference_year: TypicalYear) -> None:
    # README table: annual GHI 1,100 kWh/m² and mean T 11.1 °C, both rounded (±0.5, ±0.05).
    assert reference_year.hourly.shape == (8760, 5)
    assert not reference_year.hourly.isna().to_numpy().any()
    assert reference_year.monthly_ghi_kwh_m2() == pytest.approx(
        README_MONTHLY_GHI, abs=README_MONTHLY_GHI_ABS
    )
    assert reference_year.annual_ghi_kwh_m2 == pytest.approx(1100.0, abs=0.5)
    assert reference_year.hourly["temp_air"].mean() == pytest.approx(11.1, abs=0.05)
    assert reference_year.synthetic is False
    assert "PVGIS © European Union" in reference_year.source


def test_location_of_a_stripped_export_comes_from_its_name(reference_year: TypicalYear) -> None:
    # PVGIS names exports tmy_<lat>_<lon>_<years>; altitude from pvlib's offline map (SRTM).
    assert reference_year.site.latitude_deg == 50.811
    assert reference_year.site.longitude_deg == 3.310
    assert 0.0 < reference_year.site.altitude_m < 100.0


def _closure_residual(year: TypicalYear, offset_min: float) -> float:
    """Mean |DHI + DNI·cos z − GHI| [W/m²] over hours with GHI > 50 W/m²."""
    site = year.site
    times = year.hourly.index + pd.Timedelta(minutes=offset_min)
    sun = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    zenith = sun.get_solarposition(times)["zenith"].to_numpy()
    data = year.hourly
    lit = data["ghi"].to_numpy() > 50.0
    closure = data["dhi"] + data["dni"] * np.clip(np.cos(np.radians(zenith)), 0.0, None)
    return float(np.abs(closure - data["ghi"]).to_numpy()[lit].mean())


def test_sun_is_placed_where_pvgis_irradiance_closes(reference_year: TypicalYear) -> None:
    # README: irradiance closes best with the sun 10 min after each stamp. 1 W/m² is about
    # 0.4 % of the mean daytime GHI; the hour-start and mid-hour placements are 5-8× worse.
    assert reference_year.time_offset_min == 10.0
    at_offset = _closure_residual(reference_year, reference_year.time_offset_min)
    assert at_offset < 1.0
    assert at_offset < _closure_residual(reference_year, 0.0) / 4
    assert at_offset < _closure_residual(reference_year, 30.0) / 4


def test_complete_csv_export_reads_like_the_stripped_one(
    tmp_path: Path, reference_tmy_path: Path, reference_year: TypicalYear
) -> None:
    table = read_pvgis_table(reference_tmy_path)
    path = write_pvgis_csv(
        tmp_path / "export.csv", table, latitude=50.811, longitude=3.31, elevation=23.0
    )
    year = read_weather_file(path)
    assert year.site == Site(50.811, 3.31, 23.0)
    assert year.time_offset_min == pytest.approx(0.1761 * 60.0)
    pd.testing.assert_frame_equal(year.hourly, reference_year.hourly)


def test_csv_export_without_offset_line_uses_ten_minutes(
    tmp_path: Path, illustrative_year: TypicalYear
) -> None:
    table = pvgis_table(illustrative_year)
    path = write_pvgis_csv(
        tmp_path / "old.csv", table, latitude=50.5, longitude=2.6, elevation=25.0, offset_hours=None
    )
    assert read_weather_file(path).time_offset_min == 10.0


def test_json_export_reads_the_same_values(tmp_path: Path, illustrative_year: TypicalYear) -> None:
    # Values were rounded to 0.01 when written: compare to 0.005.
    path = write_pvgis_json(
        tmp_path / "tmy.json",
        pvgis_table(illustrative_year),
        latitude=50.53,
        longitude=2.64,
        elevation=25.0,
    )
    year = read_weather_file(path)
    assert year.site == Site(50.53, 2.64, 25.0)
    np.testing.assert_allclose(year.hourly, illustrative_year.hourly, atol=0.005)
    assert year.source.startswith("année type PVGIS tmy.json")


def test_stripped_export_with_another_name_needs_its_site(
    tmp_path: Path, illustrative_year: TypicalYear
) -> None:
    path = write_headerless_csv(tmp_path / "meteo.csv", pvgis_table(illustrative_year))
    with pytest.raises(WeatherError, match="n'indique pas son lieu") as caught:
        read_weather_file(path)
    assert caught.value.field == "lieu"
    site = Site(50.53, 2.64, 25.0)
    year = read_weather_file(path, site=site)
    assert year.site == site
    np.testing.assert_allclose(year.hourly, illustrative_year.hourly, atol=0.005)
