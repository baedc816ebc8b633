"""The emitter of a simple description's heating, as §8, §12 and §13.2.1.5 need it.

A desk emitter choice (« radiateurs à eau », « plancher chauffant »...) becomes one id of the
official ``type_emission_distribution`` enumeration, which also says the network (individual or
collective, high or low temperature) and, for radiators, whether they have thermostatic valves;
with it come the distribution temperature and installation period of the operating
temperatures (§13.2.1.5: the construction year stands for an unknown emitter year) and the
intermittence criteria of §8. Direct electric heaters and stoves are their own emitter.
Unknowns take the desk assumptions of ``expand_defaults.json``, each stated.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.engine.heating.combustion_defaults import period_of_year as emitter_period
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import Emetteurs, Energie, Regulation, TemperatureDistribution
from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.expand_notes import Notes

ROOM_REGULATION = 2
"""``type_regulation`` « avec régulation pièce par pièce » (electric heaters carry their
thermostat)."""
DIVIDED, CENTRAL = 1, 2
"""``type_chauffage`` ids (§8 tables)."""
NO_NETWORK, LOW, MEDIUM, HIGH = 1, 2, 3, 4
"""``temp_distribution_ch`` ids."""
ELECTRIC_EMITTERS = {
    G.CONVECTEURS: 1,
    G.PANNEAUX_RAYONNANTS: 2,
    G.RADIATEURS_ELECTRIQUES: 3,
    G.PLANCHER_RAYONNANT_ELECTRIQUE: 8,
    G.RADIATEURS_ACCUMULATION: 10,
    G.CONVECTEUR_BI_JONCTION: 40,
    G.AUTRE: 4,
}
"""``type_emission_distribution`` of direct electric generators (the generator is the emitter)."""
_STOVE_EMITTERS = {
    Energie.FIOUL: 22,
    Energie.GPL: 23,
    Energie.PROPANE: 23,
    Energie.BUTANE: 23,
    Energie.CHARBON: 20,
    Energie.AUTRE_FOSSILE: 20,
    Energie.GAZ_NATUREL: 23,
}
WOOD_STOVE_EMITTER, GAS_RADIATOR_EMITTER, REFRIGERANT_AIR, DUCTED_AIR = 21, 19, 42, 5


@dataclass(frozen=True, slots=True)
class Emitter:
    """An emitter (``type_emission_distribution`` id) with what §8, §12 and §13.2.1.5 need."""

    type_id: int
    temperature_id: int
    period_id: int
    """``periode_installation_emetteur`` id (1 before 1981, 2 1981–2000, 3 after)."""
    type_chauffage_id: int
    equipement_intermittence_id: int
    type_regulation_id: int


def emitter(
    description: SimpleDescription,
    kind: G,
    energy: Energie,
    collective: bool,
    built: int,
    notes: Notes,
) -> Emitter:
    ch = description.chauffage
    chauffage = defaults.group("chauffage")
    period = emitter_period(built)
    if kind in ELECTRIC_EMITTERS and energy is Energie.ELECTRICITE:
        return Emitter(
            ELECTRIC_EMITTERS[kind],
            NO_NETWORK,
            period,
            DIVIDED,
            int(chauffage["intermittence_divise_electrique"]),
            2,
        )
    independent = _independent_emitter(kind, energy)
    if independent is not None:
        return Emitter(
            independent,
            NO_NETWORK,
            period,
            DIVIDED,
            int(chauffage["intermittence_appareil_independant"]),
            2,
        )
    if kind is G.PAC_AIR_AIR or ch.emetteurs in (Emetteurs.DETENTE_DIRECTE,):
        return Emitter(
            REFRIGERANT_AIR,
            NO_NETWORK,
            period,
            DIVIDED,
            int(chauffage["intermittence_divise_electrique"]),
            2,
        )
    equipment = int(
        chauffage[
            "intermittence_central_collectif" if collective else "intermittence_central_individuel"
        ]
    )
    if ch.emetteurs is Emetteurs.AIR_SOUFFLE:
        return Emitter(DUCTED_AIR, NO_NETWORK, period, CENTRAL, equipment, 2)
    emitters = ch.emetteurs
    if emitters is Emetteurs.INCONNUS or emitters in (
        Emetteurs.ELECTRIQUES,
        Emetteurs.APPAREIL_INDEPENDANT,
    ):
        emitters = Emetteurs.RADIATEURS_EAU
        notes.add(
            "chauffage.emetteurs",
            "Émetteurs inconnus : radiateurs à eau (hypothèse du "
            "guichet, les plus fréquents du corpus).",
        )
    floor = emitters in (Emetteurs.PLANCHER_CHAUFFANT, Emetteurs.PLAFOND_CHAUFFANT)
    high = _high_temperature(description, floor, built, notes)
    valves = _room_regulation(description, notes)
    network = 0 if collective else 2
    if floor:
        base = 11 if emitters is Emetteurs.PLANCHER_CHAUFFANT else 15
        type_id = base + network + (0 if high else 1)
    elif emitters is Emetteurs.VENTILOCONVECTEURS:
        type_id = 46 + network + (0 if high else 1)
    else:
        type_id = 32 + network + (0 if high else 1) + (4 if valves else 0)
    temperature = HIGH if high else (LOW if floor else MEDIUM)
    return Emitter(type_id, temperature, period, CENTRAL, equipment, 2 if valves else 1)


def _independent_emitter(kind: G, energy: Energie) -> int | None:
    if kind in (G.POELE_BOIS, G.POELE_GRANULES, G.INSERT_FOYER_FERME):
        return WOOD_STOVE_EMITTER
    if kind is G.POELE_FIOUL_GAZ_CHARBON:
        return _STOVE_EMITTERS.get(energy, 22)
    if kind is G.RADIATEUR_GAZ:
        return GAS_RADIATOR_EMITTER
    return None


def stove_emitter(built: int) -> Emitter:
    return Emitter(
        WOOD_STOVE_EMITTER,
        NO_NETWORK,
        emitter_period(built),
        DIVIDED,
        int(defaults.group("chauffage")["intermittence_appareil_independant"]),
        2,
    )


def _high_temperature(
    description: SimpleDescription, floor: bool, built: int, notes: Notes
) -> bool:
    declared = description.chauffage.temperature_distribution
    if declared is not TemperatureDistribution.INCONNUE:
        return declared is TemperatureDistribution.HAUTE
    if floor:
        notes.add(
            "chauffage.temperature_distribution",
            "Température de distribution inconnue : "
            "basse pour un plancher chauffant (hypothèse du guichet).",
        )
        return False
    limit = int(defaults.group("chauffage")["haute_temperature_jusqu_a"])
    notes.add(
        "chauffage.temperature_distribution",
        "Température de distribution inconnue : "
        + ("haute (émetteurs d'avant 2001" if built <= limit else "moyenne (émetteurs récents")
        + ", hypothèse du guichet).",
    )
    return built <= limit


def _room_regulation(description: SimpleDescription, notes: Notes) -> bool:
    regulation = description.chauffage.regulation
    if regulation is Regulation.INCONNUE:
        notes.add(
            "chauffage.regulation",
            "Régulation inconnue : robinets thermostatiques "
            "(hypothèse du guichet, cas le plus fréquent du corpus).",
        )
        return True
    return regulation is not Regulation.AUCUNE


def electric_backup_emitter(built: int) -> Emitter:
    """Electric convectors of a back-up (divided heating, their own thermostats)."""
    return Emitter(
        ELECTRIC_EMITTERS[G.CONVECTEURS],
        NO_NETWORK,
        emitter_period(built),
        DIVIDED,
        int(defaults.group("chauffage")["intermittence_divise_electrique"]),
        ROOM_REGULATION,
    )
