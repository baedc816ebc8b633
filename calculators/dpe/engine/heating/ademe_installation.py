"""One ADEME heating installation → :class:`~.results.InstallationResult`.

Generation efficiencies (:mod:`~.ademe_generators`), roles (:mod:`~.ademe_roles`, or the §9.8
split of :mod:`~.ademe_base_appoint`), consumptions (:mod:`~.installations`) and the generation
auxiliaries of §15.1 (computed by :mod:`calculators.dpe.engine.auxiliaries`, the auxiliaries
stage, from the need each generator covers), then the dwelling's share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from calculators.dpe.ademe.systems import GenerateurChauffage, InstallationChauffage
from calculators.dpe.engine.auxiliaries import (
    generation_auxiliaries_kwh,
    generation_kind_from_ademe,
)
from calculators.dpe.engine.heating.ademe_base_appoint import ClimateKey, base_appoint
from calculators.dpe.engine.heating.ademe_generators import (
    Efficiency,
    SizingContext,
    combustion_characteristics,
    combustion_efficiency,
    effective_type,
    simple_efficiency,
    virtualisation_ratio,
)
from calculators.dpe.engine.heating.ademe_roles import Assignment, assign
from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.combustion import CombustionCharacteristics
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import GeneratorType
from calculators.dpe.engine.heating.heat_pumps import hybrid_heat_pump_share
from calculators.dpe.engine.heating.installations import (
    Emission,
    GeneratorConsumption,
    GeneratorPart,
    Role,
    consumptions,
    role_shares,
)
from calculators.dpe.engine.heating.results import GeneratorResult, InstallationResult
from calculators.dpe.rules.loader import catalogue

BASE_APPOINT = 10
RELIEF_OF_HEAT_PUMP = 8
SOLAR = frozenset({2, 7})
MIXED = 3
"""``enum_usage_generateur_id`` of a generator making heating and hot water."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class InstallationInputs(NamedTuple):
    """One installation with its part of the need [kWh/yr] and its context."""

    installation: InstallationChauffage
    label: str
    besoin_kwh: float
    besoin_depensier_kwh: float
    besoin_mensuel_kwh: tuple[float, ...] | None
    part_logement: float
    emissions: tuple[Emission, ...]
    sizing: SizingContext
    climate: ClimateKey
    ecs_storage_l: Mapping[str, float] = MappingProxyType({})
    """Hot-water storage volume [L] by reference of the boilers that also make hot water."""
    besoin_mensuel_depensier_kwh: tuple[float, ...] | None = None
    """The twelve *dépensier* monthly needs [kWh]; None: the conventional profile scaled."""


def installation_result(inputs: InstallationInputs, warnings: list[str]) -> InstallationResult:
    """Consumption of one installation and of each of its generators, dwelling's share."""
    inst = inputs.installation
    if not inst.generateurs or not inst.emetteurs:
        raise HeatingInputError("installation sans générateur ou sans émetteur.", field="chauffage")
    kinds = [effective_type(g, inputs.sizing.annee_construction) for g in inst.generateurs]
    for gen, kind in zip(inst.generateurs, kinds, strict=True):
        if kind.type_generateur_ch_id != gen.enum_type_generateur_ch_id:
            warnings.append(
                f"{inputs.label} : générateur {gen.enum_type_generateur_ch_id} calculé comme la "
                f"chaudière standard {kind.type_generateur_ch_id} (pas de règle propre)"
            )
    chars = {
        i: combustion_characteristics(
            g, kinds[i], inst, inputs.sizing, warnings, f"{inputs.label}, générateur {i + 1}",
            inputs.ecs_storage_l.get(g.reference or "", inputs.ecs_storage_l.get(""))
            if g.enum_usage_generateur_id == MIXED else None,
        )
        for i, g in enumerate(inst.generateurs)
        if kinds[i].technology is not None
    }
    powers = [
        chars[i].pn_kw if i in chars else (g.intermediaire.pn or 0) / 1000 or None
        for i, g in enumerate(inst.generateurs)
    ]
    cfg = inst.enum_cfg_installation_ch_id
    if cfg == BASE_APPOINT:
        split = base_appoint(
            inst,
            inputs.emissions,
            powers,
            (
                inputs.besoin_kwh,
                inputs.besoin_depensier_kwh,
                inputs.besoin_mensuel_kwh,
                inputs.besoin_mensuel_depensier_kwh,
            ),
            inputs.climate,
            inputs.sizing.tbase_c,
        )
        assignments, shares, shares_dep = split.assignments, split.shares, split.shares_depensier
        warnings.extend(f"{inputs.label} : {note}" for note in split.notes)
    else:
        assignments = assign(inst, kinds, powers, warnings, inputs.label)
        hybrid = any(k.hybride for k in kinds) and cfg == RELIEF_OF_HEAT_PUMP
        shares = shares_dep = role_shares(
            cfg,
            fch=_fch(inst) if cfg in SOLAR else None,
            hybrid_share=hybrid_heat_pump_share(inputs.sizing.zone_climatique_id)
            if hybrid else None,
        )
    effs = _efficiencies(inputs, kinds, chars, assignments)
    parts = [
        GeneratorPart(
            a.role, a.part_in_role, effs[a.generator].rg, effs[a.generator].rg_depensier,
            a.emitters,
        )
        for a in assignments
    ]
    consos = consumptions(
        inputs.besoin_kwh, inputs.besoin_depensier_kwh, inputs.emissions, parts, shares, shares_dep
    )
    generators = tuple(
        _generator_result(
            gen,
            effs[i],
            [a.role for a in assignments if a.generator == i],
            [c for a, c in zip(assignments, consos, strict=True) if a.generator == i],
            inputs,
            base_appoint=cfg == BASE_APPOINT,
        )
        for i, gen in enumerate(inst.generateurs)
    )
    return InstallationResult(
        reference=inst.reference,
        description=inst.description,
        configuration_id=cfg,
        collective=inst.est_collective,
        besoin_ch_kwh=inputs.besoin_kwh,
        besoin_ch_depensier_kwh=inputs.besoin_depensier_kwh,
        part_logement=inputs.part_logement,
        conso_ch_kwh=sum([g.conso_ch_kwh for g in generators]),
        conso_ch_depensier_kwh=sum([g.conso_ch_depensier_kwh for g in generators]),
        generateurs=generators,
    )


