"""A case (dossier): a permit filing or a renovation project the advisers follow."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Date, ForeignKey, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from diag_app.models import identifiers
from diag_app.models.base import RegisterRow
from diag_app.models.columns import as_enum, enum_type, limited_text, optional_text, required_text
from diag_app.models.dwelling import Dwelling
from diag_app.models.enums import CaseStatus, ProjectKind
from diag_app.models.text import search_text


class Case(RegisterRow):
    """A consultation about a project, linked to a dwelling of the register when one is known.

    ``search`` holds the folded permit number (spaced and compact), applicant and description;
    the address is searched on the linked dwelling, so it never goes stale here.
    """

    __tablename__ = "case_file"

    permit_number: Mapped[str | None] = mapped_column(String(30), index=True)
    filed_on: Mapped[date | None] = mapped_column(Date)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_contact: Mapped[str] = mapped_column(String(300), default="")
    adviser_name: Mapped[str] = mapped_column(String(200), default="")
    project_kind: Mapped[ProjectKind] = mapped_column(enum_type(ProjectKind))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CaseStatus] = mapped_column(enum_type(CaseStatus), index=True)
    dwelling_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dwelling.id"), index=True)
    search: Mapped[str] = mapped_column(Text, default="")

    dwelling: Mapped[Dwelling | None] = relationship(lazy="joined")

    @validates("permit_number")
    def _check_permit(self, _key: str, value: str | None) -> str | None:
        return optional_text(value, identifiers.normalise_permit_number)

    @validates("applicant_name")
    def _check_applicant(self, _key: str, value: str) -> str:
        return required_text(value, field="nom du demandeur", max_length=200)

    @validates("applicant_contact")
    def _check_contact(self, _key: str, value: str | None) -> str:
        return limited_text(value, field="contact du demandeur", max_length=300)

    @validates("adviser_name")
    def _check_adviser(self, _key: str, value: str | None) -> str:
        return limited_text(value, field="conseiller", max_length=200)

    @validates("description")
    def _check_description(self, _key: str, value: str | None) -> str:
        return limited_text(value, field="description du projet", max_length=20_000)

    @validates("project_kind")
    def _check_kind(self, _key: str, value: Any) -> ProjectKind:
        return as_enum(ProjectKind, value, field="nature du projet")

    @validates("status")
    def _check_status(self, _key: str, value: Any) -> CaseStatus:
        return as_enum(CaseStatus, value, field="statut du dossier")


@event.listens_for(Case, "before_insert")
@event.listens_for(Case, "before_update")
def _refresh_search(_mapper: object, _connection: object, row: Case) -> None:
    """Keep the folded search column in step with the permit number, applicant and description."""
    compact = identifiers.compact_permit_number(row.permit_number) if row.permit_number else None
    row.search = search_text(row.permit_number, compact, row.applicant_name, row.description)
