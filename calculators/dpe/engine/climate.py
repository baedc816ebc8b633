"""Climate data of the 3CL-DPE 2021 method (annex 1, chapter 18), by zone and altitude class.

The tables are transcribed in ``climate_data.json`` (our format, one line per zone, each cell
traceable to its table and page: see ``docs/dpe-engine-needs.md``). Months run January to
December (index 0 to 11). A month outside the heating season has no value in the method's
tables (« - »): hours, degree-hours and irradiations are then 0, temperatures ``None``.

Two sets of monthly solicitations exist (§18.2 and §18.3): buildings with heavy inertia made of
old walls (stone, earth, old brick...) have a shorter heating season (§18.3); their cooling and
cold-water data are those of §18.2.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import cache
from importlib import resources
from typing import Any

from calculators.dpe.engine.needs_errors import NeedsInputError

DATA_FILE = "climate_data.json"
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

Monthly = tuple[float, ...]
"""Twelve monthly values, January first."""
MonthlyOptional = tuple[float | None, ...]


class ClimateZone(StrEnum):
    """The eight climate zones (§18.1); values are the method's names."""

    H1A = "H1a"
    H1B = "H1b"
    H1C = "H1c"
    H2A = "H2a"
    H2B = "H2b"
    H2C = "H2c"
    H2D = "H2d"
    H3 = "H3"

    @classmethod
    def from_enum_id(cls, enum_zone_climatique_id: int) -> ClimateZone:
        """Zone from the ADEME ``enum_zone_climatique_id`` (1 = H1a … 8 = H3)."""
        zones = _ZONES_IN_ID_ORDER
        if not 1 <= enum_zone_climatique_id <= len(zones):
            raise NeedsInputError(
                f"zone climatique : identifiant {enum_zone_climatique_id} inconnu (1 à 8)",
                field="zone climatique",
            )
        return zones[enum_zone_climatique_id - 1]


_ZONES_IN_ID_ORDER = tuple(ClimateZone)
"""The zones by ``enum_zone_climatique_id`` − 1 (``list(ClimateZone)`` costs ≈ 4 µs a call)."""


class AltitudeClass(IntEnum):
    """Altitude classes of §18.1–18.3; values are the ADEME ``enum_classe_altitude_id``."""

    BELOW_400 = 1
    FROM_400_TO_800 = 2
    ABOVE_800 = 3

    @classmethod
    def from_altitude(cls, altitude_m: float) -> AltitudeClass:
        """Class of an altitude [m]: < 400, 400 ≤ … < 800, ≥ 800 (§18.1)."""
        if altitude_m < 400:
            return cls.BELOW_400
        return cls.FROM_400_TO_800 if altitude_m < 800 else cls.ABOVE_800


@dataclass(frozen=True, slots=True)
class MonthlyClimate:
    """Monthly solicitations of one zone, altitude class and case (§18.2 or §18.3).

    Heating (19 °C conventional, 21 °C *dépensier*): ``dh19``/``dh21`` degree-hours [°C·h],
    ``nref19``/``nref21`` heating hours [h], ``e`` south vertical irradiation during heating
    [kWh/m²], ``text`` mean outdoor temperature during heating [°C], ``dh14`` [°C·h].
    Hot water: ``tefs`` cold-water temperature [°C]. Cooling (28 °C conventional, 26 °C
    *dépensier*): ``nref28``/``nref26`` [h], ``dh28``/``dh26`` [°C·h], ``e_fr28``/``e_fr26``
    [kWh/m²], ``textmoy_clim28``/``textmoy_clim26`` [°C].
    """

    zone: ClimateZone
    altitude: AltitudeClass
    parois_anciennes: bool
    section: str
    """Section of annex 1 the heating data come from (``"18.2.1"``...)."""
    text: MonthlyOptional
    e: Monthly
    nref19: Monthly
    nref21: Monthly
    dh19: Monthly
    dh21: Monthly
    dh14: Monthly
    tefs: MonthlyOptional
    nref26: Monthly
    nref28: Monthly
    dh26: Monthly
    dh28: Monthly
    e_fr26: Monthly
    e_fr28: Monthly
    textmoy_clim26: MonthlyOptional
    textmoy_clim28: MonthlyOptional


class GlazingOrientation(StrEnum):
    """Orientation sectors of §6.2.2 (each 90° wide) and the horizontal case of §18.5."""

    SUD = "sud"
    OUEST = "ouest"
    NORD = "nord"
    EST = "est"
    HORIZONTAL = "horizontal"


