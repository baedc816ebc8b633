"""Opening the register as a background task, with the demo register of a first run.

The register service (and Alembic, the migrations, the city profile with it) is imported inside
the task, on the worker thread, so the window appears while the register opens and migrates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from diag_app.errors import Cancelled
from diag_app.tasks import Progress, Task, scaled

if TYPE_CHECKING:
    from diag_app.services.register import RegisterService


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


@dataclass
class OpenedRegister:
    """What the window receives once the register is usable."""

    service: RegisterService
    seeded: int = 0  # dwellings created by the demo seeding (0: none asked or needed)
    seeding_cancelled: bool = False


def open_register_task(url: str | None, *, demo_if_empty: bool = False) -> Task[OpenedRegister]:
    """A task opening ``url`` (None: the embedded register), seeding it if asked and empty.

    Cancelling during the seeding keeps the register open (the person can still use it);
    cancelling before raises :class:`Cancelled` and closes what was opened.
    """

    def task(progress: Progress) -> OpenedRegister:
        from diag_app.services.register import RegisterService

        progress(0.0, _tr("Ouverture du registre"))
        service = RegisterService.open(url)
        opened = OpenedRegister(service)
        seeding = False
        try:
            progress(0.05, _tr("Registre ouvert"))
            if demo_if_empty and service.is_empty():
                seeding = True
                progress(0.1, _tr("Création du registre de démonstration"))
                opened.seeded = service.seed_demo(scaled(progress, 0.1, 1.0))
        except Cancelled:
            if not seeding:
                service.close()
                raise
            opened.seeding_cancelled = True
        except BaseException:
            service.close()
            raise
        return opened

    return task
