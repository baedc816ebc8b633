"""Cooling need and consumption of the 3CL-DPE 2021 method (annex 1, chapter 10).

- §10.2: the monthly need Bfr_j [kWh] from the gains of the cooling period (internal and solar,
  §6.1), the loss coefficient GV and the zone's cooling hours and temperatures (§18.2): nothing
  below a heat-balance ratio of 1/2, else gains minus the losses weighted by the gain-use factor;
  set point 28 °C (conventional) or 26 °C (*dépensier*).
- §10.3: Cfr = 0.9 × Bfr / EER [kWh/yr] with EER = 0.95 × SEER, the default SEER (or EER
  before 2008) by zone and installation period being ADEME's table ``seer``; when only part of
  the dwelling is cooled, the consumption is scaled by the cooled share of the living area.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from calculators.dpe.engine.climate import ClimateZone, MonthlyClimate
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)
from calculators.dpe.tables import find_rows


class CoolingPeriod(IntEnum):
    """Installation period of a cooling system (ADEME ``enum_periode_installation_fr_id``)."""

    AVANT_2008 = 1
    DE_2008_A_2014 = 2
    DEPUIS_2015 = 3


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class CoolingGains(NamedTuple):
    """Monthly gains of the cooling period [Wh], January first (§6.1 applied to cooling)."""

    internal_wh: Sequence[float]
    solar_wh: Sequence[float]


def default_eer(zone: ClimateZone, period: CoolingPeriod) -> float:
    """Default EER [-] of the zone and period (§10.3 table, ADEME ``seer``): 0.95 × SEER, or
    the tabulated EER itself for systems installed before 2008."""
    zone_id = list(ClimateZone).index(ClimateZone(zone)) + 1
    rows = find_rows(
        "seer", enum_zone_climatique_id=zone_id, enum_periode_installation_fr_id=int(period)
    )
    if not rows:
        raise SystemsInputError(
            f"période d'installation de la climatisation : « {period} » inconnue.",
            field="période d'installation",
        )
    return rows[0].number("eer")


def eer_from_seer(seer: float) -> float:
    """EER = 0.95 × SEER [-] for a justified SEER (§10.3)."""
    value = require_non_negative(seer, "SEER", strictly=True)
    return coefficients().refroidissement.rapport_eer_seer * value


def cooling_kwh(
    need_kwh: float, eer: float, cooled_area_m2: float | None = None, living_area_m2: float = 1.0
) -> float:
    """Cfr = 0.9 × Bfr / EER × Sclim / Sh [kWh/yr] (§10.3).

    ``need_kwh`` is Bfr of the whole dwelling (or building); ``cooled_area_m2`` the cooled part
    of ``living_area_m2`` (None: the whole dwelling is cooled).
    """
    need = require_non_negative(need_kwh, "besoin de froid")
    ratio = require_non_negative(eer, "EER", strictly=True)
    share = 1.0
    if cooled_area_m2 is not None:
        living = require_non_negative(living_area_m2, "surface habitable", strictly=True)
        share = require_non_negative(cooled_area_m2, "surface climatisée") / living
    return coefficients().refroidissement.coefficient_intermittence * need / ratio * share


def monthly_cooling_need_kwh(
    gains: CoolingGains,
    gv_w_k: float,
    living_area_m2: float,
    inertia: InertiaClass,
    climate: MonthlyClimate,
    *,
    depensier: bool = False,
) -> tuple[float, ...]:
    """Monthly cooling need Bfr_j [kWh] (§10.2), January first.

    Rbth_j = (Ai + As) / (GV × (Text_clim − Tint) × Nref); Bfr_j = 0 when Rbth_j < 1/2, else
    (Ai + As) / 1000 − fut_j × GV / 1000 × (Tint − Text_clim) × Nref_j with
    fut_j = (1 − Rbth^−a) / (1 − Rbth^(−a−1)) (a / (a + 1) when Rbth = 1), a = 1 + τ / 15,
    τ = Cin / (3600 × GV) [h]. ``gv_w_k`` [W/K] includes air renewal; ``climate`` gives
    Nref28/26 [h] and Textmoy_clim28/26 [°C].
    """
    c = coefficients().refroidissement
    gv = require_non_negative(gv_w_k, "GV", strictly=True)
    area = require_non_negative(living_area_m2, "surface habitable", strictly=True)
    set_point = c.consigne_depensier_c if depensier else c.consigne_conventionnelle_c
    hours = climate.nref26 if depensier else climate.nref28
    outdoor = climate.textmoy_clim26 if depensier else climate.textmoy_clim28
    cin = c.capacite_interieure_j_k_m2[_inertia_key(inertia)] * area
    a = 1 + cin / (c.secondes_par_heure * gv) / c.diviseur_constante_temps_h
    if len(gains.internal_wh) != 12 or len(gains.solar_wh) != 12:
        raise SystemsInputError(
            "apports de la période de froid : douze valeurs mensuelles attendues", field="apports"
        )
    needs: list[float] = []
    for ai, as_, nref, text in zip(gains.internal_wh, gains.solar_wh, hours, outdoor, strict=True):
        if nref <= 0 or text is None:
            needs.append(0.0)
            continue
        total_gains = ai + as_
        losses = gv * (text - set_point) * nref
        rbth = total_gains / losses if losses else math.inf
        if rbth < c.seuil_rbth:
            needs.append(0.0)
            continue
        fut = _use_factor(rbth, a)
        needs.append(
            total_gains / c.wh_par_kwh - fut * gv / c.wh_par_kwh * (set_point - text) * nref
        )
    return tuple(needs)


def _use_factor(rbth: float, a: float) -> float:
    """fut_j of §10.2 (the limit a / (a + 1) at Rbth = 1; 1 for an unbounded ratio)."""
    if math.isinf(rbth):
        return 1.0
    if rbth == 1:
        return a / (a + 1)
    return (1 - rbth**-a) / (1 - rbth ** (-a - 1))


def _inertia_key(inertia: InertiaClass) -> str:
    if inertia.heavy:
        return "lourde"
    return "moyenne" if inertia is InertiaClass.MOYENNE else "legere"
