"""The other « new energies » of the dwelling: heat pump, wood, small wind, heat network.

Why: the adviser is asked about them at every permit filing; the calculators
(``calculators.options``) give each a French verdict with reasons, figures and sources. This
module builds their inputs from the request and the city profile (air-quality plan, wind
exposure of the district, heat networks and the districts they serve), and states every value
it had to assume in the option's ``notes``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np

from calculators.dpe.rules import rules_at
from calculators.options.assessment import Finding, OptionAssessment, Verdict, conclude, fr
from calculators.options.district_heat import DistrictHeatSite, HeatNetwork, assess_district_heat
from calculators.options.heat_pump import Emitters as PacEmitters
from calculators.options.heat_pump import HeatPumpSite, assess_heat_pump
from calculators.options.small_wind import WindSite, assess_small_wind
from calculators.options.wood import WoodAppliance as WoodKind
from calculators.options.wood import WoodSite, assess_wood
from calculators.solar.data import field, number, source
from calculators.solar.weather import TypicalYear
from diag_app.city.profile import CityProfile
from diag_app.city.profile import HeatNetwork as CityNetwork
from diag_app.services.new_energies_defaults import FILE, assumption, defaults, keyed
from diag_app.services.new_energies_format import kwh, percent
from diag_app.services.new_energies_needs import (
    HeatNeed,
    current_heating_co2,
    design_heat_loss_kw,
    network_co2,
)
from diag_app.services.new_energies_request import (
    Dwelling,
    Emitters,
    Generator,
    HouseholdOptions,
    WaterTemperature,
    WoodAppliance,
)

UNCHECKED = " (à vérifier)"


@dataclass(frozen=True)
class OptionVerdict:
    """One option: ``key`` (stable), French name, verdict, reasons worst first, key figures
    (unit in the key), sources, and what the diagnostic assumed (``notes``)."""

    key: str
    option: str
    verdict: str
    reasons: tuple[str, ...]
    figures: Mapping[str, float]
    sources: tuple[str, ...]
    notes: tuple[str, ...]


def _verdict(
    key: str, done: OptionAssessment, notes: list[str], sources: list[str]
) -> OptionVerdict:
    figures = {name: float(value) for name, value in done.figures.items() if np.isfinite(value)}
    return OptionVerdict(
        key,
        done.option,
        done.verdict.value,
        tuple(done.reasons),
        figures,
        tuple(dict.fromkeys([*done.sources, *sources])),
        tuple(notes),
    )


def heat_pump(dwelling: Dwelling, city: CityProfile, need: HeatNeed) -> OptionVerdict:
    """Air-to-water heat pump, sized on the design loss implied by the heating need."""
    notes = [f"Besoin de chauffage : {need.basis}."]
    heating = dwelling.heating
    emitters = {
        Emitters.UNDERFLOOR: PacEmitters.UNDERFLOOR,
        Emitters.ELECTRIC: PacEmitters.NO_WATER_CIRCUIT,
        Emitters.ROOM_APPLIANCE: PacEmitters.NO_WATER_CIRCUIT,
    }.get(heating.emitters)
    if emitters is None:
        temperature = heating.water_temperature
        if temperature is None:
            notes.append("Température d'eau des radiateurs inconnue : supposée haute (prudence).")
        elif temperature is WaterTemperature.MEDIUM:
            notes.append(
                "Radiateurs à moyenne température assimilés à la basse température : vérifier "
                "qu'ils chauffent le logement avec une eau à 50 °C par grand froid."
            )
        low = temperature in (WaterTemperature.LOW, WaterTemperature.MEDIUM)
        emitters = (
            PacEmitters.LOW_TEMPERATURE_RADIATORS if low else PacEmitters.HIGH_TEMPERATURE_RADIATORS
        )
    if heating.generator is Generator.HEAT_PUMP:
        notes.append(
            "Logement déjà chauffé par une pompe à chaleur : l'avis vaut pour son remplacement."
        )
    if heating.collective:
        notes.append(
            "Chauffage collectif : une PAC individuelle suppose de quitter le chauffage collectif "
            "(décision du bailleur ou de la copropriété)."
        )
    loss_kw, method = design_heat_loss_kw(need.kwh, city)
    notes.append(f"Déperditions ≈ {fr(loss_kw)} kW : {method}.")
    site = HeatPumpSite(
        emitters=emitters,
        energy_label=dwelling.energy_label,
        design_heat_loss_kw=loss_kw,
        outdoor_unit_space=dwelling.outdoor_unit_space,
        distance_to_neighbour_m=dwelling.neighbour_distance_m,
        condominium=dwelling.condominium,
        heats_hot_water=not dwelling.hot_water.collective,
    )
    return _verdict(
        "pompe_a_chaleur", assess_heat_pump(site), notes, [v.describe() for v in need.used]
    )


def wood(
    dwelling: Dwelling, city: CityProfile, need: HeatNeed, options: HouseholdOptions, at: date
) -> OptionVerdict:
    """Wood heating: the chosen appliance, or a log stove with a flue, else a pellet stove."""
    notes = [f"Besoin de chauffage : {need.basis}."]
    sources = [v.describe() for v in need.used]
    has_flue = bool(dwelling.has_flue)
    if dwelling.has_flue is None:
        notes.append("Conduit de fumée non renseigné : supposé absent.")
    chosen = options.wood_appliance or (
        WoodAppliance.LOG_STOVE if has_flue else WoodAppliance.PELLET_STOVE
    )
    heat = need.kwh
    if chosen is not WoodAppliance.PELLET_BOILER:
        share = assumption("stove_share_of_heating", "Part du chauffage assurée par un poêle", "")
        heat *= share.value
        sources.append(share.describe())
        notes.append(
            f"Un poêle couvre environ {percent(100 * share.value)} du besoin : {kwh(heat)}/an."
        )
    storage = dwelling.wood_storage_m3
    if storage is None:
        kind = "maison" if dwelling.kind.is_house else "appartement"
        assumed = keyed("wood_storage_m3_by_dwelling", kind, "Stockage supposé", "m³")
        storage = assumed.value
        sources.append(assumed.describe())
        notes.append(f"Place de stockage non renseignée : {fr(storage)} m³ supposés ({kind}).")
    plan = city.air_quality_plan
    if plan is None:
        notes.append("Le profil de ville ne dit pas si la commune est couverte par un PPA.")
    else:
        covered = "couverte" if plan.covered else "non couverte"
        check = " (à vérifier)" if plan.to_verify else ""
        notes.append(f"Commune {covered} par le {plan.name} (profil de ville){check}.")
    site = WoodSite(
        appliance=WoodKind(chosen.value),
        annual_heat_kwh=heat,
        storage_m3=storage,
        has_flue=has_flue,
        water_circuit=dwelling.heating.emitters.water_circuit,
        condominium=dwelling.condominium,
        air_quality_plan=plan is not None and plan.covered,
    )
    return _verdict("bois", assess_wood(site, at), notes, sources)


def small_wind(dwelling: Dwelling, city: CityProfile, year: TypicalYear, at: date) -> OptionVerdict:
    """The reference small turbine on a mast, in the district's wind exposure."""
    notes: list[str] = []
    hub = assumption("wind_hub_height_m", "Hauteur du mât", "m")
    sources = [hub.describe()]
    if city.wind_terrain is not None:
        exposure = city.wind_terrain.for_district(dwelling.district)
        terrain, obstacles = exposure.terrain, exposure.obstacle_height_m
        where = f"quartier « {dwelling.district} »" if dwelling.district else "commune"
        notes.append(
            f"Exposition ({where}) : terrain « {terrain.replace('_', ' ')} », obstacles de "
            f"{fr(obstacles, 0)} m (profil de ville)."
        )
        tagged = UNCHECKED if city.wind_terrain.to_verify else ""
        sources.append(f"Profil de ville, exposition au vent : {city.wind_terrain.source}{tagged}")
    else:
        entry = field(defaults(), "wind_exposure_without_profile", FILE)
        terrain = str(field(entry, "terrain", FILE))
        obstacles = number(entry, "obstacle_height_m", FILE)
        sources.append(source(entry, "wind_exposure_without_profile").cite())
        notes.append("Le profil de ville ne donne pas d'exposition au vent : valeur par défaut.")
    if year.synthetic:
        notes.append(
            "Vent de l'année type synthétique : moyenne mensuelle constante, sans rafales : la "
            "production est sous-estimée, le verdict suit le vent moyen au moyeu. Un fichier "
            "météo PVGIS donne le vent heure par heure."
        )
    site = WindSite(hub.value, terrain, obstacles, dwelling.protected_area)
    wind = year.hourly["wind_speed"].to_numpy(dtype=float)
    return _verdict("petit_eolien", assess_small_wind(site, wind, at), notes, sources)


