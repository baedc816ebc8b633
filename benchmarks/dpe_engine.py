"""Throughput of the 3CL-DPE engine on one core, XML parsing excluded.

Run alone with ``python -m benchmarks.dpe_engine [--corpus DIR] [--repeat N] [--etapes]
[--profil N]`` or through ``python -m benchmarks``. The ADEME corpus files are parsed once (that
time per file is the baseline, measured in the same run), then :func:`compute_dpe` runs on all of
them ``repeat`` times: once stopped after the needs (envelope + air renewal + needs), once in
full. Each dwelling is timed on its own: its time is its best over the passes (the machine is
shared: other work only ever adds time); the rows give the mean (total / dwellings), the median
and the 95th percentile of these times over the corpus.
Each row is ``{"name", "value", "unit", "baseline", "ratio"}`` plus ``target``: ≤ 2 ms per
dwelling (mean) for the envelope and needs, ≥ 1,000 dwellings/s for the whole engine. Nothing
here is asserted by the tests.

``--etapes`` adds the time of each stage (the engine stopped after each stage in turn, minus the
previous stage's time); ``--profil N`` runs one pass under cProfile and prints the N functions of
highest own time, then the official-table lookups of that pass by table, criteria and caller.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.envelope.lookup import rows_where
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.engine.result import STAGES
from calculators.dpe.tables import find_rows, value_row

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/dpe/ademe-xml"
TARGET_NEEDS_MS = 2.0
TARGET_DWELLINGS_PER_S = 1000.0
FALLBACK_DATE = date(2026, 1, 1)
"""Rules date for the one corpus file without a date (speed does not depend on it)."""

Corpus = list[tuple[DpeFile, date]]


def _parse(paths: list[Path]) -> tuple[Corpus, float]:
    """The files read, each with its date, and the median parse time per file [ms]."""
    files: Corpus = []
    times: list[float] = []
    for path in paths:
        start = time.perf_counter()
        dpe = read_dpe(path)
        times.append(time.perf_counter() - start)
        files.append((dpe, dpe.inputs.administratif.date_etablissement_dpe or FALLBACK_DATE))
    return files, statistics.median(times) * 1000.0


def per_dwelling_ms(files: Corpus, repeat: int, stop_after: str | None) -> list[float]:
    """Each dwelling's best time over ``repeat`` passes [ms], in corpus order."""
    return [times[0] for times in _timed(files, repeat, (stop_after,))]


def _timed(files: Corpus, repeat: int, stops: tuple[str | None, ...]) -> list[list[float]]:
    """Per dwelling, per ``stop_after`` of ``stops``: the best time over the passes [ms].

    The minimum, not the mean, because the machine is shared: other work only ever adds time.
    Each dwelling is computed with every ``stops`` in turn, so that a burst of load hits them
    alike and the differences between stages stay meaningful.
    """
    best = [[float("inf")] * len(stops) for _ in files]
    clock = time.perf_counter
    for _ in range(repeat):
        for times, (dpe, day) in zip(best, files, strict=True):
            for index, stop in enumerate(stops):
                start = clock()
                compute_dpe(dpe, day, stop_after=stop)
                times[index] = min(times[index], (clock() - start) * 1000.0)
    return best


def summary(times_ms: list[float]) -> tuple[float, float, float]:
    """(mean, median, 95th percentile) of per-dwelling times [ms]."""
    p95 = statistics.quantiles(times_ms, n=20)[-1] if len(times_ms) > 1 else times_ms[0]
    return statistics.fmean(times_ms), statistics.median(times_ms), p95


def run(folder: Path = DEFAULT_CORPUS, repeat: int = 3) -> list[dict[str, object]]:
    """Measure and return the rows (see the module docstring); none without the corpus."""
    files, parse_ms = _load(folder)
    return measure(files, parse_ms, repeat) if files else []


def measure(files: Corpus, parse_ms: float, repeat: int) -> list[dict[str, object]]:
    """The rows of the module docstring for ``files`` parsed in ``parse_ms`` each."""
    needs_mean, needs_median, needs_p95 = summary(per_dwelling_ms(files, repeat, "needs"))
    full_mean, full_median, full_p95 = summary(per_dwelling_ms(files, repeat, None))
    return [
        _row("DPE : lecture du XML par logement (référence)", parse_ms, "ms", parse_ms),
        _row("DPE : enveloppe + besoins par logement", needs_mean, "ms", parse_ms,
             TARGET_NEEDS_MS),
        _row("DPE : enveloppe + besoins, médiane", needs_median, "ms", parse_ms),
        _row("DPE : enveloppe + besoins, 95e centile", needs_p95, "ms", parse_ms),
        _row("DPE : moteur complet par logement", full_mean, "ms", parse_ms),
        _row("DPE : moteur complet, médiane", full_median, "ms", parse_ms),
        _row("DPE : moteur complet, 95e centile", full_p95, "ms", parse_ms),
        {
            **_row("DPE : moteur complet, logements par seconde", 1000.0 / full_mean,
                   "logements/s", 1000.0 / parse_ms, TARGET_DWELLINGS_PER_S),
            "higher_is_better": True,
        },
    ]


