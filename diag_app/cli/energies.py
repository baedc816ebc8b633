"""``diag-app energies FILE.json``: the « nouvelles énergies » diagnostic of one dwelling.

The diagnostic itself is :class:`diag_app.services.new_energies.NewEnergiesService`; this
module reads the options, prints the steps on stderr while it runs and the result on stdout
(French summary, or the full JSON). The service (pandas, pvlib) is imported when the command
runs, not when ``diag-app`` builds its parser.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path


def day(text: str) -> date:
    """A ``--at`` value: ISO date (``2026-03-01``) or French (``01/03/2026``)."""
    value = text.strip()
    try:
        if "/" in value:
            dd, mm, yyyy = value.split("/")
            return date(int(yyyy), int(mm), int(dd))
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date « {text} » illisible (AAAA-MM-JJ ou JJ/MM/AAAA)"
        ) from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "energies",
        help="diagnostic « nouvelles énergies » d'un logement (solaire, PAC, bois, éolien, réseau)",
        description=(
            "Diagnostic « nouvelles énergies » d'un logement décrit dans un fichier JSON (voir "
            "docs/new-energies.md) : production photovoltaïque par pan, tailles comparées pour "
            "l'autoconsommation et leur économie datée, chauffe-eau solaire, avis sur la pompe à "
            "chaleur, le bois, la petite éolienne et le réseau de chaleur. Résultat : "
            "pré-diagnostic indicatif, non opposable."
        ),
    )
    parser.add_argument("request", type=Path, metavar="FICHIER.json", help="le logement (JSON)")
    parser.add_argument(
        "--at",
        type=day,
        metavar="DATE",
        help="date des tarifs (défaut : celle de la demande, sinon aujourd'hui)",
    )
    parser.add_argument("--weather", type=Path, metavar="FICHIER", help="année type PVGIS ou EPW")
    parser.add_argument("--format", choices=("json", "text"), default="text", help="sortie")
    parser.set_defaults(func=run)


class StepPrinter:
    """Prints each new step on stderr: rewritten in place in a terminal, one line otherwise."""

    def __init__(self) -> None:
        self.last = ""
        self.live = sys.stderr.isatty()

    def __call__(self, fraction: float, text: str = "") -> None:
        if not text or text == self.last:
            return
        self.last = text
        line = f"{fraction * 100:3.0f} % — {text}"
        if self.live:
            print(f"\r\033[K{line}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self.live and self.last:
            print(file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from diag_app.services.new_energies import NewEnergiesService
    from diag_app.services.new_energies_text import summary

    service = NewEnergiesService.from_settings()
    request = service.read_request(args.request)
    if args.at is not None:
        request = replace(request, at=args.at)
    printer = StepPrinter()
    try:
        result = service.run(request, args.weather, printer)
    finally:
        printer.close()
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(summary(result))
    return 0
