"""The systems of an ADEME DPE file as an adviser would describe them.

The main heating is the base generator of the installation that heats the largest surface: by
its role first (the configuration ``enum_cfg_installation_ch_id`` and the generator-emitter link
say which generator is the wood back-up or the bathroom heater, and which family the relieving
boiler relieves, §9.1.4), then by consumption (``conso_ch``) between generators of one role. A
heat pump backed up by a wood stove consumes less final energy than the stove yet delivers most
of the heat: an adviser would name the heat pump. A second generator becomes the back-up
(``appoint``). Hot water is the main generator of the installation serving the largest surface.
A ventilation's installation year is the last bounded year of the periods its ADEME id covers
(« de 1982 à 2000 » → 2000). PV peak power is not in the file: it is rebuilt from the module
area with the method's own module efficiency.
"""

from __future__ import annotations

from calculators.dpe.ademe.systems import (
    GenerateurChauffage,
    InstallationChauffage,
    ProductionElecEnr,
    Systemes,
)
from calculators.dpe.simple import ademe_codes
from calculators.dpe.simple.choices import (
    Appoint,
    Emetteurs,
    Energie,
    OrientationPv,
    Regulation,
    TemperatureDistribution,
    TypeVentilation,
)
from calculators.dpe.simple.choices import (
    GenerateurChauffage as Heater,
)
from calculators.dpe.simple.derivation_notes import Notes
from calculators.dpe.simple.description import (
    Chauffage,
    Climatisation,
    EauChaude,
    Photovoltaique,
    Ventilation,
)
from calculators.dpe.simple.official_ids import (
    ENERGIES,
    PERIODES,
    VENTILATIONS,
    choice_of_id,
    periode_from_id,
)
from calculators.dpe.tables import enum_row

PV_MODULE_EFFICIENCY = 0.17
"""Method §16.2 (arrêté du 31 mars 2021, annexe 1): mean module efficiency r = 17 %, so a module
area of S m² stands for 0.17 · S kWc under 1 kW/m²."""
PV_MODULE_AREA_M2 = 1.6
"""Method §16.2: default module area when only the number of modules is known [m²]."""

_TEMPERATURES = {
    2: TemperatureDistribution.BASSE,
    3: TemperatureDistribution.MOYENNE,
    4: TemperatureDistribution.HAUTE,
}
"""``temp_distribution_ch`` ids (1: no distribution network)."""
_PV_ORIENTATIONS = {1: OrientationPv.EST, 2: OrientationPv.SUD_EST, 3: OrientationPv.SUD,
                    4: OrientationPv.SUD_OUEST, 5: OrientationPv.OUEST}  # fmt: skip
"""``orientation_pv`` ids."""
BACKUP_LINKS = {3: {2}, 4: {3}, 5: {2, 3}, 7: {2}, 9: {2}}
"""``enum_lien_generateur_emetteur_id`` of the generators that are not the base, per
``enum_cfg_installation_ch_id`` (2: wood back-up, 3: bathroom heater; ADEME enumeration
``cfg_installation_ch``, method §9)."""
_HEAT_PUMPS = frozenset(
    {Heater.PAC_AIR_AIR, Heater.PAC_AIR_EAU, Heater.PAC_EAU_EAU, Heater.PAC_GEOTHERMIQUE,
     Heater.PAC_HYBRIDE}
)  # fmt: skip
_BOILERS = frozenset(
    {Heater.CHAUDIERE_CLASSIQUE, Heater.CHAUDIERE_STANDARD, Heater.CHAUDIERE_BASSE_TEMPERATURE,
     Heater.CHAUDIERE_CONDENSATION, Heater.CHAUDIERE_BOIS, Heater.CHAUDIERE_ELECTRIQUE}
)  # fmt: skip
RELIEVED = {6: frozenset({Heater.CHAUDIERE_BOIS}), 8: _HEAT_PUMPS, 9: _HEAT_PUMPS}
"""Configurations where a boiler relieves a base generator of the given kinds (method §9.1.4.1
wood boiler relieved, §9.1.4.2 heat pump relieved by a boiler)."""
_WOOD_BACKUPS = {Heater.POELE_BOIS, Heater.INSERT_FOYER_FERME, Heater.POELE_BOUILLEUR}
_ELECTRIC_BACKUPS = {Heater.CONVECTEURS, Heater.PANNEAUX_RAYONNANTS, Heater.RADIATEURS_ELECTRIQUES}


