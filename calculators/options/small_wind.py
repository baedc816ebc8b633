"""A small wind turbine at the dwelling: how much it would produce, and at what cost per kWh.

Why: people ask. In town the wind at roof or mast height is slowed and made turbulent by the
buildings, and a small turbine there usually yields a few hundred kWh a year at several euros
per kWh: the tool must be able to say « pas rentable », with the figures.

Wind at the hub (log law with a roughness change, both sides of a blending height zb where the
wind no longer feels the local surface):

- at zb from the weather's reference height zr over the reference roughness z0r:
  u(zb) = u(zr) · ln(zb / z0r) / ln(zr / z0r);
- down to the hub height h over the site's roughness z0 and displacement d (≈ 0.7 × mean
  obstacle height): u(h) = u(zb) · ln((h − d) / z0) / ln((zb − d) / z0), and 0 when the hub
  sits within the obstacles (h − d ≤ z0).

Energy: the certified power curve of a reference 2.5 kW turbine (SWCC test) interpolated at
each hour's hub speed, summed [kWh/an]; air-density and turbulence effects are not modelled
(they lower the output further in town). Cost per kWh: (investment × CRF + maintenance) /
energy, CRF = r / (1 − (1 + r)^−n). All data and sources: ``data/small_wind.json``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from calculators.options.assessment import (
    Finding,
    OptionAssessment,
    OptionInputError,
    Verdict,
    conclude,
    fr,
)
from calculators.options.data import read_json, value
from calculators.solar.data import field, number, numbers, source
from calculators.solar.economics import electricity_price_at
from calculators.solar.hours import HOURS_PER_YEAR, as_hourly

FILE = "small_wind.json"


@dataclass(frozen=True)
class WindSite:
    """``hub_height_m`` above ground [m]; ``terrain``: a roughness class of the data
    (``centre_ville``, ``zone_pavillonnaire_bois``…); ``obstacle_height_m``: mean height of the
    surrounding buildings and trees [m]; ``protected_area``: near a listed monument."""

    hub_height_m: float
    terrain: str
    obstacle_height_m: float
    protected_area: bool = False

    def __post_init__(self) -> None:
        classes = read_json(FILE)["roughness_classes_m"]
        if self.terrain not in classes or self.terrain == "source":
            known = ", ".join(k for k in classes if k != "source")
            raise OptionInputError(
                f"Type de terrain inconnu : « {self.terrain} » (attendu : {known}).",
                field="terrain",
            )
        for name, label, height, low in (
            ("hauteur_moyeu", "La hauteur du moyeu (m)", self.hub_height_m, 1.0),
            ("hauteur_obstacles", "La hauteur des obstacles (m)", self.obstacle_height_m, 0.0),
        ):
            if not (isinstance(height, int | float) and math.isfinite(height)) or not (
                low <= height <= 100.0
            ):
                raise OptionInputError(
                    f"{label} doit être comprise entre {low:g} et 100 (reçu « {height} »).",
                    field=name,
                )

    @property
    def roughness_m(self) -> float:
        """Roughness length z0 of the terrain class [m] (Wieringa 1992)."""
        return number(read_json(FILE)["roughness_classes_m"], self.terrain, FILE)


def hub_wind_m_s(
    wind_m_s: npt.ArrayLike, site: WindSite, reference_height_m: float = 10.0
) -> npt.NDArray[np.float64]:
    """Hourly wind at the hub [m/s] from the weather file's wind at ``reference_height_m``."""
    wind = as_hourly(wind_m_s, "vent", "Vitesse du vent (m/s)")
    z0_ref, _ = value(FILE, "reference_roughness_m")
    blend, _ = value(FILE, "blending_height_m")
    factor, _ = value(FILE, "displacement_factor")
    if not reference_height_m > z0_ref:
        raise OptionInputError("Hauteur de mesure du vent invalide.", field="hauteur_vent")
    at_blend = wind * math.log(blend / z0_ref) / math.log(reference_height_m / z0_ref)
    z0, d = site.roughness_m, factor * site.obstacle_height_m
    if site.hub_height_m - d <= z0:
        return np.zeros(HOURS_PER_YEAR)
    return at_blend * math.log((site.hub_height_m - d) / z0) / math.log((blend - d) / z0)


