"""The uncertainty band of a desk estimate: which labels the unknowns leave possible.

Method (documented in ``docs/dpe-simple.md``, « Diagnostic simplifié (au guichet) »):

1. **One at a time.** Every unknown of the description and every estimated area is a
   :class:`~.uncertainty_variants.Variation` with plausible alternatives (wall insulation
   unknown: not insulated / insulated per the period; generator age unknown: as old as the
   building / recent; window area estimated: ± the geometry's 80th-percentile error measured on
   the corpus…). The estimate is re-run with each alternative, all else at its default: the
   spread of Cep (and of the label) each one causes ranks the assumptions that matter most.
2. **Combined extremes.** The most favourable alternative of every variation applied together
   gives the best case, the least favourable the worst case. The band is the range of labels
   and of Cep over every run (central, one-at-a-time, combined).

The band says what the adviser's « inconnu » leave open; it does not model the engine's own
error against certified DPEs (measured separately, ``benchmarks/dpe_simple_corpus.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from calculators.dpe.rules import DPE_CLASSES
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.estimate_run import run
from calculators.dpe.simple.expand import desk_geometry, expand
from calculators.dpe.simple.expand_notes import Unasked, fr
from calculators.dpe.simple.geometry import (
    GeometryEstimate,
    WindowsByOrientation,
)
from calculators.dpe.simple.uncertainty_variants import Option, Variation, apply, variations

SENTENCES = 3
"""How many of the assumptions that move the estimate most are put into words."""


@dataclass(frozen=True, slots=True)
class Point:
    """One run: Cep [kWhEP/(m²·yr)], EGES [kgCO2eq/(m²·yr)] and label."""

    cep_kwh_m2: float
    eges_kg_m2: float
    label: str

    @property
    def rank(self) -> tuple[int, float]:
        """Order from best to worst: the label, then Cep."""
        return DPE_CLASSES.index(self.label), self.cep_kwh_m2


@dataclass(frozen=True, slots=True)
class Effet:
    """What one unknown does: each alternative's result, the best and worst of them."""

    champ: str
    libelle: str
    etat: str
    resultats: tuple[tuple[str, Point], ...]
    meilleur: Point
    pire: Point

    @property
    def ecart_kwh_m2(self) -> float:
        """Spread of Cep between the alternatives [kWhEP/(m²·yr)]."""
        return self.pire.cep_kwh_m2 - self.meilleur.cep_kwh_m2

    @property
    def phrase(self) -> str:
        """« l'isolation des murs, inconnue, fait passer de E à C »."""
        verb = "font" if self.libelle.startswith("les ") else "fait"
        head = f"{self.libelle}, {self.etat}, {verb} "
        if self.pire.label != self.meilleur.label:
            return head + f"passer de {self.pire.label} à {self.meilleur.label}"
        return head + (
            f"varier l'énergie primaire de {fr(self.meilleur.cep_kwh_m2, 0)} à "
            f"{fr(self.pire.cep_kwh_m2, 0)} kWhEP/m²/an (étiquette {self.pire.label})"
        )


@dataclass(frozen=True, slots=True)
class Bande:
    """The band: central estimate, combined best and worst cases, every effect (largest Cep
    spread first), the label and Cep ranges over all runs, and the top effects in French."""

    central: Point
    meilleur: Point
    pire: Point
    effets: tuple[Effet, ...]
    label_meilleur: str
    label_pire: str
    cep_min_kwh_m2: float
    cep_max_kwh_m2: float
    runs: int

    @property
    def phrases(self) -> tuple[str, ...]:
        moving = [e for e in self.effets if e.ecart_kwh_m2 > 0]
        return tuple(e.phrase for e in moving[:SENTENCES])

    def contient(self, label: str) -> bool:
        """Whether ``label`` lies within the band (best to worst, inclusive)."""
        index = DPE_CLASSES.index(label)
        return DPE_CLASSES.index(self.label_meilleur) <= index <= DPE_CLASSES.index(self.label_pire)


