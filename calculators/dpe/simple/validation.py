"""Checks of a simple description: impossible values refused, suspicious ones flagged.

:func:`check` returns every problem: errors (:class:`SimpleDescriptionError`, a ``ValueError``
naming the JSON path in ``field``) for what cannot describe a dwelling — a ground-floor flat
with a roof, a 3 m² surface, a year 2090, windows larger than the walls, a negative thickness —
and typed warnings (:class:`Avertissement`) for what is possible but worth a second look — a
1900 house insulated everywhere, single glazing in a 2005 build, a heat pump on 80 °C
radiators. :func:`validate` raises the first error and returns the warnings.

Ranges come from :mod:`~calculators.dpe.simple.fields`; the combination rules are here, each
with the reason in its message. Generator/energy compatibility is in ``compatibility.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from datetime import date

from calculators.dpe.simple.choices import (
    EtatIsolation,
    PositionAppartement,
    PositionIsolation,
    TypeLogement,
    TypeProjet,
)
from calculators.dpe.simple.choices import TypePlancherBas as Floor
from calculators.dpe.simple.choices import TypeToiture as Roof
from calculators.dpe.simple.compatibility import compatibility_errors
from calculators.dpe.simple.description import Isolation, SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.fields import AVANCE_ANNEE_MAX, FIELDS, FieldSpec, label
from calculators.dpe.simple.geometry import estimate_geometry
from calculators.dpe.simple.official_ids import (
    PERIODES,
    classe_altitude_of,
    construction_year,
)
from calculators.dpe.simple.suspicious import Avertissement, warnings_for

MAX_LEVELS = {
    TypeLogement.MAISON_ISOLEE: 5, TypeLogement.MAISON_JUMELEE: 5,
    TypeLogement.MAISON_MITOYENNE: 5, TypeLogement.APPARTEMENT: 3, TypeLogement.IMMEUBLE: 60,
}  # fmt: skip
"""Levels of one dwelling (a flat: triplex at most) or of a building."""
MAX_SURFACE_M2 = {
    TypeLogement.MAISON_ISOLEE: 1000, TypeLogement.MAISON_JUMELEE: 1000,
    TypeLogement.MAISON_MITOYENNE: 1000, TypeLogement.APPARTEMENT: 1000,
    TypeLogement.IMMEUBLE: 100_000,
}  # fmt: skip
ORIENTATION_TOLERANCE_PCT = 1.0
"""The four orientation shares must add up to 100 % within this rounding tolerance."""

_FLAT_ROOF_ALLOWED = {
    PositionAppartement.REZ_DE_CHAUSSEE: False, PositionAppartement.ETAGE_INTERMEDIAIRE: False,
    PositionAppartement.DERNIER_ETAGE: True, PositionAppartement.RDC_ET_DERNIER_ETAGE: True,
}  # fmt: skip
_FLAT_FLOOR_ALLOWED = {
    PositionAppartement.REZ_DE_CHAUSSEE: True, PositionAppartement.ETAGE_INTERMEDIAIRE: False,
    PositionAppartement.DERNIER_ETAGE: False, PositionAppartement.RDC_ET_DERNIER_ETAGE: True,
}  # fmt: skip
_INSULATED_ELEMENTS = (("murs", "murs"), ("toiture", "toiture"), ("plancher_bas", "plancher bas"))


@dataclass(frozen=True, slots=True)
class Verification:
    """Every error and warning found in a description."""

    erreurs: tuple[SimpleDescriptionError, ...]
    avertissements: tuple[Avertissement, ...]


def validate(
    description: SimpleDescription, *, reference_year: int | None = None
) -> tuple[Avertissement, ...]:
    """The warnings of a valid ``description``; its first error is raised."""
    found = check(description, reference_year=reference_year)
    if found.erreurs:
        raise found.erreurs[0]
    return found.avertissements


def check(description: SimpleDescription, *, reference_year: int | None = None) -> Verification:
    """Every error and warning of ``description``. ``reference_year`` (default: this year)
    bounds the years: a year may lie at most five years ahead (a building permit)."""
    year_now = reference_year if reference_year is not None else date.today().year
    errors = list(_range_errors(description, year_now))
    if not errors:
        errors += _structure_errors(description, year_now)
        errors += compatibility_errors(description)
    if not errors:
        errors += _geometry_errors(description)
    warnings = warnings_for(description, year_now) if not errors else ()
    return Verification(tuple(errors), tuple(warnings))


def error(path: str, message: str) -> SimpleDescriptionError:
    """An error on ``path``: « path (label) : message »."""
    return SimpleDescriptionError(f"{path} ({label(path)}) : {message}", field=path)


def leaves(node: object, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every (JSON path, value) leaf of a description (absent optional blocks are skipped)."""
    if not is_dataclass(node):
        return
    for item in fields(node):
        value = getattr(node, item.name)
        path = f"{prefix}{item.name}"
        if is_dataclass(value):
            yield from leaves(value, f"{path}.")
        elif not (value is None and f"{path}." in _BLOCK_PATHS):
            yield path, value


