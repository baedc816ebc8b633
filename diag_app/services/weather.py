"""Where a solar estimate takes its sky from: the typical weather year and the far horizon.

The weather is the user's file when one is given (PVGIS csv/json or EPW, read by
:func:`calculators.solar.weather.read_weather_file`); otherwise the « année type synthétique »
built from the city profile's monthly climate, cached per profile. A year is used at the
roof's place (same hourly values, sun computed there) up to :data:`MAX_DISTANCE_KM` from where
it stands for: farther, its climate no longer represents the roof and a nearer file is needed.

The solar calculators raise :class:`~calculators.solar.errors.SolarError` (a ``ValueError``);
:func:`solar_input_errors` turns them into :class:`~diag_app.errors.ValidationError` with the
same French message and field, so the CLI and the UI show them like any other input error.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from calculators.solar.errors import SolarError
from calculators.solar.horizon import MAX_POINTS, HorizonProfile
from calculators.solar.weather import MonthlyClimate, Site, TypicalYear, read_weather_file
from calculators.solar.weather import synthetic_year as build_synthetic_year
from calculators.solar.weather.pvgis import ATTRIBUTION as PVGIS_ATTRIBUTION
from diag_app.city.profile import CityProfile
from diag_app.errors import ValidationError

SYNTHETIC_SEED = 0
"""Seed of the city's synthetic year: every run and every user gets the same year."""

MAX_DISTANCE_KM = 100.0
"""Farthest a roof may be from the weather's place. Monthly irradiation in the Nord–Pas-de-
Calais plain changes by a few per cent over such distances (PVGIS maps); beyond, the user must
bring the typical year of the place. 100 km keeps the PVGIS years of Courtrai and Roulers
(57–58 km from Béthune) usable for Béthune's roofs."""

EARTH_RADIUS_KM = 6371.0
"""Mean Earth radius (IUGG), for the great-circle distance."""

HORIZON_FIELD = "masque d'horizon"
PVGIS_HORIZON_COLUMNS = ["A", "H_hor"]
"""First columns of a PVGIS horizon export (« printhorizon » tool, csv): azimuth from south
(0 = S, 90 = W, −90 = E) and horizon height, both in degrees (PVGIS 5 user manual)."""


@dataclass(frozen=True, eq=False)
class WeatherYear:
    """A typical year ready for estimates, with the French label every output carries.

    ``label`` names the file or says « année type synthétique (…source…) »; ``attribution`` is
    « PVGIS © European Union » when the data come from PVGIS, else ``None``; ``key``
    identifies the data (place, monthly figures and seed, or file path, size and modification
    time) so that results derived from it can be cached.
    """

    year: TypicalYear
    label: str
    attribution: str | None
    key: tuple[object, ...]

    @property
    def site(self) -> Site:
        return self.year.site


@contextmanager
def solar_input_errors(where: str = "") -> Iterator[None]:
    """Re-raise the calculators' input errors as :class:`ValidationError` (``where`` prefixed)."""
    try:
        yield
    except SolarError as exc:
        raise ValidationError(f"{where}{exc.message}", field=exc.field) from exc


def city_weather(city: CityProfile) -> WeatherYear:
    """The synthetic typical year of ``city``'s monthly climate, at its centre (cached)."""
    data = city.monthly_climate
    if data is None:
        raise ValidationError(
            f"Le profil de ville {city.name} ne contient pas de climat mensuel "
            "(« monthly_climate ») : indiquez un fichier météo (PVGIS ou EPW).",
            field="fichier météo",
        )
    with solar_input_errors(f"Profil de ville {city.name}, climat mensuel : "):
        site = Site(city.latitude, city.longitude, city.altitude_m)
        climate = MonthlyClimate(data.ghi_kwh_m2, data.temp_air_c, data.source)
        year = _synthetic_year(site, climate, SYNTHETIC_SEED)
    return WeatherYear(year, year.source, None, ("profil", site, climate, SYNTHETIC_SEED))


