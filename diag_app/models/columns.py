"""Column helpers shared by the ORM classes: enums stored as text, optional identifiers."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Enum

from diag_app.errors import ValidationError
from diag_app.models.text import sentence_start

E = TypeVar("E", bound=StrEnum)


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """Store the enum's stable value as VARCHAR(32), no database enum type and no CHECK.

    New values then need no migration, and the same column works on SQLite and PostgreSQL.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def as_enum(enum_cls: type[E], value: object, *, field: str) -> E:
    """``value`` as a member of ``enum_cls`` or a French error listing the accepted labels."""
    try:
        return enum_cls(value)
    except ValueError:
        labels = ", ".join(getattr(m, "label", m.value) for m in enum_cls)
        raise ValidationError(
            f"{sentence_start(field)} inconnu(e) : « {value} » (valeurs possibles : {labels}).",
            field=field,
        ) from None


def optional_text(value: str | None, normalise: Callable[[str], str]) -> str | None:
    """``None`` for an empty value, else ``normalise(value)`` (which raises on bad input)."""
    if value is None or not str(value).strip():
        return None
    return normalise(value)


def required_text(value: str | None, *, field: str, max_length: int) -> str:
    """Trimmed text, refused when empty or longer than the column."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"Le champ « {field} » est obligatoire.", field=field)
    return limited_text(text, field=field, max_length=max_length)


def limited_text(value: str | None, *, field: str, max_length: int) -> str:
    """Trimmed text (empty allowed), refused when longer than the column."""
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            f"Le champ « {field} » est trop long ({len(text)} caractères, {max_length} au plus).",
            field=field,
        )
    return text


def as_number(value: object, *, field: str, integer: bool = False) -> float:
    """``value`` if it is a (whole, when ``integer``) number, else a French error."""
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if ok and integer and not float(value).is_integer():  # type: ignore[arg-type]
        ok = False
    if not ok:
        kind = "un nombre entier" if integer else "un nombre"
        raise ValidationError(f"Le champ « {field} » doit être {kind}.", field=field)
    return value  # type: ignore[return-value]


def json_object(value: object, *, field: str) -> dict[str, Any]:
    """``value`` if it is a dict that JSON can store (plain numbers, text, lists, dicts)."""
    try:
        if not isinstance(value, dict):
            raise TypeError(type(value).__name__)
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            f"Le champ « {field} » doit être un objet JSON (texte, nombres, listes) : {exc}.",
            field=field,
        ) from exc
    return value