class GlazingTilt(StrEnum):
    """Tilt classes of the C1 table (§18.5), measured from the horizontal."""

    VERTICAL = "sup75"
    """≥ 75°."""
    INCLINED = "25-75"
    """25° ≤ tilt < 75°."""
    LOW = "inf25"
    """< 25°."""
    HORIZONTAL = "horizontal"


@cache
def _document() -> Mapping[str, Any]:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    loaded: Mapping[str, Any] = json.loads(text)
    return loaded


def source() -> Mapping[str, str]:
    """Where the data come from (text, file, chapter, date in force, transcription)."""
    src: Mapping[str, str] = _document()["source"]
    return src


def zone_for_departement(departement: str) -> ClimateZone:
    """Climate zone of a metropolitan département code (``"62"``, ``"2A"``), §18.1."""
    code = departement.strip().upper().zfill(2)
    zone = _document()["departements"]["zones"].get(code)
    if zone is None:
        raise NeedsInputError(
            f"département « {departement} » : pas de zone climatique dans la méthode 3CL "
            "(France métropolitaine seulement, §18.1)",
            field="département",
        )
    return ClimateZone(zone)


@cache
def base_temperature(zone: ClimateZone, altitude: AltitudeClass) -> float:
    """Outdoor base temperature Tbase [°C], §18.1."""
    values: Sequence[float] = _document()["temperature_base"]["valeurs_par_classe_altitude"][zone]
    return float(values[altitude - 1])


@cache
def monthly_climate(
    zone: ClimateZone, altitude: AltitudeClass, parois_anciennes: bool = False
) -> MonthlyClimate:
    """Monthly solicitations for heating, hot water and cooling (§18.2, or §18.3 when the
    building has heavy inertia and old walls; hot-water and cooling data always from §18.2)."""
    standard = _section("standard", altitude)
    heating = _section("parois_anciennes", altitude) if parois_anciennes else standard

    def table(source_section: Mapping[str, Any], name: str) -> Monthly:
        return tuple(0.0 if v is None else float(v) for v in source_section["tables"][name][zone])

    def optional(source_section: Mapping[str, Any], name: str) -> MonthlyOptional:
        return tuple(None if v is None else float(v) for v in source_section["tables"][name][zone])

    return MonthlyClimate(
        zone=zone,
        altitude=altitude,
        parois_anciennes=parois_anciennes,
        section=heating["section"],
        text=optional(heating, "text"),
        e=table(heating, "e"),
        nref19=table(heating, "nref19"),
        nref21=table(heating, "nref21"),
        dh19=table(heating, "dh19"),
        dh21=table(heating, "dh21"),
        dh14=table(heating, "dh14"),
        tefs=optional(standard, "tefs"),
        nref26=table(standard, "nref26"),
        nref28=table(standard, "nref28"),
        dh26=table(standard, "dh26"),
        dh28=table(standard, "dh28"),
        e_fr26=table(standard, "e_fr26"),
        e_fr28=table(standard, "e_fr28"),
        textmoy_clim26=optional(standard, "textmoy_clim26"),
        textmoy_clim28=optional(standard, "textmoy_clim28"),
    )


@cache
def c1_coefficients(
    zone: ClimateZone, orientation: GlazingOrientation, tilt: GlazingTilt
) -> Monthly:
    """Monthly orientation and tilt coefficients C1 of a glazing (§18.5) [-].

    A horizontal glazing, or any glazing whose orientation is horizontal, takes the
    « Horizontal » column.
    """
    if orientation is GlazingOrientation.HORIZONTAL or tilt is GlazingTilt.HORIZONTAL:
        column = "horizontal"
    else:
        column = f"{orientation.value}|{tilt.value}"
    values: Sequence[float] = _document()["c1"]["valeurs"][zone][column]
    return tuple(float(v) for v in values)


@cache
def pv_irradiation(zone: ClimateZone) -> Monthly:
    """Monthly irradiation E-pv used for photovoltaic production [kWh/m²] (§18.2)."""
    return tuple(float(v) for v in _document()["e_pv"]["valeurs"][zone])


def _section(case: str, altitude: AltitudeClass) -> Mapping[str, Any]:
    for entry in _document()["sollicitations"]:
        if entry["cas"] == case and entry["classe_altitude"] == altitude:
            section: Mapping[str, Any] = entry
            return section
    raise LookupError(f"{DATA_FILE} : pas de données « {case} » pour la classe {altitude}")
