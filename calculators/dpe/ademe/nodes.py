"""Typed, path-aware access to the elements of a DPE XML tree.

Every value goes through a :class:`Node`, which knows its element path, so a bad value is
reported as ``mur[3]/donnee_entree/surface_paroi_opaque : valeur « abc » non numérique``.
Paths leave out the ``dpe`` root and the ``*_collection`` wrappers, and number collection
items from 1 from the nearest enclosing item (``installation_chauffage[2]/
generateur_chauffage[1]/...``).

:func:`build` fills a frozen dataclass whose field names are the XML tag names: the annotation
of each field says how its text is read (``float``, ``int``, ``bool``, ``str``, ``date``, each
optional or not). Fields the caller passes explicitly (nested objects, collections) are left
alone. Rules, applied the same way to every element:

- an absent or empty element is ``None`` for an optional field and an error for a required one;
- numbers are plain decimals (``12``, ``-0.5``, ``1e-3``); no decimal comma, no ``inf``; an
  optional ``NaN`` (written by one certified engine for its *dépensier* results) gives ``None``
  and a warning;
- integers accept an integral decimal (``2.00``, written by several DPE programs for counts);
- a malformed *optional* table or enumeration reference (``tv_*_id``, ``enum_*_id``) is dropped
  with a warning rather than refusing the whole file (the engine can do without it);
- booleans are ``0``/``1`` (``true``/``false`` tolerated);
- dates are ISO ``AAAA-MM-JJ``; a non-date (``NON_DEPOSE`` in pre-deposit files) gives ``None``
  and a warning.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from calculators.dpe.ademe.errors import DpeXmlError

T = TypeVar("T")

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+Z-]*)?")
_TRUE = frozenset({"1", "true"})
_FALSE = frozenset({"0", "false"})
_REFERENCE_PREFIXES = ("tv_", "enum_")


class Node:
    """One XML element with its path and the warnings list shared by the whole read."""

    __slots__ = ("_anchor", "element", "path", "warnings")

    def __init__(
        self, element: ET.Element, path: str, warnings: list[str], anchor: str = ""
    ) -> None:
        self.element = element
        self.path = path
        self.warnings = warnings
        self._anchor = anchor

    def where(self, tag: str) -> str:
        """Path of the child ``tag`` (for messages)."""
        return f"{self.path}/{tag}" if self.path else tag

    def child(self, tag: str) -> Node | None:
        """First child element named ``tag``, or ``None``."""
        element = self.element.find(tag)
        if element is None:
            return None
        return Node(element, self.where(tag), self.warnings, self._anchor)

    def require(self, tag: str) -> Node:
        """Child element ``tag``; its absence is an error."""
        node = self.child(tag)
        if node is None:
            raise DpeXmlError(
                f"{self.where(tag)} : élément obligatoire absent", path=self.where(tag)
            )
        return node

    def child_or_empty(self, tag: str) -> Node:
        """Child ``tag``, or an empty stand-in so optional blocks read as all ``None``."""
        return self.child(tag) or Node(ET.Element(tag), self.where(tag), self.warnings)

    def has_content(self) -> bool:
        return len(self.element) > 0 or bool((self.element.text or "").strip())

    def items(self, collection: str, item: str) -> list[Node]:
        """The ``item`` elements of ``collection`` (or directly under this node if the
        collection wrapper is missing), numbered from 1 in their paths."""
        holder = self.element.find(collection)
        parent = holder if holder is not None else self.element
        prefix = f"{self._anchor}/" if self._anchor else ""
        nodes = []
        for rank, element in enumerate(parent.findall(item), start=1):
            path = f"{prefix}{item}[{rank}]"
            nodes.append(Node(element, path, self.warnings, anchor=path))
        return nodes

    def text(self, tag: str) -> str | None:
        """Stripped text of child ``tag``; ``None`` when absent or empty."""
        element = self.element.find(tag)
        if element is None or element.text is None:
            return None
        value = element.text.strip()
        return value or None

    def string(self, tag: str) -> str:
        return _required(self, tag, self.text(tag))

    def float_or_none(self, tag: str) -> float | None:
        raw = self.text(tag)
        if raw is None:
            return None
        value = _decimal(raw)
        if value is None:
            if raw.lower() == "nan":
                self.warnings.append(f"{self.where(tag)} : valeur « {_shown(raw)} » ignorée")
                return None
            raise self._bad(tag, raw, "non numérique")
        return value

    def float_(self, tag: str) -> float:
        raw = self.text(tag)
        value = None if raw is None else _decimal(raw)
        if raw is not None and value is None:
            raise self._bad(tag, raw, "non numérique")
        return _required(self, tag, value)

    def int_or_none(self, tag: str) -> int | None:
        raw = self.text(tag)
        if raw is None:
            return None
        value = _integer(raw)
        if value is None:
            if tag.startswith(_REFERENCE_PREFIXES):
                self.warnings.append(
                    f"{self.where(tag)} : référence « {_shown(raw)} » non entière, ignorée"
                )
                return None
            raise self._bad(tag, raw, "non entière")
        return value

    def int_(self, tag: str) -> int:
        raw = self.text(tag)
        value = None if raw is None else _integer(raw)
        if raw is not None and value is None:
            raise self._bad(tag, raw, "non entière")
        return _required(self, tag, value)

    def bool_or_none(self, tag: str) -> bool | None:
        raw = self.text(tag)
        if raw is None:
            return None
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise self._bad(tag, raw, "non booléenne (0 ou 1 attendu)")

    def bool_(self, tag: str) -> bool:
        return _required(self, tag, self.bool_or_none(tag))

    def date_or_none(self, tag: str) -> date | None:
        raw = self.text(tag)
        if raw is None:
            return None
        match = _DATE.fullmatch(raw)
        try:
            if match is None:
                raise ValueError(raw)
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            self.warnings.append(
                f"{self.where(tag)} : « {_shown(raw)} » n'est pas une date, ignorée"
            )
            return None

    def numbers(self) -> Mapping[str, float]:
        """Every numeric leaf child, by tag (the generic fallback that loses nothing);
        non-numeric leaves are skipped, a repeated tag keeps its first value."""
        values: dict[str, float] = {}
        for element in self.element:
            value = _decimal((element.text or "").strip())
            if value is not None and not len(element) and element.tag not in values:
                values[element.tag] = value
        return types.MappingProxyType(values)

    def _bad(self, tag: str, raw: str, problem: str) -> DpeXmlError:
        return DpeXmlError(
            f"{self.where(tag)} : valeur « {_shown(raw)} » {problem}", path=self.where(tag)
        )


def _shown(raw: str) -> str:
    """``raw`` cut to a length a message can show."""
    return raw if len(raw) <= 40 else raw[:40] + "…"


def _decimal(raw: str) -> float | None:
    """``raw`` as a finite decimal number; ``None`` when it is not one."""
    if _NUMBER.fullmatch(raw) is None:
        return None
    value = float(raw)
    return value if math.isfinite(value) else None


def _integer(raw: str) -> int | None:
    """``raw`` as an integer, ``2.00`` included; ``None`` when it is not one."""
    value = _decimal(raw)
    if value is None or not value.is_integer() or abs(value) > 2**53:
        return None
    return int(value)


def _required(node: Node, tag: str, value: T | None) -> T:
    if value is None:
        raise DpeXmlError(f"{node.where(tag)} : valeur obligatoire absente", path=node.where(tag))
    return value


def _numbers(node: Node, _tag: str) -> Mapping[str, float]:
    return node.numbers()


_Reader = Callable[[Node, str], object]
# How each annotation of a dataclass field is read from the child of the same name.
_READERS: dict[object, _Reader] = {
    float: Node.float_,
    float | None: Node.float_or_none,
    int: Node.int_,
    int | None: Node.int_or_none,
    bool: Node.bool_,
    bool | None: Node.bool_or_none,
    str: Node.string,
    str | None: Node.text,
    date | None: Node.date_or_none,
    Mapping[str, float]: _numbers,
}
_FIELD_READERS: dict[type, tuple[tuple[str, _Reader | None], ...]] = {}


def _field_readers(cls: type) -> tuple[tuple[str, _Reader | None], ...]:
    """(field name, reader) of each field of ``cls``, computed once per class."""
    readers = _FIELD_READERS.get(cls)
    if readers is None:
        hints = typing.get_type_hints(cls)
        readers = tuple(
            (field.name, _READERS.get(hints[field.name])) for field in dataclasses.fields(cls)
        )
        _FIELD_READERS[cls] = readers
    return readers


def build(cls: type[T], node: Node, **given: Any) -> T:
    """An instance of dataclass ``cls`` read from ``node``'s children (see module docstring).

    ``given`` supplies the fields that are not scalar XML values (nested objects, tuples).
    A ``Mapping[str, float]`` field receives :meth:`Node.numbers` (the block's ``values``).
    """
    kwargs = dict(given)
    for name, reader in _field_readers(cls):
        if name in kwargs:
            continue
        if reader is None:
            raise TypeError(f"{cls.__name__}.{name} : type non lisible depuis le XML")
        kwargs[name] = reader(node, name)
    return cls(**kwargs)
