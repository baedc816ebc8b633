"""Two contrasting new-build projects at Béthune, the reference cases of the advice tests.

Both are a single-storey house of 100 m² (12.5 m × 8 m, 2.5 m under ceiling, 250 m³) in
zone H1a. The « well designed » one glazes south under an overhang sized for its 2.2 m
doors, protects east and west with external louvres, insulates with wood fibre and
cellulose, keeps a concrete slab and brick partitions exposed and can be aired through.
The « badly designed » one puts 12 m² of glazing west behind interior blinds, insulates
with light glass wool between plasterboards, has a timber floor and windows on one side
only. Their roofs differ the same way for the solar-readiness tests.
"""

from __future__ import annotations

from calculators.advice.bioclimatic import (
    BioclimaticProject,
    ElementKind,
    Facade,
    InternalMass,
    Layer,
    OpaqueElement,
    ProjectKind,
    RoofPlane,
    RoofSolarInput,
    RoofStructure,
    SolarProtection,
    SummerZone,
    Window,
    WindowAiring,
)
from calculators.dpe.engine.climate import ClimateZone
from calculators.solar.weather.year import Site

BETHUNE = Site(50.53, 2.64, 25.0)
"""City centre (DESIGN.md: 50°31′51″ N 2°38′22″ E, altitude about 25 m)."""

FLOOR_M2 = 100.0
VOLUME_M3 = 250.0
FACADE_M2 = {Facade.SUD: 31.25, Facade.NORD: 31.25, Facade.EST: 20.0, Facade.OUEST: 20.0}
"""Gross façade areas [m²]: 12.5 m and 8 m long, 2.5 m high."""

ECO_WALL = (
    Layer("enduit_chaux", 0.02),
    Layer("fibre_bois_rigide", 0.06),
    Layer("fibre_bois_souple", 0.16),
    Layer("osb", 0.012),
    Layer("plaque_platre", 0.013),
)
ECO_ROOF = (
    Layer("fibre_bois_rigide", 0.08),
    Layer("ouate_cellulose", 0.24),
    Layer("osb", 0.015),
    Layer("plaque_platre", 0.013),
)
LIGHT_WALL = (
    Layer("plaque_platre", 0.013),
    Layer("laine_verre", 0.20),
    Layer("plaque_platre", 0.013),
)
LIGHT_ROOF = (Layer("laine_verre", 0.30), Layer("plaque_platre", 0.013))


def _walls(layers: tuple[Layer, ...], windows: tuple[Window, ...]) -> list[OpaqueElement]:
    return [
        OpaqueElement(
            f"mur {facade.value}",
            ElementKind.MUR,
            gross - sum(w.area_m2 for w in windows if w.facade is facade),
            layers,
            azimuth_deg=facade.azimuth_deg,
        )
        for facade, gross in FACADE_M2.items()
    ]


def well_designed() -> BioclimaticProject:
    windows = (
        Window(Facade.SUD, 9.0, height_m=2.2, solar_factor=0.45, u_w_m2k=1.1, overhang_depth_m=1.1),
        Window(
            Facade.EST,
            4.0,
            height_m=1.4,
            solar_factor=0.45,
            u_w_m2k=1.1,
            protection=SolarProtection.BRISE_SOLEIL_ORIENTABLE,
        ),
        Window(
            Facade.OUEST,
            2.5,
            height_m=1.4,
            solar_factor=0.45,
            u_w_m2k=1.1,
            protection=SolarProtection.BRISE_SOLEIL_ORIENTABLE,
        ),
        Window(Facade.NORD, 2.5, height_m=1.2, solar_factor=0.45, u_w_m2k=1.1),
    )
    opaque = (
        *_walls(ECO_WALL, windows),
        OpaqueElement("toiture", ElementKind.TOITURE, FLOOR_M2, ECO_ROOF, tilt_deg=0.0),
    )
    zone = SummerZone(
        FLOOR_M2,
        VOLUME_M3,
        windows,
        opaque,
        (
            InternalMass("dalle béton apparente", FLOOR_M2, (Layer("beton_arme", 0.15),)),
            InternalMass("cloisons en brique, deux faces", 80.0, (Layer("brique_pleine", 0.05),)),
        ),
        WindowAiring.TRAVERSANTE,
    )
    roof = RoofSolarInput(
        (RoofPlane("pan sud", 35.0, 180.0, 60.0), RoofPlane("pan nord", 35.0, 0.0, 60.0, 3.0)),
        RoofStructure.CHARPENTE_TRADITIONNELLE,
        load_reserve_kg_m2=25.0,
        conduit_reserved=True,
        technical_space=True,
    )
    return BioclimaticProject(
        "maison bioclimatique",
        ProjectKind.CONSTRUCTION_NEUVE,
        BETHUNE,
        ClimateZone.H1A,
        zone,
        roof=roof,
    )


def badly_designed() -> BioclimaticProject:
    windows = (
        Window(Facade.OUEST, 12.0, height_m=2.2, protection=SolarProtection.STORE_INTERIEUR),
        Window(Facade.SUD, 3.0, height_m=1.4),
        Window(Facade.EST, 2.0, height_m=1.4),
        Window(Facade.NORD, 2.0, height_m=1.2),
    )
    opaque = (
        *_walls(LIGHT_WALL, windows),
        OpaqueElement("toiture", ElementKind.TOITURE, FLOOR_M2, LIGHT_ROOF, tilt_deg=0.0),
    )
    zone = SummerZone(
        FLOOR_M2,
        VOLUME_M3,
        windows,
        opaque,
        (InternalMass("plancher bois", FLOOR_M2, (Layer("osb", 0.022),)),),
        WindowAiring.MONO_ORIENTEE,
    )
    roof = RoofSolarInput(
        (
            RoofPlane("pan est", 30.0, 90.0, 60.0, 12.0),
            RoofPlane("pan ouest", 30.0, 270.0, 60.0, 12.0),
        ),
        RoofStructure.FERMETTES,
    )
    return BioclimaticProject(
        "maison à grandes baies ouest",
        ProjectKind.CONSTRUCTION_NEUVE,
        BETHUNE,
        ClimateZone.H1A,
        zone,
        roof=roof,
    )