@lru_cache(maxsize=4)
def _synthetic_year(site: Site, climate: MonthlyClimate, seed: int) -> TypicalYear:
    """One synthetic year per profile and seed: ~0.1 s to build, then shared (read-only)."""
    return build_synthetic_year(site, climate, seed=seed)


def file_weather(path: Path, fallback: Site | None = None) -> WeatherYear:
    """The typical year of the user's weather file; its messages name the file and the line.

    ``fallback`` is the place of a file that does not state its own (a PVGIS csv whose header
    block was removed and whose name was changed): the roof's place, in practice.
    """
    file = Path(path).expanduser()
    require_file(file, "Fichier météo", "fichier météo")
    with solar_input_errors():
        year = read_weather_file(file, site=fallback)
    attribution = PVGIS_ATTRIBUTION if PVGIS_ATTRIBUTION in year.source else None
    stat = file.stat()
    key = ("fichier", str(file.resolve()), stat.st_size, stat.st_mtime_ns, year.site)
    return WeatherYear(year, year.source, attribution, key)


def require_file(path: Path, what: str, field: str) -> None:
    """Refuse a missing path or a folder with a French message (the OS's may be English)."""
    if not path.exists():
        raise ValidationError(f"{what} « {path} » introuvable.", field=field)
    if path.is_dir():
        raise ValidationError(f"{what} « {path} » est un dossier, pas un fichier.", field=field)


def degrees(value: float, decimals: int) -> str:
    """An angle as French text (decimal comma)."""
    return f"{value:.{decimals}f}".replace(".", ",")


def distance_km(a: Site, latitude_deg: float, longitude_deg: float) -> float:
    """Great-circle distance [km] from ``a`` to a point (haversine formula)."""
    phi1, phi2 = math.radians(a.latitude_deg), math.radians(latitude_deg)
    dphi = phi2 - phi1
    dlambda = math.radians(longitude_deg - a.longitude_deg)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2.0 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def year_at(weather: WeatherYear, latitude_deg: float, longitude_deg: float) -> TypicalYear:
    """``weather``'s hourly values with the sun of the given place (same altitude).

    Refuses a place outside the valid coordinates or farther than :data:`MAX_DISTANCE_KM`.
    """
    with solar_input_errors():
        place = Site(latitude_deg, longitude_deg, weather.site.altitude_m)
    far = distance_km(weather.site, latitude_deg, longitude_deg)
    if far > MAX_DISTANCE_KM:
        raise ValidationError(
            f"Le lieu {degrees(latitude_deg, 4)} N, {degrees(longitude_deg, 4)} E est à "
            f"{far:.0f} km du lieu de l'année météo ({degrees(weather.site.latitude_deg, 3)} N, "
            f"{degrees(weather.site.longitude_deg, 3)} E) ; au-delà de {MAX_DISTANCE_KM:.0f} km "
            "elle ne le représente plus : indiquez un fichier météo du lieu (PVGIS ou EPW).",
            field="latitude",
        )
    if place == weather.site:
        return weather.year
    source = weather.year
    return TypicalYear(
        site=place,
        hourly=source.hourly,
        source=source.source,
        synthetic=source.synthetic,
        time_offset_min=source.time_offset_min,
    )


@dataclass(frozen=True)
class Horizon:
    """A horizon profile read from a file, with the French label outputs carry."""

    profile: HorizonProfile
    label: str


