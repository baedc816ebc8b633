"""A diagnostic: one dated snapshot of a dwelling's energy assessment, never edited afterwards.

Re-running a dwelling adds a row; the history shows how the label moved (works done, a new rules
version such as the electricity factor of 1.9 from 1 January 2026). The rules and engine versions
are stored with the figures so an old result can always be explained.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, event
from sqlalchemy.orm import Mapped, mapped_column, validates

from diag_app.models import identifiers, ranges
from diag_app.models.base import RegisterRow
from diag_app.models.columns import (
    as_enum,
    as_number,
    enum_type,
    json_object,
    optional_text,
    required_text,
)
from diag_app.models.enums import DiagnosticKind
from diag_app.models.labels import normalise_letter


class Diagnostic(RegisterRow):
    """Inputs and outputs of one assessment, with its classes and label (letters A–G).

    ``cep_kwh_m2``: primary energy, 5 uses [kWhEP/m²/yr]; ``eges_kg_m2``: greenhouse-gas
    emissions, 5 uses [kgCO2eq/m²/yr]. ``dpe_number`` is the ADEME number of an official DPE
    this snapshot was read from (kind ``imported``) or compared with.
    """

    __tablename__ = "diagnostic"
    __table_args__ = (Index("ix_diagnostic_dwelling_performed", "dwelling_id", "performed_at"),)

    dwelling_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dwelling.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[DiagnosticKind] = mapped_column(enum_type(DiagnosticKind))
    inputs: Mapped[dict[str, Any]] = mapped_column()
    outputs: Mapped[dict[str, Any]] = mapped_column()
    energy_class: Mapped[str | None] = mapped_column(String(1))
    climate_class: Mapped[str | None] = mapped_column(String(1))
    label: Mapped[str] = mapped_column(String(1))
    cep_kwh_m2: Mapped[float | None] = mapped_column()
    eges_kg_m2: Mapped[float | None] = mapped_column()
    dpe_number: Mapped[str | None] = mapped_column(String(13), index=True)
    rules_version: Mapped[str] = mapped_column(String(300))
    engine_version: Mapped[str] = mapped_column(String(50))
    performed_at: Mapped[datetime] = mapped_column()

    @validates("kind")
    def _check_kind(self, _key: str, value: Any) -> DiagnosticKind:
        return as_enum(DiagnosticKind, value, field="type de diagnostic")

    @validates("energy_class", "climate_class", "label")
    def _check_letter(self, key: str, value: str | None) -> str | None:
        field = {"energy_class": "classe énergie", "climate_class": "classe climat"}
        if value is None and key != "label":
            return None
        return normalise_letter(value or "", field=field.get(key, "étiquette"))

    @validates("cep_kwh_m2", "eges_kg_m2")
    def _check_figure(self, key: str, value: float | None) -> float | None:
        if value is None:
            return None
        bounds = ranges.CEP_KWH_M2 if key == "cep_kwh_m2" else ranges.EGES_KG_M2
        return float(bounds.check(as_number(value, field=bounds.label)))

    @validates("dpe_number")
    def _check_dpe_number(self, _key: str, value: str | None) -> str | None:
        return optional_text(value, identifiers.normalise_dpe_number)

    @validates("rules_version")
    def _check_rules(self, _key: str, value: str) -> str:
        return required_text(value, field="version des règles", max_length=300)

    @validates("engine_version")
    def _check_engine(self, _key: str, value: str) -> str:
        return required_text(value, field="version du moteur", max_length=50)

    @validates("inputs", "outputs")
    def _check_json(self, key: str, value: Any) -> dict[str, Any]:
        return json_object(value, field="données d'entrée" if key == "inputs" else "résultats")


@event.listens_for(Diagnostic, "before_update")
def _refuse_update(_mapper: object, _connection: object, row: Diagnostic) -> None:
    """History is kept: a diagnostic row is written once; a re-run adds a new row."""
    raise RuntimeError(f"diagnostic {row.id} is a snapshot and cannot be updated")
