"""Typed envelope inputs: walls, floors, roofs, windows, doors, thermal bridges, verandas.

Field names are the ADEME XML tags (``donnee_entree``); surfaces in m², thicknesses in cm
(``epaisseur_*``, ``largeur_dormant``) except ``epaisseur_lame`` in mm, U values in W/(m²·K),
resistances in m²·K/W, linear coefficients ``k`` in W/(m·K), lengths in m. Each element keeps
the certified engine's ``donnee_intermediaire`` in a typed object whose ``values`` mapping holds
every numeric value found there, including those not named as fields. Method references are to
the 3CL-DPE 2021 annex 1 (arrêté du 31 mars 2021 modifié), chapter 3.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Adjacence:
    """What a wall, floor, roof, window or door is next to, for its coefficient b (§3.1)."""

    enum_type_adjacence_id: int
    """1 outside; 8 garage, 10 veranda, 11–13 attics, 14–18 circulations... (unheated: b < 1)."""
    tv_coef_reduction_deperdition_id: int | None
    enum_cfg_isolation_lnc_id: int | None
    """Which of the partition and the unheated space's outer walls are insulated."""
    surface_aiu: float | None
    """Area of the partition between heated and unheated space, Aiu [m²]."""
    surface_aue: float | None
    """Area of the unheated space's walls to the outside, Aue [m²]."""
    reference_lnc: str | None


@dataclass(frozen=True, slots=True)
class Inertie:
    """``enveloppe/inertie`` (method chapter 7)."""

    enum_classe_inertie_id: int
    inertie_plancher_bas_lourd: bool | None
    inertie_plancher_haut_lourd: bool | None
    inertie_paroi_verticale_lourd: bool | None


@dataclass(frozen=True, slots=True)
class MurIntermediaire:
    b: float | None
    umur: float | None
    """Final wall U [W/(m²·K)]."""
    umur0: float | None
    """Uninsulated wall U [W/(m²·K)]."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Mur:
    """Wall (``mur``, method §3.2.1)."""

    description: str | None
    reference: str | None
    adjacence: Adjacence
    enum_orientation_id: int
    surface_paroi_totale: float | None
    """Gross wall area [m²], windows and doors included."""
    surface_paroi_opaque: float
    """Opaque wall area [m²] (the one multiplied by U)."""
    tv_umur0_id: int | None
    tv_umur_id: int | None
    epaisseur_structure: float | None
    enum_materiaux_structure_mur_id: int
    enum_methode_saisie_u0_id: int
    enum_methode_saisie_u_id: int
    paroi_ancienne: bool | None
    enduit_isolant_paroi_ancienne: bool | None
    enum_type_doublage_id: int | None
    enum_type_isolation_id: int
    enum_periode_isolation_id: int | None
    epaisseur_isolation: float | None
    resistance_isolation: float | None
    umur0_saisi: float | None
    umur_saisi: float | None
    paroi_lourde: bool | None
    intermediaire: MurIntermediaire


@dataclass(frozen=True, slots=True)
class PlancherBasIntermediaire:
    b: float | None
    upb: float | None
    upb0: float | None
    upb_final: float | None
    """U after the ground correction Ue when it applies [W/(m²·K)]."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class PlancherBas:
    """Low floor (``plancher_bas``, method §3.2.2)."""

    description: str | None
    reference: str | None
    adjacence: Adjacence
    surface_paroi_opaque: float
    enum_type_plancher_bas_id: int | None
    tv_upb0_id: int | None
    tv_upb_id: int | None
    enum_methode_saisie_u0_id: int
    enum_methode_saisie_u_id: int
    enum_type_isolation_id: int
    enum_periode_isolation_id: int | None
    epaisseur_isolation: float | None
    resistance_isolation: float | None
    upb0_saisi: float | None
    upb_saisi: float | None
    calcul_ue: bool | None
    perimetre_ue: float | None
    """Exposed perimeter for Ue [m]."""
    surface_ue: float | None
    ue: float | None
    paroi_lourde: bool | None
    intermediaire: PlancherBasIntermediaire


@dataclass(frozen=True, slots=True)
class PlancherHautIntermediaire:
    b: float | None
    uph: float | None
    uph0: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class PlancherHaut:
    """Roof or top floor (``plancher_haut``, method §3.2.3)."""

    description: str | None
    reference: str | None
    adjacence: Adjacence
    surface_paroi_opaque: float
    enum_type_plancher_haut_id: int | None
    tv_uph0_id: int | None
    tv_uph_id: int | None
    enum_methode_saisie_u0_id: int
    enum_methode_saisie_u_id: int
    enum_type_isolation_id: int
    enum_periode_isolation_id: int | None
    epaisseur_isolation: float | None
    resistance_isolation: float | None
    uph0_saisi: float | None
    uph_saisi: float | None
    paroi_lourde: bool | None
    intermediaire: PlancherHautIntermediaire


@dataclass(frozen=True, slots=True)
class DoubleFenetreIntermediaire:
    ug: float | None
    uw: float | None
    sw: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class DoubleFenetre:
    """Second window of a double window (``baie_vitree_double_fenetre``, method §3.3.2)."""

    tv_ug_id: int | None
    enum_type_vitrage_id: int | None
    enum_inclinaison_vitrage_id: int | None
    enum_type_gaz_lame_id: int | None
    epaisseur_lame: float | None
    vitrage_vir: bool | None
    enum_methode_saisie_perf_vitrage_id: int | None
    tv_uw_id: int | None
    enum_type_materiaux_menuiserie_id: int | None
    enum_type_baie_id: int | None
    enum_type_pose_id: int | None
    tv_sw_id: int | None
    ug_saisi: float | None
    uw_saisi: float | None
    sw_saisi: float | None
    intermediaire: DoubleFenetreIntermediaire


