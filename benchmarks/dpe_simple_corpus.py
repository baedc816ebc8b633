"""The desk estimate against the 231 real DPE files of the ADEME corpus, and its speed.

``python -m benchmarks.dpe_simple_corpus [--corpus DIR] [--csv OUT]``: for each XML file,
:func:`~calculators.dpe.simple.simple_from_ademe` keeps what an adviser would have known, then
:func:`~calculators.dpe.simple.estimate.estimate` and
:func:`~calculators.dpe.simple.uncertainty.uncertainty` run with the rules of the file's own date
(``date_etablissement_dpe``). Compared with the official label (``classe_bilan_dpe``): exact,
within one class, « passoire » (F or G) status right, official label inside our band. Prints the
table, the time of an estimate with its band, and the worst files with a reason.
``python -m benchmarks`` collects :func:`run` (the headline figures with their targets).

A file without a date or an official label is excluded; a file the estimate cannot handle counts
as a miss everywhere, with its reason.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from calculators.dpe.ademe import DpeFile, DpeXmlError, read_dpe
from calculators.dpe.rules import DPE_CLASSES, DpeInputError, RulesError
from calculators.dpe.simple import simple_from_ademe
from calculators.dpe.simple.estimate import estimate
from calculators.dpe.simple.uncertainty import uncertainty

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/dpe/ademe-xml"
TARGETS = {"exact": 60.0, "une_classe": 92.0, "passoire": 90.0, "dans_la_bande": 95.0}
"""Targets of the assignment [% of files]; the estimate with its band in under 50 ms."""
TIME_TARGET_MS = 50.0
FROM_BUILDING = frozenset({10, 11, 12, 13, 33, 34, 38, 39, 40})
"""``methode_application_dpe_log`` of flats generated from a whole-building DPE."""
WORST_SHOWN = 15
ENVELOPE_GAP = 0.3
"""A GV more than 30 % away from the file's is named as the reason of a miss."""
BUILDING_SCALE = 0.2
"""A GV under a fifth of the file's: the file's outputs are the whole building's."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file: official and estimated labels, band, Cep [kWhEP/(m²·yr)], GV [W/K], the
    time of estimate + band [ms] and of the estimate alone, the reason of a failure."""

    name: str
    official: str
    label: str | None = None
    best: str | None = None
    worst: str | None = None
    cep: float | None = None
    cep_official: float | None = None
    gv: float | None = None
    gv_official: float | None = None
    ms: float | None = None
    ms_central: float | None = None
    from_building: bool = False
    top_effect: str | None = None
    error: str | None = None

    @property
    def gap(self) -> int | None:
        """Classes between our label and the official one (positive: ours is worse)."""
        if self.label is None:
            return None
        return DPE_CLASSES.index(self.label) - DPE_CLASSES.index(self.official)

    @property
    def in_band(self) -> bool:
        if self.best is None or self.worst is None:
            return False
        index = DPE_CLASSES.index(self.official)
        return DPE_CLASSES.index(self.best) <= index <= DPE_CLASSES.index(self.worst)

    @property
    def reason(self) -> str:
        """A short French explanation of a miss."""
        if self.error is not None:
            return f"non calculé : {self.error}"
        notes = []
        if self.from_building:
            notes.append("appartement généré à partir du DPE de l'immeuble")
        if self.gv and self.gv_official and self.gv / self.gv_official < BUILDING_SCALE:
            notes.append("sorties officielles à l'échelle de l'immeuble")
        elif self.gv and self.gv_official and abs(self.gv / self.gv_official - 1) > ENVELOPE_GAP:
            notes.append(f"déperditions × {self.gv / self.gv_official:.2f} du fichier")
        elif self.cep and self.cep_official:
            notes.append(f"Cep × {self.cep / self.cep_official:.2f} à déperditions proches")
        return " ; ".join(notes)


CHECKS: dict[str, Callable[[FileResult], bool]] = {
    "exact": lambda r: r.gap == 0,
    "une_classe": lambda r: r.gap is not None and abs(r.gap) <= 1,
    "passoire": lambda r: r.label is not None and (r.label in "FG") == (r.official in "FG"),
    "dans_la_bande": lambda r: r.in_band,
}
TITLES = {
    "exact": "étiquette exacte",
    "une_classe": "à une classe près",
    "passoire": "statut passoire (F/G) juste",
    "dans_la_bande": "étiquette officielle dans la bande",
}


@dataclass(frozen=True, slots=True)
class CorpusReport:
    results: tuple[FileResult, ...]
    excluded: int

    def percent(self, check: str) -> float:
        ok = sum(1 for r in self.results if CHECKS[check](r))
        return 100.0 * ok / max(len(self.results), 1)

    def milliseconds(self, central: bool = False) -> list[float]:
        values = [r.ms_central if central else r.ms for r in self.results]
        return [v for v in values if v is not None]


def evaluate(folder: Path) -> CorpusReport:
    """Every XML file of ``folder`` through the desk estimate and its band."""
    results = []
    excluded = 0
    for path in sorted(folder.glob("*.xml")):
        try:
            dpe = read_dpe(path)
        except DpeXmlError:
            excluded += 1
            continue
        official = dpe.outputs.ep_conso.classe_bilan_dpe if dpe.outputs else None
        if dpe.inputs.administratif.date_etablissement_dpe is None or not official:
            excluded += 1
            continue
        results.append(outcome(path.name, dpe, official))
    return CorpusReport(tuple(results), excluded)


