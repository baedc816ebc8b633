"""The rules in force on a given day: :func:`rules_at` and the immutable :class:`DpeRules`.

A diagnostic records ``DpeRules.version`` so that a label can be explained (or restated with
today's rules) later. Dates before the 3CL-DPE 2021 method (1 July 2021) have no rules here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from calculators.dpe.rules.errors import DpeInputError, RulesError
from calculators.dpe.rules.factors import Energy, GhgFactors, PrimaryEnergyFactors
from calculators.dpe.rules.housing import DecencyRule, RentalBan
from calculators.dpe.rules.loader import catalogue
from calculators.dpe.rules.parsing import D, covering
from calculators.dpe.rules.prices import EnergyPrices
from calculators.dpe.rules.scales import (
    CLIMATE_ZONES,
    LabelScale,
    MountainVariant,
    SmallSurfaceTable,
    Thresholds,
)
from calculators.dpe.rules.sources import as_day, french_date, french_decimal


@dataclass(frozen=True)
class DpeRules:
    """Everything regulatory a label or a consumption needs, as in force on ``at``.

    ``small_surfaces`` is None before 1 July 2024, ``decency`` before 1 January 2023,
    ``energy_prices`` when no transcribed price table covers the date; ``rental_bans`` lists
    the whole calendar of the law in force (past and future ban dates).
    """

    at: date
    method: str
    version: str
    national: LabelScale
    mountain: MountainVariant | None
    small_surfaces: SmallSurfaceTable | None
    primary_energy: PrimaryEnergyFactors
    ghg: GhgFactors
    energies: Mapping[str, Energy]
    decency: DecencyRule | None
    rental_bans: tuple[RentalBan, ...]
    energy_prices: EnergyPrices | None

    def thresholds_for(
        self, surface_m2: float, altitude_m: float | None = None, climate_zone: str | None = None
    ) -> Thresholds:
        """The class bounds for a reference surface (m²), an altitude (m) and a climate zone.

        Above the mountain variant's altitude the climate zone is required: the variant holds
        only in zones H1b, H1c and H2d (annexe 5). A small surface in such a place is refused:
        its own thresholds are not transcribed.
        """
        zone = normalise_zone(climate_zone)
        mountain = self.mountain
        limit_m = mountain.altitude_above_m if mountain is not None else None
        above = limit_m is not None and altitude_m is not None and altitude_m > limit_m
        if above and mountain is not None and zone is None:
            raise DpeInputError(
                f"Zone climatique requise pour un bien situé à plus de "
                f"{mountain.altitude_above_m:g} m d'altitude (seuils propres aux zones "
                f"{', '.join(sorted(mountain.climate_zones))}).",
                field="zone climatique",
            )
        high = mountain is not None and mountain.applies(altitude_m, zone)
        small = self.small_surfaces
        if small is not None and small.covers(surface_m2):
            if high:
                raise RulesError(
                    "Seuils « petites surfaces » au-dessus de 800 m d'altitude non intégrés : "
                    "étiquette non calculable pour ce bien.",
                    field="altitude",
                )
            energy, climate = small.bounds_for(surface_m2)
            row = f"petites surfaces (ligne {small.row_surface_m2(surface_m2)} m²)"
            return Thresholds(energy, climate, row, (small.source,))
        if high and mountain is not None:
            energy, climate = mountain.adjust(self.national.energy, self.national.climate)
            sources = (self.national.source, mountain.source)
            return Thresholds(energy, climate, "altitude supérieure à 800 m", sources)
        return self._national_thresholds

    @cached_property
    def _national_thresholds(self) -> Thresholds:
        """The national scale's bounds, the answer for most dwellings (built once per rules)."""
        national = self.national
        description = "échelle nationale"
        return Thresholds(national.energy, national.climate, description, (national.source,))


def normalise_zone(climate_zone: str | None) -> str | None:
    """``" h1c "`` → ``"H1c"``; None stays None; anything else is refused."""
    if climate_zone is None:
        return None
    wanted = climate_zone.strip().lower() if isinstance(climate_zone, str) else ""
    zone = _ZONES_BY_LOWER_CASE.get(wanted)
    if zone is None:
        raise DpeInputError(
            f"Zone climatique inconnue : « {climate_zone} » (attendu : "
            f"{', '.join(CLIMATE_ZONES)}).",
            field="zone climatique",
        )
    return zone


_ZONES_BY_LOWER_CASE = {zone.lower(): zone for zone in CLIMATE_ZONES}


@lru_cache(maxsize=256)
def rules_at(at: date) -> DpeRules:
    """The DPE rules in force on ``at`` (the date the diagnostic is made; a datetime counts by
    its day)."""
    at = as_day(at)
    cat = catalogue()
    if at < cat.method.start.valid_from:
        raise RulesError(
            f"Aucune règle DPE pour le {french_date(at)} : la méthode {cat.method.name} "
            f"s'applique aux diagnostics établis à partir du "
            f"{french_date(cat.method.start.valid_from)}.",
            field="date",
        )
    national = _required(cat.scales, at, "échelle nationale des étiquettes")
    electricity = _required(cat.electricity_factors, at, "facteur d'énergie primaire")
    pe = PrimaryEnergyFactors(electricity, _required(cat.other_energy_factors, at, "facteur EP"))
    mountain = covering(cat.mountain_variants, at)
    small = covering(cat.small_surface_tables, at)
    calendar = covering(cat.rental_calendars, at)
    thresholds_from = max(
        rule.validity.valid_from for rule in (national, mountain, small) if rule is not None
    )
    version = (
        f"{cat.method.name} · seuils {thresholds_from.isoformat()} · facteur EP électricité "
        f"{french_decimal(electricity.value)} ({electricity.validity.valid_from.isoformat()})"
    )
    return DpeRules(
        at=at,
        method=cat.method.name,
        version=version,
        national=national,
        mountain=mountain,
        small_surfaces=small,
        primary_energy=pe,
        ghg=_required(cat.ghg, at, "facteurs d'émission"),
        energies=cat.energies,
        decency=covering(cat.decency, at),
        rental_bans=calendar.bans if calendar else (),
        energy_prices=covering(cat.prices, at),
    )


def _required(items: Iterable[D], at: date, what: str) -> D:
    found = covering(items, at)
    if found is None:
        raise RulesError(f"Aucune règle « {what} » en vigueur le {french_date(at)}.", field="date")
    return found
