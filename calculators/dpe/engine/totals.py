"""From final consumptions to the DPE indicators and label (3CL-DPE 2021; arrêté du 31 mars 2021,
annexes 3, 4, 5, 7 and 13; arrêté du 15 septembre 2006, annexes 3, 4 and 7).

Input: the final consumption of each use (heating, hot water, cooling, lighting, auxiliaries)
and energy [kWhEF/yr], the reference surface and the date of the diagnostic. Output: final
energy, primary energy (electricity factor in force on that date: 2.3, then 1.9 from 1 January
2026; 1 for every other energy), greenhouse-gas emissions (per energy, per use for grid
electricity, the listed content of a heat network in the annexe 7 version of that date, coal's
for an unlisted one), conventional costs when the rules hold prices for that date, Cep/m²,
EGES/m², EF/m², then the label, the « passoire » flag and decency through
:func:`calculators.dpe.labels.label`. Self-consumed PV electricity (§16.2) is deducted from the
electricity of each use first. Every number comes from :func:`calculators.dpe.rules.rules_at`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from calculators.dpe.engine.systems_coefficients import SystemsInputError, require_non_negative
from calculators.dpe.labels import LabelResult, label
from calculators.dpe.rules import (
    DpeRules,
    HeatNetworkFactor,
    NetworkLookup,
    RulesError,
    heat_network_co2_factor,
    rules_at,
)

K = TypeVar("K")
_LARGEST = sys.float_info.max
"""Largest finite float: a float consumption in [0, this] passes the check without the call."""
ELECTRICITY = "electricite"
HEAT_NETWORK = "reseau_chaleur"


class Use(StrEnum):
    """The five regulated uses; values are the keys of the GHG factors of electricity."""

    CHAUFFAGE = "chauffage"
    ECS = "ecs"
    REFROIDISSEMENT = "refroidissement"
    ECLAIRAGE = "eclairage"
    AUXILIAIRES = "auxiliaires"


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class FinalConsumption(NamedTuple):
    """Final energy of one use and one energy [kWhEF/yr]; ``energy`` is a rules key
    (``"electricite"``, ``"gaz_naturel"``, ``"reseau_chaleur"``...)."""

    use: Use
    energy: str
    kwh: float


@dataclass(frozen=True, slots=True)
class Line:
    """One use and energy after PV deduction: final, primary [kWh/yr], GHG [kgCO2eq/yr] and
    its share of the energy's conventional cost [€/yr] (None when no price applies)."""

    use: Use
    energy: str
    ef_kwh: float
    ep_kwh: float
    ges_kg: float
    cost_eur: float | None


@dataclass(frozen=True, slots=True)
class Scenario:
    """Totals of one behaviour (conventional or *dépensier*) [kWh/yr, kgCO2eq/yr, €/yr]."""

    lines: tuple[Line, ...]

    @property
    def ef_kwh(self) -> float:
        return sum([line.ef_kwh for line in self.lines])

    @property
    def ep_kwh(self) -> float:
        return sum([line.ep_kwh for line in self.lines])

    @property
    def ges_kg(self) -> float:
        return sum([line.ges_kg for line in self.lines])

    @property
    def cost_eur(self) -> float | None:
        costs = [line.cost_eur for line in self.lines]
        return None if any(c is None for c in costs) else sum(c or 0.0 for c in costs)

    def by_use(self, quantity: str) -> Mapping[Use, float]:
        """``"ef_kwh"``, ``"ep_kwh"`` or ``"ges_kg"`` summed per use."""
        return _group(self.lines, quantity, lambda line: line.use)

    def by_energy(self, quantity: str) -> Mapping[str, float]:
        """Same, per energy."""
        return _group(self.lines, quantity, lambda line: line.energy)


@dataclass(frozen=True, slots=True)
class DpeTotals:
    """The indicators, label and explanation of a dwelling on a date."""

    at: date
    surface_m2: float
    conventional: Scenario
    depensier: Scenario | None
    heat_network: HeatNetworkFactor | None
    pv_deducted_kwh: float
    """Self-consumed PV electricity actually deducted [kWh/yr] (never more than the use's)."""
    label: LabelResult
    notes: tuple[str, ...]

    @property
    def cep_kwh_m2(self) -> float:
        """Primary energy, five uses [kWhEP/(m²·yr)]."""
        return self.conventional.ep_kwh / self.surface_m2

    @property
    def eges_kg_m2(self) -> float:
        """Emissions [kgCO2eq/(m²·yr)]."""
        return self.conventional.ges_kg / self.surface_m2

    @property
    def ef_kwh_m2(self) -> float:
        """Final energy [kWhEF/(m²·yr)] (decency criterion)."""
        return self.conventional.ef_kwh / self.surface_m2

    @property
    def rules_version(self) -> str:
        return self.label.rules_version


