"""How errors reach a person in the window: a French title and message, never a traceback.

A :class:`~diag_app.errors.UserError` is shown with its own message. Anything else is a bug: it
is shown as an « erreur inattendue » naming its type, with where to find the details (the log).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from diag_app.errors import ConflictError, StorageError, UserError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(title, message) in French for ``exc``."""
    if isinstance(exc, ConflictError):
        return _tr("Modification concurrente"), exc.message
    if isinstance(exc, StorageError):
        return _tr("Registre indisponible"), exc.message
    if isinstance(exc, UserError):
        return _tr("Saisie à corriger"), exc.message
    detail = str(exc) or type(exc).__name__
    message = _tr(
        "Une erreur inattendue s'est produite ({kind} : {detail}). Relancez l'application avec "
        "--debug pour le détail et signalez-la à l'équipe Diag Habitat."
    ).format(kind=type(exc).__name__, detail=detail)
    return _tr("Erreur inattendue"), message


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Open a window-modal message box for ``exc`` without blocking the event loop."""
    title, message = describe_error(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
