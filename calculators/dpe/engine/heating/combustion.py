"""Generation efficiency of boilers and other combustion generators (3CL-DPE 2021, §13.2).

The conventional load-profile method: the long occupation profile (§13.2.1.1) is stretched by
the sizing ratio Cdimref = 1000 × Pn / (GV × (Tcons − Tbase)) (§13.2.1.2, shared by independent
generators or split between the two boilers of a cascade, §13.2.1.3); at each load the losses
QPx follow the curve of the technology (§13.2.1.5 condensing and low-temperature, §13.2.1.6
standard, §13.2.2.1 warm-air, §13.2.2.2 gas radiators, §13.2.2.3 wood); the mean supplied and
consumed powers give Rg (§13.2.3, §13.2.4). Computations are in PCS, the result in PCI.

Units: powers and losses in kW, efficiencies as fractions (0.92, not 92 %), temperatures in °C,
GV in W/K.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import (
    HeatingInputError,
    require_fraction,
    require_positive,
)


class BoilerTechnology(StrEnum):
    """Loss curve families of §13.2; values are the keys of ``coefficients.json``."""

    CONDENSATION = "condensation"
    """Condensing boiler (a standard boiler with a flue-gas condenser counts as one, §13.2.4)."""
    BASSE_TEMPERATURE = "basse_temperature"
    STANDARD = "standard"
    """Standard or « classique » boiler (§13.2.1.6)."""
    AIR_CHAUD = "air_chaud"
    """Warm-air generator (§13.2.2.1)."""
    BOIS = "bois"
    """Wood or coal boiler, wood stove with boiler (§13.2.2.3, §13.1)."""
    RADIATEUR_GAZ = "radiateur_gaz"
    """Independent gas radiator (§13.2.2.2)."""


@dataclass(frozen=True, slots=True)
class CombustionCharacteristics:
    """What the load-profile method needs from one combustion generator.

    ``rpn``/``rpint``: full and intermediate-load efficiencies [-] on PCI; ``qp0_kw``: standby
    losses [kW, PCI]; ``pveil_kw``: pilot light [kW, PCI], 0 without one; ``temp_fonc_30_c`` and
    ``temp_fonc_100_c``: operating temperatures at 30 % and 100 % load [°C] (boilers only);
    ``regulation_combustion``: a regulation acts on the burner (Tfonc_30 is then used for QP30).
    """

    technology: BoilerTechnology
    pn_kw: float
    rpn: float
    rpint: float | None
    qp0_kw: float
    pveil_kw: float = 0.0
    temp_fonc_30_c: float | None = None
    temp_fonc_100_c: float | None = None
    regulation_combustion: bool = False


def sizing_ratio(pn_total_kw: float, gv_w_per_k: float, tcons_c: float, tbase_c: float) -> float:
    """Cdimref [-] = 1000 × ΣPn / (GV × (Tcons − Tbase)) (§13.2.1.2)."""
    require_positive(pn_total_kw, "puissance nominale")
    gv = require_positive(gv_w_per_k, "déperditions GV")
    if tcons_c <= tbase_c:
        raise HeatingInputError(
            f"température de base {tbase_c:g} °C : elle doit être inférieure à la consigne.",
            field="température de base",
        )
    return 1000 * pn_total_kw / (gv * (tcons_c - tbase_c))


def load_rates(cdimref: float, relative_power: float = 1.0, priority: bool | None = None) -> tuple[
    float, ...
]:
    """Final load rate Tchx_final of a generator at each class of the profile (§13.2.1.2–3).

    Alone (``relative_power`` 1) or among independent generators: Tchx_dim = min(x / Cdimref,
    1), except the 90–100 % class kept at 0.95 (§13.2.1.2). In a cascade of two, the generator
    of relative power Prel takes min(Prel, Tchx_dim) when it has priority (``priority=True``),
    what the first leaves when it comes second (``priority=False``), or Prel × Tchx_dim without
    priority (``None``, same rate as alone, §13.2.1.3.2); its rate is min(1, CT / Prel).
    """
    require_positive(cdimref, "Cdimref")
    prel = require_fraction(relative_power, "puissance relative")
    if prel == 0:
        raise HeatingInputError("puissance relative nulle.", field="puissance relative")
    taux = coefficients().profil_taux_charge
    last = len(taux) - 1
    alone = priority is None or prel == 1
    rates = []
    for index, x in enumerate(taux):
        if index == last:
            system = x
        else:
            system = x / cdimref
            if system > 1.0:  # min(x / cdimref, 1.0) without the call
                system = 1.0
        if alone:
            contribution = prel * system
        elif priority:
            contribution = min(prel, system)
        else:
            contribution = min(prel, max(system - (1 - prel), 0.0))
        rate = contribution / prel
        rates.append(rate if rate < 1.0 else 1.0)  # min(1.0, rate), without the call
    return tuple(rates)


def losses_at_load(load: float, gen: CombustionCharacteristics, k_pcs_pci: float) -> float:
    """QPx [kW, PCS] at load rate ``load`` [-] (§13.2.1.4–13.2.2.3)."""
    return loss_curve(gen, k_pcs_pci)(load)


def loss_curve(gen: CombustionCharacteristics, k_pcs_pci: float) -> Callable[[float], float]:
    """QPx [kW, PCS] as a function of the load rate [-] (§13.2.1.4–13.2.2.3).

    The points of the curve (QP0, QP15, QP30, QP100...) depend on the generator only: they are
    computed once here, and :func:`generation_efficiency` reads the curve at its ten loads.
    """
    c = coefficients().chaudieres
    pn = gen.pn_kw
    rpn = 100 * gen.rpn / k_pcs_pci
    qp0 = gen.qp0_kw * k_pcs_pci
    if gen.technology is BoilerTechnology.RADIATEUR_GAZ:
        slope = c.radiateur_gaz_facteur * (100 - rpn) / rpn * pn
        return lambda load: slope * load
    if gen.rpint is None:
        raise HeatingInputError(
            "rendement à charge intermédiaire (Rpint) manquant.", field="Rpint"
        )
    rpint = 100 * gen.rpint / k_pcs_pci
    curve = c.technologies[gen.technology]
    w = curve.point_w
    q_zero = c.pertes_charge_nulle_part_qp0 * qp0
    if gen.technology in (BoilerTechnology.AIR_CHAUD, BoilerTechnology.BOIS):
        q_w = w * pn * (100 - rpint) / rpint
        q_100 = pn * (100 - rpn) / rpn

        def two_segments(load: float) -> float:
            if load <= w:
                return (q_w - q_zero) * load / w + q_zero
            return (q_100 - q_w) * load / (1 - w) + 2 * q_w - q_100

        return two_segments
    t100 = _temperature(gen.temp_fonc_100_c, "température de fonctionnement à 100 %")
    t_pint = gen.temp_fonc_30_c if gen.regulation_combustion else t100
    t_pint = _temperature(t_pint, "température de fonctionnement à 30 %")
    r30 = rpint + curve.coefficient_pint * (curve.temperature_pint_c - t_pint)
    r100 = rpn + c.pleine_charge_coefficient * (c.pleine_charge_temperature_c - t100)
    q_30 = 0.3 * pn * (100 - r30) / r30
    q_100_boiler = pn * (100 - r100) / r100
    q_15 = q_30 / 2
    standard = gen.technology is BoilerTechnology.STANDARD

    def boiler(load: float) -> float:
        if load > 0.3:
            return (q_100_boiler - q_30) * (load - 0.3) / 0.7 + q_30
        if standard:
            return (q_30 - q_zero) * load / 0.3 + q_zero
        if load > w:
            return (q_30 - q_15) * (load - w) / (0.3 - w) + q_15
        return (q_15 - q_zero) * load / w + q_zero

    return boiler


def generation_efficiency(
    gen: CombustionCharacteristics,
    k_pcs_pci: float,
    rates: tuple[float, ...],
    losses: Callable[[float], float] | None = None,
) -> float:
    """Rg [-, PCI] from the mean supplied and consumed powers (§13.2.3, §13.2.4).

    ``rates``: final load rates of :func:`load_rates`; ``k_pcs_pci``: the energy's PCS/PCI
    ratio (§13.2.1.4). A class where the generator does not run (rate 0) still counts its
    standby losses QPx(0). ``losses``: :func:`loss_curve` of ``gen`` when already built (both
    behaviours share it).
    """
    c = coefficients()
    if losses is None:
        losses = loss_curve(gen, k_pcs_pci)
    pm_fou = 0.0
    pm_cons = 0.0
    for weight, rate in zip(c.profil_coefficients, rates, strict=True):
        power = gen.pn_kw * rate
        pm_fou += power * weight
        pm_cons += weight * (power + losses(rate))
    if pm_fou <= 0:
        raise HeatingInputError("puissance moyenne fournie nulle.", field="puissance nominale")
    standby = c.chaudieres.pertes_arret_part_rendement * gen.qp0_kw * k_pcs_pci
    return k_pcs_pci * pm_fou / (pm_cons + standby + gen.pveil_kw * k_pcs_pci)


def _temperature(value: float | None, field: str) -> float:
    if value is None:
        raise HeatingInputError(f"{field} manquante pour la chaudière.", field=field)
    return value
