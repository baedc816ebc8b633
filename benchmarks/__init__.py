"""Speed measurements, run by ``make bench`` (``python -m benchmarks``), never by the tests.

Timed assertions do not belong in ``tests/`` (they fail on a busy machine and prove little); here
each module of this package measures against a baseline taken in the same run, on the same
machine. A module exposes ``run()`` returning a list of :class:`Measurement`, or of plain rows
``{"name", "value", "unit", "baseline", "ratio"}`` (the form ``solar_batch`` uses); ``__main__``
prints them all in one table.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Measurement:
    """One figure; ``value`` is a median when ``runs`` > 1, the baseline is measured alike."""

    name: str  # what was measured (French)
    value: float
    unit: str = "s"
    runs: int = 1
    baseline: float | None = None  # the same measure for a reference, in the same run
    target: float | None = None  # same unit as value
    higher_is_better: bool = False  # a speed-up must exceed its target; a time stay under it
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """``value`` / ``baseline`` (None without a baseline)."""
        return None if not self.baseline else self.value / self.baseline

    @property
    def target_met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value > self.target if self.higher_is_better else self.value < self.target

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Measurement:
        """A plain row ``{"name", "value", "unit", "baseline"[, "target"]}``.

        A row in « × » (a speed-up factor) meets its target from above, any other from below,
        unless it says otherwise with ``"higher_is_better"``.
        """
        baseline, target, unit = row.get("baseline"), row.get("target"), str(row.get("unit", ""))
        return cls(
            name=str(row["name"]),
            value=float(row["value"]),
            unit=unit,
            baseline=None if baseline is None else float(baseline),
            target=None if target is None else float(target),
            higher_is_better=bool(row.get("higher_is_better", unit == "×")),
        )


def median(values: list[float]) -> float:
    return statistics.median(values)
