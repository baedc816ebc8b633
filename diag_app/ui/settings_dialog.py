"""Outils › Paramètres: the register's address, the city profile and the people's names.

Saved through :mod:`diag_app.settings` (versioned JSON, atomic write). The register address is
read at start, so a change applies at the next start; the window says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diag_app.errors import UserError, ValidationError
from diag_app.settings import Settings, save_settings
from diag_app.ui.form_errors import FieldErrors, error_label

# An SQLAlchemy URL starts with its dialect (and driver): sqlite:///, postgresql+psycopg://...
_URL = re.compile(r"[a-z][a-z0-9+]*://\S*")


class SettingsDialog(QDialog):
    """Edits a copy of the settings; emits ``saved(Settings)`` once written to disk."""

    saved = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paramètres"))
        self.setMinimumWidth(560)
        self._settings = settings
        self.database_url = self._line("database_url", settings.database_url)
        self.database_url.setPlaceholderText(self.tr("vide : registre SQLite local de ce poste"))
        self.database_url.setToolTip(
            self.tr(
                "Adresse SQLAlchemy d'un registre partagé, par exemple "
                "postgresql+psycopg://agent@serveur/registre. Laisser vide pour le registre "
                "local. Prise en compte au prochain démarrage."
            )
        )
        self.city_profile = self._line("city_profile", settings.city_profile)
        self.adviser_name = self._line("adviser_name", settings.adviser_name)
        self.inspector_name = self._line("inspector_name", settings.inspector_name)
        self.errors = FieldErrors(error_label())
        form = QFormLayout()
        form.addRow(
            self.tr("Adresse du registre :"),
            self.errors.wrap(["adresse du registre", "database_url"], self.database_url),
        )
        form.addRow(
            self.tr("Profil de ville :"),
            self.errors.wrap(["profil de ville", "city_profile"], self.city_profile),
        )
        form.addRow(self.tr("Conseiller habitat :"), self.adviser_name)
        form.addRow(self.tr("Inspecteur :"), self.inspector_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        note = QLabel(
            self.tr("Le conseiller est proposé par défaut dans les nouveaux dossiers.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    def edited(self) -> Settings:
        """The settings as the form shows them (validated)."""
        url = self.database_url.text().strip()
        if url and not _URL.fullmatch(url):
            raise ValidationError(
                self.tr(
                    "Adresse du registre invalide : « {url} ». Attendu : vide (registre local) ou "
                    "une adresse comme sqlite:///chemin/registre.sqlite3 ou "
                    "postgresql+psycopg://utilisateur@serveur/base."
                ).format(url=url),
                field="adresse du registre",
            )
        profile = self.city_profile.text().strip()
        if not profile:
            raise ValidationError(
                self.tr("Le profil de ville est vide : indiquez par exemple « bethune »."),
                field="profil de ville",
            )
        return replace(
            self._settings,
            database_url=url,
            city_profile=profile,
            adviser_name=self.adviser_name.text().strip(),
            inspector_name=self.inspector_name.text().strip(),
        )

    @Slot()
    def save(self) -> None:
        self.errors.clear()
        try:
            settings = self.edited()
            save_settings(settings)
        except UserError as exc:
            self.errors.show(exc)
            return
        self._settings = settings
        self.saved.emit(settings)
        self.accept()
