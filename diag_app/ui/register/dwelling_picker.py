"""A dialog to choose one dwelling of the register (the dwelling a case is about).

It reuses the paged Registre model with a text search, so a register of any size opens at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diag_app.services.records import DwellingQuery, DwellingRecord
from diag_app.ui.register.dwelling_filters import TYPING_PAUSE_MS
from diag_app.ui.register.dwelling_table_model import COLUMNS, DwellingTableModel
from diag_app.ui.register.register_view import configure_dwelling_table
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService


# What tells dwellings apart when choosing one; the rest stays in the Registre area.
PICKER_COLUMNS = ("address_label", "district", "dwelling_type", "construction_year", "latest_label")


class DwellingPickerDialog(QDialog):
    """Search, select a row, « OK »: :meth:`selected_record` gives the dwelling."""

    def __init__(
        self, runner: TaskRunner, service: RegisterService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choisir le logement du dossier"))
        self.resize(900, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Adresse, clé BAN, identifiant RNB, parcelle…"))
        self.search.setClearButtonEnabled(True)
        self.model = DwellingTableModel(runner, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_dwelling_table(self.table)
        for column, spec in enumerate(COLUMNS):
            self.table.setColumnHidden(column, spec.key not in PICKER_COLUMNS)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self.accept)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._search)
        self.search.textChanged.connect(self._pause.start)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rechercher dans le registre :")))
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.model.set_service(service)

    def selected_record(self) -> DwellingRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    @Slot()
    def _search(self) -> None:
        self.model.set_query(DwellingQuery(text=self.search.text().strip()))

    @Slot()
    def _on_selection(self) -> None:
        self.ok_button.setEnabled(self.selected_record() is not None)
