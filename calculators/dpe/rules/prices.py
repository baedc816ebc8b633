"""Conventional energy prices for the DPE's estimate of yearly energy costs.

Source: arrêté du 31 mars 2021 (DPE des logements), annexe 7 § 1 — prices of 1 January 2021 in
€ TTC per kWh PCI of final energy, subscription included; natural gas and electricity by
consumption band ("sans effet cumulatif des tranches précédentes"). Values are data
(``energy_prices.json``); the prices revised from 1 July 2024 (arrêté du 25 mars 2024) are not
transcribed yet, so no price table is in force after 30 June 2024.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calculators.dpe.rules.errors import DpeInputError, RulesError
from calculators.dpe.rules.sources import Source, Validity


@dataclass(frozen=True)
class PriceTier:
    """From ``from_kwh`` kWhEF/an on: cost = ``fixed_eur`` + ``eur_per_kwh`` × consumption."""

    from_kwh: float
    fixed_eur: float
    eur_per_kwh: float


@dataclass(frozen=True)
class EnergyPrices:
    """One price table: tiers per energy key, sorted by ``from_kwh``; ``price_date`` is its date."""

    id: str
    price_date: date
    tiers: Mapping[str, tuple[PriceTier, ...]]
    validity: Validity
    source: Source

    def annual_cost_eur(self, energy: str, kwh_ef: float) -> float:
        """Yearly cost in € TTC of ``kwh_ef`` kWh of final energy (PCI) of ``energy``.

        For gas and electricity ``kwh_ef`` is the conventional yearly consumption of that energy
        that sets the band (annexe 7 § 1 explains which: dwelling or whole building).
        """
        if not kwh_ef >= 0:
            raise DpeInputError(
                f"Consommation annuelle invalide : {kwh_ef} kWh (attendu un nombre positif).",
                field="consommation annuelle",
            )
        if energy not in self.tiers:
            raise RulesError(
                f"Pas de prix conventionnel pour l'énergie « {energy} » ({self.source.text}).",
                field="énergie",
            )
        tier = [t for t in self.tiers[energy] if t.from_kwh <= kwh_ef][-1]
        return tier.fixed_eur + tier.eur_per_kwh * kwh_ef
