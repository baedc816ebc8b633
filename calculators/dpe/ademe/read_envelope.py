"""Read ``logement/enveloppe`` into :class:`~calculators.dpe.ademe.envelope.Enveloppe`."""

from __future__ import annotations

from calculators.dpe.ademe.envelope import (
    Adjacence,
    BaieEts,
    BaieVitree,
    BaieVitreeIntermediaire,
    DoubleFenetre,
    DoubleFenetreIntermediaire,
    Enveloppe,
    Ets,
    EtsIntermediaire,
    Inertie,
    Mur,
    MurIntermediaire,
    PlancherBas,
    PlancherBasIntermediaire,
    PlancherHaut,
    PlancherHautIntermediaire,
    PontThermique,
    PontThermiqueIntermediaire,
    Porte,
    PorteIntermediaire,
)
from calculators.dpe.ademe.nodes import Node, build


def read_enveloppe(logement: Node) -> Enveloppe:
    """The envelope of ``logement``; the ``enveloppe`` element itself is required."""
    env = logement.require("enveloppe")
    return Enveloppe(
        inertie=build(Inertie, env.require("inertie")),
        murs=tuple(_mur(n) for n in env.items("mur_collection", "mur")),
        planchers_bas=tuple(
            _plancher_bas(n) for n in env.items("plancher_bas_collection", "plancher_bas")
        ),
        planchers_hauts=tuple(
            _plancher_haut(n) for n in env.items("plancher_haut_collection", "plancher_haut")
        ),
        baies_vitrees=tuple(
            _baie_vitree(n) for n in env.items("baie_vitree_collection", "baie_vitree")
        ),
        portes=tuple(_porte(n) for n in env.items("porte_collection", "porte")),
        ponts_thermiques=tuple(
            _pont_thermique(n) for n in env.items("pont_thermique_collection", "pont_thermique")
        ),
        ets=tuple(_ets(n) for n in env.items("ets_collection", "ets")),
    )


def _entree(item: Node) -> Node:
    return item.require("donnee_entree")


def _intermediaire(item: Node) -> Node:
    return item.child_or_empty("donnee_intermediaire")


def _mur(item: Node) -> Mur:
    entree = _entree(item)
    return build(
        Mur,
        entree,
        adjacence=build(Adjacence, entree),
        intermediaire=build(MurIntermediaire, _intermediaire(item)),
    )


def _plancher_bas(item: Node) -> PlancherBas:
    entree = _entree(item)
    return build(
        PlancherBas,
        entree,
        adjacence=build(Adjacence, entree),
        intermediaire=build(PlancherBasIntermediaire, _intermediaire(item)),
    )


def _plancher_haut(item: Node) -> PlancherHaut:
    entree = _entree(item)
    return build(
        PlancherHaut,
        entree,
        adjacence=build(Adjacence, entree),
        intermediaire=build(PlancherHautIntermediaire, _intermediaire(item)),
    )


def _baie_vitree(item: Node) -> BaieVitree:
    entree = _entree(item)
    homogene = entree.int_or_none("tv_coef_masque_lointain_homogene_id")
    nested = entree.child("masque_lointain_homogene")
    if homogene is None and nested is not None:
        homogene = nested.int_or_none("tv_coef_masque_lointain_homogene_id")
    non_homogenes = tuple(
        mask.int_("tv_coef_masque_lointain_non_homogene_id")
        for mask in entree.items(
            "masque_lointain_non_homogene_collection", "masque_lointain_non_homogene"
        )
    )
    return build(
        BaieVitree,
        entree,
        adjacence=build(Adjacence, entree),
        tv_coef_masque_lointain_homogene_id=homogene,
        masques_lointains_non_homogenes=non_homogenes,
        fenetre_doublee=_double_fenetre(item),
        intermediaire=build(BaieVitreeIntermediaire, _intermediaire(item)),
    )


def _double_fenetre(item: Node) -> DoubleFenetre | None:
    """The described second window; the element is often present but empty."""
    double = item.child("baie_vitree_double_fenetre")
    if double is None or not double.has_content():
        return None
    return build(
        DoubleFenetre,
        double.child_or_empty("donnee_entree"),
        intermediaire=build(DoubleFenetreIntermediaire, _intermediaire(double)),
    )


def _porte(item: Node) -> Porte:
    entree = _entree(item)
    return build(
        Porte,
        entree,
        adjacence=build(Adjacence, entree),
        intermediaire=build(PorteIntermediaire, _intermediaire(item)),
    )


def _pont_thermique(item: Node) -> PontThermique:
    return build(
        PontThermique,
        _entree(item),
        intermediaire=build(PontThermiqueIntermediaire, _intermediaire(item)),
    )


def _ets(item: Node) -> Ets:
    baies = tuple(
        build(BaieEts, _entree(baie)) for baie in item.items("baie_ets_collection", "baie_ets")
    )
    return build(
        Ets,
        _entree(item),
        baies=baies,
        intermediaire=build(EtsIntermediaire, _intermediaire(item)),
    )
