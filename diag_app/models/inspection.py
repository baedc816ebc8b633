"""An on-site inspection: who visited, when, what they saw; recorded on a laptop, synced later."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from diag_app.models.base import RegisterRow
from diag_app.models.columns import json_object, limited_text, required_text


class Inspection(RegisterRow):
    """A visit to a dwelling, optionally for a case.

    ``findings`` holds structured observations (element → remark) in JSON; ``origin_device_id``
    names the laptop that recorded it, so a later sync can tell where a row came from.
    """

    __tablename__ = "inspection"

    dwelling_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dwelling.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    inspector: Mapped[str] = mapped_column(String(200))
    visited_at: Mapped[datetime] = mapped_column()
    observations: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    origin_device_id: Mapped[str] = mapped_column(String(100), default="")

    @validates("inspector")
    def _check_inspector(self, _key: str, value: str) -> str:
        return required_text(value, field="inspecteur", max_length=200)

    @validates("observations")
    def _check_observations(self, _key: str, value: str | None) -> str:
        return limited_text(value, field="observations", max_length=100_000)

    @validates("findings")
    def _check_findings(self, _key: str, value: Any) -> dict[str, Any]:
        return json_object(value, field="constats")

    @validates("origin_device_id")
    def _check_device(self, _key: str, value: str | None) -> str:
        return limited_text(value, field="appareil d'origine", max_length=100)
