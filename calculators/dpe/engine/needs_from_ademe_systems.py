"""System-side inputs of the needs stages read from an ADEME DPE: what the hot-water
installations and the heat generators lose inside the heated volume (§9.1.1, §11.6, §15.2.3).

Storage losses are computed from the tank as described (volume, type, position); the standby
losses Qp0 and nominal powers Pn of the heat generators are the systems stage's, taken here from
each generator's ``donnee_intermediaire`` (the certified engine's values).
"""

from __future__ import annotations

from collections.abc import Sequence

from calculators.dpe.ademe.systems import GenerateurEcs, InstallationChauffage, InstallationEcs
from calculators.dpe.engine.recovered_losses import (
    GeneratorLossesInput,
    GeneratorUse,
    HotWaterLossesInput,
    storage_losses_accumulation_wh,
    storage_losses_electric_wh,
)
from calculators.dpe.tables import TableLookupError, enum_label, find_rows, value_row

NO_STORAGE = 1
"""``enum_type_stockage_ecs_id`` « absence de stockage d'ECS (production instantanée) »."""
USES = {1: GeneratorUse.CHAUFFAGE, 2: GeneratorUse.ECS, 3: GeneratorUse.CHAUFFAGE_ET_ECS}
PRODUCTION_IN_HEATED_VOLUME = "production volume habitable"
"""Start of ``configuration_logement`` in the rows of ``rendement_distribution_ecs`` (§11.4)
whose production stands in the heated volume (rows 1 and 2 of the individual installations)."""
QP0_KW_BELOW = 1.0
"""Some programs write Qp0 in kW: a value below 1 cannot be watts of a real generator."""
W_PER_KW = 1000.0


def hot_water_losses(
    installations: Sequence[InstallationEcs],
    building: bool,
    warnings: list[str],
    *,
    collective_tank_recovered: bool = False,
) -> tuple[HotWaterLossesInput, ...]:
    """One :class:`HotWaterLossesInput` per installation; with several installations each
    serves an equal share of the need (§11.4: two systems, half each). In a building
    description (``building``), an individual installation stands for the ``rdim`` dwellings
    equipped with it, whose tanks all lose heat (§17.1.4.2). A collective tank recovers
    nothing (§17.1.4.2, §17.2.1), except with ``collective_tank_recovered`` (a program's
    reading, ``EngineConventions.collective_tank_recovered``) when the file places its
    generator in the heated volume: the whole tank in a building description, the flat's
    share a of it in a flat's."""
    if not installations:
        warnings.append("aucune installation d'ECS décrite : pertes récupérées d'ECS nulles")
        return ()
    share = 1.0 / len(installations)
    result = []
    for inst in installations:
        storage = 0.0
        in_volume_anyway = inst.est_collective and collective_tank_recovered
        if in_volume_anyway:
            storage = sum(
                _storage_losses_wh(g, False, warnings)
                for g in inst.generateurs
                if g.position_volume_chauffe
            ) * (1.0 if building else _flat_share(inst))
        elif not inst.est_collective:
            in_volume = production_in_heated_volume(inst.tv_rendement_distribution_ecs_id)
            storage = sum(_storage_losses_wh(g, in_volume, warnings) for g in inst.generateurs)
            storage *= _equipped(inst.rdim, building)
        result.append(
            HotWaterLossesInput(
                collective=inst.est_collective,
                share=share,
                storage_losses_wh=storage,
                collective_tank_in_volume=in_volume_anyway and storage > 0,
            )
        )
    return tuple(result)


def _flat_share(inst: InstallationEcs) -> float:
    """a, the flat's share of a collective installation (§17.2.1: Qg,w = a × Qg,w of the
    collective tank); 0 when the file gives no ``ratio_virtualisation``."""
    ratio = inst.ratio_virtualisation
    return ratio if ratio and 0 < ratio <= 1 else 0.0


def _equipped(rdim: float | None, building: bool) -> float:
    """Dwellings equipped with an individual system: ``rdim`` in a building description."""
    return rdim if building and rdim and rdim > 0 else 1.0


