"""Shared helpers of the systems and totals tests: the ADEME corpus (read once per session),
comparison tolerances, and adapters from a file's systems to the calculators' criteria.

The corpus is ``shared/data/dpe/ademe-xml`` (231 real DPE files with the certified engines'
intermediate values and official outputs). Every corpus test skips when it is absent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.totals_from_ademe import reference_surface
from calculators.dpe.tables import enum_row

CONSUMPTION_TOLERANCE = 0.05
"""Relative tolerance of the brief for recomputed consumptions (hot water, lighting, auxiliaries,
cooling): the certified engines round intermediate values and differ among themselves by a few
per cent on the same inputs."""
INDICATOR_TOLERANCE = 0.01
"""Relative tolerance of the brief for Cep/m² and EGES/m² recomputed from official consumptions:
only the conversion and emission factors are ours, so agreement should be near exact."""


@cache
def _corpus(folder: str) -> tuple[tuple[str, DpeFile], ...]:
    return tuple((path.name, read_dpe(path)) for path in sorted(Path(folder).glob("*.xml")))


def corpus(shared_dir: Path) -> tuple[tuple[str, DpeFile], ...]:
    """Every file of the corpus, read once per test session; skips when the corpus is absent."""
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return _corpus(str(folder))


def within(calc: float, ref: float | None, rel: float = CONSUMPTION_TOLERANCE) -> bool:
    """``calc`` within ``rel`` of ``ref`` (an absolute 1 kWh floor for references near 0)."""
    if ref is None:
        return False
    return abs(calc - ref) <= rel * max(abs(ref), 1.0)


def indicator_matches(calc: float, ref: float | None) -> bool:
    """An official indicator per m²: within 1 %, or — when the file stores the integer part, as
    several programs do (annexe 5 floors the values) — the same integer part."""
    if ref is None:
        return False
    if ref == math.floor(ref) and math.floor(calc + 1e-9) == ref:
        return True
    return abs(calc - ref) <= INDICATOR_TOLERANCE * max(abs(ref), 1e-9)


@dataclass(frozen=True)
class Score:
    """Pass count of one quantity over a set of files, with the failures for the report."""

    name: str
    passed: int
    total: int
    failures: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def summary(self) -> str:
        lines = [f"{self.name} : {self.passed}/{self.total} ({self.share:.1%})"]
        return "\n".join([*lines, *(f"  écart : {f}" for f in self.failures)])


def score(name: str, results: Iterable[tuple[str, bool, str]]) -> Score:
    """``results``: (file, passed, detail) per file."""
    items = list(results)
    failures = tuple(f"{file} {detail}" for file, ok, detail in items if not ok)
    return Score(name, sum(1 for _, ok, _ in items if ok), len(items), failures)


def per_file(
    files: Iterable[tuple[str, DpeFile]], check: Callable[[DpeFile], tuple[bool, str] | None]
) -> list[tuple[str, bool, str]]:
    """Run ``check`` on each file; None means the quantity does not apply to that file."""
    results = []
    for name, dpe in files:
        outcome = check(dpe)
        if outcome is not None:
            results.append((name, *outcome))
    return results


def dwelling_area(dpe: DpeFile) -> float:
    """The area the file's outputs refer to (the building's for a whole-building DPE)."""
    return reference_surface(dpe)


def described_area(dpe: DpeFile) -> float:
    """The living area the needs stage describes [m²]: the building's for a building DPE and
    a flat generated from building data (the official enum's ``surface_reference``), else the
    dwelling's."""
    general = dpe.inputs.caracteristique_generale
    row = enum_row("methode_application_dpe_log", general.enum_methode_application_dpe_log_id)
    if row["surface_reference"] == "surface_habitable_immeuble":
        return general.surface_habitable_immeuble or general.surface_habitable_logement or 0.0
    return general.surface_habitable_logement or general.surface_habitable_immeuble or 0.0


def is_house(dpe: DpeFile) -> bool:
    return dpe.inputs.administratif.methode_application.type_dpe.value == "maison"
