"""What the services hand to the faces (Qt UI, CLI): plain records, no ORM objects.

The UI never holds a database session. It reads these records, edits copies, and gives them back
to a service, which validates them (``ValidationError`` naming the field) and saves them with
optimistic locking (``ConflictError`` when ``version`` is stale).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from diag_app.models.enums import (
    CaseStatus,
    DiagnosticKind,
    DwellingType,
    HeatingEnergy,
    ProjectKind,
)


@dataclass
class DwellingRecord:
    """One dwelling of the register, as shown in the Registre table and edited in forms."""

    id: uuid.UUID | None = None
    address_label: str = ""  # "12 rue d'Aire, 62400 Béthune"
    ban_key: str = ""  # BAN cle_interop, "62119_0123_00045"
    rnb_id: str = ""  # 12 characters
    parcel_id: str = ""  # 14 characters, "62119000AB0123"
    district: str = ""  # a district of the city profile
    dwelling_type: DwellingType = DwellingType.HOUSE
    construction_year: int | None = None
    reference_surface_m2: float | None = None
    levels: int | None = None
    ceiling_height_m: float | None = None
    heating_energy: HeatingEnergy = HeatingEnergy.UNKNOWN
    latitude: float | None = None
    longitude: float | None = None
    # From the latest diagnostic, read-only here.
    latest_label: str | None = None  # "A".."G"
    latest_diagnostic_on: date | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class CaseRecord:
    """A permit-filing consultation (dossier)."""

    id: uuid.UUID | None = None
    permit_number: str = ""  # "PC 062 119 26 00012"; may be empty before filing
    filed_on: date | None = None
    applicant_name: str = ""
    applicant_contact: str = ""
    adviser_name: str = ""
    project_kind: ProjectKind = ProjectKind.RENOVATION
    project_description: str = ""
    status: CaseStatus = CaseStatus.OPEN
    dwelling_id: uuid.UUID | None = None
    dwelling_address: str = ""  # read-only: the linked dwelling's address_label
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class DwellingQuery:
    """Filter, sort and page for the Registre table (applied in SQL, never in Python)."""

    text: str = ""  # matches address, BAN key, RNB id, parcel (case- and accent-insensitive)
    district: str = ""  # "" = all
    dwelling_type: DwellingType | None = None
    labels: frozenset[str] = field(default_factory=frozenset)  # {"F", "G"}; empty = all
    sort_key: str = "address_label"  # any DwellingRecord field shown as a column
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass
class DiagnosticRecord:
    """One diagnostic snapshot. Written once (``add_diagnostic``), never edited: a re-run adds one.

    ``cep_kwh_m2``: primary energy, 5 uses [kWhEP/m²/yr]; ``eges_kg_m2``: emissions, 5 uses
    [kgCO2eq/m²/yr]. ``label`` left empty is computed as the worse of the two classes.
    """

    dwelling_id: uuid.UUID
    kind: DiagnosticKind = DiagnosticKind.SIMPLIFIED
    inputs: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)
    energy_class: str | None = None  # "A".."G", from primary energy
    climate_class: str | None = None  # "A".."G", from greenhouse-gas emissions
    label: str | None = None  # "A".."G", the worse of the two
    cep_kwh_m2: float | None = None
    eges_kg_m2: float | None = None
    dpe_number: str = ""  # ADEME number of the official DPE it was read from or compared with
    rules_version: str = ""  # "3CL-DPE 2021, facteur électricité 1,9, seuils du 2024-07-01"
    engine_version: str = ""  # "diag-app 0.1.0"
    performed_at: datetime | None = None  # UTC; now when empty
    case_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    version: int = 0
    created_at: datetime | None = None


@dataclass
class InspectionRecord:
    """An on-site visit recorded by an inspector, possibly on a field laptop."""

    dwelling_id: uuid.UUID
    inspector: str = ""
    visited_at: datetime | None = None  # UTC
    observations: str = ""
    findings: dict[str, Any] = field(default_factory=dict)
    origin_device_id: str = ""
    case_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
