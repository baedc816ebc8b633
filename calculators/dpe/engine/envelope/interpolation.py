"""Linear reading of a tabulated curve between (or beyond) its two nearest points.

The method allows it for Uw(Ug) (§3.3.2), Ujn(Uw) (§3.3.3) and Ue(Upb) (§3.2.2.1): « les valeurs
non présentes dans les tableaux peuvent être obtenues par interpolation ou extrapolation avec les
deux valeurs tabulées les plus proches ».

A :class:`Curve` holds its points sorted once, so that the engine, which reads the same few
curves for every window and floor of every dwelling, finds the segment by bisection instead of
sorting the table rows again on each call.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Curve:
    """A tabulated curve: abscissas ``xs`` in increasing order and their ordinates ``ys``
    (units those of the table it comes from)."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]

    @classmethod
    def of(cls, points: Iterable[tuple[float, float]]) -> Curve:
        """The curve through ``points`` ((x, y) pairs, any order, distinct x); none: error."""
        ordered = sorted(points)
        if not ordered:
            raise ValueError("interpolation sur une table vide")
        return cls(tuple(x for x, _ in ordered), tuple(y for _, y in ordered))

    def at(self, x: float) -> float:
        """y at ``x`` on the polyline (the points :func:`segment` picks)."""
        first, second = segment(self.xs, x)
        ys = self.ys
        if first == second:
            return ys[first]
        return line_through(self.xs[first], ys[first], self.xs[second], ys[second], x)


def segment(xs: Sequence[float], x: float) -> tuple[int, int]:
    """Indices (i0, i1) of the points of increasing abscissas ``xs`` that give y at ``x``.

    i0 == i1 on a tabulated x or for a single point; else the segment holding ``x``, or the two
    nearest points outside the range (extrapolation). A NaN ``x`` raises ``ValueError``.
    """
    if x != x:
        raise ValueError("interpolation en un point non numérique (NaN)")
    count = len(xs)
    if count == 1:
        return 0, 0
    index = bisect_left(xs, x)
    if index < count and xs[index] == x:
        return index, index
    if index == 0:
        return 0, 1
    if index == count:
        return count - 2, count - 1
    return index - 1, index


def line_through(x0: float, y0: float, x1: float, y1: float, x: float) -> float:
    """y at ``x`` on the line through (x0, y0) and (x1, y1), x0 ≠ x1."""
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0)


def interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    """y at ``x`` on the polyline through ``points`` ((x, y) pairs, any order, distinct x).

    Inside the range: the segment that contains ``x``; outside: the line through the two
    nearest points (extrapolation). A single point gives its y. An exact x gives its y. For a
    curve read more than once, build its :class:`Curve` once instead.
    """
    return Curve.of(points).at(x)
