"""Diagnostics and inspections: history kept, label derived from the classes when missing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from diag_app.errors import ConflictError, ValidationError
from diag_app.models.enums import DiagnosticKind, DwellingType
from diag_app.services.records import DiagnosticRecord, DwellingRecord, InspectionRecord
from diag_app.services.register import RegisterService


@pytest.fixture
def dwelling_id(service: RegisterService) -> uuid.UUID:
    saved = service.save_dwelling(
        DwellingRecord(address_label="8 allée des Merisiers", dwelling_type=DwellingType.FLAT)
    )
    assert saved.id is not None
    return saved.id


def _diagnostic(dwelling: uuid.UUID, **changes: object) -> DiagnosticRecord:
    values: dict[str, object] = {
        "dwelling_id": dwelling,
        "kind": DiagnosticKind.SIMPLIFIED,
        "inputs": {"surface_m2": 64},
        "outputs": {"cep_kwh_m2": 212.0},
        "energy_class": "D",
        "climate_class": "C",
        "cep_kwh_m2": 212.0,
        "eges_kg_m2": 29.0,
        "rules_version": "3CL-DPE 2021, électricité 1,9",
        "engine_version": "diag-app 0.1.0",
        "performed_at": datetime(2026, 2, 1, 9, 0, tzinfo=UTC),
    }
    values.update(changes)
    return DiagnosticRecord(**values)  # type: ignore[arg-type]


def test_label_is_derived_and_history_grows(
    service: RegisterService, dwelling_id: uuid.UUID
) -> None:
    # Arrêté du 31 mars 2021, annexe 5: label = worse of energy (D) and climate (C) classes.
    first = service.add_diagnostic(_diagnostic(dwelling_id))
    assert first.label == "D" and first.id is not None and first.version == 1
    second = service.add_diagnostic(
        _diagnostic(
            dwelling_id,
            energy_class="C",
            climate_class="C",
            performed_at=datetime(2026, 6, 1, tzinfo=UTC),
        )
    )
    history = service.list_diagnostics(dwelling_id)
    assert [d.id for d in history] == [second.id, first.id]
    assert [d.label for d in history] == ["C", "D"]
    assert history[1].inputs == {"surface_m2": 64}
    assert service.get_dwelling(dwelling_id).latest_label == "C"


def test_performed_now_when_no_date(service: RegisterService, dwelling_id: uuid.UUID) -> None:
    before = datetime.now(UTC)
    added = service.add_diagnostic(_diagnostic(dwelling_id, performed_at=None))
    assert added.performed_at is not None and before <= added.performed_at <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"energy_class": None, "label": None}, "étiquette"),
        ({"climate_class": "H"}, "classe climat"),
        ({"label": "Z"}, "étiquette"),
        ({"performed_at": datetime(2026, 1, 1)}, "date"),
        ({"dpe_number": "2162"}, "numéro DPE"),
        ({"rules_version": ""}, "version des règles"),
        ({"dwelling_id": uuid.UUID(int=1)}, "logement"),
        ({"case_id": uuid.UUID(int=2)}, "dossier"),
    ],
)
def test_bad_diagnostic_is_refused(
    service: RegisterService, dwelling_id: uuid.UUID, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.add_diagnostic(_diagnostic(dwelling_id, **changes))
    assert exc.value.field == field
    assert service.list_diagnostics(dwelling_id) == []


def test_a_diagnostic_is_never_replaced(service: RegisterService, dwelling_id: uuid.UUID) -> None:
    added = service.add_diagnostic(_diagnostic(dwelling_id))
    with pytest.raises(ConflictError):
        service.add_diagnostic(_diagnostic(dwelling_id, id=added.id, energy_class="A"))
    assert [d.energy_class for d in service.list_diagnostics(dwelling_id)] == ["D"]


def test_inspections(service: RegisterService, dwelling_id: uuid.UUID) -> None:
    visit = service.add_inspection(
        InspectionRecord(
            dwelling_id=dwelling_id,
            inspector="Inspecteur Démo",
            visited_at=datetime(2026, 3, 2, 14, 0, tzinfo=UTC),
            observations="Condensation en pied de mur nord.",
            findings={"murs": "humidité", "fenetres": "simple vitrage"},
            origin_device_id="portable-terrain-01",
        )
    )
    assert visit.id is not None and visit.version == 1
    assert service.list_inspections(dwelling_id) == [visit]
    with pytest.raises(ValidationError) as exc:
        service.add_inspection(InspectionRecord(dwelling_id=dwelling_id, inspector=""))
    assert exc.value.field == "inspecteur"