_BLOCK_PATHS = {f"{p.rsplit('.', 1)[0]}." for p in FIELDS if "." in p}


def _range_errors(
    description: SimpleDescription, year_now: int
) -> Iterator[SimpleDescriptionError]:
    for path, value in leaves(description):
        spec = FIELDS[path]
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            high = year_now + AVANCE_ANNEE_MAX if spec.annee else spec.maximum
            if (
                value != value
                or (spec.minimum is not None and value < spec.minimum)
                or (high is not None and value > high)
            ):
                yield error(path, f"valeur « {value:g} » hors limites ({_bounds(spec, high)}).")
        elif isinstance(value, str) and spec.motif and not re.fullmatch(spec.motif, value):
            yield error(path, f"« {value} » n'a pas la forme attendue (ex. 6204C).")


def _bounds(spec: FieldSpec, high: float | None) -> str:
    unit = f" {spec.unite}" if spec.unite and not spec.annee else ""
    if high is None:
        return f"au moins {spec.minimum:g}{unit}"
    if spec.minimum is None:
        return f"au plus {high:g}{unit}"
    return f"{spec.minimum:g} à {high:g}{unit}"


def _structure_errors(
    description: SimpleDescription, year_now: int
) -> Iterator[SimpleDescriptionError]:
    logement = description.logement
    kind = logement.type
    if logement.annee_construction is None and logement.periode_construction is None:
        yield error("logement.annee_construction", "année ou période de construction requise.")
        return
    if logement.annee_construction is not None and logement.periode_construction is not None:
        _, first, last = PERIODES[logement.periode_construction]
        year = logement.annee_construction
        if (first is not None and year < first) or (last is not None and year > last):
            yield error(
                "logement.periode_construction",
                f"« {logement.periode_construction.libelle} » ne contient pas l'année {year}.",
            )
    built = construction_year(logement.annee_construction, logement.periode_construction)
    if description.projet is not TypeProjet.CONSTRUCTION_NEUVE and built > year_now:
        yield error(
            "logement.annee_construction",
            f"un logement existant ne peut pas dater de {built} (projet « "
            f"{description.projet.libelle} »).",
        )
    if logement.surface_habitable_m2 > MAX_SURFACE_M2[kind]:
        yield error(
            "logement.surface_habitable_m2",
            f"{logement.surface_habitable_m2:g} m² pour « {kind.libelle} » : au plus "
            f"{MAX_SURFACE_M2[kind]:g} m².",
        )
    if logement.nombre_niveaux is not None and logement.nombre_niveaux > MAX_LEVELS[kind]:
        yield error(
            "logement.nombre_niveaux",
            f"{logement.nombre_niveaux} niveaux pour « {kind.libelle} » : au plus "
            f"{MAX_LEVELS[kind]}.",
        )
    if (logement.longueur_m is None) != (logement.largeur_m is None):
        missing = "logement.largeur_m" if logement.largeur_m is None else "logement.longueur_m"
        yield error(missing, "l'emprise se donne par sa longueur et sa largeur ensemble.")
    yield from _position_errors(description)
    for element, name in _INSULATED_ELEMENTS:
        insulation: Isolation = getattr(description, element).isolation
        yield from _insulation_errors(f"{element}.isolation", name, insulation, built)
    yield from _site_errors(description)
    yield from _window_input_errors(description)


