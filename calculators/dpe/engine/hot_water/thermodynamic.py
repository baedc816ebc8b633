"""Thermodynamic water heaters (3CL-DPE 2021, annex 1, §14.2).

A heat-pump water heater (on outdoor, ambient or exhaust air) or a double-service heat pump has
its tank in its COP: Iecs = 1 / (Rd × COP), no storage or generation term. The default COP by
type, installation period and zone (H1/H2 or H3) is ADEME's table ``scop`` (rows with a
hot-water generator type); a justified COP may be entered instead.
"""

from __future__ import annotations

from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.tables import find_rows


def default_cop(type_generateur_ecs_id: int, zone: ClimateZone) -> float:
    """Default annual COP [-] of an ADEME hot-water generator type (1–12) in ``zone`` (§14.2)."""
    zone_id = list(ClimateZone).index(ClimateZone(zone)) + 1
    rows = find_rows(
        "scop", enum_type_generateur_ecs_id=type_generateur_ecs_id, enum_zone_climatique_id=zone_id
    )
    if not rows:
        raise SystemsInputError(
            f"chauffe-eau thermodynamique de type {type_generateur_ecs_id} : pas de COP par "
            "défaut, saisir le COP justifié.",
            field="COP",
        )
    return rows[0].number("scop")
