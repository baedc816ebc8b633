"""Typed reading of a JSON request, each refusal naming the JSON path of the bad value.

Why: an adviser fills the request by hand or a form writes it; when a value is wrong the
message must say which one, in French, as the path a person reads in the file
(``pans_de_toiture[1].azimut``), and never let an unknown key pass silently (a typo would
otherwise drop a value without a word).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from diag_app.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


def child(path: str, key: str | int) -> str:
    """``path`` extended by an object key or an array index."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def shown(value: Any) -> str:
    """A JSON value as the person wrote it, for messages."""
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def french_number(value: float) -> str:
    """A number with a decimal comma (« 2,5 »)."""
    return f"{value:g}".replace(".", ",")


class JsonReader:
    """Reads values out of a parsed document named ``name`` (the file name, for messages)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, path: str, why: str) -> NoReturn:
        where = f", champ « {path} »" if path else ""
        raise ValidationError(f"Demande {self.name}{where} : {why}.", field=path or None)

    def parse(self, text: str) -> Any:
        """The document, or a French message with the line and column of the syntax error."""
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(
                "",
                f"JSON invalide à la ligne {exc.lineno}, colonne {exc.colno} (vérifiez les "
                "virgules, les guillemets et les accolades)",
            )

    def read_file(self, path: Path) -> Any:
        """The parsed content of ``path`` (missing, unreadable or non-UTF-8 files refused)."""
        if not path.exists():
            raise ValidationError(f"Demande « {path} » introuvable.", field="demande")
        if path.is_dir():
            raise ValidationError(f"Demande « {path} » : dossier, pas fichier.", field="demande")
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as exc:
            raise ValidationError(
                f"Demande « {path} » illisible : {exc.strerror or exc}.", field="demande"
            ) from exc
        except UnicodeDecodeError:
            self.fail("", "le fichier n'est pas du texte UTF-8 (enregistrez-le en UTF-8)")
        return self.parse(text)

    def obj(
        self,
        value: Any,
        path: str,
        allowed: Iterable[str],
        required: Iterable[str] = (),
    ) -> Mapping[str, Any]:
        """``value`` as an object whose keys are all in ``allowed`` and include ``required``."""
        if not isinstance(value, dict):
            self.fail(path, f"un objet {{…}} est attendu, reçu « {shown(value)} »")
        known = tuple(allowed)
        for key in value:
            if key not in known and not key.startswith("_"):
                self.fail(child(path, key), f"clé inconnue (clés possibles : {', '.join(known)})")
        for key in required:
            if value.get(key) is None:
                self.fail(child(path, key), "valeur obligatoire manquante")
        return value

    def items(self, value: Any, path: str) -> list[Any]:
        """``value`` as a JSON array."""
        if not isinstance(value, list):
            self.fail(path, f"une liste […] est attendue, reçu « {shown(value)} »")
        return value

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        low: float,
        high: float,
        *,
        unit: str = "",
        strict_low: bool = False,
    ) -> float | None:
        """An optional number in [``low``, ``high``] (``strict_low``: above ``low``)."""
        value = data.get(key)
        if value is None:
            return None
        where = child(path, key)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self.fail(where, f"un nombre est attendu, reçu « {shown(value)} »")
        suffix = unit if unit in ("", "°") else f" {unit}"
        if value < 0 and low >= 0:
            self.fail(where, f"valeur négative ({french_number(value)}{suffix}) impossible")
        too_low = value <= low if strict_low else value < low
        if too_low or value > high:
            bracket = "]" if strict_low else "["
            self.fail(
                where,
                f"{french_number(value)}{suffix} hors de l'intervalle {bracket}"
                f"{french_number(low)} ; {french_number(high)}]",
            )
        return float(value)

    def required(
        self, data: Mapping[str, Any], key: str, path: str, low: float, high: float, unit: str = ""
    ) -> float:
        """A number that must be given, in [``low``, ``high``]."""
        value = self.number(data, key, path, low, high, unit=unit)
        if value is None:
            self.fail(child(path, key), "valeur obligatoire manquante")
        return value

    def integer(
        self, data: Mapping[str, Any], key: str, path: str, low: int, high: int
    ) -> int | None:
        """An optional whole number in [``low``, ``high``]."""
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(child(path, key), f"un nombre entier est attendu, reçu « {shown(value)} »")
        number = self.number(data, key, path, low, high)
        return None if number is None else int(number)

    def boolean(self, data: Mapping[str, Any], key: str, path: str) -> bool | None:
        """An optional ``true`` / ``false``."""
        value = data.get(key)
        if value is not None and not isinstance(value, bool):
            self.fail(child(path, key), f"true ou false est attendu, reçu « {shown(value)} »")
        return value

    def text(self, data: Mapping[str, Any], key: str, path: str) -> str | None:
        """An optional non-empty text."""
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(child(path, key), f"un texte non vide est attendu, reçu « {shown(value)} »")
        return value.strip()

    def choice(self, data: Mapping[str, Any], key: str, path: str, kind: type[E]) -> E | None:
        """An optional value of the closed list ``kind``."""
        value = self.text(data, key, path)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(member.value for member in kind)
            self.fail(child(path, key), f"« {value} » inconnu (valeurs possibles : {choices})")

    def one_of(
        self, data: Mapping[str, Any], key: str, path: str, choices: Iterable[str]
    ) -> str | None:
        """An optional value among ``choices`` (an open vocabulary kept as text)."""
        value = self.text(data, key, path)
        known = tuple(choices)
        if value is not None and value not in known:
            self.fail(
                child(path, key), f"« {value} » inconnu (valeurs possibles : {', '.join(known)})"
            )
        return value

    def day(self, data: Mapping[str, Any], key: str, path: str) -> date | None:
        """An optional ISO date (``2026-03-01``)."""
        value = self.text(data, key, path)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(child(path, key), f"date « {value} » illisible (format AAAA-MM-JJ attendu)")
