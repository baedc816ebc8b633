"""EPW files: local standard time, hour-ending rows, missing-value codes.

Reference: EnergyPlus Auxiliary Programs, « Weather Converter Program », EPW data fields
(hour 1 = the hour ending at 01:00 local standard time; 9999 = missing irradiance).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from calculators.solar.weather import Site, TypicalYear, read_weather_file
from tests.calculators.solar.weather_files import write_epw


def test_epw_round_trip_keeps_each_value_at_its_utc_hour(
    tmp_path: Path, illustrative_year: TypicalYear
) -> None:
    # The writer rounds irradiance to 1 W/m² and temperature and wind to 0.1: compare to half.
    year = read_weather_file(write_epw(tmp_path / "site.epw", illustrative_year))
    assert year.site == Site(50.53, 2.64, 25.0)
    assert year.time_offset_min == 30.0
    assert year.source.startswith("fichier EPW site.epw")
    for column, tolerance in (("ghi", 0.5), ("dni", 0.5), ("dhi", 0.5), ("temp_air", 0.05)):
        np.testing.assert_allclose(
            year.hourly[column], illustrative_year.hourly[column], atol=tolerance + 1e-9
        )


@pytest.mark.parametrize("timezone_hours", [0, 1, -5])
def test_epw_time_zone_is_undone(
    tmp_path: Path, illustrative_year: TypicalYear, timezone_hours: int
) -> None:
    path = write_epw(tmp_path / "tz.epw", illustrative_year, timezone_hours=timezone_hours)
    year = read_weather_file(path)
    noon = illustrative_year.hourly["ghi"].idxmax()
    assert year.hourly["ghi"].idxmax() == noon
