"""Run every benchmark module of this folder (or those named) and print one table.

``python -m benchmarks`` or ``python -m benchmarks startup``. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Mapping

import benchmarks
from benchmarks import Measurement

HEADER = ["Mesure", "Valeur", "Unité", "Essais", "Référence", "Rapport", "Cible", "Verdict"]


def _modules(names: list[str]) -> list[str]:
    found = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name[0] != "_")
    unknown = sorted(set(names) - set(found))
    if unknown:
        raise SystemExit(
            f"Mesure(s) inconnue(s) : {', '.join(unknown)}. Disponibles : {', '.join(found)}."
        )
    return names or found


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


def _row(m: Measurement) -> list[str]:
    verdict = {None: "—", True: "atteinte", False: "MANQUÉE"}[m.target_met]
    ratio = "—" if m.ratio is None else "× " + _number(m.ratio)
    target = "—" if m.target is None else ("> " if m.higher_is_better else "< ") + _number(m.target)
    return [m.name, _number(m.value), m.unit, str(m.runs), _number(m.baseline), ratio, target,
            verdict]


def print_table(measurements: list[Measurement]) -> None:
    rows = [HEADER] + [_row(m) for m in measurements]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    for m in measurements:
        if m.note:
            print(f"* {m.name} : {m.note}")


def collect(name: str) -> list[Measurement]:
    results = importlib.import_module(f"benchmarks.{name}").run()
    return [r if isinstance(r, Measurement) else Measurement.from_row(r) for r in results
            if isinstance(r, Measurement | Mapping)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="modules à lancer (défaut : tous)")
    args = parser.parse_args(argv)
    measurements: list[Measurement] = []
    for name in _modules(args.names):
        print(f"Mesure « {name} »…", file=sys.stderr, flush=True)
        measurements += collect(name)
    print_table(measurements)
    return 1 if any(m.target_met is False for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
