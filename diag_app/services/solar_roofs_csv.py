"""Read and check the roofs file of a batch estimate, keeping the file line of every roof.

Format in :mod:`diag_app.services.solar_batch`. Each line becomes a checked
:class:`~calculators.solar.system.RoofFace` or a :class:`RejectedLine` whose French message
names the file, the line and the column; the header itself must be right or the whole file
is refused.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

from calculators.solar.errors import SolarError
from calculators.solar.parameters import DEFAULT_SYSTEM_LOSSES_PCT
from calculators.solar.system import RoofFace
from diag_app.errors import ValidationError
from diag_app.services.weather import MAX_DISTANCE_KM, WeatherYear, distance_km, require_file

COLUMNS = {
    "id": ("id", "identifiant"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "lng", "longitude"),
    "tilt": ("tilt", "inclinaison", "pente"),
    "azimuth": ("azimuth", "azimut", "orientation"),
    "kwp": ("kwp", "kwc"),
    "area_m2": ("area_m2", "surface_m2"),
    "loss": ("loss", "pertes"),
}
"""Our column names and the header spellings accepted for each (case-insensitive)."""

REQUIRED = ("id", "lat", "lon", "tilt", "azimuth")
FIELD_COLUMNS = {
    "inclinaison": "tilt",
    "orientation (azimut)": "azimuth",
    "puissance crête": "kwp",
    "surface utile": "area_m2",
    "pertes système": "loss",
}
"""Column to blame for each field a :class:`RoofFace` error names."""

PLACE_STEP_DEG = 0.05
"""Roofs are grouped by coordinates rounded to 0.05° (a place is ±2.8 km north–south, ±1.8 km
east–west at Béthune): moving a roof by 0.025° in both directions changed its yearly yield by
0.04 % at most (5 orientations, tested in tests/services/test_solar_batch.py), far below the
model's own error, while a city then needs a handful of sun computations (~0.08 s each)."""

COORDINATE_RANGES = {"lat": (-90.0, 90.0), "lon": (-180.0, 180.0)}


@dataclass(frozen=True)
class RoofLine:
    """One valid roof: its file line, identifier, coordinates [°] and checked face."""

    line: int
    roof_id: str
    latitude: float
    longitude: float
    roof: RoofFace


@dataclass(frozen=True)
class RejectedLine:
    """One refused line: ``message`` names the file, the line and the column (no final period)."""

    line: int
    roof_id: str
    column: str | None
    message: str

    @property
    def field(self) -> str:
        return f"ligne {self.line}"


@dataclass(frozen=True)
class RoofsFile:
    """The roofs read, the lines refused and the header columns that were not used."""

    roofs: list[RoofLine]
    rejected: list[RejectedLine]
    ignored_columns: tuple[str, ...]

    def rejected_rows(self) -> list[list[str]]:
        """The refused lines as rows of the rejects file (line, id, column, error)."""
        return [[str(r.line), r.roof_id, r.column or "", r.message] for r in self.rejected]


class _LineError(Exception):
    def __init__(self, column: str | None, why: str) -> None:
        super().__init__(why)
        self.column = column
        self.why = why.rstrip(".")


def place_of(latitude: float, longitude: float) -> tuple[float, float]:
    """The rounded coordinates roofs are grouped by (see :data:`PLACE_STEP_DEG`)."""
    return _snap(latitude), _snap(longitude)


def _snap(value_deg: float) -> float:
    return round(round(value_deg / PLACE_STEP_DEG) * PLACE_STEP_DEG, 6)


