"""Production of many roofs from a CSV file, for the `solar-batch` command and the UI.

Input (``ROOFS.csv``): a header then one roof per line, ``;`` or ``,`` separated, UTF-8 with or
without BOM (Windows-1252 accepted), decimal comma accepted. Columns in any order, names
case-insensitive (French aliases in :mod:`diag_app.services.solar_roofs_csv`): ``id``,
``lat``, ``lon``, ``tilt``, ``azimuth``, ``kwp`` or ``area_m2`` (one of them filled on each
line), optional ``loss`` [%]. Other columns are ignored and reported.

A bad line stops everything with a French message naming the line and the column, and nothing
is written; with ``skip_invalid`` the valid roofs are written and the rejected lines go to
``<OUT>.rejets.csv``. Roofs are grouped by place (coordinates rounded to 0.05°) so the sun is
computed once per place, then simulated by the vectorised batch. The output is written
atomically at the very end: a cancellation (the progress callback raising
:class:`~diag_app.errors.Cancelled`) leaves no file behind.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from calculators.solar.batch import simulate_roofs
from calculators.solar.sun_sky import prepare_sky
from calculators.solar.system import RoofFace
from calculators.solar.weather.synthetic import MONTHS
from diag_app.errors import StorageError, ValidationError
from diag_app.fileio import write_bytes_atomic
from diag_app.services.solar_roofs_csv import RoofLine, place_of, read_roofs_csv
from diag_app.services.weather import WeatherYear, year_at
from diag_app.tasks import Progress, no_progress

DISCLAIMER = "Pré-diagnostic indicatif, non opposable"
BOM = "\ufeff"
OUTPUT_COLUMNS = (
    "id", "lat", "lon", "tilt", "azimuth", "kwp", "annual_kwh", "specific_yield_kwh_kwp",
    *(f"{month}_kwh" for month in MONTHS), "source_meteo", "avertissement",
)  # fmt: skip
REJECT_COLUMNS = ("ligne", "id", "colonne", "erreur")


@dataclass(frozen=True)
class BatchRequest:
    """Roofs file to read, result file to write, optional weather file, what to do on errors."""

    roofs_csv: Path
    out_csv: Path
    weather_file: Path | None = None
    skip_invalid: bool = False


@dataclass(frozen=True)
class BatchResult:
    """What was written: counts, totals [kWh/yr], mean yield [kWh/kWc], weather used."""

    out_csv: Path
    roofs: int
    places: int
    total_kwh: float
    mean_specific_yield_kwh_kwp: float
    rejected: int
    rejects_csv: Path | None
    ignored_columns: tuple[str, ...]
    weather_source: str
    attribution: str | None
    disclaimer: str = DISCLAIMER


def rejects_path(out_csv: Path) -> Path:
    """Where ``--skip-invalid`` writes the rejected lines: ``OUT.rejets.csv`` beside ``OUT``."""
    return out_csv.with_name(f"{out_csv.stem}.rejets.csv")


def estimate_batch(
    weather: Callable[[], WeatherYear], request: BatchRequest, progress: Progress = no_progress
) -> BatchResult:
    """Read, check, simulate and write; ``weather()`` gives the typical year to use."""
    roofs_csv, out = Path(request.roofs_csv).expanduser(), Path(request.out_csv).expanduser()
    _check_output(roofs_csv, out)
    used = weather()
    parsed = read_roofs_csv(roofs_csv, used)
    if parsed.rejected and not request.skip_invalid:
        first = parsed.rejected[0]
        others = len(parsed.rejected) - 1
        more = f" (et {others} autre(s) ligne(s) invalide(s))" if others else ""
        raise ValidationError(f"{first.message}{more} ; aucun fichier écrit.", field=first.field)
    if not parsed.roofs:
        raise ValidationError(
            f"{roofs_csv.name} : aucune toiture valide à calculer ; aucun fichier écrit.",
            field="toitures",
        )
    progress(0.0, f"{len(parsed.roofs)} toitures lues")
    annual, monthly, places = _simulate(used, parsed.roofs, progress)
    progress(1.0, "écriture du fichier de résultats")
    rejects = rejects_path(out) if parsed.rejected else None
    if rejects is not None:
        write_bytes_atomic(rejects, _csv_bytes(REJECT_COLUMNS, parsed.rejected_rows()))
    rows = _output_rows(used, parsed.roofs, annual, monthly)
    write_bytes_atomic(out, _csv_bytes(OUTPUT_COLUMNS, rows))
    peak = sum(line.roof.peak_kwp for line in parsed.roofs)
    return BatchResult(
        out_csv=out,
        roofs=len(parsed.roofs),
        places=places,
        total_kwh=float(annual.sum()),
        mean_specific_yield_kwh_kwp=float(annual.sum()) / peak,
        rejected=len(parsed.rejected),
        rejects_csv=rejects,
        ignored_columns=parsed.ignored_columns,
        weather_source=used.label,
        attribution=used.attribution,
    )


def _simulate(
    weather: WeatherYear, roofs: list[RoofLine], progress: Progress
) -> tuple[np.ndarray, np.ndarray, int]:
    """Annual [kWh] and monthly (roofs × 12) production, one sun computation per place."""
    groups: dict[tuple[float, float], list[int]] = defaultdict(list)
    for index, line in enumerate(roofs):
        groups[place_of(line.latitude, line.longitude)].append(index)
    annual = np.zeros(len(roofs))
    monthly = np.zeros((len(roofs), 12))
    done = 0
    for (latitude, longitude), indices in groups.items():
        sky = prepare_sky(year_at(weather, latitude, longitude))
        faces: list[RoofFace] = [roofs[i].roof for i in indices]
        report = _overall(progress, done, len(indices), len(roofs))
        result = simulate_roofs(sky, faces, progress=report)
        annual[indices] = result.annual_kwh
        monthly[indices] = result.monthly_kwh
        done += len(indices)
    if not (np.isfinite(annual).all() and np.isfinite(monthly).all()):
        raise ArithmeticError("production non finie dans le calcul par lot")
    return annual, monthly, len(groups)


def _overall(progress: Progress, start: int, size: int, total: int) -> Progress:
    """Turn a place's 0–1 progress into the whole file's, counted in roofs."""

    def report(fraction: float, text: str = "") -> None:
        count = start + round(fraction * size)
        progress(count / total, f"{count} toitures sur {total} calculées")

    return report


def _output_rows(
    weather: WeatherYear, roofs: list[RoofLine], annual: np.ndarray, monthly: np.ndarray
) -> list[list[str]]:
    source = weather.label
    rows = []
    for line, year_kwh, months_kwh in zip(roofs, annual, monthly, strict=True):
        peak = line.roof.peak_kwp
        rows.append(
            [
                _text(line.roof_id),
                _decimal(line.latitude, 6),
                _decimal(line.longitude, 6),
                _decimal(line.roof.tilt_deg, 2),
                _decimal(line.roof.azimuth_deg, 2),
                _decimal(peak, 3),
                _decimal(year_kwh, 1),
                _decimal(year_kwh / peak, 1),
                *(_decimal(value, 1) for value in months_kwh),
                source,
                DISCLAIMER,
            ]
        )
    return rows


def _decimal(value: float, digits: int) -> str:
    """A number as a French-locale Excel reads it: decimal comma, trailing zeros dropped."""
    text = f"{float(value):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", ",")


def _text(value: str) -> str:
    """A text cell Excel shows as typed (a leading = + - @ would start a formula)."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


def _csv_bytes(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def _check_output(roofs_csv: Path, out: Path) -> None:
    """Fail before computing when the result file could not be written."""
    if out.resolve() == roofs_csv.resolve():
        raise ValidationError(
            f"Le fichier de résultats « {out} » est le fichier des toitures : choisissez un "
            "autre nom (--out).",
            field="--out",
        )
    if out.is_dir():
        raise StorageError(f"« {out} » est un dossier : indiquez un nom de fichier (--out).")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Impossible de créer le dossier de « {out} » : {exc.strerror or exc}."
        ) from exc
    if not os.access(out.parent, os.W_OK):
        raise StorageError(f"Le dossier de « {out} » n'est pas accessible en écriture.")
