"""Building materials and wall layers: conductivity, density, specific heat, bio-sourced or not.

Why: the summer time lag of a wall or roof and the thermal mass seen from a room depend on
λ [W/(m·K)], ρ [kg/m³] and c [J/(kg·K)] of each layer, and the eco-material advice needs to
know which insulations are bio-sourced. The figures live in ``data/materials.json`` with their
sources. A bio-sourced insulation without certificate must be counted with the conservative
default conductivity of the regulation (arrêté du 28 décembre 2012, annexe IX), which a
:class:`Layer` uses when ``certified`` is false.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from calculators.advice.bioclimatic.checks import number
from calculators.advice.bioclimatic.data import MATERIALS, entry, source_block
from calculators.advice.errors import AdviceDataError, AdviceInputError
from calculators.solar.data import Source

MAX_LAYER_THICKNESS_M = 2.0
"""Beyond 2 m a layer is a unit mistake (centimetres typed as metres), not a wall."""


class MaterialFamily(StrEnum):
    """Role of a material in a wall: insulation, load-bearing structure, lining or finish."""

    ISOLANT = "isolant"
    STRUCTURE = "structure"
    PAREMENT = "parement"


@dataclass(frozen=True)
class Material:
    """A homogeneous material: ``lambda_w_mk`` the usual declared conductivity of a certified
    product, ``lambda_uncertified_w_mk`` the regulatory default without certificate (bio-sourced
    insulations only), ``density_kg_m3``, ``specific_heat_j_kgk``, and the sources of each."""

    key: str
    label: str
    family: MaterialFamily
    biosourced: bool
    lambda_w_mk: float
    density_kg_m3: float
    specific_heat_j_kgk: float
    lambda_uncertified_w_mk: float | None = None
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        number(
            self.lambda_w_mk, "lambda_w_mk", "La conductivité thermique λ (W/(m·K))", strict=True
        )
        if self.lambda_uncertified_w_mk is not None:
            number(
                self.lambda_uncertified_w_mk,
                "lambda_non_certifie_w_mk",
                "La conductivité par défaut sans certification (W/(m·K))",
                strict=True,
            )
        number(self.density_kg_m3, "rho_kg_m3", "La masse volumique ρ (kg/m³)", strict=True)
        number(self.specific_heat_j_kgk, "c_j_kgk", "La chaleur massique c (J/(kg·K))", strict=True)

    @property
    def volumetric_heat_capacity_j_m3k(self) -> float:
        """ρ·c [J/(m³·K)]."""
        return self.density_kg_m3 * self.specific_heat_j_kgk


@dataclass(frozen=True)
class Layer:
    """One layer of a wall or roof: a material and its thickness [m].

    ``certified`` false uses the regulatory default conductivity of an uncertified bio-sourced
    insulation when the material has one; ``lambda_w_mk`` overrides both with the value of the
    product actually chosen. ``material`` is a key of ``materials.json`` or a :class:`Material`.
    """

    material: Material | str
    thickness_m: float
    certified: bool = True
    lambda_w_mk: float | None = None
    resolved: Material = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        resolved = self.material if isinstance(self.material, Material) else material(self.material)
        object.__setattr__(self, "resolved", resolved)
        number(
            self.thickness_m, "epaisseur_m", f"L'épaisseur de « {resolved.label} » (m)", strict=True
        )
        if self.thickness_m > MAX_LAYER_THICKNESS_M:
            raise AdviceInputError(
                f"L'épaisseur de « {resolved.label} » ({self.thickness_m:g} m) dépasse "
                f"{MAX_LAYER_THICKNESS_M:g} m : indiquez-la en mètres (0,20 pour 20 cm).",
                field="epaisseur_m",
            )
        if self.lambda_w_mk is not None:
            number(
                self.lambda_w_mk,
                "lambda_w_mk",
                f"Le λ de « {resolved.label} » (W/(m·K))",
                strict=True,
            )

    @property
    def conductivity_w_mk(self) -> float:
        """λ used in the calculation [W/(m·K)]: given, else certified, else default."""
        if self.lambda_w_mk is not None:
            return self.lambda_w_mk
        default = self.resolved.lambda_uncertified_w_mk
        if not self.certified and default is not None:
            return default
        return self.resolved.lambda_w_mk

    @property
    def resistance_m2k_w(self) -> float:
        """Thermal resistance e/λ [m²·K/W]."""
        return self.thickness_m / self.conductivity_w_mk

    @property
    def diffusivity_m2_s(self) -> float:
        """Thermal diffusivity a = λ/(ρ·c) [m²/s]."""
        return self.conductivity_w_mk / self.resolved.volumetric_heat_capacity_j_m3k

    @property
    def areal_mass_kg_m2(self) -> float:
        """Mass per square metre of wall, ρ·e [kg/m²]."""
        return self.resolved.density_kg_m3 * self.thickness_m


def material(key: str) -> Material:
    """The material ``key`` of ``materials.json``; unknown key → French error naming it."""
    known = _catalogue()
    if not isinstance(key, str) or key not in known:
        names = ", ".join(sorted(known))
        raise AdviceInputError(
            f"Matériau inconnu « {key} ». Matériaux connus : {names}.", field="materiau"
        )
    return known[key]


def materials() -> tuple[Material, ...]:
    """Every material of the catalogue, in file order."""
    return tuple(_catalogue().values())


@cache
def _catalogue() -> Mapping[str, Material]:
    entries = entry(MATERIALS, "materiaux")
    return {key: _material(key, spec) for key, spec in entries.items()}


def _material(key: str, spec: Mapping[str, Any]) -> Material:
    where = f"{MATERIALS}/materiaux/{key}"
    refs = spec.get("sources") if isinstance(spec, Mapping) else None
    if not isinstance(refs, Mapping):
        raise AdviceDataError(f"Données des matériaux invalides ({where}) : « sources » absent.")
    cited = tuple(
        source_block(MATERIALS, "sources", str(ref)) for ref in dict.fromkeys(refs.values())
    )
    try:
        default = spec["lambda_non_certifie_w_mk"]
        return Material(
            key=key,
            label=str(spec["libelle"]),
            family=MaterialFamily(spec["famille"]),
            biosourced=bool(spec["biosource"]),
            lambda_w_mk=float(spec["lambda_w_mk"]),
            density_kg_m3=float(spec["rho_kg_m3"]),
            specific_heat_j_kgk=float(spec["c_j_kgk"]),
            lambda_uncertified_w_mk=None if default is None else float(default),
            sources=cited,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise AdviceDataError(f"Données des matériaux invalides ({where}) : {exc}.") from exc
