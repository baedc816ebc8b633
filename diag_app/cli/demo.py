"""``diag-app demo --out DIR``: a demo register and what the pipeline makes of it, headless.

Creates (or reuses) the SQLite register ``DIR/registre.sqlite3`` — or the register given by the
global ``--db`` — fills it with the invented demo data when it is empty, and writes the outputs
that exist so far: ``registre.csv``, ``dossiers.csv`` and ``LISEZMOI.txt``. Every file is
written atomically.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from diag_app import __version__
from diag_app.errors import StorageError
from diag_app.fileio import write_text_atomic

REGISTER_FILE = "registre.sqlite3"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help="crée un registre de démonstration et ses exports, sans fenêtre",
        description=(
            "Crée un registre de démonstration (logements et dossiers fictifs de Béthune) dans "
            "DOSSIER, ou remplit le registre vide donné par --db, puis écrit les exports : "
            "registre.csv, dossiers.csv et LISEZMOI.txt. Résultats : pré-diagnostics non "
            "opposables."
        ),
    )
    parser.add_argument(
        "--out", metavar="DOSSIER", type=Path, required=True, help="dossier des résultats"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # The register (SQLAlchemy) loads only when this command runs: `diag-app gui` starts faster.
    from diag_app.services.exports import write_cases_csv, write_register_csv
    from diag_app.services.register import RegisterService

    out = _output_folder(args.out)
    url = args.db or f"sqlite:///{out / REGISTER_FILE}"
    service = RegisterService.open(url)
    try:
        added = service.seed_demo()
        dwellings = write_register_csv(service, out / "registre.csv")
        cases = write_cases_csv(service, out / "dossiers.csv")
        write_text_atomic(out / "LISEZMOI.txt", readme(service.where, added, dwellings, cases))
    finally:
        service.close()
    print(
        f"Registre : {service.where} ({added} logements de démonstration ajoutés).\n"
        f"Écrits dans {out} : registre.csv ({dwellings} logements), dossiers.csv ({cases} "
        "dossiers), LISEZMOI.txt."
    )
    return 0


def _output_folder(path: Path) -> Path:
    folder = path.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Impossible de créer le dossier de sortie « {folder} » : {exc.strerror or exc}."
        ) from exc
    probe = folder / ".diag-app-ecriture"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            f"Le dossier de sortie « {folder} » n'est pas accessible en écriture : "
            f"{exc.strerror or exc}. Choisissez un autre dossier."
        ) from exc
    return folder


def readme(where: str, added: int, dwellings: int, cases: int) -> str:
    """The LISEZMOI.txt text: what this folder holds and what it is worth."""
    seeded = (
        f"{added} logements de démonstration y ont été ajoutés"
        if added
        else "il n'était pas vide : aucune donnée de démonstration n'a été ajoutée"
    )
    return (
        "Diag Habitat — démonstration\n"
        "============================\n\n"
        f"Produit le {datetime.now():%d/%m/%Y à %H:%M} par diag-app {__version__}.\n\n"
        "Les étiquettes et consommations présentées sont des pré-diagnostics non opposables :\n"
        "ce ne sont pas des DPE certifiés. Les logements, adresses, identifiants et personnes\n"
        "de la démonstration sont fictifs.\n\n"
        f"Registre utilisé : {where} ({seeded}).\n\n"
        "Fichiers produits :\n"
        f"- registre.csv : les {dwellings} logements du registre avec leur dernière étiquette ;\n"
        f"- dossiers.csv : les {cases} dossiers (dépôts de permis, projets de rénovation) ;\n"
        "- LISEZMOI.txt : ce fichier.\n\n"
        "Les fichiers CSV sont en UTF-8 avec séparateur « ; » et virgule décimale : ils\n"
        "s'ouvrent directement dans Excel ou LibreOffice.\n"
    )