def read_horizon_file(path: Path) -> Horizon:
    """Read a far-horizon profile: our simple CSV or a PVGIS horizon export.

    Simple CSV: one ``azimut;hauteur`` per line in degrees (azimuth from north clockwise, 180
    south; height above the horizontal), an optional header line, ``#`` comments, decimal
    comma accepted; ``,``, tab or space also separate the two values. At most
    :data:`~calculators.solar.horizon.MAX_POINTS` points. Every error names the line.
    """
    file = Path(path).expanduser()
    require_file(file, "Masque d'horizon", HORIZON_FIELD)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Masque d'horizon {file.name} illisible : {exc.strerror or exc}.", field=HORIZON_FIELD
        ) from exc
    if b"\x00" in raw[:4096]:
        raise ValidationError(
            f"{file.name} est un fichier binaire, pas un masque d'horizon (azimut;hauteur).",
            field=HORIZON_FIELD,
        )
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        lines = raw.decode("cp1252", errors="replace").splitlines()
    header = next(
        (n for n, line in enumerate(lines) if line.split()[:2] == PVGIS_HORIZON_COLUMNS), None
    )
    if header is None:
        points, kind = _simple_points(file.name, lines), "azimut;hauteur"
    else:
        points, kind = _pvgis_points(file.name, lines, header), f"export PVGIS, {PVGIS_ATTRIBUTION}"
    with solar_input_errors(f"Masque d'horizon {file.name} : "):
        profile = HorizonProfile.from_points((azimuth, height) for _, azimuth, height in points)
    return Horizon(profile, f"masque d'horizon {file.name} ({len(points)} points, {kind})")


def _simple_points(name: str, lines: list[str]) -> list[tuple[int, float, float]]:
    points: list[tuple[int, float, float]] = []
    seen_content = False
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        fields = _split_pair(text)
        first = not seen_content
        seen_content = True
        if len(fields) != 2:
            _horizon_error(name, number, f"deux valeurs attendues (azimut;hauteur), lu « {text} »")
        values = [_degrees(field) for field in fields]
        if first and all(v is None for v in values):
            continue
        points.append(_checked_point(name, number, fields, values, points))
    if not points:
        _horizon_error(name, None, "aucun point azimut;hauteur")
    return points


def _pvgis_points(name: str, lines: list[str], header: int) -> list[tuple[int, float, float]]:
    points: list[tuple[int, float, float]] = []
    for number, line in enumerate(lines[header + 1 :], start=header + 2):
        fields = line.split()[:2]
        if len(fields) < 2:
            break
        from_south, height = (_degrees(field) for field in fields)
        if from_south is None or height is None:
            break
        azimuth = from_south + 180.0
        if azimuth >= 360.0:
            continue
        points.append(_checked_point(name, number, fields, [azimuth, height], points))
    if not points:
        _horizon_error(name, header + 1, "export PVGIS sans ligne de données après l'en-tête")
    return points


def _split_pair(text: str) -> list[str]:
    if ";" in text:
        fields = text.split(";")
    elif len(text.split()) > 1:
        fields = text.split()
    else:
        fields = text.split(",")
    while fields and not fields[-1].strip():
        fields.pop()
    return [field.strip() for field in fields]


def _degrees(field: str) -> float | None:
    try:
        value = float(field.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _checked_point(
    name: str,
    number: int,
    fields: list[str],
    values: list[float | None],
    previous: list[tuple[int, float, float]],
) -> tuple[int, float, float]:
    """The (line, azimuth, height) of a data line, refused with the line if it is wrong."""
    for label, field, value, high in zip(
        ("azimut", "hauteur"), fields, values, (360.0, 90.0), strict=True
    ):
        if value is None:
            _horizon_error(name, number, f"{label} « {field} » n'est pas un nombre")
        elif not 0.0 <= value <= high:
            _horizon_error(name, number, f"{label} {value:g}° hors de [0 ; {high:g}]")
    azimuth, height = float(values[0] or 0.0), float(values[1] or 0.0)
    for line, other, _ in previous:
        if other % 360.0 == azimuth % 360.0:
            _horizon_error(name, number, f"azimut {azimuth:g}° déjà donné ligne {line}")
    if len(previous) >= MAX_POINTS:
        _horizon_error(name, number, f"plus de {MAX_POINTS} points")
    return number, azimuth, height


def _horizon_error(name: str, number: int | None, why: str) -> None:
    where = f", ligne {number}" if number is not None else ""
    raise ValidationError(f"Masque d'horizon {name}{where} : {why}.", field=HORIZON_FIELD)
