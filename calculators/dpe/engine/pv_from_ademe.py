"""PV production and self-consumption of an ADEME DPE file from the values the engine computed
(3CL-DPE 2021, annex 1, §16.2).

:func:`pv_fields_from_ademe` reads the file's panels; :func:`pv_production_from_ademe` gives
their production (a flat takes its share of a collective array); :func:`electricity_by_use`
gathers the dwelling's electricity of each use from the previous stages, before any deduction;
:func:`pv_from_ademe` returns the self-consumed part by use (None without PV). The certified
engines take 1.6 m² per module whenever the module count is given (§16.2's default), even beside
a measured area: so do we (``docs/dpe-engine-systems.md``). Energies kWh/yr, areas m².
"""

from __future__ import annotations

from collections.abc import Mapping

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.pv_deduction import (
    ElectricUse,
    PvField,
    SelfConsumption,
    other_uses_kwh,
    pv_production_kwh,
    self_consumption,
)
from calculators.dpe.engine.systems_coefficients import SystemsInputError, require_non_negative


def has_pv(inputs: DpeInputs) -> bool:
    """Whether the file describes PV production."""
    block = inputs.systemes.production_elec_enr
    return block is not None and block.presence_production_pv


def pv_fields_from_ademe(inputs: DpeInputs) -> tuple[PvField, ...]:
    """The file's PV fields (empty without PV). An entry with neither area nor module count is
    skipped (several programs write an empty second ``panneaux_pv``); a field with modules but
    without orientation or tilt is refused."""
    block = inputs.systemes.production_elec_enr
    if block is None or not block.presence_production_pv:
        return ()
    fields = []
    for number, panel in enumerate(block.panneaux, start=1):
        if not panel.nombre_module and not panel.surface_totale_capteurs:
            continue
        if not panel.enum_orientation_pv_id or not panel.enum_inclinaison_pv_id:
            raise SystemsInputError(
                f"panneaux photovoltaïques {number} : orientation ou inclinaison non décrite.",
                field="panneaux photovoltaïques",
            )
        fields.append(
            PvField(
                panel.enum_orientation_pv_id,
                panel.enum_inclinaison_pv_id,
                None if panel.nombre_module else panel.surface_totale_capteurs,
                panel.nombre_module,
            )
        )
    if not fields:
        raise SystemsInputError(
            "production photovoltaïque déclarée sans panneau décrit.",
            field="panneaux photovoltaïques",
        )
    return tuple(fields)


def pv_production_from_ademe(inputs: DpeInputs) -> float:
    """Ppv of the file's panels [kWh/yr], a flat's share (``ratio_virtualisation``) of a
    collective array; 0 without PV."""
    fields = pv_fields_from_ademe(inputs)
    if not fields:
        return 0.0
    block = inputs.systemes.production_elec_enr
    panels = block.panneaux if block is not None else ()
    share = next((p.ratio_virtualisation for p in panels if p.ratio_virtualisation), 1.0)
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    return pv_production_kwh(fields, zone, share)


def electricity_by_use(
    *,
    heating_kwh: float,
    hot_water_kwh: float,
    cooling_kwh: float,
    lighting_kwh: float,
    ventilation_kwh: float,
    distribution_kwh: float,
) -> dict[ElectricUse, float]:
    """The dwelling's electricity of the five uses before deduction [kWh/yr], keyed as §16.2's
    Taplp table: ``heating_kwh`` and ``hot_water_kwh`` are their electric consumption plus their
    generation auxiliaries (§15.1), ``distribution_kwh`` the distribution pumps (§15.2)."""
    return {
        ElectricUse.CHAUFFAGE: require_non_negative(heating_kwh, "électricité du chauffage"),
        ElectricUse.ECS: require_non_negative(hot_water_kwh, "électricité de l'ECS"),
        ElectricUse.REFROIDISSEMENT: require_non_negative(cooling_kwh, "refroidissement"),
        ElectricUse.ECLAIRAGE: require_non_negative(lighting_kwh, "éclairage"),
        ElectricUse.AUXILIAIRES_VENTILATION: require_non_negative(ventilation_kwh, "ventilation"),
        ElectricUse.AUXILIAIRES_DISTRIBUTION: require_non_negative(
            distribution_kwh, "auxiliaires de distribution"
        ),
    }


def pv_from_ademe(
    inputs: DpeInputs, electricity_kwh: Mapping[ElectricUse, float], dwelling_area_m2: float
) -> SelfConsumption | None:
    """Production and self-consumption by use (§16.2), None without PV. ``electricity_kwh``: the
    five uses before deduction (:func:`electricity_by_use`); household appliances (and common
    areas in a block of flats) are added from ``dwelling_area_m2``."""
    if not has_pv(inputs):
        return None
    house = inputs.administratif.methode_application.type_dpe is TypeDpe.MAISON
    uses = dict(electricity_kwh)
    uses[ElectricUse.AUTRES_USAGES] = other_uses_kwh(dwelling_area_m2, house)
    return self_consumption(pv_production_from_ademe(inputs), uses)
