"""Validation harness of the 3CL-DPE engine on the ADEME corpus of real DPE files.

``python -m benchmarks.dpe_corpus [--corpus DIR] [--csv OUT]`` runs :func:`compute_dpe` on every
XML file with the rules of its own date (``date_etablissement_dpe``), compares each stage with
the file's official ``sortie`` and prints, per quantity, the share of files within 1 % and 5 % —
for all files, then for those with collective heating and those on a heat network, where DPE
engines fail most —, the label agreement (exact, within one class, « passoire » status), the
worst files per quantity and the files the engine could not handle, with the reason.
``python -m benchmarks`` collects :func:`run` (the headline figures).

Counting rules: a file is *excluded* when it has no usable date or no official outputs; every
other file counts in each quantity it has an official value for, and a file the engine could not
carry that far counts as a miss. The relative gap is ``|calc − ref| / max(|ref|, 1)`` (the floor
of one unit keeps references near zero — a dwelling without doors — from dividing by zero).
Official consumptions are compared gross of self-consumed PV (the engine deducts PV only in the
totals). Files with no cooling system are not counted for cooling. Cep/m² and GES/m² stored by the
file as whole numbers (several programs write the integer part the label uses) match when ours
has the same integer part.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from calculators.dpe.ademe import DpeFile, DpeXmlError, read_dpe
from calculators.dpe.ademe.families import RESEAU_CHALEUR
from calculators.dpe.ademe.survey import familles
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.engine.result import DpeResult
from calculators.dpe.engine.totals import Use
from calculators.dpe.engine.totals_from_ademe import official_inputs
from calculators.dpe.labels import label
from calculators.dpe.rules import DPE_CLASSES, RulesError

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/dpe/ademe-xml"
ALL, COLLECTIVE, NETWORK = "tous", "chauffage collectif", "réseau de chaleur"
SEGMENTS = (ALL, COLLECTIVE, NETWORK)
WORST_SHOWN = 3
ENVELOPE_PARTS = ("mur", "plancher_bas", "plancher_haut", "baie_vitree", "porte", "pont_thermique")
AC_KEYS = {
    Use.CHAUFFAGE: "conso_elec_ac_ch",
    Use.ECS: "conso_elec_ac_ecs",
    Use.REFROIDISSEMENT: "conso_elec_ac_fr",
    Use.ECLAIRAGE: "conso_elec_ac_eclairage",
    Use.AUXILIAIRES: "conso_elec_ac_auxiliaire",
}
"""Self-consumed PV per use in ``sortie/production_electricite``."""

Getter = Callable[[DpeResult], float | None]
Official = Callable[[DpeFile], float | None]


def _envelope(part: str) -> tuple[Getter, Official]:
    name = f"deperdition_{part}"
    return (
        lambda r: None if r.envelope is None else getattr(r.envelope, name),
        lambda d: getattr(d.outputs.deperdition, name),
    )


def _ventilation(attribute: str) -> Official:
    """Σ of the ventilations' own value: ``sortie`` writes 0 in 62 files (docs/dpe-xml.md)."""
    return lambda d: sum(
        getattr(v.intermediaire, attribute) or 0.0 for v in d.inputs.systemes.ventilations
    )


def _gross(use: Use) -> Official:
    """The file's consumption of one use (auxiliaries with ventilation when its five-use total
    says so, :func:`official_inputs`) plus the self-consumed PV the file states for that use:
    the programs write per-use lines net of it (the stage tests found the same)."""

    def official(dpe: DpeFile) -> float | None:
        stated = official_inputs(dpe).conventional
        pv = dpe.outputs.production_electricite.values.get(AC_KEYS[use], 0.0)
        return sum(line.kwh for line in stated if line.use is use) + pv

    return official


def _cooling_official(dpe: DpeFile) -> float | None:
    return _gross(Use.REFROIDISSEMENT)(dpe) if dpe.inputs.systemes.climatisations else None


def _per_m2(attribute: str) -> Getter:
    return lambda r: getattr(r.totals, attribute) if r.complete else None