def ventilation(systemes: Systemes) -> Ventilation:
    if not systemes.ventilations:
        return Ventilation()
    main = max(systemes.ventilations, key=lambda v: v.surface_ventile)
    ident = main.enum_type_ventilation_id
    periods = enum_row("type_ventilation", ident)["periode_construction"]
    year = None
    if periods is not None:
        bounded = [PERIODES[periode_from_id(int(p))][2] for p in str(periods).split("|")]
        year = max((last for last in bounded if last is not None), default=None)
    return Ventilation(
        type=choice_of_id(VENTILATIONS, ident) or TypeVentilation.INCONNUE,
        annee_installation=year,
    )


def energy(ident: int | None) -> Energie:
    return choice_of_id(ENERGIES, ident) or Energie.INCONNUE


def heating(systemes: Systemes, notes: Notes) -> Chauffage:
    installations = [i for i in systemes.installations_chauffage if i.generateurs]
    if not installations:
        notes.add("chauffage : aucun générateur décrit dans le fichier.")
        return Chauffage()
    main = max(installations, key=lambda i: i.surface_chauffee)
    generator = base_generator(main)
    kind = ademe_codes.heating_generator(generator.enum_type_generateur_ch_id)
    emitters, temperature = _emission(main)
    return Chauffage(
        energie=energy(generator.enum_type_energie_id),
        generateur=kind,
        annee_installation=ademe_codes.installation_year(
            "type_generateur_ch", generator.enum_type_generateur_ch_id
        ),
        emetteurs=emitters,
        temperature_distribution=temperature,
        regulation=_regulation(main),
        collectif=main.est_collective,
        reseau_chaleur_id=notes.text(
            "chauffage.reseau_chaleur_id", generator.identifiant_reseau_chaleur
        ),
        appoint=_backup(installations, generator),
    )


def hot_water(systemes: Systemes, notes: Notes) -> EauChaude:
    installations = [i for i in systemes.installations_ecs if i.generateurs]
    if not installations:
        notes.add("eau chaude : aucun générateur décrit dans le fichier.")
        return EauChaude()
    main = max(installations, key=lambda i: i.surface_habitable)
    generator = max(main.generateurs, key=lambda g: g.intermediaire.conso_ecs or 0.0)
    return EauChaude(
        generateur=ademe_codes.hot_water_generator(generator.enum_type_generateur_ecs_id),
        energie=energy(generator.enum_type_energie_id),
        volume_ballon_l=notes.bounded(
            "eau_chaude.volume_ballon_l", generator.volume_stockage or None
        ),
        collectif=main.est_collective,
        annee_installation=ademe_codes.installation_year(
            "type_generateur_ecs", generator.enum_type_generateur_ecs_id
        ),
    )


def cooling(systemes: Systemes) -> Climatisation:
    if not systemes.climatisations:
        return Climatisation()
    main = max(systemes.climatisations, key=lambda c: c.surface_clim)
    return Climatisation(type=ademe_codes.cooling(main.enum_type_generateur_fr_id))


