"""Solar water heater (chauffe-eau solaire individuel) over a typical year, hour by hour.

Why: in Béthune's climate a solar water heater of 3–4 m² and 200–300 L covers roughly half of
a family's hot water; the diagnostic states how much, month by month, for the household's own
draws, rather than a rule of thumb.

Model:

- collector: EN ISO 9806 quasi-steady efficiency on the gross in-plane irradiance G [W/m²],
  η = η0·K − a1·(Tm − Ta)/G − a2·(Tm − Ta)²/G; Tm, the mean fluid temperature, is the
  bottom of the tank plus a fixed difference (exchanger and collector rise); K is the
  incidence-angle modifier (optional: ASHRAE form 1 − b0·(1/cos θ − 1) on the beam part, at
  the Brandemuehl & Beckman equivalent angle on the diffuse part); the pump runs when the
  useful gain is > 0; a share of the gain is lost in the pipes;
- tank: two nodes, the solar (bottom) part and the backup (top) part kept at the setpoint by
  an electric element; draws leave the top and cold water enters the bottom (plug flow);
  a hotter bottom mixes with the top (natural convection); standing losses at the class C
  limit of Reg. (EU) 812/2013 unless given;
- draws: the 3CL-DPE 2021 conventional need (56 L/day per adult at 40 °C, monthly cold water
  of zone H1a), spread over the day with the shape of the EU « M » tapping profile.

Solar fraction (« taux de couverture solaire ») = solar heat into the tank / (solar heat +
electric backup): the share of the heat the tank receives that comes from the sun. Energy
saved = reference − backup, the reference being a conventional electric tank of the same
volume and losses kept entirely at the setpoint (a cold-bottomed solar tank loses a little
less, which this counts as saved). The year is run twice so that it starts from its own end
state (a typical year is circular).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculators.solar.data import number, numbers, read_json
from calculators.solar.errors import SolarInputError
from calculators.solar.hours import (
    FloatArray,
    as_hourly,
    check_range,
    hour_months,
    local_clock,
)
from calculators.solar.load_profile import hot_water_need_kwh_per_day, tank_loss_coefficient_w_k

WATER_KWH_PER_L_K = 1.163e-3
"""Volumetric heat capacity of water [kWh/(L·K)] (3CL-DPE 2021 § 11.1: 1.163 Wh/(L·K))."""


@dataclass(frozen=True)
class Collector:
    """Solar collector field: gross ``area_m2``, ``tilt_deg`` (0 horizontal), ``azimuth_deg``
    (180 south), EN ISO 9806 ``eta0`` (-), ``a1_w_m2k`` [W/(m²·K)], ``a2_w_m2k2``
    [W/(m²·K²)], optional ASHRAE incidence-angle coefficient ``iam_b0`` (-)."""

    area_m2: float
    tilt_deg: float
    azimuth_deg: float
    eta0: float
    a1_w_m2k: float
    a2_w_m2k2: float
    iam_b0: float | None = None

    def __post_init__(self) -> None:
        check_range(self.area_m2, "surface_capteurs", "La surface des capteurs (m²)", 0.5, 100)
        check_range(self.tilt_deg, "inclinaison", "L'inclinaison des capteurs (°)", 0.0, 90.0)
        check_range(self.azimuth_deg, "azimut", "L'azimut des capteurs (°)", 0.0, 360.0)
        check_range(self.eta0, "eta0", "Le rendement optique η0", 0.2, 1.0)
        check_range(self.a1_w_m2k, "a1", "Le coefficient a1 (W/m²·K)", 0.0, 20.0)
        check_range(self.a2_w_m2k2, "a2", "Le coefficient a2 (W/m²·K²)", 0.0, 0.2)
        if self.iam_b0 is not None:
            check_range(self.iam_b0, "b0", "Le coefficient d'angle b0", 0.0, 0.5)

    @classmethod
    def typical_flat_plate(cls, area_m2: float, tilt_deg: float, azimuth_deg: float) -> Collector:
        """A glazed selective flat-plate collector with typical Solar Keymark coefficients
        (``hot_water.json``, « à vérifier »: use the planned collector's sheet)."""
        spec = read_json("hot_water.json")["typical_flat_plate_collector"]
        where = "hot_water.json/typical_flat_plate_collector"
        return cls(
            area_m2,
            tilt_deg,
            azimuth_deg,
            number(spec, "eta0", where),
            number(spec, "a1_w_m2k", where),
            number(spec, "a2_w_m2k2", where),
            number(spec, "iam_b0", where),
        )


@dataclass(frozen=True)
class SolarTank:
    """Solar tank: ``volume_l`` [L], ``setpoint_c`` of the backup part [°C] (50–65),
    standing-loss coefficient ``loss_w_k`` [W/K] (default: class C limit)."""

    volume_l: float
    setpoint_c: float = 55.0
    loss_w_k: float | None = None

    def __post_init__(self) -> None:
        check_range(self.volume_l, "volume_ballon", "Le volume du ballon (L)", 50.0, 2000.0)
        check_range(self.setpoint_c, "consigne", "La consigne d'appoint (°C)", 45.0, 65.0)
        if self.loss_w_k is not None:
            check_range(self.loss_w_k, "pertes_ballon", "Les pertes du ballon (W/K)", 0.0, 20.0)


@dataclass(frozen=True)
class HotWaterUse:
    """Who draws hot water: ``occupants`` (adult equivalents), optional ``litres_per_adult_40c``
    (default 56 L/day at 40 °C) and ``cold_water_c_by_month`` (default zone H1a)."""

    occupants: float
    litres_per_adult_40c: float | None = None
    cold_water_c_by_month: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        check_range(self.occupants, "occupants", "Le nombre d'occupants", 0.5, 20.0)
        if self.litres_per_adult_40c is not None:
            check_range(
                self.litres_per_adult_40c, "litres", "Les litres par personne à 40 °C", 5.0, 300.0
            )


@dataclass(frozen=True)
class MonthlyHotWater:
    """One month [kWh]: draws, tank losses, solar heat into the tank, electric backup."""

    month: int
    need_kwh: float
    losses_kwh: float
    solar_kwh: float
    backup_kwh: float
    reference_kwh: float

    @property
    def solar_fraction(self) -> float:
        """Solar share of the heat put into the tank during the month (0–1)."""
        supplied = self.solar_kwh + self.backup_kwh
        return self.solar_kwh / supplied if supplied else 0.0


@dataclass(frozen=True)
class SolarWaterHeater:
    """Yearly results [kWh] and the monthly breakdown (12 months)."""

    need_kwh: float
    losses_kwh: float
    solar_kwh: float
    backup_kwh: float
    reference_kwh: float
    stored_change_kwh: float
    monthly: tuple[MonthlyHotWater, ...]

    @property
    def solar_fraction(self) -> float:
        """Solar share of the heat put into the tank over the year (0–1)."""
        supplied = self.solar_kwh + self.backup_kwh
        return self.solar_kwh / supplied if supplied else 0.0

    @property
    def saved_kwh(self) -> float:
        """Backup energy saved against the conventional tank [kWh/an] (electricity, Joule)."""
        return self.reference_kwh - self.backup_kwh


def hourly_draws_kwh(use: HotWaterUse) -> FloatArray:
    """The household's hot-water need of each UTC hour [kWh at 40 °C from cold water].

    Daily 3CL-DPE need spread with the « M » tapping profile's hourly shape (local time),
    rescaled to the exact yearly need (days of 23 and 25 hours at the clock changes).
    """
    daily = hot_water_need_kwh_per_day(
        use.occupants, use.litres_per_adult_40c, use.cold_water_c_by_month
    )
    profile = np.array(
        numbers(read_json("hot_water.json")["draw_profile_m_kwh_by_hour"], "values", "profil M", 24)
    )
    clock = local_clock()
    hourly = daily[clock.day] * (profile / profile.sum())[clock.hour]
    return hourly * (daily.sum() / hourly.sum())


def incidence_modifier(
    collector: Collector,
    poa: FloatArray,
    aoi_deg: npt.ArrayLike | None,
    direct: npt.ArrayLike | None,
) -> FloatArray:
    """Incidence-angle modifier K of each hour (-), 1 without ``iam_b0``.

    K = (Kb·Gb + Kd·(G − Gb)) / G with Kb = 1 − b0·(1/cos θ − 1) (ASHRAE, θ the angle of
    incidence, 0 beyond 90°) and Kd the same at the sky-diffuse equivalent angle
    θe = 59.7 − 0.1388·β + 0.001497·β² (Duffie & Beckman 2013, eq. 5.4.2; β the tilt),
    applied to the whole diffuse part (ground-reflected included: a simplification).
    """
    if collector.iam_b0 is None:
        return np.ones_like(poa)
    if aoi_deg is None or direct is None:
        raise SolarInputError(
            "Le coefficient d'angle b0 demande l'angle d'incidence et le rayonnement direct "
            "dans le plan, heure par heure.",
            field="b0",
        )
    aoi = as_hourly(aoi_deg, "angle_incidence", "Angle d'incidence (°)", low=None)
    beam = np.minimum(as_hourly(direct, "direct_plan", "Direct dans le plan (W/m²)"), poa)
    b0 = collector.iam_b0
    with np.errstate(divide="ignore"):
        k_beam = np.where(aoi < 90.0, 1.0 - b0 * (1.0 / np.cos(np.radians(aoi)) - 1.0), 0.0)
    c = read_json("hot_water.json")["diffuse_iam_equivalent_angle"]
    where, beta = "hot_water.json/diffuse_iam_equivalent_angle", collector.tilt_deg
    theta_d = (
        number(c, "constant_deg", where)
        + number(c, "linear_per_deg", where) * beta
        + number(c, "quadratic_per_deg2", where) * beta**2
    )
    k_diffuse = 1.0 - b0 * (1.0 / np.cos(np.radians(theta_d)) - 1.0)
    weighted = np.clip(k_beam, 0.0, 1.0) * beam + k_diffuse * (poa - beam)
    return np.divide(weighted, poa, out=np.ones_like(poa), where=poa > 0)


def simulate(
    collector: Collector,
    tank: SolarTank,
    use: HotWaterUse,
    poa_global_w_m2: npt.ArrayLike,
    temp_air_c: npt.ArrayLike,
    *,
    aoi_deg: npt.ArrayLike | None = None,
    poa_direct_w_m2: npt.ArrayLike | None = None,
) -> SolarWaterHeater:
    """Yearly and monthly performance of a solar water heater.

    ``poa_global_w_m2``: hourly irradiance in the collector plane [W/m²] of the typical year
    (computed for ``collector.tilt_deg`` / ``azimuth_deg``); ``temp_air_c``: hourly air
    temperature [°C]; ``aoi_deg`` and ``poa_direct_w_m2`` (beam part in the plane) are needed
    only with an incidence-angle coefficient.
    """
    poa = as_hourly(poa_global_w_m2, "poa", "Rayonnement dans le plan des capteurs (W/m²)")
    ambient = as_hourly(temp_air_c, "temperature", "Température de l'air (°C)", low=-60.0)
    k = incidence_modifier(collector, poa, aoi_deg, poa_direct_w_m2)
    draws = hourly_draws_kwh(use)
    defaults = read_json("hot_water.json")["solar_water_heater_defaults"]

    def default(key: str) -> float:
        return number(defaults[key], "value", f"solar_water_heater_defaults/{key}")

    loss_w_k = (
        tank.loss_w_k if tank.loss_w_k is not None else tank_loss_coefficient_w_k(tank.volume_l)
    )
    room_c = default("tank_room_temperature_c")
    state = _State(tank, default("backup_volume_fraction"), loss_w_k, room_c)
    collector_kw = collector.area_m2 * (1.0 - default("loop_loss_fraction")) / 1000.0
    cold_by_month = use.cold_water_c_by_month or numbers(
        read_json("hot_water.json")["cold_water_c_by_month"], "values", "Tefs", 12
    )
    cold = np.asarray(cold_by_month)[hour_months() - 1]
    hourly = np.zeros((4, poa.size))
    for _ in range(2):
        start_energy = state.energy_kwh()
        hourly = _run_year(
            state,
            collector,
            ((k * poa).tolist(), ambient.tolist(), draws.tolist(), cold.tolist()),
            collector_kw,
            default("mean_fluid_above_tank_k"),
            default("max_tank_temperature_c"),
        )
    months = hour_months()
    reference_losses = loss_w_k * (tank.setpoint_c - room_c) / 1000.0
    monthly = tuple(
        MonthlyHotWater(
            m,
            *(float(hourly[i, months == m].sum()) for i in range(4)),
            float(draws[months == m].sum() + reference_losses * (months == m).sum()),
        )
        for m in range(1, 13)
    )
    need, losses, solar, backup = (float(row.sum()) for row in hourly)
    return SolarWaterHeater(
        need,
        losses,
        solar,
        backup,
        need + reference_losses * poa.size,
        state.energy_kwh() - start_energy,
        monthly,
    )


def _run_year(
    state: _State,
    collector: Collector,
    weather: tuple[list[float], list[float], list[float], list[float]],
    collector_kw: float,
    fluid_above_k: float,
    t_max: float,
) -> FloatArray:
    """One pass over the year; rows: draws delivered, losses, solar heat, backup [kWh]."""
    effective, ambient, draws, cold = weather
    eta0, a1, a2 = collector.eta0, collector.a1_w_m2k, collector.a2_w_m2k2
    rows = []
    for g_eff, t_air, draw, t_cold in zip(effective, ambient, draws, cold, strict=True):
        solar = 0.0
        if g_eff > 0.0:
            dt = state.bottom_c + fluid_above_k - t_air
            gain_w_m2 = eta0 * g_eff - a1 * dt - a2 * dt * dt
            solar = state.heat_bottom(max(gain_w_m2, 0.0) * collector_kw, t_max)
        state.mix_if_inverted()
        delivered = state.draw(draw, t_cold)
        losses = state.lose_heat()
        rows.append((delivered, losses, solar, state.reheat_top()))
    return np.array(rows).T


class _State:
    """Temperatures of the two tank nodes and the hour's exchanges (plain floats: the loop
    runs 17,520 times, numpy scalars would be ten times slower)."""

    def __init__(self, tank: SolarTank, top_share: float, loss_w_k: float, room_c: float) -> None:
        self.setpoint_c = tank.setpoint_c
        self.top_kwh_k = tank.volume_l * top_share * WATER_KWH_PER_L_K
        self.bottom_kwh_k = tank.volume_l * (1.0 - top_share) * WATER_KWH_PER_L_K
        self.top_l, self.bottom_l = tank.volume_l * top_share, tank.volume_l * (1 - top_share)
        self.loss_kw_k = loss_w_k / 1000.0
        self.room_c = room_c
        self.top_c = self.bottom_c = tank.setpoint_c

    def energy_kwh(self) -> float:
        """Heat stored above 0 °C [kWh], for the energy balance."""
        return self.top_kwh_k * self.top_c + self.bottom_kwh_k * self.bottom_c

    def heat_bottom(self, gain_kwh: float, t_max: float) -> float:
        """Add solar heat to the bottom node, up to ``t_max`` (pump stops above)."""
        gain = min(gain_kwh, max(t_max - self.bottom_c, 0.0) * self.bottom_kwh_k)
        self.bottom_c += gain / self.bottom_kwh_k
        return gain

    def mix_if_inverted(self) -> None:
        """A bottom hotter than the top rises: both nodes take their mean temperature."""
        if self.bottom_c > self.top_c:
            mean = self.energy_kwh() / (self.top_kwh_k + self.bottom_kwh_k)
            self.top_c = self.bottom_c = mean

    def draw(self, energy_kwh: float, cold_c: float) -> float:
        """Deliver ``energy_kwh`` (above cold water) from the top, cold water entering the
        bottom, in plug-flow sub-steps of at most half a node; returns the energy delivered
        (less than asked only if the whole tank were drawn cold within the hour)."""
        smallest_l = min(self.top_l, self.bottom_l)
        litres = energy_kwh / (WATER_KWH_PER_L_K * max(self.top_c - cold_c, 1.0))
        steps = max(1, math.ceil(litres / (0.5 * smallest_l)))
        delivered = 0.0
        for _ in range(steps):
            lift_k = max(self.top_c - cold_c, 1.0)
            step_l = min(energy_kwh / steps / (WATER_KWH_PER_L_K * lift_k), smallest_l)
            delivered += WATER_KWH_PER_L_K * step_l * (self.top_c - cold_c)
            self.top_c += (self.bottom_c - self.top_c) * step_l / self.top_l
            self.bottom_c += (cold_c - self.bottom_c) * step_l / self.bottom_l
        return delivered

    def lose_heat(self) -> float:
        """Standing losses of the hour to the room, shared by volume [kWh]."""
        total = self.top_kwh_k + self.bottom_kwh_k
        top_loss = self.loss_kw_k * self.top_kwh_k / total * (self.top_c - self.room_c)
        bottom_loss = self.loss_kw_k * self.bottom_kwh_k / total * (self.bottom_c - self.room_c)
        self.top_c -= top_loss / self.top_kwh_k
        self.bottom_c -= bottom_loss / self.bottom_kwh_k
        return top_loss + bottom_loss

    def reheat_top(self) -> float:
        """Electric backup bringing the top back to the setpoint [kWh]."""
        backup = max(self.setpoint_c - self.top_c, 0.0) * self.top_kwh_k
        self.top_c = max(self.top_c, self.setpoint_c)
        return backup
