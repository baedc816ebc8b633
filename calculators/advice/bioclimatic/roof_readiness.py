"""Is the roof of a new building ready for solar panels, now or later?

Why: a roof designed for the sun costs nothing more at permit stage and saves a lot later —
a main plane facing south at 30–45°, free of roof windows and ventilation outlets, a frame
that can take the modules' weight, a conduit reserved from the roof to the electrical panel
and room for an inverter. The directive (UE) 2024/1275, article 10, asks that new buildings
be designed to optimise their solar potential.

For each roof plane: usable area = (area − obstacles) × usable share; peak power = usable
area × power per m²; yield per kWc from the solar orientation grid of the weather year
(:class:`calculators.solar.grid.OrientationGrid`, any object with ``specific_yield`` and
``optimum``), compared with the grid's optimum orientation. A flat roof is counted with
modules tilted toward the south on ballasted frames, fewer per m² (row spacing). Ratings,
densities and masses are data in ``bioclimatic.json`` with their sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from calculators.advice.bioclimatic.checks import bounded
from calculators.advice.bioclimatic.data import RULES, entry, rule, rule_source
from calculators.advice.errors import AdviceInputError
from calculators.solar.data import covers
from calculators.solar.grid import Orientation

FLAT_ROOF_MAX_TILT_DEG = 5.0
"""Below 5° a roof is flat: modules go on tilted frames, not on the roof plane."""


class YieldGrid(Protocol):
    """What the assessment needs of a solar orientation grid (``source``: its weather year,
    with « PVGIS © European Union » when it comes from PVGIS)."""

    @property
    def source(self) -> str: ...

    def specific_yield(self, tilt_deg: float, azimuth_deg: float) -> float: ...

    def optimum(self) -> Orientation: ...


class RoofStructure(StrEnum):
    """Roof structure, which sets the extra load modules bring."""

    CHARPENTE_TRADITIONNELLE = "charpente_traditionnelle"
    FERMETTES = "fermettes"
    TERRASSE_BETON = "terrasse_beton"
    TERRASSE_LEGERE = "terrasse_legere"

    @property
    def flat(self) -> bool:
        """A flat roof (modules on ballasted frames)."""
        return self in (RoofStructure.TERRASSE_BETON, RoofStructure.TERRASSE_LEGERE)


class SolarRating(StrEnum):
    """Yield of a plane against the best orientation of the site."""

    TRES_FAVORABLE = "très favorable"
    FAVORABLE = "favorable"
    ACCEPTABLE = "acceptable"
    PEU_FAVORABLE = "peu favorable"


@dataclass(frozen=True)
class RoofPlane:
    """A roof plane: tilt [°] from horizontal, azimuth [°] from north, area [m²], area taken
    by obstacles (roof windows, chimney, outlets) [m²], and whether it is shaded."""

    label: str
    tilt_deg: float
    azimuth_deg: float
    area_m2: float
    obstacles_m2: float = 0.0
    shaded: bool = False

    def __post_init__(self) -> None:
        bounded(self.tilt_deg, 0.0, 90.0, "toiture.inclinaison_deg", "L'inclinaison du pan (°)")
        bounded(self.azimuth_deg, 0.0, 360.0, "toiture.azimut_deg", "L'azimut du pan (°)")
        bounded(self.area_m2, 0.0, 1.0e5, "toiture.surface_m2", "La surface du pan (m²)")
        bounded(
            self.obstacles_m2,
            0.0,
            self.area_m2,
            "toiture.obstacles_m2",
            "La surface des obstacles (m²)",
        )


@dataclass(frozen=True)
class RoofSolarInput:
    """The roof as planned: planes, structure, the extra load the structure engineer allows
    [kg/m²] (None when not studied), conduit reserved to the panel, room for an inverter."""

    planes: tuple[RoofPlane, ...]
    structure: RoofStructure
    load_reserve_kg_m2: float | None = None
    conduit_reserved: bool = False
    technical_space: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "planes", tuple(self.planes))
        if not self.planes:
            raise AdviceInputError("Indiquez au moins un pan de toiture.", field="toiture.pans")
        if self.load_reserve_kg_m2 is not None:
            bounded(
                self.load_reserve_kg_m2,
                0.0,
                1000.0,
                "toiture.reserve_charge_kg_m2",
                "La réserve de charge de la structure (kg/m²)",
            )


@dataclass(frozen=True)
class PlaneReadiness:
    """Usable area [m²], installable peak power [kWc], yield [kWh/kWc/an], share of the
    optimum yield (0–1), yearly production [kWh] and rating of one plane."""

    label: str
    usable_area_m2: float
    peak_kwp: float
    specific_yield_kwh_kwp: float
    ratio_to_optimum: float
    annual_kwh: float
    rating: SolarRating


@dataclass(frozen=True)
class ReadinessCheck:
    """One point of the checklist: satisfied or to plan, in French."""

    ok: bool
    text: str


@dataclass(frozen=True)
class RoofReadiness:
    """Planes from best to worst, the site's optimum, totals over the planes rated at least
    « acceptable », the checklist, the rule in force on solar-ready buildings and the
    sources."""

    planes: tuple[PlaneReadiness, ...]
    optimum: Orientation
    total_kwp: float
    total_kwh: float
    checks: tuple[ReadinessCheck, ...]
    regulation_note: str | None
    sources: tuple[str, ...]

    @property
    def best(self) -> PlaneReadiness:
        """The plane with the best yield."""
        return self.planes[0]


def assess_roof_readiness(roof: RoofSolarInput, grid: YieldGrid, on: date) -> RoofReadiness:
    """Solar readiness of ``roof`` against the grid's optimum; ``on`` dates the rules."""
    optimum = grid.optimum()
    assessed = sorted(
        (_plane(plane, roof.structure, grid, optimum) for plane in roof.planes),
        key=lambda p: -p.specific_yield_kwh_kwp,
    )
    worth = [p for p in assessed if p.rating is not SolarRating.PEU_FAVORABLE]
    best_plane = next(p for p in roof.planes if p.label == assessed[0].label)
    directive = next(
        (
            e
            for e in entry(RULES, "directive_solaire", "entries")
            if covers(e, on, f"{RULES}/directive_solaire")
        ),
        None,
    )
    return RoofReadiness(
        planes=tuple(assessed),
        optimum=optimum,
        total_kwp=sum(p.peak_kwp for p in worth),
        total_kwh=sum(p.annual_kwh for p in worth),
        checks=tuple(_checks(roof, best_plane)),
        regulation_note=None if directive is None else str(directive["texte"]),
        sources=(
            rule_source("toiture_solaire").cite(),
            *(() if directive is None else (_cite(directive["source"]),)),
            f"Productible : grille d'orientations de l'année météo « {grid.source} »",
        ),
    )


