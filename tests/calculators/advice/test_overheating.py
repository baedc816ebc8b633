"""Summer comfort screening: the periodic solve against a time-stepped zone, the daily
balance by hand, and the two contrasting projects.

References: ``oracle.py`` (finite volumes + Crank–Nicolson, periodic state solved exactly);
the daily mean heat balance (the mean indoor temperature of a periodic state only depends on
steady conductances); 3CL-DPE 2021 § 6.1 for the internal gains
((3.18 + 0.34) W/m² × Sh + 90 W × 132/168 × Nadeq, § 11.1 Nadeq).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic import (
    BioclimaticProject,
    ElementKind,
    Facade,
    InternalMass,
    Layer,
    OpaqueElement,
    SolarProtection,
    SummerZone,
    Window,
    WindowAiring,
    element_characteristics,
)
from calculators.advice.bioclimatic.hot_day import HotDay
from calculators.advice.bioclimatic.overheating import (
    ComfortVerdict,
    sol_air_c,
    summer_comfort,
    window_solar_w,
)
from calculators.advice.bioclimatic.time_lag import surface_resistances
from tests.calculators.advice.oracle import zone_indoor_c
from tests.calculators.advice.projects import badly_designed, well_designed
from tests.calculators.advice.tolerances import ORACLE_ZONE_K

CLOSED = {"window_airing": WindowAiring.AUCUNE, "internal_gains_w": 400.0}


@pytest.mark.parametrize("project", [well_designed, badly_designed], ids=["lourde", "legere"])
def test_periodic_solve_matches_a_time_stepped_zone(
    project: Callable[[], BioclimaticProject], h1a_day: HotDay
) -> None:
    zone = dataclasses.replace(project().zone, **CLOSED)
    fast = summer_comfort(zone, h1a_day).indoor_c
    slow = zone_indoor_c(zone, h1a_day)
    assert np.abs(fast - slow).max() < ORACLE_ZONE_K


def test_daily_mean_follows_the_steady_balance(h1a_day: HotDay) -> None:
    zone = dataclasses.replace(well_designed().zone, **CLOSED)
    conductance = heat_in = 0.0
    for element in zone.opaque:
        ua = element.area_m2 * element_characteristics(element.layers, element.kind).u_w_m2k
        rse = surface_resistances(element.kind).rse_m2k_w
        sol_air = sol_air_c(
            h1a_day, h1a_day.outdoor_c, element.tilt_deg, element.azimuth_deg, element.alpha, rse
        )
        conductance += ua
        heat_in += ua * float(sol_air.mean())
    # Windows Uw·A, hygiene 0.5 vol/h × 250 m³ × 0.34 Wh/(m³·K).
    h_air = sum(w.area_m2 * w.uw for w in zone.windows) + 0.5 * 250 * 0.34
    gains = sum(float(window_solar_w(w, h1a_day).mean()) for w in zone.windows) + 400.0
    expected = (heat_in + h_air * float(h1a_day.outdoor_c.mean()) + gains) / (conductance + h_air)
    assert summer_comfort(zone, h1a_day).mean_c == pytest.approx(expected, abs=1e-9)


def test_default_internal_gains_follow_3cl(h1a_day: HotDay) -> None:
    # 100 m² house: Nmax = 0.025 × 100 = 2.5, Nadeq = 1.75 + 0.3 × 0.75 = 1.975.
    watts = 3.52 * 100 + 90 * 132 / 168 * 1.975
    result = summer_comfort(well_designed().zone, h1a_day)
    assert result.internal_gains_kwh == pytest.approx(24 * watts / 1000)


def test_the_two_projects_fall_on_either_side(h1a_day: HotDay) -> None:
    good = summer_comfort(well_designed().zone, h1a_day)
    bad = summer_comfort(badly_designed().zone, h1a_day)
    assert good.verdict is ComfortVerdict.CONFORTABLE
    assert np.all(good.indoor_c <= good.comfort_c)
    assert good.max_c < 28.0 and good.degree_hours_c_h == 0.0
    assert bad.verdict is ComfortVerdict.SURCHAUFFE
    assert bad.max_c > good.max_c + 8
    assert bad.max_exceedance_k > 2.0 and bad.degree_hours_c_h > 50
    # West glazing: most of the sun comes in through the west, and the peak comes late.
    assert max(bad.window_gains_kwh, key=lambda f: bad.window_gains_kwh[f]) is Facade.OUEST
    assert bad.peak_solar_hour > good.peak_solar_hour >= 14


def test_windows_open_exactly_when_it_is_cooler_outside(h1a_day: HotDay) -> None:
    for project in (well_designed(), badly_designed()):
        result = summer_comfort(project.zone, h1a_day)
        cooler = h1a_day.outdoor_c < result.indoor_c
        assert result.airing_hours_h == pytest.approx(cooler.sum() * h1a_day.sky.step_h)


def test_each_lever_cools_the_badly_designed_house(h1a_day: HotDay) -> None:
    zone = badly_designed().zone
    base = summer_comfort(zone, h1a_day)
    louvres = dataclasses.replace(
        zone,
        windows=tuple(
            dataclasses.replace(w, protection=SolarProtection.BRISE_SOLEIL_ORIENTABLE)
            for w in zone.windows
        ),
    )
    slab = InternalMass("dalle béton", 100.0, (Layer("beton_arme", 0.15),))
    heavy = dataclasses.replace(zone, internal_masses=(slab,))
    through = dataclasses.replace(zone, window_airing=WindowAiring.TRAVERSANTE)
    assert summer_comfort(louvres, h1a_day).max_c < base.max_c - 2
    heavy_result = summer_comfort(heavy, h1a_day)
    assert heavy_result.max_c - heavy_result.min_c < 0.7 * (base.max_c - base.min_c)
    assert summer_comfort(through, h1a_day).max_c < base.max_c - 2


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: SummerZone(0.0, 250.0), "surface_m2"),
        (lambda: SummerZone(100.0, -1.0), "volume_m3"),
        (lambda: SummerZone(100.0, 250.0, window_airing="grande_ouverte"), "aeration_fenetres"),
        (lambda: Window(Facade.SUD, 4.0, solar_factor=1.5), "fenetres.sw"),
        (lambda: Window(Facade.SUD, -4.0), "fenetres.surface_m2"),
        (lambda: Window("sud-ouest", 4.0), "fenetres.facade"),
        (lambda: Window(Facade.SUD, 4.0, protection="rideau"), "fenetres.protection"),
        (lambda: Window(Facade.SUD, 4.0, overhang_depth_m=1.0), "fenetres.hauteur_m"),
        (lambda: OpaqueElement("mur", ElementKind.MUR, 10.0, ()), "parois.couches"),
        (
            lambda: OpaqueElement("toit", ElementKind.TOITURE, 10.0, (Layer("osb", 0.02),), 120.0),
            "parois.inclinaison_deg",
        ),
    ],
)
def test_bad_zone_input_is_refused_naming_the_field(
    build: Callable[[], object], field: str
) -> None:
    with pytest.raises(AdviceInputError) as caught:
        build()
    assert caught.value.field == field
