"""Roof and system inputs: ranges, French messages naming the field, size conversions.

Reference for the default efficiencies: PVWatts v8 module types (NREL SAM ssc,
cmod_pvwattsv8.cpp): « Standard » 19 %, « Thin film » 18 %.
"""

from __future__ import annotations

import math
import re

import pytest

from calculators.solar.errors import SolarInputError
from calculators.solar.horizon import HorizonProfile
from calculators.solar.parameters import Mounting, Technology
from calculators.solar.system import RoofFace


@pytest.mark.parametrize(
    ("kwargs", "field", "text"),
    [
        ({"tilt_deg": -1.0}, "inclinaison", "-1° hors de l'intervalle [0 ; 90]"),
        ({"tilt_deg": 91.0}, "inclinaison", "91° hors de l'intervalle [0 ; 90]"),
        ({"tilt_deg": math.nan}, "inclinaison", "doit être un nombre"),
        ({"tilt_deg": "35"}, "inclinaison", "doit être un nombre"),
        ({"azimuth_deg": -5.0}, "orientation (azimut)", "hors de l'intervalle [0 ; 360]"),
        ({"azimuth_deg": 361.0}, "orientation (azimut)", "hors de l'intervalle [0 ; 360]"),
        ({"peak_power_kwp": -3.0}, "puissance crête", "ne peut pas être négative"),
        ({"peak_power_kwp": 0.0}, "puissance crête", "strictement positive"),
        ({"peak_power_kwp": None, "area_m2": -20.0}, "surface utile", "ne peut pas être négative"),
        ({"area_m2": 20.0}, "puissance crête", "pas les deux"),
        ({"peak_power_kwp": None}, "puissance crête", "Indiquez la puissance crête"),
        ({"system_losses_pct": -1.0}, "pertes système", "hors de l'intervalle [0 ; 100["),
        ({"system_losses_pct": 100.0}, "pertes système", "hors de l'intervalle [0 ; 100["),
        ({"system_losses_pct": 150.0}, "pertes système", "150 % hors"),
        ({"inverter_efficiency": 96.0}, "rendement de l'onduleur", "hors de l'intervalle"),
        ({"technology": "silicium"}, "technologie", "valeurs possibles : c-Si, couche mince"),
        ({"mounting": 3}, "pose des modules", "inconnu"),
    ],
)
def test_bad_inputs_name_their_field(kwargs: dict[str, object], field: str, text: str) -> None:
    values: dict[str, object] = {"tilt_deg": 35.0, "azimuth_deg": 180.0, "peak_power_kwp": 3.0}
    with pytest.raises(SolarInputError, match=re.escape(text)) as caught:
        RoofFace(**(values | kwargs))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("tilt", "azimuth"), [(0.0, 0.0), (90.0, 360.0), (0, 180)])
def test_range_ends_are_accepted(tilt: float, azimuth: float) -> None:
    assert RoofFace(tilt, azimuth, peak_power_kwp=1.0, system_losses_pct=0.0).tilt_deg == tilt


def test_area_and_efficiency_give_peak_power() -> None:
    # kWc = m² × η × 1 kW/m² (STC, IEC 60904-3).
    assert RoofFace(30, 180, area_m2=20.0, module_efficiency=0.21).peak_kwp == pytest.approx(4.2)
    assert RoofFace(30, 180, area_m2=20.0).peak_kwp == pytest.approx(3.8)
    thin = RoofFace(30, 180, area_m2=20.0, technology=Technology.THIN_FILM)
    assert thin.peak_kwp == pytest.approx(3.6)


def test_names_from_the_ui_are_accepted() -> None:
    roof = RoofFace(
        30, 180, peak_power_kwp=3, technology="couche mince", mounting="intégré au bâti"
    )
    assert roof.technology is Technology.THIN_FILM
    assert roof.mounting is Mounting.INTEGRATED


def test_inverter_rating_follows_dc_ac_ratio() -> None:
    # PVWatts: AC rating = P_dc0 / (DC/AC ratio); DC input limit = AC rating / η_nom.
    roof = RoofFace(30, 180, peak_power_kwp=6.0, dc_ac_ratio=1.2, inverter_efficiency=0.96)
    assert roof.inverter_dc_limit_w == pytest.approx(6000.0 / 1.2 / 0.96)


@pytest.mark.parametrize(
    ("points", "text"),
    [
        ([], "de 1 à 48 points (0 reçus)"),
        ([(float(a), 5.0) for a in range(0, 360, 7)], "(52 reçus)"),
        ([(10.0, 95.0)], "point 1 : hauteur 95° hors de [0 ; 90]"),
        ([(10.0, 5.0), (400.0, 5.0)], "point 2 : azimut 400° hors de [0 ; 360]"),
        ([(0.0, 5.0), (360.0, 6.0)], "point 2 : l'azimut 360° est déjà donné"),
        ([(10.0, "haut")], "point 1 : 'haut' n'est pas un nombre"),
        ([(10.0,)], "point 1 : attendu un couple"),
    ],
)
def test_bad_horizon(points: list[tuple[float, float]], text: str) -> None:
    with pytest.raises(SolarInputError, match=re.escape(text)) as caught:
        HorizonProfile.from_points(points)
    assert caught.value.field == "masque d'horizon"


def test_horizon_must_be_a_profile() -> None:
    with pytest.raises(SolarInputError, match=r"HorizonProfile\.from_points"):
        RoofFace(30, 180, peak_power_kwp=3, horizon=[(0.0, 5.0)])  # type: ignore[arg-type]
