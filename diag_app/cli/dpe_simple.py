"""``diag-app dpe-simple FICHIER.json [--at AAAA-MM-JJ] [--format json|text]``: the desk
pré-diagnostic of a simple description, with its uncertainty band.

JSON (the default) gives every figure under stable keys (:func:`diag_app.services.desk.summary`);
text gives a short French summary. A bad file or value prints a French error naming the JSON
field and exits non-zero (the frame in :mod:`diag_app.cli` handles it, without traceback).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from diag_app.cli.options import USE_NAMES, parse_day


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "dpe-simple",
        help="estimation 3CL au guichet depuis une description simple (JSON), avec sa bande",
        description=(
            "Estime l'étiquette DPE (méthode 3CL-DPE 2021) d'un logement décrit simplement au "
            "guichet (fichier JSON, voir docs/dpe-simple.md et docs/examples/), avec les règles "
            "en vigueur à la date choisie, la bande d'incertitude due aux valeurs inconnues et "
            "les hypothèses retenues. Résultat : pré-diagnostic indicatif, non opposable."
        ),
    )
    parser.add_argument("fichier", metavar="FICHIER.json", type=Path, help="description simple")
    parser.add_argument(
        "--at", metavar="AAAA-MM-JJ", type=parse_day, help="date des règles (défaut : aujourd'hui)"
    )
    parser.add_argument(
        "--format", choices=("json", "text"), default="json", help="format de sortie (json)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diag_app.services import desk  # the engine, pvlib and pandas load only when run

    data = desk.compute_file(args.fichier, args.at)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text(data))
    return 0


def text(data: dict[str, Any]) -> str:
    """A readable French summary of :func:`diag_app.services.desk.summary`."""
    band = data["bande"]
    passoire = " — passoire énergétique" if data["passoire"] else ""
    lines = [f"{data['disclaimer']}."]
    if data["indicatif"]:
        lines.append(f"{data['indicatif']}.")
    lines += [
        f"Description : {data['fichier']} — règles du {_date(data['date_calcul'])} "
        f"({data['regles']})",
        f"Étiquette estimée : {data['etiquette']}{passoire} (énergie {data['classe_energie']}, "
        f"climat {data['classe_climat']})",
        f"Énergie primaire : {_num(data['cep_kwh_m2'])} kWhEP/m²/an ; émissions : "
        f"{_num(data['eges_kg_m2'])} kgCO2eq/m²/an ; surface {_num(data['surface_m2'])} m²",
        f"Bande d'incertitude : de {band['etiquette_meilleure']} à {band['etiquette_pire']} "
        f"({_num(band['cep_min_kwh_m2'])} à {_num(band['cep_max_kwh_m2'])} kWhEP/m²/an)",
    ]
    if data["hypotheses_principales"]:
        lines.append("Ce qui fait le plus varier l'estimation :")
        lines += [f"- {phrase}" for phrase in data["hypotheses_principales"]]
    lines.append("Consommations par usage (énergie finale, primaire, émissions par an) :")
    for use, figures in data["par_usage"].items():
        lines.append(
            f"  {USE_NAMES.get(use, use)} : {_num(figures['ef_kwh'], 0)} kWhEF, "
            f"{_num(figures['ep_kwh'], 0)} kWhEP, {_num(figures['ges_kg'], 0)} kgCO2eq"
        )
    if data["hypotheses"]:
        lines.append("Hypothèses retenues :")
        lines += [f"- {item['texte']}" for item in data["hypotheses"]]
    if data["avertissements"]:
        lines.append("Avertissements :")
        lines += [f"- {warning}" for warning in data["avertissements"]]
    if data["conseil_bioclimatique"]:
        lines += advice_text(data["conseil_bioclimatique"])
    return "\n".join(lines)


def advice_text(advice: dict[str, Any]) -> list[str]:
    """The bioclimatic advice of a new build or an extension: one title line per item
    (with its level when it is a warning), its text, then the assumptions."""
    lines = ["Conseil bioclimatique (construction neuve ou extension) :", advice["disclaimer"]]
    for item in advice["elements"]:
        alert = " [alerte]" if item["niveau"] == "alerte" else ""
        lines += [f"* {item['titre']}{alert}", f"  {item['texte']}"]
    lines.append("Hypothèses du conseil :")
    lines += [f"- {note}" for note in advice["hypotheses"]]
    return lines


def _num(value: float | None, decimals: int = 1) -> str:
    """« 12 345,6 » (narrow no-break space between thousands, decimal comma); « — » if None."""
    if value is None:
        return "—"
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def _date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")
