"""District heating and multi-building plants (3CL-DPE 2021, §12.4.1, §17.3).

A dwelling on a heat network takes Rg = 0,97 at the substation (§12.4.1); a collective plant
serving several buildings is modelled the same way (§17.3), keeping its own fuel as the energy
carrier. Generation auxiliaries are conventionally nil (§15.1). The network's identifier and the
date of the list in force give the CO2 content (ADEME lists, :mod:`calculators.dpe.tables`); an
unknown network takes the unlisted value downstream.
"""

from __future__ import annotations

from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import generator_type
from calculators.dpe.engine.heating.tabulated import tabulated_efficiency

NETWORK_FAMILIES = frozenset({"reseau_chaleur", "chaufferie_multi_batiment"})


def network_generation_efficiency(type_generateur_ch_id: int) -> float:
    """Rg [-] of a heat-network substation or a multi-building plant (0,97, §12.4.1)."""
    if generator_type(type_generateur_ch_id).famille not in NETWORK_FAMILIES:
        raise HeatingInputError(
            f"générateur {type_generateur_ch_id} : ce n'est pas un réseau de chaleur.",
            field="type de générateur",
        )
    return tabulated_efficiency(type_generateur_ch_id)
