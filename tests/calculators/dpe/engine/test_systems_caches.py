"""Oracles for what the stages after the envelope now keep per question (docs/dpe-engine.md,
§ Speed).

Each kept answer is a pure function of table criteria: it is compared, exactly, with the
uncached computation (``__wrapped__``) for every combination the official tables hold — Re and
Rr by emitter and generator (§12.1, §12.3), Rd (§12.2), I0 (§8), the tabulated Rg (§12.4.1,
§13.1), the operating temperatures (§13.2.1.5), the conventional flows (§4), Cr (§11.6.2) — and
a key that differs only by ``True`` for ``1`` is kept apart (the tables match ids on ``int``).
The rules' answers kept per date (national scale, rental status) are compared with a fresh
computation. Exact comparisons: same rows, same floats.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.cooling_from_ademe import CoolingNeed, cooling_from_ademe
from calculators.dpe.engine.heating.combustion_defaults import _emitter_temperatures
from calculators.dpe.engine.heating.efficiencies import (
    distribution_efficiency,
    emission_efficiency,
    regulation_efficiency,
)
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.installations import Role, role_shares
from calculators.dpe.engine.heating.intermittence import (
    I0Table,
    IntermittenceCriteria,
    i0,
    i0_of,
)
from calculators.dpe.engine.heating.tabulated import tabulated_efficiency
from calculators.dpe.engine.hot_water.storage import ElectricTank, tank_loss_coefficient
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.ventilation import ventilation_flows
from calculators.dpe.labels import _rental
from calculators.dpe.rules import normalise_zone, rental_status, rules_at
from calculators.dpe.tables import find_rows


def _ids(table: str, column: str) -> list[int]:
    return sorted({i for row in find_rows(table) for i in (row[column] or ())})


def _same(cached: Callable[..., Any], *args: object) -> None:
    """The kept answer (asked twice) is the plain computation's, or both refuse alike."""
    plain = cached.__wrapped__  # type: ignore[attr-defined]
    try:
        expected = plain(*args)
    except HeatingInputError as error:
        for _ in range(2):
            with pytest.raises(HeatingInputError) as raised:
                cached(*args)
            assert str(raised.value) == str(error)
        return
    assert cached(*args) == expected
    assert cached(*args) == expected


EMITTERS = _ids("rendement_emission", "enum_type_emission_distribution_id")
TABULATED = _ids("rendement_generation", "enum_type_generateur_ch_id")
GENERATORS = sorted(
    set(TABULATED)
    | set(_ids("rendement_emission", "enum_type_generateur_ch_id"))
    | set(_ids("rendement_regulation", "enum_type_generateur_ch_id"))
)


def test_every_emitter_and_generator_pair_of_section_12() -> None:
    assert len(EMITTERS) >= 40 and len(GENERATORS) >= 40
    for emitter in EMITTERS:
        for generator in (*GENERATORS, 0):
            _same(emission_efficiency, emitter, generator)
            _same(regulation_efficiency, emitter, generator)
        for insulated in (True, False, None):
            _same(distribution_efficiency, emitter, insulated, None)


def test_every_tabulated_generation_efficiency() -> None:
    for generator in (*TABULATED, 9999):
        _same(tabulated_efficiency, generator)


I0_ROWS = find_rows("intermittence")


@pytest.mark.parametrize("table", list(I0Table))
def test_every_i0_of_section_8(table: I0Table) -> None:
    for row in I0_ROWS[::3]:
        for emission in (row["enum_type_emission_distribution_id"] or (1,))[:3]:
            for equipment in (row["enum_equipement_intermittence_id"] or (1,))[:2]:
                for metered in (True, False):
                    args = (table, 2, equipment, 1, emission, 3, metered)
                    _same(i0_of, *args)
                    criteria = IntermittenceCriteria(*args)
                    try:
                        expected = i0_of.__wrapped__(*args)
                    except HeatingInputError:
                        continue
                    assert i0(criteria) == expected


