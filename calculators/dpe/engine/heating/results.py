"""What the heating stage returns: consumption per generator, per installation, per dwelling.

Consumptions are final energy in kWh/yr (PCI), for the conventional behaviour (19 °C) and the
*dépensier* one (21 °C); they are the dwelling's share (the flat's part of a collective
installation). Needs are those of the installation at the scope of the calculation (a whole
building for a building DPE or a flat generated from building data). ``energie`` is the key of
:mod:`calculators.dpe.rules` (``gaz_naturel``, ``reseau_chaleur``...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GeneratorResult:
    """One heat generator of an installation."""

    reference: str | None
    description: str | None
    type_generateur_ch_id: int
    famille: str
    """Calculation family (``chaudiere_gaz``, ``pac_air_eau``, ``reseau_chaleur``...)."""
    energie_id: int
    """ADEME ``enum_type_energie_id``."""
    energie: str
    role: str
    """``principal``, ``appoint``, ``salle_de_bains``, ``releve`` or ``base``."""
    rendement_generation: float
    """Rg, or the SCOP of a heat pump [-] (conventional behaviour)."""
    rendement_generation_depensier: float
    pn_kw: float | None
    """Nominal power used [kW] (virtualised for a collective generator seen from a flat)."""
    besoin_couvert_kwh: float
    conso_ch_kwh: float
    conso_ch_depensier_kwh: float
    auxiliaires_generation_kwh: float
    """Generation auxiliaries (§15.1), electricity [kWh/yr]; 0 where the method has none."""
    identifiant_reseau_chaleur: str | None


@dataclass(frozen=True, slots=True)
class InstallationResult:
    """One heating installation (``installation_chauffage``)."""

    reference: str | None
    description: str | None
    configuration_id: int
    collective: bool
    besoin_ch_kwh: float
    besoin_ch_depensier_kwh: float
    part_logement: float
    """Share of the installation's consumption given to the dwelling [-]."""
    conso_ch_kwh: float
    conso_ch_depensier_kwh: float
    generateurs: tuple[GeneratorResult, ...]


@dataclass(frozen=True, slots=True)
class HeatingResult:
    """Heating consumption of the dwelling (or building) and how it was obtained."""

    conso_ch_kwh: float
    conso_ch_depensier_kwh: float
    auxiliaires_generation_kwh: float
    conso_par_energie_kwh: Mapping[str, float]
    installations: tuple[InstallationResult, ...]
    warnings: tuple[str, ...]
    """French notes on every approximation or input the engine could not use as the method
    says, naming the installation and generator concerned."""
