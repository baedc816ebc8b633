"""Sun per façade at Béthune (zone H1a) and the glazing shares.

References: arrêté du 31 mars 2021, annexe 1, § 18.2 table of E for H1a below 400 m
(south vertical during heating: 38.36 + 37.47 + 77.61 + 86.79 + 53.63 + 54.18 + 61.45 +
43.04 + 34.26 = 486.79 kWh/m²) and § 18.5 C1 coefficients; the hot clear day of August
(pvlib clear sky). Expected ordering: winter south > east ≈ west > north; summer afternoon
west worst.
"""

from __future__ import annotations

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic.hot_day import HotDay
from calculators.advice.bioclimatic.orientation import (
    Facade,
    FacadeExposure,
    ShareVerdict,
    facade_exposures,
    glazing_shares,
    summer_afternoon_ranking,
    winter_ranking,
)
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone

H1A_SOUTH_HEATING_KWH_M2 = 486.79


@pytest.fixture(scope="module")
def exposures(h1a_day: HotDay) -> dict[Facade, FacadeExposure]:
    return facade_exposures(ClimateZone.H1A, AltitudeClass.BELOW_400, h1a_day)


def test_hot_day_is_the_august_day_of_the_3cl_tables(h1a_day: HotDay) -> None:
    # § 18.2, H1a < 400 m: DH28 peaks in August (64.2 °C·h), mean of those hours 29.8 °C.
    assert (h1a_day.day.month, h1a_day.max_c, h1a_day.min_c) == (8, 29.8, 17.8)
    assert h1a_day.outdoor_c.max() == pytest.approx(29.8, abs=0.01)


def test_winter_gains_rank_south_then_east_west_then_north(
    exposures: dict[Facade, FacadeExposure],
) -> None:
    south = exposures[Facade.SUD].heating_season_kwh_m2
    assert south == pytest.approx(H1A_SOUTH_HEATING_KWH_M2, abs=1e-9)  # C1 south vertical = 1
    ranking = winter_ranking(exposures)
    assert ranking[0] is Facade.SUD and ranking[-1] is Facade.NORD
    assert set(ranking[1:3]) == {Facade.EST, Facade.OUEST}
    east, west = (exposures[f].heating_season_kwh_m2 for f in (Facade.EST, Facade.OUEST))
    assert abs(east - west) < 0.05 * south < south - max(east, west)


def test_west_is_worst_on_summer_afternoons(exposures: dict[Facade, FacadeExposure]) -> None:
    assert summer_afternoon_ranking(exposures)[0] is Facade.OUEST
    west, east = exposures[Facade.OUEST], exposures[Facade.EST]
    # Mirror images over the day, but west gets its sun when the air is hottest.
    assert west.hot_day_kwh_m2 == pytest.approx(east.hot_day_kwh_m2, rel=0.05)
    assert west.hot_day_afternoon_kwh_m2 > 1.4 * exposures[Facade.SUD].hot_day_afternoon_kwh_m2
    assert west.hot_day_afternoon_kwh_m2 > 5 * east.hot_day_afternoon_kwh_m2
    assert 14 < west.hot_day_peak_solar_hour < 18 and 6 < east.hot_day_peak_solar_hour < 10
    # In August the south façade gets more over the day than east or west, and less at peak.
    south = exposures[Facade.SUD]
    assert south.hot_day_kwh_m2 > west.hot_day_kwh_m2
    assert south.hot_day_peak_w_m2 < west.hot_day_peak_w_m2


def test_glazing_shares_against_the_recommended_ranges() -> None:
    shares = glazing_shares(
        {Facade.SUD: 4.0, Facade.OUEST: 12.0, Facade.EST: 2.0, Facade.NORD: 2.0}
    )
    assert shares[Facade.OUEST].share_pct == pytest.approx(60.0)
    assert shares[Facade.OUEST].verdict is ShareVerdict.EXCESSIF
    assert shares[Facade.SUD].verdict is ShareVerdict.INSUFFISANT  # 20 % < 30 %
    assert shares[Facade.EST].verdict is ShareVerdict.DANS_LA_PLAGE
    assert (shares[Facade.SUD].min_pct, shares[Facade.SUD].max_pct) == (30.0, 50.0)


@pytest.mark.parametrize("areas", [{}, {Facade.SUD: -1.0}, {Facade.SUD: float("inf")}])
def test_bad_glazing_areas_are_refused(areas: dict[Facade, float]) -> None:
    with pytest.raises(AdviceInputError) as caught:
        glazing_shares(areas)
    assert caught.value.field is not None and caught.value.field.startswith("fenetres")
