"""Fixtures of the Qt tests: French app, a task runner that records errors, a temp register.

Tests run offscreen (``QT_QPA_PLATFORM=offscreen``); a Qt warning fails a test (pyproject).
Every wait has a timeout; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from diag_app.settings import Settings
from diag_app.ui.i18n import install_translators
from diag_app.ui.main_window import MainWindow
from diag_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService

UI_TESTS = Path(__file__).parent
# Qt's offscreen platform says so each time a window with size limits is shown (dialogs, the
# picker): a limitation of the test platform, not of our code, so it must not fail UI tests.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


# Generous bound for one background step on a loaded 2-core machine; waits end as soon as the
# signal arrives, so this only matters when something is broken.
WAIT_MS = 15_000


@pytest.fixture(scope="session", autouse=True)
def french_app(qapp: QApplication) -> QApplication:
    """The French locale and Qt's French strings, installed once as the app does at start."""
    install_translators(qapp)
    return qapp


@pytest.fixture
def errors() -> list[BaseException]:
    """Exceptions that reached the runner's error handler (instead of a dialog)."""
    return []


@pytest.fixture
def runner(errors: list[BaseException]) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(error_handler=errors.append)
    yield task_runner
    assert task_runner.shutdown(WAIT_MS), "a worker thread did not stop"


@pytest.fixture
def register_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'registre.sqlite3'}"


@pytest.fixture
def demo_register_url(register_url: str) -> str:
    """A register on disk filled with the demo data (seeded once, then closed)."""
    from diag_app.services.register import RegisterService

    service = RegisterService.open(register_url)
    try:
        assert service.seed_demo() > 0
    finally:
        service.close()
    return register_url


@pytest.fixture
def service(demo_register_url: str) -> Iterator[RegisterService]:
    """A second connection to the demo register, to check what the window shows or saved."""
    from diag_app.services.register import RegisterService

    opened = RegisterService.open(demo_register_url)
    yield opened
    opened.close()


@pytest.fixture
def window(
    qtbot, runner: TaskRunner, errors: list[BaseException], demo_register_url: str
) -> Iterator[MainWindow]:
    """The main window on the demo register, once it is ready (register open, table loaded).

    Not shown: the offscreen platform warns when a top-level window is shown, and nothing here
    needs it. Errors go to ``errors`` instead of dialogs.
    """
    main = MainWindow(runner, Settings(adviser_name="Claire Dumont"))
    runner.error_handler = errors.append
    with qtbot.waitSignal(main.ready, timeout=WAIT_MS):
        main.open_register(demo_register_url)
    yield main
    main.cases_view.editor.load(main.cases_view.editor.record)  # drop edits: no "quit?" prompt
    main.close()
