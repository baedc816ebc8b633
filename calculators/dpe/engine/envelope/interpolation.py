"""Linear reading of a tabulated curve between (or beyond) its two nearest points.

The method allows it for Uw(Ug) (§3.3.2), Ujn(Uw) (§3.3.3) and Ue(Upb) (§3.2.2.1): « les valeurs
non présentes dans les tableaux peuvent être obtenues par interpolation ou extrapolation avec les
deux valeurs tabulées les plus proches ».
"""

from __future__ import annotations

from collections.abc import Sequence


def interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    """y at ``x`` on the polyline through ``points`` ((x, y) pairs, any order, distinct x).

    Inside the range: the segment that contains ``x``; outside: the line through the two
    nearest points (extrapolation). A single point gives its y. An exact x gives its y.
    """
    ordered = sorted(points)
    if not ordered:
        raise ValueError("interpolation sur une table vide")
    if len(ordered) == 1:
        return ordered[0][1]
    for x0, y0 in ordered:
        if x0 == x:
            return y0
    if x < ordered[0][0]:
        (x0, y0), (x1, y1) = ordered[0], ordered[1]
    elif x > ordered[-1][0]:
        (x0, y0), (x1, y1) = ordered[-2], ordered[-1]
    else:
        index = next(i for i, (xi, _) in enumerate(ordered) if xi > x)
        (x0, y0), (x1, y1) = ordered[index - 1], ordered[index]
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0)
