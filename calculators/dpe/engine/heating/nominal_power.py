"""Estimated nominal power of an individual combustion generator (3CL-DPE 2021, §13.2.2.4).

When the plate is not readable: Pch = 1,2 × GV × (19 − Tbase) / (1000 × 0,95³) [kW] as printed,
divided by 0,953 instead, the convention of the certified programmes (the PDF's superscript lost
in a text extraction; see ``coefficients.json``, « rendement_installation »), prorated by
the heated share when the generator heats part of the dwelling; a boiler that also makes hot
water is sized for Pdim = max(Pch, Pecs), Pecs depending on the hot-water storage volume; the
boiler's Pn is the next standard size (18 kW at least for floor-standing or pre-2006 wall-hung
boilers, then steps of 5 kW above 40 kW). Powers in kW, GV in W/K, volumes in L.
"""

from __future__ import annotations

import math

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import require_fraction, require_positive


def heating_power_kw(gv_w_per_k: float, tbase_c: float, heated_share: float = 1.0) -> float:
    """Pch [kW] = share × 1,2 × GV × (19 − Tbase) / (1000 × 0,953) (§13.2.2.4; the text prints
    0,95³, the certified programmes divide by 0,953)."""
    c = coefficients().puissance_nominale
    gv = require_positive(gv_w_per_k, "déperditions GV")
    share = require_fraction(heated_share, "part de surface chauffée")
    return share * c.facteur_surpuissance * gv * (c.temperature_interieure_c - tbase_c) / (
        1000 * c.rendement_installation
    )


def hot_water_power_kw(storage_volume_l: float) -> float:
    """Pecs [kW] by hot-water storage volume Vs [L] (§13.2.2.4; 0 for instantaneous)."""
    c = coefficients().puissance_nominale
    volume = require_positive(storage_volume_l, "volume de stockage", allow_zero=True)
    semi_inst = c.ecs_semi_instantanee
    semi_acc = c.ecs_semi_accumulation
    if volume == 0:
        return c.ecs_instantanee_kw
    if volume <= semi_inst["volume_max_l"]:
        return semi_inst["constante_kw"] - semi_inst["pente_kw_par_l"] * volume
    if volume <= semi_acc["volume_max_l"]:
        return semi_acc["constante_kw"] - semi_acc["pente_kw"] * (
            volume - semi_acc["volume_min_l"]
        ) / semi_acc["volume_pas_l"]
    acc = c.ecs_accumulation
    return (acc["pente_w_par_l"] * volume + acc["constante_w"]) / 1000


def boiler_nominal_power_kw(pdim_kw: float, wall_hung_since_2006: bool) -> float:
    """Pn [kW] of a boiler sized for Pdim [kW] (§13.2.2.4, table of standard sizes)."""
    c = coefficients().puissance_nominale
    pdim = require_positive(pdim_kw, "puissance de dimensionnement")
    sizes = c.pn_murale_depuis_2006_kw if wall_hung_since_2006 else c.pn_sol_ou_murale_avant_2006_kw
    for upper, size in zip(c.paliers_kw, sizes, strict=True):
        if pdim <= upper:
            return size
    step = c.pas_au_dela_kw
    return (math.floor(pdim / step) + 1) * step
