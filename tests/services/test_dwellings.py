"""RegisterService and dwellings: save, conflicts, and the Registre table's SQL query."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from datetime import UTC, datetime

import pytest

from diag_app.errors import ConflictError, UserError, ValidationError
from diag_app.models.enums import DwellingType, HeatingEnergy
from diag_app.services.records import DiagnosticRecord, DwellingQuery, DwellingRecord
from diag_app.services.register import RegisterService


def _record(**changes: object) -> DwellingRecord:
    base = DwellingRecord(
        address_label="12 rue d'Aire, 62400 Béthune",
        ban_key="62119_0123_12",
        rnb_id="pg46-yy6y-wcx8",
        parcel_id="62119 000 AB 123",
        district="Centre-ville",
        dwelling_type=DwellingType.HOUSE,
        construction_year=1925,
        reference_surface_m2=95.0,
        levels=2,
        ceiling_height_m=2.8,
        heating_energy=HeatingEnergy.NATURAL_GAS,
        latitude=50.53,
        longitude=2.64,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _diagnose(service: RegisterService, dwelling_id: uuid.UUID, label: str, day: int) -> None:
    service.add_diagnostic(
        DiagnosticRecord(
            dwelling_id=dwelling_id,
            label=label,
            rules_version="3CL-DPE 2021",
            engine_version="test",
            performed_at=datetime(2025, 1, day, tzinfo=UTC),
        )
    )


def test_new_register_is_empty(service: RegisterService) -> None:
    assert service.is_empty()
    assert service.count_dwellings(DwellingQuery()) == 0
    assert service.districts()[:2] == ["Centre-ville", "Mont-Liébaut"]


def test_save_then_get_normalises_and_versions(service: RegisterService) -> None:
    saved = service.save_dwelling(_record())
    assert saved.id is not None and saved.version == 1
    assert (saved.ban_key, saved.rnb_id, saved.parcel_id) == (
        "62119_0123_00012",
        "PG46YY6YWCX8",
        "62119000AB0123",
    )
    assert saved.created_at is not None and saved.created_at.tzinfo is not None
    assert service.get_dwelling(saved.id) == saved
    assert not service.is_empty()

    saved.levels = 3
    again = service.save_dwelling(saved)
    assert (again.levels, again.version) == (3, 2)


def test_empty_identifiers_round_trip_as_empty_text(service: RegisterService) -> None:
    saved = service.save_dwelling(_record(ban_key="", rnb_id="", parcel_id="", district=""))
    assert (saved.ban_key, saved.rnb_id, saved.parcel_id, saved.district) == ("", "", "", "")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rnb_id": "TROPCOURT"}, "identifiant RNB"),
        ({"construction_year": 1200}, "année de construction"),
        ({"reference_surface_m2": 0.0}, "surface de référence"),
        ({"district": "Wazemmes"}, "quartier"),
        ({"address_label": ""}, "adresse"),
    ],
)
def test_invalid_dwelling_is_refused_and_nothing_saved(
    service: RegisterService, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.save_dwelling(_record(**changes))
    assert exc.value.field == field
    assert service.is_empty()


def test_stale_version_is_a_conflict_and_overwrites_nothing(service: RegisterService) -> None:
    original = service.save_dwelling(_record())
    mine, theirs = dataclasses.replace(original), dataclasses.replace(original)
    theirs.levels = 3
    service.save_dwelling(theirs)
    mine.levels = 1
    with pytest.raises(ConflictError) as exc:
        service.save_dwelling(mine)
    assert "modifiée par quelqu'un d'autre" in exc.value.message
    assert original.id is not None
    stored = service.get_dwelling(original.id)
    assert (stored.levels, stored.version) == (3, 2)


def test_saving_a_deleted_or_unknown_dwelling(service: RegisterService) -> None:
    ghost = _record(id=uuid.uuid4(), version=3)
    with pytest.raises(ConflictError, match="supprimé"):
        service.save_dwelling(ghost)
    with pytest.raises(UserError, match="n'existe pas"):
        service.get_dwelling(uuid.uuid4())


def test_record_with_a_new_id_is_inserted_with_that_id(service: RegisterService) -> None:
    """Field laptops create their UUIDs offline; the register keeps them."""
    new_id = uuid.uuid4()
    saved = service.save_dwelling(_record(id=new_id))
    assert saved.id == new_id and saved.version == 1


def _fill(service: RegisterService) -> dict[str, uuid.UUID]:
    rows = {
        "gare": _record(address_label="3 rue du Quai, Béthune", district="Quartier de la Gare",
                        construction_year=1905, rnb_id="", ban_key="", parcel_id=""),
        "liebaut": _record(address_label="8 allée des Merisiers, BÉTHUNE", district="Mont-Liébaut",
                           dwelling_type=DwellingType.FLAT, construction_year=1968,
                           rnb_id="AAAA1111BBBB", ban_key="", parcel_id=""),
        "perroy": _record(address_label="21 rue des Saules, Béthune", district="Le Perroy",
                          construction_year=None, rnb_id="", ban_key="", parcel_id=""),
        "centre": _record(address_label="1 place des Halles (50% commerce)",
                          district="Centre-ville", construction_year=1926, rnb_id="",
                          ban_key="", parcel_id=""),
    }
    ids = {}
    for key, record in rows.items():
        saved = service.save_dwelling(record)
        assert saved.id is not None
        ids[key] = saved.id
    return ids


def _addresses(service: RegisterService, **query: object) -> list[str]:
    return [r.address_label for r in service.list_dwellings(DwellingQuery(**query))]  # type: ignore[arg-type]


def test_text_search_ignores_case_and_accents(service: RegisterService) -> None:
    _fill(service)
    assert len(_addresses(service, text="bethune")) == 3
    assert _addresses(service, text="LIEBAUT") == ["8 allée des Merisiers, BÉTHUNE"]
    assert _addresses(service, text="aaaa1111") == ["8 allée des Merisiers, BÉTHUNE"]
    assert _addresses(service, text="allee des merisiers") == ["8 allée des Merisiers, BÉTHUNE"]
    # LIKE wildcards typed by a person are literal characters.
    assert _addresses(service, text="50%") == ["1 place des Halles (50% commerce)"]
    assert _addresses(service, text="_") == []


def test_filters_sort_and_pages(service: RegisterService) -> None:
    ids = _fill(service)
    assert _addresses(service, district="Le Perroy") == ["21 rue des Saules, Béthune"]
    assert _addresses(service, dwelling_type=DwellingType.FLAT) == [
        "8 allée des Merisiers, BÉTHUNE"
    ]
    by_year = _addresses(service, sort_key="construction_year")
    # Unknown years sort last in both directions, on both databases.
    assert by_year[0].startswith("3 rue du Quai") and by_year[-1].startswith("21 rue des Saules")
    newest_first = _addresses(service, sort_key="construction_year", descending=True)
    assert newest_first[0].startswith("8 allée") and newest_first[-1].startswith("21 rue")
    pages = [
        _addresses(service, sort_key="construction_year", offset=offset, limit=2)
        for offset in (0, 2)
    ]
    assert pages[0] + pages[1] == by_year
    assert service.count_dwellings(DwellingQuery(text="bethune")) == 3
    assert len(ids) == 4


def test_latest_label_comes_from_the_newest_diagnostic(service: RegisterService) -> None:
    ids = _fill(service)
    _diagnose(service, ids["gare"], "G", day=5)
    _diagnose(service, ids["gare"], "D", day=20)  # after works
    _diagnose(service, ids["gare"], "F", day=10)  # an older one entered later
    _diagnose(service, ids["liebaut"], "C", day=3)
    gare = service.get_dwelling(ids["gare"])
    assert gare.latest_label == "D"
    assert gare.latest_diagnostic_on == datetime(2025, 1, 20, tzinfo=UTC).astimezone().date()
    assert service.get_dwelling(ids["perroy"]).latest_label is None

    assert _addresses(service, labels=frozenset({"D"})) == ["3 rue du Quai, Béthune"]
    assert _addresses(service, labels=frozenset({"F", "G"})) == []
    assert service.count_dwellings(DwellingQuery(labels=frozenset({"C", "D"}))) == 2
    by_label = service.list_dwellings(DwellingQuery(sort_key="latest_label"))
    assert [r.latest_label for r in by_label] == ["C", "D", None, None]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        (DwellingQuery(sort_key="password"), "tri"),
        (DwellingQuery(labels=frozenset({"Z"})), "étiquette"),
        (DwellingQuery(limit=0), "pagination"),
        (DwellingQuery(offset=-1), "pagination"),
    ],
)
def test_bad_queries_are_refused(
    service: RegisterService, query: DwellingQuery, field: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.list_dwellings(query)
    assert exc.value.field == field


def test_calls_from_worker_threads(service: RegisterService) -> None:
    """The UI calls the service from worker threads: each call has its own session."""
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            service.save_dwelling(_record(address_label=f"{n} rue des Corons, Béthune"))
            service.list_dwellings(DwellingQuery(text="corons"))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert service.count_dwellings(DwellingQuery(text="corons")) == 4
