"""Model coefficients of the PV chain, each with its source.

These are engineering model parameters, not regulatory values: they do not change with a
date, but they are kept here, in one place, so that every number used by ``pv.py`` and
``batch.py`` can be traced to its publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Technology(StrEnum):
    """Module technology: sets the power temperature coefficient and default efficiency."""

    CRYSTALLINE_SILICON = "c-Si"
    THIN_FILM = "couche mince"


class Mounting(StrEnum):
    """How the modules sit on the roof: sets the cell-temperature (Faiman) coefficients."""

    INTEGRATED = "intégré au bâti"
    ON_ROOF = "surimposé à la toiture"
    OPEN_RACK = "châssis ventilé"


@dataclass(frozen=True)
class FaimanCoefficients:
    """Faiman (2008) heat-loss coefficients: T_cell = T_air + G_poa / (u0 + u1 · wind).

    ``u0_w_m2k`` in W/(m²·K), ``u1_ws_m3k`` in W·s/(m³·K), for the 10 m wind speed of the
    weather file (as PVGIS uses them).
    """

    u0_w_m2k: float
    u1_ws_m3k: float
    source: str


FAIMAN_BY_MOUNTING: dict[Mounting, FaimanCoefficients] = {
    Mounting.OPEN_RACK: FaimanCoefficients(
        26.9, 6.2, "PVGIS 5, c-Si « free-standing » (Koehl et al. 2011, Sol. Energy Mater.)"
    ),
    Mounting.ON_ROOF: FaimanCoefficients(
        19.5,
        1.09,
        "SAPM « close roof mount » a=-2.98, b=-0.0471 (King et al. 2004, SAND2004-3535, "
        "table 1) traduit en Faiman par le modèle linéaire générique (Driesse et al. 2022, "
        "pvlib GenericLinearModel, rendement 0,19, absorptance 0,9)",
    ),
    Mounting.INTEGRATED: FaimanCoefficients(
        20.0, 0.0, "PVGIS 5, « building integrated » (manuel utilisateur PVGIS, à vérifier)"
    ),
}


@dataclass(frozen=True)
class TechnologyCoefficients:
    """PVWatts-style module data: power temperature coefficient [1/K] and STC efficiency [-]."""

    gamma_pdc_per_k: float
    default_efficiency: float
    source: str


_PVWATTS_V8 = "PVWatts v8 (NREL SAM, ssc/cmod_pvwattsv8.cpp, types de modules)"

TECHNOLOGY: dict[Technology, TechnologyCoefficients] = {
    Technology.CRYSTALLINE_SILICON: TechnologyCoefficients(
        -0.0037, 0.19, f"{_PVWATTS_V8} « Standard »"
    ),
    Technology.THIN_FILM: TechnologyCoefficients(-0.0032, 0.18, f"{_PVWATTS_V8} « Thin film »"),
}

MARTIN_RUIZ_A_R = 0.16
"""Angular losses coefficient a_r [-] of Martin & Ruiz (2001), Sol. Energy Mater. Sol. Cells
70, 25-38, for clean c-Si glass modules; PVGIS uses the same model."""

DEFAULT_ALBEDO = 0.2
"""Ground reflectance [-] used for the reflected part: the usual default of PVsyst and PVGIS."""

DEFAULT_SYSTEM_LOSSES_PCT = 14.0
"""PVGIS 5 default « system loss » [%] (cables, soiling, mismatch, ageing)."""

DEFAULT_INVERTER_EFFICIENCY = 0.96
"""Nominal inverter efficiency [-]: PVWatts v5 and v8 default (Dobos 2014, § 7)."""

PVWATTS_INVERTER_REFERENCE_EFFICIENCY = 0.9637
"""Reference efficiency of the PVWatts part-load curve (Dobos 2014, eq. 7; pvlib default)."""

DEFAULT_DC_AC_RATIO = 1.1
"""DC nameplate over inverter AC rating [-]: PVWatts v8 default."""
