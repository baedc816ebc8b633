"""Bioclimatic advice for a new building or an extension at permit filing: the orchestrator.

Given a :class:`~.project.BioclimaticProject` it computes, once, the hot day of the zone,
the sun on each façade, the summer screening of the project and — to measure the levers
rather than assert them — of two variants (external louvres on east/west windows, through
ventilation), the south overhang, the time lag of roof and walls, the thermal mass, the
share of bio-sourced insulation and, when a solar orientation grid is given, the solar
readiness of the roof. It returns French advice items with their figures and sources.

Everything here is a « pré-diagnostic, non opposable »: RE 2020 compliance is the thermal
engineer's study.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from calculators.advice.bioclimatic.advice_envelope import (
    inertia_item,
    materials_item,
    time_lag_item,
)
from calculators.advice.bioclimatic.advice_sun import (
    airing_item,
    comfort_item,
    east_west_item,
    orientation_item,
    overhang_item,
    regulation_item,
    roof_item,
)
from calculators.advice.bioclimatic.hot_day import HotDay, hot_day
from calculators.advice.bioclimatic.orientation import (
    Facade,
    FacadeExposure,
    facade_exposures,
    glazing_shares,
)
from calculators.advice.bioclimatic.overhang import OverhangSizing, size_south_overhang
from calculators.advice.bioclimatic.overheating import SummerComfort, summer_comfort
from calculators.advice.bioclimatic.project import AdviceItem, AdviceLevel, BioclimaticProject
from calculators.advice.bioclimatic.roof_readiness import (
    RoofReadiness,
    YieldGrid,
    assess_roof_readiness,
)
from calculators.advice.bioclimatic.time_lag import ElementKind
from calculators.advice.bioclimatic.zone import SolarProtection, SummerZone, Window, WindowAiring

DISCLAIMER = (
    "Conseil bioclimatique de la Ville — pré-diagnostic, non opposable. Les calculs sont "
    "simplifiés et ne remplacent ni l'étude thermique réglementaire (RE 2020) ni l'avis d'un "
    "architecte ou d'un bureau d'études."
)


@dataclass(frozen=True)
class BioclimaticAdvice:
    """The advice items, in reading order, and the results they were drawn from."""

    project: BioclimaticProject
    items: tuple[AdviceItem, ...]
    hot_day: HotDay
    exposures: dict[Facade, FacadeExposure]
    comfort: SummerComfort
    overhang: OverhangSizing | None
    roof: RoofReadiness | None
    disclaimer: str = DISCLAIMER

    def item(self, code: str) -> AdviceItem | None:
        """The item of ``code`` (« confort_ete »…), or None when it does not apply."""
        return next((i for i in self.items if i.code == code), None)

    @property
    def alerts(self) -> tuple[AdviceItem, ...]:
        """Items at the « alerte » level."""
        return tuple(i for i in self.items if i.level is AdviceLevel.ALERTE)


def bioclimatic_advice(
    project: BioclimaticProject, on: date, grid: YieldGrid | None = None
) -> BioclimaticAdvice:
    """Advice on ``project`` with the rules in force ``on``; ``grid`` (the solar orientation
    grid of the city's weather year) enables the roof readiness item."""
    zone = project.zone
    day = hot_day(project.site, project.climate_zone, project.altitude)
    exposures = facade_exposures(project.climate_zone, project.altitude, day)
    comfort = summer_comfort(zone, day)
    items = [regulation_item(project.kind, on)]

    areas = {f: sum(w.area_m2 for w in zone.windows if w.facade is f) for f in Facade}
    if sum(areas.values()) > 0:
        items.append(orientation_item(glazing_shares(areas), exposures, zone.floor_area_m2))
    south = _tallest_south_window(zone)
    sizing = None
    if south is not None and south.height_m is not None:
        sizing = size_south_overhang(project.site, south.height_m, south.overhang_gap_m)
        items.append(overhang_item(sizing, south.overhang_depth_m))
    protected = _with_side_louvres(zone)
    if protected is not None:
        side = east_west_item(zone.windows, exposures, comfort, summer_comfort(protected, day))
        if side is not None:
            items.append(side)
    items.append(comfort_item(comfort, day.month_label))
    if zone.window_airing is not WindowAiring.TRAVERSANTE:
        through = dataclasses.replace(zone, window_airing=WindowAiring.TRAVERSANTE)
        items.append(airing_item(comfort, summer_comfort(through, day)))
    for kind in (ElementKind.TOITURE, ElementKind.MUR):
        elements = [e for e in zone.opaque if e.kind is kind]
        if elements:
            items.append(time_lag_item(max(elements, key=lambda e: e.area_m2)))
    if zone.opaque or zone.internal_masses:
        items.append(inertia_item(zone))
    if zone.opaque:
        items.append(materials_item(zone))
    readiness = None
    if project.roof is not None and grid is not None:
        readiness = assess_roof_readiness(project.roof, grid, on)
        items.append(roof_item(readiness))
    return BioclimaticAdvice(
        project=project,
        items=tuple(items),
        hot_day=day,
        exposures=exposures,
        comfort=comfort,
        overhang=sizing,
        roof=readiness,
    )


def _tallest_south_window(zone: SummerZone) -> Window | None:
    """The south window of greatest known height (the overhang is sized for it)."""
    south = [
        w
        for w in zone.windows
        if w.facade is Facade.SUD and w.area_m2 > 0 and w.height_m is not None
    ]
    return max(south, key=lambda w: w.height_m or 0.0) if south else None


def _with_side_louvres(zone: SummerZone) -> SummerZone | None:
    """The zone with external adjustable louvres on its unprotected east/west windows, or
    None when there are none."""
    changed = False
    windows = []
    for window in zone.windows:
        side = window.facade in (Facade.EST, Facade.OUEST)
        if side and not window.protection.external and window.area_m2 > 0:
            window = dataclasses.replace(window, protection=SolarProtection.BRISE_SOLEIL_ORIENTABLE)
            changed = True
        windows.append(window)
    return dataclasses.replace(zone, windows=tuple(windows)) if changed else None