QUANTITIES: dict[str, tuple[Getter, Official]] = {
    "deperdition_enveloppe": (
        lambda r: r.deperdition_enveloppe,
        lambda d: d.outputs.deperdition.deperdition_enveloppe,
    ),
    **{f"deperdition_{part}": _envelope(part) for part in ENVELOPE_PARTS},
    "hvent": (lambda r: None if r.needs is None else r.needs.hvent_w_k, _ventilation("hvent")),
    "hperm": (lambda r: None if r.needs is None else r.needs.hperm_w_k, _ventilation("hperm")),
    "besoin_ch": (lambda r: r.besoin_ch, lambda d: d.outputs.apport_et_besoin.besoin_ch),
    "besoin_ecs": (lambda r: r.besoin_ecs, lambda d: d.outputs.apport_et_besoin.besoin_ecs),
    "nadeq": (
        lambda r: None if r.needs is None else r.needs.nadeq,
        lambda d: d.outputs.apport_et_besoin.nadeq,
    ),
    "conso_ch": (lambda r: r.conso_ch, _gross(Use.CHAUFFAGE)),
    "conso_ecs": (lambda r: r.conso_ecs, _gross(Use.ECS)),
    "conso_eclairage": (lambda r: r.lighting_kwh, _gross(Use.ECLAIRAGE)),
    "conso_auxiliaires": (lambda r: r.auxiliaries_kwh, _gross(Use.AUXILIAIRES)),
    "conso_fr": (lambda r: r.cooling_kwh, _cooling_official),
    "cep_m2": (_per_m2("cep_kwh_m2"), lambda d: d.outputs.ep_conso.ep_conso_5_usages_m2),
    "eges_m2": (_per_m2("eges_kg_m2"), lambda d: d.outputs.emission_ges.emission_ges_5_usages_m2),
}
"""Quantity → (engine value, official value); units W/K, kWh/yr, adults, per m²."""
FLOORED = frozenset({"cep_m2", "eges_m2"})
"""Indicators several programs store as their integer part (annexe 5 floors them to label)."""


@dataclass
class FileOutcome:
    """One file: where it belongs, what the engine and the file say, and what went wrong."""

    name: str
    day: date | None = None
    segments: tuple[str, ...] = (ALL,)
    excluded: str | None = None
    problems: tuple[str, ...] = ()
    values: dict[str, tuple[float | None, float]] = field(default_factory=dict)
    label_engine: str | None = None
    label_official: str | None = None
    label_from_official: str | None = None

    def gap(self, quantity: str) -> float | None:
        """Relative gap [-], None when the engine gave no value or the file none to compare; 0
        for an indicator the file stores as its integer part when ours has the same one."""
        calc, ref = self.values.get(quantity, (None, 0.0))
        if calc is None:
            return None
        if quantity in FLOORED and ref == math.floor(ref) and math.floor(calc) == ref:
            return 0.0
        return abs(calc - ref) / max(abs(ref), 1.0)


@dataclass(frozen=True)
class Share:
    files: int
    passed: int

    @property
    def percent(self) -> float:
        return 100.0 * self.passed / self.files if self.files else 0.0


@dataclass
class CorpusReport:
    outcomes: list[FileOutcome]
    seconds: float

    def compared(self, segment: str = ALL) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.excluded is None and segment in o.segments]

    def within(self, quantity: str, tolerance: float, segment: str = ALL) -> Share:
        counted = [o for o in self.compared(segment) if quantity in o.values]
        gaps = [o.gap(quantity) for o in counted]
        return Share(len(counted), sum(1 for g in gaps if g is not None and g <= tolerance))

    def labels(self, check: Callable[[FileOutcome], bool], segment: str = ALL) -> Share:
        counted = [o for o in self.compared(segment) if o.label_official]
        return Share(len(counted), sum(1 for o in counted if check(o)))

    def worst(self, quantity: str) -> list[FileOutcome]:
        scored = [o for o in self.compared() if (o.gap(quantity) or 0.0) > 0.01]
        return sorted(scored, key=lambda o: -(o.gap(quantity) or 0.0))[:WORST_SHOWN]


def exact(o: FileOutcome) -> bool:
    return o.label_engine is not None and o.label_engine == o.label_official


def one_class(o: FileOutcome) -> bool:
    if o.label_engine is None or o.label_official not in DPE_CLASSES:
        return False
    return abs(DPE_CLASSES.index(o.label_engine) - DPE_CLASSES.index(o.label_official)) <= 1


