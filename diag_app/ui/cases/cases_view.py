"""The Dossiers area: search and list on the left, the case editor on the right."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diag_app.services.records import CaseRecord
from diag_app.tasks import Progress
from diag_app.ui.cases.case_editor import CaseEditor
from diag_app.ui.cases.case_list_model import COLUMNS as CASE_COLUMNS
from diag_app.ui.cases.case_list_model import CaseListModel
from diag_app.ui.register.dwelling_filters import TYPING_PAUSE_MS
from diag_app.ui.register.register_view import configure_table
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService

SEARCH_LIMIT = 500


class CasesView(QWidget):
    """``listed(count)`` after each search; ``case_saved(CaseRecord)`` after each save."""

    listed = Signal(int)
    case_saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service: RegisterService | None = None
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Rechercher : n° de permis, demandeur, adresse…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Nouveau dossier"))
        self.new_button.clicked.connect(self.new_case)
        self.model = CaseListModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        last = len(CASE_COLUMNS) - 1
        self.table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_chosen)
        self.editor = CaseEditor(runner)
        self.editor.saved.connect(self._on_saved)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._pause.start)
        self.search.returnPressed.connect(self.refresh)

        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([5500, 4500])  # proportions; Qt scales them to the window
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setEnabled(False)

    def set_service(self, service: RegisterService, default_adviser: str = "") -> None:
        self._service = service
        self.editor.set_service(service)
        self.editor.default_adviser = default_adviser
        self.setEnabled(True)
        self.editor.new_case()
        self.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    @Slot()
    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Search again (in the background); then select the case ``select`` if listed."""
        self._pause.stop()
        if self._service is None:
            return
        service, text = self._service, self.search.text().strip()

        def search(progress: Progress) -> list[CaseRecord]:
            return service.list_cases(text, limit=SEARCH_LIMIT)

        self._runner.run(search, on_success=lambda records: self._on_listed(records, select))

    @Slot()
    def new_case(self) -> None:
        if self._confirm_discard():
            self.table.clearSelection()
            self.editor.new_case()

    def open_case(self, case_id: uuid.UUID) -> None:
        """Read the case from the register (not from the list) and show it in the editor."""
        if self._service is None:
            return
        service = self._service

        def get_case(progress: Progress) -> CaseRecord:
            return service.get_case(case_id)

        self._runner.run(get_case, on_success=self.editor.load)

    def _on_listed(self, records: list[CaseRecord], select: uuid.UUID | None) -> None:
        self.model.set_records(records)
        self._select_quietly(self.model.row_of(select) if select is not None else -1)
        self.listed.emit(len(records))

    def _select_quietly(self, row: int) -> None:
        """Select ``row`` (or nothing for -1) without opening it."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    @Slot(QModelIndex, QModelIndex)
    def _on_row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record = self.model.record(current.row())
        if record.id is None or record.id == self.editor.record.id:
            return
        if not self._confirm_discard():
            self._select_quietly(previous.row() if previous.isValid() else -1)
            return
        self.open_case(record.id)

    def _on_saved(self, record: CaseRecord) -> None:
        self.case_saved.emit(record)
        self.refresh(select=record.id)

    def _confirm_discard(self) -> bool:
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Le dossier en cours a des modifications non enregistrées. Les abandonner ?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
