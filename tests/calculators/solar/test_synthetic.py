"""Synthetic typical year from monthly figures.

References: Bendt, Collares-Pereira & Rabl (1981), Solar Energy 27(1) 1–5 (distribution of
daily clearness, its k_max and mean); the brief's validation: rebuild the reference PVGIS
year from its own monthly GHI and temperature, run the same PV system on both, compare.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from calculators.solar.errors import WeatherError
from calculators.solar.parameters import Mounting
from calculators.solar.pv import simulate_roof
from calculators.solar.system import RoofFace
from calculators.solar.weather import MonthlyClimate, Site, TypicalYear, synthetic_year
from calculators.solar.weather.daily_clearness import (
    KT_MIN,
    LAG1_AUTOCORRELATION,
    BendtDistribution,
    kt_max,
    persistent_uniforms,
)
from tests.calculators.solar.conftest import ILLUSTRATIVE_CLIMATE
from tests.calculators.solar.tolerances import (
    SYNTHETIC_ANNUAL_REL,
    SYNTHETIC_MONTH_REL_SUMMER,
    SYNTHETIC_MONTH_REL_WINTER,
)

BETHUNE = Site(50.53, 2.64, 25.0)
WINTER = {11, 12, 1, 2}


def test_kt_max_follows_bendt() -> None:
    # Bendt 1981: k_max = 0.6313 + 0.267 K_T − 11.9 (K_T − 0.75)^8; at K_T = 0.5 → 0.76462.
    assert kt_max(0.5) == pytest.approx(0.6313 + 0.1335 - 11.9 * 0.25**8, rel=1e-12)


@pytest.mark.parametrize("mean_kt", [0.12, 0.3, 0.45, 0.6])
def test_distribution_has_the_requested_mean(mean_kt: float) -> None:
    # The bisection solves the mean equation to machine precision; check by integrating the
    # quantile function over 200,001 points (mean = ∫ Q(u) du), midpoint error ~1e-10.
    law = BendtDistribution.for_mean(mean_kt)
    u = (np.arange(200_001) + 0.5) / 200_001
    assert law.mean() == pytest.approx(mean_kt, rel=1e-9)
    assert law.quantile(u).mean() == pytest.approx(mean_kt, rel=1e-6)
    assert law.quantile(np.array([0.0, 1.0])) == pytest.approx([KT_MIN, kt_max(mean_kt)])


def test_daily_persistence() -> None:
    # 20,000 draws: the lag-1 autocorrelation of Φ⁻¹(u) estimates the AR(1) coefficient with
    # a standard error of 1/√n ≈ 0.007; 0.03 is over 4 standard errors.
    u = persistent_uniforms(20_000, np.random.default_rng(3), LAG1_AUTOCORRELATION)
    from statistics import NormalDist

    gaussian = np.array([NormalDist().inv_cdf(p) for p in u])
    lag1 = np.corrcoef(gaussian[:-1], gaussian[1:])[0, 1]
    assert lag1 == pytest.approx(LAG1_AUTOCORRELATION, abs=0.03)


def test_monthly_figures_are_kept_exactly(illustrative_year: TypicalYear) -> None:
    # Daily draws are rescaled month by month and the temperature swing averages to zero
    # over each day, so the monthly figures come back to rounding error.
    assert illustrative_year.monthly_ghi_kwh_m2() == pytest.approx(
        ILLUSTRATIVE_CLIMATE.ghi_kwh_m2, rel=1e-9
    )
    assert illustrative_year.monthly_mean_temp_c() == pytest.approx(
        ILLUSTRATIVE_CLIMATE.temp_air_c, abs=1e-9
    )
    assert illustrative_year.synthetic is True
    assert illustrative_year.source.startswith("année type synthétique")
    assert ILLUSTRATIVE_CLIMATE.source in illustrative_year.source
    hourly = illustrative_year.hourly
    closure = hourly["dhi"] + hourly["dni"] * _cos_zenith(illustrative_year)
    assert np.abs(closure - hourly["ghi"]).max() < 1e-6


def _cos_zenith(year: TypicalYear) -> np.ndarray:
    from pvlib.location import Location

    site = year.site
    sun = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    zenith = sun.get_solarposition(year.solar_times)["zenith"].to_numpy()
    return np.clip(np.cos(np.radians(zenith)), 0.0, None)


def test_same_seed_same_year_other_seed_other_days(illustrative_year: TypicalYear) -> None:
    again = synthetic_year(BETHUNE, ILLUSTRATIVE_CLIMATE)
    other = synthetic_year(BETHUNE, ILLUSTRATIVE_CLIMATE, seed=1)
    assert again.hourly.equals(illustrative_year.hourly)
    assert not other.hourly["ghi"].equals(illustrative_year.hourly["ghi"])
    assert other.monthly_ghi_kwh_m2() == pytest.approx(ILLUSTRATIVE_CLIMATE.ghi_kwh_m2)


def test_synthetic_year_reproduces_reference_pv_yield(reference_year: TypicalYear) -> None:
    climate = MonthlyClimate(
        reference_year.monthly_ghi_kwh_m2(),
        reference_year.monthly_mean_temp_c(),
        source="moyennes mensuelles de l'année type PVGIS 50.811 N 3.310 E",
    )
    synthetic = synthetic_year(reference_year.site, climate)
    roof = RoofFace(35.0, 180.0, peak_power_kwp=1.0, mounting=Mounting.OPEN_RACK)
    real, built = simulate_roof(reference_year, roof), simulate_roof(synthetic, roof)
    assert built.annual_kwh == pytest.approx(real.annual_kwh, rel=SYNTHETIC_ANNUAL_REL)
    for month, (a, b) in enumerate(zip(real.monthly_kwh, built.monthly_kwh, strict=True), 1):
        tolerance = SYNTHETIC_MONTH_REL_WINTER if month in WINTER else SYNTHETIC_MONTH_REL_SUMMER
        assert b == pytest.approx(a, rel=tolerance), f"mois {month}"


@pytest.mark.parametrize(
    ("change", "field", "text"),
    [
        ({"ghi_kwh_m2": (50.0,) * 11}, "GHI", "12 valeurs mensuelles attendues, 11 reçues"),
        ({"ghi_kwh_m2": (-1.0,) + (50.0,) * 11}, "GHI de janvier", "GHI de janvier : -1.0"),
        (
            {"temp_air_c": (10.0,) * 6 + (math.nan,) + (10.0,) * 5},
            "température moyenne de juillet",
            "hors de l'intervalle",
        ),
        ({"wind_speed_m_s": (3.0,) * 12 + (3.0,)}, "vent moyen", "13 reçues"),
        ({"source": " "}, "source", "Indiquez la source"),
    ],
)
def test_bad_monthly_figures(change: dict[str, object], field: str, text: str) -> None:
    values = {
        "ghi_kwh_m2": ILLUSTRATIVE_CLIMATE.ghi_kwh_m2,
        "temp_air_c": ILLUSTRATIVE_CLIMATE.temp_air_c,
        "source": "essai",
    } | change
    with pytest.raises(WeatherError, match=re.escape(text)) as caught:
        MonthlyClimate(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_december_irradiation_impossible_at_this_latitude() -> None:
    # Extraterrestrial horizontal irradiation in December at 50.5° N is ~35 kWh/m²: 60 is
    # above anything a sky can deliver.
    climate = MonthlyClimate(
        (*ILLUSTRATIVE_CLIMATE.ghi_kwh_m2[:11], 60.0), ILLUSTRATIVE_CLIMATE.temp_air_c, "essai"
    )
    with pytest.raises(WeatherError, match="GHI de décembre incompatible") as caught:
        synthetic_year(BETHUNE, climate)
    assert caught.value.field == "GHI de décembre"
