"""Dwelling-level criteria the envelope formulas need besides each element's description."""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.engine.envelope.periods import check_period, check_zone


@dataclass(frozen=True, slots=True)
class DwellingContext:
    """``zone_id``: climate zone (1 H1a … 8 H3); ``construction_period``: period id 1–10;
    ``electric_joule``: heated by electric resistance (« effet joule », §3.2), which selects the
    columns of Umur_tab, Upb_tab and Uph_tab."""

    zone_id: int
    construction_period: int
    electric_joule: bool

    def __post_init__(self) -> None:
        check_zone(self.zone_id)
        check_period(self.construction_period, "période de construction")
