"""Generation efficiency of hot-water generators burning a fuel (3CL-DPE 2021, annex 1, §14.1).

Hot-water generators are not kept hot: they run 1790 h a year (§14.1). With Becs the energy the
generator supplies [Wh/yr], Rpn its full-load efficiency, QP0 its standby losses [W], Pveil its
pilot light [W] and Qg,w the losses of its tank [Wh/yr]:

- instantaneous gas water heater (§14.1.1): Rg = 1 / (1/Rpn + 1790 × QP0 / Becs
  + 6970 × Pveil / Becs);
- boiler making hot water, gas, oil or wood, with or without tank (§14.1.2):
  Rg × Rs = 1 / (1/Rpn + (1790 × QP0 + Qg,w) / Becs + 6970 × 0.5 × Pveil / Becs);
- gas accumulator (§14.1.3): Rg × Rs = 1 / (1/Rpn + (8592 × QP0 + Qg,w) / Becs
  + 6970 × Pveil / Becs) with QP0 = 1.5 % of Pn.

For a flat on a collective plant (§17.2.1) the « equivalent generator » keeps Rpn, takes
a × Pn, a × Pveil, QP0 of that power and a × Qg,w, a being the flat's share of the living area.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.systems_coefficients import coefficients, require_non_negative

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""


@dataclass(frozen=True, slots=True)
class CombustionGenerator:
    """Characteristics of a fuel-burning generator, from its plate or the method's defaults."""

    pn_w: float
    """Nominal power Pn [W]."""
    rpn: float
    """Full-load efficiency on lower heating value, as a fraction (0.84, not 84)."""
    qp0_w: float
    """Standby losses QP0 [W]."""
    pilot_w: float = 0.0
    """Pilot light Pveil [W]; 0 without a pilot light."""

    def scaled(self, share: float) -> CombustionGenerator:
        """The §17.2.1 « equivalent generator » of a flat: a × Pn, a × QP0, a × Pveil, same Rpn
        (QP0 proportional to Pn in every default of the method)."""
        a = require_non_negative(share, "part de surface de l'appartement")
        return CombustionGenerator(self.pn_w * a, self.rpn, self.qp0_w * a, self.pilot_w * a)


def instantaneous_heater_efficiency(generator: CombustionGenerator, need_kwh: float) -> float:
    """Rg [-] of an instantaneous gas water heater (§14.1.1)."""
    becs, rpn, qp0, pilot = _terms(generator, need_kwh)
    c = coefficients().eau_chaude
    hours = needs_coefficients().pertes_recuperees.heures_fonctionnement_ecs
    return 1.0 / (1.0 / rpn + hours * qp0 / becs + c.heures_veilleuse * pilot / becs)


def boiler_efficiency(
    generator: CombustionGenerator, need_kwh: float, storage_losses_wh: float = 0.0
) -> float:
    """Rg × Rs [-] of a boiler making hot water, with its tank if any (§14.1.2)."""
    becs, rpn, qp0, pilot = _terms(generator, need_kwh)
    losses = require_non_negative(storage_losses_wh, "pertes de stockage")
    c = coefficients().eau_chaude
    hours = needs_coefficients().pertes_recuperees.heures_fonctionnement_ecs
    return 1.0 / (
        1.0 / rpn
        + (hours * qp0 + losses) / becs
        + c.heures_veilleuse * c.part_veilleuse_chaudiere * pilot / becs
    )


def gas_accumulator_efficiency(
    generator: CombustionGenerator, need_kwh: float, storage_losses_wh: float
) -> float:
    """Rg × Rs [-] of a gas accumulator (§14.1.3); its QP0 is 1.5 % of Pn by definition."""
    becs, rpn, _, pilot = _terms(generator, need_kwh)
    losses = require_non_negative(storage_losses_wh, "pertes de stockage")
    c = coefficients().eau_chaude
    qp0 = c.pertes_arret_accumulateur_part_pn * generator.pn_w
    return 1.0 / (
        1.0 / rpn
        + (c.heures_maintien_accumulateur * qp0 + losses) / becs
        + c.heures_veilleuse * pilot / becs
    )


def _terms(generator: CombustionGenerator, need_kwh: float) -> tuple[float, float, float, float]:
    becs = require_non_negative(need_kwh, "besoin d'ECS du générateur", strictly=True) * WH_PER_KWH
    rpn = require_non_negative(generator.rpn, "rendement à pleine charge Rpn", strictly=True)
    qp0 = require_non_negative(generator.qp0_w, "pertes à l'arrêt QP0")
    pilot = require_non_negative(generator.pilot_w, "puissance de veilleuse")
    require_non_negative(generator.pn_w, "puissance nominale")
    return becs, rpn, qp0, pilot
