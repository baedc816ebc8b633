"""Economics of a residential PV roof in self-consumption with surplus sale (≤ 9 kWc).

Why: the purchase price of the surplus fell to 0.04 €/kWh in March 2025, so a project pays
through the electricity the household no longer buys; the diagnostic shows the investment,
the yearly savings, the payback and a 20-year net value, and how they move with the price of
electricity, with every value's source and date (``data/pv_economics.json``).

:func:`pv_rules_at` picks the values in force on the day of the connection request (the date
that fixes the tariff and bonus for the 20-year contract, and, for the VAT, the invoice).
:func:`pv_economics` computes, for year y = 1 … N (N = contract length):

- production, self-consumed and exported energy fall by the module degradation d per year:
  E_y = E_1·(1 − d)^(y−1) (the self-consumed share is kept: a small optimistic bias);
- the electricity price grows by e per year: p_y = p_1·(1 + e)^(y−1); the surplus price is
  fixed by the contract;
- cash flow C_y = avoided import_y × p_y + export_y × surplus price, plus the bonus in
  year 1 (paid once for ≤ 9 kWc), minus the inverter replacement in its year;
- net present value NPV = −investment TTC + Σ C_y / (1 + r)^y, r the discount rate;
- simple payback = (investment TTC − bonus) / year-1 savings (undiscounted, no escalation).

Sensitivity: the same with the year-1 electricity price −20 % and +20 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from calculators.solar.data import (
    DataError,
    Source,
    SourcedValue,
    entry_at,
    field,
    number,
    read_json,
    source,
    sourced,
)
from calculators.solar.errors import SolarInputError
from calculators.solar.hours import check_range

FILE = "pv_economics.json"
PRICE_SENSITIVITY = (-0.20, 0.20)
"""Relative changes of the year-1 electricity price tested."""


@dataclass(frozen=True)
class PvRules:
    """Tariffs, tax and prices in force on ``at`` for a system of ``peak_power_kwc``."""

    at: date
    surplus_eur_kwh: SourcedValue
    bonus_eur_per_kwc: SourcedValue
    full_sale_open: bool
    contract_years: int
    vat: SourcedValue
    vat_label: str
    electricity_eur_kwh: SourcedValue
    cost_low_eur_per_wc_ht: SourcedValue
    cost_high_eur_per_wc_ht: SourcedValue
    degradation: SourcedValue
    escalation: SourcedValue
    discount_rate: SourcedValue
    inverter_year: SourcedValue
    inverter_eur_per_kwc_ht: SourcedValue
    inverter_vat: SourcedValue

    def sourced_values(self) -> tuple[SourcedValue, ...]:
        """Every value used, for the report's « hypothèses et sources » table."""
        return tuple(v for v in vars(self).values() if isinstance(v, SourcedValue))


@dataclass(frozen=True)
class PvProject:
    """A PV project: peak power [kWc], year-1 energies [kWh/an] from :mod:`.self_consumption`
    (``avoided_import_kwh``, ``export_kwh``), connection-request date, optional quote."""

    peak_power_kwc: float
    avoided_import_kwh: float
    export_kwh: float
    request_date: date
    installed_cost_eur_ht: float | None = None
    reduced_vat_criteria: bool = False
    dwelling_over_two_years: bool = True

    def __post_init__(self) -> None:
        check_range(self.peak_power_kwc, "puissance", "La puissance crête (kWc)", 0.1, 9.0)
        check_range(
            self.avoided_import_kwh,
            "autoconsommation",
            "L'énergie autoconsommée (kWh/an)",
            0.0,
            100_000.0,
        )
        check_range(self.export_kwh, "surplus", "Le surplus injecté (kWh/an)", 0.0, 100_000.0)
        if self.installed_cost_eur_ht is not None:
            check_range(
                self.installed_cost_eur_ht,
                "cout",
                "Le coût de l'installation (€ HT)",
                1.0,
                500_000.0,
            )
        if not isinstance(self.request_date, date):
            raise SolarInputError("Date de demande de raccordement invalide.", field="date")


@dataclass(frozen=True)
class YearFlow:
    """One year of the contract: year number, cash flow [€], and its discounted value [€]."""

    year: int
    savings_eur: float
    surplus_eur: float
    other_eur: float
    discounted_eur: float


@dataclass(frozen=True)
class Outcome:
    """Payback [years] (None if never) and net present value [€] for one electricity price."""

    electricity_eur_kwh: float
    first_year_savings_eur: float
    simple_payback_years: float | None
    net_present_value_eur: float


