"""Scope of an ADEME DPE for the heating stage: which dwelling the need and GV describe, and
what share of an installation's consumption belongs to the dwelling (§17).

A building DPE and a flat DPE generated from building data (§17.2.2) compute the need on the
whole building; so do the DPE derived from an RT2012/RE2020 study whose heating installation
describes the building. The flat then receives its part of the building consumption: the
distribution key the assessor recorded (``cle_repartition_ch``, §17.2.2.2.2), else the share of
living area (§17.2.2.2.1). Every other DPE computes the need of the dwelling itself.
"""

from __future__ import annotations

from typing import NamedTuple

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.ademe.systems import InstallationChauffage
from calculators.dpe.engine.heating.errors import HeatingInputError

BUILDING_TYPES = frozenset({TypeDpe.IMMEUBLE, TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE})
STUDY_INSTALLATION_RATIO = 1.5
"""An installation heating more than 1,5 × the flat's area describes the building."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class Scope(NamedTuple):
    """The dwelling or building the need and GV refer to.

    ``surface_reference_m2``: its living area Sh [m²] (for G = GV / (Hsp × Sh), §8);
    ``surface_logement_m2``: the flat's area when a flat receives a share of the building.
    """

    immeuble: bool
    maison: bool
    resultat_immeuble: bool
    """The DPE's own results are for the whole building (building DPE)."""
    surface_reference_m2: float
    surface_logement_m2: float | None
    nombre_logements: int | None


def scope_of(inputs: DpeInputs) -> Scope:
    """Scope of the heating calculation of a DPE (see the module docstring)."""
    general = inputs.caracteristique_generale
    kind = inputs.administratif.methode_application.type_dpe
    flat = general.surface_habitable_logement
    building = general.surface_habitable_immeuble
    immeuble = kind in BUILDING_TYPES
    if not immeuble and kind is TypeDpe.APPARTEMENT and flat and building and building > flat:
        immeuble = any(
            inst.surface_chauffee > STUDY_INSTALLATION_RATIO * flat
            for inst in inputs.systemes.installations_chauffage
        )
    reference = building if immeuble else (flat or building)
    if not reference or reference <= 0:
        raise HeatingInputError(
            "surface habitable du logement (ou de l'immeuble) absente.", field="surface habitable"
        )
    return Scope(
        immeuble=immeuble,
        maison=kind is TypeDpe.MAISON,
        resultat_immeuble=kind is TypeDpe.IMMEUBLE,
        surface_reference_m2=reference,
        surface_logement_m2=flat if immeuble and kind is not TypeDpe.IMMEUBLE else None,
        nombre_logements=general.nombre_appartement,
    )


def dwelling_share(installation: InstallationChauffage, scope: Scope) -> tuple[float, str | None]:
    """Share of the installation's consumption given to the dwelling, with a note when it is
    an approximation."""
    if not scope.immeuble or scope.resultat_immeuble or scope.surface_logement_m2 is None:
        return 1.0, None
    key = installation.cle_repartition_ch
    if key is not None and 0 < key < 1:
        return key, None
    share = scope.surface_logement_m2 / scope.surface_reference_m2
    return share, (
        "clé de répartition du chauffage absente : part du logement au prorata de la surface "
        f"habitable ({share:.4f}, §17.2.2.2.1)"
    )
