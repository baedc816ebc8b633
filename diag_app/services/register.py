"""The register's use cases behind one facade, shared by the Qt UI and the CLI.

Usable from worker threads: every method opens its own short session (see
:mod:`diag_app.services.transactions`) and returns plain records, never ORM objects.
Bad input raises :class:`ValidationError` naming the field; a stale ``version`` raises
:class:`ConflictError` and writes nothing; storage problems raise :class:`StorageError`.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import exists, select

from diag_app.city import CityProfile, load_city_profile
from diag_app.db import Database, open_database
from diag_app.models import Case, Dwelling
from diag_app.services import cases, demo, diagnostics, dwellings
from diag_app.services.records import (
    CaseRecord,
    DiagnosticRecord,
    DwellingQuery,
    DwellingRecord,
    InspectionRecord,
)
from diag_app.services.transactions import transaction
from diag_app.tasks import Progress, no_progress


class RegisterService:
    """Dwellings, cases, diagnostics and inspections of one register, for one city."""

    def __init__(self, db: Database, city: CityProfile) -> None:
        self.db = db
        self.city = city

    @classmethod
    def open(cls, url: str | None = None, city_profile: Path | None = None) -> RegisterService:
        """Open (create, migrate) the register at ``url``; ``None``: the local SQLite one.

        ``city_profile`` is a city profile JSON file; ``None``: Béthune's.
        """
        city = load_city_profile(city_profile)
        return cls(open_database(url), city)

    def close(self) -> None:
        self.db.close()

    @property
    def where(self) -> str:
        """Where the register is (file path or URL without password), for messages."""
        return self.db.where

    def is_empty(self) -> bool:
        """True when the register has no dwelling and no case (a new register)."""
        with transaction(self.db) as session:
            return not session.scalar(select(exists().select_from(Dwelling))) and not (
                session.scalar(select(exists().select_from(Case)))
            )

    def seed_demo(self, progress: Progress = no_progress) -> int:
        """Fill an empty register with the invented demo data; returns the dwellings added.

        A register that already holds data is left alone (returns 0). All-or-nothing: a
        cancellation (:class:`~diag_app.errors.Cancelled` from ``progress``) writes nothing.
        """
        if not self.is_empty():
            return 0
        data = demo.build_demo(self.city)
        total = len(data.dwellings) + len(data.cases) + len(data.diagnostics)
        done = 0
        with transaction(self.db) as session:
            for record in data.dwellings:
                progress(done / total, f"Logement {done + 1} sur {len(data.dwellings)}")
                dwellings.save(session, record, self.city.districts)
                done += 1
            progress(done / total, "Dossiers")
            for case in data.cases:
                cases.save(session, case)
                done += 1
            progress(done / total, "Diagnostics")
            for diagnostic in data.diagnostics:
                diagnostics.add(session, diagnostic)
                done += 1
        progress(1.0, f"{len(data.dwellings)} logements de démonstration ajoutés")
        return len(data.dwellings)

    def districts(self) -> list[str]:
        """The city's districts, from its profile, in the profile's order."""
        return list(self.city.districts)

    def count_dwellings(self, query: DwellingQuery) -> int:
        with transaction(self.db) as session:
            return dwellings.count(session, query)

    def list_dwellings(self, query: DwellingQuery) -> list[DwellingRecord]:
        """One page of the Registre table, filtered and sorted by the database."""
        with transaction(self.db) as session:
            return dwellings.page(session, query)

    def get_dwelling(self, dwelling_id: uuid.UUID) -> DwellingRecord:
        with transaction(self.db) as session:
            return dwellings.get(session, dwelling_id)

    def save_dwelling(self, record: DwellingRecord) -> DwellingRecord:
        """Create (``id`` None) or update; returns the stored record with its new ``version``."""
        with transaction(self.db) as session:
            dwelling_id = dwellings.save(session, record, self.city.districts)
        return self.get_dwelling(dwelling_id)

    def list_cases(self, search: str = "", limit: int = 500) -> list[CaseRecord]:
        """Cases matching ``search`` (permit number, applicant, address, description), newest
        filing first; case- and accent-insensitive."""
        with transaction(self.db) as session:
            return cases.search(session, search, limit)

    def get_case(self, case_id: uuid.UUID) -> CaseRecord:
        with transaction(self.db) as session:
            return cases.get(session, case_id)

    def save_case(self, record: CaseRecord) -> CaseRecord:
        """Create (``id`` None) or update; returns the stored record with its new ``version``."""
        with transaction(self.db) as session:
            case_id = cases.save(session, record)
        return self.get_case(case_id)

    def add_diagnostic(self, record: DiagnosticRecord) -> DiagnosticRecord:
        """Add a snapshot to the dwelling's history (never replaces an earlier one)."""
        with transaction(self.db) as session:
            diagnostic_id = diagnostics.add(session, record)
        return next(d for d in self.list_diagnostics(record.dwelling_id) if d.id == diagnostic_id)

    def list_diagnostics(self, dwelling_id: uuid.UUID) -> list[DiagnosticRecord]:
        """The dwelling's diagnostics, newest first."""
        with transaction(self.db) as session:
            return diagnostics.history(session, dwelling_id)

    def add_inspection(self, record: InspectionRecord) -> InspectionRecord:
        with transaction(self.db) as session:
            inspection_id = diagnostics.add_inspection(session, record)
        found = self.list_inspections(record.dwelling_id)
        return next(i for i in found if i.id == inspection_id)

    def list_inspections(self, dwelling_id: uuid.UUID) -> list[InspectionRecord]:
        """The dwelling's on-site visits, newest first."""
        with transaction(self.db) as session:
            return diagnostics.inspections(session, dwelling_id)
