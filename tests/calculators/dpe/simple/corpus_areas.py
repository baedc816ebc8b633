"""Estimated areas against the areas of the ADEME files, for the corpus tests and the docs.

Each file is derived into a simple description (``simple_from_ademe``, which keeps no area) and
its geometry estimated; the reference is the sum, in the file, of the elements that lose heat
(every element not next to a heated dwelling, ``type_adjacence`` 22): opaque walls (outside and
unheated spaces), windows, roofs and low floors. Flats generated from building data carry the
building's envelope: they are compared as whole buildings, with the building's surface.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from statistics import median

from calculators.dpe.ademe import DpeFile
from calculators.dpe.ademe.inputs import TypeDpe
from calculators.dpe.simple import estimate_geometry, simple_from_ademe
from calculators.dpe.simple.choices import TypeLogement

GROUPS = {
    TypeDpe.MAISON: "maisons",
    TypeDpe.APPARTEMENT: "appartements",
    TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE: "immeubles",
    TypeDpe.IMMEUBLE: "immeubles",
}
QUANTITIES = ("murs", "fenetres", "toiture", "plancher_bas")
PRESENT_M2 = 1.0
"""Below this area the file has no such element (a middle-floor flat has no roof)."""


@dataclass(frozen=True)
class Summary:
    """Relative errors |estimate − file| / file over the files where the element exists."""

    count: int
    median: float
    p80: float
    wrongly_present: int
    """Files without the element where the estimate still has some."""


def areas(dpe: DpeFile) -> tuple[str, dict[str, float], dict[str, float]]:
    """Group, estimated areas and file areas [m²] of one file."""
    kind = dpe.inputs.administratif.methode_application.type_dpe
    description = simple_from_ademe(dpe)
    if kind is TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE:
        general = dpe.inputs.caracteristique_generale
        assert general.surface_habitable_immeuble is not None
        building = replace(
            description.logement, type=TypeLogement.IMMEUBLE, position=None,
            surface_habitable_m2=general.surface_habitable_immeuble,
            nombre_niveaux=general.nombre_niveau_immeuble,
            nombre_logements=None if general.nombre_appartement is None
            else round(general.nombre_appartement),
        )  # fmt: skip
        description = replace(description, logement=building)
    geometry = estimate_geometry(description)
    env = dpe.inputs.enveloppe

    def losing(elements: tuple) -> list:  # type: ignore[type-arg]
        return [e for e in elements if e.adjacence.enum_type_adjacence_id != 22]

    reference = {
        "murs": sum(m.surface_paroi_opaque for m in losing(env.murs)),
        "fenetres": sum(b.surface_totale_baie for b in env.baies_vitrees),
        "toiture": sum(p.surface_paroi_opaque for p in losing(env.planchers_hauts)),
        "plancher_bas": sum(p.surface_paroi_opaque for p in losing(env.planchers_bas)),
    }
    estimate = {
        "murs": geometry.murs_m2,
        "fenetres": geometry.fenetres_m2,
        "toiture": geometry.toiture_m2,
        "plancher_bas": geometry.plancher_bas_m2,
    }
    return GROUPS[kind], estimate, reference


def summarize(corpus: Mapping[str, DpeFile]) -> dict[tuple[str, str], Summary]:
    """Median and 80th-percentile relative errors by group and quantity."""
    errors: dict[tuple[str, str], list[float]] = defaultdict(list)
    absent: dict[tuple[str, str], int] = defaultdict(int)
    for dpe in corpus.values():
        group, estimate, reference = areas(dpe)
        for quantity in QUANTITIES:
            if reference[quantity] > PRESENT_M2:
                error = abs(estimate[quantity] - reference[quantity]) / reference[quantity]
                errors[group, quantity].append(error)
            elif estimate[quantity] > PRESENT_M2:
                absent[group, quantity] += 1
    return {
        key: Summary(len(values), median(values), _percentile(values, 0.8), absent[key])
        for key, values in errors.items()
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def table(summary: Mapping[tuple[str, str], Summary]) -> str:
    """The summary as a Markdown table (for ``docs/dpe-simple.md``)."""
    lines = [
        "| groupe | surface | fichiers | erreur médiane | 80e centile |",
        "|---|---|---|---|---|",
    ]
    for (group, quantity), item in sorted(summary.items()):
        lines.append(
            f"| {group} | {quantity} | {item.count} | {item.median:.0%} | {item.p80:.0%} |"
        )
    return "\n".join(lines)
