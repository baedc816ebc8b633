"""The result of a « nouvelles énergies » diagnostic: typed sections and their JSON form.

Every number is finite (no NaN, no infinity: :func:`jsonable` refuses them, a bug if it
happens); energies are in kWh per year, powers in kWc, money in euros TTC unless the name says
HT, rates and shares in per cent. The JSON form keeps the field names (English, stable for
programs) and rounds numbers to 0.01.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Any

from diag_app.services.new_energies_hot_water import SolarHotWater
from diag_app.services.new_energies_options import OptionVerdict
from diag_app.services.new_energies_pv import FaceResult
from diag_app.services.new_energies_sizing import SizeResult

DISCLAIMER = "Pré-diagnostic indicatif, non opposable"
JSON_DECIMALS = 2


@dataclass(frozen=True)
class PvSection:
    """Rooftop PV: faces at their largest, sizes compared, the recommendation and tariffs.

    ``max_kwp``/``annual_kwh``/``monthly_kwh``: all faces full [kWc, kWh/an, kWh/month];
    ``consumption_by_use_kwh``: the household's yearly electricity per use [kWh/an];
    ``tariffs``: every tariff, tax and price used, with its source and period in force.
    """

    faces: tuple[FaceResult, ...]
    max_kwp: float
    annual_kwh: float
    specific_yield_kwh_kwp: float
    monthly_kwh: tuple[float, ...]
    consumption_by_use_kwh: Mapping[str, float]
    sizes: tuple[SizeResult, ...]
    recommended_kwp: float
    recommendation: str
    recommended_without_battery: SizeResult | None
    tariffs: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def recommended(self) -> SizeResult:
        return next(s for s in self.sizes if s.peak_kwp == self.recommended_kwp)


@dataclass(frozen=True)
class DwellingSummary:
    """What the diagnostic understood of the dwelling, in French, and its heating need."""

    description: str
    district: str | None
    heating: str
    hot_water: str
    heating_need_kwh: float
    heating_need_basis: str


@dataclass(frozen=True)
class NewEnergiesResult:
    """The whole diagnostic of one dwelling on one date (``at`` dates every tariff)."""

    at: date
    city: str
    dwelling: DwellingSummary
    weather_source: str
    attribution: str | None
    pv: PvSection | None
    pv_absent_reason: str | None
    solar_hot_water: SolarHotWater
    options: tuple[OptionVerdict, ...]
    to_verify: tuple[str, ...]
    engine_version: str
    disclaimer: str = DISCLAIMER

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (numbers rounded to 0.01)."""
        data = jsonable(self)
        assert isinstance(data, dict)
        return data


def jsonable(value: Any, path: str = "") -> Any:
    """``value`` as JSON types: dataclasses and mappings to objects, sequences to arrays,
    dates to ISO text, enums to their value; a non-finite number raises ``ValueError``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name), f"{path}.{f.name}") for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Valeur non finie dans le résultat ({path.lstrip('.')}).")
        return round(value, JSON_DECIMALS) + 0.0
    raise TypeError(f"Type inattendu dans le résultat ({path.lstrip('.')}) : {type(value)}.")