def heat_network(dwelling: Dwelling, city: CityProfile, at: date) -> OptionVerdict:
    """Connection to the city's heat networks, near or not as the profile's districts say."""
    notes: list[str] = []
    sources: list[str] = []
    matched = [n for n in city.heat_networks if _serves(n, dwelling) is not None]
    for network in matched or city.heat_networks:
        tagged = UNCHECKED if network.to_verify else ""
        sources += [f"Réseau {network.id}, périmètre : {text}{tagged}" for text in network.sources]
    if dwelling.heating.energy == "reseau_chaleur":
        known = matched or (list(city.heat_networks) if len(city.heat_networks) == 1 else [])
        return _connected(known[0] if known else None, at, sources)
    near = []
    for network in city.heat_networks:
        distance, basis = _distance(network, dwelling)
        if distance is None:
            continue
        notes.append(basis)
        co2, line = network_co2(network.id, at)
        sources.append(line)
        near.append(HeatNetwork(_short(network), distance, co2, network.id, network.classified))
    if not near:
        notes.append(_far_note(dwelling, city))
    current, line = current_heating_co2(dwelling, at)
    sources.append(line)
    site = DistrictHeatSite(
        near,
        water_circuit=dwelling.heating.emitters.water_circuit,
        collective_heating=dwelling.heating.collective,
        current_co2_kg_per_kwh=current,
    )
    return _verdict("reseau_chaleur", assess_district_heat(site), notes, sources)


