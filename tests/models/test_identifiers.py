"""Identifiers: examples from the formats' own documentation, and hypothesis round-trips.

References: DESIGN.md "Identifiers" (RNB 12 characters; BAN ``cle_interop``; cadastral parcel
14 characters; DPE number 13 characters such as ``2162E1017681Z``; permit ``PC 062 119 26 00012``)
and the DPE numbers of the ADEME XML corpus (``\\d{4}[A-Z]\\d{7}[A-Z]``, 230 of 231 file names).
"""

from __future__ import annotations

import string
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diag_app.errors import ValidationError
from diag_app.models.identifiers import (
    normalise_ban_key,
    normalise_dpe_number,
    normalise_parcel_id,
    normalise_permit_number,
    normalise_rnb_id,
)

DIGITS = string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("PG46YY6YWCX8", "PG46YY6YWCX8"),
        ("pg46-yy6y-wcx8", "PG46YY6YWCX8"),
        (" PG46 YY6Y_WCX8 ", "PG46YY6YWCX8"),
    ],
)
def test_rnb_id_examples(given_text: str, expected: str) -> None:
    assert normalise_rnb_id(given_text) == expected


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("62119_0123_00045", "62119_0123_00045"),
        ("62119_0123_00045_bis", "62119_0123_00045_bis"),
        ("62119_0123_45_BIS", "62119_0123_00045_bis"),
        (" 62119_B012_00003 ", "62119_b012_00003"),
        ("2A004_0010_00001", "2a004_0010_00001"),
    ],
)
def test_ban_key_examples(given_text: str, expected: str) -> None:
    assert normalise_ban_key(given_text) == expected


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("62119000AB0123", "62119000AB0123"),
        ("62119 000 AB 0123", "62119000AB0123"),
        ("62119 000 A 123", "621190000A0123"),
        ("62119 ab 12", "62119000AB0012"),
        ("62119-000-AB-0123", "62119000AB0123"),
    ],
)
def test_parcel_examples(given_text: str, expected: str) -> None:
    assert normalise_parcel_id(given_text) == expected


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("2162E1017681Z", "2162E1017681Z"),
        ("2162e1017681z", "2162E1017681Z"),
        ("2162 E101 7681 Z", "2162E1017681Z"),
        ("2144E0951019J", "2144E0951019J"),  # a file name of the ADEME XML corpus
    ],
)
def test_dpe_number_examples(given_text: str, expected: str) -> None:
    assert normalise_dpe_number(given_text) == expected


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("PC 062 119 26 00012", "PC 062 119 26 00012"),
        ("PC0621192600012", "PC 062 119 26 00012"),
        ("pc 062119 26-00012", "PC 062 119 26 00012"),
        ("PCMI06211925A0001", "PCMI 062 119 25 A0001"),
        ("DP 062 119 25 00003", "DP 062 119 25 00003"),
        ("PC 062 119 26 00012 M01", "PC 062 119 26 00012 M01"),
    ],
)
def test_permit_examples(given_text: str, expected: str) -> None:
    assert normalise_permit_number(given_text) == expected


@pytest.mark.parametrize(
    ("normalise", "bad", "field"),
    [
        (normalise_rnb_id, "PG46YY6YWCX", "identifiant RNB"),  # 11 characters
        (normalise_rnb_id, "PG46YY6YWCX8É", "identifiant RNB"),
        (normalise_ban_key, "62119-0123-00045", "clé BAN"),
        (normalise_ban_key, "62119_0123_000450", "clé BAN"),  # 6-digit number
        (normalise_parcel_id, "62119000AB012", "parcelle cadastrale"),  # 13 characters
        (normalise_dpe_number, "2162E101768Z", "numéro DPE"),  # 12 characters
        (normalise_dpe_number, "2162E1017681", "numéro DPE"),  # no check letter
        (normalise_permit_number, "PX 062 119 26 00012", "numéro de permis"),
        (normalise_permit_number, "PC 62 119 26 00012", "numéro de permis"),
        (normalise_permit_number, "", "numéro de permis"),
    ],
)
def test_bad_values_name_the_field(normalise: Callable[[str], str], bad: str, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalise(bad)
    assert exc.value.field == field
    assert field.lower() in exc.value.message.lower()


def test_field_name_can_be_given_by_the_caller() -> None:
    with pytest.raises(ValidationError) as exc:
        normalise_rnb_id("x", field="RNB du bâtiment voisin")
    assert exc.value.field == "RNB du bâtiment voisin"


def test_non_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        normalise_rnb_id(123456789012)  # type: ignore[arg-type]


def _text(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size)


separators = st.sampled_from(["", " ", "-", "_", "  "])


@given(_text(UPPER_ALNUM, 12), separators)
def test_rnb_round_trip(canonical: str, sep: str) -> None:
    assert normalise_rnb_id(canonical) == canonical
    spaced = sep.join([canonical[:4], canonical[4:8], canonical[8:]]).lower()
    assert normalise_rnb_id(spaced) == canonical


insee = st.one_of(_text(DIGITS, 5), st.tuples(st.sampled_from(["2a", "2b"]), _text(DIGITS, 3)).map(
    "".join
))


@given(insee, _text(LOWER_ALNUM, 4), st.integers(0, 99_999), st.one_of(st.none(), _text(
    string.ascii_lowercase, 3)))
def test_ban_round_trip(code: str, street: str, number: int, suffix: str | None) -> None:
    canonical = f"{code}_{street}_{number:05d}" + (f"_{suffix}" if suffix else "")
    assert normalise_ban_key(canonical) == canonical
    assert normalise_ban_key(canonical.upper()) == canonical
    short = f"{code}_{street}_{number}" + (f"_{suffix}" if suffix else "")
    assert normalise_ban_key(short) == canonical


@given(insee.map(str.upper), _text(DIGITS, 3), _text(UPPER_ALNUM, 2), st.integers(0, 9999))
def test_parcel_round_trip(code: str, prefix: str, section: str, number: int) -> None:
    canonical = f"{code}{prefix}{section}{number:04d}"
    assert normalise_parcel_id(canonical) == canonical
    assert normalise_parcel_id(f"{code} {prefix} {section.lower()} {number}") == canonical


@given(
    _text(DIGITS, 2),
    st.one_of(_text(DIGITS, 2), st.sampled_from(["2A", "2B"])),
    _text(string.ascii_uppercase, 1),
    _text(DIGITS, 7),
    _text(string.ascii_uppercase, 1),
)
def test_dpe_round_trip(year: str, dept: str, kind: str, serial: str, check: str) -> None:
    canonical = f"{year}{dept}{kind}{serial}{check}"
    assert normalise_dpe_number(canonical) == canonical
    assert normalise_dpe_number(f" {canonical.lower()} ") == canonical


@given(
    st.sampled_from(["PC", "PCMI", "DP", "PA", "PD"]),
    st.one_of(_text(DIGITS, 3), st.sampled_from(["02A", "02B"])),
    _text(DIGITS, 3),
    _text(DIGITS, 2),
    _text(UPPER_ALNUM, 5),
    st.one_of(st.none(), st.tuples(st.sampled_from("MT"), _text(DIGITS, 2)).map("".join)),
    separators,
)
def test_permit_round_trip(
    kind: str, dept: str, commune: str, year: str, serial: str, amend: str | None, sep: str
) -> None:
    parts = [kind, dept, commune, year, serial] + ([amend] if amend else [])
    canonical = " ".join(parts)
    assert normalise_permit_number(canonical) == canonical
    assert normalise_permit_number(sep.join(parts).lower()) == canonical
