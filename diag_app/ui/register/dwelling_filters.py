"""The filter bar above the Registre table: text, district, dwelling type, label.

It only builds a :class:`DwellingQuery`; the model runs it. Typing is debounced so that a query
goes to the register when the person pauses, not at every key.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from diag_app.models.enums import DwellingType
from diag_app.services.records import DwellingQuery

TYPING_PAUSE_MS = 300

# Label presets: the rental bans (loi Climat et résilience) make F–G and E–G the useful groups.
LABEL_PRESETS: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("DwellingFilters", "Toutes les étiquettes"), frozenset()),
    (QT_TRANSLATE_NOOP("DwellingFilters", "Passoires énergétiques (F–G)"), frozenset("FG")),
    (
        QT_TRANSLATE_NOOP("DwellingFilters", "E à G (location interdite d'ici 2034)"),
        frozenset("EFG"),
    ),
)


class DwellingFilters(QWidget):
    """Emits ``changed(DwellingQuery)`` (sort and paging left to the model)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("registerSearch")
        self.text.setPlaceholderText(self.tr("Adresse, clé BAN, identifiant RNB, parcelle…"))
        self.text.setClearButtonEnabled(True)
        self.district = QComboBox()
        self.district.setObjectName("districtFilter")
        self.district.addItem(self.tr("Tous les quartiers"), "")
        self.dwelling_type = QComboBox()
        self.dwelling_type.addItem(self.tr("Tous les types"), None)
        for value, label in DwellingType.choices():
            self.dwelling_type.addItem(label, value)
        self.label = QComboBox()
        self.label.setObjectName("labelFilter")
        for title, letters in LABEL_PRESETS:
            self.label.addItem(QCoreApplication.translate("DwellingFilters", title), letters)
        for letter in "ABCDEFG":
            title = self.tr("Étiquette {letter}").format(letter=letter)
            self.label.addItem(title, frozenset(letter))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.emit_query)
        self.text.textChanged.connect(self._pause.start)
        self.text.returnPressed.connect(self.emit_query)
        for combo in (self.district, self.dwelling_type, self.label):
            combo.currentIndexChanged.connect(self.emit_query)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Rechercher :")))
        layout.addWidget(self.text, 3)
        layout.addWidget(self.district, 1)
        layout.addWidget(self.dwelling_type, 1)
        layout.addWidget(self.label, 1)

    def set_districts(self, districts: list[str]) -> None:
        """Offer the city's districts, keeping the current choice when it still exists."""
        current = self.district.currentData()
        self.district.blockSignals(True)
        while self.district.count() > 1:
            self.district.removeItem(1)
        for name in districts:
            self.district.addItem(name, name)
        index = self.district.findData(current)
        self.district.setCurrentIndex(max(index, 0))
        self.district.blockSignals(False)

    def query(self) -> DwellingQuery:
        type_value = self.dwelling_type.currentData()
        return DwellingQuery(
            text=self.text.text().strip(),
            district=self.district.currentData() or "",
            dwelling_type=DwellingType(type_value) if type_value else None,
            labels=self.label.currentData() or frozenset(),
        )

    def is_active(self) -> bool:
        """True when some filter narrows the register."""
        return self.query() != DwellingQuery()

    @Slot()
    def emit_query(self) -> None:
        self._pause.stop()
        self.changed.emit(self.query())
