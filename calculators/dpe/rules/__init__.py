"""DPE rules as dated data: label thresholds, conversion and emission factors, rental law.

Every regulatory number lives in a JSON file of this package with its source and its period of
validity (see ``docs/dpe-rules.md``); :func:`rules_at` returns the immutable :class:`DpeRules`
in force on a date, with a short ``version`` string to record with each diagnostic::

    >>> rules_at(date(2026, 1, 1)).version
    '3CL-DPE 2021 · seuils 2024-07-01 · facteur EP électricité 1,9 (2026-01-01)'

Heat networks have their own yearly lists: :func:`heat_network_co2_factor`.
"""

from __future__ import annotations

from calculators.dpe.rules.errors import DpeInputError, RulesError
from calculators.dpe.rules.factors import Energy, GhgFactors, PrimaryEnergyFactors
from calculators.dpe.rules.heat_networks import (
    HeatNetworkFactor,
    NetworkLookup,
    bundled_lookup,
    heat_network_co2_factor,
    heat_network_list_at,
)
from calculators.dpe.rules.housing import (
    DecencyCheck,
    RentalStatus,
    check_decency,
    rental_status,
)
from calculators.dpe.rules.in_force import DpeRules, normalise_zone, rules_at
from calculators.dpe.rules.prices import EnergyPrices
from calculators.dpe.rules.scales import DPE_CLASSES, Bounds, Thresholds, class_of, upper_bound
from calculators.dpe.rules.sources import Source, Validity

__all__ = [
    "DPE_CLASSES",
    "Bounds",
    "DecencyCheck",
    "DpeInputError",
    "DpeRules",
    "Energy",
    "EnergyPrices",
    "GhgFactors",
    "HeatNetworkFactor",
    "NetworkLookup",
    "PrimaryEnergyFactors",
    "RentalStatus",
    "RulesError",
    "Source",
    "Thresholds",
    "Validity",
    "bundled_lookup",
    "check_decency",
    "class_of",
    "heat_network_co2_factor",
    "heat_network_list_at",
    "normalise_zone",
    "rental_status",
    "rules_at",
    "upper_bound",
]