@dataclass(frozen=True, slots=True)
class BaieVitreeIntermediaire:
    b: float | None
    ug: float | None
    uw: float | None
    ujn: float | None
    """U of window plus closed shutter [W/(m²·K)]."""
    u_menuiserie: float | None
    """U used for the losses: ujn when there is a shutter, else uw [W/(m²·K)]."""
    sw: float | None
    """Solar factor [-]."""
    fe1: float | None
    """Near-mask shading factor [-] (§6.2)."""
    fe2: float | None
    """Far-mask shading factor [-] (§6.2)."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class BaieVitree:
    """Window or glazed door (``baie_vitree``, method §3.3 and §6.2 for masks)."""

    description: str | None
    reference: str | None
    reference_paroi: str | None
    adjacence: Adjacence
    surface_totale_baie: float
    """Glazed opening area [m²], all ``nb_baie`` windows together."""
    nb_baie: float | None
    """Count of identical windows; some programs write ``2.00``, kept as a float."""
    tv_ug_id: int | None
    enum_type_vitrage_id: int
    enum_inclinaison_vitrage_id: int
    enum_type_gaz_lame_id: int | None
    epaisseur_lame: float | None
    vitrage_vir: bool | None
    enum_methode_saisie_perf_vitrage_id: int
    tv_uw_id: int | None
    enum_type_materiaux_menuiserie_id: int
    enum_type_baie_id: int
    double_fenetre: bool
    uw_1: float | None
    sw_1: float | None
    uw_2: float | None
    sw_2: float | None
    tv_deltar_id: int | None
    tv_ujn_id: int | None
    enum_type_fermeture_id: int
    presence_retour_isolation: bool | None
    presence_joint: bool | None
    largeur_dormant: float | None
    tv_sw_id: int | None
    ug_saisi: float | None
    uw_saisi: float | None
    ujn_saisi: float | None
    sw_saisi: float | None
    enum_type_pose_id: int
    enum_orientation_id: int
    presence_protection_solaire_hors_fermeture: bool | None
    tv_coef_masque_proche_id: int | None
    tv_coef_masque_lointain_homogene_id: int | None
    """Homogeneous far mask; read at ``donnee_entree`` level or inside
    ``masque_lointain_homogene`` (both forms occur)."""
    masques_lointains_non_homogenes: tuple[int, ...]
    """``tv_coef_masque_lointain_non_homogene_id`` of each non-homogeneous far mask."""
    fenetre_doublee: DoubleFenetre | None
    """The second window when ``double_fenetre`` is described, else None."""
    intermediaire: BaieVitreeIntermediaire


@dataclass(frozen=True, slots=True)
class PorteIntermediaire:
    b: float | None
    uporte: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Porte:
    """Door (``porte``, method §3.3.4)."""

    description: str | None
    reference: str | None
    reference_paroi: str | None
    adjacence: Adjacence
    surface_porte: float
    """Door area [m²], all ``nb_porte`` doors together."""
    nb_porte: float | None
    enum_methode_saisie_uporte_id: int
    tv_uporte_id: int | None
    uporte_saisi: float | None
    enum_type_porte_id: int
    enum_type_pose_id: int | None
    largeur_dormant: float | None
    presence_retour_isolation: bool | None
    presence_joint: bool | None
    intermediaire: PorteIntermediaire


@dataclass(frozen=True, slots=True)
class PontThermiqueIntermediaire:
    k: float | None
    """Linear thermal transmittance [W/(m·K)]."""
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class PontThermique:
    """Thermal bridge (``pont_thermique``, method §3.4)."""

    description: str | None
    reference: str | None
    reference_1: str | None
    reference_2: str | None
    tv_pont_thermique_id: int | None
    l: float  # noqa: E741 — the XML tag is ``l`` (length [m])
    """Length [m]."""
    enum_methode_saisie_pont_thermique_id: int
    enum_type_liaison_id: int | None
    k_saisi: float | None
    pourcentage_valeur_pont_thermique: float | None
    """Share of the bridge counted (0.5 for a wall shared with another dwelling) [-]."""
    intermediaire: PontThermiqueIntermediaire


@dataclass(frozen=True, slots=True)
class BaieEts:
    """Glazing of a veranda or sunspace (``baie_ets``)."""

    description: str | None
    reference: str | None
    enum_inclinaison_vitrage_id: int | None
    enum_orientation_id: int | None
    nb_baie: float | None
    surface_totale_baie: float | None


@dataclass(frozen=True, slots=True)
class EtsIntermediaire:
    bver: float | None
    coef_transparence_ets: float | None
    values: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Ets:
    """Veranda or closed loggia (``ets``, espace tampon solarisé, method §6.3)."""

    description: str | None
    reference: str | None
    tv_coef_reduction_deperdition_id: int | None
    enum_cfg_isolation_lnc_id: int | None
    tv_coef_transparence_ets_id: int | None
    baies: tuple[BaieEts, ...]
    intermediaire: EtsIntermediaire


@dataclass(frozen=True, slots=True)
class Enveloppe:
    """``logement/enveloppe``: every element in file order (empty tuples when absent)."""

    inertie: Inertie
    murs: tuple[Mur, ...]
    planchers_bas: tuple[PlancherBas, ...]
    planchers_hauts: tuple[PlancherHaut, ...]
    baies_vitrees: tuple[BaieVitree, ...]
    portes: tuple[Porte, ...]
    ponts_thermiques: tuple[PontThermique, ...]
    ets: tuple[Ets, ...]
