"""Heat losses by air renewal of the 3CL-DPE 2021 method (annex 1, chapter 4).

DR = Hvent + Hperm [W/K]:

- Hvent = 0.34 × Qvarepconv × Sh: the air extracted by the ventilation system;
- Hperm = 0.34 × Qvinf: infiltration driven by wind, with
  Qvinf = Hsp × Sh × n50 × e / (1 + f / e × ((Qvasoufconv − Qvarepconv) / (Hsp × n50))²),
  n50 = Q4Pa / ((4/50)^(2/3) × Hsp × Sh), Q4Pa = Q4Paconv/m² × Sdep + 0.45 × Smeaconv × Sh.

The conventional flows by ventilation type (Qvarepconv, Qvasoufconv, Smeaconv) and the default
envelope permeability Q4Paconv/m² are the official ADEME tables ``debits_ventilation`` and
``q4pa_conv`` (the §4 tables, read through :mod:`calculators.dpe.tables`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from calculators.dpe.engine.coefficients import coefficients
from calculators.dpe.engine.needs_errors import NeedsInputError, require_positive
from calculators.dpe.tables import Row, TableLookupError, find_rows, value_row

BEFORE_1948 = 1
"""``enum_periode_construction_id`` of « avant 1948 » (joints rule of §4)."""


@dataclass(frozen=True, slots=True)
class VentilationFlows:
    """Conventional flows of a ventilation type per m² of living area [m³/(h·m²)] (§4 table)."""

    type_ventilation_id: int
    """ADEME ``enum_type_ventilation_id`` (1 window opening … 38 ground-coupled heat exchanger)."""
    label: str
    qvarep_conv: float
    """Extracted flow Qvarepconv."""
    qvasouf_conv: float
    """Supplied flow Qvasoufconv."""
    smea_conv: float
    """Air-inlet modules under 20 Pa Smeaconv."""


@dataclass(frozen=True, slots=True)
class AirRenewalInputs:
    """What §4 needs, as plain physical criteria."""

    type_ventilation_id: int
    surface_habitable_m2: float
    """Living area Sh ventilated by the system [m²]."""
    hauteur_sous_plafond_m: float
    """Mean ceiling height Hsp [m]."""
    surface_deperditive_hors_plancher_bas_m2: float
    """Sdep: heat-losing walls, roofs, windows and doors, low floors excluded [m²]."""
    q4pa_conv_m3_h_m2: float
    """Envelope permeability under 4 Pa per m² of Sdep, Q4Paconv/m² [m³/(h·m²)]."""
    plusieurs_facades_exposees: bool
    """More than one façade on the outside (wind protection coefficients e and f)."""


@dataclass(frozen=True, slots=True)
class AirRenewal:
    """Air-renewal results of one ventilation system."""

    flows: VentilationFlows
    q4pa_m3_h: float
    """Permeability of the zone under 4 Pa [m³/h]."""
    n50_h: float
    """Air changes under 50 Pa [1/h]."""
    qvinf_m3_h: float
    """Infiltration flow due to wind [m³/h]."""
    hvent_w_k: float
    hperm_w_k: float

    @property
    def dr_w_k(self) -> float:
        """DR = Hvent + Hperm [W/K]."""
        return self.hvent_w_k + self.hperm_w_k


@lru_cache(maxsize=64, typed=True)
def ventilation_flows(type_ventilation_id: int) -> VentilationFlows:
    """Conventional flows of ``enum_type_ventilation_id`` (official table
    ``debits_ventilation``, i.e. the §4 table « Qvarepconv / Qvasoufconv / Smeaconv »), kept
    per type (a table row; ``typed``: the table matches ids on ``int`` only)."""
    rows = find_rows("debits_ventilation", enum_type_ventilation_id=type_ventilation_id)
    if not rows:
        raise NeedsInputError(
            f"type de ventilation « {type_ventilation_id} » inconnu (enum_type_ventilation_id "
            "1 à 38 attendu).",
            field="type de ventilation",
        )
    row = rows[0]
    return VentilationFlows(
        type_ventilation_id=type_ventilation_id,
        label=str(row["type_ventilation"]),
        qvarep_conv=row.number("qvarep_conv"),
        qvasouf_conv=row.number("qvasouf_conv"),
        smea_conv=row.number("smea_conv"),
    )


def q4pa_conv_default(
    periode_construction_id: int,
    methode_application_id: int,
    *,
    surfaces_isolees: bool = False,
    menuiseries_avec_joints: bool = False,
) -> float:
    """Default Q4Paconv/m² [m³/(h·m²)] (§4 table; official table ``q4pa_conv``).

    ``periode_construction_id`` and ``methode_application_id`` are the ADEME enums (the
    latter says house or flat/building). Before 1975, walls and/or roof insulated on more than
    half of their area give 2 (before 1948) or 1.9 (1948–1974); before 1948, joints on more than
    half of the windows' area give 2.5. Insulation is checked first: it gives the lower value.
    """
    rows = find_rows(
        "q4pa_conv",
        enum_periode_construction_id=periode_construction_id,
        enum_methode_application_dpe_log_id=methode_application_id,
    )
    insulated = [r for r in rows if r["isolation_surfaces"] == 1]
    jointed = [r for r in rows if r["presence_joints_menuiserie"] == 1]
    plain = [
        r
        for r in rows
        if r["isolation_surfaces"] in (None, 0) and r["presence_joints_menuiserie"] is None
    ]
    if surfaces_isolees and insulated:
        return insulated[0].number("q4pa_conv")
    if menuiseries_avec_joints and jointed and periode_construction_id == BEFORE_1948:
        return jointed[0].number("q4pa_conv")
    if not plain:
        raise NeedsInputError(
            f"période de construction « {periode_construction_id} » ou méthode d'application "
            f"« {methode_application_id} » sans perméabilité conventionnelle Q4Paconv (§4).",
            field="période de construction",
        )
    return plain[0].number("q4pa_conv")


def q4pa_conv_from_table_id(tv_q4pa_conv_id: int) -> float:
    """Q4Paconv/m² of the official row ``tv_q4pa_conv_id`` [m³/(h·m²)]."""
    try:
        row: Row = value_row("q4pa_conv", tv_q4pa_conv_id)
    except TableLookupError as exc:
        raise NeedsInputError(f"perméabilité Q4Paconv : {exc}", field="tv_q4pa_conv_id") from exc
    return row.number("q4pa_conv")


def hvent_w_k(qvarep_conv: float, surface_habitable_m2: float) -> float:
    """Hvent = 0.34 × Qvarepconv × Sh [W/K] (§4)."""
    heat_capacity = coefficients().renouvellement_air.chaleur_volumique_air
    return heat_capacity * qvarep_conv * surface_habitable_m2


def q4pa_m3_h(
    q4pa_conv_m2: float, sdep_m2: float, smea_conv: float, surface_habitable_m2: float
) -> float:
    """Q4Pa = Q4Paconv/m² × Sdep + 0.45 × Smeaconv × Sh [m³/h] (§4)."""
    part = coefficients().renouvellement_air.part_modules_entree_air
    return q4pa_conv_m2 * sdep_m2 + part * smea_conv * surface_habitable_m2


def n50_h(q4pa: float, hsp_m: float, surface_habitable_m2: float) -> float:
    """n50 = Q4Pa / ((4/50)^(2/3) × Hsp × Sh) [1/h] (§4)."""
    return q4pa / (_pressure_ratio() * hsp_m * surface_habitable_m2)


@cache
def _pressure_ratio() -> float:
    """(4/50)^(2/3) [-] of n50 (§4), from the coefficients."""
    c = coefficients().renouvellement_air
    return (c.pression_reference_pa / c.pression_essai_pa) ** c.exposant_pression


def qvinf_m3_h(
    n50: float, hsp_m: float, surface_habitable_m2: float, flows: VentilationFlows, exposed: bool
) -> float:
    """Infiltration flow Qvinf [m³/h] (§4); ``exposed`` = several façades on the outside."""
    c = coefficients().renouvellement_air
    e = c.coefficient_e_plusieurs_facades if exposed else c.coefficient_e_une_facade
    f = c.coefficient_f_plusieurs_facades if exposed else c.coefficient_f_une_facade
    if n50 == 0:
        return 0.0
    imbalance = (flows.qvasouf_conv - flows.qvarep_conv) / (hsp_m * n50)
    return hsp_m * surface_habitable_m2 * n50 * e / (1 + f / e * imbalance**2)


def air_renewal(inputs: AirRenewalInputs) -> AirRenewal:
    """Hvent, Hperm and the intermediate values of one ventilation system (§4)."""
    sh = require_positive(inputs.surface_habitable_m2, "surface habitable ventilée")
    hsp = require_positive(inputs.hauteur_sous_plafond_m, "hauteur sous plafond")
    sdep = require_positive(
        inputs.surface_deperditive_hors_plancher_bas_m2,
        "surface déperditive hors plancher bas",
        allow_zero=True,
    )
    q4pa_conv = require_positive(inputs.q4pa_conv_m3_h_m2, "Q4Paconv", allow_zero=True)
    flows = ventilation_flows(inputs.type_ventilation_id)
    q4pa = q4pa_m3_h(q4pa_conv, sdep, flows.smea_conv, sh)
    n50 = n50_h(q4pa, hsp, sh)
    qvinf = qvinf_m3_h(n50, hsp, sh, flows, inputs.plusieurs_facades_exposees)
    heat_capacity = coefficients().renouvellement_air.chaleur_volumique_air
    return AirRenewal(
        flows=flows,
        q4pa_m3_h=q4pa,
        n50_h=n50,
        qvinf_m3_h=qvinf,
        hvent_w_k=hvent_w_k(flows.qvarep_conv, sh),
        hperm_w_k=heat_capacity * qvinf,
    )
