"""Emission, distribution and regulation efficiencies (3CL-DPE 2021, annex 1, §12.1–12.3).

Each is read from the ADEME table of its paragraph by the emitter's ``enum_type_emission_
distribution_id`` (which also says the distribution network: individual or collective, high or
low temperature, air ducts, refrigerant) and, where the table needs it, the generator type and
the insulation of the network. All are annual and dimensionless.

Each answer depends on the table criteria only, so it is kept per criteria (a few hundred
combinations exist; ``typed``: the tables match an id on ``int`` only, ``True`` is not ``1``).
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.tables import Row, find_rows, value_row

MEMO_SIZE = 1024
"""Answers kept per function: more than the table rows' combinations (≈ 300 emitters × types)."""


@lru_cache(maxsize=MEMO_SIZE, typed=True)
def emission_efficiency(type_emission_distribution_id: int, type_generateur_ch_id: int) -> float:
    """Re [-] of an emitter fed by a generator (§12.1, table ``rendement_emission``)."""
    rows = find_rows(
        "rendement_emission",
        enum_type_emission_distribution_id=type_emission_distribution_id,
        enum_type_generateur_ch_id=type_generateur_ch_id,
    ) or find_rows(
        "rendement_emission", enum_type_emission_distribution_id=type_emission_distribution_id
    )
    return _single(rows, "re", "rendement d'émission", type_emission_distribution_id)


@lru_cache(maxsize=MEMO_SIZE, typed=True)
def distribution_efficiency(
    type_emission_distribution_id: int,
    reseau_isole: bool | None,
    tv_rendement_distribution_ch_id: int | None = None,
) -> float:
    """Rd [-] of the distribution feeding an emitter (§12.2, table ``rendement_distribution_ch``).

    ``reseau_isole``: insulated network (ignored where the table does not distinguish, e.g. no
    network or refrigerant). The emitter « autres équipements » (41) fits every network: its
    table row, ``tv_rendement_distribution_ch_id``, must then be given.
    """
    if tv_rendement_distribution_ch_id is not None:
        return value_row("rendement_distribution_ch", tv_rendement_distribution_ch_id).number("rd")
    rows = find_rows(
        "rendement_distribution_ch",
        enum_type_emission_distribution_id=type_emission_distribution_id,
    )
    insulated = [r for r in rows if r["reseau_distribution_isole"] == (1 if reseau_isole else 0)]
    return _single(
        tuple(insulated) or rows, "rd", "rendement de distribution", type_emission_distribution_id
    )


@lru_cache(maxsize=MEMO_SIZE, typed=True)
def regulation_efficiency(type_emission_distribution_id: int, type_generateur_ch_id: int) -> float:
    """Rr [-] of an emitter fed by a generator (§12.3, table ``rendement_regulation``).

    The row is chosen by emitter and generator, else by emitter alone (the table's generator
    lists only narrow the emitter's row); an emitter the table does not list takes 0,9 (§12.3,
    « pour tous les cas non listés »).
    """
    rows = find_rows(
        "rendement_regulation",
        enum_type_emission_distribution_id=type_emission_distribution_id,
        enum_type_generateur_ch_id=type_generateur_ch_id,
    ) or find_rows(
        "rendement_regulation", enum_type_emission_distribution_id=type_emission_distribution_id
    )
    if not rows:
        return coefficients().regulation_cas_non_listes
    return _single(rows, "rr", "rendement de régulation", type_emission_distribution_id)


def _single(rows: tuple[Row, ...], column: str, what: str, emitter: int) -> float:
    values = {r.number(column) for r in rows}
    if len(values) != 1:
        detail = "aucune ligne" if not values else "plusieurs valeurs possibles"
        raise HeatingInputError(
            f"{what} : {detail} dans la table du §12 pour l'émetteur {emitter} ; "
            "précisez le réseau de distribution.",
            field=what,
        )
    return values.pop()
