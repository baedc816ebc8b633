"""Conversion factors per energy: final to primary energy, and final energy to GHG emissions.

Sources: arrêté du 15 septembre 2006, annexe 3 § 2 (primary energy: electricity 2.3 until
31 Dec 2025, 1.9 from 1 Jan 2026 — arrêté du 13 août 2025; 1 for the others) and annexe 4 § 1.1
(kgCO2eq/kWhEF PCI, per use for electricity), which the DPE order of 31 March 2021 applies to
dwellings (its annexes 3, 4 and 13). Values are data (``primary_energy_factors.json``,
``ghg_factors.json``); listed heat networks have their own values (:mod:`.heat_networks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from calculators.dpe.rules.errors import RulesError
from calculators.dpe.rules.sources import Source, Validity

ELECTRICITY = "electricite"


@dataclass(frozen=True)
class Energy:
    """An energy the rules know: our ``key``, its French ``label``, its ADEME enumeration id."""

    key: str
    label: str
    ademe_id: int


@dataclass(frozen=True)
class DatedFactor:
    """One factor with its period and source (``energy`` is a key, or ``"autres"``)."""

    energy: str
    value: float
    validity: Validity
    source: Source


@dataclass(frozen=True)
class PrimaryEnergyFactors:
    """kWhEP per kWhEF: electricity has its own factor, every other energy ``others``."""

    electricity: DatedFactor
    others: DatedFactor

    def factor(self, energy: str) -> float:
        """The factor for an energy key (self-consumed renewable electricity is electricity)."""
        if energy.startswith(ELECTRICITY):
            return self.electricity.value
        return self.others.value


@dataclass(frozen=True)
class GhgFactors:
    """kgCO2eq per kWhEF PCI, per energy and, for grid electricity, per use."""

    id: str
    by_energy: Mapping[str, float]
    electricity_by_use: Mapping[str, float]
    validity: Validity
    source: Source

    def factor(self, energy: str, use: str | None = None) -> float:
        """The factor of ``energy``; grid electricity needs its ``use`` (``"chauffage"``, ...).

        A heat network here gets the default for networks absent from annexe 7; use
        :func:`calculators.dpe.rules.heat_network_co2_factor` for a listed network.
        """
        if energy == ELECTRICITY:
            if use not in self.electricity_by_use:
                uses = ", ".join(sorted(self.electricity_by_use))
                raise RulesError(
                    f"Usage de l'électricité inconnu ou absent : « {use} » (attendu : {uses}).",
                    field="usage",
                )
            return self.electricity_by_use[use]
        if energy not in self.by_energy:
            raise RulesError(
                f"Pas de facteur d'émission pour l'énergie « {energy} ».", field="énergie"
            )
        return self.by_energy[energy]