def passoire(o: FileOutcome) -> bool:
    return o.label_engine is not None and (o.label_engine in "FG") == (o.label_official in "FG")


def from_official(o: FileOutcome) -> bool:
    return o.label_from_official == o.label_official


LABEL_CHECKS = {
    "étiquette exacte": exact,
    "à une classe près": one_class,
    "statut passoire juste": passoire,
    "étiquette depuis Cep et GES officiels": from_official,
}


def evaluate(folder: Path, files: Iterable[Path] | None = None) -> CorpusReport:
    """Compute and compare every XML file of ``folder`` (or the ``files`` given)."""
    start = time.perf_counter()
    paths = sorted(folder.glob("*.xml")) if files is None else list(files)
    outcomes = [outcome(path) for path in paths]
    return CorpusReport(outcomes, time.perf_counter() - start)


def outcome(path: Path) -> FileOutcome:
    """What the engine makes of one file, against its official outputs."""
    found = FileOutcome(path.name)
    try:
        dpe = read_dpe(path)
    except DpeXmlError as exc:
        found.excluded = f"illisible : {exc}"
        return found
    found.day = dpe.inputs.administratif.date_etablissement_dpe
    if dpe.outputs is None or found.day is None:
        found.excluded = "sans date d'établissement" if dpe.outputs else "sans résultats officiels"
        return found
    found.segments = _segments(dpe)
    try:
        result = compute_dpe(dpe, found.day)
    except RulesError as exc:
        found.excluded = f"date inutilisable : {exc}"
        return found
    except Exception as exc:  # a harness lists the engine's defects instead of stopping on one
        found.problems = (f"erreur interne {type(exc).__name__} : {exc}",)
        result = None
    if result is not None:
        found.problems = tuple(str(u) for u in result.unsupported)
        found.label_engine = None if result.label is None else result.label.label
    for quantity, (engine, official) in QUANTITIES.items():
        ref = official(dpe)
        if ref is not None:
            found.values[quantity] = (None if result is None else engine(result), ref)
    found.label_official = dpe.outputs.ep_conso.classe_bilan_dpe
    found.label_from_official = _label_from_official(dpe, found.day)
    return found


def _segments(dpe: DpeFile) -> tuple[str, ...]:
    """Collective heating by the application method or an installation; heat network by the
    generator family (type or energy, ``calculators.dpe.ademe.families``)."""
    method = dpe.inputs.administratif.methode_application
    installations = dpe.inputs.systemes.installations_chauffage
    collective = method.chauffage in ("collectif", "mixte") or any(
        i.est_collective for i in installations
    )
    network = RESEAU_CHALEUR in familles(dpe)
    flags = ((ALL, True), (COLLECTIVE, collective), (NETWORK, network))
    return tuple(segment for segment, kept in flags if kept)


def _label_from_official(dpe: DpeFile, day: date) -> str | None:
    """The label our labelling gives to the file's own Cep and GES (expected: the official)."""
    ep, ges = dpe.outputs.ep_conso, dpe.outputs.emission_ges
    general = dpe.inputs.caracteristique_generale
    surface = general.surface_habitable_logement or general.surface_habitable_immeuble
    if ep.ep_conso_5_usages_m2 is None or ges.emission_ges_5_usages_m2 is None or not surface:
        return None
    stated = official_inputs(dpe)
    try:
        return label(
            ep.ep_conso_5_usages_m2,
            ges.emission_ges_5_usages_m2,
            surface,
            day,
            stated.altitude_m,
            climate_zone=stated.climate_zone,
        ).label
    except RulesError:
        return None


def _pct(share: Share) -> str:
    return f"{share.percent:5.1f} %".replace(".", ",")


