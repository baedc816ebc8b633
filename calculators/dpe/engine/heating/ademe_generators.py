"""Generators of an ADEME installation → generation efficiency for both behaviours.

Each generator is routed to the rule of its family: tabulated Rg (§12.4.1, §13.1), heat-pump
SCOP (§12.4.2), load-profile method for boilers and other combustion generators (§13.2).
Values the assessor entered from the plate are used as the entry method says
(``enum_methode_saisie_carac_sys_id``: 3 Rpn, Rpint; 4 + QP0; 5 + operating temperatures; 6
SCOP); the others come from the method's defaults. The data model stores the entered values in
``donnee_intermediaire``, which is where they are read from; so is Pn, entered (2 and more) or
estimated by the assessor's programme (§13.2.2.4), which is estimated here only when absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from calculators.dpe.ademe.systems import GenerateurChauffage, InstallationChauffage
from calculators.dpe.engine.heating.combustion import (
    BoilerTechnology,
    CombustionCharacteristics,
    generation_efficiency,
    load_rates,
    loss_curve,
    sizing_ratio,
)
from calculators.dpe.engine.heating.combustion_defaults import (
    EmitterTemperature,
    default_characteristics,
    operating_temperatures,
    period_of_year,
)
from calculators.dpe.engine.heating.district import NETWORK_FAMILIES, network_generation_efficiency
from calculators.dpe.engine.heating.electric import (
    ELECTRIC_FAMILIES,
    electric_generation_efficiency,
)
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import (
    COMBUSTION,
    HEAT_PUMPS,
    GeneratorType,
    equivalent_boiler,
    generator_type,
)
from calculators.dpe.engine.heating.heat_pumps import default_scop, installation_scop
from calculators.dpe.engine.heating.nominal_power import (
    boiler_nominal_power_kw,
    heating_power_kw,
    hot_water_power_kw,
)
from calculators.dpe.engine.heating.wood import stove_efficiency

ENTERED_EFFICIENCIES = frozenset({3, 4, 5})
ENTERED_QP0 = frozenset({4, 5})
ENTERED_TEMPERATURES = frozenset({5})
ENTERED_SCOP = frozenset({6, 7})
CURVES_WITH_TEMPERATURES = frozenset(
    {BoilerTechnology.CONDENSATION, BoilerTechnology.BASSE_TEMPERATURE, BoilerTechnology.STANDARD}
)
HIGH_TEMPERATURE_NETWORKS = frozenset({11, 13, 15, 17, 24, 26, 28, 30, 32, 34, 36, 38, 46, 48})
"""Emitters on a water network at 65 °C or more (``enum_type_emission_distribution_id``)."""
LOW_TEMPERATURE_NETWORKS = frozenset({12, 14, 16, 18, 25, 27, 29, 31, 33, 35, 37, 39, 47, 49})
"""Emitters on a water network below 65 °C."""
PN_W_MIN = 100
"""An individual combustion generator below 100 W does not exist: such a stored Pn is in kW."""
QP0_KW_THRESHOLD = 0.05
"""A stored QP0 below 5 % of Pn expressed in W is in fact in kW (programs differ)."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class SizingContext(NamedTuple):
    """What sizes a generator: GV [W/K] of the dwelling (or average flat) it heats, Tbase
    [°C], the consignes [°C] of both behaviours, the climate zone id and construction year."""

    gv_w_per_k: float
    tbase_c: float
    tcons_c: float
    tcons_depensier_c: float
    zone_climatique_id: int
    annee_construction: int | None
    pn_combustion_totale_kw: float | None = None
    """ΣPn of the dwelling's combustion generators (§13.2.1.2, N independent generators);
    None to size each installation on its own generators (flats of a building DPE)."""


class Efficiency(NamedTuple):
    """Generation efficiency of one generator (both behaviours) and the Pn [kW] used."""

    kind: GeneratorType
    rg: float
    rg_depensier: float
    pn_kw: float | None


