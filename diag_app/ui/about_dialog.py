"""Aide › À propos: version, the « non opposable » notice, data sources and licences.

The sources are listed here because their licences require attribution (Licence Ouverte 2.0,
PVGIS) and because a person reading a pré-diagnostic must be able to see what it rests on.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from diag_app import __version__

# (what, licence or reference) — translated at display time.
SOURCES: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("AboutDialog", "Données et tables DPE de l'ADEME"),
        QT_TRANSLATE_NOOP("AboutDialog", "Licence Ouverte 2.0 (Etalab)"),
    ),
    (
        QT_TRANSLATE_NOOP("AboutDialog", "Méthode de calcul 3CL-DPE 2021"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "arrêtés du 31 mars 2021 et du 8 octobre 2021 (méthode et annexes)"
        ),
    ),
    (QT_TRANSLATE_NOOP("AboutDialog", "Données météorologiques PVGIS"), "PVGIS © European Union"),
    ("pvlib", QT_TRANSLATE_NOOP("AboutDialog", "licence BSD-3-Clause")),
    ("Qt / PySide6", QT_TRANSLATE_NOOP("AboutDialog", "licence LGPLv3")),
    ("SQLAlchemy, Alembic", QT_TRANSLATE_NOOP("AboutDialog", "licence MIT")),
    ("ReportLab", QT_TRANSLATE_NOOP("AboutDialog", "licence BSD")),
    ("matplotlib", QT_TRANSLATE_NOOP("AboutDialog", "licence fondée sur celle de la PSF")),
    ("pandas, NumPy", QT_TRANSLATE_NOOP("AboutDialog", "licence BSD")),
    ("openpyxl", QT_TRANSLATE_NOOP("AboutDialog", "licence MIT")),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "licence MIT")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Diag Habitat"))
        self.resize(620, 520)
        self.heading = QLabel(
            "<h2>Diag Habitat</h2><p>"
            + escape(self.tr("Version {version} — Ville de Béthune")).format(version=__version__)
            + "</p>"
        )
        self.notice = QLabel(
            self.tr(
                "Les résultats sont des pré-diagnostics indicatifs, non opposables, établis selon "
                "la méthode 3CL-DPE 2021. Ils ne remplacent pas un diagnostic de performance "
                "énergétique (DPE) établi par un diagnostiqueur certifié."
            )
        )
        self.notice.setWordWrap(True)
        self.sources = QTextBrowser()
        self.sources.setOpenExternalLinks(False)
        self.sources.setHtml(self.sources_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Sources des données et licences :")))
        layout.addWidget(self.sources)
        layout.addWidget(buttons)

    @staticmethod
    def sources_html() -> str:
        rows = "".join(
            f"<li><b>{escape(_tr(what))}</b> — {escape(_tr(licence))}</li>"
            for what, licence in SOURCES
        )
        return f"<ul>{rows}</ul>"
