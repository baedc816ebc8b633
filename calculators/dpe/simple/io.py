"""The simple description as JSON text, with French errors naming the JSON path.

The JSON keys are the French attribute names of :mod:`~calculators.dpe.simple.description`;
choices are written by their key (``"maison_mitoyenne"``); an unknown value may be written
``"inconnu"`` or ``null`` (or left out when it has a default). Reading checks every key and
type, then validates the description (:func:`~calculators.dpe.simple.validation.validate`):
an error names the path, ``murs.isolation.epaisseur_cm : ...``. Writing files is the services'
business (atomic writes live in the application); this module only converts text.
"""

from __future__ import annotations

import json
import math
import types
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from calculators.dpe.simple.choices import Choix, TypeLogement
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.fields import FIELDS
from calculators.dpe.simple.validation import validate

UNKNOWN = "inconnu"
"""The advisers' word for an unknown value, accepted wherever ``null`` is."""
_UNKNOWN_WORDS = frozenset({"inconnu", "inconnue"})
_TYPE_NAMES = {int: "un nombre entier", float: "un nombre", str: "un texte", bool: "vrai ou faux"}


def description_from_json(text: str, *, reference_year: int | None = None) -> SimpleDescription:
    """The validated description written in ``text`` (a JSON object)."""
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise SimpleDescriptionError(
            f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}.", field=None
        ) from None
    description = _build(SimpleDescription, document, "")
    validate(description, reference_year=reference_year)
    return description


def read_description(path: str | Path, *, reference_year: int | None = None) -> SimpleDescription:
    """The validated description in the UTF-8 JSON file at ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SimpleDescriptionError(f"Fichier « {path} » illisible : {exc}.", field=None) from None
    return description_from_json(text, reference_year=reference_year)


_ONLY_FOR = {"logement.position": TypeLogement.APPARTEMENT,
             "logement.nombre_logements": TypeLogement.IMMEUBLE}  # fmt: skip
"""Keys written only for the type of dwelling they apply to (when unknown)."""


def to_json(description: SimpleDescription) -> str:
    """``description`` as indented JSON (UTF-8 text, French keys, ``"inconnu"`` for unknowns;
    a key that does not apply to the type of dwelling is left out)."""
    document = _dump(description, "")
    for path, kind in _ONLY_FOR.items():
        block, key = path.split(".")
        if description.logement.type is not kind and document[block].get(key) == UNKNOWN:
            del document[block][key]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _dump(node: Any, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in fields(node):
        value = getattr(node, item.name)
        path = f"{prefix}{item.name}"
        if is_dataclass(value):
            out[item.name] = _dump(value, f"{path}.")
        elif value is None:
            spec = FIELDS.get(path)
            if spec is not None and spec.inconnu:
                out[item.name] = UNKNOWN
        else:
            out[item.name] = value.value if isinstance(value, Choix) else value
    return out


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise SimpleDescriptionError(f"{key} : clé présente deux fois.", field=key)
        seen[key] = value
    return seen


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _fail(path: str, message: str) -> SimpleDescriptionError:
    return SimpleDescriptionError(f"{path or 'document'} : {message}", field=path or None)


def _build(cls: type, data: object, prefix: str) -> Any:
    path = prefix.rstrip(".")
    if not isinstance(data, dict):
        raise _fail(path, f"un objet {{…}} est attendu, reçu « {_show(data)} ».")
    known = {item.name: item for item in fields(cls)}
    for key in data:
        if key not in known:
            raise _fail(
                f"{prefix}{key}",
                f"clé inconnue ; clés possibles : {', '.join(sorted(known))}.",
            )
    values: dict[str, Any] = {}
    for name, item in known.items():
        child = f"{prefix}{name}"
        if name in data:
            values[name] = _convert(_hints(cls)[name], data[name], child)
        elif item.default is MISSING and item.default_factory is MISSING:
            raise _fail(child, "valeur obligatoire absente.")
    return cls(**values)


def _convert(hint: Any, value: object, path: str) -> Any:
    options = get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)
    optional = type(None) in options
    (kind,) = [option for option in options if option is not type(None)]
    unknown = value is None or (isinstance(value, str) and value in _UNKNOWN_WORDS)
    if isinstance(kind, type) and issubclass(kind, Choix):
        member = next((m for m in kind if m.value == value), None)
        if member is None and optional and unknown:
            return None
        return member if member is not None else _bad_choice(kind, value, path)
    if optional and unknown:
        return None
    if is_dataclass(kind):
        return _build(kind, value, f"{path}.")
    return _scalar(kind, value, path)


def _bad_choice(kind: type[Choix], value: object, path: str) -> Choix:
    allowed = ", ".join(member.value for member in kind)
    raise _fail(path, f"valeur « {_show(value)} » inconnue ; valeurs possibles : {allowed}.")


def _scalar(kind: type, value: object, path: str) -> object:
    if kind is bool and isinstance(value, bool):
        return value
    if kind is str and isinstance(value, str):
        return value.strip()
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is float and is_number and math.isfinite(float(value)):  # type: ignore[arg-type]
        return float(value)  # type: ignore[arg-type]
    if kind is int and is_number and float(value).is_integer():  # type: ignore[arg-type]
        return int(value)  # type: ignore[call-overload]
    raise _fail(
        path, f"{_TYPE_NAMES.get(kind, kind.__name__)} est attendu, reçu « {_show(value)} »."
    )


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)[:60]
