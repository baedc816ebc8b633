"""The main window: three areas in tabs, the menus, the « non opposable » banner, the status bar.

It owns no state of its own beyond the open register service: each area is a view in its own
module, every register access goes through the :class:`TaskRunner`, and the window only wires
them together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from diag_app.errors import Cancelled
from diag_app.settings import Settings
from diag_app.ui.about_dialog import AboutDialog
from diag_app.ui.cases.cases_view import CasesView
from diag_app.ui.dashboard_view import DashboardView
from diag_app.ui.form_errors import ERROR_STYLE
from diag_app.ui.formatting import count_phrase
from diag_app.ui.messages import describe_error, show_error
from diag_app.ui.progress import TaskProgressWidget
from diag_app.ui.register.register_view import RegisterView
from diag_app.ui.settings_dialog import SettingsDialog
from diag_app.ui.startup import OpenedRegister, open_register_task
from diag_app.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService

BANNER_STYLE = (
    "background: #fff4ce; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c97a;"
)


class MainWindow(QMainWindow):
    """``ready(total)`` once the register is open and the Registre table loaded;
    ``register_failed(exception)`` when it cannot be opened."""

    ready = Signal(int)
    register_failed = Signal(object)

    def __init__(self, runner: TaskRunner, settings: Settings) -> None:
        super().__init__()
        self.runner = runner
        runner.error_handler = lambda exc: show_error(self, exc)
        self.settings = settings
        self.service: RegisterService | None = None
        self.dialog: AboutDialog | SettingsDialog | None = None
        self._ready_sent = False
        self.setWindowTitle(self.tr("Diag Habitat — pré-diagnostics et registre du logement"))
        self.resize(1280, 800)

        self.banner = QLabel(
            self.tr(
                "Pré-diagnostic indicatif, non opposable — les résultats ne remplacent pas un DPE "
                "établi par un diagnostiqueur certifié."
            )
        )
        self.banner.setObjectName("notice")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.failure = QLabel()
        self.failure.setObjectName("registerFailure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(ERROR_STYLE + "padding: 6px;")
        self.failure.hide()
        self.cases_view = CasesView(runner)
        self.register_view = RegisterView(runner)
        self.dashboard_view = DashboardView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.cases_view, self.tr("Dossiers"))
        self.tabs.addTab(self.register_view, self.tr("Registre"))
        self.tabs.addTab(self.dashboard_view, self.tr("Tableau de bord"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.failure)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.progress = TaskProgressWidget()
        self.register_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.register_label)
        runner.tracked_task_started.connect(self.progress.follow)
        self.register_view.loaded.connect(self._on_register_loaded)
        self.cases_view.case_saved.connect(self._on_case_saved)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Outils"))
        self.settings_action = QAction(self.tr("&Paramètres…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        tools_menu.addAction(self.settings_action)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.about_action = QAction(self.tr("À &propos de Diag Habitat"), self)
        self.about_action.triggered.connect(self.open_about)
        help_menu.addAction(self.about_action)

    def open_register(self, url: str | None, *, demo_if_empty: bool = False) -> TaskHandle:
        """Open the register in the background; the areas are enabled once it is usable."""
        self.register_label.setText(self.tr("Registre : ouverture…"))
        handle = self.runner.run(
            open_register_task(url, demo_if_empty=demo_if_empty),
            label=self.tr("Ouverture du registre"),
            on_success=self._on_register_opened,
        )
        handle.failed.connect(self._on_register_unavailable)
        handle.cancelled.connect(lambda: self._on_register_unavailable(Cancelled()))
        return handle

    def _on_register_opened(self, opened: OpenedRegister) -> None:
        self.service = opened.service
        where = opened.service.where
        self.register_label.setText(self.tr("Registre : {where}").format(where=where))
        if opened.seeded:
            self.statusBar().showMessage(
                self.tr("Registre de démonstration créé : {count}.").format(
                    count=count_phrase(opened.seeded, self.tr("logement"), self.tr("logements"))
                )
            )
        elif opened.seeding_cancelled:
            self.statusBar().showMessage(self.tr("Création du registre de démonstration annulée."))
        self.register_view.set_service(opened.service)
        self.cases_view.set_service(opened.service, self.settings.adviser_name)

    @Slot(object)
    def _on_register_unavailable(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            message = self.tr("Ouverture du registre annulée.")
        else:
            message = describe_error(exc)[1]
        self.failure.setText(
            self.tr(
                "Registre indisponible : {message} Vérifiez l'adresse du registre dans Outils › "
                "Paramètres, puis relancez l'application."
            ).format(message=message)
        )
        self.failure.show()
        self.register_label.setText(self.tr("Registre : indisponible"))
        self.register_failed.emit(exc)

    @Slot(int)
    def _on_register_loaded(self, total: int) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit(total)

    def _on_case_saved(self, record: object) -> None:
        self.statusBar().showMessage(self.tr("Dossier enregistré."), 5000)

    @Slot()
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.saved.connect(self._on_settings_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_saved(self, settings: Settings) -> None:
        url_changed = settings.database_url != self.settings.database_url
        self.settings = settings
        self.cases_view.editor.default_adviser = settings.adviser_name
        message = self.tr("Paramètres enregistrés.")
        if url_changed:
            message += " " + self.tr(
                "La nouvelle adresse du registre sera utilisée au prochain démarrage."
            )
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cases_view.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Quitter Diag Habitat"),
                self.tr(
                    "Le dossier en cours a des modifications non enregistrées. Quitter quand même ?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the workers, then close the register (nothing runs on it any more)."""
        self.runner.shutdown()
        if self.service is not None:
            self.service.close()
            self.service = None
