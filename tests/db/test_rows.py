"""Rows on each backend: UUID keys, UTC timestamps, version counter, immutable diagnostics."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm.exc import StaleDataError

from diag_app.db import Database, open_database
from diag_app.models import Diagnostic, Dwelling
from diag_app.models.enums import DiagnosticKind, DwellingType, HeatingEnergy


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    opened = open_database(db_url)
    yield opened
    opened.close()


def _dwelling() -> Dwelling:
    return Dwelling(
        address_label="12 rue d'Aire, 62400 Béthune",
        dwelling_type=DwellingType.HOUSE,
        heating_energy=HeatingEnergy.NATURAL_GAS,
    )


def test_keys_timestamps_and_version(db: Database) -> None:
    before = datetime.now(UTC)
    with db.sessions.begin() as session:
        row = _dwelling()
        session.add(row)
    with db.sessions() as session:
        stored = session.get(Dwelling, row.id)
        assert stored is not None
        assert isinstance(stored.id, uuid.UUID)
        assert stored.version == 1
        assert stored.created_at.tzinfo is not None
        assert stored.created_at.utcoffset() == timedelta(0)
        # Stored with microseconds on both backends; a second is ample for a slow machine.
        assert before - timedelta(seconds=1) <= stored.created_at <= datetime.now(UTC)
        assert stored.search == "12 rue d'aire, 62400 bethune"

    with db.sessions.begin() as session:
        stored = session.get(Dwelling, row.id)
        assert stored is not None
        stored.district = "Catorive"
    with db.sessions() as session:
        stored = session.get(Dwelling, row.id)
        assert stored is not None
        assert stored.version == 2
        assert stored.updated_at >= stored.created_at
        assert stored.search.endswith("\ncatorive")


def test_stale_version_updates_nothing(db: Database) -> None:
    with db.sessions.begin() as session:
        row = _dwelling()
        session.add(row)
    first, second = db.sessions(), db.sessions()
    mine = first.get(Dwelling, row.id)
    theirs = second.get(Dwelling, row.id)
    assert mine is not None and theirs is not None
    theirs.district = "Saint-Pry"
    second.commit()
    mine.district = "Le Perroy"
    with pytest.raises(StaleDataError):
        first.commit()
    first.rollback()
    first.close()
    second.close()
    with db.sessions() as session:
        stored = session.get(Dwelling, row.id)
        assert stored is not None
        assert (stored.district, stored.version) == ("Saint-Pry", 2)


def test_diagnostic_json_round_trip_and_no_update(db: Database) -> None:
    inputs = {"surface": 82.5, "murs": [{"u": 2.5, "orientation": "nord"}], "note": "énergie"}
    with db.sessions.begin() as session:
        dwelling = _dwelling()
        session.add(dwelling)
        session.flush()
        diagnostic = Diagnostic(
            dwelling_id=dwelling.id,
            kind=DiagnosticKind.XML,
            inputs=inputs,
            outputs={"cep": 312.0},
            label="E",
            rules_version="3CL-DPE 2021",
            engine_version="0.1.0",
            performed_at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
        )
        session.add(diagnostic)
    with db.sessions() as session:
        stored = session.get(Diagnostic, diagnostic.id)
        assert stored is not None
        assert stored.inputs == inputs
        assert stored.performed_at == datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
        stored.label = "D"
        with pytest.raises(RuntimeError, match="snapshot"):
            session.commit()


def test_naive_datetimes_are_refused(db: Database) -> None:
    with db.sessions() as session:
        dwelling = _dwelling()
        dwelling.created_at = datetime(2025, 1, 1)
        session.add(dwelling)
        with pytest.raises(Exception, match="naive"):
            session.flush()
