"""City profile: what makes the tool one city's (name, codes, climate, districts, contacts).

A profile is a JSON file (see ``data/bethune.json``); another city writes its own and no code
changes. :func:`diag_app.city.loader.load_city_profile` reads and checks one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROFILE_FORMAT = 1
CLIMATE_ZONES = ("H1a", "H1b", "H1c", "H2a", "H2b", "H2c", "H2d", "H3")
# Altitude classes of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1, § 18).
ALTITUDE_CLASSES = ("<400 m", "400-800 m", ">800 m")


@dataclass(frozen=True)
class HeatNetwork:
    """A district-heating network, by its identifier in the yearly list of networks.

    Where it serves, as far as the city knows (``to_verify`` until the operator confirms it):
    ``districts`` it covers, ``partly_served_districts`` it crosses in part (an extension may be
    short or not), ``streets`` it runs along (matched against an address, accents and case
    ignored); ``classified``: a « réseau classé » (Code de l'énergie L712-1) whose priority
    perimeter imposes connection in the cases of the law.
    """

    id: str
    name: str
    districts: tuple[str, ...]
    partly_served_districts: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    classified: bool = False
    sources: tuple[str, ...] = ()
    to_verify: bool = True


@dataclass(frozen=True)
class AirQualityPlan:
    """Whether the city lies in a plan de protection de l'atmosphère (PPA), which restricts wood
    heating; ``name`` and ``source`` are printed with the wood verdict."""

    covered: bool
    name: str
    source: str
    to_verify: bool


@dataclass(frozen=True)
class WindExposure:
    """Surroundings of a small wind turbine: a Davenport–Wieringa roughness class of
    ``calculators/options/data/small_wind.json`` (``centre_ville``…) and the mean height of the
    surrounding buildings and trees [m]."""

    terrain: str
    obstacle_height_m: float


@dataclass(frozen=True)
class WindTerrain:
    """The city's default exposure and the exposure of some districts, with their source."""

    default: WindExposure
    districts: Mapping[str, WindExposure]
    source: str
    to_verify: bool

    def for_district(self, district: str | None) -> WindExposure:
        """The exposure of ``district``, or the city's default."""
        return self.districts.get(district or "", self.default)


@dataclass(frozen=True)
class Contact:
    """A local adviser or office printed on advice; ``to_verify`` until the city confirms it."""

    name: str
    role: str
    address: str | None
    phone: str | None
    url: str | None
    to_verify: bool


@dataclass(frozen=True)
class MonthlyClimateData:
    """Monthly climate a synthetic typical year is built from when no weather file is given.

    ``ghi_kwh_m2``: global horizontal irradiation of each month, January first [kWh/m²/month];
    ``temp_air_c``: mean air temperature of each month [°C]; ``source``: short French label
    printed on every output that uses them; ``references``: the published sources and periods
    in full; ``to_verify``: true while a value could not be confirmed from its source.
    """

    ghi_kwh_m2: tuple[float, ...]
    temp_air_c: tuple[float, ...]
    source: str
    references: tuple[str, ...]
    to_verify: bool


@dataclass(frozen=True)
class CityProfile:
    """One city. Latitude/longitude in decimal degrees (WGS84), altitudes in metres.

    ``monthly_climate`` is ``None`` for a profile without one: solar estimates then need a
    weather file from the user. ``air_quality_plan`` and ``wind_terrain`` are ``None`` when
    the profile does not say: the « nouvelles énergies » diagnostic then says it assumed.
    """

    name: str
    insee: str
    postcode: str
    departement: str
    latitude: float
    longitude: float
    altitude_m: float
    altitude_min_m: float
    altitude_max_m: float
    climate_zone: str
    altitude_class: str
    districts: tuple[str, ...]
    districts_to_confirm: bool
    heat_networks: tuple[HeatNetwork, ...]
    contacts: tuple[Contact, ...]
    logo: Path | None
    source: Path
    monthly_climate: MonthlyClimateData | None = None
    air_quality_plan: AirQualityPlan | None = None
    wind_terrain: WindTerrain | None = None
