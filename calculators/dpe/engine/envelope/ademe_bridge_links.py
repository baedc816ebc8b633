"""The elements a thermal bridge of an ADEME DPE file names, found through one index (§3.4).

Each bridge names its two elements by reference (``reference_1``/``reference_2``): a wall and a
floor, roof, window or door. Looking for them used to scan every family of the envelope for
every bridge (a third of the bridges' time on the ADEME corpus); :class:`BridgeLinks` maps each
reference to its element once per dwelling, with the same answer as the scan: the first element
in file order whose reference is one of the bridge's two. Plain slotted classes rather than
frozen dataclasses: they are built for every dwelling, and a frozen one costs a call per field.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from calculators.dpe.ademe.envelope import (
    BaieVitree,
    Enveloppe,
    Mur,
    PlancherBas,
    PlancherHaut,
    PontThermique,
    Porte,
)


class _Referenced(Protocol):
    @property
    def reference(self) -> str | None: ...


_E = TypeVar("_E", bound=_Referenced)


class ElementFamily(Generic[_E]):
    """The elements of one family in file order (``items``), and the position of the first
    element that carries each reference (``first``; elements without one are never found)."""

    __slots__ = ("first", "items")

    def __init__(self, items: tuple[_E, ...]) -> None:
        self.items = items
        first: dict[str | None, int] = {}
        for position, item in enumerate(items):
            if item.reference is not None:
                first.setdefault(item.reference, position)
        self.first = first

    def find(self, pont: PontThermique) -> _E | None:
        """The first element whose reference is one of the bridge's two references."""
        one = self.first.get(pont.reference_1)
        two = self.first.get(pont.reference_2)
        if one is None:
            return None if two is None else self.items[two]
        return self.items[one if two is None or one < two else two]


class BridgeLinks:
    """Every family of the envelope a bridge can name, indexed by reference (built once per
    dwelling)."""

    __slots__ = ("doors", "low_floors", "roofs", "walls", "windows")

    def __init__(self, envelope: Enveloppe) -> None:
        self.walls: ElementFamily[Mur] = ElementFamily(envelope.murs)
        self.low_floors: ElementFamily[PlancherBas] = ElementFamily(envelope.planchers_bas)
        self.roofs: ElementFamily[PlancherHaut] = ElementFamily(envelope.planchers_hauts)
        self.windows: ElementFamily[BaieVitree] = ElementFamily(envelope.baies_vitrees)
        self.doors: ElementFamily[Porte] = ElementFamily(envelope.portes)

    def linked(self, pont: PontThermique) -> bool:
        """Whether either reference of the bridge names a floor, roof, window or door."""
        return any(
            family.find(pont) is not None
            for family in (self.low_floors, self.roofs, self.windows, self.doors)
        )
