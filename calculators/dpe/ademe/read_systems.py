"""Read the systems of ``logement`` into :class:`~calculators.dpe.ademe.systems.Systemes`."""

from __future__ import annotations

import re

from calculators.dpe.ademe.nodes import Node, build
from calculators.dpe.ademe.systems import (
    Climatisation,
    ClimatisationIntermediaire,
    EmetteurChauffage,
    EmetteurChauffageIntermediaire,
    GenerateurChauffage,
    GenerateurChauffageIntermediaire,
    GenerateurEcs,
    GenerateurEcsIntermediaire,
    InstallationChauffage,
    InstallationChauffageIntermediaire,
    InstallationEcs,
    InstallationEcsIntermediaire,
    PanneauPv,
    ProductionElecEnr,
    ProductionElecEnrIntermediaire,
    Systemes,
    Ventilation,
    VentilationIntermediaire,
)


def read_systemes(logement: Node) -> Systemes:
    """Ventilation, heating, hot water, cooling and PV of ``logement`` (each may be absent)."""
    return Systemes(
        ventilations=tuple(
            _ventilation(n) for n in logement.items("ventilation_collection", "ventilation")
        ),
        installations_chauffage=tuple(
            _installation_chauffage(n)
            for n in logement.items("installation_chauffage_collection", "installation_chauffage")
        ),
        installations_ecs=tuple(
            _installation_ecs(n)
            for n in logement.items("installation_ecs_collection", "installation_ecs")
        ),
        climatisations=tuple(
            _climatisation(n) for n in logement.items("climatisation_collection", "climatisation")
        ),
        production_elec_enr=_production_elec_enr(logement),
    )


def _entree(item: Node) -> Node:
    return item.require("donnee_entree")


def _intermediaire(item: Node) -> Node:
    return item.child_or_empty("donnee_intermediaire")


def _ventilation(item: Node) -> Ventilation:
    return build(
        Ventilation,
        _entree(item),
        intermediaire=build(VentilationIntermediaire, _intermediaire(item)),
    )


def _installation_chauffage(item: Node) -> InstallationChauffage:
    emetteurs = tuple(
        build(
            EmetteurChauffage,
            _entree(n),
            intermediaire=build(EmetteurChauffageIntermediaire, _intermediaire(n)),
        )
        for n in item.items("emetteur_chauffage_collection", "emetteur_chauffage")
    )
    generateurs = tuple(
        build(
            GenerateurChauffage,
            _entree(n),
            intermediaire=build(GenerateurChauffageIntermediaire, _intermediaire(n)),
            annee_installation=_annee_installation(_entree(n)),
        )
        for n in item.items("generateur_chauffage_collection", "generateur_chauffage")
    )
    return build(
        InstallationChauffage,
        _entree(item),
        emetteurs=emetteurs,
        generateurs=generateurs,
        intermediaire=build(InstallationChauffageIntermediaire, _intermediaire(item)),
    )


def _installation_ecs(item: Node) -> InstallationEcs:
    generateurs = tuple(
        build(
            GenerateurEcs,
            _entree(n),
            intermediaire=build(GenerateurEcsIntermediaire, _intermediaire(n)),
        )
        for n in item.items("generateur_ecs_collection", "generateur_ecs")
    )
    return build(
        InstallationEcs,
        _entree(item),
        generateurs=generateurs,
        intermediaire=build(InstallationEcsIntermediaire, _intermediaire(item)),
    )


def _climatisation(item: Node) -> Climatisation:
    return build(
        Climatisation,
        _entree(item),
        intermediaire=build(ClimatisationIntermediaire, _intermediaire(item)),
    )


def _production_elec_enr(logement: Node) -> ProductionElecEnr | None:
    """The PV block, or None when it is absent or empty (most files without PV)."""
    block = logement.child("production_elec_enr")
    if block is None or not block.has_content():
        return None
    panneaux = tuple(
        build(PanneauPv, n) for n in block.items("panneaux_pv_collection", "panneaux_pv")
    )
    return build(
        ProductionElecEnr,
        _entree(block),
        panneaux=panneaux,
        intermediaire=build(ProductionElecEnrIntermediaire, _intermediaire(block)),
    )


_YEAR = re.compile(r"\d{4}")


def _annee_installation(entree: Node) -> int | None:
    """LICIEL's installation year (``data_complementaires/@data-annee-installation``), outside
    the data model so read leniently: anything but a four-digit year (« Inconnue ») is None."""
    extra = entree.element.find("data_complementaires")
    raw = (extra.get("data-annee-installation") or "").strip() if extra is not None else ""
    return int(raw) if _YEAR.fullmatch(raw) else None
