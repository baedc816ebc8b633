"""The list of cases (dossiers) as a Qt table model over a list of :class:`CaseRecord`.

The service returns at most a few hundred cases per search (``list_cases(search, limit)``), so the
model holds the list it is given; searching is a new call, made by the view on the task runner.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from diag_app.services.records import CaseRecord
from diag_app.ui.formatting import format_date

# The invisible root of a flat table (Qt's default ``parent`` argument).
_ROOT = QModelIndex()

COLUMNS: tuple[tuple[str, str], ...] = (
    ("permit_number", QT_TRANSLATE_NOOP("CaseListModel", "N° de permis")),
    ("filed_on", QT_TRANSLATE_NOOP("CaseListModel", "Dépôt")),
    ("applicant_name", QT_TRANSLATE_NOOP("CaseListModel", "Demandeur")),
    ("status", QT_TRANSLATE_NOOP("CaseListModel", "Statut")),
    ("dwelling_address", QT_TRANSLATE_NOOP("CaseListModel", "Logement")),
)


def _cell(record: CaseRecord, key: str) -> str:
    if key == "filed_on":
        return format_date(record.filed_on)
    if key == "status":
        return record.status.label
    if key == "permit_number" and not record.permit_number:
        return QCoreApplication.translate("CaseListModel", "(non déposé)")
    return str(getattr(record, key) or "")


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[CaseRecord] = []

    def set_records(self, records: list[CaseRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> CaseRecord:
        return self._records[row]

    def row_of(self, case_id: uuid.UUID | None) -> int:
        """Row of the case with ``case_id``, or -1."""
        return next((i for i, r in enumerate(self._records) if r.id == case_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseListModel", COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return _cell(self._records[index.row()], COLUMNS[index.column()][0])
        return None
