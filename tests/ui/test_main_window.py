"""The main window: areas, menus, notice, settings and about from the menus, first-run demo
register, and a register that cannot be opened."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from diag_app.errors import StorageError
from diag_app.services.records import DwellingQuery
from diag_app.settings import Settings, load_settings
from diag_app.ui.about_dialog import AboutDialog
from diag_app.ui.main_window import MainWindow
from diag_app.ui.settings_dialog import SettingsDialog
from diag_app.ui.tasks import TaskHandle, TaskRunner
from tests.ui.conftest import WAIT_MS


def test_window_has_three_areas_menus_and_the_notice(window: MainWindow) -> None:
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Dossiers", "Registre", "Tableau de bord"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Outils", "&Aide"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions()] == ["&Quitter"]
    assert window.banner.text().startswith("Pré-diagnostic indicatif, non opposable")
    assert window.failure.isHidden()
    assert window.register_label.text().startswith("Registre : ")
    assert window.register_view.isEnabled() and window.cases_view.isEnabled()


def test_dashboard_is_a_plain_placeholder_without_figures(window: MainWindow) -> None:
    html = window.dashboard_view.findChild(type(window.banner), "placeholder").text()
    text = re.sub(r"<[^>]+>", "", html)
    assert "prochaine version" in text and "Excel" in text
    assert not re.search(r"\d", text)  # no invented number


def test_settings_from_the_menu_are_saved_and_used(qtbot, window: MainWindow) -> None:
    window.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.adviser_name.setText("Julien Caron")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert load_settings().adviser_name == "Julien Caron"
    assert window.statusBar().currentMessage() == "Paramètres enregistrés."
    window.cases_view.new_button.click()
    assert window.cases_view.editor.adviser_name.text() == "Julien Caron"


def test_about_from_the_menu_lists_the_sources(window: MainWindow) -> None:
    window.about_action.trigger()
    assert isinstance(window.dialog, AboutDialog)
    assert "PVGIS © European Union" in window.dialog.sources.toPlainText()
    window.dialog.reject()


def test_first_run_seeds_the_demo_register_in_the_background(
    qtbot, runner: TaskRunner, register_url: str
) -> None:
    from diag_app.services.register import RegisterService

    window = MainWindow(runner, Settings())
    followed: list[TaskHandle] = []
    fractions: list[float] = []
    runner.tracked_task_started.connect(followed.append)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS) as ready:
        handle = window.open_register(register_url, demo_if_empty=True)
        handle.progress.connect(lambda fraction, text: fractions.append(fraction))
        assert window.progress.handle is handle and not window.progress.isHidden()
    assert followed == [handle]
    assert fractions and fractions[-1] == 1.0
    assert window.progress.isHidden()
    check = RegisterService.open(register_url)
    try:
        total = check.count_dwellings(DwellingQuery())
    finally:
        check.close()
    assert ready.args == [total] and total > 0
    assert window.statusBar().currentMessage() == (
        f"Registre de démonstration créé : {total} logements."
    )
    window.close()
    assert window.service is None  # closing stops the workers, then closes the register


def test_unreadable_register_is_reported_in_french_and_left_untouched(
    qtbot, runner: TaskRunner, errors: list[BaseException], tmp_path: Path
) -> None:
    broken = tmp_path / "registre.sqlite3"
    broken.write_bytes(b"ceci n'est pas un registre")
    window = MainWindow(runner, Settings())
    runner.error_handler = errors.append
    with qtbot.waitSignal(window.register_failed, timeout=WAIT_MS) as failed:
        window.open_register(f"sqlite:///{broken}")
    assert isinstance(failed.args[0], StorageError)
    assert [type(e) for e in errors] == [StorageError]  # the dialog's handler got it
    assert not window.failure.isHidden()
    assert window.failure.text().startswith("Registre indisponible : Le fichier")
    assert window.register_label.text() == "Registre : indisponible"
    assert not window.register_view.isEnabled() and not window.cases_view.isEnabled()
    assert broken.read_bytes() == b"ceci n'est pas un registre"
    window.close()