def _cite(block: Mapping[str, Any]) -> str:
    return f"{block['text']}, {block['ref']}"


def _plane(
    plane: RoofPlane, structure: RoofStructure, grid: YieldGrid, optimum: Orientation
) -> PlaneReadiness:
    flat = structure.flat or plane.tilt_deg < FLAT_ROOF_MAX_TILT_DEG
    share = rule("toiture_solaire", "part_utilisable_terrasse" if flat else "part_utilisable")
    usable = (plane.area_m2 - plane.obstacles_m2) * share
    tilt, azimuth = plane.tilt_deg, plane.azimuth_deg
    if flat:
        tilt, azimuth = rule("toiture_solaire", "inclinaison_terrasse_deg"), 180.0
    specific = grid.specific_yield(tilt, azimuth)
    ratio = specific / optimum.specific_yield_kwh_kwp
    peak = usable * rule("toiture_solaire", "puissance_surfacique_kwc_m2")
    return PlaneReadiness(
        label=plane.label,
        usable_area_m2=usable,
        peak_kwp=peak,
        specific_yield_kwh_kwp=specific,
        ratio_to_optimum=ratio,
        annual_kwh=peak * specific,
        rating=_rating(ratio),
    )


def _rating(ratio: float) -> SolarRating:
    for rating, key in (
        (SolarRating.TRES_FAVORABLE, "tres_favorable"),
        (SolarRating.FAVORABLE, "favorable"),
        (SolarRating.ACCEPTABLE, "acceptable"),
    ):
        if ratio >= rule("toiture_solaire", "rapport_optimum", key):
            return rating
    return SolarRating.PEU_FAVORABLE


def _checks(roof: RoofSolarInput, best: RoofPlane) -> list[ReadinessCheck]:
    """The checklist, each point worded as done or as to plan."""
    kind = "terrasse_leste" if roof.structure.flat else "surimpose"
    needed = rule("toiture_solaire", "masse_pv_kg_m2", kind)
    reserve = roof.load_reserve_kg_m2
    structure_ok = reserve is not None and reserve >= needed
    clear = best.obstacles_m2 <= 0.1 * best.area_m2
    checks = [
        ReadinessCheck(
            structure_ok,
            f"structure dimensionnée pour {reserve:.0f} kg/m² de plus (modules : "
            f"{needed:.0f} kg/m²)."
            if structure_ok and reserve is not None
            else f"structure : prévoir une réserve de charge d'au moins {needed:.0f} kg/m² pour "
            "les modules et leurs supports, à faire confirmer par le bureau d'études structure.",
        ),
        ReadinessCheck(
            roof.conduit_reserved,
            "gaine réservée de la toiture au tableau électrique."
            if roof.conduit_reserved
            else "réserver une gaine (fourreau) de la toiture jusqu'au tableau électrique.",
        ),
        ReadinessCheck(
            roof.technical_space,
            "emplacement technique réservé pour l'onduleur."
            if roof.technical_space
            else "réserver un emplacement technique ventilé pour l'onduleur (et une éventuelle "
            "batterie) près du tableau.",
        ),
        ReadinessCheck(
            clear,
            f"pan « {best.label} » dégagé (fenêtres de toit et sorties regroupées ailleurs)."
            if clear
            else f"pan « {best.label} » : regrouper fenêtres de toit, conduits et sorties de "
            "ventilation sur les autres pans pour garder une surface continue.",
        ),
    ]
    if best.shaded:
        checks.append(
            ReadinessCheck(
                False,
                f"pan « {best.label} » ombragé : relever le masque d'horizon (arbres, "
                "bâtiments voisins) avant de dimensionner.",
            )
        )
    return checks
