"""The official results of a DPE file (``logement/sortie``), typed.

Each block names the values the engine is checked against and keeps, in ``values``, every
numeric value of the block by tag, so that nothing present in the file is lost (the breakdown of
auxiliaries, the ``*_depensier`` variants, fields added by later model versions). A value absent
from the file is ``None``. Units (ADEME data model): heat-loss coefficients W/K; needs and
consumptions kWh/yr (``*_m2``: kWh/(m²·yr)); free gains and recovered losses Wh/yr; emissions
kgCO2eq/yr (``*_m2``: kgCO2eq/(m²·yr)); costs €/yr. Official results used the electricity
primary-energy factor of their date (2.3 before 2026).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Deperdition:
    """Heat-loss coefficients by element [W/K] (method chapter 3 and §4)."""

    hvent: float | None
    hperm: float | None
    deperdition_renouvellement_air: float | None
    deperdition_mur: float | None
    deperdition_plancher_bas: float | None
    deperdition_plancher_haut: float | None
    deperdition_baie_vitree: float | None
    deperdition_porte: float | None
    deperdition_pont_thermique: float | None
    deperdition_enveloppe: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class ApportEtBesoin:
    """Free gains [Wh/yr] and needs [kWh/yr] (method chapters 2, 6, 11)."""

    surface_sud_equivalente: float | None
    """South-equivalent glazed area [m²]."""
    apport_solaire_ch: float | None
    apport_interne_ch: float | None
    fraction_apport_gratuit_ch: float | None
    fraction_apport_gratuit_depensier_ch: float | None
    pertes_distribution_ecs_recup: float | None
    pertes_distribution_ecs_recup_depensier: float | None
    pertes_stockage_ecs_recup: float | None
    pertes_generateur_ch_recup: float | None
    pertes_generateur_ch_recup_depensier: float | None
    nadeq: float | None
    """Number of equivalent adults [-]."""
    v40_ecs_journalier: float | None
    """Daily hot-water volume at 40 °C [L/day]."""
    besoin_ch: float | None
    besoin_ch_depensier: float | None
    besoin_ecs: float | None
    besoin_ecs_depensier: float | None
    besoin_fr: float | None
    besoin_fr_depensier: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class EfConso:
    """Final-energy consumptions [kWh/yr]."""

    conso_ch: float | None
    conso_ch_depensier: float | None
    conso_ecs: float | None
    conso_ecs_depensier: float | None
    conso_eclairage: float | None
    conso_auxiliaire_ventilation: float | None
    conso_totale_auxiliaire: float | None
    conso_fr: float | None
    conso_fr_depensier: float | None
    conso_5_usages: float | None
    conso_5_usages_m2: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class EpConso:
    """Primary-energy consumptions [kWh/yr] and the energy class."""

    ep_conso_ch: float | None
    ep_conso_ch_depensier: float | None
    ep_conso_ecs: float | None
    ep_conso_ecs_depensier: float | None
    ep_conso_eclairage: float | None
    ep_conso_auxiliaire_ventilation: float | None
    ep_conso_totale_auxiliaire: float | None
    ep_conso_fr: float | None
    ep_conso_fr_depensier: float | None
    ep_conso_5_usages: float | None
    ep_conso_5_usages_m2: float | None
    classe_bilan_dpe: str
    """Official label (A–G): the worse of the energy and climate classes."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class EmissionGes:
    """Greenhouse-gas emissions [kgCO2eq/yr] and the climate class."""

    emission_ges_ch: float | None
    emission_ges_ch_depensier: float | None
    emission_ges_ecs: float | None
    emission_ges_ecs_depensier: float | None
    emission_ges_eclairage: float | None
    emission_ges_auxiliaire_ventilation: float | None
    emission_ges_totale_auxiliaire: float | None
    emission_ges_fr: float | None
    emission_ges_fr_depensier: float | None
    emission_ges_5_usages: float | None
    emission_ges_5_usages_m2: float | None
    classe_emission_ges: str
    """Climate class (A–G)."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Cout:
    """Yearly energy costs [€/yr] (prices of the DPE's date)."""

    cout_ch: float | None
    cout_ch_depensier: float | None
    cout_ecs: float | None
    cout_ecs_depensier: float | None
    cout_eclairage: float | None
    cout_auxiliaire_ventilation: float | None
    cout_total_auxiliaire: float | None
    cout_fr: float | None
    cout_fr_depensier: float | None
    cout_5_usages: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class ProductionElectricite:
    """PV production and its self-consumed part by use [kWh/yr]."""

    production_pv: float | None
    conso_elec_ac: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class QualiteIsolation:
    """Insulation quality: ``ubat`` [W/(m²·K)] and ``qualite_isol_*`` ids (enum
    ``qualite_composant``: 1 very good, 2 good, 3 average, 4 poor)."""

    ubat: float | None
    qualite_isol_enveloppe: int | None
    qualite_isol_mur: int | None
    qualite_isol_plancher_bas: int | None
    qualite_isol_plancher_haut_comble_perdu: int | None
    qualite_isol_plancher_haut_comble_amenage: int | None
    qualite_isol_plancher_haut_toit_terrasse: int | None
    qualite_isol_menuiserie: int | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class SortieParEnergie:
    """Consumption, emissions and cost for one energy (``sortie_par_energie``)."""

    enum_type_energie_id: int
    conso_5_usages: float | None
    emission_ges_5_usages: float | None
    cout_5_usages: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class DpeOutputs:
    """``logement/sortie``: the official results the engine is validated against."""

    deperdition: Deperdition
    apport_et_besoin: ApportEtBesoin
    ef_conso: EfConso
    ep_conso: EpConso
    emission_ges: EmissionGes
    cout: Cout
    production_electricite: ProductionElectricite
    qualite_isolation: QualiteIsolation
    sortie_par_energie: tuple[SortieParEnergie, ...]
    confort_ete: Mapping[str, float]
    """Summer-comfort flags and indicator id, as found (``confort_ete``)."""
