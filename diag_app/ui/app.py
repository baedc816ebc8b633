"""Start the window: the QApplication in French, the runner, the main window, the register.

Used by ``diag-app gui``. Heavy libraries (pandas, matplotlib, pvlib, reportlab) are never
imported here or by the modules the window needs to appear; the register service is imported on
the worker thread that opens the register (see :mod:`diag_app.ui.startup`).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from diag_app import __version__
from diag_app.errors import Cancelled, UserError
from diag_app.settings import load_settings
from diag_app.ui.i18n import install_translators
from diag_app.ui.main_window import MainWindow
from diag_app.ui.tasks import TaskRunner


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), French and named."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Diag Habitat")
    app.setOrganizationName("Ville de Béthune")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    install_translators(app)
    return app


@dataclass
class _Outcome:
    """How opening the register ended, for the exit code."""

    error: BaseException | None = None


def run_gui(
    db_url: str | None, *, demo_if_empty: bool = False, quit_after_ms: int | None = None
) -> int:
    """Show the window and open the register; returns the process exit code.

    ``db_url`` None means the settings' register, else the embedded one. With ``quit_after_ms``
    the app quits that many milliseconds after the window is shown and the register loaded (or
    failed), printing one line to stdout with the wall-clock time it became usable (for smoke
    checks and ``benchmarks/startup.py``).
    """
    app = create_application()
    settings = load_settings()
    runner = TaskRunner()
    window = MainWindow(runner, settings)
    outcome = _Outcome()

    def on_ready(total: int) -> None:
        if quit_after_ms is not None:
            print(f"diag-app : fenêtre prête, registre chargé ({total} logements) ; "
                  f"horloge={time.time():.3f}", flush=True)
            QTimer.singleShot(quit_after_ms, app.quit)

    def on_failed(exc: BaseException) -> None:
        outcome.error = exc
        message = exc.message if isinstance(exc, UserError) else str(exc) or type(exc).__name__
        if isinstance(exc, Cancelled):
            message = "ouverture du registre annulée."
        print(f"Erreur : registre indisponible : {message}", file=sys.stderr, flush=True)
        if quit_after_ms is not None:
            QTimer.singleShot(quit_after_ms, app.quit)

    window.ready.connect(on_ready)
    window.register_failed.connect(on_failed)
    window.show()
    window.open_register(db_url or settings.database_url or None, demo_if_empty=demo_if_empty)
    code = app.exec()
    window.shutdown()
    if code == 0 and outcome.error is not None:
        return outcome.error.exit_code if isinstance(outcome.error, UserError) else 1
    return code
