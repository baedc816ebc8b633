"""Cases (dossiers): records to rows and back, and the accent-insensitive search of the list.

The search matches the case's folded permit number, applicant and description, and the linked
dwelling's folded address and identifiers: "bethune" finds "Béthune" on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from diag_app.errors import ConflictError, UserError, ValidationError
from diag_app.models import Case, Dwelling
from diag_app.models.text import like_pattern
from diag_app.services.records import CaseRecord
from diag_app.services.transactions import CONFLICT_MESSAGE

EDITABLE = (
    "permit_number",
    "filed_on",
    "applicant_name",
    "applicant_contact",
    "adviser_name",
    "project_kind",
    "status",
    "dwelling_id",
)
MAX_LIST = 10_000


def search(session: Session, text: str, limit: int) -> list[CaseRecord]:
    """Cases matching ``text`` (all when empty), newest filing first, at most ``limit``."""
    if not 0 < limit <= MAX_LIST:
        raise ValidationError(
            f"Nombre de dossiers demandé invalide : {limit} (de 1 à {MAX_LIST}).", field="limite"
        )
    stmt = select(Case).outerjoin(Dwelling, Case.dwelling_id == Dwelling.id)
    if text.strip():
        pattern = like_pattern(text)
        stmt = stmt.where(
            or_(Case.search.like(pattern, escape="\\"), Dwelling.search.like(pattern, escape="\\"))
        )
    stmt = stmt.order_by(
        Case.filed_on.desc().nulls_last(), Case.created_at.desc(), Case.id
    ).limit(limit)
    return [to_record(row) for row in session.scalars(stmt).unique()]


def get(session: Session, case_id: uuid.UUID) -> CaseRecord:
    row = session.get(Case, case_id)
    if row is None:
        raise UserError("Ce dossier n'existe pas (ou plus) dans le registre.", field="dossier")
    return to_record(row)


def save(session: Session, record: CaseRecord) -> uuid.UUID:
    """Insert (no id, or an id never saved: version 0) or update with optimistic locking."""
    if record.dwelling_id is not None and session.get(Dwelling, record.dwelling_id) is None:
        raise ValidationError(
            "Le logement lié à ce dossier n'existe pas (ou plus) dans le registre.",
            field="logement",
        )
    row = session.get(Case, record.id) if record.id is not None else None
    if row is None:
        if record.version:
            raise ConflictError(
                "Ce dossier a été supprimé du registre depuis que vous l'avez ouvert : rien n'a "
                "été enregistré."
            )
        row = Case(id=record.id or uuid.uuid4())
        session.add(row)
    elif row.version != record.version:
        raise ConflictError(CONFLICT_MESSAGE)
    for name in EDITABLE:
        setattr(row, name, getattr(record, name))
    row.description = record.project_description
    session.flush()
    return row.id


def to_record(row: Case) -> CaseRecord:
    return CaseRecord(
        id=row.id,
        permit_number=row.permit_number or "",
        filed_on=row.filed_on,
        applicant_name=row.applicant_name,
        applicant_contact=row.applicant_contact,
        adviser_name=row.adviser_name,
        project_kind=row.project_kind,
        project_description=row.description,
        status=row.status,
        dwelling_id=row.dwelling_id,
        dwelling_address=row.dwelling.address_label if row.dwelling is not None else "",
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
