"""Yearly PV production of one roof face, hour by hour, with pvlib's published models.

The chain (each step a pvlib function, so it reads as the reference the fast batch is
checked against):

1. sun position at the instant each hourly value stands for (NREL SPA, ``nrel_numpy``);
2. plane-of-array irradiance: beam, Perez 1990 sky diffuse (``allsitescomposite1990``, with
   extraterrestrial DNI and Kasten–Young relative air mass) and ground-reflected diffuse;
3. horizon shading: beam and circumsolar blocked when the sun is below the horizon profile,
   isotropic and horizon-band diffuse reduced by the sky-view ratio (:mod:`.horizon`);
4. reflection losses, Martin & Ruiz (2001) on the beam and their diffuse integrals on the
   sky and ground parts (as PVGIS does);
5. cell temperature, Faiman (2008), with the coefficients of the mounting;
6. DC power, PVWatts (Dobos 2014): P = P_STC · G_eff / 1000 · (1 + γ (T_cell − 25 °C));
7. system losses (a flat percentage of DC energy, as PVGIS applies its « system loss »);
8. inverter, PVWatts part-load efficiency curve, clipped at the AC rating.

Spectral and low-irradiance effects are not modelled (PVWatts practice).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from pvlib import atmosphere, iam, inverter, irradiance, pvsystem, temperature
from pvlib.location import Location

from calculators.solar.parameters import MARTIN_RUIZ_A_R, PVWATTS_INVERTER_REFERENCE_EFFICIENCY
from calculators.solar.system import RoofFace
from calculators.solar.weather.year import TypicalYear

LOSS_LABELS = (
    ("shading", "ombrage (masque d'horizon)"),
    ("angle_of_incidence", "angle d'incidence (réflexion)"),
    ("temperature", "température (spectre et faible éclairement non modélisés)"),
    ("system", "pertes système"),
    ("inverter", "onduleur"),
)


@dataclass(frozen=True)
class LossBreakdown:
    """Energy lost at each step of the chain over the year [kWh], in chain order.

    ``reference_kwh`` is the in-plane irradiation without horizon times the peak power over
    1 kW/m²: what the system would give at its STC efficiency with no loss.
    """

    reference_kwh: float
    shading_kwh: float
    angle_of_incidence_kwh: float
    temperature_kwh: float
    system_kwh: float
    inverter_kwh: float

    def percentages(self) -> dict[str, float]:
        """Each step's loss in % of the energy entering it (as PVGIS reports its losses)."""
        entering = self.reference_kwh
        shares: dict[str, float] = {}
        for key, _ in LOSS_LABELS:
            lost = getattr(self, f"{key}_kwh")
            shares[key] = 100.0 * lost / entering if entering > 0 else 0.0
            entering -= lost
        return shares

    @property
    def total_pct(self) -> float:
        """All losses in % of the reference energy."""
        lost = sum(getattr(self, f"{key}_kwh") for key, _ in LOSS_LABELS)
        return 100.0 * lost / self.reference_kwh if self.reference_kwh > 0 else 0.0


@dataclass(frozen=True, eq=False)
class RoofProduction:
    """A year of AC production of one roof face.

    ``hourly_ac_kw`` is the mean AC power of each hour [kW] (so also its energy in kWh),
    indexed like the weather year's hours: kept for self-consumption studies.
    """

    roof: RoofFace
    weather_source: str
    annual_kwh: float
    monthly_kwh: tuple[float, ...]
    poa_irradiation_kwh_m2: float
    losses: LossBreakdown
    hourly_ac_kw: pd.Series

    @property
    def specific_yield_kwh_kwp(self) -> float:
        """Annual production per installed kWc [kWh/kWc]."""
        return self.annual_kwh / self.roof.peak_kwp


def simulate_roof(year: TypicalYear, roof: RoofFace) -> RoofProduction:
    """Run the chain for ``roof`` over the typical ``year``."""
    site = year.site
    times = year.solar_times
    weather = year.hourly.set_axis(times)
    location = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    sun = location.get_solarposition(times, temperature=weather["temp_air"])
    zenith, azimuth = sun["apparent_zenith"], sun["azimuth"]
    tilt, facing = roof.tilt_deg, roof.azimuth_deg

    sky = irradiance.perez(
        tilt,
        facing,
        weather["dhi"],
        weather["dni"],
        irradiance.get_extra_radiation(times),
        zenith,
        azimuth,
        atmosphere.get_relative_airmass(zenith),
        return_components=True,
    ).fillna(0.0)
    beam = irradiance.beam_component(tilt, facing, zenith, azimuth, weather["dni"]).fillna(0.0)
    ground = irradiance.get_ground_diffuse(tilt, weather["ghi"], albedo=roof.albedo)
    unshaded = beam + sky["poa_sky_diffuse"] + ground

    if roof.horizon is not None:
        visible = (90.0 - zenith) > roof.horizon.elevation_at(azimuth)
        view = roof.horizon.sky_view_ratio(tilt, facing)
        beam = beam.where(visible, 0.0)
        diffuse = (
            sky["poa_circumsolar"].where(visible, 0.0)
            + view * (sky["poa_isotropic"] + sky["poa_horizon"])
        ).clip(lower=0.0)
    else:
        diffuse = sky["poa_sky_diffuse"]

    iam_beam = iam.martin_ruiz(irradiance.aoi(tilt, facing, zenith, azimuth), a_r=MARTIN_RUIZ_A_R)
    iam_diffuse = iam.martin_ruiz_diffuse(tilt, a_r=MARTIN_RUIZ_A_R)
    poa = beam + diffuse + ground
    effective = beam * iam_beam + diffuse * iam_diffuse["sky"] + ground * iam_diffuse["ground"]

    cell = temperature.faiman(
        poa, weather["temp_air"], weather["wind_speed"], roof.faiman.u0_w_m2k, roof.faiman.u1_ws_m3k
    )
    peak_w = roof.peak_kwp * 1000.0
    dc = pvsystem.pvwatts_dc(effective, cell, peak_w, roof.gamma_pdc_per_k)
    dc_net = dc * (1.0 - roof.system_losses_pct / 100.0)
    ac = inverter.pvwatts(
        dc_net,
        roof.inverter_dc_limit_w,
        eta_inv_nom=roof.inverter_efficiency,
        eta_inv_ref=PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
    )

    hourly_kw = pd.Series(np.asarray(ac, dtype=float) / 1000.0, index=year.hourly.index)
    monthly = hourly_kw.groupby(hourly_kw.index.month).sum()
    kwp = roof.peak_kwp

    def kwh(power_w: pd.Series) -> float:
        return float(power_w.sum()) / 1000.0

    losses = LossBreakdown(
        reference_kwh=kwh(unshaded) * kwp,
        shading_kwh=(kwh(unshaded) - kwh(poa)) * kwp,
        angle_of_incidence_kwh=(kwh(poa) - kwh(effective)) * kwp,
        temperature_kwh=kwh(effective) * kwp - kwh(dc),
        system_kwh=kwh(dc) - kwh(dc_net),
        inverter_kwh=kwh(dc_net) - float(hourly_kw.sum()),
    )
    return RoofProduction(
        roof=roof,
        weather_source=year.source,
        annual_kwh=float(hourly_kw.sum()),
        monthly_kwh=tuple(float(v) for v in monthly),
        poa_irradiation_kwh_m2=kwh(unshaded),
        losses=losses,
        hourly_ac_kw=hourly_kw,
    )
