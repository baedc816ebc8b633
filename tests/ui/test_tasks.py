"""The background task runner (diag_app.ui.tasks): progress, cancel and errors reach the UI
thread through signals; the task itself is a plain function run on a worker thread."""

from __future__ import annotations

import threading

import pytest

from diag_app.errors import Cancelled, UserError, ValidationError
from diag_app.ui.tasks import TaskRunner
from tests.ui.conftest import WAIT_MS

# Worker-side waits on an Event: not a sleep, a rendezvous with the UI thread (bounded so that a
# broken runner fails the test instead of hanging it).
GATE_TIMEOUT_S = 10


def test_result_and_progress_arrive_on_the_ui_thread(qtbot, runner: TaskRunner) -> None:
    worker_threads: list[threading.Thread] = []
    received: list[tuple[float, str, bool]] = []

    def task(progress):
        worker_threads.append(threading.current_thread())
        for step in range(1, 5):
            progress(step / 4, f"étape {step}")
        return "fini"

    handle = runner.run(task)
    handle.progress.connect(
        lambda fraction, text: received.append(
            (fraction, text, threading.current_thread() is threading.main_thread())
        )
    )
    with qtbot.waitSignal(handle.finished, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["fini"]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    # The first and the last report always get through (the ones between may be throttled).
    assert received[0][:2] == (0.25, "étape 1")
    assert received[-1][:2] == (1.0, "étape 4")
    assert all(on_ui_thread for _f, _t, on_ui_thread in received)
    assert [f for f, _t, _u in received] == sorted(f for f, _t, _u in received)
    assert not handle.is_running


def test_cancel_stops_the_task_at_its_next_progress_call(qtbot, runner: TaskRunner) -> None:
    go_on = threading.Event()
    steps_done: list[int] = []

    def task(progress):
        for step in range(1, 100):
            progress(step / 100, f"étape {step}")
            steps_done.append(step)
            if step == 1:
                assert go_on.wait(GATE_TIMEOUT_S)
        return "pas annulée"

    handle = runner.run(task, label="Tâche longue")
    with qtbot.waitSignal(handle.progress, timeout=WAIT_MS):
        pass
    handle.cancel()
    go_on.set()
    with (
        qtbot.assertNotEmitted(handle.finished),
        qtbot.waitSignals([handle.cancelled, handle.done], order="strict", timeout=WAIT_MS),
    ):
        pass
    # Step 1 ran; the progress call of step 2 raised Cancelled before any more work.
    assert steps_done == [1]
    assert handle.cancel_requested and not handle.is_running


def test_unexpected_exception_reaches_the_error_handler(
    qtbot, runner: TaskRunner, errors: list[BaseException]
) -> None:
    def task(progress):
        raise RuntimeError("disque plein")

    handle = runner.run(task)
    with qtbot.waitSignal(handle.failed, timeout=WAIT_MS) as blocker:
        pass
    assert isinstance(blocker.args[0], RuntimeError)
    assert len(errors) == 1 and str(errors[0]) == "disque plein"


def test_user_error_goes_to_the_caller_when_it_takes_it(
    qtbot, runner: TaskRunner, errors: list[BaseException]
) -> None:
    taken: list[UserError] = []

    def task(progress):
        raise ValidationError("Numéro de permis invalide.", field="numéro de permis")

    handle = runner.run(task, on_user_error=taken.append)
    with qtbot.waitSignal(handle.done, timeout=WAIT_MS):
        pass
    assert [e.field for e in taken] == ["numéro de permis"]
    assert errors == []


def test_user_error_without_caller_handler_reaches_the_error_handler(
    qtbot, runner: TaskRunner, errors: list[BaseException]
) -> None:
    def task(progress):
        raise UserError("Fichier illisible : ligne 3.")

    handle = runner.run(task)
    with qtbot.waitSignal(handle.done, timeout=WAIT_MS):
        pass
    assert [str(e) for e in errors] == ["Fichier illisible : ligne 3."]


def test_a_task_returning_despite_cancel_reports_its_result(qtbot, runner: TaskRunner) -> None:
    """Work that completed is reported as done, even if cancel came too late to stop it."""
    gate = threading.Event()

    def task(progress):
        assert gate.wait(GATE_TIMEOUT_S)
        return 42

    handle = runner.run(task)
    handle.cancel()
    gate.set()
    with qtbot.waitSignal(handle.finished, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == [42]


def test_labelled_tasks_are_announced_and_forgotten_when_done(qtbot, runner: TaskRunner) -> None:
    announced = []
    runner.tracked_task_started.connect(announced.append)
    quiet = runner.run(lambda progress: 1)
    shown = runner.run(lambda progress: 2, label="Import")
    assert announced == [shown]
    for handle in (quiet, shown):
        if handle.is_running:
            with qtbot.waitSignal(handle.done, timeout=WAIT_MS):
                pass
    assert runner.active_count == 0


def test_cancelled_is_not_an_error(qtbot, runner: TaskRunner, errors) -> None:
    def task(progress):
        raise Cancelled

    handle = runner.run(task)
    with qtbot.waitSignal(handle.cancelled, timeout=WAIT_MS):
        pass
    assert errors == []


@pytest.mark.parametrize("fraction", [-0.5, 1.7])
def test_progress_is_clamped_to_zero_one(qtbot, runner: TaskRunner, fraction: float) -> None:
    handle = runner.run(lambda progress: progress(fraction, ""))
    with qtbot.waitSignal(handle.progress, timeout=WAIT_MS) as blocker:
        pass
    assert 0.0 <= blocker.args[0] <= 1.0
