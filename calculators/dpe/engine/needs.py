"""Heating and hot-water needs of a dwelling or building, from plain physical inputs.

This is the orchestrator of the needs chapters of the 3CL-DPE 2021 method (annex 1): climate
(§18), free gains (§6), inertia class (§7, given), hot-water need (§11.1), recovered losses
(§9.1.1) and the monthly heating need (§2, §9.1.1), for the conventional behaviour (19 °C,
56 L/day) and the *dépensier* one (21 °C, 79 L/day). It takes the envelope losses GV as a number
(walls to thermal bridges plus air renewal, §3), so that the desk diagnostic and the ADEME XML
adapter (:mod:`~calculators.dpe.engine.needs_from_ademe`) share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    Monthly,
    MonthlyClimate,
    monthly_climate,
)
from calculators.dpe.engine.gains import (
    Glazing,
    Sunspace,
    internal_gains_w,
    solar_gains_wh,
    south_equivalent_area,
)
from calculators.dpe.engine.heating_need import HeatingMonths, heating_months, net_need_kwh
from calculators.dpe.engine.hot_water_need import HotWaterNeed, HousingKind, hot_water_need, nadeq
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.needs_errors import require_positive
from calculators.dpe.engine.recovered_losses import (
    GeneratorLossesInput,
    HotWaterLossesInput,
    RecoveredLosses,
    recovered_losses,
)

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""


@dataclass(frozen=True, slots=True)
class NeedsInputs:
    """What the needs chapters need, as physical criteria and plain numbers."""

    zone: ClimateZone
    altitude: AltitudeClass
    surface_habitable_m2: float
    """Living area Sh of what is described (the dwelling, or the whole building) [m²]."""
    housing_kind: HousingKind
    gv_w_k: float
    """Envelope losses GV including air renewal DR (§3) [W/K]."""
    inertia: InertiaClass
    glazings: tuple[Glazing, ...]
    """Windows on the outside (door glazing excluded, §6.2)."""
    dwellings: int = 1
    """Number of dwellings Nblgt described (1 for a house or a flat)."""
    parois_anciennes: bool = False
    """Heavy inertia and mostly old walls: heating climate of §18.3."""
    sunspaces: tuple[Sunspace, ...] = ()
    hot_water: tuple[HotWaterLossesInput, ...] = (HotWaterLossesInput(collective=False),)
    """Hot-water installations (for the recovered distribution and storage losses)."""
    generators: tuple[GeneratorLossesInput, ...] = ()
    """Individual heat generators in the heated volume with standby losses (§9.1.1)."""
    nadeq: float | None = None
    """Equivalent adults when already known; computed from Sh otherwise (§11.1)."""


@dataclass(frozen=True, slots=True)
class SetPointNeed:
    """The heating need for one set point: monthly balance, recovered losses, net need.

    ``need_kwh`` deducts the recovered hot-water distribution and storage losses, not the
    recovered generator losses: this is the ``besoin_ch`` of the ADEME outputs as every
    certified engine of the corpus writes it (the generators' standby losses are already in
    their generation efficiency, §13). :attr:`need_net_of_generation_kwh` deducts them too, as
    the letter of §9.1.1 reads.
    """

    months: HeatingMonths
    recovered: RecoveredLosses
    need_kwh: Monthly
    """Bchj [kWh], after recovered hot-water losses."""

    @property
    def annual_kwh(self) -> float:
        """Bch [kWh/yr], the ADEME ``besoin_ch`` (or ``besoin_ch_depensier``)."""
        return sum(self.need_kwh)

    @property
    def need_net_of_generation_kwh(self) -> Monthly:
        """Bchj [kWh] also net of the recovered generator losses (§9.1.1), never below 0."""
        return net_need_kwh(self.need_kwh, self.recovered.generation_wh)


@dataclass(frozen=True, slots=True)
class NeedsResult:
    """Needs, gains and intermediate values, named after the ADEME output fields they match."""

    climate: MonthlyClimate
    inertia: InertiaClass
    gv_w_k: float
    nadeq: float
    hot_water: HotWaterNeed
    sse_m2: Monthly
    """Monthly south-equivalent area Ssej [m²]."""
    conventional: SetPointNeed
    depensier: SetPointNeed
    hvent_w_k: float | None = None
    hperm_w_k: float | None = None
    warnings: tuple[str, ...] = field(default=())
    """French notes on choices made for doubtful input (defaults, inconsistencies)."""

    @property
    def surface_sud_equivalente(self) -> float:
        """Σ Ssej over the twelve months [m²] (the ADEME ``surface_sud_equivalente``)."""
        return sum(self.sse_m2)

    @property
    def apport_solaire_ch(self) -> float:
        """Solar gains during the conventional heating season [Wh/yr]."""
        return sum(self.conventional.months.solar_gains_wh)

    @property
    def apport_interne_ch(self) -> float:
        """Internal gains during the conventional heating season [Wh/yr]."""
        return sum(self.conventional.months.internal_gains_wh)

    @property
    def fraction_apport_gratuit_ch(self) -> float:
        """Share of the gross need covered by free gains at 19 °C [-]."""
        return self.conventional.months.weighted_free_gain_fraction

    @property
    def fraction_apport_gratuit_depensier_ch(self) -> float:
        return self.depensier.months.weighted_free_gain_fraction

    @property
    def besoin_ch(self) -> float:
        """Heating need at 19 °C [kWh/yr]."""
        return self.conventional.annual_kwh

    @property
    def besoin_ch_depensier(self) -> float:
        """Heating need at 21 °C [kWh/yr]."""
        return self.depensier.annual_kwh

    @property
    def besoin_ch_mensuel(self) -> Monthly:
        """The twelve monthly heating needs at 19 °C, January first [kWh] (what
        ``heating_from_ademe(..., besoin_ch_mensuel_kwh=...)`` takes for §9.8)."""
        return self.conventional.need_kwh

    @property
    def besoin_ch_depensier_mensuel(self) -> Monthly:
        """The twelve monthly heating needs at 21 °C, January first [kWh]."""
        return self.depensier.need_kwh

    @property
    def besoin_ecs(self) -> float:
        """Hot-water need, 56 L/day per equivalent adult [kWh/yr]."""
        return self.hot_water.annual_kwh

    @property
    def besoin_ecs_depensier(self) -> float:
        """Hot-water need, 79 L/day per equivalent adult [kWh/yr]."""
        return self.hot_water.annual_depensier_kwh


def compute_needs(
    inputs: NeedsInputs,
    *,
    hvent_w_k: float | None = None,
    hperm_w_k: float | None = None,
    warnings: tuple[str, ...] = (),
) -> NeedsResult:
    """Monthly and annual needs of ``inputs`` (see the module docstring for the chapters).

    ``hvent_w_k``, ``hperm_w_k`` and ``warnings`` are passed through to the result, for the
    adapter that computed the air renewal (so that it does not copy the result to add them).
    """
    sh = require_positive(inputs.surface_habitable_m2, "surface habitable")
    gv = require_positive(inputs.gv_w_k, "déperditions GV")
    climate = monthly_climate(inputs.zone, inputs.altitude, inputs.parois_anciennes)
    adults = (
        nadeq(sh, inputs.housing_kind, inputs.dwellings)
        if inputs.nadeq is None
        else require_positive(inputs.nadeq, "Nadeq", allow_zero=True)
    )
    water = hot_water_need(adults, climate.tefs)
    sse = south_equivalent_area(inputs.glazings, inputs.zone, inputs.sunspaces)
    solar = solar_gains_wh(sse, climate.e)
    internal_w = internal_gains_w(sh, adults)

    def set_point(dh: Monthly, nref: Monthly, hot_water_kwh: float) -> SetPointNeed:
        internal = tuple([internal_w * hours for hours in nref])  # Aij (§6.1), as internal_gains_wh
        months = heating_months(gv, dh, nref, solar, internal, inputs.inertia)
        recovered = recovered_losses(
            hot_water_kwh * WH_PER_KWH,
            inputs.hot_water,
            inputs.generators,
            nref,
            months.need_before_recovery_kwh,
            inputs.dwellings,
        )
        # net_need_kwh of the recovered hot-water losses (distribution + storage), in one pass.
        need = tuple([
            max(before - (d + s) / WH_PER_KWH, 0.0)
            for before, d, s in zip(
                months.need_before_recovery_kwh,
                recovered.distribution_wh,
                recovered.storage_wh,
                strict=True,
            )
        ])
        return SetPointNeed(months=months, recovered=recovered, need_kwh=need)

    return NeedsResult(
        climate=climate,
        inertia=inputs.inertia,
        gv_w_k=gv,
        nadeq=adults,
        hot_water=water,
        sse_m2=sse,
        conventional=set_point(climate.dh19, climate.nref19, water.annual_kwh),
        depensier=set_point(climate.dh21, climate.nref21, water.annual_depensier_kwh),
        hvent_w_k=hvent_w_k,
        hperm_w_k=hperm_w_k,
        warnings=warnings,
    )
