"""Settings and About dialogs: what they save, what they list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from diag_app import __version__
from diag_app.settings import Settings, load_settings, save_settings
from diag_app.ui.about_dialog import AboutDialog
from diag_app.ui.settings_dialog import SettingsDialog


def test_settings_dialog_saves_through_diag_app_settings(qtbot) -> None:
    save_settings(Settings(last_export_dir="/exports"))
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    saved = []
    dialog.saved.connect(saved.append)
    assert dialog.city_profile.text() == "bethune"
    dialog.database_url.setText("postgresql+psycopg://agent@serveur/registre")
    dialog.adviser_name.setText("Claire Dumont")
    dialog.inspector_name.setText("Karim Haddad")
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save_button.text() == "Enregistrer"  # Qt's own French (qtbase_fr)
    save_button.click()
    stored = load_settings()
    assert stored.database_url == "postgresql+psycopg://agent@serveur/registre"
    assert (stored.adviser_name, stored.inspector_name) == ("Claire Dumont", "Karim Haddad")
    assert stored.last_export_dir == "/exports"  # keys the dialog does not show are kept
    assert saved == [stored]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_settings_dialog_names_the_bad_field_and_saves_nothing(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.database_url.setText("registre partagé")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    message = dialog.errors.message_for(dialog.database_url)
    assert message.startswith("Adresse du registre invalide : « registre partagé »")
    assert load_settings() == Settings()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted


def test_empty_database_url_means_the_local_register(qtbot) -> None:
    dialog = SettingsDialog(Settings(database_url="sqlite:////ancien.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.database_url.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert load_settings().database_url == ""


def test_about_dialog_lists_version_notice_and_sources(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.sources.toPlainText()
    for expected in (
        "Licence Ouverte 2.0",
        "arrêtés du 31 mars 2021 et du 8 octobre 2021",
        "PVGIS © European Union",
        "pvlib — licence BSD-3-Clause",
        "Qt / PySide6 — licence LGPLv3",
        "SQLAlchemy, Alembic — licence MIT",
        "ReportLab — licence BSD",
        "matplotlib — licence fondée sur celle de la PSF",
        "pandas, NumPy — licence BSD",
        "openpyxl — licence MIT",
        "platformdirs — licence MIT",
    ):
        assert expected in text
    assert "non opposables" in dialog.notice.text()
    assert f"Version {__version__}" in dialog.heading.text()
