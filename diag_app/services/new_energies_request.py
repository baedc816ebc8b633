"""The typed request of a « nouvelles énergies » diagnostic and its closed vocabularies.

Keys and values are French, as in the JSON format of ``docs/new-energies.md`` (read and
checked by :mod:`.new_energies_reader`); the energies are keyed as in the DPE rules so that
their emission factors apply directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from calculators.solar.parameters import Mounting

REQUEST_VERSION = 1

ENERGIES = MappingProxyType(
    {
        "electricite": "électricité",
        "gaz_naturel": "gaz naturel",
        "fioul_domestique": "fioul domestique",
        "propane": "propane",
        "gpl": "GPL",
        "charbon": "charbon",
        "bois_buches": "bois bûches",
        "bois_granules": "bois granulés",
        "reseau_chaleur": "réseau de chaleur",
    }
)
"""Heating and hot-water energies, keyed as in the DPE rules (``calculators.dpe.rules``)."""

MOUNTINGS = MappingProxyType(
    {"surimpose": Mounting.ON_ROOF, "integre": Mounting.INTEGRATED, "chassis": Mounting.OPEN_RACK}
)
LABELS = ("A", "B", "C", "D", "E", "F", "G")


class DwellingKind(StrEnum):
    """Same vocabulary as the desk diagnostic's ``logement.type``."""

    DETACHED = "maison_isolee"
    SEMI_DETACHED = "maison_jumelee"
    TERRACED = "maison_mitoyenne"
    FLAT = "appartement"

    @property
    def is_house(self) -> bool:
        return self is not DwellingKind.FLAT

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


class Generator(StrEnum):
    BOILER = "chaudiere"
    HEAT_PUMP = "pompe_a_chaleur"
    JOULE = "effet_joule"
    STOVE = "poele"
    SUBSTATION = "sous_station"

    @property
    def label(self) -> str:
        return _GENERATOR_LABELS[self]


class Emitters(StrEnum):
    WATER_RADIATORS = "radiateurs_eau"
    UNDERFLOOR = "plancher_chauffant"
    ELECTRIC = "electriques"
    ROOM_APPLIANCE = "appareil_independant"

    @property
    def water_circuit(self) -> bool:
        return self in (Emitters.WATER_RADIATORS, Emitters.UNDERFLOOR)


class WaterTemperature(StrEnum):
    LOW = "basse"
    MEDIUM = "moyenne"
    HIGH = "haute"


class Insulation(StrEnum):
    GOOD = "bonne"
    AVERAGE = "moyenne"
    POOR = "faible"


class WoodAppliance(StrEnum):
    """Same keys as ``calculators.options.wood.WoodAppliance``."""

    LOG_STOVE = "poele_buches"
    PELLET_STOVE = "poele_granules"
    PELLET_BOILER = "chaudiere_granules"


@dataclass(frozen=True)
class Heating:
    """``consumption_kwh``: yearly final energy of the heating when known [kWh/an]."""

    energy: str
    generator: Generator
    emitters: Emitters
    water_temperature: WaterTemperature | None
    collective: bool
    consumption_kwh: float | None


@dataclass(frozen=True)
class HotWater:
    """``tank_litres``: the existing tank [L]; ``thermodynamic``: heat-pump water heater."""

    energy: str
    tank_litres: float | None
    thermodynamic: bool
    collective: bool

    @property
    def individual_electric(self) -> bool:
        return self.energy == "electricite" and not self.collective


@dataclass(frozen=True)
class Dwelling:
    """The dwelling; distances in metres, surface in m²; ``None`` = not given."""

    kind: DwellingKind
    surface_m2: float
    occupants: int
    heating: Heating
    hot_water: HotWater
    address: str | None = None
    district: str | None = None
    latitude_deg: float | None = None
    longitude_deg: float | None = None
    energy_label: str | None = None
    insulation: Insulation | None = None
    condominium: bool = False
    has_flue: bool | None = None
    wood_storage_m3: float | None = None
    neighbour_distance_m: float | None = None
    outdoor_unit_space: bool = True
    heat_network_distance_m: float | None = None
    protected_area: bool = False


@dataclass(frozen=True)
class RoofInput:
    """One roof face: angles in degrees (azimuth from north, 180 south), size as usable
    ``area_m2`` [m²] or ``peak_power_kwp`` [kWc], far horizon as (azimuth, height) pairs."""

    name: str
    tilt_deg: float
    azimuth_deg: float
    area_m2: float | None
    peak_power_kwp: float | None
    mounting: Mounting
    horizon: tuple[tuple[float, float], ...] | None
    path: str


@dataclass(frozen=True)
class HouseholdOptions:
    """Wishes: electric car [km/an], battery [kWh, kW], PV router on the water heater, the
    reduced-VAT criteria of the PV kit, the household's own electricity price [€/kWh], the
    wood appliance to assess."""

    ev_km_per_year: float | None = None
    battery: bool = False
    battery_kwh: float | None = None
    battery_kw: float | None = None
    router: bool = False
    reduced_vat_criteria: bool = False
    electricity_eur_kwh: float | None = None
    wood_appliance: WoodAppliance | None = None


@dataclass(frozen=True)
class NewEnergiesRequest:
    """A whole request; ``at`` dates the tariffs (``None``: the day of the computation)."""

    dwelling: Dwelling
    roofs: tuple[RoofInput, ...]
    options: HouseholdOptions
    at: date | None = None


_KIND_LABELS = {
    DwellingKind.DETACHED: "maison individuelle isolée",
    DwellingKind.SEMI_DETACHED: "maison jumelée",
    DwellingKind.TERRACED: "maison mitoyenne",
    DwellingKind.FLAT: "appartement",
}
_GENERATOR_LABELS = {
    Generator.BOILER: "chaudière",
    Generator.HEAT_PUMP: "pompe à chaleur",
    Generator.JOULE: "émetteurs électriques à effet Joule",
    Generator.STOVE: "poêle",
    Generator.SUBSTATION: "sous-station de réseau de chaleur",
}
