"""Typed system inputs: ventilation, heating, hot water, cooling, electricity production.

Field names are the ADEME XML tags (``donnee_entree``). Units: surfaces m², power ``pn`` in W,
needs and consumptions (``besoin_*``, ``conso_*``) in kWh/yr, efficiencies and ratios
dimensionless, temperatures °C, storage volume L, loss coefficients ``hvent``/``hperm`` W/K.
Each element keeps the certified engine's ``donnee_intermediaire`` in a typed object whose
``values`` mapping holds every numeric value found there. Method references are to the
3CL-DPE 2021 annex 1: ventilation §4, heating §9 and §12–13, hot water §11 and §14, cooling §10,
PV §16.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class VentilationIntermediaire:
    pvent_moy: float | None
    q4pa_conv: float | None
    """Conventional air permeability under 4 Pa [m³/(h·m²)]."""
    conso_auxiliaire_ventilation: float | None
    hperm: float | None
    hvent: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Ventilation:
    """Ventilation system (``ventilation``, method §4)."""

    description: str | None
    reference: str | None
    surface_ventile: float
    plusieurs_facade_exposee: bool | None
    tv_q4pa_conv_id: int | None
    q4pa_conv_saisi: float | None
    enum_methode_saisie_q4pa_conv_id: int | None
    tv_debits_ventilation_id: int | None
    enum_type_ventilation_id: int
    ventilation_post_2012: bool | None
    cle_repartition_ventilation: float | None
    intermediaire: VentilationIntermediaire


@dataclass(frozen=True, slots=True)
class GenerateurChauffageIntermediaire:
    pn: float | None
    """Nominal power [W]."""
    qp0: float | None
    """Standby losses; the unit varies between programs (W, kW or share of Pn)."""
    temp_fonc_30: float | None
    temp_fonc_100: float | None
    rpn: float | None
    rpint: float | None
    rendement_generation: float | None
    scop: float | None
    conso_ch: float | None
    conso_ch_depensier: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class GenerateurChauffage:
    """Heat generator (``generateur_chauffage``)."""

    description: str | None
    reference: str | None
    reference_generateur_mixte: str | None
    """Reference of the same device described as a hot-water generator (combined boilers)."""
    enum_type_generateur_ch_id: int
    enum_usage_generateur_id: int | None
    """1 heating, 2 hot water, 3 both."""
    enum_type_energie_id: int
    position_volume_chauffe: bool | None
    enum_methode_saisie_carac_sys_id: int | None
    enum_lien_generateur_emetteur_id: int | None
    tv_rendement_generation_id: int | None
    tv_generateur_combustion_id: int | None
    tv_scop_id: int | None
    tv_temp_fonc_30_id: int | None
    tv_temp_fonc_100_id: int | None
    identifiant_reseau_chaleur: str | None
    """District-heating network id (``6204C``) from the yearly network order."""
    date_arrete_reseau_chaleur: date | None
    presence_regulation_combustion: bool | None
    presence_ventouse: bool | None
    priorite_generateur_cascade: int | None
    intermediaire: GenerateurChauffageIntermediaire
    annee_installation: int | None = None
    """Installation year a program wrote outside the data model (LICIEL's
    ``<data_complementaires data-annee-installation="1981">``); ``None`` when absent or not a
    year (« Inconnue »)."""


@dataclass(frozen=True, slots=True)
class EmetteurChauffageIntermediaire:
    i0: float | None
    """Intermittence coefficient [-]."""
    rendement_emission: float | None
    rendement_distribution: float | None
    rendement_regulation: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class EmetteurChauffage:
    """Heat emitter and its distribution (``emetteur_chauffage``)."""

    description: str | None
    reference: str | None
    surface_chauffee: float
    tv_rendement_emission_id: int | None
    tv_rendement_distribution_ch_id: int | None
    tv_rendement_regulation_id: int | None
    enum_type_emission_distribution_id: int
    tv_intermittence_id: int | None
    reseau_distribution_isole: bool | None
    enum_equipement_intermittence_id: int
    enum_type_regulation_id: int | None
    enum_type_chauffage_id: int | None
    """1 divided (room heaters), 2 central."""
    enum_temp_distribution_ch_id: int
    enum_lien_generateur_emetteur_id: int | None
    enum_periode_installation_emetteur_id: int | None
    intermediaire: EmetteurChauffageIntermediaire


@dataclass(frozen=True, slots=True)
class InstallationChauffageIntermediaire:
    besoin_ch: float | None
    besoin_ch_depensier: float | None
    conso_ch: float | None
    conso_ch_depensier: float | None
    fch: float | None
    """Solar coverage of heating [-]."""
    production_ch_solaire: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class InstallationChauffage:
    """Heating installation (``installation_chauffage``) with its emitters and generators."""

    description: str | None
    reference: str | None
    surface_chauffee: float
    nombre_niveau_installation_ch: int | None
    enum_cfg_installation_ch_id: int
    enum_type_installation_id: int
    """1 individual, 2 collective, 3 multi-building as a network, 4 collective-individual."""
    enum_methode_calcul_conso_id: int
    cle_repartition_ch: float | None
    """Share of a collective installation's consumption given to this dwelling [-]."""
    ratio_virtualisation: float | None
    """Share of a collective generator given to the virtual individual one [-]."""
    rdim: float | None
    coef_ifc: float | None
    nombre_logement_echantillon: int | None
    enum_methode_saisie_fact_couv_sol_id: int | None
    tv_facteur_couverture_solaire_id: int | None
    fch_saisi: float | None
    emetteurs: tuple[EmetteurChauffage, ...]
    generateurs: tuple[GenerateurChauffage, ...]
    intermediaire: InstallationChauffageIntermediaire

    @property
    def est_collective(self) -> bool:
        """True unless the installation is individual (``enum_type_installation_id`` 1)."""
        return self.enum_type_installation_id != 1


