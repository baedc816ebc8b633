"""``diag-app solar-batch ROOFS.csv --out OUT.csv``: yearly PV production of many roofs.

The work is :meth:`diag_app.services.solar.SolarService.estimate_batch`; this module reads the
options, shows the progress on stderr and prints a French summary. The input and output
formats are described in :mod:`diag_app.services.solar_batch` and ``docs/solar-cli.md``. The
service is imported when the command runs (see :mod:`diag_app.cli.solar`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from diag_app.cli.solar import fr


class PercentPrinter:
    """Progress callback printing « Calcul : 45 % » on ``stream``.

    On a terminal the line is rewritten at each percent; in a file or a pipe, one line every
    10 % so logs stay readable.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.shown = -1

    def __call__(self, fraction: float, text: str = "") -> None:
        percent = int(100 * min(max(fraction, 0.0), 1.0))
        step = percent if self.live else percent - percent % 10
        if step == self.shown:
            return
        self.shown = step
        end = "" if self.live else "\n"
        prefix = "\r" if self.live else ""
        self.stream.write(f"{prefix}Calcul : {step} % ({text}){end}")
        self.stream.flush()

    def close(self) -> None:
        if self.live and self.shown >= 0:
            self.stream.write("\n")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "solar-batch",
        help="production photovoltaïque de nombreuses toitures (fichier CSV)",
        description=(
            "Calcule la production annuelle et mensuelle de chaque toiture de TOITURES.csv "
            "(en-tête id;lat;lon;tilt;azimuth;kwp ou area_m2, loss facultatif ; séparateur « ; » "
            "ou « , », virgule décimale acceptée) et écrit RÉSULTATS.csv (« ; », UTF-8 avec BOM "
            "pour Excel). Une ligne invalide arrête tout sans rien écrire, sauf avec "
            "--skip-invalid. Résultats : pré-diagnostic indicatif, non opposable."
        ),
    )
    parser.add_argument("roofs", type=Path, metavar="TOITURES.csv", help="toitures à calculer")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="RÉSULTATS.csv", help="fichier des résultats"
    )
    parser.add_argument("--weather", type=Path, metavar="FICHIER", help="année type PVGIS ou EPW")
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="écrit les toitures valides et la liste des lignes rejetées (RÉSULTATS.rejets.csv)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diag_app.services.solar import SolarService
    from diag_app.services.solar_batch import BatchRequest

    request = BatchRequest(args.roofs, args.out, args.weather, args.skip_invalid)
    printer = PercentPrinter(sys.stderr)
    started = time.perf_counter()
    try:
        result = SolarService.from_settings().estimate_batch(request, printer)
    finally:
        printer.close()
    elapsed = time.perf_counter() - started
    print(
        f"{result.disclaimer}.\n"
        f"{fr(result.roofs)} toitures calculées en {fr(elapsed, 1)} s ({fr(result.places)} "
        f"lieu(x)) : {fr(result.total_kwh)} kWh/an au total, "
        f"{fr(result.mean_specific_yield_kwh_kwp)} kWh/kWc en moyenne.\n"
        f"Météo : {result.weather_source}\n"
        f"Écrit : {result.out_csv}"
    )
    if result.ignored_columns:
        print(f"Colonnes ignorées : {', '.join(result.ignored_columns)}")
    if result.rejects_csv is not None:
        print(
            f"{fr(result.rejected)} ligne(s) rejetée(s), détail dans {result.rejects_csv}",
            file=sys.stderr,
        )
    return 0
