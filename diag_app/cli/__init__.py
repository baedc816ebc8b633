"""The ``diag-app`` command: one entry point for the window and every headless use.

Each subcommand lives in its own module of this package and exposes ``register(subparsers)``,
which adds its parser and sets ``func(args) -> int``. Errors meant for people
(:class:`~diag_app.errors.UserError`) print their French message on stderr and exit non-zero;
anything else prints a short French notice, and the traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from diag_app import __version__
from diag_app.cli import argparse_fr
from diag_app.errors import UserError

# Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = ("gui", "demo", "solar", "dpe", "energies", "dpe_simple")


class _FrenchParser(argparse.ArgumentParser):
    """argparse with its usage errors in French and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    argparse_fr.install()
    parser = _FrenchParser(
        prog="diag-app",
        description=(
            "Diag Habitat — pré-diagnostic énergétique des logements (non opposable) et registre "
            "du logement. Sans sous-commande, ouvre la fenêtre."
        ),
    )
    parser.add_argument("--version", action="version", version=f"diag-app {__version__}")
    parser.add_argument(
        "--db", metavar="URL", help="registre à utiliser (URL SQLAlchemy ; défaut : SQLite local)"
    )
    parser.add_argument(
        "--debug", action="store_true", help="affiche le détail technique des erreurs"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_FrenchParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"diag_app.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`diag-app dpe … | head`): nothing left to say, and nobody to
        # say it to. Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        print(
            f"Erreur inattendue ({type(exc).__name__}) : {exc}. Relancez avec --debug pour le "
            "détail et signalez-la à l'équipe Diag Habitat.",
            file=sys.stderr,
        )
        return 1