@dataclass(frozen=True, slots=True)
class GenerateurEcsIntermediaire:
    pn: float | None
    """Nominal power [W]."""
    qp0: float | None
    rpn: float | None
    cop: float | None
    pveilleuse: float | None
    ratio_besoin_ecs: float | None
    rendement_generation: float | None
    rendement_generation_stockage: float | None
    rendement_stockage: float | None
    conso_ecs: float | None
    conso_ecs_depensier: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class GenerateurEcs:
    """Hot-water generator (``generateur_ecs``)."""

    description: str | None
    reference: str | None
    reference_generateur_mixte: str | None
    enum_type_generateur_ecs_id: int
    enum_usage_generateur_id: int | None
    enum_type_energie_id: int
    enum_methode_saisie_carac_sys_id: int | None
    enum_periode_installation_ecs_thermo_id: int | None
    enum_type_stockage_ecs_id: int | None
    position_volume_chauffe: bool | None
    position_volume_chauffe_stockage: bool | None
    volume_stockage: float | None
    """Storage volume [L]."""
    presence_ventouse: bool | None
    tv_generateur_combustion_id: int | None
    tv_pertes_stockage_id: int | None
    tv_scop_id: int | None
    identifiant_reseau_chaleur: str | None
    date_arrete_reseau_chaleur: date | None
    intermediaire: GenerateurEcsIntermediaire


@dataclass(frozen=True, slots=True)
class InstallationEcsIntermediaire:
    rendement_distribution: float | None
    besoin_ecs: float | None
    besoin_ecs_depensier: float | None
    conso_ecs: float | None
    conso_ecs_depensier: float | None
    fecs: float | None
    """Solar coverage of hot water [-]."""
    production_ecs_solaire: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class InstallationEcs:
    """Hot-water installation (``installation_ecs``) with its generators."""

    description: str | None
    reference: str | None
    enum_cfg_installation_ecs_id: int
    enum_type_installation_id: int | None
    enum_methode_calcul_conso_id: int | None
    surface_habitable: float
    nombre_logement: float | None
    """Dwellings served; some programs write ``1.00``, kept as a float."""
    nombre_niveau_installation_ecs: int | None
    tv_rendement_distribution_ecs_id: int | None
    enum_bouclage_reseau_ecs_id: int | None
    reseau_distribution_isole: bool | None
    cle_repartition_ecs: float | None
    ratio_virtualisation: float | None
    rdim: float | None
    enum_methode_saisie_fact_couv_sol_id: int | None
    enum_type_installation_solaire_id: int | None
    tv_facteur_couverture_solaire_id: int | None
    fecs_saisi: float | None
    generateurs: tuple[GenerateurEcs, ...]
    intermediaire: InstallationEcsIntermediaire

    @property
    def est_collective(self) -> bool:
        """True for a collective installation (``enum_type_installation_id`` 2, 3 or 4)."""
        return self.enum_type_installation_id not in (None, 1)


@dataclass(frozen=True, slots=True)
class ClimatisationIntermediaire:
    besoin_fr: float | None
    conso_fr: float | None
    conso_fr_depensier: float | None
    eer: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Climatisation:
    """Cooling system (``climatisation``, method §10)."""

    description: str | None
    reference: str | None
    surface_clim: float
    tv_seer_id: int | None
    enum_methode_calcul_conso_id: int | None
    enum_periode_installation_fr_id: int | None
    enum_type_energie_id: int | None
    enum_type_generateur_fr_id: int
    enum_methode_saisie_carac_sys_id: int | None
    cle_repartition_clim: float | None
    intermediaire: ClimatisationIntermediaire


@dataclass(frozen=True, slots=True)
class PanneauPv:
    """A field of PV modules (``panneaux_pv``, method §16)."""

    enum_orientation_pv_id: int | None
    enum_inclinaison_pv_id: int | None
    tv_coef_orientation_pv_id: int | None
    surface_totale_capteurs: float | None
    nombre_module: int | None
    ratio_virtualisation: float | None


@dataclass(frozen=True, slots=True)
class ProductionElecEnrIntermediaire:
    taux_autoproduction: float | None
    production_pv: float | None
    """Yearly PV production [kWh/yr]."""
    conso_elec_ac: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class ProductionElecEnr:
    """On-site renewable electricity (``production_elec_enr``)."""

    description: str | None
    reference: str | None
    presence_production_pv: bool
    enum_type_enr_id: int | None
    panneaux: tuple[PanneauPv, ...]
    intermediaire: ProductionElecEnrIntermediaire


@dataclass(frozen=True, slots=True)
class Systemes:
    """Every system of ``logement``, in file order (empty tuples when absent)."""

    ventilations: tuple[Ventilation, ...]
    installations_chauffage: tuple[InstallationChauffage, ...]
    installations_ecs: tuple[InstallationEcs, ...]
    climatisations: tuple[Climatisation, ...]
    production_elec_enr: ProductionElecEnr | None
    """None when the block is absent or empty (no production described)."""