def uncertainty(description: SimpleDescription, at: date) -> Bande:
    """The band of ``description`` (valid) with the rules in force on ``at``."""
    central = point(description, Option("central"), at)
    points = [central]
    effets = []
    best: list[Option] = []
    worst: list[Option] = []
    for variation in variations(description, at):
        results = tuple(
            (option.nom, point(description, option, at)) for option in variation.options
        )
        points.extend(p for _, p in results)
        ordered = sorted(zip(variation.options, results, strict=True), key=lambda x: x[1][1].rank)
        best.append(ordered[0][0])
        worst.append(ordered[-1][0])
        effets.append(_effet(variation, results))
    meilleur = _combined(description, best, at) if best else central
    pire = _combined(description, worst, at) if worst else central
    points += [meilleur, pire]
    ranked = sorted(points, key=lambda p: p.rank)
    return Bande(
        central=central,
        meilleur=meilleur,
        pire=pire,
        effets=tuple(sorted(effets, key=lambda e: -e.ecart_kwh_m2)),
        label_meilleur=ranked[0].label,
        label_pire=ranked[-1].label,
        cep_min_kwh_m2=min(p.cep_kwh_m2 for p in points),
        cep_max_kwh_m2=max(p.cep_kwh_m2 for p in points),
        runs=len(points),
    )


def point(description: SimpleDescription, option: Option, at: date) -> Point:
    """Cep, EGES and label of ``description`` with the changes, area factors and unasked
    values of ``option``."""
    varied = apply(description, option.changes)
    geometry = scaled(desk_geometry(varied), dict(option.scale))
    unasked = Unasked(**dict(option.unasked))
    totals = run(expand(varied, geometry, unasked), at, depensier=False).totals
    return Point(totals.cep_kwh_m2, totals.eges_kg_m2, totals.label.label)


def scaled(geometry: GeometryEstimate, factors: Mapping[str, float]) -> GeometryEstimate:
    """``geometry`` with walls, windows, roof and low floor areas multiplied by ``factors``
    (keys ``murs``, ``fenetres``, ``toiture``, ``plancher_bas``); the windows' perimeters follow
    their area."""
    if not factors:
        return geometry
    walls = factors.get("murs", 1.0)
    windows = factors.get("fenetres", 1.0)
    glazing = geometry.fenetres
    return replace(
        geometry,
        murs_exterieurs_m2=geometry.murs_exterieurs_m2 * walls,
        murs_lnc_m2=geometry.murs_lnc_m2 * walls,
        toiture_m2=geometry.toiture_m2 * factors.get("toiture", 1.0),
        plancher_bas_m2=geometry.plancher_bas_m2 * factors.get("plancher_bas", 1.0),
        fenetres_m2=geometry.fenetres_m2 * windows,
        fenetres=WindowsByOrientation(
            glazing.sud_m2 * windows,
            glazing.nord_m2 * windows,
            glazing.est_m2 * windows,
            glazing.ouest_m2 * windows,
        ),
        lineaires=replace(
            geometry.lineaires, menuiseries_m=geometry.lineaires.menuiseries_m * windows
        ),
    )


def _effet(variation: Variation, results: tuple[tuple[str, Point], ...]) -> Effet:
    ranked = sorted((p for _, p in results), key=lambda p: p.rank)
    return Effet(variation.champ, variation.libelle, variation.etat, results, ranked[0], ranked[-1])


def _combined(description: SimpleDescription, options: list[Option], at: date) -> Point:
    factors: dict[str, float] = {}
    for option in options:
        for key, factor in option.scale:
            factors[key] = factors.get(key, 1.0) * factor
    combined = Option(
        "combiné",
        changes=tuple(change for option in options for change in option.changes),
        scale=tuple(factors.items()),
        unasked=tuple(item for option in options for item in option.unasked),
    )
    return point(description, combined, at)