def _connected(network: CityNetwork | None, at: date, sources: list[str]) -> OptionVerdict:
    """A dwelling already heated by a network: say so, with its carbon content against gas."""
    option = "Raccordement à un réseau de chaleur"
    if network is None:
        findings = [Finding(Verdict.SUITABLE, "Logement déjà chauffé par un réseau de chaleur.")]
        return _verdict("reseau_chaleur", conclude(option, findings, {}, []), [], sources)
    co2, line = network_co2(network.id, at)
    rules = rules_at(at)
    gas = rules.ghg.factor("gaz_naturel")
    comparison = (
        f"Contenu CO2 du réseau {fr(co2, 3)} kgCO2eq/kWh contre {fr(gas, 3)} pour un chauffage "
        "au gaz naturel"
    )
    findings = [
        Finding(
            Verdict.SUITABLE,
            f"Logement déjà chauffé par le réseau {_short(network)} ({network.id}) : "
            "raccordement en place, rien à créer.",
        ),
        Finding(
            Verdict.SUITABLE if co2 < gas else Verdict.CONDITIONAL,
            f"{comparison} : "
            + ("atout pour l'étiquette climat." if co2 < gas else "pas d'atout climat."),
        ),
    ]
    figures = {"co2_reseau_kg_kwh": co2, "co2_gaz_kg_kwh": gas}
    cited = [line, f"Gaz naturel : {fr(gas, 3)} kgCO2eq/kWh — {rules.ghg.source.text}"]
    return _verdict("reseau_chaleur", conclude(option, findings, figures, cited), [], sources)


def _normal(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("-", " ").replace("'", " ").split())


def _serves(network: CityNetwork, dwelling: Dwelling) -> str | None:
    """``"full"`` / ``"partly"`` when the dwelling's district or street is on the network."""
    address = _normal(dwelling.address or "")
    if dwelling.district in network.districts or any(
        _normal(street) in address for street in network.streets if address
    ):
        return "full"
    if dwelling.district in network.partly_served_districts:
        return "partly"
    return None


def _distance(network: CityNetwork, dwelling: Dwelling) -> tuple[float | None, str]:
    """Distance to the network [m] and how it was obtained (None: not near, per the profile).

    A distance given in the request is the distance to the nearest network: with several
    networks in the profile it applies to each, and the calculator's nearest decides.
    """
    serves = _serves(network, dwelling)
    if dwelling.heat_network_distance_m is not None:
        shown = fr(dwelling.heat_network_distance_m, 0)
        return (
            dwelling.heat_network_distance_m,
            f"Distance au réseau {network.id} : {shown} m (saisie).",
        )
    if serves is None:
        return None, ""
    key = "network_distance_in_served_district_m" if serves == "full" else (
        "network_distance_in_partly_served_district_m"
    )  # fmt: skip
    assumed = assumption(key, "Distance supposée au réseau", "m")
    where = "desservi" if serves == "full" else "traversé en partie"
    place = f"quartier « {dwelling.district} »" if dwelling.district else "adresse"
    return assumed.value, (
        f"Réseau {network.id} : {place} {where} selon le profil de ville ; distance supposée "
        f"{fr(assumed.value, 0)} m — {assumed.source.cite()}."
    )


def _far_note(dwelling: Dwelling, city: CityProfile) -> str:
    networks = ", ".join(f"{n.id} ({', '.join(n.districts)})" for n in city.heat_networks)
    if not networks:
        return "Le profil de ville ne liste aucun réseau de chaleur."
    where = (
        f"Quartier « {dwelling.district} » hors des quartiers desservis"
        if dwelling.district
        else "Quartier non indiqué : logement non situé par rapport aux quartiers desservis"
    )
    return (
        f"{where} par le réseau {networks} selon le profil de ville ; indiquez la distance "
        "mesurée sur la carte (« distance_reseau_chaleur_m ») pour un avis précis."
    )


def _short(network: CityNetwork) -> str:
    """The network's name without a leading « Réseau » (the verdict texts add it)."""
    return network.name.removeprefix("Réseau ").removeprefix("réseau ")