def _load(folder: Path) -> tuple[Corpus, float]:
    """The corpus parsed, tables warmed by one full pass (loading is not part of the measure)."""
    paths = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not paths:
        print(f"Corpus DPE absent ({folder}) : mesure ignorée.", file=sys.stderr)
        return [], 0.0
    files, parse_ms = _parse(paths)
    for dpe, day in files:
        compute_dpe(dpe, day)
    return files, parse_ms


def stage_times(files: Corpus, repeat: int) -> list[tuple[str, float]]:
    """Mean time per dwelling of each stage [ms]: stopped after it, minus stopped before it."""
    best = _timed(files, repeat, STAGES)
    cumulative = [statistics.fmean(times[index] for times in best) for index in range(len(STAGES))]
    previous = [0.0, *cumulative[:-1]]
    return [
        (stage, now - before)
        for stage, now, before in zip(STAGES, cumulative, previous, strict=True)
    ]


@contextmanager
def _counting_lookups(counts: Counter[tuple[str, str, str]]) -> Iterator[None]:
    """Count each call of ``find_rows``, ``value_row`` and the envelope's ``rows_where`` by
    (table, criteria, calling function); ``rows_where`` delegating to ``find_rows`` counts once."""
    watched = {
        find_rows.__code__: "find_rows",
        value_row.__code__: "value_row",
        rows_where.__code__: "rows_where",
    }

    def hook(frame: FrameType, event: str, _arg: object) -> None:
        name = watched.get(frame.f_code) if event == "call" else None
        caller = frame.f_back
        if name is None or (caller is not None and caller.f_code is rows_where.__code__):
            return
        where = "?" if caller is None else (
            f"{Path(caller.f_code.co_filename).stem}.{caller.f_code.co_name}"
        )
        local = frame.f_locals
        criteria = "tv_id" if name == "value_row" else ", ".join(local.get("criteria", ()))
        counts[(f"{name}({local.get('table')})", criteria, where)] += 1

    sys.setprofile(hook)
    try:
        yield
    finally:
        sys.setprofile(None)


def profile(files: Corpus, top: int) -> None:
    """Print one full pass's hottest functions (own time) and its table lookups."""
    profiler = cProfile.Profile()
    profiler.enable()
    for dpe, day in files:
        compute_dpe(dpe, day)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    counts: Counter[tuple[str, str, str]] = Counter()
    with _counting_lookups(counts):
        for dpe, day in files:
            compute_dpe(dpe, day)
    print(f"Consultations des tables sur une passe ({len(files)} logements) :")
    for (lookup, criteria, caller), calls in counts.most_common(top):
        print(f"{calls:>8}  {lookup:<45} [{criteria}]  ← {caller}")


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


def _verdict(row: dict[str, object]) -> str:
    target = row.get("target")
    if target is None:
        return ""
    higher = bool(row.get("higher_is_better"))
    value, goal = float(str(row["value"])), float(str(target))
    met = value >= goal if higher else value <= goal
    return f", cible {'≥' if higher else '≤'} {goal:g} : " + ("atteinte" if met else "MANQUÉE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.dpe_engine", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dossier des XML")
    parser.add_argument("--repeat", type=int, default=3, help="passes sur le corpus (3)")
    parser.add_argument("--etapes", action="store_true", help="temps de chaque étape")
    parser.add_argument("--profil", type=int, metavar="N", help="profil cProfile (N lignes)")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    files, parse_ms = _load(args.corpus)
    if not files:
        return 2
    for row in measure(files, parse_ms, repeat):
        print(
            f"{row['name']:<50} {row['value']:>10} {row['unit']:<12} (référence "
            f"{row['baseline']}, rapport {row['ratio']}{_verdict(row)})"
        )
    if args.etapes:
        _print_stages(stage_times(files, repeat))
    if args.profil:
        profile(files, args.profil)
    return 0


def _print_stages(rows: list[tuple[str, float]]) -> None:
    total = sum(ms for _, ms in rows)
    for stage, ms in rows:
        share = 100.0 * ms / total if total else 0.0
        print(f"{stage:<14} {ms:8.3f} ms/logement  {share:5.1f} %")
    print(f"{'total':<14} {total:8.3f} ms/logement")


if __name__ == "__main__":
    raise SystemExit(main())
