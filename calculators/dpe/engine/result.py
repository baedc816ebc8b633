"""What :func:`~calculators.dpe.engine.pipeline.compute_dpe` returns: each stage's result, the
final figures, the rules applied, and why a figure is missing when it is.

A stage is done (its field holds its result), refused (it met an input it cannot handle: an
:class:`Unsupported` entry names it and the reason, in French, and nothing after it was computed),
or not run (``stop_after``). The label is given only when every stage was done: never a label
computed from a partial consumption.

Units: losses W/K, needs and consumptions kWh/yr of final energy, per-m² indicators kWh/(m²·yr)
and kgCO2eq/(m²·yr). Needs (``besoin_*``, ``nadeq``) are those of what the file describes (a whole
building for a building DPE and for a flat generated from building data, as the ADEME outputs
write them); consumptions and indicators are those of the dwelling (or building) of the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calculators.dpe.engine.auxiliaries_from_ademe import AuxiliariesResult
from calculators.dpe.engine.envelope import EnvelopeResult
from calculators.dpe.engine.heating import HeatingResult
from calculators.dpe.engine.hot_water.from_ademe import InstallationResult
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.pv_deduction import SelfConsumption
from calculators.dpe.engine.totals import DpeTotals
from calculators.dpe.labels import LabelResult

STAGES = (
    "envelope",
    "needs",
    "heating",
    "hot_water",
    "cooling",
    "lighting",
    "auxiliaries",
    "pv",
    "totals",
)
"""The stages in the order they run (the values ``stop_after`` accepts)."""
STAGE_LABELS = {
    "envelope": "enveloppe",
    "needs": "besoins",
    "heating": "chauffage",
    "hot_water": "eau chaude sanitaire",
    "cooling": "refroidissement",
    "lighting": "éclairage",
    "auxiliaries": "auxiliaires",
    "pv": "production photovoltaïque",
    "totals": "totaux et étiquette",
}
"""French names of the stages, for messages."""


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A stage that met an input it cannot handle, and why (French)."""

    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{STAGE_LABELS[self.stage]} : {self.reason}"


@dataclass(frozen=True, slots=True)
class HotWaterStage:
    """Hot-water consumption of the dwelling [kWh/yr] and the installations it comes from.

    ``installations`` are at the scale of their need (see
    :class:`~calculators.dpe.engine.hot_water.from_ademe.InstallationResult`); the totals are the
    dwelling's share. ``by_energy`` is keyed by the energies of :mod:`calculators.dpe.rules`.
    """

    installations: tuple[InstallationResult, ...]
    conso_ecs_kwh: float
    conso_ecs_depensier_kwh: float
    by_energy: Mapping[str, float]
    by_energy_depensier: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class DpeResult:
    """A dwelling's 3CL-DPE 2021 computation on the date ``at`` (a « pré-diagnostic, non
    opposable »): stage results (None when not computed), rules version, and explanations."""

    numero_dpe: str | None
    at: date
    rules_version: str
    electricity_primary_factor: float
    surface_reference_m2: float | None
    """Reference surface of the indicators [m²]: the dwelling's, the building's for a building
    DPE."""
    envelope: EnvelopeResult | None = None
    needs: NeedsResult | None = None
    heating: HeatingResult | None = None
    hot_water: HotWaterStage | None = None
    cooling_kwh: float | None = None
    """Cooling electricity [kWh/yr] (0 without a cooling system)."""
    cooling_depensier_kwh: float | None = None
    lighting_kwh: float | None = None
    auxiliaries: AuxiliariesResult | None = None
    pv: SelfConsumption | None = None
    """PV production and self-consumption (None without PV)."""
    totals: DpeTotals | None = None
    unsupported: tuple[Unsupported, ...] = ()
    warnings: tuple[str, ...] = ()
    """French notes of the reader and the stages on doubtful input and the choices made."""

    @property
    def complete(self) -> bool:
        """Every stage was computed, up to the label."""
        return self.totals is not None and not self.unsupported

    @property
    def label(self) -> LabelResult | None:
        """The label, only when the computation is complete."""
        return self.totals.label if self.complete and self.totals is not None else None

    @property
    def deperdition_enveloppe(self) -> float | None:
        """GV [W/K]: walls to thermal bridges plus air renewal (§3)."""
        return None if self.envelope is None else self.envelope.deperdition_enveloppe

    @property
    def besoin_ch(self) -> float | None:
        return None if self.needs is None else self.needs.besoin_ch

    @property
    def besoin_ecs(self) -> float | None:
        return None if self.needs is None else self.needs.besoin_ecs

    @property
    def conso_ch(self) -> float | None:
        """Heating, final energy of the dwelling, before any PV deduction [kWh/yr] (the totals'
        per-use lines are net of self-consumed PV)."""
        return None if self.heating is None else self.heating.conso_ch_kwh

    @property
    def conso_ecs(self) -> float | None:
        return None if self.hot_water is None else self.hot_water.conso_ecs_kwh

    @property
    def auxiliaries_kwh(self) -> float | None:
        """All auxiliaries, generation ones included [kWh/yr]."""
        return None if self.auxiliaries is None else self.auxiliaries.total
