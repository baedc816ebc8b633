"""Tableau de bord: a plain placeholder until the summaries exist.

It says what will come and shows no figure: a number on this screen must come from the register.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            "<h3>"
            + self.tr("Tableau de bord")
            + "</h3><p>"
            + self.tr(
                "Le tableau de bord (répartition des étiquettes par quartier, passoires "
                "énergétiques, dossiers en cours) et les synthèses Excel arriveront dans une "
                "prochaine version."
            )
            + "</p><p>"
            + self.tr(
                "Aucun chiffre n'est affiché ici tant qu'il ne peut pas être calculé à partir du "
                "registre. En attendant, l'onglet « Registre » permet de filtrer les logements, "
                "par exemple les passoires énergétiques (F–G) d'un quartier."
            )
            + "</p>"
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(640)
        text.setObjectName("placeholder")
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
