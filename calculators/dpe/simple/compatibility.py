"""Which energies each generator can burn or use, and the errors when a description mixes them.

The pairs follow the ADEME enumerations (``type_generateur_ch`` and ``type_generateur_ecs``
list the energies of each generator in their ``enum_type_energie_id`` column): a gas boiler
burns gas, fuel oil, LPG or coal, never wood; a heat pump or a convector uses electricity; a
heat network delivers network heat. ``inconnue`` fits everything.
"""

from __future__ import annotations

from collections.abc import Iterator

from calculators.dpe.simple.choices import Energie, GenerateurChauffage, GenerateurEcs
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.fields import label

G = GenerateurChauffage
W = GenerateurEcs
_FOSSIL = frozenset({Energie.GAZ_NATUREL, Energie.FIOUL, Energie.PROPANE, Energie.BUTANE,
                     Energie.GPL, Energie.CHARBON, Energie.AUTRE_FOSSILE})  # fmt: skip
_GAS = frozenset({Energie.GAZ_NATUREL, Energie.PROPANE, Energie.BUTANE, Energie.GPL})
_WOOD = frozenset({Energie.BOIS_BUCHES, Energie.BOIS_GRANULES, Energie.BOIS_PLAQUETTES})
_ELECTRIC = frozenset({Energie.ELECTRICITE})
_NETWORK = frozenset({Energie.RESEAU_CHALEUR})
_BOILER_ROOM = _FOSSIL | _WOOD | _ELECTRIC | _NETWORK

HEATING_ENERGIES: dict[GenerateurChauffage, frozenset[Energie]] = {
    G.CHAUDIERE_CLASSIQUE: _FOSSIL, G.CHAUDIERE_STANDARD: _FOSSIL,
    G.CHAUDIERE_BASSE_TEMPERATURE: _FOSSIL, G.CHAUDIERE_CONDENSATION: _FOSSIL,
    G.CHAUDIERE_BOIS: _WOOD, G.CHAUDIERE_ELECTRIQUE: _ELECTRIC,
    G.PAC_AIR_AIR: _ELECTRIC, G.PAC_AIR_EAU: _ELECTRIC, G.PAC_EAU_EAU: _ELECTRIC,
    G.PAC_GEOTHERMIQUE: _ELECTRIC, G.PAC_HYBRIDE: _ELECTRIC | _FOSSIL | _WOOD,
    G.POELE_BOIS: _WOOD, G.POELE_GRANULES: frozenset({Energie.BOIS_GRANULES}),
    G.INSERT_FOYER_FERME: _WOOD, G.POELE_BOUILLEUR: _WOOD,
    G.POELE_FIOUL_GAZ_CHARBON: _FOSSIL, G.GENERATEUR_AIR_CHAUD: _FOSSIL, G.RADIATEUR_GAZ: _GAS,
    G.CONVECTEURS: _ELECTRIC, G.PANNEAUX_RAYONNANTS: _ELECTRIC,
    G.RADIATEURS_ELECTRIQUES: _ELECTRIC, G.PLANCHER_RAYONNANT_ELECTRIQUE: _ELECTRIC,
    G.RADIATEURS_ACCUMULATION: _ELECTRIC, G.CONVECTEUR_BI_JONCTION: _ELECTRIC | _FOSSIL,
    G.RESEAU_CHALEUR: _NETWORK, G.CHAUFFERIE_MULTI_BATIMENTS: _BOILER_ROOM,
}  # fmt: skip
"""Energies each heat generator may use (absent generators — ``autre``, ``inconnu`` — any)."""

HOT_WATER_ENERGIES: dict[GenerateurEcs, frozenset[Energie]] = {
    W.CHAUDIERE: _FOSSIL | _WOOD | _ELECTRIC, W.BALLON_ELECTRIQUE: _ELECTRIC,
    W.ELECTRIQUE_INSTANTANE: _ELECTRIC, W.THERMODYNAMIQUE: _ELECTRIC,
    W.PAC_DOUBLE_SERVICE: _ELECTRIC, W.GAZ_INSTANTANE: _GAS, W.ACCUMULATEUR_GAZ: _GAS,
    W.POELE_BOUILLEUR: _WOOD, W.RESEAU_CHALEUR: _NETWORK,
    W.CHAUFFERIE_MULTI_BATIMENTS: _BOILER_ROOM,
}  # fmt: skip
"""Energies each hot-water generator may use."""


def compatibility_errors(description: SimpleDescription) -> Iterator[SimpleDescriptionError]:
    """Errors for a generator declared with an energy it cannot use, and for a heat-network
    id on a dwelling that is not heated by a network."""
    heating = description.chauffage
    yield from _pair(
        "chauffage.energie", heating.energie, heating.generateur,
        HEATING_ENERGIES.get(heating.generateur),
    )  # fmt: skip
    hot_water = description.eau_chaude
    yield from _pair(
        "eau_chaude.energie", hot_water.energie, hot_water.generateur,
        HOT_WATER_ENERGIES.get(hot_water.generateur),
    )  # fmt: skip
    on_network = heating.energie is Energie.RESEAU_CHALEUR or heating.generateur in (
        G.RESEAU_CHALEUR,
        G.CHAUFFERIE_MULTI_BATIMENTS,
    )
    if heating.reseau_chaleur_id is not None and not on_network:
        path = "chauffage.reseau_chaleur_id"
        yield SimpleDescriptionError(
            f"{path} ({label(path)}) : réseau « {heating.reseau_chaleur_id} » donné pour un "
            f"chauffage « {heating.generateur.libelle} » à l'énergie "
            f"« {heating.energie.libelle} ».",
            field=path,
        )


def _pair(
    path: str,
    energy: Energie,
    generator: GenerateurChauffage | GenerateurEcs,
    allowed: frozenset[Energie] | None,
) -> Iterator[SimpleDescriptionError]:
    if allowed is None or energy is Energie.INCONNUE or energy in allowed:
        return
    choices = ", ".join(sorted(e.libelle for e in allowed))
    yield SimpleDescriptionError(
        f"{path} ({label(path)}) : « {energy.libelle} » impossible pour « {generator.libelle} » "
        f"(énergies possibles : {choices}).",
        field=path,
    )
