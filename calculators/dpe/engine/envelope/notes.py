"""What an adapter run noticed: warnings (an element left out or a default assumed) and
cross-checks against the certified engine's table references found in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from calculators.dpe.tables import TableLookupError, value_row


@dataclass(slots=True)
class Notes:
    """Messages in French, each naming its element (« mur 3 : ... »). ``warnings`` are
    elements left out (the result is then incomplete); ``assumptions`` are defaults taken for a
    missing input, reported with the warnings but leaving the result complete."""

    warnings: list[str] = field(default_factory=list)
    cross_checks: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def assume(self, message: str) -> None:
        self.assumptions.append(message)

    def check_table_value(
        self, element: str, table: str, tv_id: int | None, column: str, ours: float
    ) -> None:
        """Note when row ``tv_id`` of ``table`` (the file's reference) gives another ``column``
        value than ours (relative gap over 0.1 %, well above the tables' 2–3 decimals)."""
        if tv_id is None:
            return
        theirs = _table_number(table, tv_id, column)
        if theirs == ours:  # the usual case, decided without the tolerance's arithmetic
            return
        if theirs is None:
            self.cross_checks.append(f"{element} : référence tv_{table}_id {tv_id} illisible")
            return
        if abs(theirs - ours) > 1e-3 * max(abs(theirs), abs(ours), 1e-9):
            self.cross_checks.append(
                f"{element} : {column} = {ours:.4g} selon la description, "
                f"{theirs:.4g} selon tv_{table}_id {tv_id} du fichier"
            )


@lru_cache(maxsize=4096, typed=True)
def _table_number(table: str, tv_id: int, column: str) -> float | None:
    """``column`` of row ``tv_id`` of ``table``; ``None`` when the reference cannot be read.

    Kept for the process (the tables never change while it runs): each dwelling cross-checks
    ≈ 40 references, mostly the same few rows. ``typed`` as ``find_rows``: ``1`` and ``True``
    are different references.
    """
    try:
        return value_row(table, tv_id).number(column)
    except TableLookupError:
        return None
