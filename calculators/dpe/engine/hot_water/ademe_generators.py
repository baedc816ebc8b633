"""Efficiency of one hot-water generator described in an ADEME DPE file (§11.6, §12.4.1, §14).

Maps a ``generateur_ecs`` onto the method's calculations: its family (from the ADEME type), the
characteristics the file gives (Pn, Rpn, QP0, pilot, COP when entered; units normalised, see
below) or the method's defaults, and the storage losses of its tank. Used by
:mod:`.from_ademe`.

File quirks handled (each seen in the ADEME corpus): QP0 and pilot power in kW instead of W,
Rpn in percent, a collective tank's volume already scaled to the flat.
"""

from __future__ import annotations

from functools import cache

from calculators.dpe.ademe.systems import GenerateurEcs, InstallationEcs
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.hot_water.combustion import (
    CombustionGenerator,
    boiler_efficiency,
    gas_accumulator_efficiency,
    instantaneous_heater_efficiency,
)
from calculators.dpe.engine.hot_water.combustion_defaults import default_characteristics
from calculators.dpe.engine.hot_water.consumption import GeneratorEfficiency
from calculators.dpe.engine.hot_water.district import substation_efficiency, substation_insulated
from calculators.dpe.engine.hot_water.storage import (
    ElectricTank,
    electric_storage_efficiency,
    electric_tank_losses_wh,
    storage_losses_accumulation_wh,
)
from calculators.dpe.engine.hot_water.thermodynamic import default_cop
from calculators.dpe.engine.systems_coefficients import SystemsInputError, coefficients

NO_STORAGE = 1
"""``enum_type_stockage_ecs_id`` of instantaneous production."""
COP_ENTERED = 6
"""``enum_methode_saisie_carac_sys_id``: SCOP/COP entered from the documentation."""
KW_QP0_RATIO = 5e-4
"""QP0 below 0.05 % of Pn is written in kW (real standby losses are 0.3–5 % of Pn)."""
MAX_TANK_L = 10_000.0
"""Largest plausible collective tank when undoing a flat's share of its volume [L]."""
W_PER_KW = 1000.0
PERCENT = 100.0


@cache
def family_of(type_generateur_ecs_id: int) -> str:
    """The calculation family of an ADEME hot-water generator type."""
    for family, ids in coefficients().eau_chaude.familles_ademe.items():
        if type_generateur_ecs_id in ids:
            return family
    raise SystemsInputError(
        f"générateur d'ECS de type {type_generateur_ecs_id} : calcul non pris en charge.",
        field="type de générateur d'ECS",
    )


def generator_efficiency(
    family: str,
    gen: GenerateurEcs,
    inst: InstallationEcs,
    zone: ClimateZone,
    rd: float,
    scale: float,
    served_kwh: float,
    software_id: str | None = None,
) -> GeneratorEfficiency:
    """Rg, Rs or COP of one generator of ``family`` (:func:`family_of`) serving an installation
    whose need is ``served_kwh`` [kWh/yr], Rd ``rd``, a flat's share ``scale`` of a collective
    installation (§17.2.1: the flat bears ``scale`` × the tank's losses); ``software_id``: the
    program that wrote the file, for its recorded readings (district substation)."""
    c = coefficients().eau_chaude
    if family == "ballon_electrique":
        losses = (
            electric_tank_losses_wh(
                ElectricTank(gen.enum_type_generateur_ecs_id), _tank_volume(gen, scale)
            )
            * scale
        )
        storage = electric_storage_efficiency(
            losses, served_kwh, rd, ElectricTank(gen.enum_type_generateur_ecs_id)
        )
        return GeneratorEfficiency(c.rendement_generation_electrique["effet_joule"], storage)
    if family == "electrique_instantane":
        return GeneratorEfficiency(c.rendement_generation_electrique["effet_joule"])
    if family == "chaudiere_electrique":
        return GeneratorEfficiency(c.rendement_generation_electrique["chaudiere_electrique"])
    if family == "thermodynamique":
        return GeneratorEfficiency(_cop(gen, zone))
    if family == "reseau_chaleur":
        return GeneratorEfficiency(
            substation_efficiency(substation_insulated(inst.reseau_distribution_isole, software_id))
        )
    combustion = _combustion(gen)
    losses = _accumulation_losses_wh(gen, scale)
    if family == "chauffe_eau_gaz":
        return GeneratorEfficiency(instantaneous_heater_efficiency(combustion, served_kwh))
    if family == "accumulateur_gaz":
        return GeneratorEfficiency(gas_accumulator_efficiency(combustion, served_kwh, losses))
    return GeneratorEfficiency(boiler_efficiency(combustion, served_kwh, losses))


def _cop(gen: GenerateurEcs, zone: ClimateZone) -> float:
    entered = gen.intermediaire.cop
    if entered and (gen.enum_methode_saisie_carac_sys_id == COP_ENTERED or gen.tv_scop_id is None):
        return entered
    return default_cop(gen.enum_type_generateur_ecs_id, zone)


def _combustion(gen: GenerateurEcs) -> CombustionGenerator:
    """Pn, Rpn, QP0, pilot from the file (units normalised), else the method's defaults."""
    di = gen.intermediaire
    pn = di.pn
    if di.rpn is None:
        if gen.tv_generateur_combustion_id is None or pn is None:
            raise SystemsInputError(
                f"générateur d'ECS « {gen.description or gen.reference or '?'} » : Pn ou "
                "rendement inconnu.",
                field="caractéristiques du générateur d'ECS",
            )
        return default_characteristics(
            gen.tv_generateur_combustion_id, pn, fan_assisted=bool(gen.presence_ventouse)
        )
    rpn = di.rpn / PERCENT if di.rpn > 1.5 else di.rpn
    qp0 = di.qp0 or 0.0
    if (pn and 0 < qp0 < KW_QP0_RATIO * pn) or (not pn and 0 < qp0 < 1):
        qp0 *= W_PER_KW
    pilot = di.pveilleuse or 0.0
    if 0 < pilot < 1:
        pilot *= W_PER_KW
    return CombustionGenerator(pn_w=pn or 0.0, rpn=rpn, qp0_w=qp0, pilot_w=pilot)


def _accumulation_losses_wh(gen: GenerateurEcs, scale: float) -> float:
    if gen.enum_type_stockage_ecs_id == NO_STORAGE or not gen.volume_stockage:
        return 0.0
    return storage_losses_accumulation_wh(_tank_volume(gen, scale)) * scale


def _tank_volume(gen: GenerateurEcs, scale: float) -> float:
    """The collective tank's volume [L]. Some programs write the flat's share a × V: a volume
    that is not a whole number of litres, whose quotient by a is within half a litre of a
    multiple of 10 L (a plausible tank, at most 10 m³), is scaled back."""
    volume = gen.volume_stockage or 0.0
    if not 0 < scale < 1 or volume == 0 or volume == round(volume):
        return volume
    candidate = volume / scale
    if candidate <= MAX_TANK_L and abs(candidate - 10 * round(candidate / 10)) < 0.5:
        return float(10 * round(candidate / 10))
    return volume
