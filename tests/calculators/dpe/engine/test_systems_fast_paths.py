"""Oracles for the rewritten hot paths of the stages after the envelope (docs/dpe-engine.md,
§ Speed).

Each fast path is compared, exactly (``==`` on floats), with the plain computation it replaced,
written out again here: the formulas of the ADEME sheet ``generateur_combustion`` walked as a
tree (§13.2.2), the part-load losses QPx and the load rates of §13.2.1, the monthly heating
balance of §6.1 and §9.1.1, the hot-water need of §11.1 and the south-equivalent area of §6.2.
No tolerance: the rewrite keeps every operation and its order, so the floats are the same bits.
"""

from __future__ import annotations

import ast
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    monthly_climate,
)
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.gains import Glazing, glazing_sse, south_equivalent_area
from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.combustion import (
    BoilerTechnology,
    CombustionCharacteristics,
    load_rates,
    losses_at_load,
)
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.errors import require_fraction as heating_fraction
from calculators.dpe.engine.heating.errors import require_positive as heating_positive
from calculators.dpe.engine.heating.formulas import _to_python, evaluate
from calculators.dpe.engine.heating_need import free_gain_fraction, heating_months
from calculators.dpe.engine.hot_water_need import hot_water_need
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.tables import find_rows

# --- §13.2.2: the formulas of the sheet, compiled once instead of walked on every call -------


