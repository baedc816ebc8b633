"""What the user describes for one roof face: orientation, size and PV system design.

Every input is checked when the object is built; a value out of range raises
:class:`SolarInputError` (a :class:`ValueError`) with a French message naming the field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeVar

from calculators.solar.errors import SolarInputError
from calculators.solar.horizon import HorizonProfile
from calculators.solar.parameters import (
    DEFAULT_ALBEDO,
    DEFAULT_DC_AC_RATIO,
    DEFAULT_INVERTER_EFFICIENCY,
    DEFAULT_SYSTEM_LOSSES_PCT,
    FAIMAN_BY_MOUNTING,
    TECHNOLOGY,
    FaimanCoefficients,
    Mounting,
    Technology,
)

_E = TypeVar("_E", Technology, Mounting)

STC_IRRADIANCE_KW_M2 = 1.0
"""Standard test conditions irradiance (IEC 60904-3): 1 kW/m² gives the peak power."""


@dataclass(frozen=True)
class RoofFace:
    """One plane of modules and its system.

    ``tilt_deg``: 0 (flat) to 90 (vertical); ``azimuth_deg``: where the plane faces, degrees
    from north clockwise (90 east, 180 south, 270 west). Size is either ``peak_power_kwp``
    or ``area_m2`` (usable area) with ``module_efficiency`` (STC, default by technology).
    ``system_losses_pct`` (cables, soiling, mismatch…) and the inverter
    (``inverter_efficiency`` nominal, ``dc_ac_ratio``) follow PVGIS and PVWatts defaults.
    """

    tilt_deg: float
    azimuth_deg: float
    peak_power_kwp: float | None = None
    area_m2: float | None = None
    module_efficiency: float | None = None
    technology: Technology = Technology.CRYSTALLINE_SILICON
    mounting: Mounting = Mounting.ON_ROOF
    system_losses_pct: float = DEFAULT_SYSTEM_LOSSES_PCT
    inverter_efficiency: float = DEFAULT_INVERTER_EFFICIENCY
    dc_ac_ratio: float = DEFAULT_DC_AC_RATIO
    albedo: float = DEFAULT_ALBEDO
    horizon: HorizonProfile | None = None

    def __post_init__(self) -> None:
        check_orientation(self.tilt_deg, self.azimuth_deg)
        _range("pertes système", self.system_losses_pct, 0.0, 100.0, " %", open_high=True)
        _range("rendement de l'onduleur", self.inverter_efficiency, 0.5, 1.0, "")
        _range("rapport DC/AC de l'onduleur", self.dc_ac_ratio, 0.5, 3.0, "")
        _range("albédo du sol", self.albedo, 0.0, 1.0, "")
        object.__setattr__(self, "technology", _member(Technology, self.technology, "technologie"))
        object.__setattr__(self, "mounting", _member(Mounting, self.mounting, "pose des modules"))
        if self.horizon is not None and not isinstance(self.horizon, HorizonProfile):
            raise SolarInputError(
                "Le masque d'horizon doit être construit avec HorizonProfile.from_points.",
                field="masque d'horizon",
            )
        self._check_size()

    def _check_size(self) -> None:
        if self.peak_power_kwp is not None and self.area_m2 is not None:
            raise SolarInputError(
                "Indiquez soit la puissance crête, soit la surface utile, pas les deux.",
                field="puissance crête",
            )
        if self.peak_power_kwp is None and self.area_m2 is None:
            raise SolarInputError(
                "Indiquez la puissance crête (kWc) ou la surface utile (m²) des modules.",
                field="puissance crête",
            )
        if self.peak_power_kwp is not None:
            _positive("puissance crête", self.peak_power_kwp, "kWc")
        else:
            _positive("surface utile", self.area_m2, "m²")
            if self.module_efficiency is not None:
                _range("rendement des modules", self.module_efficiency, 0.01, 0.5, "")

    @property
    def peak_kwp(self) -> float:
        """Peak power [kWc]: given, or usable area × module efficiency × 1 kW/m² (STC)."""
        if self.peak_power_kwp is not None:
            return float(self.peak_power_kwp)
        efficiency = self.module_efficiency or TECHNOLOGY[self.technology].default_efficiency
        return float(self.area_m2 or 0.0) * efficiency * STC_IRRADIANCE_KW_M2

    @property
    def gamma_pdc_per_k(self) -> float:
        """Power temperature coefficient [1/K] of the technology."""
        return TECHNOLOGY[self.technology].gamma_pdc_per_k

    @property
    def faiman(self) -> FaimanCoefficients:
        """Cell-temperature coefficients of the mounting."""
        return FAIMAN_BY_MOUNTING[self.mounting]

    @property
    def inverter_dc_limit_w(self) -> float:
        """DC input [W] at which the PVWatts inverter reaches its AC rating (kWp / ratio)."""
        return self.peak_kwp * 1000.0 / self.dc_ac_ratio / self.inverter_efficiency


def check_orientation(tilt_deg: object, azimuth_deg: object) -> None:
    """Tilt in [0, 90]°, azimuth in [0, 360]° (degrees from north clockwise)."""
    _range("inclinaison", tilt_deg, 0.0, 90.0, "°")
    _range("orientation (azimut)", azimuth_deg, 0.0, 360.0, "°")


def _number(field: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SolarInputError(f"Le champ « {field} » doit être un nombre ({value!r}).", field=field)
    return float(value)


def _range(
    field: str, value: object, low: float, high: float, unit: str, *, open_high: bool = False
) -> None:
    number = _number(field, value)
    above = number >= high if open_high else number > high
    if number < low or above:
        bracket = "[" if open_high else "]"
        raise SolarInputError(
            f"« {field} » : {number:g}{unit} hors de l'intervalle [{low:g} ; {high:g}{bracket}.",
            field=field,
        )


def _positive(field: str, value: object, unit: str) -> None:
    number = _number(field, value)
    if number < 0.0:
        raise SolarInputError(
            f"« {field} » ne peut pas être négative ({number:g} {unit}).", field=field
        )
    if number == 0.0:
        raise SolarInputError(f"« {field} » doit être strictement positive.", field=field)


def _member(kind: type[_E], value: object, field: str) -> _E:
    try:
        return kind(value)
    except ValueError as exc:
        choices = ", ".join(member.value for member in kind)
        raise SolarInputError(
            f"« {field} » : {value!r} inconnu ; valeurs possibles : {choices}.", field=field
        ) from exc
