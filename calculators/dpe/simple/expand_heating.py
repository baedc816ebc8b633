"""The heating of a simple description as the 3CL-DPE 2021 heating stage needs it (ch. 8–9, 12–13).

One installation: the main generator (with the boiler relieving a hybrid heat pump, §9.1.4.3)
and, when declared, a wood or pellet stove as back-up (§9.3); its emitter with the distribution
temperature and period the operating temperatures need (§13.2.1.5), the network insulation
(§12.2) and the intermittence criteria (§8). Unknown values take the method's defaults where it
has some (the collective generator of §17.2.1.1, emitters of the construction year) and the desk
assumptions of ``expand_defaults.json`` otherwise; each becomes an assumption line.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.engine.heating.generator_types import equivalent_boiler, generator_type
from calculators.dpe.engine.heating.installations import Role
from calculators.dpe.engine.heating.intermittence import I0Table
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple import expand_ids as ids
from calculators.dpe.simple.choices import (
    Appoint,
    Energie,
    TypeLogement,
)
from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.expand_emitters import (
    ELECTRIC_EMITTERS,
    Emitter,
    electric_backup_emitter,
    emitter,
    stove_emitter,
)
from calculators.dpe.simple.expand_notes import Notes
from calculators.dpe.simple.official_ids import construction_year

SIMPLE, WOOD_BACKUP, HEAT_PUMP_RELIEF = 1, 3, 8
"""``cfg_installation_ch`` ids: simple installation; wood stove back-up (§9.3); boiler relieving
a heat pump (§9.1.4.2–9.1.4.3)."""
CONVECTOR = 98
"""« Convecteur électrique NFC » (``type_generateur_ch``)."""
NETWORKS = frozenset({G.RESEAU_CHALEUR, G.CHAUFFERIE_MULTI_BATIMENTS})
INDIVIDUAL_ONLY = frozenset(
    {
        G.PAC_AIR_AIR,
        G.POELE_BOIS,
        G.POELE_GRANULES,
        G.INSERT_FOYER_FERME,
        G.POELE_BOUILLEUR,
        G.POELE_FIOUL_GAZ_CHARBON,
        G.RADIATEUR_GAZ,
        G.CONVECTEURS,
        G.PANNEAUX_RAYONNANTS,
        G.RADIATEURS_ELECTRIQUES,
        G.PLANCHER_RAYONNANT_ELECTRIQUE,
        G.RADIATEURS_ACCUMULATION,
    }
)
_INFERRED_ENERGY = {
    G.CHAUDIERE_BOIS: Energie.BOIS_BUCHES,
    G.POELE_BOIS: Energie.BOIS_BUCHES,
    G.INSERT_FOYER_FERME: Energie.BOIS_BUCHES,
    G.POELE_BOUILLEUR: Energie.BOIS_BUCHES,
    G.POELE_GRANULES: Energie.BOIS_GRANULES,
    G.RESEAU_CHALEUR: Energie.RESEAU_CHALEUR,
    G.CHAUFFERIE_MULTI_BATIMENTS: Energie.GAZ_NATUREL,
    G.POELE_FIOUL_GAZ_CHARBON: Energie.FIOUL,
}
_BACKUPS = {
    Appoint.POELE_BOIS: (G.POELE_BOIS, Energie.BOIS_BUCHES),
    Appoint.POELE_GRANULES: (G.POELE_GRANULES, Energie.BOIS_GRANULES),
}


@dataclass(frozen=True, slots=True)
class HeatGenerator:
    """A generator: ``type_generateur_ch`` id computed (an « autre système » or the default
    collective system already turned into its equivalent boiler), its energy (``type_energie``
    id and rules key), its role and the index of the emitter it feeds."""

    type_id: int
    energy: Energie
    energy_id: int
    role: Role
    emitter: int


@dataclass(frozen=True, slots=True)
class Heating:
    """The heating installation of the dwelling (or of the building it belongs to)."""

    generators: tuple[HeatGenerator, ...]
    emitters: tuple[Emitter, ...]
    configuration_id: int
    collective: bool
    i0_table: I0Table
    network_insulated: bool
    network_id: str | None
    heated_main: G
    """The desk kind of the main generator, after defaults."""


def expand_heating(
    description: SimpleDescription, notes: Notes, *, electric_backup: bool = True
) -> Heating:
    """The heating criteria of ``description`` (assumptions into ``notes``); an electric
    back-up is counted unless ``electric_backup`` is False (the band's alternative)."""
    ch = description.chauffage
    built = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    kind, energy = _main_kind(description, notes)
    collective = _collective(description, kind, notes)
    year = _installation_year(description, kind, energy, built, notes)
    main = _generator_id(kind, energy, year, built)
    generators = [HeatGenerator(main, energy, ids.energy_id(energy), Role.PRINCIPAL, 0)]
    emitters = [emitter(description, kind, energy, collective, built, notes)]
    configuration = SIMPLE
    if kind is G.PAC_HYBRIDE:
        boiler_energy = Energie.GAZ_NATUREL
        boiler = ids.by_period("type_generateur_ch", ids.HYBRID_BOILER[ids.GAS], year)
        generators.append(
            HeatGenerator(boiler, boiler_energy, ids.energy_id(boiler_energy), Role.RELEVE, 0)
        )
        configuration = HEAT_PUMP_RELIEF
    if ch.appoint in _BACKUPS:
        stove, stove_energy = _BACKUPS[ch.appoint]
        candidates = ids.heating_ids(stove, stove_energy)
        assert candidates is not None
        stove_year = max(built, int(defaults.group("chauffage")["annee_poele_appoint"]))
        stove_id = ids.by_period("type_generateur_ch", candidates, stove_year)
        generators.append(
            HeatGenerator(
                stove_id, stove_energy, ids.energy_id(stove_energy), Role.APPOINT, len(emitters)
            )
        )
        emitters.append(stove_emitter(built))
        configuration = WOOD_BACKUP
        notes.add(
            "chauffage.appoint",
            f"Poêle d'appoint : 25 % du besoin (3CL §9.3), installé "
            f"en {stove_year} (hypothèse du guichet).",
        )
    elif ch.appoint is Appoint.ELECTRIQUE and electric_backup:
        electric = Energie.ELECTRICITE
        generators.append(
            HeatGenerator(CONVECTOR, electric, ids.energy_id(electric), Role.APPOINT, len(emitters))
        )
        emitters.append(electric_backup_emitter(built))
        configuration = WOOD_BACKUP
        notes.add(
            "chauffage.appoint",
            "Appoint électrique : convecteurs couvrant 25 % du besoin, la part d'un appoint au "
            "§9.3 (la méthode ne chiffre que l'appoint bois ; hypothèse du guichet).",
        )
    elif ch.appoint is not Appoint.AUCUN:
        notes.add(
            "chauffage.appoint",
            f"Appoint « {ch.appoint.libelle} » non compté : la méthode "
            "n'en prévoit la part que pour un poêle ou insert bois (3CL §9.3).",
        )
    house = description.logement.type.est_maison
    return Heating(
        generators=tuple(generators),
        emitters=tuple(emitters),
        configuration_id=configuration,
        collective=collective,
        i0_table=I0Table.MAISON
        if house
        else (I0Table.IMMEUBLE_COLLECTIF if collective else I0Table.IMMEUBLE_INDIVIDUEL),
        network_insulated=bool(
            defaults.group("chauffage")[
                "reseau_isole_collectif" if collective else "reseau_isole_individuel"
            ]
        ),
        network_id=ch.reseau_chaleur_id,
        heated_main=kind,
    )


def electric_joule(heating: Heating) -> bool:
    """« Effet joule » (§3.2): the main generator is a direct electric one (ids 98–106)."""
    return generator_type(heating.generators[0].type_id).famille in {
        "effet_joule",
        "chaudiere_electrique",
    }


def _main_kind(description: SimpleDescription, notes: Notes) -> tuple[G, Energie]:
    ch = description.chauffage
    kind, energy = ch.generateur, ch.energie
    chauffage = defaults.group("chauffage")
    if kind is G.INCONNU and _collective_default(description, kind):
        if energy is Energie.RESEAU_CHALEUR:
            return G.RESEAU_CHALEUR, energy
        if energy is Energie.INCONNUE:
            energy = Energie.FIOUL
            notes.add(
                "chauffage.generateur",
                "Chauffage collectif inconnu : chaudière fioul "
                "standard de l'année de construction (3CL §17.2.1.1).",
            )
        else:
            notes.add(
                "chauffage.generateur",
                "Générateur collectif inconnu : chaudière standard "
                f"({energy.libelle}) de l'année de construction (3CL §17.2.1.1).",
            )
        return G.AUTRE, energy
    if energy is Energie.INCONNUE:
        electric = kind in ELECTRIC_EMITTERS or kind.value.startswith("pac")
        energy = _INFERRED_ENERGY.get(
            kind, Energie.ELECTRICITE if electric else Energie(chauffage["energie_inconnue"])
        )
        notes.add(
            "chauffage.energie",
            f"Énergie du chauffage inconnue : {energy.libelle} (hypothèse du guichet).",
        )
    if kind is G.INCONNU:
        kind = G(chauffage["generateur_par_energie"][energy.value])
        notes.add(
            "chauffage.generateur",
            f"Générateur de chauffage inconnu : {kind.libelle} "
            f"({energy.libelle}, hypothèse du guichet).",
        )
    return kind, energy


def _collective_default(description: SimpleDescription, kind: G) -> bool:
    collectif = description.chauffage.collectif
    if collectif is not None:
        return collectif
    logement = description.logement.type
    if logement.est_maison:
        return False
    if logement is TypeLogement.IMMEUBLE:
        return kind not in INDIVIDUAL_ONLY
    return kind in NETWORKS


def _collective(description: SimpleDescription, kind: G, notes: Notes) -> bool:
    value = _collective_default(description, kind)
    if description.chauffage.collectif is None and not description.logement.type.est_maison:
        notes.add(
            "chauffage.collectif",
            "Chauffage "
            + ("collectif" if value else "individuel")
            + " (déduit du type de logement et du générateur, hypothèse du guichet).",
        )
    return value


def _installation_year(
    description: SimpleDescription, kind: G, energy: Energie, built: int, notes: Notes
) -> int:
    year = description.chauffage.annee_installation
    if year is not None:
        return year
    candidates = ids.heating_ids(kind, energy)
    if candidates is not None and len(candidates) > 1:
        notes.add(
            "chauffage.annee_installation",
            f"Année d'installation du générateur inconnue :"
            f" {built}, année de construction (hypothèse du guichet, la moins favorable).",
        )
    return built


def _generator_id(kind: G, energy: Energie, year: int, built: int) -> int:
    candidates = ids.heating_ids(kind, energy)
    if candidates is None:
        raise SimpleDescriptionError(
            f"chauffage.generateur : « {kind.libelle} » ne fonctionne pas à l'énergie "
            f"« {energy.libelle} ».",
            field="chauffage.generateur",
        )
    ident = ids.by_period("type_generateur_ch", candidates, year)
    famille = generator_type(ident).famille
    if famille == "autre_combustion":
        return equivalent_boiler(ident, ids.energy_id(energy), built)
    return ident