def dpe_totals(
    consumptions: Iterable[FinalConsumption],
    surface_m2: float,
    at: date,
    *,
    heat_network_id: str | None = None,
    network_lookup: NetworkLookup | None = None,
    pv_self_consumed_kwh: Mapping[Use, float] | None = None,
    depensier: Iterable[FinalConsumption] | None = None,
    altitude_m: float | None = None,
    climate_zone: str | None = None,
) -> DpeTotals:
    """The DPE indicators of final consumptions ``consumptions`` on date ``at``.

    ``surface_m2``: reference surface [m²]. ``heat_network_id``: the annexe 7 identifier of the
    heat network (``"6204C"``), None for an unidentified one; ``network_lookup`` serves other
    networks than those the rules bundle. ``pv_self_consumed_kwh``: self-consumed PV electricity
    per use [kWh/yr] (:func:`calculators.dpe.engine.pv_deduction.self_consumption`), deducted
    from that use's electricity. ``depensier``: the consumptions of the *dépensier* scenario.
    """
    surface = require_non_negative(surface_m2, "surface de référence", strictly=True)
    rules = rules_at(at)
    notes: list[str] = []
    gross = list(consumptions)
    items = _deduct_pv(gross, pv_self_consumed_kwh or {})
    network = None
    if HEAT_NETWORK in {item.energy for item in items}:
        network = heat_network_co2_factor(heat_network_id, rules.at, lookup=network_lookup)
        notes.append(network.note)
    factors: dict[tuple[Use, str], tuple[float, float]] = {}
    conventional = _scenario(items, rules, network, notes, factors)
    dep = None
    if depensier is not None:
        dep_items = _deduct_pv(list(depensier), pv_self_consumed_kwh or {})
        dep = _scenario(dep_items, rules, network, [], factors)
    pv = sum([item.kwh for item in gross]) - sum([item.kwh for item in items])
    result = label(
        conventional.ep_kwh / surface,
        conventional.ges_kg / surface,
        surface,
        rules.at,
        altitude_m,
        conventional.ef_kwh / surface,
        climate_zone=climate_zone,
    )
    return DpeTotals(
        at=rules.at,
        surface_m2=surface,
        conventional=conventional,
        depensier=dep,
        heat_network=network,
        pv_deducted_kwh=pv,
        label=result,
        notes=tuple(notes),
    )


def _deduct_pv(
    items: list[FinalConsumption], self_consumed: Mapping[Use, float]
) -> list[FinalConsumption]:
    """Electricity of each use minus its self-consumed PV (never below zero).

    An item nothing is taken from is returned as it is (same values, no copy); the error text
    of a bad consumption is only built for one that fails (this runs for every dwelling)."""
    for item in items:
        kwh = item.kwh
        if type(kwh) is not float or not 0.0 <= kwh <= _LARGEST:
            require_non_negative(kwh, f"consommation ({Use(item.use).value}, {item.energy})")
    remaining = {
        Use(use): require_non_negative(kwh, "électricité autoconsommée")
        for use, kwh in self_consumed.items()
    }
    if not any(remaining.values()):
        return list(items)
    result: list[FinalConsumption] = []
    for item in items:
        kwh = item.kwh
        if item.energy == ELECTRICITY and remaining.get(item.use):
            taken = min(kwh, remaining[item.use])
            remaining[item.use] -= taken
            kwh -= taken
            item = FinalConsumption(item.use, item.energy, kwh)
        result.append(item)
    return result


def _scenario(
    items: list[FinalConsumption],
    rules: DpeRules,
    network: HeatNetworkFactor | None,
    notes: list[str],
    factors: dict[tuple[Use, str], tuple[float, float]],
) -> Scenario:
    """The lines of one behaviour; ``factors`` keeps the (primary energy, GHG) factors of each
    (use, energy) met, shared by both behaviours of a dwelling."""
    per_energy: dict[str, float] = {}
    for item in items:
        per_energy[item.energy] = per_energy.get(item.energy, 0.0) + item.kwh
    costs = _energy_costs(per_energy, rules, notes)
    lines = []
    for item in items:
        energy, kwh = item.energy, item.kwh
        key = (item.use, energy)
        pair = factors.get(key)
        if pair is None:
            pair = factors[key] = (
                rules.primary_energy.factor(energy),
                _ghg_factor(item, rules, network),
            )
        total = per_energy[energy]
        energy_cost = costs.get(energy)
        cost = None if energy_cost is None else (energy_cost * kwh / total if total else 0.0)
        lines.append(Line(item.use, energy, kwh, pair[0] * kwh, pair[1] * kwh, cost))
    return Scenario(tuple(lines))


def _ghg_factor(
    item: FinalConsumption, rules: DpeRules, network: HeatNetworkFactor | None
) -> float:
    if item.energy == HEAT_NETWORK and network is not None:
        return network.kg_co2_per_kwh
    if item.energy not in rules.energies:
        raise SystemsInputError(
            f"énergie « {item.energy} » inconnue des règles DPE.", field="énergie"
        )
    # A Use is a str whose value is the key: no `.value` lookup (an enum property) needed.
    return rules.ghg.factor(item.energy, item.use if item.energy == ELECTRICITY else None)


def _energy_costs(
    per_energy: Mapping[str, float], rules: DpeRules, notes: list[str]
) -> dict[str, float | None]:
    """Yearly cost of each energy's total (the price band depends on it) [€/yr]."""
    prices = rules.energy_prices
    if prices is None:
        notes.append(
            "Coûts conventionnels non calculés : les tarifs en vigueur à cette date ne sont pas "
            "intégrés."
        )
        return dict.fromkeys(per_energy)
    costs: dict[str, float | None] = {}
    for energy, kwh in per_energy.items():
        try:
            costs[energy] = prices.annual_cost_eur(energy, kwh)
        except RulesError as error:
            notes.append(str(error))
            costs[energy] = None
    return costs


def _group(lines: Iterable[Line], quantity: str, key: Callable[[Line], K]) -> Mapping[K, float]:
    if quantity not in ("ef_kwh", "ep_kwh", "ges_kg"):
        raise SystemsInputError(f"grandeur « {quantity} » inconnue.", field="grandeur")
    totals: dict[K, float] = {}
    for line in lines:
        group = key(line)
        totals[group] = totals.get(group, 0.0) + float(getattr(line, quantity))
    return MappingProxyType(totals)
