"""``diag-app dpe FICHIER.xml [--at AAAA-MM-JJ] [--format json|text] [--simplified]``: the
pré-diagnostic of an ADEME DPE file, recomputed with the 3CL-DPE 2021 engine and the rules of a
date.

JSON (the default) gives every figure under stable keys (:func:`diag_app.services.dpe.summary`);
text gives a short French summary. A file the engine cannot carry to the label still gives what
was computed, and says which stage stopped and why. ``--simplified`` keeps only what an adviser
would have known of the dwelling and gives the desk estimate with its band, as ``dpe-simple``
does (:func:`diag_app.services.dpe.compute_simplified_file`).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from diag_app.cli import dpe_simple
from diag_app.cli.options import USE_NAMES, parse_day


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "dpe",
        help="recalcule un DPE ADEME (XML) : pré-diagnostic non opposable",
        description=(
            "Recalcule le DPE d'un fichier XML de l'observatoire ADEME avec la méthode 3CL-DPE "
            "2021 et les règles en vigueur à la date choisie (facteur d'énergie primaire de "
            "l'électricité 2,3 jusqu'au 31/12/2025, 1,9 depuis le 01/01/2026). Résultat : "
            "pré-diagnostic indicatif, non opposable."
        ),
    )
    parser.add_argument("fichier", metavar="FICHIER.xml", type=Path, help="fichier XML du DPE")
    parser.add_argument(
        "--at", metavar="AAAA-MM-JJ", type=parse_day, help="date des règles (défaut : aujourd'hui)"
    )
    parser.add_argument(
        "--format", choices=("json", "text"), default="json", help="format de sortie (json)"
    )
    parser.add_argument(
        "--simplified",
        action="store_true",
        help=(
            "estimation au guichet : ne garde du fichier que ce qu'un conseiller aurait su du "
            "logement (description simple) et donne l'estimation avec sa bande d'incertitude, "
            "comme « dpe-simple »"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diag_app.services import dpe as dpe_service  # the engine loads only when run

    if args.simplified:
        data = dpe_service.compute_simplified_file(args.fichier, args.at)
        render = simplified_text
    else:
        data = dpe_service.compute_file(args.fichier, args.at)
        render = text
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render(data))
    return 0


def simplified_text(data: dict[str, Any]) -> str:
    """The ``dpe-simple`` text of :func:`diag_app.services.dpe.compute_simplified_file`, with
    the file's number and what the derivation could not keep."""
    lines = dpe_simple.text(data).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Description : "))
    lines[at] = (
        f"DPE n° {data['numero_dpe']} ({data['fichier']}), réduit à une description simple — "
        + lines[at].split(" — ", 1)[1]
    )
    if data["notes_derivation"]:
        lines.append("Non repris du fichier :")
        lines += [f"- {note}" for note in data["notes_derivation"]]
    return "\n".join(lines)


def text(data: dict[str, Any]) -> str:
    """A readable French summary of :func:`diag_app.services.dpe.summary`."""
    lines = [
        f"{data['disclaimer']}.",
        f"DPE n° {data['numero_dpe'] or '—'} ({data['fichier']}) — règles du "
        f"{_date(data['date_calcul'])} : {data['rules'].split(' · ', 1)[1]}",
        f"Surface de référence : {_num(data['surface_reference_m2'])} m²",
        f"Déperditions de l'enveloppe : {_num(data['deperdition_enveloppe'])} W/K"
        + (f" (Ubât {_num(data['ubat'], 2)} W/(m².K))" if data["ubat"] is not None else ""),
        f"Besoin de chauffage : {_num(data['besoin_ch'], 0)} kWh/an ; besoin d'eau chaude : "
        f"{_num(data['besoin_ecs'], 0)} kWh/an ({_num(data['nadeq'], 2)} adultes équivalents)",
        f"Consommations (énergie finale) : chauffage {_num(data['conso_ch'], 0)} kWh/an, eau "
        f"chaude {_num(data['conso_ecs'], 0)}, éclairage {_num(data['conso_eclairage'], 0)}, "
        f"refroidissement {_num(data['conso_fr'], 0)}, auxiliaires "
        f"{_num(data['conso_auxiliaires'], 0)}",
    ]
    if data["label"] is not None:
        passoire = " — passoire énergétique" if data["passoire"] else ""
        lines += [
            f"Énergie primaire : {_num(data['cep_kwh_m2'], 0)} kWhEP/m²/an (classe "
            f"{data['energy_class']}) ; émissions : {_num(data['eges_kg_m2'], 0)} kgCO2eq/m²/an "
            f"(classe {data['climate_class']})",
            f"Étiquette : {data['label']}{passoire}",
        ]
        for use, figures in (data["par_usage"] or {}).items():
            lines.append(
                f"  {USE_NAMES.get(use, use)} : {_num(figures['ef_kwh'], 0)} kWhEF, "
                f"{_num(figures['ep_kwh'], 0)} kWhEP, {_num(figures['ges_kg'], 0)} kgCO2eq par an"
            )
    else:
        lines.append("Étiquette : non calculée (" + " ; ".join(data["non_pris_en_charge"]) + ")")
    if data["warnings"]:
        lines.append("Avertissements :")
        lines += [f"- {warning}" for warning in data["warnings"]]
    return "\n".join(lines)


def _num(value: float | None, decimals: int = 1) -> str:
    """« 12 345,6 » (narrow no-break space between thousands, decimal comma); « — » if None."""
    if value is None:
        return "—"
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def _date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")
