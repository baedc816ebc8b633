"""Collective base with individual back-up (3CL-DPE 2021, §9.8).

The collective base runs alone while the outdoor temperature is above the sizing temperature
T = 14 − Pe × DH14 / Bch, where Pe = Pn × Rd × Rr × Re is the useful power of the base [kW].
Each month it covers Bch_base,j = Bch,j × (1 − DHT,j / DH14,j), with the degree-hours below T
DHT,j = Nref,j × (Text,j − Tbase) × X^5 × (14 − 28X + 20X² − 5X³), X = 0,5 (T − Tbase) /
(Text,j − Tbase); the individual back-up covers the rest.

Without a known base power (a heat pump or Joule base), the text says « l'appoint est supposé
être dimensionné pour assurer 50 % du besoin ». We read « dimensionné » as a sizing of power:
the back-up supplies half of the instantaneous need at Tbase, so the base's useful power is the
other half, Pe = 0,5 × Bch × (14 − Tbase) / DH14 (the instantaneous need of the method's
degree-hour model is Bch × (14 − Text) / DH14), hence T = 14 − 0,5 × (14 − Tbase) and the same
monthly split. The base then covers 88–90 % of the need; the certified engine of the corpus
files (3cl_tribu 1.4.23–1.4.24) gives it 83–93 %, where reading « 50 % of the energy » gives
50 % and misses their heating consumption by up to 20 % (``docs/dpe-engine-heating.md``).

Needs in kWh (monthly, January first), powers in kW, temperatures in °C, degree-hours in °C·h.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import HeatingInputError, require_positive


@dataclass(frozen=True, slots=True)
class MonthlyClimate:
    """The §18 data the split needs, twelve months each: DH14 [°C·h], heating hours Nref
    [h], mean outdoor temperature Text [°C] (None outside the heating season); and Tbase."""

    dh14: Sequence[float]
    nref: Sequence[float]
    text: Sequence[float | None]
    tbase_c: float


def sizing_temperature(pe_kw: float, besoin_kwh: float, dh14_season: float) -> float:
    """T [°C] = 14 − Pe × DH14 / Bch (§9.8)."""
    need = require_positive(besoin_kwh, "besoin de chauffage")
    return coefficients().base_appoint_temperature_c - pe_kw * dh14_season / need


def sizing_temperature_without_power(tbase_c: float) -> float:
    """T [°C] = 14 − 0,5 × (14 − Tbase) when the base power is unknown: the back-up is sized for
    half the instantaneous need at Tbase (§9.8, see the module docstring)."""
    c = coefficients()
    return c.base_appoint_temperature_c - c.base_appoint_part_sans_puissance * (
        c.base_appoint_temperature_c - tbase_c
    )


def base_share(
    pe_kw: float | None, besoin_mensuel_kwh: Sequence[float], climate: MonthlyClimate
) -> float:
    """Share [-] of the annual need covered by the collective base (§9.8).

    ``pe_kw`` None (base power unknown): the back-up sized for half the need at Tbase
    (:func:`sizing_temperature_without_power`).
    """
    months = [require_positive(b, "besoin mensuel", allow_zero=True) for b in besoin_mensuel_kwh]
    if len(months) != 12 or not all(
        len(series) == 12 for series in (climate.dh14, climate.nref, climate.text)
    ):
        raise HeatingInputError("douze valeurs mensuelles attendues.", field="besoin mensuel")
    total = sum(months)
    if total <= 0:
        return 1.0
    if pe_kw is None:
        t = sizing_temperature_without_power(climate.tbase_c)
    else:
        pe = require_positive(pe_kw, "puissance émise Pe")
        t = sizing_temperature(pe, total, sum(climate.dh14))
    covered = 0.0
    for need, dh14, nref, text in zip(
        months, climate.dh14, climate.nref, climate.text, strict=True
    ):
        if need <= 0 or dh14 <= 0 or text is None:
            covered += need
            continue
        covered += need * (1 - min(1.0, _degree_hours_below(t, nref, text, climate.tbase_c) / dh14))
    return covered / total


def _degree_hours_below(t: float, nref: float, text: float, tbase: float) -> float:
    """DHT,j [°C·h] of §9.8, nil when the sizing temperature is at or below Tbase."""
    if text <= tbase:
        return 0.0
    x = 0.5 * (t - tbase) / (text - tbase)
    if x <= 0:
        return 0.0
    return max(0.0, nref * (text - tbase) * x**5 * (14 - 28 * x + 20 * x**2 - 5 * x**3))