def _efficiencies(
    inputs: InstallationInputs,
    kinds: Sequence[GeneratorType],
    chars: dict[int, CombustionCharacteristics],
    assignments: Sequence[Assignment],
) -> list[Efficiency]:
    """Efficiency of every generator. Combustion generators are sized together (ΣPn of the
    dwelling, or of a cascade sharing the same emitters, §13.2.1.2–3); a heat pump takes the
    least favourable SCOP of the emitters it feeds (§12.4.2)."""
    inst = inputs.installation
    sizing = inputs.sizing
    count = len(inst.emetteurs)
    effs: list[Efficiency] = []
    for i, gen in enumerate(inst.generateurs):
        if i not in chars:
            fed = sorted({e % count for a in assignments if a.generator == i for e in a.emitters})
            emitters = [inst.emetteurs[e].enum_type_emission_distribution_id for e in fed]
            effs.append(simple_efficiency(gen, kinds[i], emitters, sizing.zone_climatique_id))
            continue
        link = gen.enum_lien_generateur_emetteur_id
        cascade = [j for j in chars if inst.generateurs[j].enum_lien_generateur_emetteur_id == link]
        k = coefficients().k_pcs_pci.get(gen.enum_type_energie_id)
        if k is None:
            raise HeatingInputError(
                f"énergie {gen.enum_type_energie_id} : pas de coefficient PCS/PCI (§13.2.1.4).",
                field="énergie",
            )
        effs.append(
            combustion_efficiency(
                kinds[i],
                chars[i],
                k,
                sizing,
                sizing.pn_combustion_totale_kw or sum(chars[j].pn_kw for j in cascade),
                _priority(inst.generateurs, cascade, i),
            )
        )
    return effs


def _priority(gens: Sequence[GenerateurChauffage], cascade: list[int], index: int) -> bool | None:
    """Priority in a two-boiler cascade (§13.2.1.3.1), when exactly one generator has it."""
    flagged = [j for j in cascade if gens[j].priorite_generateur_cascade == 1]
    if len(cascade) < 2 or len(flagged) != 1:
        return None
    return index in flagged


def _fch(inst: InstallationChauffage) -> float:
    if inst.fch_saisi is not None:
        return inst.fch_saisi
    if inst.intermediaire.fch is not None:
        return inst.intermediaire.fch
    raise HeatingInputError("facteur de couverture solaire Fch absent.", field="Fch")


def _plant_pn_w(pn_kw: float, inst: InstallationChauffage) -> float:
    """Pn [W] of the real generator for §15.1: a flat's virtualised collective generator (a × Pn,
    §17.2.1) is brought back to the plant's."""
    return 1000 * pn_kw / virtualisation_ratio(inst)


@cache
def _energy_keys() -> dict[int, str]:
    return {e.ademe_id: e.key for e in catalogue().energies.values()}


def _generator_result(
    gen: GenerateurChauffage,
    eff: Efficiency,
    roles: Sequence[Role],
    consos: Sequence[GeneratorConsumption],
    inputs: InstallationInputs,
    *,
    base_appoint: bool,
) -> GeneratorResult:
    share = inputs.part_logement
    covered = sum([c.besoin_couvert_kwh for c in consos])
    kind = generation_kind_from_ademe(
        eff.kind.type_generateur_ch_id, hot_water=False, fan_assisted=bool(gen.presence_ventouse)
    )
    aux = 0.0
    if kind is not None and eff.pn_kw:
        aux = generation_auxiliaries_kwh(kind, _plant_pn_w(eff.pn_kw, inputs.installation),
                                         covered * share)
    role = roles[0] if len(set(roles)) == 1 else Role.PRINCIPAL
    return GeneratorResult(
        reference=gen.reference,
        description=gen.description,
        type_generateur_ch_id=gen.enum_type_generateur_ch_id,
        famille=eff.kind.famille,
        energie_id=gen.enum_type_energie_id,
        energie=_energy_keys().get(gen.enum_type_energie_id, str(gen.enum_type_energie_id)),
        role="base" if base_appoint and role is Role.PRINCIPAL else str(role),
        rendement_generation=eff.rg,
        rendement_generation_depensier=eff.rg_depensier,
        pn_kw=eff.pn_kw,
        besoin_couvert_kwh=covered,
        conso_ch_kwh=sum([c.conso_kwh for c in consos]) * share,
        conso_ch_depensier_kwh=sum([c.conso_depensier_kwh for c in consos]) * share,
        auxiliaires_generation_kwh=aux,
        identifiant_reseau_chaleur=gen.identifiant_reseau_chaleur,
    )