@dataclass(frozen=True)
class PvEconomics:
    """Investment, bonus, yearly flows and outcomes (central and price sensitivity)."""

    rules: PvRules
    investment_ht_eur: float
    investment_ttc_eur: float
    cost_from_quote: bool
    bonus_eur: float
    years: tuple[YearFlow, ...]
    central: Outcome
    sensitivity: Mapping[float, Outcome]
    notes: tuple[str, ...]


def _segment(entry: Mapping[str, Any], kwc: float, where: str) -> Mapping[str, Any]:
    for seg in field(entry, "segments", where):
        if kwc <= number(seg, "max_kwc", where):
            return seg
    raise SolarInputError(
        f"Puissance {kwc:g} kWc hors des segments transcrits (≤ 9 kWc).", field="puissance"
    )


def _vat(entry: Mapping[str, Any], project: PvProject, where: str) -> tuple[float, str]:
    flags = {
        "reduced_vat_criteria": project.reduced_vat_criteria,
        "dwelling_over_two_years": project.dwelling_over_two_years,
    }
    for rule in field(entry, "rules", where):
        limit = rule.get("max_kwc")
        fits = limit is None or project.peak_power_kwc <= limit
        if fits and (rule.get("requires") is None or flags.get(rule["requires"], False)):
            return number(rule, "rate", where), str(field(rule, "label", where))
    raise DataError(f"Données solaires invalides ({where}) : aucun taux de TVA applicable.")


def electricity_price_at(at: date) -> SourcedValue:
    """The regulated electricity price (tarif bleu, option Base) in force on ``at`` [€ TTC/kWh],
    the yardstick every « new energy » is compared with."""
    price = entry_at(read_json(FILE)["electricity_prices"], at, "prix de l'électricité", FILE)
    return SourcedValue(
        f"Prix de l'électricité ({field(price, 'option', FILE)})",
        number(price, "eur_per_kwh_ttc", FILE),
        "€ TTC/kWh",
        source(price, "electricity_prices"),
    )


def pv_rules_at(project: PvProject) -> PvRules:
    """The tariffs, VAT, price and assumptions in force on ``project.request_date``."""
    data = read_json(FILE)
    at = project.request_date
    kwc = project.peak_power_kwc
    tariff = entry_at(data["surplus_tariffs"], at, "tarif d'achat du surplus", FILE)
    segment = _segment(tariff, kwc, "surplus_tariffs")
    tariff_src = source(tariff, "surplus_tariffs")
    vat_entry = entry_at(data["vat_regimes"], at, "taux de TVA", FILE)
    vat_rate, vat_label = _vat(vat_entry, project, "vat_regimes")
    costs = entry_at(data["installed_costs"], at, "coût d'installation", FILE)
    cost = _segment(costs, kwc, "installed_costs")
    cost_src = source(costs, "installed_costs")
    included = number(cost, "vat_included", "installed_costs")
    hyp = entry_at(data["assumptions"], at, "hypothèses", FILE)
    return PvRules(
        at=at,
        surplus_eur_kwh=SourcedValue(
            "Tarif d'achat du surplus",
            number(segment, "surplus_eur_kwh", FILE),
            "€/kWh",
            tariff_src,
        ),
        bonus_eur_per_kwc=SourcedValue(
            "Prime à l'autoconsommation",
            number(segment, "bonus_eur_per_kwc", FILE),
            "€/kWc",
            tariff_src,
        ),
        full_sale_open=bool(field(tariff, "full_sale_open", FILE)),
        contract_years=int(number(tariff, "contract_years", FILE)),
        vat=SourcedValue("Taux de TVA", vat_rate, "", source(vat_entry, "vat_regimes")),
        vat_label=vat_label,
        electricity_eur_kwh=electricity_price_at(at),
        cost_low_eur_per_wc_ht=SourcedValue(
            "Coût installé bas",
            number(cost, "low_eur_per_wc_ttc", FILE) / (1 + included),
            "€ HT/Wc",
            cost_src,
        ),
        cost_high_eur_per_wc_ht=SourcedValue(
            "Coût installé haut",
            number(cost, "high_eur_per_wc_ttc", FILE) / (1 + included),
            "€ HT/Wc",
            cost_src,
        ),
        degradation=sourced(hyp, "degradation_per_year", FILE, "Dégradation des modules", "par an"),
        escalation=sourced(
            hyp,
            "electricity_price_escalation_per_year",
            FILE,
            "Hausse du prix de l'électricité",
            "par an",
        ),
        discount_rate=sourced(
            hyp, "discount_rate_per_year", FILE, "Taux d'actualisation", "par an"
        ),
        inverter_year=sourced(
            hyp, "inverter_replacement_year", FILE, "Année de remplacement de l'onduleur", ""
        ),
        inverter_eur_per_kwc_ht=sourced(
            hyp,
            "inverter_replacement_eur_per_kwc_ht",
            FILE,
            "Coût du remplacement de l'onduleur",
            "€ HT/kWc",
        ),
        inverter_vat=sourced(
            hyp, "inverter_replacement_vat", FILE, "TVA sur le remplacement de l'onduleur", ""
        ),
    )


