"""Cases: save with optimistic locking, and search by permit, applicant, address, description."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from diag_app.errors import ConflictError, ValidationError
from diag_app.models.enums import CaseStatus, DwellingType, ProjectKind
from diag_app.services.records import CaseRecord, DwellingRecord
from diag_app.services.register import RegisterService


@pytest.fixture
def dwelling_id(service: RegisterService) -> uuid.UUID:
    saved = service.save_dwelling(
        DwellingRecord(
            address_label="14 rue du Beffroi, 62400 Béthune",
            district="Centre-ville",
            dwelling_type=DwellingType.HOUSE,
        )
    )
    assert saved.id is not None
    return saved.id


def _case(**changes: object) -> CaseRecord:
    base = CaseRecord(
        permit_number="pc0621192600012",
        filed_on=date(2026, 2, 3),
        applicant_name="Chloé Modèle",
        applicant_contact="chloe.modele@example.org",
        adviser_name="A. Démo",
        project_kind=ProjectKind.EXTENSION,
        project_description="Extension côté jardin avec isolation en fibre de bois.",
        status=CaseStatus.OPEN,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_new_case_links_a_dwelling(service: RegisterService, dwelling_id: uuid.UUID) -> None:
    saved = service.save_case(_case(dwelling_id=dwelling_id))
    assert saved.id is not None and saved.version == 1
    assert saved.permit_number == "PC 062 119 26 00012"
    assert saved.dwelling_address == "14 rue du Beffroi, 62400 Béthune"
    assert service.get_case(saved.id) == saved
    assert not service.is_empty()


def test_case_without_dwelling_or_permit(service: RegisterService) -> None:
    saved = service.save_case(_case(permit_number="", filed_on=None))
    assert (saved.permit_number, saved.dwelling_address, saved.dwelling_id) == ("", "", None)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"permit_number": "PC 62 119"}, "numéro de permis"),
        ({"applicant_name": " "}, "nom du demandeur"),
        ({"dwelling_id": uuid.UUID(int=7)}, "logement"),
        ({"status": "archived"}, "statut du dossier"),
    ],
)
def test_invalid_case_is_refused(
    service: RegisterService, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.save_case(_case(**changes))
    assert exc.value.field == field
    assert service.list_cases() == []


def test_stale_case_is_a_conflict(service: RegisterService) -> None:
    original = service.save_case(_case())
    theirs = dataclasses.replace(original, status=CaseStatus.IN_PROGRESS)
    service.save_case(theirs)
    mine = dataclasses.replace(original, status=CaseStatus.CLOSED)
    with pytest.raises(ConflictError):
        service.save_case(mine)
    assert original.id is not None
    assert service.get_case(original.id).status is CaseStatus.IN_PROGRESS


@pytest.mark.parametrize(
    "typed",
    [
        "bethune",  # the linked dwelling's address, without its accent
        "BEFFROI",
        "PC 062 119 26",  # the permit, spaced
        "pc0621192600012",  # the permit, compact
        "chloe modele",  # the applicant, without accents
        "fibre de bois",  # the description
    ],
)
def test_search_is_case_and_accent_insensitive(
    service: RegisterService, dwelling_id: uuid.UUID, typed: str
) -> None:
    service.save_case(_case(dwelling_id=dwelling_id))
    service.save_case(
        _case(
            permit_number="DP 062 119 25 00003",
            applicant_name="Nora Échantillon",
            project_description="Isolation des combles perdus.",
        )
    )
    assert [c.applicant_name for c in service.list_cases(typed)] == ["Chloé Modèle"]


def test_list_is_newest_filing_first_and_limited(service: RegisterService) -> None:
    for month in (1, 5, 3):
        service.save_case(_case(filed_on=date(2025, month, 1), applicant_name=f"Demandeur {month}"))
    service.save_case(_case(filed_on=None, permit_number="", applicant_name="Sans dépôt"))
    names = [c.applicant_name for c in service.list_cases()]
    assert names == ["Demandeur 5", "Demandeur 3", "Demandeur 1", "Sans dépôt"]
    assert len(service.list_cases(limit=2)) == 2
    assert [c.applicant_name for c in service.list_cases("echantillon")] == []
    with pytest.raises(ValidationError):
        service.list_cases(limit=0)
