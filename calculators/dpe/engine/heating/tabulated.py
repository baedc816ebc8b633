"""Generators whose efficiency is a single tabulated value (§12.4.1, §13.1).

Direct Joule heaters (1), electric boilers (0.97), heat networks and multi-building plants
modelled as networks (0.97), wood stoves, inserts, closed fireplaces, cookers and pellet stoves
by period and label (0.5 to 0.87), oil/LPG/coal stoves (0.72): all in the ADEME table
``rendement_generation``. The family modules (:mod:`~.electric`, :mod:`~.wood`,
:mod:`~.district`) call this lookup.
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.tables import find_rows


@lru_cache(maxsize=256, typed=True)  # one value per generator type of the table
def tabulated_efficiency(type_generateur_ch_id: int) -> float:
    """Rg [-] of a generator of §12.4.1 or §13.1 (ADEME table ``rendement_generation``)."""
    rows = find_rows("rendement_generation", enum_type_generateur_ch_id=type_generateur_ch_id)
    if not rows:
        raise HeatingInputError(
            f"générateur {type_generateur_ch_id} : pas de rendement de génération tabulé "
            "(§12.4.1, §13.1).",
            field="type de générateur",
        )
    return rows[0].number("rg")