def pv_economics(project: PvProject, electricity_eur_kwh: float | None = None) -> PvEconomics:
    """Investment, savings, payback and NPV of ``project`` (values in force at its date).

    ``electricity_eur_kwh`` replaces the regulated price (e.g. the household's own offer).
    """
    rules = pv_rules_at(project)
    if electricity_eur_kwh is not None:
        check_range(
            electricity_eur_kwh, "prix_electricite", "Le prix de l'électricité (€/kWh)", 0.01, 2.0
        )
        rules = replace(
            rules,
            electricity_eur_kwh=SourcedValue(
                "Prix de l'électricité (saisi)",
                electricity_eur_kwh,
                "€ TTC/kWh",
                Source("Saisie de l'utilisateur", "prix de son contrat", checked=True),
            ),
        )
    kwc = project.peak_power_kwc
    quote = project.installed_cost_eur_ht
    mid = (rules.cost_low_eur_per_wc_ht.value + rules.cost_high_eur_per_wc_ht.value) / 2
    investment_ht = quote if quote is not None else mid * kwc * 1000.0
    investment_ttc = investment_ht * (1.0 + rules.vat.value)
    bonus = rules.bonus_eur_per_kwc.value * kwc
    outcomes = {
        change: _outcome(project, rules, investment_ttc, bonus, 1.0 + change)[0]
        for change in PRICE_SENSITIVITY
    }
    central, years = _outcome(project, rules, investment_ttc, bonus, 1.0)
    notes = [f"TVA appliquée : {rules.vat_label}."]
    if quote is None:
        notes.append("Coût estimé au milieu de la fourchette de marché : à remplacer par le devis.")
    if not rules.full_sale_open:
        notes.append(
            "Vente en totalité fermée pour les installations ≤ 9 kWc : seul le surplus est vendu."
        )
    unused = {rules.cost_low_eur_per_wc_ht, rules.cost_high_eur_per_wc_ht} if quote else set()
    notes.extend(
        f"Valeur à vérifier : {v.describe()}"
        for v in rules.sourced_values()
        if not v.source.checked and v not in unused
    )
    return PvEconomics(
        rules,
        investment_ht,
        investment_ttc,
        quote is not None,
        bonus,
        years,
        central,
        outcomes,
        tuple(notes),
    )


def _outcome(
    project: PvProject, rules: PvRules, investment_ttc: float, bonus: float, price_factor: float
) -> tuple[Outcome, tuple[YearFlow, ...]]:
    price = rules.electricity_eur_kwh.value * price_factor
    d, e, r = rules.degradation.value, rules.escalation.value, rules.discount_rate.value
    inverter_year = int(rules.inverter_year.value)
    inverter = (
        rules.inverter_eur_per_kwc_ht.value
        * project.peak_power_kwc
        * (1.0 + rules.inverter_vat.value)
    )
    years = []
    for y in range(1, rules.contract_years + 1):
        kept = (1.0 - d) ** (y - 1)
        savings = project.avoided_import_kwh * kept * price * (1.0 + e) ** (y - 1)
        surplus = project.export_kwh * kept * rules.surplus_eur_kwh.value
        other = (bonus if y == 1 else 0.0) - (inverter if y == inverter_year else 0.0)
        total = savings + surplus + other
        years.append(YearFlow(y, savings, surplus, other, total / (1.0 + r) ** y))
    first = project.avoided_import_kwh * price + project.export_kwh * rules.surplus_eur_kwh.value
    payback = (investment_ttc - bonus) / first if first > 0 else None
    npv = -investment_ttc + sum(flow.discounted_eur for flow in years)
    return Outcome(price, first, payback, npv), tuple(years)
