"""French at start: locale, Qt's own French buttons, and the app's .qm files when present."""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from diag_app.ui.i18n import install_translators

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TestContext</name>
    <message>
        <source>Registre</source>
        <translation>Registre du logement</translation>
    </message>
</context>
</TS>
"""


def test_locale_is_french_and_standard_buttons_read_french(qapp) -> None:
    assert QLocale().language() == QLocale.Language.French
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    texts = {box.button(b).text() for b in (box.StandardButton.Cancel, box.StandardButton.Save)}
    assert texts == {"Annuler", "Enregistrer"}


def test_app_translation_files_are_loaded_when_present(qapp: QApplication, tmp_path: Path) -> None:
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        pytest.skip("lrelease absent de cette installation de PySide6")
    (tmp_path / "diag_app_fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), "-silent", str(tmp_path / "diag_app_fr.ts")], check=True, timeout=60
    )
    installed = install_translators(qapp, tmp_path)
    try:
        assert len(installed) == 2  # qtbase_fr, then the app's own file
        assert QCoreApplication.translate("TestContext", "Registre") == "Registre du logement"
    finally:
        qapp.removeTranslator(installed[1])
