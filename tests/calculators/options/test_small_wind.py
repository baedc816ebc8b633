"""Small wind turbine: roughness correction, certified power curve, cost per kWh, verdicts.

References: logarithmic wind profile with roughness lengths of Wieringa (1992) and a blending
height of 60 m; the SWCC power curve of the Kestrel e400nb (7.0 m/s → 0.763 kW); capital
recovery factor CRF = r / (1 − (1 + r)^−n); the reference typical years of ../shared/data/weather
(PVGIS, ERA5 wind at 10 m) for the urban case.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from calculators.options import OptionInputError, Verdict
from calculators.options.small_wind import (
    WindSite,
    assess_small_wind,
    hub_wind_m_s,
    turbine_energy_kwh,
)

HOURS = 8760
SPRING_2026 = date(2026, 3, 1)


def test_log_law_with_blending_height() -> None:
    # 5 m/s at 10 m over z0 = 0.1 m → 60 m: 5·ln(600)/ln(100); back down over open flat
    # country (z0 = 0.03 m, no obstacle) to a 10 m hub: × ln(10/0.03)/ln(60/0.03).
    site = WindSite(10.0, "rase_campagne", 0.0)
    expected = 5 * math.log(600) / math.log(100) * math.log(10 / 0.03) / math.log(60 / 0.03)
    assert hub_wind_m_s(np.full(HOURS, 5.0), site) == pytest.approx(np.full(HOURS, expected))


def test_hub_inside_the_buildings_gets_no_wind() -> None:
    # City centre, 15 m buildings: displacement 0.7 × 15 = 10.5 m; a 12 m hub is 1.5 m above
    # it, within z0 = 2 m of the canopy.
    site = WindSite(12.0, "centre_ville", 15.0)
    assert np.all(hub_wind_m_s(np.full(HOURS, 6.0), site) == 0.0)


def test_energy_from_the_certified_power_curve() -> None:
    # SWCC test point: 7.0 m/s → 0.763 kW, all year long.
    assert turbine_energy_kwh(np.full(HOURS, 7.0)) == pytest.approx(0.763 * HOURS)
    assert turbine_energy_kwh(np.full(HOURS, 3.0)) == 0.0  # below cut-in


def test_windy_open_site_is_possible_with_a_permit() -> None:
    # 8 m/s at 10 m, open flat country, 20 m mast: ≈ 9.5 m/s at hub, ≈ 17 MWh/yr; cost per
    # kWh = 17,500 € × (CRF(3 %, 20 yr) + 2 %) / energy, well below the 0.194 €/kWh tariff.
    result = assess_small_wind(
        WindSite(20.0, "rase_campagne", 0.0), np.full(HOURS, 8.0), SPRING_2026
    )
    crf = 0.03 / (1 - 1.03**-20)
    energy = result.figures["production_kwh_par_an"]
    assert result.figures["cout_eur_par_kwh"] == pytest.approx(17500 * (crf + 0.02) / energy)
    assert result.verdict is Verdict.CONDITIONAL
    assert any("permis de construire" in r for r in result.reasons)


@pytest.fixture(scope="module")
def typical_wind(shared_dir: Path) -> np.ndarray:
    path = shared_dir / "data" / "weather" / "tmy_50.811_3.310_2005_2020.csv"
    if not path.exists():
        pytest.skip(f"année type de référence absente : {path}")
    return pd.read_csv(path)["WS10m"].to_numpy()


def test_town_centre_turbine_is_not_profitable(typical_wind) -> None:
    # A mast just above 10 m roofs in the town centre: the tool must say « pas rentable ».
    result = assess_small_wind(WindSite(12.0, "centre_ville", 10.0), typical_wind, SPRING_2026)
    assert result.verdict is Verdict.NOT_ADVISED
    assert any(r.startswith("Pas rentable") for r in result.reasons)
    assert result.figures["facteur_de_charge"] < 0.01
    assert all(math.isfinite(v) for v in result.figures.values())


def test_no_wind_at_the_hub_gives_no_cost_figure_rather_than_infinity() -> None:
    result = assess_small_wind(
        WindSite(12.0, "centre_ville", 15.0), np.full(HOURS, 6.0), SPRING_2026
    )
    assert result.verdict is Verdict.NOT_ADVISED
    assert result.figures["production_kwh_par_an"] == 0.0
    assert "cout_eur_par_kwh" not in result.figures
    assert all(math.isfinite(v) for v in result.figures.values())


def test_suburban_roof_turbine_is_not_profitable_either(typical_wind) -> None:
    result = assess_small_wind(
        WindSite(11.0, "zone_pavillonnaire_bois", 7.0),
        typical_wind,
        SPRING_2026,
        reference_height_m=10.0,
    )
    assert result.verdict is Verdict.NOT_ADVISED
    assert result.figures["cout_eur_par_kwh"] > 2 * result.figures["prix_electricite_eur_par_kwh"]


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: WindSite(12.0, "désert", 5.0), "terrain"),
        (lambda: WindSite(-3.0, "centre_ville", 5.0), "hauteur_moyeu"),
        (lambda: WindSite(12.0, "centre_ville", float("nan")), "hauteur_obstacles"),
    ],
)
def test_bad_site_is_refused_with_the_field(make, field) -> None:
    with pytest.raises(OptionInputError) as caught:
        make()
    assert caught.value.field == field


def test_bad_wind_array_is_refused() -> None:
    with pytest.raises(ValueError, match="8760") as caught:
        assess_small_wind(WindSite(12.0, "centre_ville", 5.0), np.ones(10), SPRING_2026)
    assert caught.value.field == "vent"