def _position_errors(description: SimpleDescription) -> Iterator[SimpleDescriptionError]:
    logement = description.logement
    roof, floor = description.toiture.type, description.plancher_bas.type
    if logement.type is not TypeLogement.APPARTEMENT:
        if logement.position is not None:
            yield error("logement.position", "ne s'applique qu'à un appartement.")
        if roof is Roof.LOGEMENT_AU_DESSUS:
            yield error("toiture.type", f"« {logement.type.libelle} » : pas de logement au-dessus.")
        if floor is Floor.LOGEMENT_EN_DESSOUS:
            yield error(
                "plancher_bas.type",
                f"« {logement.type.libelle} » : pas de logement en dessous.",
            )
        return
    position = logement.position or PositionAppartement.INCONNUE
    if position is PositionAppartement.INCONNUE:
        return
    has_roof = roof not in (Roof.LOGEMENT_AU_DESSUS, Roof.INCONNU)
    if has_roof and not _FLAT_ROOF_ALLOWED[position]:
        yield error(
            "toiture.type",
            f"un appartement en {position.libelle} a un autre logement au-dessus, pas de "
            f"« {roof.libelle} ».",
        )
    if roof is Roof.LOGEMENT_AU_DESSUS and _FLAT_ROOF_ALLOWED[position]:
        yield error(
            "toiture.type", f"un appartement au {position.libelle} n'a pas de logement au-dessus."
        )
    has_floor = floor not in (Floor.LOGEMENT_EN_DESSOUS, Floor.INCONNU)
    if has_floor and not _FLAT_FLOOR_ALLOWED[position]:
        yield error(
            "plancher_bas.type",
            f"un appartement en {position.libelle} a un autre logement en dessous, pas un "
            f"plancher « {floor.libelle} ».",
        )
    if floor is Floor.LOGEMENT_EN_DESSOUS and _FLAT_FLOOR_ALLOWED[position]:
        yield error(
            "plancher_bas.type",
            f"un appartement au {position.libelle} n'a pas de logement en dessous.",
        )


def _insulation_errors(
    path: str, name: str, insulation: Isolation, built: int
) -> Iterator[SimpleDescriptionError]:
    details = {
        "epaisseur_cm": insulation.epaisseur_cm,
        "resistance_m2k_w": insulation.resistance_m2k_w,
        "annee": insulation.annee,
    }
    if insulation.etat is not EtatIsolation.ISOLE:
        for key, value in details.items():
            if value is not None:
                yield error(
                    f"{path}.{key}",
                    f"donnée d'isolant alors que l'isolation ({name}) est « "
                    f"{insulation.etat.libelle} » : indiquer « isolé ».",
                )
        if insulation.position is not PositionIsolation.INCONNUE:
            yield error(
                f"{path}.position",
                f"position d'isolant alors que l'isolation ({name}) est « "
                f"{insulation.etat.libelle} ».",
            )
    if insulation.annee is not None and insulation.annee < built - 1:
        yield error(
            f"{path}.annee",
            f"isolation de {insulation.annee} antérieure à la construction ({built}).",
        )


def _site_errors(description: SimpleDescription) -> Iterator[SimpleDescriptionError]:
    site = description.site
    if (
        site.altitude_m is not None
        and classe_altitude_of(site.altitude_m) is not site.classe_altitude
    ):
        yield error(
            "site.classe_altitude",
            f"« {site.classe_altitude.libelle} » ne contient pas l'altitude {site.altitude_m:g} m.",
        )


def _window_input_errors(description: SimpleDescription) -> Iterator[SimpleDescriptionError]:
    windows = description.fenetres
    if windows.surface_m2 is not None and windows.part_facade_pct is not None:
        yield error(
            "fenetres.part_facade_pct", "donner la surface des fenêtres ou leur part, pas les deux."
        )
    split = windows.orientation
    if split is not None:
        total = split.sud_pct + split.nord_pct + split.est_pct + split.ouest_pct
        if abs(total - 100) > ORIENTATION_TOLERANCE_PCT:
            yield error(
                "fenetres.orientation", f"les quatre parts font {total:g} % au lieu de 100 %."
            )


def _geometry_errors(description: SimpleDescription) -> Iterator[SimpleDescriptionError]:
    """Windows larger than the walls that carry them (estimated when not measured)."""
    geometry = estimate_geometry(description)
    gross_walls = geometry.perimetre_expose_m * geometry.hauteur_murs_m
    if geometry.fenetres_m2 > gross_walls:
        path = (
            "fenetres.nombre" if description.fenetres.surface_m2 is None else "fenetres.surface_m2"
        )
        yield error(
            path,
            f"{geometry.fenetres_m2:.0f} m² de fenêtres pour {gross_walls:.0f} m² de murs exposés "
            "estimés : les fenêtres ne peuvent pas dépasser les murs.",
        )
