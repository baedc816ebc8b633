"""What the summer screening needs to know of a building (or one room): the inputs, checked.

A :class:`SummerZone` is one thermal zone: floor area [m²], air volume [m³], windows (façade,
area, solar factor Sw, Uw, mobile protection, fixed overhang), opaque elements in contact
with the outside (layers from outside to inside, area, sun absorptance, orientation),
internal masses (floors, partitions: layers from their adiabatic mid-plane to the room), how
far the windows can air it and the internal gains. Every value is checked when the object is
built; a bad one raises :class:`AdviceInputError` naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from calculators.advice.bioclimatic.checks import bounded, choice, number
from calculators.advice.bioclimatic.data import rule
from calculators.advice.bioclimatic.materials import Layer
from calculators.advice.bioclimatic.orientation import Facade
from calculators.advice.bioclimatic.time_lag import ElementKind
from calculators.advice.errors import AdviceInputError


class SolarProtection(StrEnum):
    """Mobile solar protection of a window (reduction factors in ``bioclimatic.json``)."""

    AUCUNE = "aucune"
    STORE_INTERIEUR = "store_interieur"
    VOLET_ROULANT = "volet_roulant"
    STORE_EXTERIEUR = "store_exterieur"
    BRISE_SOLEIL_ORIENTABLE = "brise_soleil_orientable"

    @property
    def external(self) -> bool:
        """Outside the glass (stops the heat before it enters)."""
        return self not in (SolarProtection.AUCUNE, SolarProtection.STORE_INTERIEUR)


class WindowAiring(StrEnum):
    """How far opening the windows can air the zone when the outside is cooler (mostly
    evenings and nights): not at all, on one façade, or across the dwelling (rates in
    ``bioclimatic.json``)."""

    AUCUNE = "aucune"
    MONO_ORIENTEE = "mono_orientee"
    TRAVERSANTE = "traversante"

    def air_changes_per_h(self) -> float:
        """Air change rate with the windows open [vol/h] (0 when none)."""
        if self is WindowAiring.AUCUNE:
            return 0.0
        return rule("ventilation", f"fenetres_{self.value}_vol_h")


@dataclass(frozen=True)
class Window:
    """Windows of one façade (or one window): area [m²] including frame, height [m] (needed
    with an overhang), solar factor Sw and Uw [W/(m²·K)] (defaults in the data), mobile
    protection, fixed overhang depth [m] and its height above the window head [m]."""

    facade: Facade
    area_m2: float
    height_m: float | None = None
    solar_factor: float | None = None
    u_w_m2k: float | None = None
    protection: SolarProtection = SolarProtection.AUCUNE
    overhang_depth_m: float = 0.0
    overhang_gap_m: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "facade", choice(Facade, self.facade, "fenetres.facade"))
        object.__setattr__(
            self, "protection", choice(SolarProtection, self.protection, "fenetres.protection")
        )
        number(self.area_m2, "fenetres.surface_m2", "La surface de la fenêtre (m²)")
        number(self.overhang_depth_m, "fenetres.casquette_m", "La profondeur de casquette (m)")
        number(self.overhang_gap_m, "fenetres.retombee_m", "La retombée de casquette (m)")
        if self.solar_factor is not None:
            bounded(self.solar_factor, 0.0, 1.0, "fenetres.sw", "Le facteur solaire Sw")
        if self.u_w_m2k is not None:
            number(self.u_w_m2k, "fenetres.uw", "Le coefficient Uw (W/(m²·K))", strict=True)
        if self.height_m is not None:
            number(self.height_m, "fenetres.hauteur_m", "La hauteur de fenêtre (m)", strict=True)
        elif self.overhang_depth_m > 0:
            raise AdviceInputError(
                "Avec une casquette, indiquez la hauteur de la fenêtre (m).",
                field="fenetres.hauteur_m",
            )

    @property
    def sw(self) -> float:
        """Solar factor used [-]."""
        return self.solar_factor if self.solar_factor is not None else rule("fenetre_defaut", "sw")

    @property
    def uw(self) -> float:
        """Thermal transmittance used [W/(m²·K)]."""
        return self.u_w_m2k if self.u_w_m2k is not None else rule("fenetre_defaut", "uw_w_m2k")


@dataclass(frozen=True)
class OpaqueElement:
    """A wall, roof or floor between the zone and the outside: area [m²], layers from outside
    to inside, orientation (tilt from horizontal and azimuth from north [°]) and absorptance
    of its outer face to the sun (default 0.6; dark 0.9, light 0.3)."""

    label: str
    kind: ElementKind
    area_m2: float
    layers: tuple[Layer, ...]
    tilt_deg: float = 90.0
    azimuth_deg: float = 180.0
    absorptance: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", choice(ElementKind, self.kind, "parois.type"))
        object.__setattr__(self, "layers", tuple(self.layers))
        number(self.area_m2, "parois.surface_m2", f"La surface de « {self.label} » (m²)")
        bounded(self.tilt_deg, 0.0, 90.0, "parois.inclinaison_deg", "L'inclinaison (°)")
        bounded(self.azimuth_deg, 0.0, 360.0, "parois.azimut_deg", "L'azimut (°)")
        if self.absorptance is not None:
            bounded(self.absorptance, 0.0, 1.0, "parois.absorptance", "L'absorptance solaire")
        if not self.layers:
            raise AdviceInputError(
                f"« {self.label} » : indiquez au moins une couche.", field="parois.couches"
            )

    @property
    def alpha(self) -> float:
        """Solar absorptance used [-]."""
        if self.absorptance is not None:
            return self.absorptance
        return rule("sol_air", "absorptance_defaut")


@dataclass(frozen=True)
class InternalMass:
    """A floor slab or partition inside the zone: exposed area [m²] and layers from its
    adiabatic mid-plane (half a partition, or an insulated slab's underside) to the room."""

    label: str
    area_m2: float
    layers: tuple[Layer, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "layers", tuple(self.layers))
        number(self.area_m2, "masses.surface_m2", f"La surface de « {self.label} » (m²)")
        if not self.layers:
            raise AdviceInputError(
                f"« {self.label} » : indiquez au moins une couche.", field="masses.couches"
            )


@dataclass(frozen=True)
class SummerZone:
    """One thermal zone of the project for the summer screening (see module docstring).

    ``internal_gains_w``: mean internal gains [W]; None takes the 3CL convention (§ 6.1)
    for a single house of this floor area.
    """

    floor_area_m2: float
    volume_m3: float
    windows: tuple[Window, ...] = ()
    opaque: tuple[OpaqueElement, ...] = ()
    internal_masses: tuple[InternalMass, ...] = ()
    window_airing: WindowAiring = WindowAiring.AUCUNE
    internal_gains_w: float | None = None

    def __post_init__(self) -> None:
        for name in ("windows", "opaque", "internal_masses"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(
            self,
            "window_airing",
            choice(WindowAiring, self.window_airing, "aeration_fenetres"),
        )
        number(self.floor_area_m2, "surface_m2", "La surface de plancher (m²)", strict=True)
        number(self.volume_m3, "volume_m3", "Le volume d'air (m³)", strict=True)
        if self.internal_gains_w is not None:
            number(self.internal_gains_w, "apports_internes_w", "Les apports internes (W)")
