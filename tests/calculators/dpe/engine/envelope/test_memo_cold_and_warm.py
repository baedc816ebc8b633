"""The envelope of every corpus file is the same computed cold (every memo emptied first, so each
answer comes from the tables) and warm (answers kept from the files before it).

Reference: the cold computation, i.e. method chapter 3 on the official tables with nothing
remembered; the memoised functions are those of docs/dpe-engine.md § Speed. Records are
compared with ``==`` (every float exact, every warning and cross-check text equal): a kept
answer is the computed one or it is wrong, there is no tolerance.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.envelope import EnvelopeResult, envelope_losses

MEMO_MODULES = ("calculators.dpe.engine.envelope", "calculators.dpe.tables.lookups")


def bounded_memos() -> list[functools._lru_cache_wrapper[object]]:
    """Every bounded ``lru_cache`` of the envelope modules and of ``find_rows`` (the unbounded
    ones load the tables and their indexes, which hold no answer)."""
    found = []
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(MEMO_MODULES):
            continue
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and value.cache_info().maxsize:
                found.append(value)
    return found


def envelope_of(dpe: DpeFile) -> EnvelopeResult | str:
    try:
        return envelope_losses(dpe.inputs, software_id=dpe.metadata.usr_logiciel_id)
    except Exception as error:  # a refused file must be refused alike
        return f"{type(error).__name__}: {error}"


@pytest.mark.corpus
def test_every_corpus_envelope_is_the_same_cold_and_warm(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "data" / "dpe" / "ademe-xml").glob("*.xml"))
    if not paths:
        pytest.skip("../shared/data/dpe/ademe-xml absent")
    files = [read_dpe(path) for path in paths]
    memos = bounded_memos()
    assert len(memos) > 25  # the memoised functions of § Speed, and find_rows
    cold = []
    for dpe in files:
        for memo in memos:
            memo.cache_clear()
        cold.append(envelope_of(dpe))
    warm = [envelope_of(dpe) for dpe in files]
    assert warm == cold
    assert sum(isinstance(result, EnvelopeResult) for result in cold) > 200
