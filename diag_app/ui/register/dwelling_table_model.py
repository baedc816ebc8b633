"""The Registre table as a Qt model that reads the register page by page.

Nothing is held beyond the pages already fetched: ``canFetchMore``/``fetchMore`` ask the service
for the next page (``list_dwellings`` with an offset) when the view scrolls near the end, and
``count_dwellings`` gives the total. Sorting and filtering are a new :class:`DwellingQuery`, done
in SQL by the service. Every read runs on the task runner; a page that arrives after the query
changed is dropped (``_generation``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from diag_app.models.enums import DwellingType, HeatingEnergy
from diag_app.services.records import DwellingQuery, DwellingRecord
from diag_app.tasks import Progress
from diag_app.ui.formatting import format_date, format_decimal
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService

# The invisible root of a flat table (Qt's default ``parent`` argument).
_ROOT = QModelIndex()

PAGE_SIZE = 200

# Colours of the official DPE label scale (ADEME's graphic charter for the étiquette énergie),
# with the text colour readable on each.
LABEL_COLOURS: dict[str, tuple[str, str]] = {
    "A": ("#009c6d", "#ffffff"),
    "B": ("#52b153", "#ffffff"),
    "C": ("#78bd76", "#000000"),
    "D": ("#f4e70f", "#000000"),
    "E": ("#f0b40f", "#000000"),
    "F": ("#eb8235", "#000000"),
    "G": ("#d7221f", "#ffffff"),
}


@dataclass(frozen=True)
class Column:
    key: str  # the DwellingRecord field, also the SQL sort key
    title: str  # French header, translated at display time
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("address_label", QT_TRANSLATE_NOOP("DwellingTableModel", "Adresse")),
    Column("district", QT_TRANSLATE_NOOP("DwellingTableModel", "Quartier")),
    Column("dwelling_type", QT_TRANSLATE_NOOP("DwellingTableModel", "Type")),
    Column("construction_year", QT_TRANSLATE_NOOP("DwellingTableModel", "Construction"), True),
    Column("reference_surface_m2", QT_TRANSLATE_NOOP("DwellingTableModel", "Surface (m²)"), True),
    Column("heating_energy", QT_TRANSLATE_NOOP("DwellingTableModel", "Chauffage")),
    Column("latest_label", QT_TRANSLATE_NOOP("DwellingTableModel", "Étiquette")),
    Column("latest_diagnostic_on", QT_TRANSLATE_NOOP("DwellingTableModel", "Diagnostic du")),
)
LABEL_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "latest_label")


def display_value(record: DwellingRecord, key: str) -> str:
    """The French text of one cell."""
    value = getattr(record, key)
    if isinstance(value, DwellingType | HeatingEnergy):
        return value.label
    if key == "construction_year":
        return "" if value is None else str(value)
    if key == "reference_surface_m2":
        return format_decimal(value, 0)
    if key == "latest_diagnostic_on":
        return format_date(value)
    return "" if value is None else str(value)


class DwellingTableModel(QAbstractTableModel):
    """Rows of the register matching :meth:`query`, fetched a page at a time.

    ``loaded(total)`` is emitted when a (re)load has brought the count and the first page;
    ``page_loaded(rows)`` after each further page.
    """

    loaded = Signal(int)
    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: Any = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._service: RegisterService | None = None
        self._query = DwellingQuery(limit=page_size)
        self._rows: list[DwellingRecord] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._fetching = False

    def set_service(self, service: RegisterService | None) -> None:
        self._service = service
        self.reload()

    def query(self) -> DwellingQuery:
        return self._query

    def set_query(self, query: DwellingQuery) -> None:
        """Filter with ``query`` (its sort is kept from the current one) and reload."""
        self._query = replace(
            query,
            sort_key=self._query.sort_key,
            descending=self._query.descending,
            offset=0,
            limit=self._page_size,
        )
        self.reload()

    @property
    def total(self) -> int:
        """Rows matching the query in the register (not only those fetched)."""
        return self._total

    def record(self, row: int) -> DwellingRecord:
        return self._rows[row]

    def reload(self) -> None:
        """Forget the rows and read the count and first page again (in the background)."""
        self._generation += 1
        self._fetching = False
        if self._service is None:
            self.beginResetModel()
            self._rows, self._total = [], 0
            self.endResetModel()
            return
        service, query, generation = self._service, self._query, self._generation

        def count_and_first_page(progress: Progress) -> tuple[int, list[DwellingRecord]]:
            return service.count_dwellings(query), service.list_dwellings(query)

        self._loading = True
        handle = self._runner.run(
            count_and_first_page, on_success=lambda result: self._on_reloaded(generation, result)
        )
        handle.done.connect(lambda: self._on_load_done(generation))

    def _on_reloaded(self, generation: int, result: tuple[int, list[DwellingRecord]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result[0], list(result[1])
        self.endResetModel()
        self.loaded.emit(self._total)

    def _on_load_done(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False

    # Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DwellingTableModel", COLUMNS[section].title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_value(record, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index.column() == LABEL_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if index.column() == LABEL_COLUMN and record.latest_label in LABEL_COLOURS:
            background, foreground = LABEL_COLOURS[record.latest_label]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(foreground)
            if role == Qt.ItemDataRole.ToolTipRole and record.latest_label in "FG":
                return QCoreApplication.translate(
                    "DwellingTableModel", "Passoire énergétique (étiquette F ou G)"
                )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: a new query, then a reload."""
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column].key
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return
        self._query = replace(self._query, sort_key=key, descending=descending, offset=0)
        self.reload()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return (
            not parent.isValid()
            and self._service is not None
            and not (self._loading or self._fetching)
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._service is not None
        service, generation = self._service, self._generation
        page = replace(self._query, offset=len(self._rows), limit=self._page_size)

        def next_page(progress: Progress) -> list[DwellingRecord]:
            return service.list_dwellings(page)

        self._fetching = True
        handle = self._runner.run(
            next_page, on_success=lambda rows: self._on_page(generation, page.offset, rows)
        )
        handle.done.connect(lambda: self._on_fetch_done(generation))

    def _on_page(self, generation: int, offset: int, rows: list[DwellingRecord]) -> None:
        if generation != self._generation or offset != len(self._rows) or not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _on_fetch_done(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False