def test_cached_answers_keep_true_apart_from_one() -> None:
    # The tables match an id on int only: True selects no row where 1 does.
    generator = GENERATORS[0]
    assert emission_efficiency(1, generator) == emission_efficiency.__wrapped__(1, generator)
    with pytest.raises(HeatingInputError):
        emission_efficiency(True, generator)
    assert ventilation_flows(1) == ventilation_flows.__wrapped__(1)
    with pytest.raises(NeedsInputError):
        ventilation_flows(True)


def test_operating_temperatures_of_every_emitter_kind() -> None:
    for generator in (85, 88, 94, 120):
        for temperature in (2, 3, 4):
            for period in (1, 2, 3, 9):
                for kind in (11, 12, 13, 24, 30):
                    _same(_emitter_temperatures, generator, temperature, period, kind)


def test_conventional_flows_of_every_ventilation_type() -> None:
    for kind in _ids("debits_ventilation", "enum_type_ventilation_id"):
        assert ventilation_flows(kind) == ventilation_flows.__wrapped__(kind)


@pytest.mark.parametrize("tank", list(ElectricTank))
def test_tank_loss_coefficient_of_every_volume_band(tank: ElectricTank) -> None:
    for volume in (50.0, 100.0, 150.0, 200.0, 300.0, 1000.0):
        assert tank_loss_coefficient(tank, volume) == tank_loss_coefficient.__wrapped__(
            tank, volume
        )


def test_role_shares_are_read_only_and_unchanged() -> None:
    # coefficients.json, §9.1–9.7: a shared answer must not be writable by a caller.
    shares = role_shares(1)
    assert dict(shares) == {Role.PRINCIPAL: 1.0}
    with pytest.raises(TypeError):
        shares[Role.APPOINT] = 0.5  # type: ignore[index]
    assert role_shares(1) == {Role.PRINCIPAL: 1.0}


@pytest.mark.parametrize("day", [date(2021, 7, 1), date(2024, 7, 1), date(2026, 1, 1)])
def test_rules_answers_kept_per_date_are_fresh_ones(day: date) -> None:
    rules = rules_at(day)
    national = rules.thresholds_for(80.0)
    assert national is rules.thresholds_for(120.0)
    assert (national.energy, national.climate) == (rules.national.energy, rules.national.climate)
    for letter in "ABCDEFG":
        assert _rental(letter, rules.at) == rental_status(letter, rules.at, rules.rental_bans)


def test_zone_names_are_normalised_as_before() -> None:
    assert normalise_zone(" h1c ") == "H1c"
    assert normalise_zone(ClimateZone.H2D) == "H2d"
    assert normalise_zone(None) is None
    for bad in ("", "H4", 3):
        with pytest.raises(ValueError, match="Zone climatique inconnue"):
            normalise_zone(bad)  # type: ignore[arg-type]


def test_zone_ids_read_from_the_table_of_zones() -> None:
    assert [ClimateZone.from_enum_id(i) for i in range(1, 9)] == list(ClimateZone)
    for bad in (0, 9, -1):
        with pytest.raises(NeedsInputError, match="zone climatique"):
            ClimateZone.from_enum_id(bad)


def test_cooling_without_a_system_needs_no_need() -> None:
    # §10.3: no « climatisation », nothing consumed; with one, a need is required.
    class Inputs:
        class systemes:  # noqa: N801 — mimics the reader's attribute names
            climatisations = ()

        class meteo:  # noqa: N801
            enum_zone_climatique_id = 1

    result = cooling_from_ademe(
        Inputs(), None, needs_area_m2=80.0, dwelling_area_m2=80.0  # type: ignore[arg-type]
    )
    assert result.need is None and result.systems == () and result.conso_fr_kwh == 0.0
    with_need = cooling_from_ademe(
        Inputs(), CoolingNeed(100.0, 150.0), needs_area_m2=80.0, dwelling_area_m2=80.0  # type: ignore[arg-type]
    )
    assert with_need.conso_fr_kwh == 0.0 and with_need.need == CoolingNeed(100.0, 150.0)
