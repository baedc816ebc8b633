"""The Registre area: filter bar, match count and the paged dwellings table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diag_app.tasks import Progress
from diag_app.ui.formatting import count_phrase
from diag_app.ui.register.dwelling_filters import DwellingFilters
from diag_app.ui.register.dwelling_table_model import DwellingTableModel
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService


def configure_table(table: QTableView) -> None:
    """Shared look of the app's tables: whole rows, one line per row, columns fit their text."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)  # the last column takes what is left, elided if need be


def configure_dwelling_table(table: QTableView) -> None:
    """A dwellings table, sorted by clicking headers (the model sorts in SQL)."""
    configure_table(table)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


class RegisterView(QWidget):
    """Shows the register once :meth:`set_service` is called; ``loaded(total)`` after each load."""

    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.filters = DwellingFilters()
        self.count_label = QLabel(self.tr("Ouverture du registre…"))
        self.count_label.setObjectName("registerCount")
        self.model = DwellingTableModel(runner, self)
        self.table = QTableView()
        self.table.setObjectName("dwellingTable")
        self.table.setModel(self.model)
        configure_dwelling_table(self.table)
        self.filters.changed.connect(self._on_filters_changed)
        self.model.loaded.connect(self._on_loaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        self.setEnabled(False)

    def set_service(self, service: RegisterService) -> None:
        self.setEnabled(True)
        self.count_label.setText(self.tr("Chargement du registre…"))
        self.model.set_service(service)

        def districts(progress: Progress) -> list[str]:
            return service.districts()

        self._runner.run(districts, on_success=self.filters.set_districts)

    @Slot(object)
    def _on_filters_changed(self, query: object) -> None:
        self.count_label.setText(self.tr("Recherche…"))
        self.model.set_query(query)  # type: ignore[arg-type]

    @Slot(int)
    def _on_loaded(self, total: int) -> None:
        phrase = count_phrase(total, self.tr("logement"), self.tr("logements"))
        if self.filters.is_active():
            phrase = self.tr("{count} correspondant aux filtres").format(count=phrase)
        self.count_label.setText(phrase)
        self.loaded.emit(total)
