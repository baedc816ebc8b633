"""Text folding for search that behaves the same on SQLite and PostgreSQL.

SQLite's ``lower()`` and ``LIKE`` only fold ASCII, PostgreSQL's ``unaccent`` is an extension a
shared server may lack: so the app stores a folded copy of the searchable text in a column and
folds the query the same way. "Béthune", "BETHUNE" and "bethune" all become ``bethune``.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'"})


def fold(text: str) -> str:
    """Lower case, no accents, ligatures spelt out, runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare).strip()


_HOUSE_NUMBER = re.compile(r"^(\d+)\s*(bis|ter|quater|quinquies|[a-d])?\b[\s,]*([^,]*)(.*)$")
_DIGITS = re.compile(r"\d+")


def address_sort_key(label: str) -> str:
    """How a person orders addresses: by street, then by house number read as a number.

    "12 rue d'Aire" comes before "103 rue d'Aire", and "4 bis rue d'Aire" after "4 rue d'Aire";
    numbers elsewhere in the label (flat numbers, postcodes) compare as numbers too.
    """
    folded = fold(label)
    match = _HOUSE_NUMBER.match(folded)
    if match:
        number, suffix, street, rest = match.groups()
        folded = f"{street} #{number} {suffix or ''}{rest}"
    return _DIGITS.sub(lambda m: m.group().zfill(8), folded)


def search_text(*parts: str | None) -> str:
    """The folded search column for a row: its searchable parts, folded, one per line."""
    return "\n".join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) matching rows that contain the folded query."""
    escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sentence_start(text: str) -> str:
    """``text`` with its first letter in upper case, the rest untouched ("Numéro DPE")."""
    return text[:1].upper() + text[1:]
