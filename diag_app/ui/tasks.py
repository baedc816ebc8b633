"""Run :mod:`diag_app.tasks` tasks on worker threads; bring their outcome back to the UI thread.

One background API for everything slow (Anki's operations, Orange3's concurrent runner): opening
the register, seeding demo data, reading pages of the register, saving, and later computations.
A task is a plain function ``fn(progress) -> result`` that never touches widgets. The runner calls
it on a thread of its own pool; the progress callback forwards ``(fraction, text)`` to the UI
thread through queued signals and raises :class:`~diag_app.errors.Cancelled` once
:meth:`TaskHandle.cancel` has been called. Results, French ``UserError`` messages and unexpected
exceptions all arrive as signals of the :class:`TaskHandle`, in the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from diag_app.errors import Cancelled, UserError
from diag_app.tasks import Task

log = logging.getLogger(__name__)

# Progress is forwarded at most this often (seconds), plus the first and the last report, so a
# task that reports every row cannot flood the UI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Signals emitted from the worker thread; queued to the handle living in the UI thread."""

    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class TaskHandle(QObject):
    """One running task, seen from the UI thread.

    Exactly one of ``finished(result)``, ``failed(exception)`` or ``cancelled()`` is emitted, then
    ``done()``. A task that returns although cancel was asked has done its work: it reports
    ``finished``. A task stopped by :class:`Cancelled` reports ``cancelled``.
    """

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.on_user_error: Callable[[UserError], None] | None = None
        self._cancel_event = threading.Event()
        self._running = True
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, queued)
        self._relay.succeeded.connect(self._on_succeeded, queued)
        self._relay.failed.connect(self._on_failed, queued)
        self._relay.cancelled.connect(self._on_cancelled, queued)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def cancel(self) -> None:
        """Ask the task to stop: its next progress report raises :class:`Cancelled`."""
        self._cancel_event.set()

    def _progress_callback(self) -> Callable[[float, str], None]:
        """The callback handed to the task; runs in the worker thread."""
        relay, cancel_event = self._relay, self._cancel_event
        last_sent = [-1.0]

        def report(fraction: float, text: str = "") -> None:
            if cancel_event.is_set():
                raise Cancelled
            now = time.monotonic()
            if last_sent[0] < 0 or fraction >= 1.0 or now - last_sent[0] >= PROGRESS_INTERVAL_S:
                last_sent[0] = now
                relay.progress.emit(float(min(max(fraction, 0.0), 1.0)), text)

        return report

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        if self._running:
            self.progress.emit(fraction, text)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._end(self.finished, result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._end(self.failed, exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal: Any, *payload: object) -> None:
        self._running = False
        signal.emit(*payload)
        self.done.emit()


class _Worker(QRunnable):
    """Calls the task in a pool thread and reports through the handle's relay only."""

    def __init__(self, task: Task[Any], handle: TaskHandle) -> None:
        super().__init__()
        self._task = task
        self._relay = handle._relay
        self._progress = handle._progress_callback()

    def run(self) -> None:
        try:
            result = self._task(self._progress)
        except Cancelled:
            self._relay.cancelled.emit()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


ErrorHandler = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and routes their errors.

    ``error_handler`` receives, in the UI thread, every exception a caller did not take: a
    :class:`UserError` without ``on_user_error``, and every unexpected exception (a bug), which is
    also logged with its traceback. The main window installs one that shows a French dialog.
    ``tracked_task_started`` announces labelled tasks to the progress widget.
    """

    tracked_task_started = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        error_handler: ErrorHandler | None = None,
        max_threads: int = 4,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[TaskHandle] = set()
        self._retired: list[QObject] = []
        self.error_handler: ErrorHandler = error_handler or _log_only

    def run(
        self,
        task: Task[Any],
        *,
        label: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_user_error: Callable[[UserError], None] | None = None,
    ) -> TaskHandle:
        """Start ``task``; a non-empty French ``label`` shows it in the progress widget."""
        handle = TaskHandle(label)
        handle.on_user_error = on_user_error
        if on_success is not None:
            handle.finished.connect(on_success)
        handle.failed.connect(self._on_failed)
        handle.done.connect(self._on_done)
        self._active.add(handle)
        if label:
            self.tracked_task_started.emit(handle)
        self._pool.start(_Worker(task, handle))
        return handle

    @property
    def active_count(self) -> int:
        return len(self._active)

    def cancel_all(self) -> None:
        for handle in list(self._active):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the workers (closing the app); True if all stopped."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    @Slot()
    def _on_done(self) -> None:
        # The handle is still inside its own event handler: release it on the next loop turn.
        handle = self.sender()
        self._active.discard(handle)
        if not self._retired:
            QTimer.singleShot(0, self._retired.clear)
        self._retired.append(handle)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        handle = self.sender()
        on_user_error = handle.on_user_error if isinstance(handle, TaskHandle) else None
        if isinstance(exc, UserError):
            if on_user_error is not None:
                on_user_error(exc)
                return
        else:
            log.error("Erreur inattendue dans une tâche", exc_info=exc)
        self.error_handler(exc)


def _log_only(exc: BaseException) -> None:
    log.warning("Erreur non affichée : %s", exc)