def production_in_heated_volume(tv_rendement_distribution_ecs_id: int | None) -> bool:
    """Whether the installation's distribution row (§11.4 table, ``tv_rendement_distribution_ecs``)
    places the production in the heated volume; False when absent or unknown."""
    if tv_rendement_distribution_ecs_id is None:
        return False
    try:
        row = value_row("rendement_distribution_ecs", tv_rendement_distribution_ecs_id)
    except TableLookupError:
        return False
    configuration = row.get("configuration_logement")
    return isinstance(configuration, str) and configuration.startswith(PRODUCTION_IN_HEATED_VOLUME)


def _storage_losses_wh(
    generator: GenerateurEcs, production_in_volume: bool, warnings: list[str]
) -> float:
    """Qg,w of a tank inside the heated volume [Wh/yr]; 0 without storage or outside.

    A tank written outside (``position_volume_chauffe`` 0) whose installation's distribution
    row says « production volume habitable » (§11.4) is read inside, as the certified engine
    does: the 7 corpus files with that contradiction (LICIEL 26615, 2023–2024) match their
    official besoin_ch within 0.03 % so, 0.9 to 2.6 % off otherwise; the 4 files whose row
    says « production hors volume habitable » recover nothing (0.01 % so)."""
    volume = generator.volume_stockage
    if generator.enum_type_stockage_ecs_id == NO_STORAGE or not volume:
        return 0.0
    inside = generator.position_volume_chauffe_stockage
    if inside is None:
        inside = generator.position_volume_chauffe
    if inside is False and not production_in_volume:
        return 0.0
    if inside is False:
        warnings.append(
            f"ballon de {volume:g} L noté hors volume chauffé mais production en volume "
            "habitable (rendement de distribution) : pertes de stockage récupérées"
        )
    electric = find_rows(
        "pertes_stockage", enum_type_generateur_ecs_id=generator.enum_type_generateur_ecs_id
    )
    if not electric:
        return storage_losses_accumulation_wh(volume)
    if generator.tv_pertes_stockage_id is not None:
        cr = value_row("pertes_stockage", generator.tv_pertes_stockage_id).number("cr")
    else:
        rows = [
            r for r in electric if (b := r.bounds("volume_ballon_bornes")) and b.contains(volume)
        ]
        cr = rows[0].number("cr") if rows else electric[-1].number("cr")
        warnings.append(f"ballon électrique de {volume:g} L : coefficient Cr pris dans la table")
    return storage_losses_electric_wh(volume, cr)


def generator_losses(
    installations: Sequence[InstallationChauffage], building: bool, warnings: list[str]
) -> tuple[GeneratorLossesInput, ...]:
    """Individual heat generators in the heated volume whose standby losses Qp0 are known;
    hot-air generators recover nothing and collective plant stands outside (§9.1.1, §17.2.1).
    In a building description each stands for the ``rdim`` dwellings equipped (§17.1.4.2)."""
    result: list[GeneratorLossesInput] = []
    for inst in installations:
        if inst.est_collective:
            continue
        for gen in inst.generateurs:
            di = gen.intermediaire
            if not di.qp0 or gen.position_volume_chauffe is False:
                continue
            if "air chaud" in enum_label("type_generateur_ch", gen.enum_type_generateur_ch_id):
                continue
            qp0 = di.qp0
            if qp0 < QP0_KW_BELOW:
                qp0 *= W_PER_KW
                warnings.append(
                    f"générateur « {gen.description or gen.reference or '?'} » : Qp0 lu en kW"
                )
            if di.pn is None:
                warnings.append(
                    f"générateur « {gen.description or gen.reference or '?'} » : puissance "
                    "nominale inconnue, pertes de génération récupérées ignorées"
                )
                continue
            result.append(
                GeneratorLossesInput(
                    qp0_w=qp0,
                    pn_w=di.pn,
                    use=USES.get(gen.enum_usage_generateur_id or 1, GeneratorUse.CHAUFFAGE),
                    ventouse=bool(gen.presence_ventouse),
                    dwellings=_equipped(inst.rdim, building),
                )
            )
    return tuple(result)
