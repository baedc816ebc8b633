"""``python -m calculators.dpe.ademe DOSSIER`` : lit tous les ``*.xml`` d'un dossier de DPE.

Prints the files that cannot be read (with the French reason), the corpus summary of
:mod:`~calculators.dpe.ademe.survey` and the parse time per file. A developer's tool: the
application reads files through the services layer.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from calculators.dpe.ademe.errors import DpeXmlError
from calculators.dpe.ademe.reader import DpeFile, read_dpe
from calculators.dpe.ademe.survey import format_summary, summarize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m calculators.dpe.ademe",
        description="Lit un dossier de fichiers DPE XML de l'ADEME et en résume le contenu.",
    )
    parser.add_argument("dossier", type=Path, help="dossier contenant les fichiers *.xml")
    args = parser.parse_args(argv)
    paths = sorted(args.dossier.glob("*.xml"))
    if not paths:
        print(f"Aucun fichier *.xml dans {args.dossier}", file=sys.stderr)
        return 2
    read: list[DpeFile] = []
    seconds: list[float] = []
    for path in paths:
        start = time.perf_counter()
        try:
            read.append(read_dpe(path))
        except DpeXmlError as exc:
            print(f"{path.name} : {exc}", file=sys.stderr)
        seconds.append(time.perf_counter() - start)
    print(format_summary(summarize(read)))
    ms = sorted(s * 1000 for s in seconds)
    print(
        f"Temps de lecture par fichier : médiane {statistics.median(ms):.1f} ms, "
        f"moyenne {statistics.fmean(ms):.1f} ms, max {ms[-1]:.1f} ms "
        f"({len(paths)} fichiers, {sum(ms) / 1000:.2f} s au total)"
    )
    return 0 if len(read) == len(paths) else 1


if __name__ == "__main__":
    sys.exit(main())