def photovoltaics(production: ProductionElecEnr | None, notes: Notes) -> Photovoltaique | None:
    if production is None or not production.presence_production_pv or not production.panneaux:
        return None
    area = 0.0
    for panel in production.panneaux:
        panel_area = panel.surface_totale_capteurs
        if panel_area is None and panel.nombre_module is not None:
            panel_area = PV_MODULE_AREA_M2 * panel.nombre_module
        area += (panel_area or 0.0) * (panel.ratio_virtualisation or 1.0)
    power = notes.bounded("photovoltaique.puissance_kwc", round(area * PV_MODULE_EFFICIENCY, 2))
    if power is None:
        return None
    largest = max(production.panneaux, key=lambda p: p.surface_totale_capteurs or 0.0)
    orientation = _PV_ORIENTATIONS.get(largest.enum_orientation_pv_id or 0, OrientationPv.INCONNUE)
    return Photovoltaique(puissance_kwc=power, orientation=orientation)


def _emission(installation: InstallationChauffage) -> tuple[Emetteurs, TemperatureDistribution]:
    """Emitters and distribution temperature of the emitter heating the largest surface."""
    emitter = max(installation.emetteurs, key=lambda e: e.surface_chauffee, default=None)
    if emitter is None:
        return Emetteurs.INCONNUS, TemperatureDistribution.INCONNUE
    temperature = _TEMPERATURES.get(
        emitter.enum_temp_distribution_ch_id, TemperatureDistribution.INCONNUE
    )
    return ademe_codes.emitters(emitter.enum_type_emission_distribution_id), temperature


def base_generator(installation: InstallationChauffage) -> GenerateurChauffage:
    """The generator playing the base role of ``installation`` (see the module docstring)."""
    backups = BACKUP_LINKS.get(installation.enum_cfg_installation_ch_id, set())
    candidates = [
        g
        for g in installation.generateurs
        if (g.enum_lien_generateur_emetteur_id or 1) not in backups
    ] or list(installation.generateurs)
    relieved = RELIEVED.get(installation.enum_cfg_installation_ch_id)
    if relieved is not None:
        kinds = [ademe_codes.heating_generator(g.enum_type_generateur_ch_id) for g in candidates]
        bases = [g for g, k in zip(candidates, kinds, strict=True) if k in relieved]
        others = [k for k in kinds if k not in relieved]
        if len(bases) == 1 and others and all(k in _BOILERS for k in others):
            return bases[0]
    return max(candidates, key=_consumption)


def _consumption(generator: GenerateurChauffage) -> float:
    return generator.intermediaire.conso_ch or 0.0


def _regulation(installation: InstallationChauffage) -> Regulation:
    ids = {e.enum_type_emission_distribution_id for e in installation.emetteurs}
    if any(e.enum_type_regulation_id == 2 for e in installation.emetteurs):
        return Regulation.PIECE_PAR_PIECE
    if ids & ademe_codes.THERMOSTATIC_VALVES:
        return Regulation.ROBINETS_THERMOSTATIQUES
    if ids & ademe_codes.NO_THERMOSTATIC_VALVES or any(
        e.enum_type_regulation_id == 1 for e in installation.emetteurs
    ):
        return Regulation.AUCUNE
    return Regulation.INCONNUE


def _backup(installations: list[InstallationChauffage], main: GenerateurChauffage) -> Appoint:
    """The largest other generator, unless it is the other half of the same appliance (the
    boiler of a hybrid heat pump)."""
    main_kind = ademe_codes.heating_generator(main.enum_type_generateur_ch_id)
    others = [
        g
        for i in installations
        for g in i.generateurs
        if g is not main
        and ademe_codes.heating_generator(g.enum_type_generateur_ch_id) is not main_kind
    ]
    if not others:
        return Appoint.AUCUN
    kind = ademe_codes.heating_generator(max(others, key=_consumption).enum_type_generateur_ch_id)
    if kind in _WOOD_BACKUPS:
        return Appoint.POELE_BOIS
    if kind is Heater.POELE_GRANULES:
        return Appoint.POELE_GRANULES
    return Appoint.ELECTRIQUE if kind in _ELECTRIC_BACKUPS else Appoint.AUTRE
