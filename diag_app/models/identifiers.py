"""French public identifiers of buildings, addresses, parcels, DPE and permits: normalise, validate.

Each ``normalise_*`` function accepts what people type or what an export holds (spaces, dashes,
lower case, compact forms), returns the one canonical form stored in the register, and raises
:class:`~diag_app.errors.ValidationError` with a French message naming the field otherwise.
Formats (see ``/work/shared/DESIGN.md``, "Identifiers"):

- RNB building id (Référentiel national des bâtiments): 12 alphanumeric characters, upper case;
- BAN address key ``cle_interop``: ``{INSEE 5}_{street code 4}_{number 5}[_{suffix}]``, lower case;
- cadastral parcel: INSEE (5) + prefix (3) + section (2, zero-padded) + number (4) = 14 characters;
- DPE number (ADEME observatoire): 13 characters, year (2) + département (2) + letter + 7 digits +
  check letter, e.g. ``2162E1017681Z``;
- building-permit number (code de l'urbanisme, art. R423-1 form): type (PC, PCMI, DP, PA, PD),
  département (3), commune (3), year (2), serial (5), e.g. ``PC 062 119 26 00012``; an amending
  permit's ``M01``/``T01`` suffix is kept.
"""

from __future__ import annotations

import re

from diag_app.errors import ValidationError
from diag_app.models.text import sentence_start

_SEPARATORS = re.compile(r"[\s\-_.]+")
_INSEE = r"(?:\d{5}|2[AB]\d{3})"

_RNB = re.compile(r"[0-9A-Z]{12}")
_BAN = re.compile(
    r"(?P<insee>\d{5}|2[ab]\d{3})_(?P<street>[0-9a-z]{4})_(?P<number>\d{1,5})(?:_(?P<suffix>[0-9a-z]+))?"
)
_PARCEL_COMPACT = re.compile(rf"({_INSEE})(\d{{3}})([0-9A-Z]{{2}})(\d{{4}})")
_PARCEL_PARTS = re.compile(rf"({_INSEE})\s+(?:(\d{{3}})\s+)?([0-9A-Z]{{1,2}})\s+(\d{{1,4}})")
_DPE = re.compile(r"\d{2}(?:\d{2}|2[AB])[A-Z]\d{7}[A-Z]")
_PERMIT = re.compile(
    r"(?P<kind>PCMI|PC|DP|PA|PD)(?P<dept>\d{2}[0-9AB])(?P<commune>\d{3})(?P<year>\d{2})"
    r"(?P<serial>[0-9A-Z]{5})(?P<amend>[MT]\d{2})?"
)

PERMIT_KINDS = ("PC", "PCMI", "DP", "PA", "PD")


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"Le champ « {field} » doit être un texte.", field=field)
    text = value.strip()
    if not text:
        raise ValidationError(f"Le champ « {field} » est vide.", field=field)
    return text


def normalise_rnb_id(value: str, *, field: str = "identifiant RNB") -> str:
    """``"pg46-yy6y-wcx8"`` → ``"PG46YY6YWCX8"`` (12 characters after removing separators)."""
    compact = _SEPARATORS.sub("", _text(value, field)).upper()
    if not _RNB.fullmatch(compact):
        raise ValidationError(
            f"{sentence_start(field)} invalide : « {value} ». Attendu : 12 lettres ou chiffres "
            "(tirets et espaces ignorés), par exemple « PG46YY6YWCX8 ».",
            field=field,
        )
    return compact


def normalise_ban_key(value: str, *, field: str = "clé BAN") -> str:
    """``"62119_0123_45_BIS"`` → ``"62119_0123_00045_bis"`` (number zero-padded to 5 digits)."""
    text = re.sub(r"\s+", "", _text(value, field)).lower()
    match = _BAN.fullmatch(text)
    if not match:
        raise ValidationError(
            f"{sentence_start(field)} invalide : « {value} ». Attendu : code INSEE (5), code de "
            "voie (4), numéro (5 chiffres) et suffixe éventuel séparés par « _ », par exemple "
            "« 62119_0123_00045 » ou « 62119_0123_00045_bis ».",
            field=field,
        )
    key = f"{match['insee']}_{match['street']}_{int(match['number']):05d}"
    return f"{key}_{match['suffix']}" if match["suffix"] else key


def normalise_parcel_id(value: str, *, field: str = "parcelle cadastrale") -> str:
    """``"62119 000 AB 123"`` or ``"62119 A 12"`` → ``"62119000AB0123"`` / ``"621190000A0012"``.

    The compact form must have 14 characters; the spaced form may omit the prefix (``000``) and
    zero padding of the section and number.
    """
    text = _text(value, field).upper().replace("-", " ")
    match = _PARCEL_COMPACT.fullmatch(text.replace(" ", ""))
    if match:
        return "".join(match.groups())
    parts = _PARCEL_PARTS.fullmatch(re.sub(r"\s+", " ", text))
    if parts:
        insee, prefix, section, number = parts.groups()
        return f"{insee}{prefix or '000'}{section.rjust(2, '0')}{int(number):04d}"
    raise ValidationError(
        f"{sentence_start(field)} invalide : « {value} ». Attendu : 14 caractères, code INSEE "
        "(5) + préfixe (3) + section (2) + numéro (4), par exemple « 62119000AB0123 ».",
        field=field,
    )


def normalise_dpe_number(value: str, *, field: str = "numéro DPE") -> str:
    """``"2162 e101 7681 z"`` → ``"2162E1017681Z"`` (13 characters)."""
    compact = _SEPARATORS.sub("", _text(value, field)).upper()
    if not _DPE.fullmatch(compact):
        raise ValidationError(
            f"{sentence_start(field)} invalide : « {value} ». Attendu : 13 caractères, par exemple "
            "« 2162E1017681Z » (année, département, lettre, 7 chiffres, lettre de contrôle).",
            field=field,
        )
    return compact


def normalise_permit_number(value: str, *, field: str = "numéro de permis") -> str:
    """``"pc06211926-00012"`` → ``"PC 062 119 26 00012"`` (the spaced canonical form)."""
    compact = _SEPARATORS.sub("", _text(value, field)).upper()
    match = _PERMIT.fullmatch(compact)
    if not match:
        raise ValidationError(
            f"{sentence_start(field)} invalide : « {value} ». Attendu : type "
            f"({', '.join(PERMIT_KINDS)}), département (3), commune (3), année (2) et numéro (5), "
            "par exemple "
            "« PC 062 119 26 00012 ».",
            field=field,
        )
    parts = [match[k] for k in ("kind", "dept", "commune", "year", "serial", "amend") if match[k]]
    return " ".join(parts)


def compact_permit_number(canonical: str) -> str:
    """The permit number without spaces, as some exports and people write it (for search)."""
    return canonical.replace(" ", "")
