"""A building project at permit filing, and the advice items given about it.

A :class:`BioclimaticProject` gathers what the plans show: new building or extension, the
site and its 3CL climate zone, the thermal zone for the summer screening (windows by façade,
walls and roof with their layers, internal masses, airing) and, when known, the roof planes
for solar readiness. An :class:`AdviceItem` is one piece of advice in French: a stable
``code``, a level, a title, a text, key figures (unit in the key) and the sources used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from calculators.advice.bioclimatic.checks import choice
from calculators.advice.bioclimatic.roof_readiness import RoofSolarInput
from calculators.advice.bioclimatic.zone import SummerZone
from calculators.advice.errors import AdviceInputError
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.solar.weather.year import Site


class ProjectKind(StrEnum):
    """What is filed: a new building or an extension of an existing one."""

    CONSTRUCTION_NEUVE = "construction_neuve"
    EXTENSION = "extension"


class AdviceLevel(StrEnum):
    """How strongly an item should be read: from information to warning."""

    INFORMATION = "information"
    CONSEIL = "conseil"
    ALERTE = "alerte"


@dataclass(frozen=True)
class BioclimaticProject:
    """The project as the plans describe it (see module docstring)."""

    label: str
    kind: ProjectKind
    site: Site
    climate_zone: ClimateZone
    zone: SummerZone
    altitude: AltitudeClass = AltitudeClass.BELOW_400
    roof: RoofSolarInput | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", choice(ProjectKind, self.kind, "projet"))
        object.__setattr__(
            self, "climate_zone", choice(ClimateZone, self.climate_zone, "zone_climatique")
        )
        if not isinstance(self.site, Site):
            raise AdviceInputError("Le lieu du projet doit être un Site.", field="site")
        if not isinstance(self.zone, SummerZone):
            raise AdviceInputError(
                "Le projet doit décrire sa zone thermique (SummerZone).", field="zone"
            )


@dataclass(frozen=True)
class AdviceItem:
    """One piece of advice: ``figures`` keys carry their unit (``profondeur_m``…)."""

    code: str
    level: AdviceLevel
    title: str
    text: str
    figures: Mapping[str, float] = field(default_factory=dict)
    sources: tuple[str, ...] = ()


def fr(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals and a French decimal comma: 4.0 → « 4,0 »."""
    return f"{value:.{digits}f}".replace(".", ",")


def pct(value: float) -> str:
    """A percentage already in %, rounded, with a narrow no-break space: « 45 % »."""
    return f"{value:.0f}\u202f%"
