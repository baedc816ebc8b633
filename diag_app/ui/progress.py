"""The progress strip of the main window: what is running, how far, and a Cancel button.

It follows the labelled tasks of a :class:`~diag_app.ui.tasks.TaskRunner` (the latest one
started) and hides itself when nothing labelled runs, so the window stays usable meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from diag_app.ui.tasks import TaskHandle

# The bar counts in thousandths so that small fractions still move it.
_BAR_STEPS = 1000


class TaskProgressWidget(QWidget):
    """Label, bar and « Annuler » button bound to one :class:`TaskHandle` at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle: TaskHandle | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, _BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Arrêter la tâche en cours à sa prochaine étape"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def handle(self) -> TaskHandle | None:
        return self._handle

    @Slot(object)
    def follow(self, handle: TaskHandle) -> None:
        """Show ``handle``'s label and progress until it is done."""
        self._handle = handle
        self.label.setText(handle.label + "…")
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        handle.progress.connect(self._on_progress)
        handle.done.connect(self._on_done)
        self.show()

    @Slot()
    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Annulation en cours…"))

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        if self.sender() is not self._handle:
            return
        self.bar.setValue(round(fraction * _BAR_STEPS))
        if text and not (self._handle and self._handle.cancel_requested):
            self.label.setText(text)

    @Slot()
    def _on_done(self) -> None:
        if self.sender() is self._handle:
            self._handle = None
            self.hide()
