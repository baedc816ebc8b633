"""Electric heating: direct Joule heaters and electric boilers (3CL-DPE 2021, §12.4.1).

A direct Joule heater has Rg = 1 (its losses are in the emission and regulation efficiencies of
§12.1 and §12.3: convectors, radiant panels, storage heaters, floors and ceilings); an electric
boiler has Rg = 0,97. A bi-junction convector (§9.9) is a Joule heater whose collective circuit
gives the base and its own resistance the back-up (shares in :mod:`~.installations`).
"""

from __future__ import annotations

from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import generator_type
from calculators.dpe.engine.heating.tabulated import tabulated_efficiency

ELECTRIC_FAMILIES = frozenset({"effet_joule", "chaudiere_electrique"})


def electric_generation_efficiency(type_generateur_ch_id: int) -> float:
    """Rg [-] of a Joule heater (1) or an electric boiler (0,97), §12.4.1."""
    if generator_type(type_generateur_ch_id).famille not in ELECTRIC_FAMILIES:
        raise HeatingInputError(
            f"générateur {type_generateur_ch_id} : ce n'est pas un générateur électrique à effet "
            "joule.",
            field="type de générateur",
        )
    return tabulated_efficiency(type_generateur_ch_id)
