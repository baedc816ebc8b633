"""Diagnostics and inspections: history rows added, never edited, listed newest first."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from diag_app.errors import ConflictError, ValidationError
from diag_app.models import Case, Diagnostic, Dwelling, Inspection, utc_now
from diag_app.models.labels import normalise_letter, worse_of
from diag_app.services.records import DiagnosticRecord, InspectionRecord


def add(session: Session, record: DiagnosticRecord) -> uuid.UUID:
    """Add one snapshot. ``label`` empty: the worse of the energy and climate classes."""
    _check_links(session, record.dwelling_id, record.case_id)
    if record.id is not None and session.get(Diagnostic, record.id) is not None:
        raise ConflictError("Ce diagnostic est déjà enregistré : un diagnostic ne se modifie pas.")
    row = Diagnostic(
        id=record.id or uuid.uuid4(),
        dwelling_id=record.dwelling_id,
        case_id=record.case_id,
        kind=record.kind,
        inputs=record.inputs,
        outputs=record.outputs,
        energy_class=record.energy_class,
        climate_class=record.climate_class,
        label=record.label or _label_from_classes(record),
        cep_kwh_m2=record.cep_kwh_m2,
        eges_kg_m2=record.eges_kg_m2,
        dpe_number=record.dpe_number,
        rules_version=record.rules_version,
        engine_version=record.engine_version,
        performed_at=_aware(record.performed_at) or utc_now(),
    )
    session.add(row)
    session.flush()
    return row.id


def history(session: Session, dwelling_id: uuid.UUID) -> list[DiagnosticRecord]:
    stmt = (
        select(Diagnostic)
        .where(Diagnostic.dwelling_id == dwelling_id)
        .order_by(Diagnostic.performed_at.desc(), Diagnostic.created_at.desc())
    )
    return [diagnostic_record(row) for row in session.scalars(stmt)]


def add_inspection(session: Session, record: InspectionRecord) -> uuid.UUID:
    _check_links(session, record.dwelling_id, record.case_id)
    if record.id is not None and session.get(Inspection, record.id) is not None:
        raise ConflictError("Cette visite est déjà enregistrée.")
    row = Inspection(
        id=record.id or uuid.uuid4(),
        dwelling_id=record.dwelling_id,
        case_id=record.case_id,
        inspector=record.inspector,
        visited_at=_aware(record.visited_at) or utc_now(),
        observations=record.observations,
        findings=record.findings,
        origin_device_id=record.origin_device_id,
    )
    session.add(row)
    session.flush()
    return row.id


def inspections(session: Session, dwelling_id: uuid.UUID) -> list[InspectionRecord]:
    stmt = (
        select(Inspection)
        .where(Inspection.dwelling_id == dwelling_id)
        .order_by(Inspection.visited_at.desc(), Inspection.created_at.desc())
    )
    return [inspection_record(row) for row in session.scalars(stmt)]


def diagnostic_record(row: Diagnostic) -> DiagnosticRecord:
    return DiagnosticRecord(
        id=row.id,
        dwelling_id=row.dwelling_id,
        case_id=row.case_id,
        kind=row.kind,
        inputs=row.inputs,
        outputs=row.outputs,
        energy_class=row.energy_class,
        climate_class=row.climate_class,
        label=row.label,
        cep_kwh_m2=row.cep_kwh_m2,
        eges_kg_m2=row.eges_kg_m2,
        dpe_number=row.dpe_number or "",
        rules_version=row.rules_version,
        engine_version=row.engine_version,
        performed_at=row.performed_at,
        version=row.version,
        created_at=row.created_at,
    )


def inspection_record(row: Inspection) -> InspectionRecord:
    return InspectionRecord(
        id=row.id,
        dwelling_id=row.dwelling_id,
        case_id=row.case_id,
        inspector=row.inspector,
        visited_at=row.visited_at,
        observations=row.observations,
        findings=row.findings,
        origin_device_id=row.origin_device_id,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _label_from_classes(record: DiagnosticRecord) -> str:
    if not (record.energy_class and record.climate_class):
        raise ValidationError(
            "Étiquette manquante : donnez l'étiquette, ou les classes énergie et climat dont elle "
            "découle.",
            field="étiquette",
        )
    return worse_of(
        normalise_letter(record.energy_class, field="classe énergie"),
        normalise_letter(record.climate_class, field="classe climat"),
    )


def _check_links(session: Session, dwelling_id: uuid.UUID, case_id: uuid.UUID | None) -> None:
    if session.get(Dwelling, dwelling_id) is None:
        raise ValidationError(
            "Ce logement n'existe pas (ou plus) dans le registre.", field="logement"
        )
    if case_id is not None and session.get(Case, case_id) is None:
        raise ValidationError(
            "Ce dossier n'existe pas (ou plus) dans le registre.", field="dossier"
        )


def _aware(value: datetime | None) -> datetime | None:
    """Refuse a naive date-time: it would be ambiguous between local time and UTC."""
    if value is not None and value.tzinfo is None:
        raise ValidationError(
            "Date et heure sans fuseau horaire : précisez-le (UTC de préférence).", field="date"
        )
    return value
