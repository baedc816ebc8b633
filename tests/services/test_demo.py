"""Demo data: deterministic, plausible, well-formed, and seeded all-or-nothing."""

from __future__ import annotations

import dataclasses

import pytest

from diag_app.city import load_city_profile
from diag_app.errors import Cancelled
from diag_app.models.enums import DwellingType, HeatingEnergy
from diag_app.models.identifiers import (
    normalise_ban_key,
    normalise_parcel_id,
    normalise_permit_number,
    normalise_rnb_id,
)
from diag_app.models.labels import DPE_LETTERS, worse_of
from diag_app.services.demo import DemoRegister, build_demo
from diag_app.services.records import DiagnosticRecord, DwellingQuery
from diag_app.services.register import RegisterService

# Label thresholds for more than 40 m² of reference surface, arrêté du 31 mars 2021, annexe 5
# (as amended; unchanged by the arrêté of 25 March 2024 above 40 m²): strict upper bounds of
# A..F in kWhEP/m²/yr and kgCO2eq/m²/yr, compared after flooring to the integer.
ENERGY_BOUNDS = (70, 110, 180, 250, 330, 420)
CLIMATE_BOUNDS = (6, 11, 30, 50, 70, 100)


def _class(value: float, bounds: tuple[int, ...]) -> str:
    return next((DPE_LETTERS[i] for i, b in enumerate(bounds) if int(value) < b), "G")


@pytest.fixture(scope="module")
def demo() -> DemoRegister:
    """Built once for the read-only checks below."""
    return build_demo(load_city_profile())


def test_deterministic() -> None:
    city = load_city_profile()
    assert build_demo(city) == build_demo(city)


def test_sizes_and_spread(demo: DemoRegister) -> None:
    city = load_city_profile()
    assert len(demo.dwellings) == 50 and len(demo.cases) == 10
    assert {d.district for d in demo.dwellings} == set(city.districts)
    diagnosed = {d.dwelling_id for d in demo.diagnostics}
    assert 15 <= len(diagnosed) <= 40
    assert len(demo.diagnostics) > len(diagnosed)  # some dwellings have a history of two
    years = [d.construction_year for d in demo.dwellings]
    assert min(years) < 1915 and max(years) >= 2008  # from old terraces to the 2010s


def test_mont_liebaut_is_flats_on_the_heat_network(demo: DemoRegister) -> None:
    estate = [d for d in demo.dwellings if d.district == "Mont-Liébaut"]
    assert len(estate) >= 8
    assert all(d.dwelling_type is DwellingType.FLAT for d in estate)
    assert all(d.heating_energy is HeatingEnergy.DISTRICT_HEAT for d in estate)


def test_identifiers_are_well_formed(demo: DemoRegister) -> None:
    for d in demo.dwellings:
        assert normalise_ban_key(d.ban_key) == d.ban_key and d.ban_key.startswith("62119_")
        assert normalise_rnb_id(d.rnb_id) == d.rnb_id
        assert normalise_parcel_id(d.parcel_id) == d.parcel_id
        assert d.address_label.endswith("62400 Béthune")
    permits = [c.permit_number for c in demo.cases if c.permit_number]
    assert len(permits) >= 6
    assert all(normalise_permit_number(p) == p and " 062 119 " in p for p in permits)
    assert all(c.applicant_contact.endswith("@example.org") for c in demo.cases)


def test_results_follow_the_label_thresholds(demo: DemoRegister) -> None:
    surfaces = {d.id: d.reference_surface_m2 for d in demo.dwellings}
    for diag in demo.diagnostics:
        assert surfaces[diag.dwelling_id] > 40  # the small-surface table does not apply
        assert diag.energy_class == _class(diag.cep_kwh_m2, ENERGY_BOUNDS)
        assert diag.climate_class == _class(diag.eges_kg_m2, CLIMATE_BOUNDS)


def test_a_later_diagnostic_is_never_worse(demo: DemoRegister) -> None:
    by_dwelling: dict[object, list[DiagnosticRecord]] = {}
    for diag in demo.diagnostics:
        by_dwelling.setdefault(diag.dwelling_id, []).append(diag)
    for history in by_dwelling.values():
        history.sort(key=lambda d: d.performed_at)
        labels = [worse_of(d.energy_class, d.climate_class) for d in history]
        assert labels == sorted(labels, key=DPE_LETTERS.index, reverse=True)


def test_seed_fills_an_empty_register_once(service: RegisterService) -> None:
    steps: list[float] = []
    assert service.seed_demo(lambda fraction, text="": steps.append(fraction)) == 50
    assert steps == sorted(steps) and steps[-1] == 1.0
    assert service.count_dwellings(DwellingQuery()) == 50
    assert len(service.list_cases()) == 10
    labelled = service.count_dwellings(DwellingQuery(labels=frozenset(DPE_LETTERS)))
    assert 15 <= labelled <= 40
    assert service.seed_demo() == 0
    assert service.count_dwellings(DwellingQuery()) == 50


def test_cancelled_seed_writes_nothing(service: RegisterService) -> None:
    def cancel_midway(fraction: float, text: str = "") -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        service.seed_demo(cancel_midway)
    assert service.is_empty()


def test_records_are_plain_copies(demo: DemoRegister) -> None:
    """The demo hands out records the service validates like any user input."""
    first = demo.dwellings[0]
    assert dataclasses.replace(first) == first and first.version == 0
