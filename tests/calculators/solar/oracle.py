"""The slow, obviously correct reference: one pvlib ModelChain configured like the chain.

ModelChain applies the angle-of-incidence modifier to the beam only; the chain also applies
Martin & Ruiz's diffuse modifiers (as PVGIS does). The oracle therefore runs ModelChain once
for its irradiance components, adds the diffuse modifiers from
:func:`pvlib.iam.martin_ruiz_diffuse`, and runs ModelChain again from that effective
irradiance (``run_model_from_effective_irradiance``), keeping its POA for cell temperature.
"""

from __future__ import annotations

import pandas as pd
import pvlib
from pvlib.modelchain import ModelChain
from pvlib.pvsystem import PVSystem

from calculators.solar.parameters import MARTIN_RUIZ_A_R
from calculators.solar.system import RoofFace
from calculators.solar.weather import TypicalYear

ZERO_LOSSES = dict.fromkeys(
    (
        "soiling",
        "shading",
        "snow",
        "mismatch",
        "wiring",
        "connections",
        "lid",
        "nameplate_rating",
        "age",
        "availability",
    ),
    0.0,
)


def modelchain_annual_kwh(year: TypicalYear, roof: RoofFace) -> float:
    """Yearly AC energy [kWh] of ``roof`` computed by pvlib's ModelChain."""
    weather = year.hourly.set_axis(year.solar_times)
    site = year.site
    system = PVSystem(
        surface_tilt=roof.tilt_deg,
        surface_azimuth=roof.azimuth_deg,
        albedo=roof.albedo,
        module_parameters={
            "pdc0": roof.peak_kwp * 1000.0,
            "gamma_pdc": roof.gamma_pdc_per_k,
            "a_r": MARTIN_RUIZ_A_R,
        },
        temperature_model_parameters={"u0": roof.faiman.u0_w_m2k, "u1": roof.faiman.u1_ws_m3k},
        inverter_parameters={
            "pdc0": roof.inverter_dc_limit_w,
            "eta_inv_nom": roof.inverter_efficiency,
        },
        losses_parameters=ZERO_LOSSES | {"soiling": roof.system_losses_pct},
    )
    location = pvlib.location.Location(
        site.latitude_deg, site.longitude_deg, altitude=site.altitude_m
    )
    chain = ModelChain(
        system,
        location,
        transposition_model="perez",
        aoi_model="martin_ruiz",
        spectral_model="no_loss",
        temperature_model="faiman",
        losses_model="pvwatts",
        dc_model="pvwatts",
        ac_model="pvwatts",
    )
    chain.run_model(weather)
    irradiance = chain.results.total_irrad.fillna(0.0)
    diffuse_iam = pvlib.iam.martin_ruiz_diffuse(roof.tilt_deg, a_r=MARTIN_RUIZ_A_R)
    effective = (
        irradiance["poa_direct"] * chain.results.aoi_modifier
        + irradiance["poa_sky_diffuse"] * diffuse_iam["sky"]
        + irradiance["poa_ground_diffuse"] * diffuse_iam["ground"]
    )
    chain.run_model_from_effective_irradiance(
        pd.DataFrame(
            {
                "effective_irradiance": effective,
                "poa_global": irradiance["poa_global"],
                "temp_air": weather["temp_air"],
                "wind_speed": weather["wind_speed"],
            }
        )
    )
    return float(pd.Series(chain.results.ac).fillna(0.0).sum()) / 1000.0
