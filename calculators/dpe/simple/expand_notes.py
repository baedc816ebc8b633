"""The assumptions an estimate rests on, collected while the description is expanded.

Each unknown of the description that the expansion replaces by a default becomes one
:class:`Hypothese`: the JSON path it stands for (``murs.isolation.etat``) and a French line
saying what was assumed and on what authority (« Isolation des murs inconnue : … (3CL §3.2,
étape 4) »). The uncertainty band varies these unknowns, the estimated areas and what
the desk never asks (:class:`Unasked`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hypothese:
    """One assumption: the JSON path of the unknown value and the French sentence shown."""

    champ: str
    texte: str


@dataclass(frozen=True, slots=True)
class Unasked:
    """What the method needs and the desk never asks. The defaults are the stated assumptions
    (no wall lining; the most frequent ceiling structure of the corpus, ``expand_defaults.json``);
    the uncertainty band tries the alternatives."""

    murs_doublage: bool = False
    plafond_structure: int | None = None
    """``type_plancher_haut`` id replacing the default structure of the roof type."""
    appoint_electrique: bool = True
    """Count a declared electric back-up (25 % of the need, a desk reading of §9.3)."""


class Notes:
    """Assumptions in the order they were made; one per JSON path (the first one wins)."""

    def __init__(self) -> None:
        self._items: dict[str, Hypothese] = {}

    def add(self, champ: str, texte: str) -> None:
        self._items.setdefault(champ, Hypothese(champ, texte))

    def items(self) -> tuple[Hypothese, ...]:
        return tuple(self._items.values())


def fr(value: float, decimals: int | None = None) -> str:
    """A number the French way: ``1.5`` → ``"1,5"``; ``decimals`` fixes the digits."""
    text = f"{value:g}" if decimals is None else f"{value:.{decimals}f}"
    return text.replace(".", ",")
