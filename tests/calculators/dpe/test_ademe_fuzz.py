"""Random corruptions of DPE files: the reader returns a file or a ``DpeXmlError``, nothing else.

A damaged download or a hand-edited export must never surface as a ``KeyError``,
``AttributeError`` or ``UnicodeDecodeError`` in the application. Corruptions are byte
overwrites, deletions, insertions and truncations, applied to the hand-made minimal DPE (always
available) and to a real corpus file (skipped when the corpus is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators.dpe.ademe import DpeFile, DpeXmlError, read_dpe

MINIMAL = (
    (Path(__file__).parent / "fixtures" / "surface_non_numerique.xml")
    .read_bytes()
    .replace(b">abc<", b">12.5<")
)
# Bytes that turn well-formed XML into the cases that matter: markup, digits, signs, text.
_INTERESTING = st.sampled_from(list(b"<>/&;=\"' \n.-+eE019aAz\x00\xff\xc3"))
_EDIT = st.tuples(
    st.sampled_from(["overwrite", "delete", "insert", "truncate"]),
    st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    st.one_of(_INTERESTING, st.integers(min_value=0, max_value=255)),
)


def _corrupt(data: bytes, edits: list[tuple[str, float, int]]) -> bytes:
    """Apply each edit at a relative position of the (current) data."""
    buffer = bytearray(data)
    for kind, where, byte in edits:
        if not buffer:
            break
        at = int(where * len(buffer))
        if kind == "overwrite":
            buffer[at] = byte
        elif kind == "delete":
            del buffer[at]
        elif kind == "insert":
            buffer.insert(at, byte)
        else:
            del buffer[at:]
    return bytes(buffer)


def _read_or_refuse(data: bytes) -> None:
    try:
        dpe = read_dpe(data)
    except DpeXmlError as exc:
        assert str(exc)  # a message a person can read
        return
    assert isinstance(dpe, DpeFile)


# The autouse ``isolated_home`` fixture is function-scoped; the reader never touches the home
# folder, so sharing it between examples is harmless.
_SHARED_FIXTURES = [HealthCheck.function_scoped_fixture]


@settings(max_examples=300, deadline=None, suppress_health_check=_SHARED_FIXTURES)
@given(edits=st.lists(_EDIT, min_size=1, max_size=4))
def test_corrupted_minimal_dpe(edits: list[tuple[str, float, int]]) -> None:
    _read_or_refuse(_corrupt(MINIMAL, edits))


@pytest.fixture(scope="module")
def real_file(shared_dir: Path) -> bytes:
    path = shared_dir / "data" / "dpe" / "ademe-xml" / "2238E0097309E.xml"
    if not path.is_file():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return path.read_bytes()


@pytest.mark.corpus
@settings(max_examples=150, deadline=None, suppress_health_check=_SHARED_FIXTURES)
@given(edits=st.lists(_EDIT, min_size=1, max_size=3))
def test_corrupted_real_dpe(real_file: bytes, edits: list[tuple[str, float, int]]) -> None:
    _read_or_refuse(_corrupt(real_file, edits))
