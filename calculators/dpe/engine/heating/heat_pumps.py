"""Heat pumps: seasonal performance and hybrid shares (3CL-DPE 2021, §12.4.2, §9.1.4).

The SCOP (COP before 2008) depends on the kind of heat pump and its installation period (both
in the ADEME generator type), the climate zone (H1–H2 or H3) and the emitters (floors and
ceilings, or others); it is read in the ADEME table ``scop``. A justified measured SCOP may
replace it. With several emitters the least favourable value is taken (§12.4.2). A hybrid heat
pump covers a zone-dependent share of the need, its condensing boiler the rest (§9.1.4.3).
"""

from __future__ import annotations

from collections.abc import Iterable

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import HeatingInputError, require_positive
from calculators.dpe.tables import find_rows

FLOORS_AND_CEILINGS = frozenset(range(11, 19))
"""``enum_type_emission_distribution_id`` of water floors and ceilings (« Planchers /
Plafonds » column of §12.4.2)."""


def climate_group(zone_climatique_id: int) -> str:
    """``"H1"``, ``"H2"`` or ``"H3"`` from the ADEME zone id (1–3 H1x, 4–7 H2x, 8 H3)."""
    if not 1 <= zone_climatique_id <= 8:
        raise HeatingInputError(
            f"zone climatique {zone_climatique_id} inconnue (1 à 8).", field="zone climatique"
        )
    return "H1" if zone_climatique_id <= 3 else ("H2" if zone_climatique_id <= 7 else "H3")


def default_scop(
    type_generateur_ch_id: int, zone_climatique_id: int, type_emission_distribution_id: int | None
) -> float:
    """Default SCOP (or COP) [-] of §12.4.2 for one emitter.

    ``type_emission_distribution_id`` None (air/air units, whose table has no emitter column) or
    any emitter other than a water floor or ceiling takes the « Autres » column.
    """
    rows = find_rows(
        "scop",
        enum_zone_climatique_id=zone_climatique_id,
        enum_type_generateur_ch_id=type_generateur_ch_id,
    )
    if not rows:
        raise HeatingInputError(
            f"pompe à chaleur {type_generateur_ch_id} : pas de SCOP par défaut au §12.4.2.",
            field="type de générateur",
        )
    floor = type_emission_distribution_id in FLOORS_AND_CEILINGS
    chosen = [r for r in rows if (r["enum_type_emission_ditribution_id"] is not None) == floor]
    return (chosen or list(rows))[0].number("scop")


def installation_scop(values: Iterable[float]) -> float:
    """The least favourable SCOP among the emitters of a heat pump (§12.4.2)."""
    scops = [require_positive(v, "SCOP") for v in values]
    if not scops:
        raise HeatingInputError("pompe à chaleur sans émetteur.", field="émetteurs")
    return min(scops)


def hybrid_heat_pump_share(zone_climatique_id: int) -> float:
    """Share of the heating need [-] a hybrid heat pump covers in its zone (§9.1.4.3)."""
    return coefficients().part_pac_hybride[climate_group(zone_climatique_id)]
