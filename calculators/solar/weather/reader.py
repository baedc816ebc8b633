"""One entry point for weather files: recognise the format from the content, then read it."""

from __future__ import annotations

from pathlib import Path

from calculators.solar.errors import WeatherError
from calculators.solar.weather.epw import read_epw_file
from calculators.solar.weather.pvgis import TIME_COLUMN, read_pvgis_csv, read_pvgis_json
from calculators.solar.weather.year import Site, TypicalYear

ACCEPTED = "années types PVGIS (csv avec ou sans en-tête, json) et fichiers EPW"


def read_weather_file(path: str | Path, *, site: Site | None = None) -> TypicalYear:
    """Read a typical year from ``path`` (format recognised from its first characters).

    ``site`` gives the location of files that do not state it (PVGIS csv exports whose
    header block was removed). Raises :class:`WeatherError` with a French message naming
    the file, the line or the column to fix.
    """
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise WeatherError(
            f"Fichier météo {file.name} illisible : {exc.strerror or exc}.", field="fichier"
        ) from exc
    if b"\x00" in raw[:4096]:
        raise WeatherError(
            f"{file.name} est un fichier binaire, pas un fichier météo ({ACCEPTED}).",
            field="fichier",
        )
    text = _decode(raw)
    head = text.lstrip()
    if head.startswith("{"):
        return read_pvgis_json(file, text)
    if head.startswith("LOCATION"):
        return read_epw_file(file, text)
    if head.startswith(("Latitude", TIME_COLUMN)):
        return read_pvgis_csv(file, text, site)
    raise WeatherError(
        f"{file.name} n'est pas un fichier météo reconnu ; formats acceptés : {ACCEPTED}.",
        field="fichier",
    )


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) as PVGIS writes; Latin-1 for older EPW files."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
