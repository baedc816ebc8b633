"""Heating consumption of the 3CL-DPE 2021 method (annex 1, chapters 8, 9, 12, 13, 15.1).

From the heating need: intermittence (§8), emission, distribution and regulation efficiencies
(§12.1–12.3), generation efficiency by family — Joule and heat networks (§12.4.1), heat pumps
(§12.4.2), stoves (§13.1), boilers by the load-profile method (§13.2) —, the configurations of
an installation (§9) and the generation auxiliaries (§15.1). The calculators take physical
criteria and plain numbers; :func:`heating_from_ademe` adapts an ADEME DPE file to them.
"""

from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.from_ademe import heating_from_ademe
from calculators.dpe.engine.heating.results import (
    GeneratorResult,
    HeatingResult,
    InstallationResult,
)

__all__ = [
    "GeneratorResult",
    "HeatingInputError",
    "HeatingResult",
    "InstallationResult",
    "heating_from_ademe",
]
