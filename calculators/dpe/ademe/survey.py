"""What a set of DPE files contains: versions, methods, and the systems that guide engine work.

A pure summary over :class:`~calculators.dpe.ademe.reader.DpeFile` objects: counts of files
(not of elements) per model version and application method, and how many files have collective
heating, a heat network, PV, a heat pump, wood, cooling, a veranda.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from calculators.dpe.ademe.families import (
    BOIS,
    MULTI_BATIMENT,
    PAC,
    RESEAU_CHALEUR,
    familles_chauffage,
    familles_ecs,
)
from calculators.dpe.ademe.reader import DpeFile


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Counts of files; ``Counter`` keys are the values found."""

    fichiers: int
    versions: Counter[str]
    methodes_application: Counter[int]
    types_dpe: Counter[str]
    classes_bilan: Counter[str]
    avec_chauffage_collectif: int
    """At least one heating installation that is not individual."""
    avec_ecs_collective: int
    avec_reseau_chaleur: int
    """A heat or hot-water generator on a district-heating network (type or energy)."""
    avec_multi_batiment: int
    """A multi-building plant modelled as a heat network."""
    avec_pv: int
    avec_pac: int
    avec_bois: int
    avec_climatisation: int
    avec_ets: int
    avec_double_fenetre: int
    avec_avertissements: int
    sans_sortie: int


def familles(dpe: DpeFile) -> frozenset[str]:
    """Every generator family present in the file, heating and hot water together."""
    systemes = dpe.inputs.systemes
    found: set[str] = set()
    for installation in systemes.installations_chauffage:
        for generateur in installation.generateurs:
            found |= familles_chauffage(generateur)
    for installation_ecs in systemes.installations_ecs:
        for generateur_ecs in installation_ecs.generateurs:
            found |= familles_ecs(generateur_ecs)
    return frozenset(found)


def summarize(files: Iterable[DpeFile]) -> CorpusSummary:
    """Count, over ``files``, the versions, methods and notable systems."""
    count = Counter[str]()
    versions = Counter[str]()
    methodes = Counter[int]()
    types = Counter[str]()
    classes = Counter[str]()
    for dpe in files:
        inputs = dpe.inputs
        systemes = inputs.systemes
        methode = inputs.administratif.methode_application
        count["fichiers"] += 1
        versions[inputs.administratif.enum_version_id] += 1
        methodes[methode.id] += 1
        types[methode.type_dpe.value] += 1
        if dpe.outputs is None:
            count["sans_sortie"] += 1
        else:
            classes[dpe.outputs.ep_conso.classe_bilan_dpe] += 1
        present = familles(dpe)
        flags = {
            "avec_chauffage_collectif": any(
                i.est_collective for i in systemes.installations_chauffage
            ),
            "avec_ecs_collective": any(i.est_collective for i in systemes.installations_ecs),
            "avec_reseau_chaleur": RESEAU_CHALEUR in present,
            "avec_multi_batiment": MULTI_BATIMENT in present,
            "avec_pv": systemes.production_elec_enr is not None
            and systemes.production_elec_enr.presence_production_pv,
            "avec_pac": PAC in present,
            "avec_bois": BOIS in present,
            "avec_climatisation": bool(systemes.climatisations),
            "avec_ets": bool(inputs.enveloppe.ets),
            "avec_double_fenetre": any(
                b.fenetre_doublee is not None for b in inputs.enveloppe.baies_vitrees
            ),
            "avec_avertissements": bool(dpe.warnings),
        }
        count.update(name for name, flag in flags.items() if flag)
    return CorpusSummary(
        fichiers=count["fichiers"],
        versions=versions,
        methodes_application=methodes,
        types_dpe=types,
        classes_bilan=classes,
        avec_chauffage_collectif=count["avec_chauffage_collectif"],
        avec_ecs_collective=count["avec_ecs_collective"],
        avec_reseau_chaleur=count["avec_reseau_chaleur"],
        avec_multi_batiment=count["avec_multi_batiment"],
        avec_pv=count["avec_pv"],
        avec_pac=count["avec_pac"],
        avec_bois=count["avec_bois"],
        avec_climatisation=count["avec_climatisation"],
        avec_ets=count["avec_ets"],
        avec_double_fenetre=count["avec_double_fenetre"],
        avec_avertissements=count["avec_avertissements"],
        sans_sortie=count["sans_sortie"],
    )


def format_summary(summary: CorpusSummary) -> str:
    """The summary as French text, one fact per line."""

    def counts(counter: Counter[str] | Counter[int]) -> str:
        return ", ".join(f"{key} : {n}" for key, n in sorted(counter.items()))

    lines = [
        f"Fichiers lus : {summary.fichiers}",
        f"Versions du modèle : {counts(summary.versions)}",
        f"Types de DPE : {counts(summary.types_dpe)}",
        f"Méthodes d'application (id) : {counts(summary.methodes_application)}",
        f"Étiquettes officielles : {counts(summary.classes_bilan)}",
        f"Chauffage collectif : {summary.avec_chauffage_collectif}",
        f"ECS collective : {summary.avec_ecs_collective}",
        f"Réseau de chaleur : {summary.avec_reseau_chaleur}",
        f"Chaufferie multi-bâtiment modélisée en réseau : {summary.avec_multi_batiment}",
        f"Photovoltaïque : {summary.avec_pv}",
        f"Pompe à chaleur (chauffage ou ECS) : {summary.avec_pac}",
        f"Bois : {summary.avec_bois}",
        f"Climatisation : {summary.avec_climatisation}",
        f"Véranda / espace tampon (ets) : {summary.avec_ets}",
        f"Double fenêtre décrite : {summary.avec_double_fenetre}",
        f"Avec avertissements de lecture : {summary.avec_avertissements}",
        f"Sans résultats officiels (sortie) : {summary.sans_sortie}",
    ]
    return "\n".join(lines)
