"""Throughput of the 3CL-DPE engine on one core, XML parsing excluded.

Run alone with ``python -m benchmarks.dpe_engine [--corpus DIR] [--repeat N]`` or through
``python -m benchmarks``. The ADEME corpus files are parsed once (that time per file is the
baseline, measured in the same run), then :func:`compute_dpe` runs on all of them ``repeat``
times: once stopped after the needs (envelope + air renewal + needs), once in full. Each row is
``{"name", "value", "unit", "baseline", "ratio"}`` plus ``target``: ≤ 2 ms per dwelling for the
envelope and needs, ≥ 1,000 dwellings/s for the whole engine. Figures are medians over the
repeats; nothing here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.pipeline import compute_dpe

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/dpe/ademe-xml"
TARGET_NEEDS_MS = 2.0
TARGET_DWELLINGS_PER_S = 1000.0
FALLBACK_DATE = date(2026, 1, 1)
"""Rules date for the one corpus file without a date (speed does not depend on it)."""


def _parse(paths: list[Path]) -> tuple[list[tuple[DpeFile, date]], float]:
    """The files read, each with its date, and the median parse time per file [ms]."""
    files: list[tuple[DpeFile, date]] = []
    times: list[float] = []
    for path in paths:
        start = time.perf_counter()
        dpe = read_dpe(path)
        times.append(time.perf_counter() - start)
        files.append((dpe, dpe.inputs.administratif.date_etablissement_dpe or FALLBACK_DATE))
    return files, statistics.median(times) * 1000.0


def _per_dwelling_ms(
    files: list[tuple[DpeFile, date]], repeat: int, stop_after: str | None
) -> float:
    """Median over ``repeat`` passes of the mean time per dwelling [ms]."""
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        for dpe, day in files:
            compute_dpe(dpe, day, stop_after=stop_after)
        passes.append((time.perf_counter() - start) / len(files))
    return statistics.median(passes) * 1000.0


def run(folder: Path = DEFAULT_CORPUS, repeat: int = 3) -> list[dict[str, object]]:
    """Measure and return the rows (see the module docstring); none without the corpus."""
    paths = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not paths:
        print(f"Corpus DPE absent ({folder}) : mesure ignorée.", file=sys.stderr)
        return []
    files, parse_ms = _parse(paths)
    compute_dpe(*files[0])  # first call loads the tables; not part of the measure
    needs_ms = _per_dwelling_ms(files, repeat, "needs")
    full_ms = _per_dwelling_ms(files, repeat, None)
    rate = 1000.0 / full_ms
    return [
        _row("DPE : lecture du XML par logement (référence)", parse_ms, "ms", parse_ms),
        _row("DPE : enveloppe + besoins par logement", needs_ms, "ms", parse_ms, TARGET_NEEDS_MS),
        _row("DPE : moteur complet par logement", full_ms, "ms", parse_ms),
        {
            **_row("DPE : moteur complet, logements par seconde", rate, "logements/s",
                   1000.0 / parse_ms, TARGET_DWELLINGS_PER_S),
            "higher_is_better": True,
        },
    ]


def _row(
    name: str, value: float, unit: str, baseline: float, target: float | None = None
) -> dict[str, object]:
    row: dict[str, object] = {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 3),
    }
    if target is not None:
        row["target"] = target
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.dpe_engine", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dossier des XML")
    parser.add_argument("--repeat", type=int, default=3, help="passes sur le corpus (3)")
    args = parser.parse_args(argv)
    rows = run(args.corpus, max(1, args.repeat))
    for row in rows:
        target = row.get("target")
        verdict = ""
        if target is not None:
            higher = bool(row.get("higher_is_better"))
            value, goal = float(row["value"]), float(target)  # type: ignore[arg-type]
            met = value >= goal if higher else value <= goal
            verdict = f", cible {'≥' if higher else '≤'} {goal:g} : "
            verdict += "atteinte" if met else "MANQUÉE"
        print(
            f"{row['name']:<50} {row['value']:>10} {row['unit']:<12} (référence "
            f"{row['baseline']}, rapport {row['ratio']}{verdict})"
        )
    return 0 if rows else 2


if __name__ == "__main__":
    raise SystemExit(main())
