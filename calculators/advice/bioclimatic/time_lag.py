"""Summer time lag (déphasage) and damping of a wall or roof: simple formula and EN ISO 13786.

Why: a roof that lets the afternoon heat through in 4 h warms the bedrooms at dusk; one that
takes 10–12 h delivers a damped peak at night, when windows can be opened. Two methods:

**Simple (one homogeneous layer, no surface resistance).** A daily temperature wave of period
T entering a thick layer travels with phase e/δ, where δ = √(a·T/π) is the penetration depth
and a = λ/(ρ·c) the diffusivity (Carslaw & Jaeger, « Conduction of heat in solids », 1959,
§2.6). Time lag φ = (e/δ)·T/(2π) = e·√(T/(4π·a)); with T = 24 h and c in J/(kg·K) this is
the formula of the French eco-building guides, φ ≈ 1.38·e·√(ρ·c/(3600·λ)) hours, and the
amplitude is damped by exp(−e/δ). For several layers the guides add the lags — a rough rule
(no surface resistances, no reflection between layers), kept only for comparison.

**EN ISO 13786:2017, § 6 (harmonic method).** Each layer is a 2 × 2 complex transfer matrix
at the angular frequency ω = 2π/T, relating temperature and heat flux on its two faces; the
wall is the product of the layer matrices and the surface resistances (NF EN ISO 6946).
With outside on the left and heat flux counted positive towards the room,
[θe, qe] = M·[θi, qi], so the flux entering the room is qi = θe/M12 − (M11/M12)·θi:

- periodic thermal transmittance |Y12| = |1/M12| [W/(m²·K)], decrement factor f = |Y12|/U;
- time shift Δt = arg(M12)/ω, unwrapped continuously from ω → 0 where it is 0 (a lag may
  exceed 12 h);
- internal admittance Y11 = M11/M12 and internal areal heat capacity κ1 = |(M11 − 1)/M12|/ω
  (§ 6, eq. for κ1), the mass a room « sees » behind the inner surface.

The same matrices at the harmonics k·ω serve the summer screening (:mod:`.overheating`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from calculators.advice.bioclimatic.data import rule, rule_source
from calculators.advice.bioclimatic.materials import Layer
from calculators.advice.errors import AdviceInputError
from calculators.solar.data import Source

ComplexArray = npt.NDArray[np.complex128]
FloatArray = npt.NDArray[np.float64]

DAY_S = 86_400.0
"""Period of the daily temperature cycle [s] (EN ISO 13786 uses 24 h for summer behaviour)."""
SECONDS_PER_HOUR = 3600.0
UNWRAP_STEPS = 64
"""Frequencies from ω/64 to ω along which the phase of M12 is unwrapped (a lag of several
periods cannot be read from a single complex number)."""


class ElementKind(StrEnum):
    """Kind of envelope element, which sets its surface resistances (EN ISO 6946, table 7)."""

    MUR = "mur"
    TOITURE = "toiture"
    PLANCHER = "plancher"


@dataclass(frozen=True)
class SurfaceResistances:
    """Inner and outer surface resistances [m²·K/W] and where they come from."""

    rsi_m2k_w: float
    rse_m2k_w: float
    source: Source


def surface_resistances(kind: ElementKind) -> SurfaceResistances:
    """Rsi, Rse of an element kind (wall: horizontal flow; roof: upward; floor: downward)."""
    key = ElementKind(kind).value
    return SurfaceResistances(
        rule("resistances_superficielles", key, "rsi_m2k_w"),
        rule("resistances_superficielles", key, "rse_m2k_w"),
        rule_source("resistances_superficielles"),
    )


@dataclass(frozen=True)
class SimpleLag:
    """Simple-formula time lag [h] and damping (amplitude ratio, 0–1) of a set of layers."""

    time_lag_h: float
    damping: float


def simple_time_lag(layers: Sequence[Layer], period_s: float = DAY_S) -> SimpleLag:
    """Σ e/δ over the layers turned into hours, and exp(−Σ e/δ) (see module docstring)."""
    checked = _check_layers(layers)
    phase = sum(layer.thickness_m / _penetration_depth_m(layer, period_s) for layer in checked)
    return SimpleLag(phase * period_s / (2 * math.pi) / SECONDS_PER_HOUR, math.exp(-phase))


@dataclass(frozen=True)
class DynamicCharacteristics:
    """EN ISO 13786 characteristics of a wall or roof for a 24 h period.

    ``u_w_m2k`` steady transmittance; ``periodic_transmittance_w_m2k`` |Y12|;
    ``decrement_factor`` |Y12|/U; ``time_shift_h`` lag of the inner heat flux behind the
    outside temperature; ``internal_admittance_w_m2k`` |Y11|;
    ``internal_heat_capacity_kj_m2k`` κ1; ``areal_mass_kg_m2`` Σ ρ·e.
    """

    u_w_m2k: float
    periodic_transmittance_w_m2k: float
    decrement_factor: float
    time_shift_h: float
    internal_admittance_w_m2k: float
    internal_heat_capacity_kj_m2k: float
    areal_mass_kg_m2: float


def dynamic_characteristics(
    layers: Sequence[Layer],
    *,
    rsi_m2k_w: float,
    rse_m2k_w: float,
    period_s: float = DAY_S,
) -> DynamicCharacteristics:
    """EN ISO 13786 § 6 characteristics; ``layers`` run from the outside to the room."""
    checked = _check_layers(layers)
    _check_resistance(rsi_m2k_w, "rsi_m2k_w")
    _check_resistance(rse_m2k_w, "rse_m2k_w")
    omega = 2 * math.pi / period_s
    ladder = omega * np.arange(1, UNWRAP_STEPS + 1) / UNWRAP_STEPS
    matrices = wall_matrices(checked, ladder, rsi_m2k_w, rse_m2k_w)
    m11, m12 = matrices[-1, 0, 0], matrices[-1, 0, 1]
    phase = float(np.unwrap(np.angle(matrices[:, 0, 1]))[-1])
    total_r = rsi_m2k_w + rse_m2k_w + sum(layer.resistance_m2k_w for layer in checked)
    u = 1.0 / total_r
    transmittance = float(abs(1.0 / m12))
    return DynamicCharacteristics(
        u_w_m2k=u,
        periodic_transmittance_w_m2k=transmittance,
        decrement_factor=transmittance / u,
        time_shift_h=phase / omega / SECONDS_PER_HOUR,
        internal_admittance_w_m2k=float(abs(m11 / m12)),
        internal_heat_capacity_kj_m2k=float(abs((m11 - 1.0) / m12)) / omega / 1000.0,
        areal_mass_kg_m2=sum(layer.areal_mass_kg_m2 for layer in checked),
    )


def element_characteristics(layers: Sequence[Layer], kind: ElementKind) -> DynamicCharacteristics:
    """:func:`dynamic_characteristics` with the surface resistances of ``kind``."""
    surfaces = surface_resistances(kind)
    return dynamic_characteristics(
        layers, rsi_m2k_w=surfaces.rsi_m2k_w, rse_m2k_w=surfaces.rse_m2k_w
    )


def layer_matrices(layer: Layer, omegas: FloatArray) -> ComplexArray:
    """Transfer matrices of one layer at each angular frequency [rad/s], shape (n, 2, 2).

    [[cosh kd, sinh(kd)/(λk)], [λk·sinh kd, cosh kd]] with k = (1 + i)·√(ω/(2a))
    (EN ISO 13786 § 6.3, written with the flux towards the room); ω = 0 gives the steady
    matrix [[1, R], [0, 1]].
    """
    lam = layer.conductivity_w_mk
    omegas = np.asarray(omegas, dtype=float)
    out = np.zeros((omegas.size, 2, 2), dtype=complex)
    steady = omegas == 0.0
    out[steady] = np.array([[1.0, layer.resistance_m2k_w], [0.0, 1.0]])
    w = omegas[~steady]
    k = (1 + 1j) * np.sqrt(w / (2 * layer.diffusivity_m2_s))
    kd = k * layer.thickness_m
    out[~steady, 0, 0] = out[~steady, 1, 1] = np.cosh(kd)
    out[~steady, 0, 1] = np.sinh(kd) / (lam * k)
    out[~steady, 1, 0] = lam * k * np.sinh(kd)
    return out


def wall_matrices(
    layers: Sequence[Layer], omegas: FloatArray, rsi_m2k_w: float, rse_m2k_w: float
) -> ComplexArray:
    """M = Rse · layer₁ · … · layerₙ · Rsi at each frequency (layer₁ outside), shape (n, 2, 2)."""
    omegas = np.asarray(omegas, dtype=float)
    total = np.broadcast_to(_resistance_matrix(rse_m2k_w), (omegas.size, 2, 2)).copy()
    for layer in layers:
        total = total @ layer_matrices(layer, omegas)
    return total @ _resistance_matrix(rsi_m2k_w)


def backed_admittance(
    layers: Sequence[Layer], omegas: FloatArray, rsi_m2k_w: float
) -> ComplexArray:
    """Admittance [W/(m²·K)] of an internal mass seen from the room, its far face adiabatic.

    For a partition or floor between two rooms at the same temperature the mid-plane carries
    no flux: pass half of it. ``layers`` run from the adiabatic face to the room. With
    [θ0, 0] = M·[θi, qi], the heat taken from the room is −qi = (M21/M22)·θi.
    """
    omegas = np.asarray(omegas, dtype=float)
    total = np.broadcast_to(np.eye(2, dtype=complex), (omegas.size, 2, 2)).copy()
    for layer in _check_layers(layers):
        total = total @ layer_matrices(layer, omegas)
    total = total @ _resistance_matrix(rsi_m2k_w)
    result: ComplexArray = total[:, 1, 0] / total[:, 1, 1]
    return result


def _resistance_matrix(resistance_m2k_w: float) -> ComplexArray:
    return np.array([[1.0, resistance_m2k_w], [0.0, 1.0]], dtype=complex)


def _penetration_depth_m(layer: Layer, period_s: float) -> float:
    """δ = √(a·T/π) [m]: where the daily wave is damped by e⁻¹."""
    return math.sqrt(layer.diffusivity_m2_s * period_s / math.pi)


def _check_layers(layers: Sequence[Layer]) -> tuple[Layer, ...]:
    checked = tuple(layers)
    if not checked:
        raise AdviceInputError("La paroi doit compter au moins une couche.", field="couches")
    for index, layer in enumerate(checked, start=1):
        if not isinstance(layer, Layer):
            raise AdviceInputError(
                f"Couche {index} : une couche (matériau, épaisseur) est attendue.", field="couches"
            )
    return checked


def _check_resistance(value: float, field_name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise AdviceInputError(
            f"La résistance superficielle doit être positive ou nulle (reçu « {value} »).",
            field=field_name,
        )