def table_lines(report: CorpusReport) -> list[str]:
    """The comparison table, the worst files per quantity and the files not handled."""
    excluded = [o for o in report.outcomes if o.excluded]
    lines = [
        f"Corpus : {len(report.outcomes)} fichiers, {len(report.compared())} comparés avec les "
        f"règles de leur date, {len(excluded)} exclus ; {report.seconds:.1f} s (lecture comprise)",
        "",
        f"{'Grandeur':<28}{'Périmètre':<21}{'Fichiers':>8}{'≤ 1 %':>10}{'≤ 5 %':>10}",
    ]
    for quantity in QUANTITIES:
        for segment in SEGMENTS:
            one, five = (report.within(quantity, t, segment) for t in (0.01, 0.05))
            name = quantity if segment == ALL else ""
            lines.append(f"{name:<28}{segment:<21}{one.files:>8}{_pct(one):>10}{_pct(five):>10}")
    lines += ["", f"{'Étiquette':<40}{'Périmètre':<21}{'Fichiers':>8}{'Part':>10}"]
    for title, check in LABEL_CHECKS.items():
        for segment in SEGMENTS:
            share = report.labels(check, segment)
            name = title if segment == ALL else ""
            lines.append(f"{name:<40}{segment:<21}{share.files:>8}{_pct(share):>10}")
    lines += ["", "Pires fichiers par grandeur (écart relatif) :"]
    for quantity in QUANTITIES:
        worst = report.worst(quantity)
        if worst:
            lines.append(f"  {quantity} : " + " ; ".join(_worst(o, quantity) for o in worst))
    lines += ["", "Fichiers exclus :", *(f"  {o.name} : {o.excluded}" for o in excluded)]
    problems = [o for o in report.compared() if o.problems]
    lines += ["", f"Fichiers que le moteur n'a pas menés jusqu'à l'étiquette ({len(problems)}) :"]
    lines += [f"  {o.name} : {' | '.join(o.problems)}" for o in problems]
    return lines


def _worst(o: FileOutcome, quantity: str) -> str:
    calc, ref = o.values[quantity]
    return f"{o.name} {calc:.4g} / {ref:.4g} ({100 * (o.gap(quantity) or 0):.0f} %)"


def write_csv(report: CorpusReport, path: Path) -> None:
    """One row per file: segments, exclusion, problems, each quantity and the labels (UTF-8)."""
    header = ["fichier", "date", "perimetres", "exclu", "problemes"]
    for quantity in QUANTITIES:
        header += [f"{quantity}_calcule", f"{quantity}_officiel", f"{quantity}_ecart_pct"]
    header += ["etiquette_calculee", "etiquette_officielle", "etiquette_depuis_officiel"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for o in report.outcomes:
            row = [o.name, o.day or "", " + ".join(o.segments[1:]), o.excluded or ""]
            row.append(" | ".join(o.problems))
            for quantity in QUANTITIES:
                calc, ref = o.values.get(quantity, (None, None))
                gap = o.gap(quantity)
                row += [_cell(calc), _cell(ref), _cell(None if gap is None else 100 * gap)]
            row += [o.label_engine or "", o.label_official or "", o.label_from_official or ""]
            writer.writerow(row)


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.6g}"


def run(folder: Path = DEFAULT_CORPUS) -> list[dict[str, object]]:
    """Headline rows for ``python -m benchmarks``; the label rows' baseline is the share our
    labelling reproduces from the official Cep and GES, measured in the same run."""
    if not folder.is_dir():
        print(f"Corpus DPE absent ({folder}) : mesure ignorée.", file=sys.stderr)
        return []
    report = evaluate(folder)
    reference = report.labels(from_official).percent
    rows: list[dict[str, object]] = []
    for title, check in list(LABEL_CHECKS.items())[:3]:
        value = report.labels(check).percent
        rows.append(_row(f"DPE corpus : {title}", value, "%", reference))
    for quantity in ("deperdition_enveloppe", "besoin_ch", "conso_ch", "conso_ecs", "cep_m2"):
        rows.append(_row(f"DPE corpus : {quantity} à 5 %", report.within(quantity, 0.05).percent,
                         "%", None))
    per_file = report.seconds / max(len(report.outcomes), 1) * 1000.0
    rows.append(_row("DPE corpus : lecture et calcul par fichier", per_file, "ms", None))
    return rows


def _row(name: str, value: float, unit: str, baseline: float | None) -> dict[str, object]:
    ratio = None if not baseline else round(value / baseline, 4)
    return {"name": name, "value": round(value, 2), "unit": unit,
            "baseline": baseline if baseline is None else round(baseline, 2), "ratio": ratio,
            "higher_is_better": unit == "%"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.dpe_corpus", description=__doc__.splitlines()[0]
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
        print(f"\nDétail par fichier : {args.csv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
