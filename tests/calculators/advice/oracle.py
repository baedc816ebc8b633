"""Slow, obviously correct references for the harmonic calculations: finite volumes in space,
Crank–Nicolson in time, periodic steady state found exactly (Friture's habit: fast code
checked against a slow reference).

Nothing here uses transfer matrices or Fourier transfer functions: each layer is cut into
thin cells (capacity ρ·c·Δx, conductance λ/Δx between cell centres), surface resistances
join the end cells to the air, and the state is stepped through one period. The periodic
state θ₀ solves θ₀ = Φ·θ₀ + Γ, with Φ the one-period propagator and Γ the response from
rest, so no slow transient pollutes the comparison.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculators.advice.bioclimatic.data import rule
from calculators.advice.bioclimatic.hot_day import HotDay
from calculators.advice.bioclimatic.materials import Layer
from calculators.advice.bioclimatic.overheating import sol_air_c, window_solar_w
from calculators.advice.bioclimatic.time_lag import ElementKind, surface_resistances
from calculators.advice.bioclimatic.zone import SummerZone, WindowAiring

FloatArray = npt.NDArray[np.float64]
DAY_S = 86_400.0


@dataclass
class Network:
    """A linear RC network: C·dθ/dt = −G·θ + B·u(t) (capacities [J/K], conductances [W/K])."""

    capacity: list[float]
    conductance: dict[tuple[int, int], float]
    boundaries: list[dict[int, float]]
    """For each boundary temperature input, the nodes tied to it and the conductance [W/K]."""
    flows: list[int]
    """For each heat-flow input [W], the node receiving it (inputs: boundaries, then flows)."""

    def add_node(self, capacity: float) -> int:
        self.capacity.append(capacity)
        return len(self.capacity) - 1

    def link(self, a: int, b: int, conductance: float) -> None:
        self.conductance[(a, b)] = self.conductance.get((a, b), 0.0) + conductance


def add_layers(
    net: Network, layers: Sequence[Layer], area_m2: float, cells_per_layer: int
) -> tuple[int, int, float, float]:
    """Cells of ``layers`` (outside first) for ``area_m2``: first and last node, and the
    half-cell conductances [W/K] from the first/last centre to the faces."""
    nodes: list[int] = []
    half: list[float] = []
    for layer in layers:
        dx = layer.thickness_m / cells_per_layer
        cap = layer.resolved.volumetric_heat_capacity_j_m3k * dx * area_m2
        for _ in range(cells_per_layer):
            nodes.append(net.add_node(cap))
            half.append(2 * layer.conductivity_w_mk * area_m2 / dx)
    for i in range(len(nodes) - 1):
        net.link(nodes[i], nodes[i + 1], 1.0 / (1.0 / half[i] + 1.0 / half[i + 1]))
    return nodes[0], nodes[-1], half[0], half[-1]


def periodic_response(
    net: Network,
    forcing: Callable[[float], FloatArray],
    observe: Sequence[int],
    steps_per_period: int,
    samples: FloatArray,
    period_s: float = DAY_S,
) -> FloatArray:
    """Periodic steady state of ``net`` under ``forcing(t)`` (one value per input), the
    temperatures of nodes ``observe`` at the instants ``samples`` [s] (multiples of the step)."""
    n = len(net.capacity)
    g = np.zeros((n, n))
    for (a, b), value in net.conductance.items():
        g[a, a] += value
        g[b, b] += value
        g[a, b] -= value
        g[b, a] -= value
    inject = np.zeros((n, len(net.boundaries) + len(net.flows)))
    for j, ties in enumerate(net.boundaries):
        for node, value in ties.items():
            inject[node, j] += value
            g[node, node] += value
    for j, node in enumerate(net.flows, start=len(net.boundaries)):
        inject[node, j] += 1.0
    inv_c = 1.0 / np.asarray(net.capacity)
    a = -inv_c[:, None] * g
    b = inv_c[:, None] * inject
    dt = period_s / steps_per_period
    left = np.eye(n) - dt / 2 * a
    step = np.linalg.solve(left, np.eye(n) + dt / 2 * a)
    feed = np.linalg.solve(left, b * dt / 2)

    def run(start: FloatArray, record: bool) -> tuple[FloatArray, list[FloatArray]]:
        state, seen = start, []
        u_now = forcing(0.0)
        for k in range(steps_per_period):
            if record:
                seen.append(state[list(observe)].copy())
            u_next = forcing((k + 1) * dt)
            state = step @ state + feed @ (u_now + u_next)
            u_now = u_next
        return state, seen

    response, _ = run(np.zeros(n), record=False)
    propagator = np.linalg.matrix_power(step, steps_per_period)
    start = np.linalg.solve(np.eye(n) - propagator, response)
    _, seen = run(start, record=True)
    picks = np.rint(np.asarray(samples) / dt).astype(int) % steps_per_period
    return np.asarray(seen)[picks]


def wall_transmission(
    layers: Sequence[Layer],
    rsi: float,
    rse: float,
    cells_per_layer: int = 40,
    steps_per_period: int = 1440,
) -> tuple[float, float]:
    """|Y12| [W/(m²·K)] and lag [h, 0–24] of the heat flux entering a room kept at 0 °C when
    the outside air swings as cos(ωt), from a time-stepped 1 m² wall."""
    net = Network([], {}, [], [])
    first, last, g_first, g_last = add_layers(net, layers, 1.0, cells_per_layer)
    to_out = 1.0 / (rse + 1.0 / g_first)
    to_in = 1.0 / (rsi + 1.0 / g_last)
    omega = 2 * math.pi / DAY_S
    net.boundaries = [{first: to_out}, {last: to_in}]

    def forcing(t: float) -> FloatArray:
        return np.array([math.cos(omega * t), 0.0])

    times = np.arange(steps_per_period) * DAY_S / steps_per_period
    surface = periodic_response(net, forcing, [last], steps_per_period, times)[:, 0]
    flux = to_in * surface
    c = 2 * np.mean(flux * np.cos(omega * times))
    s = 2 * np.mean(flux * np.sin(omega * times))
    lag_h = (math.atan2(s, c) / omega / 3600.0) % 24.0
    return math.hypot(c, s), lag_h


def trigonometric(samples: FloatArray) -> Callable[[float], float]:
    """The trigonometric polynomial through N periodic samples taken at (i + ½)·T/N (the
    band-limited signal the harmonic method assumes), as a function of time [s]."""
    n = len(samples)
    coefficients = np.fft.rfft(samples) / n
    coefficients[1:] *= 2
    if n % 2 == 0:
        coefficients[-1] /= 2
    ks = np.arange(len(coefficients))
    offset = DAY_S / n / 2

    def value(t: float) -> float:
        phase = 2 * math.pi * ks * (t - offset) / DAY_S
        return float(np.real(np.sum(coefficients * np.exp(1j * phase))))

    return value


def zone_indoor_c(
    zone: SummerZone, day: HotDay, cells_per_layer: int = 10, steps_per_period: int = 1440
) -> FloatArray:
    """Indoor temperature [°C] of ``zone`` at the instants of ``day``, time-stepped.

    Same physics as :func:`summer_comfort` (sol-air outer faces, surface resistances, air
    node with its capacity, window conduction, constant hygiene ventilation — ``zone`` must
    not open its windows — gains injected in the air node), none of its mathematics.
    """
    assert zone.window_airing is WindowAiring.AUCUNE
    net = Network([], {}, [], [])
    room = net.add_node(rule("air", "capacite_volumique_wh_m3k") * 3600.0 * zone.volume_m3)
    boundary_samples: list[FloatArray] = []
    for element in zone.opaque:
        surfaces = surface_resistances(element.kind)
        first, last, g_first, g_last = add_layers(
            net, element.layers, element.area_m2, cells_per_layer
        )
        net.boundaries.append({first: 1.0 / (surfaces.rse_m2k_w / element.area_m2 + 1.0 / g_first)})
        net.link(last, room, 1.0 / (surfaces.rsi_m2k_w / element.area_m2 + 1.0 / g_last))
        boundary_samples.append(
            sol_air_c(
                day,
                day.outdoor_c,
                element.tilt_deg,
                element.azimuth_deg,
                element.alpha,
                surfaces.rse_m2k_w,
            )
        )
    rsi = surface_resistances(ElementKind.MUR).rsi_m2k_w
    for mass in zone.internal_masses:
        _, last, _, g_last = add_layers(net, mass.layers, mass.area_m2, cells_per_layer)
        net.link(last, room, 1.0 / (rsi / mass.area_m2 + 1.0 / g_last))
    hygiene = (
        rule("air", "capacite_volumique_wh_m3k")
        * zone.volume_m3
        * rule("ventilation", "hygiene_vol_h")
    )
    net.boundaries.append({room: hygiene + sum(w.area_m2 * w.uw for w in zone.windows)})
    boundary_samples.append(day.outdoor_c)
    net.flows.append(room)
    gains = sum((window_solar_w(w, day) for w in zone.windows), np.zeros(len(day.outdoor_c)))
    gains = gains + _internal_gains(zone)
    signals = [trigonometric(s) for s in (*boundary_samples, gains)]

    def forcing(t: float) -> FloatArray:
        return np.array([signal(t) for signal in signals])

    steps = len(day.outdoor_c)
    samples = (np.arange(steps) + 0.5) * DAY_S / steps
    return periodic_response(net, forcing, [room], steps_per_period, samples)[:, 0]


def _internal_gains(zone: SummerZone) -> float:
    assert zone.internal_gains_w is not None, "give the oracle zone explicit internal gains"
    return zone.internal_gains_w
