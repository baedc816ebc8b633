"""``diag-app gui``: open the window (also what ``diag-app`` alone does).

Qt is imported only when this command runs, so the headless commands and ``--help`` stay fast
and work on machines without a display.
"""

from __future__ import annotations

import argparse


def _milliseconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"« {text} » n'est pas une durée en millisecondes (entier positif ou nul attendu)"
        )
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "gui",
        help="ouvre la fenêtre (commande par défaut)",
        description=(
            "Ouvre la fenêtre de Diag Habitat sur le registre donné par --db, sinon celui des "
            "paramètres, sinon le registre SQLite local."
        ),
    )
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="crée le registre de démonstration s'il est vide (premier lancement)",
    )
    parser.add_argument(
        "--quit-after",
        metavar="MS",
        type=_milliseconds,
        help=(
            "quitte MS millisecondes après l'affichage de la fenêtre et le chargement du registre "
            "(vérifications automatiques, mesure du démarrage)"
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diag_app.ui.app import run_gui

    return run_gui(
        getattr(args, "db", None),
        demo_if_empty=args.demo_if_empty,
        quit_after_ms=args.quit_after,
    )
