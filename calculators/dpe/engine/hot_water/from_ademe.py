"""Hot-water consumption of an ADEME DPE file, from its systems and its official need.

The adapter reads the installations and generators of the file (:mod:`calculators.dpe.ademe`),
takes the certified engine's need ``besoin_ecs`` and the generator characteristics the assessor
entered or the certified engine sized (Pn, Rpn, QP0, pilot, COP when entered), and recomputes
everything else with the method: distribution efficiency, storage losses, generation
efficiency, COP and solar share. It is the corpus check of this stage; the desk diagnostic calls
the same functions with its own criteria.

File quirks handled (each seen in the ADEME corpus, see ``docs/dpe-engine-systems.md``):
``besoin_ecs`` of an installation in Wh instead of kWh; generator quirks in
:mod:`.ademe_generators`.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.ademe import DpeFile
from calculators.dpe.ademe.systems import GenerateurEcs, InstallationEcs
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.hot_water.ademe_generators import family_of, generator_efficiency
from calculators.dpe.engine.hot_water.consumption import (
    GeneratorEfficiency,
    hot_water_consumption_kwh,
)
from calculators.dpe.engine.hot_water.distribution import distribution_efficiency_from_table
from calculators.dpe.engine.hot_water.solar import SolarInstallation, default_solar_fraction
from calculators.dpe.engine.systems_coefficients import SystemsInputError

WITH_SOLAR = 2
"""``enum_cfg_installation_ecs_id`` « un seul système d'ECS avec solaire »."""
WH_NEED_RATIO = 20.0
"""An installation need this many times the file's own need is in Wh, not kWh."""
W_PER_KW = 1000.0


@dataclass(frozen=True, slots=True)
class GeneratorResult:
    """One hot-water generator: its family, efficiency and consumptions [kWh/yr]."""

    reference: str | None
    type_generateur_ecs_id: int
    family: str
    """Key of ``familles_ademe`` (``ballon_electrique``, ``chaudiere``...)."""
    energy_id: int
    """ADEME ``enum_type_energie_id`` of the energy it uses."""
    share: float
    """Part of the installation's need it serves [-]."""
    efficiency: GeneratorEfficiency
    consumption_kwh: float
    consumption_depensier_kwh: float


@dataclass(frozen=True, slots=True)
class InstallationResult:
    """One hot-water installation at the scale of its need (the building for a building-level
    description), with the key that brings it to the dwelling."""

    reference: str | None
    collective: bool
    need_kwh: float
    need_depensier_kwh: float
    distribution_efficiency: float
    solar_fraction: float
    allocation_key: float
    """What brings the installation to the dwelling or building of the results: the number of
    flats equipped for an individual installation of a whole-building DPE (§17.1.3: the average
    flat's consumption times the flats equipped), the flat's ``cle_repartition_ecs`` for an
    installation described at the building's scale in a flat's DPE (§17.2.2), else 1."""
    generators: tuple[GeneratorResult, ...]

    @property
    def consumption_kwh(self) -> float:
        return sum(g.consumption_kwh for g in self.generators)

    @property
    def dwelling_consumption_kwh(self) -> float:
        """The dwelling's part [kWh/yr]."""
        return self.allocation_key * self.consumption_kwh


def hot_water_from_ademe(dpe: DpeFile) -> tuple[InstallationResult, ...]:
    """Every hot-water installation of ``dpe`` recomputed from its official need."""
    inputs = dpe.inputs
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    kind = inputs.administratif.methode_application.type_dpe.value
    house = kind == "maison"
    file_need = dpe.outputs.apport_et_besoin.besoin_ecs
    general = inputs.caracteristique_generale
    dwelling_area = general.surface_habitable_logement or general.surface_habitable_immeuble
    return tuple(
        installation_from_ademe(
            inst,
            zone=zone,
            house=house,
            need_kwh=(need := _need_kwh(inst.intermediaire.besoin_ecs, file_need)),
            need_depensier_kwh=_depensier_need_kwh(
                inst.intermediaire.besoin_ecs_depensier,
                dpe.outputs.apport_et_besoin.besoin_ecs_depensier,
                need,
            ),
            whole_building=kind == "immeuble",
            dwelling_area_m2=dwelling_area,
            file_need_kwh=file_need,
            software_id=dpe.metadata.usr_logiciel_id,
        )
        for inst in inputs.systemes.installations_ecs
    )


def installation_from_ademe(
    inst: InstallationEcs,
    *,
    zone: ClimateZone,
    house: bool,
    need_kwh: float,
    need_depensier_kwh: float,
    whole_building: bool = False,
    dwelling_area_m2: float | None = None,
    file_need_kwh: float | None = None,
    software_id: str | None = None,
) -> InstallationResult:
    """One installation from its description and its need [kWh/yr] (§11.2–§11.6, §14).

    ``whole_building``: the file describes a whole building (its individual installations are
    those of an average flat); ``dwelling_area_m2`` the living area the results are for;
    ``file_need_kwh`` the need of the whole file (``sortie``), to tell an average flat's need
    from the building's; ``software_id`` the program that wrote the file, for its recorded
    readings (``systems_conventions.json``).
    """
    if inst.tv_rendement_distribution_ecs_id is not None:
        rd = distribution_efficiency_from_table(inst.tv_rendement_distribution_ecs_id)
    elif inst.intermediaire.rendement_distribution is not None:
        rd = inst.intermediaire.rendement_distribution
    else:
        raise SystemsInputError(
            f"installation d'ECS « {inst.description or inst.reference or '?'} » : "
            "distribution non décrite.",
            field="rendement de distribution de l'ECS",
        )
    solar = _solar_fraction(inst, zone, house)
    scale = _equivalent_share(inst)
    generators = tuple(
        _generator(
            gen, inst, zone, rd, solar, scale, need_kwh, need_depensier_kwh, software_id
        )
        for gen in inst.generateurs
    )
    return InstallationResult(
        reference=inst.reference,
        collective=inst.est_collective,
        need_kwh=need_kwh,
        need_depensier_kwh=need_depensier_kwh,
        distribution_efficiency=rd,
        solar_fraction=solar,
        allocation_key=_allocation_key(
            inst, need_kwh, file_need_kwh, whole_building, dwelling_area_m2
        ),
        generators=generators,
    )


