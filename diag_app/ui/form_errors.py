"""Validation errors shown beside the field they name, for any form.

Services raise :class:`~diag_app.errors.ValidationError` with ``field`` set to the French label of
the field (« numéro de permis ») or the record attribute (``permit_number``). A form registers
each input under those names; :meth:`FieldErrors.show` puts the message under the matching input
and focuses it, or in the form's general message when no input matches.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from diag_app.errors import UserError
from diag_app.models.text import fold

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    """A red, word-wrapped label, hidden until it has something to say."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Per-field error labels plus one general label, cleared before each save."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: list[tuple[frozenset[str], QWidget, QLabel]] = []

    def wrap(self, names: Iterable[str], widget: QWidget) -> QWidget:
        """Return ``widget`` with its (hidden) error label beneath, for a form row."""
        label = error_label()
        label.setObjectName(f"error_{widget.objectName()}")
        self._fields.append((frozenset(fold(name) for name in names), widget, label))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(label)
        return box

    def clear(self) -> None:
        self.general.clear()
        self.general.hide()
        for _names, _widget, label in self._fields:
            label.clear()
            label.hide()

    def show(self, exc: UserError) -> QWidget | None:
        """Display ``exc``; returns the input it was attached to, or None if shown generally."""
        match = self._match(fold(exc.field or ""))
        if match is not None:
            widget, label = match
            label.setText(exc.message)
            label.show()
            widget.setFocus()
            return widget
        self.show_general(exc.message)
        return None

    def show_general(self, message: str) -> None:
        """A message about the whole form (a conflict, a field no input matches)."""
        self.general.setText(message)
        self.general.show()

    def _match(self, field: str) -> tuple[QWidget, QLabel] | None:
        """The input named exactly ``field``, else the one whose longest name ``field`` contains
        (« contact du demandeur » goes to the contact, not to « demandeur »)."""
        if not field:
            return None
        best: tuple[int, QWidget, QLabel] | None = None
        for names, widget, label in self._fields:
            score = max((len(n) for n in names if n in field), default=0)
            if field in names:
                score = len(field) + 1
            if score and (best is None or score > best[0]):
                best = (score, widget, label)
        return None if best is None else (best[1], best[2])

    def message_for(self, widget: QWidget) -> str:
        """The error shown under ``widget`` ("" if none), for tests and accessibility."""
        for _names, candidate, label in self._fields:
            if candidate is widget:
                return label.text() if not label.isHidden() else ""
        return ""
