"""The vectorised batch against the single-roof chain (oracle, 0.1 %), and its plumbing.

Reference for the Perez coefficients: pvlib.irradiance.perez (allsitescomposite1990), whose
components are DHI·(1−F1)(1+cos β)/2, DHI·F1·A/B and DHI·F2·sin β.
"""

from __future__ import annotations

import numpy as np
import pytest
from pvlib import atmosphere, irradiance
from pvlib.location import Location

from calculators.solar.batch import simulate_roofs
from calculators.solar.horizon import HorizonProfile
from calculators.solar.parameters import Mounting, Technology
from calculators.solar.pv import simulate_roof
from calculators.solar.sun_sky import SkyHours, prepare_sky
from calculators.solar.system import RoofFace
from calculators.solar.weather import TypicalYear
from diag_app.errors import Cancelled
from tests.calculators.solar.tolerances import BATCH_VS_CHAIN_REL

HILL = HorizonProfile.from_points([(100.0, 4.0), (160.0, 18.0), (200.0, 12.0), (300.0, 2.0)])
VARIED_ROOFS = [
    RoofFace(35.0, 180.0, peak_power_kwp=3.0),
    RoofFace(0.0, 0.0, area_m2=25.0, technology=Technology.THIN_FILM),
    RoofFace(90.0, 270.0, peak_power_kwp=2.0, mounting=Mounting.INTEGRATED),
    RoofFace(30.0, 150.0, peak_power_kwp=6.0, horizon=HILL, dc_ac_ratio=1.5),
    RoofFace(45.0, 10.0, peak_power_kwp=1.0, system_losses_pct=25.0, albedo=0.35),
    RoofFace(12.5, 237.0, peak_power_kwp=9.0, mounting=Mounting.OPEN_RACK, horizon=HILL),
]


def test_batch_equals_single_roof_chain(reference_year: TypicalYear) -> None:
    batch = simulate_roofs(reference_year, VARIED_ROOFS)
    for row, roof in enumerate(VARIED_ROOFS):
        single = simulate_roof(reference_year, roof)
        assert batch.annual_kwh[row] == pytest.approx(single.annual_kwh, rel=BATCH_VS_CHAIN_REL)
        np.testing.assert_allclose(batch.monthly_kwh[row], single.monthly_kwh, rtol=1e-3)
        assert batch.peak_power_kwp[row] == roof.peak_kwp


def test_batch_equals_chain_without_shared_data(illustrative_year: TypicalYear) -> None:
    batch = simulate_roofs(illustrative_year, VARIED_ROOFS[2:4])
    for row, roof in enumerate(VARIED_ROOFS[2:4]):
        single = simulate_roof(illustrative_year, roof)
        assert batch.annual_kwh[row] == pytest.approx(single.annual_kwh, rel=BATCH_VS_CHAIN_REL)


def test_chunk_size_does_not_change_results(illustrative_year: TypicalYear) -> None:
    sky = prepare_sky(illustrative_year)
    whole = simulate_roofs(sky, VARIED_ROOFS)
    one_by_one = simulate_roofs(sky, VARIED_ROOFS, chunk_size=1)
    np.testing.assert_array_equal(whole.annual_kwh, one_by_one.annual_kwh)


def test_only_lit_hours_are_kept(illustrative_year: TypicalYear) -> None:
    sky = prepare_sky(illustrative_year)
    lit = (illustrative_year.hourly[["ghi", "dhi", "dni"]] > 0).any(axis=1)
    assert sky.count == int(lit.sum()) < 8760 * 0.6
    assert sky.month_starts[0] == 0
    assert np.all(np.diff(sky.month_starts) > 0)


def test_progress_and_cancel(illustrative_year: TypicalYear) -> None:
    seen: list[float] = []
    roofs = [RoofFace(30.0, float(a), peak_power_kwp=1.0) for a in range(0, 360, 36)]
    simulate_roofs(illustrative_year, roofs, chunk_size=3, progress=lambda f, _: seen.append(f))
    assert seen == pytest.approx([0.3, 0.6, 0.9, 1.0])

    def cancel(fraction: float, text: str) -> None:
        raise Cancelled(text)

    with pytest.raises(Cancelled, match="3 toitures sur 10 calculées"):
        simulate_roofs(illustrative_year, roofs, chunk_size=3, progress=cancel)


def test_perez_coefficients_match_pvlib(
    reference_sky: SkyHours, reference_year: TypicalYear
) -> None:
    # Rebuild pvlib's three Perez components for one plane from the batch's per-hour terms.
    site, times = reference_year.site, reference_year.solar_times[reference_sky.hours]
    weather = reference_year.hourly.iloc[reference_sky.hours]
    sun = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    position = sun.get_solarposition(times, temperature=weather["temp_air"].to_numpy())
    zenith, azimuth = position["apparent_zenith"].to_numpy(), position["azimuth"].to_numpy()
    tilt, facing = 28.0, 205.0
    expected = irradiance.perez(
        tilt,
        facing,
        weather["dhi"].to_numpy(),
        weather["dni"].to_numpy(),
        irradiance.get_extra_radiation(times).to_numpy(),
        zenith,
        azimuth,
        atmosphere.get_relative_airmass(zenith),
        return_components=True,
    )
    projection = np.maximum(irradiance.aoi_projection(tilt, facing, zenith, azimuth), 0.0)
    valid = reference_sky.sky_valid
    beta = np.radians(tilt)
    np.testing.assert_allclose(
        (0.5 * (1 + np.cos(beta)) * reference_sky.isotropic_w_m2)[valid],
        expected["poa_isotropic"][valid],
        atol=1e-9,
    )
    np.testing.assert_allclose(
        (projection * reference_sky.circumsolar_w_m2)[valid],
        expected["poa_circumsolar"][valid],
        atol=1e-9,
    )
    np.testing.assert_allclose(
        (np.sin(beta) * reference_sky.horizon_w_m2)[valid],
        expected["poa_horizon"][valid],
        atol=1e-9,
    )
