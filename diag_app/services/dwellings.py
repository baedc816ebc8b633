"""Dwellings: records to rows and back, and the Registre table's query (filter, sort, page in SQL).

``latest_label`` and ``latest_diagnostic_on`` come from each dwelling's newest diagnostic, picked
by a window function in the same query, so sorting and filtering on them also happen in SQL.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, func, select
from sqlalchemy.orm import Session

from diag_app.errors import ConflictError, UserError, ValidationError
from diag_app.models import Diagnostic, Dwelling
from diag_app.models.labels import DPE_LETTERS
from diag_app.models.text import like_pattern
from diag_app.services.records import DwellingQuery, DwellingRecord
from diag_app.services.transactions import CONFLICT_MESSAGE

# Fields a form may change; the rest (id, version, dates, latest_*) belong to the register.
EDITABLE = (
    "address_label",
    "ban_key",
    "rnb_id",
    "parcel_id",
    "district",
    "dwelling_type",
    "construction_year",
    "reference_surface_m2",
    "levels",
    "ceiling_height_m",
    "heating_energy",
    "latitude",
    "longitude",
)
MAX_PAGE = 10_000


def latest_diagnostics() -> Subquery:
    """One row per dwelling with its newest diagnostic's label and date."""
    ranked = select(
        Diagnostic.dwelling_id,
        Diagnostic.label,
        Diagnostic.performed_at,
        func.row_number()
        .over(
            partition_by=Diagnostic.dwelling_id,
            order_by=(Diagnostic.performed_at.desc(), Diagnostic.created_at.desc()),
        )
        .label("rank"),
    ).subquery("ranked")
    return (
        select(ranked.c.dwelling_id, ranked.c.label, ranked.c.performed_at)
        .where(ranked.c.rank == 1)
        .subquery("latest")
    )


def _base(query: DwellingQuery, latest: Subquery, *columns: Any) -> Select[Any]:
    stmt = select(*columns).outerjoin(latest, latest.c.dwelling_id == Dwelling.id)
    if query.text.strip():
        stmt = stmt.where(Dwelling.search.like(like_pattern(query.text), escape="\\"))
    if query.district:
        stmt = stmt.where(Dwelling.district == query.district)
    if query.dwelling_type is not None:
        stmt = stmt.where(Dwelling.dwelling_type == query.dwelling_type)
    if query.labels:
        unknown = set(query.labels) - set(DPE_LETTERS)
        if unknown:
            raise ValidationError(
                f"Étiquette(s) de filtre inconnue(s) : {', '.join(sorted(unknown))}.",
                field="étiquette",
            )
        stmt = stmt.where(latest.c.label.in_(sorted(query.labels)))
    return stmt


def _sort_column(query: DwellingQuery, latest: Subquery) -> ColumnElement[Any]:
    special: dict[str, Any] = {
        "address_label": Dwelling.address_sort,
        "latest_label": latest.c.label,
        "latest_diagnostic_on": latest.c.performed_at,
    }
    column = special.get(query.sort_key)
    if column is None and query.sort_key in (*EDITABLE, "created_at", "updated_at"):
        column = getattr(Dwelling, query.sort_key)
    if column is None:
        raise ValidationError(f"Colonne de tri inconnue : « {query.sort_key} ».", field="tri")
    return column


def count(session: Session, query: DwellingQuery) -> int:
    latest = latest_diagnostics()
    stmt = _base(query, latest, func.count(Dwelling.id))
    return int(session.execute(stmt).scalar_one())


def page(session: Session, query: DwellingQuery) -> list[DwellingRecord]:
    if query.offset < 0 or not 0 < query.limit <= MAX_PAGE:
        raise ValidationError(
            f"Pagination invalide (début {query.offset}, taille {query.limit} ; taille maximale "
            f"{MAX_PAGE}).",
            field="pagination",
        )
    latest = latest_diagnostics()
    column = _sort_column(query, latest)
    order = column.desc() if query.descending else column.asc()
    stmt = (
        _base(query, latest, Dwelling, latest.c.label, latest.c.performed_at)
        .order_by(order.nulls_last(), Dwelling.id)
        .offset(query.offset)
        .limit(query.limit)
    )
    return [to_record(row, label, on) for row, label, on in session.execute(stmt)]


def get(session: Session, dwelling_id: uuid.UUID) -> DwellingRecord:
    latest = latest_diagnostics()
    stmt = (
        select(Dwelling, latest.c.label, latest.c.performed_at)
        .outerjoin(latest, latest.c.dwelling_id == Dwelling.id)
        .where(Dwelling.id == dwelling_id)
    )
    found = session.execute(stmt).first()
    if found is None:
        raise UserError("Ce logement n'existe pas (ou plus) dans le registre.", field="logement")
    return to_record(*found)


def save(session: Session, record: DwellingRecord, districts: tuple[str, ...]) -> uuid.UUID:
    """Insert (no id, or an id never saved: version 0) or update with optimistic locking."""
    if record.district and record.district not in districts:
        raise ValidationError(
            f"Quartier inconnu : « {record.district} » (quartiers de la ville : "
            f"{', '.join(districts)}).",
            field="quartier",
        )
    row = session.get(Dwelling, record.id) if record.id is not None else None
    if row is None:
        if record.version:
            raise ConflictError(
                "Ce logement a été supprimé du registre depuis que vous l'avez ouvert : rien n'a "
                "été enregistré."
            )
        row = Dwelling(id=record.id or uuid.uuid4())
        session.add(row)
    elif row.version != record.version:
        raise ConflictError(CONFLICT_MESSAGE)
    for name in EDITABLE:
        setattr(row, name, getattr(record, name))
    session.flush()
    return row.id


def to_record(row: Dwelling, label: str | None = None, performed_at: Any = None) -> DwellingRecord:
    values = {name: getattr(row, name) for name in EDITABLE}
    for name in ("ban_key", "rnb_id", "parcel_id", "district"):
        values[name] = values[name] or ""
    return DwellingRecord(
        id=row.id,
        latest_label=label,
        latest_diagnostic_on=performed_at.astimezone().date() if performed_at else None,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        **values,
    )
