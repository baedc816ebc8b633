"""Register tables as CSV files for Excel: French headers, ``;`` separators, decimal commas.

UTF-8 with a byte-order mark, which Excel needs to read accents right; ``;`` and decimal commas
are what a French-locale Excel expects. A text cell starting with ``=``, ``+``, ``-`` or ``@`` is
prefixed with an apostrophe so Excel shows it instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from diag_app.fileio import write_bytes_atomic
from diag_app.services.cases import MAX_LIST
from diag_app.services.records import CaseRecord, DwellingQuery, DwellingRecord
from diag_app.services.register import RegisterService

BOM = "\ufeff"
PAGE = 1_000

DWELLING_COLUMNS: tuple[tuple[str, Callable[[DwellingRecord], Any]], ...] = (
    ("Adresse", lambda r: r.address_label),
    ("Quartier", lambda r: r.district),
    ("Type", lambda r: r.dwelling_type),
    ("Année de construction", lambda r: r.construction_year),
    ("Surface de référence (m²)", lambda r: r.reference_surface_m2),
    ("Niveaux", lambda r: r.levels),
    ("Hauteur sous plafond (m)", lambda r: r.ceiling_height_m),
    ("Énergie de chauffage", lambda r: r.heating_energy),
    ("Dernière étiquette", lambda r: r.latest_label),
    ("Date du dernier diagnostic", lambda r: r.latest_diagnostic_on),
    ("Clé BAN", lambda r: r.ban_key),
    ("Identifiant RNB", lambda r: r.rnb_id),
    ("Parcelle cadastrale", lambda r: r.parcel_id),
    ("Latitude", lambda r: r.latitude),
    ("Longitude", lambda r: r.longitude),
)
CASE_COLUMNS: tuple[tuple[str, Callable[[CaseRecord], Any]], ...] = (
    ("N° de permis", lambda r: r.permit_number),
    ("Date de dépôt", lambda r: r.filed_on),
    ("Demandeur", lambda r: r.applicant_name),
    ("Contact", lambda r: r.applicant_contact),
    ("Conseiller", lambda r: r.adviser_name),
    ("Nature du projet", lambda r: r.project_kind),
    ("Description", lambda r: r.project_description),
    ("Statut", lambda r: r.status),
    ("Adresse du logement", lambda r: r.dwelling_address),
)


def cell(value: Any) -> str:
    """One value as Excel (French locale) reads it."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",") if abs(value) < 1e15 else str(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def to_csv(columns: tuple[tuple[str, Callable[[Any], Any]], ...], rows: Iterable[Any]) -> bytes:
    """The CSV file's bytes (with BOM) for ``rows`` under French ``columns``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(name for name, _ in columns)
    for row in rows:
        writer.writerow(cell(get(row)) for _, get in columns)
    return (BOM + buffer.getvalue()).encode("utf-8")


def all_dwellings(service: RegisterService) -> Iterator[DwellingRecord]:
    """Every dwelling by address, read page by page."""
    offset = 0
    while True:
        page = service.list_dwellings(DwellingQuery(offset=offset, limit=PAGE))
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def write_register_csv(service: RegisterService, path: Path) -> int:
    """Write the dwellings to ``path`` (atomically); returns how many rows were written."""
    rows = list(all_dwellings(service))
    write_bytes_atomic(path, to_csv(DWELLING_COLUMNS, rows))
    return len(rows)


def write_cases_csv(service: RegisterService, path: Path) -> int:
    """Write every case to ``path`` (atomically); returns how many rows were written."""
    rows = service.list_cases(limit=MAX_LIST)
    write_bytes_atomic(path, to_csv(CASE_COLUMNS, rows))
    return len(rows)