def effective_type(gen: GenerateurChauffage, annee_construction: int | None) -> GeneratorType:
    """The type computed for a generator: « autre système à combustion » and the default
    collective system (§17.2.1.1) become the equivalent standard boiler of the construction
    year. An « autre système à combustion » whose file gives its installation year (LICIEL's
    ``data-annee-installation``) takes that year instead, as the certified engine does
    (2312E3163154I, no construction year: its efficiency 0.818403 is the 1981 fuel-oil
    boiler's, not the oldest one's)."""
    kind = generator_type(gen.enum_type_generateur_ch_id)
    if kind.famille in {"collectif_defaut", "autre_combustion"}:
        year = annee_construction
        if kind.famille == "autre_combustion" and gen.annee_installation is not None:
            year = gen.annee_installation
        return generator_type(
            equivalent_boiler(gen.enum_type_generateur_ch_id, gen.enum_type_energie_id, year)
        )
    return kind


def simple_efficiency(
    gen: GenerateurChauffage, kind: GeneratorType, emitters: Sequence[int],
    zone_climatique_id: int,
) -> Efficiency:
    """Rg of a tabulated generator or SCOP of a heat pump (same for both behaviours);
    ``emitters``: ``enum_type_emission_distribution_id`` of the emitters it feeds."""
    if kind.famille in ELECTRIC_FAMILIES:
        rg = electric_generation_efficiency(kind.type_generateur_ch_id)
    elif kind.famille in NETWORK_FAMILIES:
        rg = network_generation_efficiency(kind.type_generateur_ch_id)
    elif kind.famille == "poele_insert":
        rg = stove_efficiency(kind.type_generateur_ch_id)
    elif kind.famille in HEAT_PUMPS:
        rg = _scop(gen, kind, emitters, zone_climatique_id)
    else:
        raise HeatingInputError(
            f"générateur {gen.enum_type_generateur_ch_id} ({kind.famille}) : pas de règle de "
            "rendement dans la méthode 3CL-DPE 2021.",
            field="type de générateur",
        )
    return Efficiency(kind, rg, rg, gen.intermediaire.pn and gen.intermediaire.pn / 1000)


def combustion_characteristics(
    gen: GenerateurChauffage,
    kind: GeneratorType,
    installation: InstallationChauffage,
    sizing: SizingContext,
    warnings: list[str],
    where: str,
    ecs_storage_l: float | None = None,
) -> CombustionCharacteristics:
    """Pn, Rpn, Rpint, QP0, Pveil and operating temperatures of a combustion generator.

    ``ecs_storage_l``: hot-water storage volume [L] of a boiler that also makes hot water (0
    for instantaneous), which sizes an estimated Pn (§13.2.2.4)."""
    if kind.technology is None or kind.famille not in COMBUSTION:
        raise HeatingInputError(f"{where} : pas un générateur à combustion.", field="générateur")
    stored = gen.intermediaire
    entry = gen.enum_methode_saisie_carac_sys_id or 1
    ratio = virtualisation_ratio(installation)
    pn_kw = stored_pn_kw(gen, ratio)
    if pn_kw is not None and stored.pn is not None and pn_kw == stored.pn:
        warnings.append(f"{where} : puissance nominale {stored.pn:g} lue en kW (pas en W)")
    if pn_kw is None:
        pdim = heating_power_kw(sizing.gv_w_per_k, sizing.tbase_c)
        if ecs_storage_l is not None:
            pdim = max(pdim, hot_water_power_kw(ecs_storage_l))
        pn_kw = boiler_nominal_power_kw(pdim, wall_hung_since_2006=False)
        warnings.append(f"{where} : puissance nominale absente, estimée à {pn_kw:g} kW (§13.2.2.4)")
    defaults = default_characteristics(
        kind.type_generateur_ch_id,
        kind.technology,
        pn_kw,
        ventilateur=bool(gen.presence_ventouse),
        ratio_virtualisation=ratio,
    )
    rpn, rpint, qp0_kw = defaults.rpn, defaults.rpint, defaults.qp0_kw
    if entry in ENTERED_EFFICIENCIES and stored.rpn:
        rpn, rpint = stored.rpn, stored.rpint if stored.rpint else rpint
    if entry in ENTERED_QP0 and stored.qp0 is not None:
        qp0_kw = stored.qp0 if stored.qp0 < QP0_KW_THRESHOLD * pn_kw * 1000 else stored.qp0 / 1000
    t30, t100 = operating_temperatures(
        kind.type_generateur_ch_id,
        [
            EmitterTemperature(
                _distribution_temperature(e.enum_temp_distribution_ch_id,
                                          e.enum_type_emission_distribution_id),
                e.enum_periode_installation_emetteur_id
                or period_of_year(sizing.annee_construction or 1900),
                e.enum_type_emission_distribution_id,
            )
            for e in installation.emetteurs
        ],
    )
    if t100 is None and kind.technology in CURVES_WITH_TEMPERATURES:
        warnings.append(f"{where} : aucun émetteur sur réseau d'eau, températures saisies retenues")
        t30, t100 = stored.temp_fonc_30, stored.temp_fonc_100
    if entry in ENTERED_TEMPERATURES and stored.temp_fonc_100:
        t30, t100 = stored.temp_fonc_30, stored.temp_fonc_100
    return CombustionCharacteristics(
        technology=kind.technology,
        pn_kw=pn_kw,
        rpn=rpn,
        rpint=rpint,
        qp0_kw=qp0_kw,
        pveil_kw=defaults.pveil_kw,
        temp_fonc_30_c=t30,
        temp_fonc_100_c=t100,
        regulation_combustion=bool(gen.presence_regulation_combustion),
    )


