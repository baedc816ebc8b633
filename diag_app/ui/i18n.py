"""French at start: locale, Qt's own French strings, and the app's translation files if any.

French is the source language of the app, so ``diag_app/ui/i18n/*.qm`` only exists once someone
translates it (or adjusts wording) with Qt Linguist; the translators are installed anyway so that
``tr()`` calls route through them. ``qtbase_fr`` from the PySide6 install translates Qt's standard
buttons and dialogs (« Annuler », « Enregistrer », « Oui »...).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).with_name("i18n")
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def install_translators(app: QCoreApplication, i18n_dir: Path = I18N_DIR) -> list[QTranslator]:
    """Set the French locale and install every translator found; returns those installed.

    The translators are parented to ``app`` so they live as long as it does.
    """
    QLocale.setDefault(FRENCH)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(str(Path(qt_dir) / "qtbase_fr.qm"), "qtbase_fr")]
    candidates += [(str(path), path.stem) for path in sorted(i18n_dir.glob("*.qm"))]
    installed = []
    for path, name in candidates:
        translator = QTranslator(app)
        if translator.load(path) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("Traduction « %s » introuvable ou illisible (%s)", name, path)
            translator.deleteLater()
    return installed
