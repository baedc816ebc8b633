"""PV economics: values in force by date, and one project worked by hand.

References: arrêté du 26 mars 2025 modifying the « S21 » arrêté of 6 October 2021 (surplus
0.04 €/kWh and bonus 80 €/kWc for ≤ 9 kWc from 28 March 2025, 20-year contract); CGI art.
278-0 bis and the arrêté of 8 September 2025 (VAT 5.5 % under conditions from 1 October
2025); CRE deliberations on the regulated tariff (option Base); Jordan & Kurtz (2013) for the
0.5 %/yr degradation. The hand case uses closed-form geometric sums, not the code's loop.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from calculators.solar.data import read_json
from calculators.solar.economics import PvProject, pv_economics, pv_rules_at
from calculators.solar.errors import SolarInputError

EUR = 1e-6
"""Tolerance on euros: the closed form and the loop differ by float rounding only."""


def project(kwc: float = 3.0, at: date = date(2026, 3, 1), **kwargs) -> PvProject:
    return PvProject(kwc, 1200.0, 1800.0, at, **kwargs)


def geometric(first: float, ratio: float, count: int) -> float:
    """first + first·ratio + … (count terms)."""
    return first * (1 - ratio**count) / (1 - ratio)


def test_three_kwc_project_worked_by_hand() -> None:
    # 3 kWc, quote 6,000 € HT, connection request 1 March 2026, VAT criteria met (5.5 %);
    # year 1: 1,200 kWh no longer bought at 0.194 €/kWh (TRVE Base 1 Feb 2026) and 1,800 kWh
    # sold at 0.04 €/kWh; bonus 80 €/kWc paid in year 1.
    result = pv_economics(project(installed_cost_eur_ht=6000.0, reduced_vat_criteria=True))
    assert result.investment_ttc_eur == pytest.approx(6000.0 * 1.055)  # 6,330 €
    assert result.bonus_eur == pytest.approx(240.0)
    first_year = 1200 * 0.194 + 1800 * 0.04  # 232.80 + 72.00 = 304.80 €
    assert result.central.first_year_savings_eur == pytest.approx(first_year)
    # Simple payback (6,330 − 240) / 304.80 = 19.98 years.
    assert result.central.simple_payback_years == pytest.approx(6090.0 / 304.8)
    # NPV over 20 years at r = 3 %, price +2 %/yr, degradation 0.5 %/yr, inverter (300 €
    # HT/kWc + 20 % VAT = 1,080 €) in year 13:
    r, e, d = 0.03, 0.02, 0.005
    savings = geometric(1200 * 0.194 / (1 + r), (1 - d) * (1 + e) / (1 + r), 20)
    surplus = geometric(1800 * 0.04 / (1 + r), (1 - d) / (1 + r), 20)
    npv = -6330.0 + savings + surplus + 240.0 / (1 + r) - 1080.0 / (1 + r) ** 13
    assert result.central.net_present_value_eur == pytest.approx(npv, abs=EUR)
    assert npv == pytest.approx(-1862.71, abs=0.01)  # the figure of docs/solar-economics.md


def test_price_sensitivity_moves_payback_and_npv() -> None:
    result = pv_economics(project(installed_cost_eur_ht=6000.0, reduced_vat_criteria=True))
    low, high = result.sensitivity[-0.20], result.sensitivity[0.20]
    assert low.electricity_eur_kwh == pytest.approx(0.194 * 0.8)
    # Payback at −20 %: (6,330 − 240) / (1,200 × 0.1552 + 72) = 23.58 years.
    assert low.simple_payback_years == pytest.approx(6090.0 / (1200 * 0.194 * 0.8 + 72.0))
    assert low.net_present_value_eur < result.central.net_present_value_eur
    assert high.net_present_value_eur > result.central.net_present_value_eur
    # Only the self-consumed part depends on the price: the NPV moves symmetrically.
    assert (high.net_present_value_eur - result.central.net_present_value_eur) == pytest.approx(
        result.central.net_present_value_eur - low.net_present_value_eur, rel=1e-9
    )


@pytest.mark.parametrize(
    ("at", "kwc", "surplus", "bonus", "full_sale"),
    [
        (date(2025, 1, 15), 3.0, 0.1269, 220.0, True),  # CRE grid 1 Nov 2024 – 31 Jan 2025
        (date(2025, 1, 15), 6.0, 0.1269, 160.0, True),
        (date(2025, 3, 28), 6.0, 0.04, 80.0, False),  # arrêté du 26 mars 2025, from 28 March
        (date(2026, 11, 1), 9.0, 0.04, 80.0, False),
    ],
)
def test_tariff_and_bonus_in_force_on_the_request_date(at, kwc, surplus, bonus, full_sale):
    rules = pv_rules_at(project(kwc, at))
    assert rules.surplus_eur_kwh.value == pytest.approx(surplus)
    assert rules.bonus_eur_per_kwc.value == pytest.approx(bonus)
    assert rules.full_sale_open is full_sale
    assert rules.contract_years == 20


@pytest.mark.parametrize(
    ("at", "kwc", "criteria", "rate"),
    [
        (date(2025, 6, 1), 3.0, False, 0.10),  # ≤ 3 kWc, dwelling over two years
        (date(2025, 6, 1), 6.0, True, 0.20),  # 5.5 % did not exist yet
        (date(2025, 11, 1), 6.0, True, 0.055),  # from 1 October 2025, criteria met
        (date(2025, 11, 1), 3.0, False, 0.10),  # transitional 10 %
        (date(2026, 3, 1), 3.0, False, 0.20),  # 10 % gone on 1 January 2026
        (date(2026, 3, 1), 9.0, True, 0.055),
    ],
)
def test_vat_in_force(at, kwc, criteria, rate) -> None:
    assert pv_rules_at(project(kwc, at, reduced_vat_criteria=criteria)).vat.value == rate


@pytest.mark.parametrize(
    ("at", "price"),
    [
        (date(2025, 1, 15), 0.2516),
        (date(2025, 4, 1), 0.2016),
        (date(2025, 9, 1), 0.1952),
        (date(2026, 3, 1), 0.194),
    ],
)
def test_regulated_price_of_the_period(at, price) -> None:
    assert pv_rules_at(project(at=at)).electricity_eur_kwh.value == pytest.approx(price)


def test_untranscribed_period_asks_for_the_value() -> None:
    # 1 February – 27 March 2025: CRE grid not transcribed; the tool must say so, not guess.
    with pytest.raises(SolarInputError, match="tarif d'achat du surplus") as caught:
        pv_economics(project(at=date(2025, 2, 15)))
    assert caught.value.field == "date"


def test_no_period_overlaps_and_every_entry_has_a_source() -> None:
    data = read_json("pv_economics.json")
    series = [k for k in data if not k.startswith("_")]
    day = date(2024, 11, 1)
    while day <= date(2027, 12, 31):
        for key in series:
            covering = [
                e
                for e in data[key]
                if date.fromisoformat(e["valid_from"]) <= day
                and (e["valid_until"] is None or day <= date.fromisoformat(e["valid_until"]))
            ]
            assert len(covering) <= 1, (key, day)
        day += timedelta(days=7)
    for key in series:
        for entry in data[key]:
            blocks = (
                [entry] if "source" in entry else [v for v in entry.values() if isinstance(v, dict)]
            )
            assert blocks, entry["id"]
            for block in blocks:
                assert block["source"]["text"] and block["source"]["ref"], entry["id"]
                assert isinstance(block["source"]["checked"], bool)


def test_estimated_cost_and_unchecked_values_are_flagged() -> None:
    result = pv_economics(project(6.0, date(2026, 3, 1)))
    # No quote: middle of 2.0–2.5 € TTC/Wc published at 20 % VAT, i.e. 1.875 € HT/Wc.
    assert result.investment_ht_eur == pytest.approx(2.25 / 1.2 * 6000)
    assert not result.cost_from_quote
    assert any("devis" in note for note in result.notes)
    assert any("(à vérifier)" in note for note in result.notes)


def test_user_price_replaces_the_regulated_one() -> None:
    result = pv_economics(project(installed_cost_eur_ht=6000.0), electricity_eur_kwh=0.25)
    assert result.central.first_year_savings_eur == pytest.approx(1200 * 0.25 + 1800 * 0.04)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: PvProject(12.0, 1000.0, 1000.0, date(2026, 3, 1)), "puissance"),
        (lambda: PvProject(3.0, -5.0, 1000.0, date(2026, 3, 1)), "autoconsommation"),
        (lambda: PvProject(3.0, 1000.0, float("nan"), date(2026, 3, 1)), "surplus"),
        (lambda: PvProject(3.0, 1000.0, 1000.0, "2026-03-01"), "date"),
    ],
)
def test_bad_project_is_refused_with_the_field(make, field) -> None:
    with pytest.raises(SolarInputError) as caught:
        make()
    assert caught.value.field == field


def test_a_datetime_counts_by_its_day() -> None:
    from datetime import datetime

    rules = pv_rules_at(PvProject(3.0, 1000.0, 1000.0, datetime(2025, 3, 28, 9, 30)))
    assert rules.surplus_eur_kwh.value == pytest.approx(0.04)
