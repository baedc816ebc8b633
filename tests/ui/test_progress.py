"""The progress strip: follows a labelled task, cancels it, hides when it is done."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QStatusBar

from diag_app.ui.progress import TaskProgressWidget
from diag_app.ui.tasks import TaskRunner
from tests.ui.conftest import WAIT_MS

GATE_TIMEOUT_S = 10  # rendezvous with the UI thread, bounded so a bug fails instead of hanging


@pytest.fixture
def strip(qtbot, runner: TaskRunner) -> Iterator[TaskProgressWidget]:
    """The strip inside an (unshown) status bar, as in the window: showing it opens no window."""
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widget = TaskProgressWidget()
    bar.addPermanentWidget(widget)
    runner.tracked_task_started.connect(widget.follow)
    yield widget


def test_strip_shows_progress_and_cancel_stops_the_task(
    qtbot, runner: TaskRunner, strip: TaskProgressWidget
) -> None:
    widget = strip
    assert widget.isHidden()
    gate = threading.Event()

    def task(progress):
        progress(0.5, "Moitié du travail")
        assert gate.wait(GATE_TIMEOUT_S)
        progress(0.75, "ne doit pas s'afficher")
        return "fini"

    handle = runner.run(task, label="Création du registre")
    assert not widget.isHidden()
    assert widget.label.text() == "Création du registre…"
    qtbot.waitUntil(lambda: widget.bar.value() == 500, timeout=WAIT_MS)
    assert widget.label.text() == "Moitié du travail"
    assert widget.cancel_button.text() == "Annuler"

    widget.cancel_button.click()
    assert handle.cancel_requested and not widget.cancel_button.isEnabled()
    gate.set()
    with qtbot.waitSignal(handle.cancelled, timeout=WAIT_MS):
        pass
    assert widget.isHidden() and widget.handle is None


def test_unlabelled_tasks_do_not_show(
    qtbot, runner: TaskRunner, strip: TaskProgressWidget
) -> None:
    widget = strip
    handle = runner.run(lambda progress: None)
    with qtbot.waitSignal(handle.done, timeout=WAIT_MS):
        pass
    assert widget.isHidden()
