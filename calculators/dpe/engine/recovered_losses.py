"""Losses recovered for heating (3CL-DPE 2021, annex 1, §9.1.1, with §11.6 and §15.2.3).

Part of the hot-water distribution and storage losses, and of the standby losses of heat
generators, happens inside the heated volume and lowers the heating need:

- distribution: Qrec_chauff_j = 0.48 × Nrefj × (Qd,w_ind,vc + Qd,w_col,vc) / 8760, with the
  yearly losses in the heated volume Qd,w_ind,vc = 0.5 × Lvc / Sh × Becs = 0.1 × Ratecs × Becs
  (Lvc = 0.2 × Sh × Ratecs) and, for a collective installation, Qd,w_col,vc = 0.112 × Becs;
- storage: Qg,w_rec_j = 0.48 × Nrefj × Qg,w / 8760, Qg,w = 67662 × Vs^0.55 (§11.6.1) or,
  for an electric tank, 8592 × 45 / 24 × Vs × Cr (§11.6.2);
- generation: Qgen_rec_j = 0.48 × Cper × Qp0 × Dperj with Dperj = min(Nrefj ;
  1.3 × Bchhp_j / (0.3 × Pn)), plus Nrefj × 1790 / 8760 for a generator also making hot water.

Only tanks and generators inside the heated volume count, never hot-air generators (§9.1.1),
and neither collective tanks nor collective generators (§17.1.4.2 and the §17.2.1 table:
collective plant stands in unheated rooms), unless a program's recorded reading places a
collective tank in the heated volume (``HotWaterLossesInput.collective_tank_in_volume``).
The yearly values are read as yearly: the 8760 h of the formulas spread them over the year,
Nrefj takes the heating-season share of month j.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from calculators.dpe.engine.climate import Monthly
from calculators.dpe.engine.coefficients import coefficients
from calculators.dpe.engine.needs_errors import require_positive

W_PER_KW = 1000.0
"""Unit conversion, not a regulatory value."""


class GeneratorUse(StrEnum):
    """What a heat generator serves (ADEME ``enum_usage_generateur_id`` 1, 2, 3)."""

    CHAUFFAGE = "chauffage"
    ECS = "ecs"
    CHAUFFAGE_ET_ECS = "chauffage + ecs"


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class HotWaterLossesInput(NamedTuple):
    """One hot-water installation, as §15.2.3 and §11.6 need it."""

    collective: bool
    """Collective installation: adds the 0.112 × Becs of the collective network in the heated
    volume; its tanks are not recovered (§17.1.4.2)."""
    share: float = 1.0
    """Ratecs: share of the need served (0.5 each when two systems are described, §11.4)."""
    storage_losses_wh: float = 0.0
    """Qg,w of the tanks inside the heated volume [Wh/yr] (0 without storage); in a building
    description, those of every dwelling equipped (§17.1.4.2)."""
    collective_tank_in_volume: bool = False
    """A collective installation's tanks recovered all the same, as one certified program
    reads §9.1.1 for a building whose generator stands in the heated volume
    (``EngineConventions.collective_tank_recovered``); never by the text."""


class GeneratorLossesInput(NamedTuple):
    """One heat generator with standby losses, as §9.1.1 needs it."""

    qp0_w: float
    """Standby losses Qp0 [W]."""
    pn_w: float
    """Nominal power Pn [W]."""
    use: GeneratorUse
    ventouse: bool
    """Room-sealed or fan-assisted (Cper = 0.75, else 0.5)."""
    dwellings: float = 1.0
    """Dwellings equipped with such a generator in a building description (§17.1.4.2: the
    losses of a mean flat's generator times the flats equipped)."""


@dataclass(frozen=True, slots=True)
class RecoveredLosses:
    """Monthly recovered losses [Wh] by origin."""

    distribution_wh: Monthly
    storage_wh: Monthly
    generation_wh: Monthly

    @property
    def total_wh(self) -> Monthly:
        return tuple(
            d + s + g
            for d, s, g in zip(
                self.distribution_wh, self.storage_wh, self.generation_wh, strict=True
            )
        )


def storage_losses_accumulation_wh(volume_l: float) -> float:
    """Qg,w = 67662 × Vs^0.55 [Wh/yr] of a storage tank (§11.6.1)."""
    vs = require_positive(volume_l, "volume de stockage ECS", allow_zero=True)
    c = coefficients().pertes_recuperees
    return c.stockage_accumulation_coefficient * vs**c.stockage_accumulation_exposant


def storage_losses_electric_wh(volume_l: float, cr_wh_l_k_day: float) -> float:
    """Qg,w = 8592 × 45 / 24 × Vs × Cr [Wh/yr] of an electric tank (§11.6.2); Cr from the
    official table ``pertes_stockage`` [Wh/(L·°C·day)]."""
    vs = require_positive(volume_l, "volume de stockage ECS", allow_zero=True)
    cr = require_positive(cr_wh_l_k_day, "coefficient de pertes Cr", allow_zero=True)
    c = coefficients().pertes_recuperees
    return (
        c.stockage_electrique_heures * c.stockage_electrique_ecart_temperature / c.heures_jour
        * vs * cr
    )  # fmt: skip


def distribution_losses_heated_volume_wh(
    hot_water_need_wh: float, inst: HotWaterLossesInput
) -> float:
    """Yearly hot-water distribution losses inside the heated volume [Wh/yr] (§15.2.3):
    0.1 × Ratecs × Becs, plus 0.112 × Becs for a collective installation.

    ``hot_water_need_wh`` is the need Becs of the whole dwelling or building [Wh/yr]; the
    collective part is counted on the share of the need this installation serves.
    """
    becs = require_positive(hot_water_need_wh, "besoin d'ECS", allow_zero=True)
    share = require_positive(inst.share, "part du besoin d'ECS", allow_zero=True)
    c = coefficients().pertes_recuperees
    individual = c.pertes_reseau_individuel_par_m * c.longueur_reseau_ecs_m_par_m2 * share * becs
    collective = c.pertes_reseau_collectif_volume_chauffe * share * becs if inst.collective else 0.0
    return individual + collective


def recovered_from_yearly_wh(yearly_losses_wh: float, heating_hours: Sequence[float]) -> Monthly:
    """0.48 × Nrefj × Q / 8760 for each month [Wh] (§9.1.1, distribution and storage)."""
    c = coefficients().pertes_recuperees
    rate, year_h = c.taux_recuperation, c.heures_annee
    return tuple([rate * h * yearly_losses_wh / year_h for h in heating_hours])


def generator_recovered_wh(
    generator: GeneratorLossesInput,
    heating_hours: Sequence[float],
    need_before_recovery_kwh: Sequence[float],
    dwellings: float = 1.0,
) -> Monthly:
    """Qgen_rec_j = 0.48 × Cper × Qp0 × Dperj for each month [Wh] (§9.1.1).

    Dperj [h] = min(Nrefj ; 1.3 × Bchhp_j / (0.3 × Pn)) for heating (Bchhp_j in kWh, Pn in kW),
    Nrefj × 1790 / 8760 for hot water only, and the minimum of Nrefj and their sum for both.
    In a building of ``dwellings`` flats, Bchhp_j is that of the mean flat (the building's
    divided by ``dwellings``) and the result is multiplied by the flats equipped (§17.1.4.2).
    """
    qp0 = require_positive(generator.qp0_w, "pertes à l'arrêt Qp0", allow_zero=True)
    count = require_positive(generator.dwellings, "logements équipés", allow_zero=True)
    per_dwelling = require_positive(dwellings, "nombre de logements")
    c = coefficients().pertes_recuperees
    cper = c.part_parois_ventouse if generator.ventouse else c.part_parois_autres
    pn_kw = require_positive(generator.pn_w, "puissance nominale Pn", allow_zero=True) / W_PER_KW
    months: list[float] = []
    for nref, need in zip(heating_hours, need_before_recovery_kwh, strict=True):
        heating = (
            c.surdimensionnement_besoin * need / per_dwelling / (c.taux_charge_nominale * pn_kw)
            if pn_kw
            else 0.0
        )
        hot_water = nref * c.heures_fonctionnement_ecs / c.heures_annee
        if generator.use is GeneratorUse.CHAUFFAGE:
            duration = min(nref, heating)
        elif generator.use is GeneratorUse.ECS:
            duration = hot_water
        else:
            duration = min(nref, heating + hot_water)
        months.append(c.taux_recuperation * cper * qp0 * duration * count)
    return tuple(months)


def recovered_losses(
    hot_water_need_wh: float,
    installations: Sequence[HotWaterLossesInput],
    generators: Sequence[GeneratorLossesInput],
    heating_hours: Sequence[float],
    need_before_recovery_kwh: Sequence[float],
    dwellings: float = 1.0,
) -> RecoveredLosses:
    """All losses recovered for heating, month by month [Wh] (§9.1.1), for one set point
    (``heating_hours`` and ``need_before_recovery_kwh`` of 19 °C or of 21 °C) and the
    ``dwellings`` described."""
    distribution = 0.0
    for inst in installations:
        distribution += distribution_losses_heated_volume_wh(hot_water_need_wh, inst)
    storage = 0.0
    for inst in installations:
        if not inst.collective or inst.collective_tank_in_volume:
            storage += require_positive(
                inst.storage_losses_wh, "pertes de stockage", allow_zero=True
            )
    generation: Sequence[float] = [0.0] * len(heating_hours)
    for generator in generators:
        months = generator_recovered_wh(
            generator, heating_hours, need_before_recovery_kwh, dwellings
        )
        generation = [total + value for total, value in zip(generation, months, strict=True)]
    return RecoveredLosses(
        distribution_wh=recovered_from_yearly_wh(distribution, heating_hours),
        storage_wh=recovered_from_yearly_wh(storage, heating_hours),
        generation_wh=tuple(generation),
    )
