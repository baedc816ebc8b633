"""Evaluate the small formulas written in the ADEME table ``generateur_combustion``.

The official sheet gives default efficiencies and standby losses as text formulas of the nominal
power: ``"84 + 2 logPn"``, ``"87,5 + 1,5logPn"``, ``"0,085*Pn*(Pn)^-0,4"``,
``"Pn * (E + F * logPn) / 100"`` (§13.2.2, Pn in kW, log base 10, E and F by burner type).
They are parsed with :mod:`ast` into a whitelist of numbers, the names ``Pn``, ``E``, ``F``, the
function ``log`` and the four operations and power: nothing else can run.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from functools import cache

from calculators.dpe.engine.heating.errors import HeatingInputError

NAMES = frozenset({"Pn", "E", "F"})
"""The names a formula may use: the nominal power [kW] and the coefficients E and F of QP0."""
_OPERATORS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.Pow: lambda a, b: a**b,
}


def _to_python(formula: str) -> str:
    text = formula.strip().replace(",", ".").replace("^", "**")
    text = text.replace("logPn", "log(Pn)")
    # Implicit products of the sheet: "2 log(Pn)", "1.5log(Pn)", "2Pn".
    return re.sub(r"(\d)\s*(log|Pn)", r"\1*\2", text)


@cache
def _parse(formula: str) -> ast.Expression:
    try:
        tree = ast.parse(_to_python(formula), mode="eval")
    except SyntaxError as exc:
        raise HeatingInputError(
            f"formule « {formula} » de la table generateur_combustion illisible.",
            field="generateur_combustion",
        ) from exc
    return tree


def evaluate(formula: str | float | int, pn_kw: float, e: float = 0.0, f: float = 0.0) -> float:
    """Value of a table cell: a number as is, a text formula evaluated at ``pn_kw`` [kW]."""
    if isinstance(formula, int | float):
        return float(formula)
    return _compiled(formula)({"Pn": pn_kw, "E": e, "F": f})


Names = dict[str, float]
Compiled = Callable[[Names], float]


@cache
def _compiled(formula: str) -> Compiled:
    """The formula's tree turned once into nested functions of the names (a table has a few
    dozen formulas; walking the tree again for every generator cost ≈ 15 µs)."""

    def refused() -> HeatingInputError:
        return HeatingInputError(
            f"formule « {formula} » de la table generateur_combustion : élément non autorisé.",
            field="generateur_combustion",
        )

    def build(node: ast.AST) -> Compiled:
        if isinstance(node, ast.Expression):
            return build(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            constant = float(node.value)
            return lambda _names: constant
        if isinstance(node, ast.Name) and node.id in NAMES:
            name = node.id
            return lambda names: names[name]
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            operator = _OPERATORS[type(node.op)]
            left, right = build(node.left), build(node.right)
            return lambda names: float(operator(left(names), right(names)))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            operand = build(node.operand)
            if isinstance(node.op, ast.USub):
                return lambda names: -operand(names)
            return operand
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "log"
            and len(node.args) == 1
        ):
            argument = build(node.args[0])
            return lambda names: math.log10(argument(names))
        raise refused()

    return build(_parse(formula))
