"""Fixtures of the simple-description tests: the ADEME corpus, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe


@pytest.fixture(scope="session")
def corpus_folder(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return folder


@pytest.fixture(scope="session")
def corpus(corpus_folder: Path) -> dict[str, DpeFile]:
    """Every DPE file of the corpus by file name (about 2 s to read)."""
    return {path.name: read_dpe(path) for path in sorted(corpus_folder.glob("*.xml"))}
