"""Wood heating: stoves, inserts, pellet stoves and wood boilers (3CL-DPE 2021, §13.1, §13.2).

Stoves, inserts, closed fireplaces and cookers have a tabulated Rg by installation period and
« Flamme verte » label (0,5 to 0,75; pellet stoves 0,8 to 0,87; oil, LPG or coal stoves 0,72),
§13.1. Wood and coal boilers follow the load-profile method with the wood curve (§13.2.2.3,
:mod:`~.combustion`); stoves with a boiler (« bouilleurs ») are wood boilers of 2004–2012
(installed from 2012) or 1978–1994 (before), which the ADEME table already encodes.
A stove counts as a radiator/convector for intermittence (§8).
"""

from __future__ import annotations

from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import generator_type
from calculators.dpe.engine.heating.tabulated import tabulated_efficiency


def stove_efficiency(type_generateur_ch_id: int) -> float:
    """Rg [-] of a stove, insert, closed fireplace or cooker (§13.1)."""
    if generator_type(type_generateur_ch_id).famille != "poele_insert":
        raise HeatingInputError(
            f"générateur {type_generateur_ch_id} : ce n'est pas un poêle ou un insert (§13.1).",
            field="type de générateur",
        )
    return tabulated_efficiency(type_generateur_ch_id)
