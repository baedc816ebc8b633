"""Solar water heater for the household: size, solar fraction, energy and euros saved.

Why: where the roof takes 3–4 m² of collectors and the hot water is made in the dwelling, a
solar water heater is the other « new energy » of the roof; the diagnostic sizes it for the
household (``new_energies_defaults.json``), runs the hourly model
(:func:`calculators.solar.solar_thermal.simulate`) on the best roof face and values the
backup energy saved at the price of today's hot-water energy (electricity: the regulated price
of the day; gas: the reference price of the data, through the boiler's efficiency).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from pvlib import atmosphere, irradiance
from pvlib.location import Location

from calculators.solar.data import read_json, source
from calculators.solar.economics import electricity_price_at
from calculators.solar.solar_thermal import Collector, HotWaterUse, SolarTank, simulate
from calculators.solar.weather import TypicalYear
from diag_app.services.new_energies_defaults import assumption, gas_price_at, water_heater_size
from diag_app.services.new_energies_pv import FaceRun, FloatArray
from diag_app.services.new_energies_request import ENERGIES, Dwelling, HouseholdOptions

FLAT_ROOF_BELOW_DEG = 20.0
"""Below this tilt a face is taken as a flat roof: collectors stand on frames."""


@dataclass(frozen=True)
class SolarHotWater:
    """The solar water heater's figures, or why it does not apply (``applicable`` false).

    ``heat_saved_kwh``: backup heat saved against a conventional tank [kWh/an];
    ``energy_saved_kwh``: the corresponding final energy of today's water heating [kWh/an];
    ``saved_eur``: its value at today's price [€/an] (None when the price is not in the data).
    """

    applicable: bool
    reason: str
    roof_name: str | None = None
    area_m2: float = 0.0
    tank_litres: float = 0.0
    tilt_deg: float = 0.0
    azimuth_deg: float = 0.0
    solar_fraction_pct: float = 0.0
    monthly_fraction_pct: tuple[float, ...] = ()
    heat_saved_kwh: float = 0.0
    energy_saved_kwh: float = 0.0
    energy: str = ""
    saved_eur: float | None = None
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def plane_irradiance(
    year: TypicalYear, tilt_deg: float, azimuth_deg: float
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """In-plane global and beam irradiance [W/m²] and angle of incidence [°] of each hour.

    The same sky model as the PV chain (Perez 1990 « allsitescomposite1990 », extraterrestrial
    DNI, Kasten–Young air mass; sun placed at the instant the values stand for), without the
    horizon mask.
    """
    site = year.site
    times = year.solar_times
    weather = year.hourly
    sun = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    position = sun.get_solarposition(times, temperature=weather["temp_air"].to_numpy())
    zenith, azimuth = position["apparent_zenith"].to_numpy(), position["azimuth"].to_numpy()
    sky = irradiance.get_total_irradiance(
        tilt_deg,
        azimuth_deg,
        zenith,
        azimuth,
        dni=weather["dni"].to_numpy(),
        ghi=weather["ghi"].to_numpy(),
        dhi=weather["dhi"].to_numpy(),
        dni_extra=np.asarray(irradiance.get_extra_radiation(times), dtype=float),
        airmass=np.asarray(atmosphere.get_relative_airmass(zenith), dtype=float),
        model="perez",
    )
    poa = np.nan_to_num(np.asarray(sky["poa_global"], dtype=float)).clip(min=0.0)
    beam = np.nan_to_num(np.asarray(sky["poa_direct"], dtype=float)).clip(min=0.0)
    aoi = np.asarray(irradiance.aoi(tilt_deg, azimuth_deg, zenith, azimuth), dtype=float)
    return poa, beam, aoi


def not_applicable(dwelling: Dwelling, runs: Sequence[FaceRun]) -> str | None:
    """Why a solar water heater is not assessed, or None when it is."""
    water = dwelling.hot_water
    if water.collective or water.energy == "reseau_chaleur":
        return (
            "Eau chaude collective ou fournie par le réseau de chaleur : un chauffe-eau solaire "
            "individuel est sans objet (solaire thermique collectif à étudier avec le bailleur "
            "ou la copropriété)."
        )
    if not runs:
        return "Aucun pan de toiture décrit : chauffe-eau solaire non évalué."
    return None


def solar_hot_water(
    year: TypicalYear,
    dwelling: Dwelling,
    runs: Sequence[FaceRun],
    options: HouseholdOptions,
    at: date,
) -> SolarHotWater:
    """A solar water heater sized for the household, on the best face, over the typical year."""
    why_not = not_applicable(dwelling, runs)
    if why_not is not None:
        return SolarHotWater(False, why_not)
    best = max(runs, key=lambda run: run.result.specific_yield_kwh_kwp).result
    size = water_heater_size(dwelling.occupants)
    sources = [size.source.describe()]
    notes = []
    tilt, azimuth = best.tilt_deg, best.azimuth_deg
    if tilt < FLAT_ROOF_BELOW_DEG:
        frame = assumption("flat_roof_collector_tilt_deg", "Capteurs sur châssis", "°")
        tilt, azimuth = frame.value, 180.0
        sources.append(frame.describe())
        notes.append(f"Pan « {best.name} » presque plat : capteurs sur châssis, plein sud.")
    collector = Collector.typical_flat_plate(size.area_m2, tilt, azimuth)
    typical = read_json("hot_water.json")["typical_flat_plate_collector"]
    sources.append(f"Capteur plan type : {source(typical, 'typical_flat_plate_collector').cite()}")
    poa, beam, aoi = plane_irradiance(year, tilt, azimuth)
    result = simulate(
        collector,
        SolarTank(size.tank_litres),
        HotWaterUse(dwelling.occupants),
        poa,
        year.hourly["temp_air"].to_numpy(dtype=float),
        aoi_deg=aoi,
        poa_direct_w_m2=beam,
    )
    energy, price, energy_notes, price_sources = _final_energy(
        dwelling, options, at, result.saved_kwh
    )
    notes += energy_notes
    sources += price_sources
    if options.router and dwelling.hot_water.individual_electric:
        notes.append(
            "Routeur photovoltaïque et chauffe-eau solaire chauffent le même ballon : leurs "
            "économies ne s'additionnent pas, ce sont deux solutions à comparer."
        )
    if best.with_horizon:
        notes.append("Masque d'horizon du pan non appliqué aux capteurs (légère surestimation).")
    return SolarHotWater(
        applicable=True,
        reason=(
            f"{size.area_m2:g} m² de capteurs plans et un ballon de {size.tank_litres:.0f} L "
            f"pour {dwelling.occupants} personne(s), sur le pan « {best.name} »"
        ).replace(".", ","),
        roof_name=best.name,
        area_m2=size.area_m2,
        tank_litres=size.tank_litres,
        tilt_deg=tilt,
        azimuth_deg=azimuth,
        solar_fraction_pct=100.0 * result.solar_fraction,
        monthly_fraction_pct=tuple(100.0 * m.solar_fraction for m in result.monthly),
        heat_saved_kwh=result.saved_kwh,
        energy_saved_kwh=energy,
        energy=ENERGIES[dwelling.hot_water.energy],
        saved_eur=None if price is None else energy * price,
        sources=tuple(sources),
        notes=tuple(notes),
    )


def _final_energy(
    dwelling: Dwelling, options: HouseholdOptions, at: date, heat_kwh: float
) -> tuple[float, float | None, list[str], list[str]]:
    """Final energy [kWh] of today's water heating that the saved heat stands for, its price
    [€/kWh] (None if not in the data), notes and sources."""
    water = dwelling.hot_water
    if water.energy == "electricite":
        energy = heat_kwh
        notes = []
        if water.thermodynamic:
            cop = float(read_json("load_profile.json")["hot_water"]["thermodynamic_cop"])
            energy = heat_kwh / cop
            notes.append(
                f"Chauffe-eau thermodynamique existant : gain divisé par son COP ({cop:g})."
            )
        if options.electricity_eur_kwh is not None:
            return energy, options.electricity_eur_kwh, notes, ["Prix de l'électricité : saisi"]
        price = electricity_price_at(at)
        return energy, price.value, notes, [price.describe()]
    efficiency = assumption("hot_water_boiler_efficiency", "Rendement de la chaudière (ECS)", "")
    energy = heat_kwh / efficiency.value
    if water.energy == "gaz_naturel":
        gas = gas_price_at(at)
        return energy, gas.value, [], [efficiency.describe(), gas.describe()]
    note = f"Prix du {ENERGIES[water.energy]} non transcrit : économie chiffrée en kWh seulement."
    return energy, None, [note], [efficiency.describe()]
