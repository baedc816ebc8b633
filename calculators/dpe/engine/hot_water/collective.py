"""Collective hot water seen from one flat (3CL-DPE 2021, annex 1, §17.1.3 and §17.2).

- A flat's own DPE on a collective combustion plant uses an « equivalent generator » scaled by
  a = Sh_flat / Sh_building (:meth:`..combustion.CombustionGenerator.scaled`) and a × Qg,w of
  the collective tank (§17.2.1 table); non-combustion generators (Joule, heat pump, network) keep
  the building's characteristics and only the need is the flat's.
- Flats generated from a whole-building DPE (§17.2.2) take the building's consumption times
  their allocation key (``cle_repartition_ecs``).
"""

from __future__ import annotations

from calculators.dpe.engine.systems_coefficients import require_non_negative


def flat_share(flat_area_m2: float, building_area_m2: float) -> float:
    """a = Sh_flat / Sh_building [-] (§17.2.1)."""
    flat = require_non_negative(flat_area_m2, "surface habitable de l'appartement", strictly=True)
    building = require_non_negative(
        building_area_m2, "surface habitable de l'immeuble", strictly=True
    )
    return flat / building


def equivalent_storage_losses_wh(collective_losses_wh: float, share: float) -> float:
    """a × Qg,w [Wh/yr]: the flat's part of the collective tank's losses (§17.2.1)."""
    return require_non_negative(share, "part de l'appartement") * require_non_negative(
        collective_losses_wh, "pertes de stockage"
    )


def flat_consumption_kwh(building_consumption_kwh: float, allocation_key: float) -> float:
    """The flat's hot-water consumption from the building's [kWh/yr] (§17.2.2.3)."""
    return require_non_negative(allocation_key, "clé de répartition") * require_non_negative(
        building_consumption_kwh, "consommation de l'immeuble"
    )
