"""Default characteristics of fuel-burning hot-water generators (3CL-DPE 2021, annex 1, §13.2.2
and §14.1), from ADEME's table ``generateur_combustion``.

The table writes its cells as the method prints them: Rpn as a formula of Pn in kW (``84 + 2
logPn``) or a number, in percent; QP0 as a share of Pn (``0.01``), a percent (``1.0 %``, water
heaters), or a formula giving kW (``Pn * (E + F * logPn) / 100``, ``0,085*Pn*(Pn)^-0,4``); wood
boilers' plain numbers are kW; a ``pn`` cell of 70 or 400 means the formulas are evaluated at
that power. The pilot light is in W. The formula evaluator, E and F (§13.2.2, with or without a
fan) and the QP0 of the table's merged cells are the heating stage's
(:mod:`calculators.dpe.engine.heating`): one reading of the table for both uses.
"""

from __future__ import annotations

import re

from calculators.dpe.engine.heating.coefficients import coefficients as heating_coefficients
from calculators.dpe.engine.heating.formulas import evaluate
from calculators.dpe.engine.hot_water.combustion import CombustionGenerator
from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)
from calculators.dpe.tables import CellValue, Row, find_rows, value_row

W_PER_KW = 1000.0
PERCENT = 100.0
"""Unit conversions, not regulatory values."""

_PERCENT = re.compile(r"^\s*([\d.,]+)\s*%\s*$")


def default_characteristics(
    tv_generateur_combustion_id: int,
    pn_w: float,
    *,
    fan_assisted: bool = False,
    pilot_light: bool = False,
) -> CombustionGenerator:
    """Rpn, QP0 and Pveil of the table row for a generator of nominal power ``pn_w`` [W].

    The pilot power counts only for a generator that has a pilot light (« si veilleuse »).
    """
    row = value_row("generateur_combustion", tv_generateur_combustion_id)
    return _from_row(row, pn_w, fan_assisted, pilot_light)


def default_characteristics_for_type(
    type_generateur_ecs_id: int,
    pn_w: float,
    *,
    fan_assisted: bool = False,
    pilot_light: bool = False,
) -> CombustionGenerator:
    """Same, choosing the row by the ADEME hot-water generator type and the power band."""
    pn_kw = require_non_negative(pn_w, "puissance nominale", strictly=True) / W_PER_KW
    rows = find_rows("generateur_combustion", enum_type_generateur_ecs_id=type_generateur_ecs_id)
    for row in rows:
        bounds = row.bounds("critere_pn_bornes")
        if bounds is None or bounds.contains(pn_kw):
            return _from_row(row, pn_w, fan_assisted, pilot_light)
    raise SystemsInputError(
        f"générateur d'ECS de type {type_generateur_ecs_id} : pas de valeurs par défaut.",
        field="type de générateur d'ECS",
    )


def _from_row(row: Row, pn_w: float, fan_assisted: bool, pilot_light: bool) -> CombustionGenerator:
    pn = require_non_negative(pn_w, "puissance nominale", strictly=True)
    cap = row.get("pn")
    pn_formula_kw = float(cap) if isinstance(cap, int | float) else pn / W_PER_KW
    boilers = heating_coefficients().chaudieres
    e, f = boilers.qp0_e_f_avec_ventilateur if fan_assisted else boilers.qp0_e_f_sans_ventilateur
    rpn_cell = row.get("rpn")
    if rpn_cell is None:
        raise SystemsInputError(
            f"table generateur_combustion, ligne {row.key} : Rpn absent.", field="Rpn"
        )
    rpn = evaluate(_text_or_number(rpn_cell), pn_formula_kw, e, f) / PERCENT
    qp0 = _qp0_w(row, pn, pn_formula_kw, e, f)
    pilot_cell = row.get("pveil")
    pilot = float(pilot_cell) if pilot_light and isinstance(pilot_cell, int | float) else 0.0
    return CombustionGenerator(pn_w=pn, rpn=rpn, qp0_w=qp0, pilot_w=pilot)


def _qp0_w(row: Row, pn_w: float, pn_formula_kw: float, e: float, f: float) -> float:
    cell = row.get("qp0_perc")
    if cell is None:
        merged = heating_coefficients().chaudieres.qp0_cellules_fusionnees.get(int(str(row.key)))
        return 0.0 if merged is None else merged * pn_w
    if isinstance(cell, str) and (match := _PERCENT.match(cell)) is not None:
        return float(match.group(1).replace(",", ".")) / PERCENT * pn_w
    if isinstance(cell, int | float) and not _is_wood(row):
        return float(cell) * pn_w
    return evaluate(_text_or_number(cell), pn_formula_kw, e, f) * W_PER_KW


def _is_wood(row: Row) -> bool:
    """Wood boilers' plain QP0 values are kW (§13.2.2.3), gas and oil ones shares of Pn."""
    wood = coefficients().auxiliaires_generation.types_ademe_ecs["chaudiere_bois"]
    ids = row.get("enum_type_generateur_ecs_id")
    return isinstance(ids, list | tuple) and any(i in wood for i in ids)


def _text_or_number(cell: CellValue) -> str | float:
    return float(cell) if isinstance(cell, int | float) else str(cell)
