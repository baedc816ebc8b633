"""Shared helpers of the needs-stage tests: the corpus loader and the comparison with the
official ADEME outputs (one place for tolerances, as STYLE.md asks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe

CORPUS_SUBDIR = Path("data") / "dpe" / "ademe-xml"


def corpus_folder(shared_dir: Path) -> Path:
    """The ADEME XML corpus folder; skips the test when ``../shared`` is absent."""
    folder = shared_dir / CORPUS_SUBDIR
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return folder


def corpus_file(shared_dir: Path, name: str) -> DpeFile:
    """One corpus file read, or a skip when the corpus is absent."""
    return read_dpe(corpus_folder(shared_dir) / name)


def iter_corpus(shared_dir: Path) -> Iterator[DpeFile]:
    for path in sorted(corpus_folder(shared_dir).glob("*.xml")):
        yield read_dpe(path)


def relative_gap(ours: float, official: float | None, *, kwh_or_wh: bool = False) -> float | None:
    """|ours − official| / |official|; None when there is no official value.

    ``kwh_or_wh``: several certified programs write gains and recovered losses in kWh where
    the data model says Wh; the gap is then the smaller of the two readings.
    """
    if official is None:
        return None
    if official == 0:
        return 0.0 if abs(ours) < 1e-9 else float("inf")
    gap = abs(ours - official) / abs(official)
    if kwh_or_wh:
        gap = min(gap, abs(ours - 1000 * official) / abs(1000 * official))
    return gap


def share_within(gaps: list[float | None], tolerance: float) -> tuple[float, int, int]:
    """(share, count within, count compared) of the gaps ≤ ``tolerance``, None ignored."""
    compared = [g for g in gaps if g is not None]
    within = sum(g <= tolerance for g in compared)
    return within / len(compared), within, len(compared)
