"""Bioclimatic design advice for new buildings and extensions at building-permit filing.

Modules: :mod:`.materials` (λ, ρ, c, bio-sourced; ``data/materials.json``),
:mod:`.time_lag` (simple formula and EN ISO 13786 harmonic method), :mod:`.sun` and
:mod:`.hot_day` (pvlib sun and clear sky; the hot day of the 3CL climate zone),
:mod:`.orientation` (sun per façade, glazing shares), :mod:`.overhang` (south overhang
sizing), :mod:`.zone` and :mod:`.overheating` (summer comfort screening),
:mod:`.roof_readiness` (solar-ready roof), :mod:`.project`, :mod:`.advice_sun`,
:mod:`.advice_envelope` and :mod:`.advice` (the French advice items). Rules and hypotheses
are in ``data/bioclimatic.json`` with their sources. Documentation: docs/bioclimatic-advice.md.
"""

from calculators.advice.bioclimatic.advice import BioclimaticAdvice, bioclimatic_advice
from calculators.advice.bioclimatic.materials import Layer, Material, material, materials
from calculators.advice.bioclimatic.orientation import Facade
from calculators.advice.bioclimatic.project import (
    AdviceItem,
    AdviceLevel,
    BioclimaticProject,
    ProjectKind,
)
from calculators.advice.bioclimatic.roof_readiness import RoofPlane, RoofSolarInput, RoofStructure
from calculators.advice.bioclimatic.time_lag import (
    DynamicCharacteristics,
    ElementKind,
    dynamic_characteristics,
    element_characteristics,
    simple_time_lag,
)
from calculators.advice.bioclimatic.zone import (
    InternalMass,
    OpaqueElement,
    SolarProtection,
    SummerZone,
    Window,
    WindowAiring,
)

__all__ = [
    "AdviceItem",
    "AdviceLevel",
    "BioclimaticAdvice",
    "BioclimaticProject",
    "DynamicCharacteristics",
    "ElementKind",
    "Facade",
    "InternalMass",
    "Layer",
    "Material",
    "OpaqueElement",
    "ProjectKind",
    "RoofPlane",
    "RoofSolarInput",
    "RoofStructure",
    "SolarProtection",
    "SummerZone",
    "Window",
    "WindowAiring",
    "bioclimatic_advice",
    "dynamic_characteristics",
    "element_characteristics",
    "material",
    "materials",
    "simple_time_lag",
]
