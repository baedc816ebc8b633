"""Construction and insulation periods, as the method's tables index them.

The U tables of §3.2 (Umur_tab, Upb_tab, Uph_tab) and the Ue table of §3.2.2 are indexed by the
ADEME period enumeration (``enum_periode_construction`` / ``enum_periode_isolation``, same ids):
1 before 1948, 2 1948–1974, 3 1975–1977, 4 1978–1982, 5 1983–1988, 6 1989–2000, 7 2001–2005,
8 2006–2012, 9 2013–2021, 10 after 2021. Climate zones are ``enum_zone_climatique`` ids
(1 H1a … 8 H3).
"""

from __future__ import annotations

from calculators.dpe.engine.envelope.errors import EnvelopeInputError

# Last year of each period id 1..9 (id 10 is open-ended), from the ADEME enumeration labels.
_PERIOD_LAST_YEARS = (1947, 1974, 1977, 1982, 1988, 2000, 2005, 2012, 2021)
PERIOD_1975_1977 = 3
"""§3.2.1.1 step 9 (and §3.2.2.1, §3.2.3.1): insulation year unknown in a building of 1974 or
before → insulation taken as of 1975–77."""
PERIOD_IDS = range(1, 11)
ZONE_IDS = range(1, 9)


def period_of_year(year: int) -> int:
    """The period id (1–10) containing ``year`` (a construction or insulation year)."""
    for period_id, last in enumerate(_PERIOD_LAST_YEARS, start=1):
        if year <= last:
            return period_id
    return len(_PERIOD_LAST_YEARS) + 1


def check_period(period_id: int, field: str, *, element: str | None = None) -> int:
    """``period_id`` when it is a known period id, else a French error naming ``field``
    (prefixed with ``element``, « mur 2 », when given: composed only for the error)."""
    if period_id not in PERIOD_IDS:
        if element is not None:
            field = f"{element} : {field}"
        raise EnvelopeInputError(
            f"{field} : période « {period_id} » inconnue (1 à 10 attendu).", field=field
        )
    return period_id


def check_zone(zone_id: int) -> int:
    """``zone_id`` when it is a climate zone id (1 H1a … 8 H3), else a French error."""
    if zone_id not in ZONE_IDS:
        raise EnvelopeInputError(
            f"zone climatique : identifiant « {zone_id} » inconnu (1 à 8 attendu).",
            field="zone climatique",
        )
    return zone_id


def insulation_period_when_unknown(construction_period: int) -> int:
    """§3.2.1.1 step 9: insulation of unknown year dates from 1975–77 in a building of 1974 or
    before, else from the construction period."""
    return max(check_period(construction_period, "période de construction"), PERIOD_1975_1977)