def read_roofs_csv(path: Path, weather: WeatherYear) -> RoofsFile:
    """Read ``path``; every roof must lie within reach of ``weather`` (see weather.py)."""
    name = path.name
    rows = _rows(path)
    if not rows:
        raise ValidationError(f"{name} : fichier vide, un en-tête est attendu.", field="ligne 1")
    header_line, header = rows[0]
    columns, ignored = _columns(name, header_line, header)
    roofs: list[RoofLine] = []
    rejected: list[RejectedLine] = []
    seen: dict[str, int] = {}
    for line, row in rows[1:]:
        cells = {key: (row[i] if i < len(row) else "").strip() for key, i in columns.items()}
        try:
            _check_width(row, len(header))
            roofs.append(_roof(line, cells, seen, weather))
        except _LineError as exc:
            where = f", colonne « {exc.column} »" if exc.column else ""
            message = f"{name}, ligne {line}{where} : {exc.why}"
            rejected.append(RejectedLine(line, cells.get("id", ""), exc.column, message))
    return RoofsFile(roofs, rejected, ignored)


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty rows with their file line, header first."""
    require_file(path, "Fichier des toitures", "toitures")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Fichier des toitures « {path} » illisible : {exc.strerror or exc}.", field="toitures"
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                f"{path.name} : encodage illisible ; enregistrez le fichier en UTF-8 (CSV).",
                field="toitures",
            ) from exc
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if ";" in first else "," if "," in first else "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = reader.line_num + 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(
            f"{path.name}, ligne {reader.line_num} : ligne CSV illisible ({exc}).",
            field=f"ligne {reader.line_num}",
        ) from exc
    return rows


def _columns(name: str, line: int, header: list[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Our column name → position, and the header names not used."""
    aliases = {alias: key for key, names in COLUMNS.items() for alias in names}
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        label = cell.strip().lstrip("\ufeff").strip()
        key = aliases.get(label.lower())
        if key is None:
            ignored.append(label)
        elif key in positions:
            _header_error(name, line, f"la colonne « {label} » apparaît deux fois")
        else:
            positions[key] = index
    missing = [key for key in REQUIRED if key not in positions]
    if "kwp" not in positions and "area_m2" not in positions:
        missing.append("kwp ou area_m2")
    if missing:
        found = ", ".join(c.strip() for c in header)
        _header_error(
            name, line, f"colonne(s) manquante(s) : {', '.join(missing)} (en-tête lu : {found})"
        )
    return positions, tuple(label for label in ignored if label)


def _header_error(name: str, line: int, why: str) -> None:
    raise ValidationError(
        f"{name}, ligne {line} (en-tête) : {why} ; colonnes attendues : "
        "id;lat;lon;tilt;azimuth;kwp (ou area_m2) et, au choix, loss.",
        field=f"ligne {line}",
    )


def _check_width(row: list[str], width: int) -> None:
    extra = [cell for cell in row[width:] if cell.strip()]
    if extra:
        raise _LineError(None, f"{len(row)} valeurs pour {width} colonnes d'en-tête")


def _roof(line: int, cells: dict[str, str], seen: dict[str, int], weather: WeatherYear) -> RoofLine:
    roof_id = cells["id"]
    if not roof_id:
        raise _LineError("id", "identifiant manquant")
    if roof_id in seen:
        raise _LineError("id", f"identifiant « {roof_id} » déjà utilisé ligne {seen[roof_id]}")
    latitude, longitude = (_coordinate(cells[key], key) for key in ("lat", "lon"))
    far = distance_km(weather.site, *place_of(latitude, longitude))
    if far > MAX_DISTANCE_KM:
        raise _LineError(
            "lat",
            f"lieu à {far:.0f} km de celui de l'année météo (au plus {MAX_DISTANCE_KM:.0f} km) ; "
            "indiquez un fichier météo du lieu (--weather)",
        )
    kwp, area = cells.get("kwp", ""), cells.get("area_m2", "")
    if kwp and area:
        raise _LineError("kwp", "indiquez soit kwp, soit area_m2, pas les deux")
    if not kwp and not area:
        raise _LineError("kwp" if "kwp" in cells else "area_m2", "valeur manquante")
    loss = cells.get("loss", "")
    try:
        roof = RoofFace(
            tilt_deg=_number(cells["tilt"], "tilt"),
            azimuth_deg=_number(cells["azimuth"], "azimuth"),
            peak_power_kwp=_number(kwp, "kwp") if kwp else None,
            area_m2=_number(area, "area_m2") if area else None,
            system_losses_pct=_number(loss, "loss") if loss else DEFAULT_SYSTEM_LOSSES_PCT,
        )
    except SolarError as exc:
        raise _LineError(FIELD_COLUMNS.get(exc.field or ""), exc.message) from exc
    seen[roof_id] = line
    return RoofLine(line, roof_id, latitude, longitude, roof)


def _coordinate(text: str, column: str) -> float:
    value = _number(text, column)
    low, high = COORDINATE_RANGES[column]
    if not low <= value <= high:
        raise _LineError(column, f"{value:g}° hors de l'intervalle [{low:g} ; {high:g}]")
    return value


def _number(text: str, column: str) -> float:
    """A number written with a decimal point or comma; refused with the column otherwise."""
    compact = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not compact:
        raise _LineError(column, "valeur manquante")
    try:
        value = float(compact.replace(",", "."))
    except ValueError:
        raise _LineError(column, f"« {text} » n'est pas un nombre") from None
    if not math.isfinite(value):
        raise _LineError(column, f"« {text} » n'est pas un nombre fini")
    return value