def outcome(name: str, dpe: DpeFile, official: str) -> FileResult:
    at = dpe.inputs.administratif.date_etablissement_dpe
    assert at is not None
    method = dpe.inputs.caracteristique_generale.enum_methode_application_dpe_log_id
    base = FileResult(name, official, from_building=method in FROM_BUILDING)
    try:
        description = simple_from_ademe(dpe)
        start = time.perf_counter()
        central = estimate(description, at)
        middle = time.perf_counter()
        band = uncertainty(description, at)
        end = time.perf_counter()
    except (DpeInputError, RulesError) as exc:
        return FileResult(**{**asdict(base), "error": str(exc)})
    effects = band.phrases
    return FileResult(
        **{
            **asdict(base),
            "label": central.label,
            "best": band.label_meilleur,
            "worst": band.label_pire,
            "cep": central.cep_kwh_m2,
            "cep_official": dpe.outputs.ep_conso.ep_conso_5_usages_m2,
            "gv": central.deperditions_w_k,
            "gv_official": dpe.outputs.deperdition.deperdition_enveloppe,
            "ms": (end - start) * 1000.0,
            "ms_central": (middle - start) * 1000.0,
            "top_effect": effects[0] if effects else None,
        }
    )


def table_lines(report: CorpusReport) -> list[str]:
    """The French table: shares against targets, timing, confusion and the worst files."""
    n = len(report.results)
    lines = [f"Estimation au guichet sur le corpus ADEME : {n} fichiers ({report.excluded} exclus)"]
    for key, title in TITLES.items():
        value = report.percent(key)
        verdict = "atteinte" if value >= TARGETS[key] else "MANQUÉE"
        lines.append(f"  {title:<38} {value:5.1f} %   cible ≥ {TARGETS[key]:.0f} % ({verdict})")
    times = report.milliseconds()
    if times:
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        lines.append(
            f"  estimation + bande : médiane {statistics.median(times):.1f} ms, 95e centile "
            f"{p95:.1f} ms, maximum {max(times):.1f} ms (cible ≤ {TIME_TARGET_MS:.0f} ms) ; "
            f"estimation seule {statistics.median(report.milliseconds(True)):.1f} ms"
        )
    gaps: dict[int, int] = {}
    for result in report.results:
        if result.gap is not None:
            gaps[result.gap] = gaps.get(result.gap, 0) + 1
    lines.append(
        "  écart de classe (estimé − officiel) : "
        + ", ".join(f"{gap:+d} : {count}" for gap, count in sorted(gaps.items()))
    )
    lines.append("Fichiers les plus éloignés :")
    worst = sorted(report.results, key=_badness)[:WORST_SHOWN]
    for r in worst:
        band = f"{r.best}–{r.worst}" if r.best else "—"
        lines.append(
            f"  {r.name:<20} officiel {r.official}, estimé {r.label or '—'} (bande {band})"
            f" : {r.reason}"
        )
    return lines


def _badness(result: FileResult) -> tuple[bool, int]:
    """Out of the band first, then the largest class gap (a failure counts as the worst)."""
    return result.in_band, -(abs(result.gap) if result.gap is not None else len(DPE_CLASSES))


def write_csv(report: CorpusReport, path: Path) -> None:
    rows = [asdict(r) | {"gap": r.gap, "in_band": r.in_band} for r in report.results]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["name"])
        writer.writeheader()
        writer.writerows(rows)


def run(folder: Path = DEFAULT_CORPUS) -> list[dict[str, object]]:
    """Headline rows for ``python -m benchmarks``: the four shares [%] with their targets and
    the median time of an estimate with its band [ms] (baseline: the estimate alone)."""
    if not folder.is_dir():
        print(f"Corpus DPE absent ({folder}) : mesure ignorée.", file=sys.stderr)
        return []
    report = evaluate(folder)
    rows: list[dict[str, object]] = [
        {
            "name": f"Guichet DPE : {title}",
            "value": round(report.percent(key), 2),
            "unit": "%",
            "baseline": None,
            "ratio": None,
            "target": TARGETS[key],
            "higher_is_better": True,
        }
        for key, title in TITLES.items()
    ]
    times, central = report.milliseconds(), report.milliseconds(central=True)
    if times:
        value, base = statistics.median(times), statistics.median(central)
        rows.append(
            {
                "name": "Guichet DPE : estimation + bande par logement",
                "value": round(value, 2),
                "unit": "ms",
                "baseline": round(base, 2),
                "ratio": round(value / base, 2),
                "target": TIME_TARGET_MS,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.dpe_simple_corpus", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dossier des XML")
    parser.add_argument("--csv", type=Path, help="écrit le détail par fichier dans ce CSV")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"Erreur : dossier du corpus introuvable : {args.corpus}", file=sys.stderr)
        return 2
    report = evaluate(args.corpus)
    print("\n".join(table_lines(report)))
    if args.csv:
        write_csv(report, args.csv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
