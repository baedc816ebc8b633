"""The JSON schema of the simple description, generated from the dataclasses and field specs.

The schema (JSON Schema 2020-12) documents the file format for other tools and cities: French
keys, labels (``title``), units and defaults (``description``), ranges, choices with their
labels. It is generated here and shipped as ``description.schema.json``; a test checks that the
shipped file equals the generated one. Regenerate after changing the description::

    .venv/bin/python -m calculators.dpe.simple.schema

The reader (:mod:`~calculators.dpe.simple.io`) does not need the schema: it checks the same
rules itself, with French messages naming the JSON path.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import types
from dataclasses import MISSING, fields, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from calculators.dpe.simple.choices import Choix
from calculators.dpe.simple.description import SCHEMA_VERSION, SimpleDescription
from calculators.dpe.simple.fields import AVANCE_ANNEE_MAX, FIELDS

SCHEMA_FILE = "description.schema.json"
_SCALARS = {float: "number", int: "integer", str: "string", bool: "boolean"}
_UNKNOWN = {"enum": ["inconnu", "inconnue", None], "title": "inconnu"}


def generate_schema() -> dict[str, Any]:
    """The schema of :class:`SimpleDescription`, as a JSON-ready dict."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"diag-habitat/description-simple-v{SCHEMA_VERSION}.schema.json",
        "title": "Description simple d'un logement (pré-diagnostic Diag Habitat)",
        "description": (
            "Ce que connaît le demandeur au guichet : année, surface, murs, toiture, plancher "
            "bas, fenêtres, ventilation, chauffage, eau chaude. « inconnu » (ou null) laisse "
            "s'appliquer la valeur par défaut indiquée. Format généré par "
            "calculators/dpe/simple/schema.py ; voir docs/dpe-simple.md."
        ),
    }
    schema.update(_object(SimpleDescription, ""))
    return schema


def schema_text() -> str:
    """The generated schema as the text of the shipped file."""
    return json.dumps(generate_schema(), ensure_ascii=False, indent=2) + "\n"


def shipped_schema_text() -> str:
    """The schema file shipped with the package."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def _object(cls: type, prefix: str) -> dict[str, Any]:
    hints = get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for item in fields(cls):
        path = f"{prefix}{item.name}"
        properties[item.name] = _property(hints[item.name], path, item.default)
        if item.default is MISSING and item.default_factory is MISSING:
            required.append(item.name)
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return out


def _property(hint: Any, path: str, default: object) -> dict[str, Any]:
    options = get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)
    optional = type(None) in options
    (kind,) = [option for option in options if option is not type(None)]
    if is_dataclass(kind):
        base = _object(kind, f"{path}.")
        return {"anyOf": [base, {"type": "null"}]} if optional else base
    spec = FIELDS[path]
    base = {"title": spec.libelle, **_leaf(kind, path)}
    notes = []
    if spec.unite:
        notes.append(f"Unité : {spec.unite}.")
    if spec.annee:
        notes.append(f"Au plus l'année en cours + {AVANCE_ANNEE_MAX}.")
    if spec.defaut:
        notes.append(f"Si inconnu : {spec.defaut}.")
    if notes:
        base["description"] = " ".join(notes)
    if default is not MISSING:
        base["default"] = default.value if isinstance(default, Choix) else default
    if optional:
        return {"title": base.pop("title"), "anyOf": [base, _UNKNOWN]}
    return base


def _leaf(kind: type, path: str) -> dict[str, Any]:
    if issubclass(kind, Choix):
        return {"oneOf": [{"const": member.value, "title": member.libelle} for member in kind]}
    spec = FIELDS[path]
    out: dict[str, Any] = {"type": _SCALARS[kind]}
    if spec.minimum is not None:
        out["minimum"] = spec.minimum
    if spec.maximum is not None:
        out["maximum"] = spec.maximum
    if spec.motif is not None:
        out["pattern"] = spec.motif
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the generated schema over the shipped file (developers only)."""
    del argv
    target = Path(__file__).with_name(SCHEMA_FILE)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(schema_text())
    Path(temporary).replace(target)
    print(f"{target} écrit.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
