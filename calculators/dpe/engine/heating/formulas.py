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
from functools import cache

from calculators.dpe.engine.heating.errors import HeatingInputError

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
    names = {"Pn": pn_kw, "E": e, "F": f}

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return float(_OPERATORS[type(node.op)](walk(node.left), walk(node.right)))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            value = walk(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "log"
            and len(node.args) == 1
        ):
            return math.log10(walk(node.args[0]))
        raise HeatingInputError(
            f"formule « {formula} » de la table generateur_combustion : élément non autorisé.",
            field="generateur_combustion",
        )

    return walk(_parse(formula))
