"""Cooling of an ADEME DPE file from the values the engine computed (3CL-DPE 2021, annex 1, §10).

Two steps, so that each can be checked alone on the ADEME corpus:

- :func:`cooling_need_from_needs`: the yearly need Bfr of §10.2 from the needs stage's result
  (GV, inertia, south-equivalent areas, Nadeq and the climate's cooling data): the internal and
  solar gains of the cooling months (§6.1 with Nref28/26 and E_fr28/26), then
  :func:`~calculators.dpe.engine.cooling.monthly_cooling_need_kwh`;
- :func:`cooling_from_ademe`: Cfr = 0.9 × Bfr / EER × cooled share for each ``climatisation``
  (§10.3), the EER of the §10.3 table for a « valeur forfaitaire » entry, else the one entered.

A cooling system described at the building's scale in a flat's file (its allocation key below 1
and a need of the building) gives the flat its ``cle_repartition_clim`` share. Energies kWh/yr.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.ademe.inputs import DpeInputs
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.cooling import (
    CoolingGains,
    CoolingPeriod,
    cooling_kwh,
    default_eer,
    monthly_cooling_need_kwh,
)
from calculators.dpe.engine.gains import internal_gains_wh, solar_gains_wh
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.systems_coefficients import SystemsInputError, require_non_negative

DEFAULT_EER_INPUT = 1
"""``enum_methode_saisie_carac_sys_id`` « valeur forfaitaire »: the EER of the §10.3 table."""
SAME_AREA = 1.01
"""A need of an area more than 1 % beyond the dwelling's is the building's."""


@dataclass(frozen=True, slots=True)
class CoolingNeed:
    """Bfr of §10.2 for both behaviours [kWh/yr], of the area the needs stage described."""

    besoin_fr_kwh: float
    """Set point 28 °C (the ADEME ``besoin_fr``)."""
    besoin_fr_depensier_kwh: float
    """Set point 26 °C."""


@dataclass(frozen=True, slots=True)
class CoolingSystemResult:
    """One cooling system of the file."""

    reference: str | None
    description: str | None
    eer: float
    """EER used [-]."""
    allocation_key: float
    """Share of a building-scale system given to the dwelling [-] (1 otherwise)."""
    conso_fr_kwh: float
    """The dwelling's cooling electricity [kWh/yr]."""
    conso_fr_depensier_kwh: float


@dataclass(frozen=True, slots=True)
class CoolingResult:
    """Cooling of the dwelling (or building); no system: nothing consumed."""

    need: CoolingNeed | None
    """Bfr (§10.2); None from :func:`cooling_from_needs` for a file without a cooling system,
    where the need feeds nothing."""
    systems: tuple[CoolingSystemResult, ...]

    @property
    def conso_fr_kwh(self) -> float:
        """Cooling electricity of the dwelling [kWh/yr] (§10.3)."""
        return sum([s.conso_fr_kwh for s in self.systems], 0.0)

    @property
    def conso_fr_depensier_kwh(self) -> float:
        return sum([s.conso_fr_depensier_kwh for s in self.systems], 0.0)


def cooling_need_from_needs(needs: NeedsResult, living_area_m2: float) -> CoolingNeed:
    """Bfr [kWh/yr] (§10.2) of the area the needs were computed for (``living_area_m2``, m²)."""
    area = require_non_negative(living_area_m2, "surface habitable", strictly=True)
    climate = needs.climate
    totals = []
    for depensier, hours, sun in (
        (False, climate.nref28, climate.e_fr28),
        (True, climate.nref26, climate.e_fr26),
    ):
        gains = CoolingGains(
            internal_gains_wh(area, needs.nadeq, hours), solar_gains_wh(needs.sse_m2, sun)
        )
        monthly = monthly_cooling_need_kwh(
            gains, needs.gv_w_k, area, needs.inertia, climate, depensier=depensier
        )
        totals.append(sum(monthly))
    return CoolingNeed(totals[0], totals[1])


def cooling_from_ademe(
    inputs: DpeInputs,
    need: CoolingNeed | None,
    *,
    needs_area_m2: float,
    dwelling_area_m2: float,
) -> CoolingResult:
    """Cfr of each ``climatisation`` of ``inputs`` from the need ``need`` of ``needs_area_m2``
    (the dwelling's, or the building's for a building-scope description) [kWh/yr]; the
    consumption is the dwelling's (``dwelling_area_m2``). ``need`` may be None only when the
    file describes no cooling system."""
    needs_area = require_non_negative(needs_area_m2, "surface des besoins", strictly=True)
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    building = needs_area > require_non_negative(dwelling_area_m2, "surface habitable") * SAME_AREA
    systems = []
    for item in inputs.systemes.climatisations:
        if need is None:
            raise SystemsInputError(
                f"climatisation « {item.description or '?'} » : besoin de froid non calculé.",
                field="besoin de froid",
            )
        period = item.enum_periode_installation_fr_id
        if item.enum_methode_saisie_carac_sys_id == DEFAULT_EER_INPUT and period:
            eer = default_eer(zone, CoolingPeriod(period))
        elif item.intermediaire.eer:
            eer = item.intermediaire.eer
        else:
            raise SystemsInputError(
                f"climatisation « {item.description or '?'} » : EER inconnu.", field="EER"
            )
        key = item.cle_repartition_clim
        share = key if building and key is not None and 0 < key < 1 else 1.0
        systems.append(
            CoolingSystemResult(
                reference=item.reference,
                description=item.description,
                eer=eer,
                allocation_key=share,
                conso_fr_kwh=cooling_kwh(need.besoin_fr_kwh, eer, item.surface_clim, needs_area)
                * share,
                conso_fr_depensier_kwh=cooling_kwh(
                    need.besoin_fr_depensier_kwh, eer, item.surface_clim, needs_area
                )
                * share,
            )
        )
    return CoolingResult(need, tuple(systems))


def cooling_from_needs(
    inputs: DpeInputs, needs: NeedsResult, *, needs_area_m2: float, dwelling_area_m2: float
) -> CoolingResult:
    """Both steps for the pipeline: §10.2 from the needs stage, then §10.3 for each system.
    Without a cooling system (most dwellings) the need would feed nothing: it is not computed
    and the result's ``need`` is None."""
    climatisations = inputs.systemes.climatisations
    return cooling_from_ademe(
        inputs,
        cooling_need_from_needs(needs, needs_area_m2) if climatisations else None,
        needs_area_m2=needs_area_m2,
        dwelling_area_m2=dwelling_area_m2,
    )
