"""Read ``logement/sortie`` into :class:`~calculators.dpe.ademe.outputs.DpeOutputs`."""

from __future__ import annotations

from calculators.dpe.ademe.errors import DpeXmlError
from calculators.dpe.ademe.nodes import Node, build
from calculators.dpe.ademe.outputs import (
    ApportEtBesoin,
    Cout,
    Deperdition,
    DpeOutputs,
    EfConso,
    EmissionGes,
    EpConso,
    ProductionElectricite,
    QualiteIsolation,
    SortieParEnergie,
)

_CLASSES = frozenset("ABCDEFG")


def read_sortie(logement: Node) -> DpeOutputs | None:
    """The official results, or None when the file has no ``sortie`` (inputs only)."""
    sortie = logement.child("sortie")
    if sortie is None:
        return None
    ep = sortie.require("ep_conso")
    ges = sortie.require("emission_ges")
    return DpeOutputs(
        deperdition=build(Deperdition, sortie.require("deperdition")),
        apport_et_besoin=build(ApportEtBesoin, sortie.require("apport_et_besoin")),
        ef_conso=build(EfConso, sortie.require("ef_conso")),
        ep_conso=build(EpConso, ep, classe_bilan_dpe=_classe(ep, "classe_bilan_dpe")),
        emission_ges=build(
            EmissionGes, ges, classe_emission_ges=_classe(ges, "classe_emission_ges")
        ),
        cout=build(Cout, sortie.child_or_empty("cout")),
        production_electricite=build(
            ProductionElectricite, sortie.child_or_empty("production_electricite")
        ),
        qualite_isolation=build(QualiteIsolation, sortie.child_or_empty("qualite_isolation")),
        sortie_par_energie=tuple(
            build(SortieParEnergie, n)
            for n in sortie.items("sortie_par_energie_collection", "sortie_par_energie")
        ),
        confort_ete=sortie.child_or_empty("confort_ete").numbers(),
    )


def _classe(block: Node, tag: str) -> str:
    """A label class, A to G."""
    value = block.string(tag).upper()
    if value not in _CLASSES:
        raise DpeXmlError(
            f"{block.where(tag)} : classe « {value[:10]} » inconnue (A à G attendu)",
            path=block.where(tag),
        )
    return value
