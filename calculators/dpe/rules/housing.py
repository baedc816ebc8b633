"""What the label means for renting: the energy decency criterion and the rental-ban calendar.

Sources: décret n° 2021-19 du 11 janvier 2021 (final energy < 450 kWhEF/m²/an for leases from
1 January 2023, mainland France) and loi n° 2021-1104 du 22 août 2021 « Climat et Résilience »,
article 160 (article 6 of loi n° 89-462: G no longer decent from 2025, F from 2028, E from 2034).
The dates and thresholds are data (``housing_law.json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calculators.dpe.rules.sources import Source, Validity, french_date, french_decimal


@dataclass(frozen=True)
class DecencyRule:
    """Final energy (5 uses, kWhEF/m²/an) must stay below ``max_final_energy_kwh_ef_m2``."""

    id: str
    max_final_energy_kwh_ef_m2: float
    scope: str
    validity: Validity
    source: Source


@dataclass(frozen=True)
class RentalBan:
    """Dwellings labelled ``label`` may no longer be let from ``banned_from`` on."""

    label: str
    banned_from: date
    source: Source


@dataclass(frozen=True)
class RentalCalendar:
    """The bans one law set, in force (as law) over ``validity``."""

    id: str
    bans: tuple[RentalBan, ...]
    validity: Validity
    source: Source


@dataclass(frozen=True)
class DecencyCheck:
    """The energy decency criterion at a date: ``meets_threshold`` is None when not yet in force."""

    in_force: bool
    threshold_kwh_ef_m2: float | None
    meets_threshold: bool | None
    message: str


@dataclass(frozen=True)
class RentalStatus:
    """Whether a label may be let at a date; ``banned_since`` or ``banned_from`` give the date."""

    allowed: bool
    banned_since: date | None
    banned_from: date | None
    message: str


def check_decency(ef_kwh_m2: float, rule: DecencyRule | None) -> DecencyCheck:
    """Compare final energy (kWhEF/m²/an, unrounded: the decree sets no rounding) to the rule."""
    if rule is None:
        return DecencyCheck(
            in_force=False,
            threshold_kwh_ef_m2=None,
            meets_threshold=None,
            message="Critère de décence énergétique pas encore en vigueur à cette date.",
        )
    limit = rule.max_final_energy_kwh_ef_m2
    ok = ef_kwh_m2 < limit
    verdict = "respecté" if ok else "non respecté"
    return DecencyCheck(
        in_force=True,
        threshold_kwh_ef_m2=limit,
        meets_threshold=ok,
        message=(
            f"Critère de décence énergétique {verdict} : {french_decimal(ef_kwh_m2)} "
            "kWhEF/m²/an "
            f"pour un maximum strictement inférieur à {limit:g} ({rule.scope})."
        ),
    )


def rental_status(label: str, at: date, bans: tuple[RentalBan, ...]) -> RentalStatus:
    """Allowed, banned since a date, or allowed until a known ban date, for ``label`` at ``at``."""
    dates = [ban.banned_from for ban in bans if ban.label == label]
    if not dates:
        return RentalStatus(True, None, None, f"Location autorisée (classe {label}).")
    ban_date = min(dates)
    if ban_date <= at:
        return RentalStatus(
            False,
            ban_date,
            None,
            f"Location interdite depuis le {french_date(ban_date)} : un logement classé {label} "
            "n'est plus décent (loi Climat et Résilience).",
        )
    return RentalStatus(
        True,
        None,
        ban_date,
        f"Location autorisée, mais interdite à partir du {french_date(ban_date)} pour un "
        f"logement classé {label} (loi Climat et Résilience).",
    )
