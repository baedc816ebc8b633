"""Hot water from a district heating network (3CL-DPE 2021, annex 1, §14.3).

The substation replaces storage and generation: Rs × Rg = 0.9 when the installation is
insulated, 0.75 otherwise. A multi-building plant « modelled as a network » is treated the same
way. The network's CO2 content is a matter for the totals (:mod:`..totals`).

Whether « the installation is insulated » is read in ``reseau_distribution_isole`` (insulated
unless it says no); one program takes the substation as insulated whatever that flag says
(``systems_conventions.json``), and its files are read so.
"""

from __future__ import annotations

from calculators.dpe.engine.systems_coefficients import coefficients
from calculators.dpe.engine.systems_conventions import systems_conventions


def substation_efficiency(insulated: bool) -> float:
    """Rs × Rg [-] of the network substation (§14.3)."""
    c = coefficients().eau_chaude
    return c.reseau_chaleur_isole if insulated else c.reseau_chaleur_non_isole


def substation_insulated(reseau_distribution_isole: bool | None, software_id: str | None) -> bool:
    """Whether §14.3's installation counts as insulated: unless ``reseau_distribution_isole`` is
    false, or always for a program whose recorded reading says so (``software_id``, the
    ``usr_logiciel_id`` of the file; None: the text's reading)."""
    if systems_conventions(software_id).substation_always_insulated:
        return True
    return reseau_distribution_isole is not False