def _generator(
    gen: GenerateurEcs,
    inst: InstallationEcs,
    zone: ClimateZone,
    rd: float,
    solar: float,
    scale: float,
    need_kwh: float,
    need_depensier_kwh: float,
    software_id: str | None,
) -> GeneratorResult:
    """One generator. Its efficiency is computed on the installation's whole need Becs, as the
    certified engines do (also with two systems or solar); its consumption on its share."""
    family = family_of(gen.enum_type_generateur_ecs_id)
    count = len(inst.generateurs)
    share = (gen.intermediaire.ratio_besoin_ecs or 1.0 / count) if count > 1 else 1.0

    def consumption(need: float) -> tuple[GeneratorEfficiency, float]:
        efficiency = generator_efficiency(family, gen, inst, zone, rd, scale, need, software_id)
        return efficiency, hot_water_consumption_kwh(
            need, rd, efficiency, solar_fraction=solar, share=share
        )

    efficiency, conventional = consumption(need_kwh)
    _, depensier = consumption(need_depensier_kwh)
    return GeneratorResult(
        reference=gen.reference,
        type_generateur_ecs_id=gen.enum_type_generateur_ecs_id,
        family=family,
        energy_id=gen.enum_type_energie_id,
        share=share,
        efficiency=efficiency,
        consumption_kwh=conventional,
        consumption_depensier_kwh=depensier,
    )


def _equivalent_share(inst: InstallationEcs) -> float:
    """a of §17.2.1 for a flat on a collective installation, else 1."""
    ratio = inst.ratio_virtualisation
    if inst.est_collective and ratio is not None and 0 < ratio < 1:
        return ratio
    return 1.0


def _allocation_key(
    inst: InstallationEcs,
    need_kwh: float,
    file_need_kwh: float | None,
    whole_building: bool,
    dwelling_area_m2: float | None,
) -> float:
    """See :attr:`InstallationResult.allocation_key`. A whole-building file describes an
    individual installation for one average flat when its need is below the file's; a flat's
    file describes a collective or larger installation at the building's scale."""
    if whole_building:
        flats = inst.rdim or inst.nombre_logement
        per_flat = file_need_kwh is not None and need_kwh < 0.9 * file_need_kwh
        return float(flats) if not inst.est_collective and flats and per_flat else 1.0
    key = inst.cle_repartition_ecs
    larger = dwelling_area_m2 is not None and inst.surface_habitable > dwelling_area_m2 * 1.01
    if key and (inst.est_collective or larger):
        return key
    return 1.0


def _solar_fraction(inst: InstallationEcs, zone: ClimateZone, house: bool) -> float:
    # A solar share entered by the assessor counts even when the installation is declared as
    # "two systems" (enum_cfg_installation_ecs_id 3) rather than "with solar": certified
    # software applies it (2442E0329370V: Fecs 0,9, official consumption one tenth).
    if inst.fecs_saisi:
        return inst.fecs_saisi
    if inst.enum_cfg_installation_ecs_id != WITH_SOLAR:
        return 0.0
    kind = inst.enum_type_installation_solaire_id
    if kind is not None and kind in {k.value for k in SolarInstallation}:
        return default_solar_fraction(SolarInstallation(kind), zone, house)
    if inst.intermediaire.fecs is not None:
        return inst.intermediaire.fecs
    raise SystemsInputError(
        "ECS solaire : type d'installation solaire non renseigné.",
        field="installation solaire",
    )


def _depensier_need_kwh(
    installation_need: float | None, file_need: float | None, conventional_kwh: float
) -> float:
    """The *dépensier* need [kWh/yr]; when the file has none, the conventional one times
    79 / 56, the ratio of the daily volumes of §11.1 (the rest of the formula is the same)."""
    if installation_need is None and file_need is None:
        c = needs_coefficients().eau_chaude
        return conventional_kwh * c.volume_depensier_l_jour / c.volume_conventionnel_l_jour
    return _need_kwh(installation_need, file_need)


def _need_kwh(installation_need: float | None, file_need: float | None) -> float:
    """The installation's official need [kWh/yr], Wh written in place of kWh corrected."""
    if installation_need is None:
        if file_need is None:
            raise SystemsInputError("besoin d'ECS absent du fichier.", field="besoin d'ECS")
        return file_need
    if file_need and installation_need > WH_NEED_RATIO * file_need:
        return installation_need / W_PER_KW
    return installation_need


__all__ = [
    "GeneratorResult",
    "InstallationResult",
    "family_of",
    "hot_water_from_ademe",
    "installation_from_ademe",
]