def virtualisation_ratio(installation: InstallationChauffage) -> float:
    """a of §17.2.1, the share of a collective generator given to a flat's virtual one [-]; 1
    for an individual installation, where several programs write a meaningless
    ``ratio_virtualisation`` (2275E1684765P: 0,09 on a flat's own boiler; read there, it
    virtualises the defaults of §13.2.2 and the Pn of §15.1)."""
    ratio = installation.ratio_virtualisation
    if installation.est_collective and ratio and 0 < ratio <= 1:
        return ratio
    return 1.0


def stored_pn_kw(gen: GenerateurChauffage, ratio_virtualisation: float) -> float | None:
    """Nominal power [kW] stored for a generator (W in the data model; a value below 100 W
    for a generator that is not a virtualised collective one was written in kW)."""
    pn = gen.intermediaire.pn
    if not pn or pn <= 0:
        return None
    return pn if pn < PN_W_MIN and ratio_virtualisation == 1 else pn / 1000


def combustion_efficiency(
    kind: GeneratorType,
    chars: CombustionCharacteristics,
    k_pcs_pci: float,
    sizing: SizingContext,
    pn_total_kw: float,
    priority: bool | None,
) -> Efficiency:
    """Rg of a combustion generator for both behaviours (Tcons 19 °C and 21 °C, §13.2.1.2),
    alone or in a cascade of total power ``pn_total_kw``."""
    prel = chars.pn_kw / pn_total_kw
    rates = [
        load_rates(
            sizing_ratio(pn_total_kw, sizing.gv_w_per_k, tcons, sizing.tbase_c),
            prel,
            None if prel == 1 else priority,
        )
        for tcons in (sizing.tcons_c, sizing.tcons_depensier_c)
    ]
    # One loss curve for both behaviours (checked after the sizing, as the text's order).
    losses = loss_curve(chars, k_pcs_pci)
    rgs = [generation_efficiency(chars, k_pcs_pci, r, losses) for r in rates]
    return Efficiency(kind, rgs[0], rgs[1], chars.pn_kw)


def _scop(
    gen: GenerateurChauffage, kind: GeneratorType, emitters: Sequence[int],
    zone_climatique_id: int,
) -> float:
    stored = gen.intermediaire.scop
    if (gen.enum_methode_saisie_carac_sys_id in ENTERED_SCOP) and stored:
        return stored
    if kind.famille == "pac_air_air" or not emitters:
        return default_scop(kind.type_generateur_ch_id, zone_climatique_id, None)
    return installation_scop(
        default_scop(kind.type_generateur_ch_id, zone_climatique_id, e) for e in emitters
    )


def _distribution_temperature(declared: int, type_emission_distribution_id: int) -> int:
    """Distribution temperature id of an emitter; « no network » declared on an emitter whose
    type says it is on a water network takes that network's temperature (4 high, 3 medium)."""
    if declared != 1:
        return declared
    if type_emission_distribution_id in HIGH_TEMPERATURE_NETWORKS:
        return 4
    if type_emission_distribution_id in LOW_TEMPERATURE_NETWORKS:
        return 3
    return declared
