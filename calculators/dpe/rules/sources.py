"""Where a regulatory value comes from and when it applies.

Every value of the rules carries a :class:`Source` (the text and the article, annex or table) and
a :class:`Validity` (first and last day in force, both inclusive; ``valid_until`` is ``None`` while
no later text has replaced it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calculators.dpe.rules.errors import DpeInputError

_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


@dataclass(frozen=True)
class Source:
    """A regulatory reference: ``text`` (the act), ``ref`` (article, annex, table), ``note``."""

    text: str
    ref: str
    note: str | None = None

    def cite(self) -> str:
        """One line for reports and docstrings: ``"<text>, <ref>"``."""
        return f"{self.text}, {self.ref}"


@dataclass(frozen=True)
class Validity:
    """The days a rule is in force, bounds inclusive; open-ended when ``valid_until`` is None."""

    valid_from: date
    valid_until: date | None

    def covers(self, at: date) -> bool:
        """True when ``at`` falls within the period."""
        return self.valid_from <= at and (self.valid_until is None or at <= self.valid_until)

    def overlaps(self, other: Validity) -> bool:
        """True when the two periods share at least one day."""
        starts_before_other_ends = other.valid_until is None or self.valid_from <= other.valid_until
        ends_after_other_starts = self.valid_until is None or other.valid_from <= self.valid_until
        return starts_before_other_ends and ends_after_other_starts


def french_date(day: date) -> str:
    """``date(2025, 1, 1)`` → ``"1er janvier 2025"`` (French legal style)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


def french_decimal(value: float) -> str:
    """``1.9`` → ``"1,9"``: shortest decimal form with a French comma."""
    return f"{value:g}".replace(".", ",")


def as_day(at: date) -> date:
    """``at`` as a plain date (a datetime counts by its day); anything else is refused."""
    if not isinstance(at, date):
        raise DpeInputError(f"Date invalide : « {at} ».", field="date")
    return at.date() if isinstance(at, datetime) else at