def turbine_energy_kwh(hub_wind: npt.NDArray[np.float64]) -> float:
    """Yearly energy of the reference turbine for hourly hub winds [kWh/an]."""
    turbine = read_json(FILE)["turbine"]
    where = f"{FILE}/turbine"
    speeds = np.array(numbers(turbine, "speeds_m_s", where))
    power = np.array(numbers(turbine, "power_kw", where))
    hourly = np.interp(hub_wind, speeds, power, left=0.0, right=float(power[-1]))
    cut_out = turbine.get("cut_out_m_s")
    if cut_out is not None:
        hourly[hub_wind >= float(cut_out)] = 0.0
    return float(hourly.sum())


def assess_small_wind(
    site: WindSite, wind_m_s: npt.ArrayLike, on: date, reference_height_m: float = 10.0
) -> OptionAssessment:
    """Verdict on the reference small turbine at ``site`` for the typical year's hourly wind
    (``wind_m_s`` at ``reference_height_m``), costed with the electricity price of ``on``."""
    data = read_json(FILE)
    turbine = data["turbine"]
    rated = number(turbine, "rated_kw", f"{FILE}/turbine")
    hub = hub_wind_m_s(wind_m_s, site, reference_height_m)
    energy = turbine_energy_kwh(hub)
    cost_per_kw, cost_src = value(FILE, "installed_eur_per_kw")
    upkeep, upkeep_src = value(FILE, "maintenance_share_per_year")
    years, life_src = value(FILE, "lifetime_years")
    rate, rate_src = value(FILE, "discount_rate_per_year")
    price = electricity_price_at(on)
    investment = cost_per_kw * rated
    crf = rate / (1.0 - (1.0 + rate) ** -years)
    yearly_cost = investment * (crf + upkeep)
    per_kwh = yearly_cost / energy if energy > 0 else math.inf
    figures = {
        "vent_moyen_moyeu_m_s": float(hub.mean()),
        "production_kwh_par_an": energy,
        "facteur_de_charge": energy / (rated * HOURS_PER_YEAR),
        "investissement_eur": investment,
        "prix_electricite_eur_par_kwh": price.value,
    }
    if energy > 0:
        figures["cout_eur_par_kwh"] = per_kwh
    sources = [
        source(turbine, "turbine").cite(),
        source(data["roughness_classes_m"], "rugosite").cite(),
        *(value(FILE, k)[1].cite() for k in ("reference_roughness_m", "blending_height_m",
                                             "displacement_factor")),
        cost_src.cite(), upkeep_src.cite(), life_src.cite(), rate_src.cite(),
        price.source.cite(),
    ]  # fmt: skip
    findings = _economics(energy, per_kwh, price.value, float(hub.mean()), sources)
    findings += _planning(site, sources)
    name = f"Petite éolienne ({field(turbine, 'name', FILE)})"
    return conclude(name, findings, figures, sources)


def _economics(
    energy: float, per_kwh: float, price: float, mean_wind: float, sources: list[str]
) -> list[Finding]:
    min_wind, wind_src = value(FILE, "min_mean_wind_m_s")
    sources.append(wind_src.cite())
    found = []
    if mean_wind < min_wind:
        found.append(
            Finding(
                Verdict.NOT_ADVISED,
                f"Vent moyen au moyeu de {fr(mean_wind)} m/s "
                f"(moins de {min_wind:.0f} m/s) : les bâtiments freinent le vent.",
            )
        )
    if energy <= 0:
        found.append(
            Finding(
                Verdict.NOT_ADVISED,
                "Production quasi nulle : le moyeu est dans l'abri des obstacles.",
            )
        )
        return found
    shown = f"plus de {fr(100.0, 0)}" if per_kwh > 100 else fr(per_kwh, 2)
    cost = f"{shown} €/kWh produit contre {fr(price, 3)} €/kWh acheté"
    if per_kwh > 2 * price:
        found.append(
            Finding(Verdict.NOT_ADVISED, f"Pas rentable : {energy:.0f} kWh/an pour {cost}.")
        )
    elif per_kwh > price:
        found.append(Finding(Verdict.CONDITIONAL, f"Rentabilité incertaine : {cost}."))
    else:
        found.append(Finding(Verdict.SUITABLE, f"Coût compétitif : {cost}."))
    return found


def _planning(site: WindSite, sources: list[str]) -> list[Finding]:
    limit, limit_src = value(FILE, "permit_mast_height_m")
    sources.append(limit_src.cite())
    found = []
    if site.hub_height_m >= limit:
        found.append(
            Finding(
                Verdict.CONDITIONAL,
                f"Mât de {limit:.0f} m ou plus : permis de construire nécessaire.",
            )
        )
    if site.protected_area:
        found.append(
            Finding(
                Verdict.CONDITIONAL,
                "Abords d'un monument historique : déclaration "
                "et avis de l'architecte des Bâtiments de France.",
            )
        )
    return found
