"""Long work as plain functions with a progress callback (Orange3's pattern).

A task is any callable ``fn(progress: Progress) -> T``. It calls ``progress(fraction, text)``
between steps; the callback may raise :class:`~diag_app.errors.Cancelled` to stop it there.
The Qt UI runs tasks through ``diag_app.ui.tasks.TaskRunner``; the CLI passes a text printer.
Nothing here imports Qt, so services stay testable without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, fraction: float, text: str = "") -> None:
        """Report ``fraction`` (0–1) done and what is happening, in French. May raise Cancelled."""


def no_progress(fraction: float, text: str = "") -> None:
    """The callback for callers that do not follow progress."""


Task = Callable[[Progress], T]


def scaled(progress: Progress, start: float, end: float) -> Progress:
    """A callback that maps a sub-task's 0–1 onto ``start``–``end`` of the parent's progress."""

    def report(fraction: float, text: str = "") -> None:
        progress(start + (end - start) * min(max(fraction, 0.0), 1.0), text)

    return report
