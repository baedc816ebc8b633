"""Hot water from a district heating network (3CL-DPE 2021, annex 1, §14.3).

The substation replaces storage and generation: Rs × Rg = 0.9 when the installation is
insulated, 0.75 otherwise. A multi-building plant « modelled as a network » is treated the same
way. The network's CO2 content is a matter for the totals (:mod:`..totals`).
"""

from __future__ import annotations

from calculators.dpe.engine.systems_coefficients import coefficients


def substation_efficiency(insulated: bool) -> float:
    """Rs × Rg [-] of the network substation (§14.3)."""
    c = coefficients().eau_chaude
    return c.reseau_chaleur_isole if insulated else c.reseau_chaleur_non_isole