def _walked(formula: str, pn: float, e: float, f: float) -> float:
    """The replaced evaluation: the parsed tree walked node by node."""
    names = {"Pn": pn, "E": e, "F": f}
    operators = {
        ast.Add: lambda a, b: a + b,
        ast.Sub: lambda a, b: a - b,
        ast.Mult: lambda a, b: a * b,
        ast.Div: lambda a, b: a / b,
        ast.Pow: lambda a, b: a**b,
    }

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            return names[node.id]
        if isinstance(node, ast.BinOp):
            return float(operators[type(node.op)](walk(node.left), walk(node.right)))
        if isinstance(node, ast.UnaryOp):
            value = walk(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        assert isinstance(node, ast.Call)
        return math.log10(walk(node.args[0]))

    return walk(ast.parse(_to_python(formula), mode="eval"))


def _parses(text: str) -> bool:
    try:
        ast.parse(_to_python(text), mode="eval")
    except SyntaxError:
        return False
    return True


SHEET_CELLS = sorted({
    cell
    for row in find_rows("generateur_combustion")
    for cell in (row["rpn"], row["rpint"], row["qp0_perc"])
    if isinstance(cell, str)
})
SHEET_FORMULAS = [cell for cell in SHEET_CELLS if _parses(cell)]


def test_the_sheet_has_formulas_to_check() -> None:
    assert len(SHEET_FORMULAS) >= 10  # « 84 + 2 logPn », « Pn * (E + F * logPn) / 100 »…


@pytest.mark.parametrize("cell", [cell for cell in SHEET_CELLS if not _parses(cell)])
def test_unreadable_cells_are_still_refused(cell: str) -> None:
    with pytest.raises(HeatingInputError, match="illisible"):
        evaluate(cell, 24.0)


@pytest.mark.parametrize("formula", SHEET_FORMULAS)
@pytest.mark.parametrize("pn_kw", [4.0, 24.0, 70.0, 400.0])
def test_compiled_formulas_give_the_walked_value(formula: str, pn_kw: float) -> None:
    # E and F of QP0 with and without a fan (§13.2.2), as default_characteristics passes them.
    for e, f in ((1.75, -0.55), (2.5, -0.8)):
        assert evaluate(formula, pn_kw, e, f) == _walked(formula, pn_kw, e, f)
        assert evaluate(formula, pn_kw, e, f) == _walked(formula, pn_kw, e, f)  # cached twice


# --- §13.2.1: the loss curve built once per generator, the load rates without min() ---------


def _losses_replaced(load: float, gen: CombustionCharacteristics, k: float) -> float:
    """QPx [kW, PCS] as the replaced code computed it, every point again at every load."""
    c = coefficients().chaudieres
    pn, rpn, qp0 = gen.pn_kw, 100 * gen.rpn / k, gen.qp0_kw * k
    if gen.technology is BoilerTechnology.RADIATEUR_GAZ:
        return c.radiateur_gaz_facteur * (100 - rpn) / rpn * pn * load
    assert gen.rpint is not None
    rpint = 100 * gen.rpint / k
    curve = c.technologies[gen.technology]
    w = curve.point_w
    q_zero = c.pertes_charge_nulle_part_qp0 * qp0
    if gen.technology in (BoilerTechnology.AIR_CHAUD, BoilerTechnology.BOIS):
        q_w = w * pn * (100 - rpint) / rpint
        q_100 = pn * (100 - rpn) / rpn
        if load <= w:
            return (q_w - q_zero) * load / w + q_zero
        return (q_100 - q_w) * load / (1 - w) + 2 * q_w - q_100
    assert gen.temp_fonc_100_c is not None and gen.temp_fonc_30_c is not None
    t100 = gen.temp_fonc_100_c
    t_pint = gen.temp_fonc_30_c if gen.regulation_combustion else t100
    r30 = rpint + curve.coefficient_pint * (curve.temperature_pint_c - t_pint)
    r100 = rpn + c.pleine_charge_coefficient * (c.pleine_charge_temperature_c - t100)
    q_30 = 0.3 * pn * (100 - r30) / r30
    q_100 = pn * (100 - r100) / r100
    if load > 0.3:
        return (q_100 - q_30) * (load - 0.3) / 0.7 + q_30
    if gen.technology is BoilerTechnology.STANDARD:
        return (q_30 - q_zero) * load / 0.3 + q_zero
    q_15 = q_30 / 2
    if load > w:
        return (q_30 - q_15) * (load - w) / (0.3 - w) + q_15
    return (q_15 - q_zero) * load / w + q_zero


generators = st.builds(
    CombustionCharacteristics,
    technology=st.sampled_from(list(BoilerTechnology)),
    pn_kw=st.floats(1.0, 1000.0),
    rpn=st.floats(0.6, 1.05),
    rpint=st.floats(0.6, 1.1),
    qp0_kw=st.floats(0.0, 20.0),
    temp_fonc_30_c=st.floats(20.0, 70.0),
    temp_fonc_100_c=st.floats(40.0, 90.0),
    regulation_combustion=st.booleans(),
)


@given(gen=generators, load=st.floats(0.0, 1.0), k=st.sampled_from([1.11, 1.07, 1.08]))
def test_loss_curve_gives_the_replaced_losses(
    gen: CombustionCharacteristics, load: float, k: float
) -> None:
    # k PCS/PCI of gas, fuel oil and wood (§13.2.1.4); every technology, every load.
    assert losses_at_load(load, gen, k) == _losses_replaced(load, gen, k)


def test_loss_curve_still_refuses_a_boiler_without_temperatures() -> None:
    gen = CombustionCharacteristics(BoilerTechnology.CONDENSATION, 24.0, 0.95, 1.0, 0.1)
    with pytest.raises(HeatingInputError, match="température de fonctionnement à 100 %"):
        losses_at_load(0.2, gen, 1.11)


def _load_rates_replaced(cdimref: float, prel: float, priority: bool | None) -> tuple[float, ...]:
    taux = coefficients().profil_taux_charge
    rates = []
    for index, x in enumerate(taux):
        system = x if index == len(taux) - 1 else min(x / cdimref, 1.0)
        if priority is None or prel == 1:
            contribution = prel * system
        elif priority:
            contribution = min(prel, system)
        else:
            contribution = min(prel, max(system - (1 - prel), 0.0))
        rates.append(min(1.0, contribution / prel))
    return tuple(rates)


@given(
    cdimref=st.floats(0.05, 20.0),
    prel=st.floats(0.01, 1.0),
    priority=st.sampled_from([None, True, False]),
)
def test_load_rates_are_the_replaced_ones(
    cdimref: float, prel: float, priority: bool | None
) -> None:
    # §13.2.1.2–3: alone, first or second of a cascade; min(1, x) written as a comparison.
    assert load_rates(cdimref, prel, priority) == _load_rates_replaced(cdimref, prel, priority)


# --- §6.1, §9.1.1, §11.1: the monthly balances without a call per month ----------------------


@given(
    gv=st.floats(10.0, 5000.0),
    sse=st.floats(0.0, 60.0),
    internal_w=st.floats(0.0, 5000.0),
    inertia=st.sampled_from(list(InertiaClass)),
    zone=st.sampled_from(list(ClimateZone)),
)
def test_heating_months_are_the_month_by_month_fractions(
    gv: float, sse: float, internal_w: float, inertia: InertiaClass, zone: ClimateZone
) -> None:
    climate = monthly_climate(zone, AltitudeClass.BELOW_400)
    solar = tuple(1000.0 * sse * e for e in climate.e)
    internal = tuple(internal_w * hours for hours in climate.nref19)
    months = heating_months(gv, climate.dh19, climate.nref19, solar, internal, inertia)
    for j, dh in enumerate(climate.dh19):
        if dh <= 0:
            assert months.free_gain_fraction[j] == 0.0 == months.need_before_recovery_kwh[j]
            continue
        f = free_gain_fraction((solar[j] + internal[j]) / (gv * dh), inertia)
        assert months.free_gain_fraction[j] == f
        assert months.need_before_recovery_kwh[j] == gv * (1 - f) * dh / 1000.0


def test_heating_months_still_refuse_a_negative_ratio() -> None:
    climate = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
    negative = tuple(-1e9 for _ in range(12))
    with pytest.raises(ValueError, match="rapport apports / déperditions X"):
        heating_months(200.0, climate.dh19, climate.nref19, negative, negative, InertiaClass.LOURDE)


@pytest.mark.parametrize("zone", list(ClimateZone))
@pytest.mark.parametrize("adults", [0.0, 1.75, 42.5])
def test_hot_water_need_uses_the_same_monthly_formula(zone: ClimateZone, adults: float) -> None:
    # §11.1: Becsj = 1,163 × Nadeq × V × (40 − Tefsj) × njj / 1000, the rise now kept per zone.
    c = needs_coefficients().eau_chaude
    tefs = monthly_climate(zone, AltitudeClass.BELOW_400).tefs
    need = hot_water_need(adults, tefs)
    for volume, got in (
        (c.volume_conventionnel_l_jour, need.monthly_kwh),
        (c.volume_depensier_l_jour, need.monthly_depensier_kwh),
    ):
        expected = tuple(
            c.chaleur_massique_eau * adults * volume * (c.temperature_eau_chaude - float(t or 0))
            * days / 1000.0
            for t, days in zip(tefs, c.jours_occupation, strict=True)
        )  # fmt: skip
        assert got == expected


def test_hot_water_need_still_refuses_a_missing_month() -> None:
    with pytest.raises(ValueError, match="douze valeurs"):
        hot_water_need(2.0, (10.0,) * 11 + (None,))


glazings = st.builds(
    Glazing,
    surface_m2=st.floats(0.0, 40.0),
    sw=st.floats(0.0, 1.0),
    fe=st.floats(0.0, 1.0),
    orientation=st.sampled_from(list(GlazingOrientation)),
    tilt=st.sampled_from(list(GlazingTilt)),
)


@given(items=st.lists(glazings, max_size=12), zone=st.sampled_from(list(ClimateZone)))
def test_south_equivalent_area_adds_the_windows_in_order(
    items: list[Glazing], zone: ClimateZone
) -> None:
    # §6.2: Ssej = Σ Ai × Swi × Fei × C1i,j, summed window after window from 0 as before.
    expected = [0.0] * 12
    for glazing in items:
        for j, value in enumerate(glazing_sse(glazing, zone)):
            expected[j] += value
    assert south_equivalent_area(items, zone) == tuple(expected)


def test_south_equivalent_area_still_refuses_a_solar_factor_above_one() -> None:
    bad = Glazing(2.0, 1.2, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL)
    with pytest.raises(ValueError, match="facteur solaire Sw"):
        south_equivalent_area([bad], ClimateZone.H1A)


# --- The heating validation helpers' fast path -----------------------------------------------

values = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10, 10) | st.booleans()


def _outcome(check: object, value: object, **options: bool) -> object:
    try:
        return ("ok", check(value, "champ", **options))  # type: ignore[operator]
    except HeatingInputError as error:
        return ("refus", error.field)


@given(value=values, allow_zero=st.booleans())
def test_heating_positive_fast_path_agrees_with_the_rule(value: object, allow_zero: bool) -> None:
    # A finite number (not a bool) > 0, or = 0 when allowed, comes back as a float.
    number = isinstance(value, int | float) and not isinstance(value, bool)
    accepted = number and math.isfinite(value) and (value > 0 or (allow_zero and value == 0))  # type: ignore[arg-type, operator]
    expected = ("ok", float(value)) if accepted else ("refus", "champ")  # type: ignore[arg-type]
    assert _outcome(heating_positive, value, allow_zero=allow_zero) == expected


@given(value=values)
def test_heating_fraction_fast_path_agrees_with_the_rule(value: object) -> None:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    accepted = number and math.isfinite(value) and 0 <= value <= 1  # type: ignore[arg-type, operator]
    expected = ("ok", float(value)) if accepted else ("refus", "champ")  # type: ignore[arg-type]
    assert _outcome(heating_fraction, value) == expected
