"""One short session per service call, with database errors turned into French messages.

The UI calls services from worker threads; each call opens its own session, commits on success
and rolls back on any error, so no session (or ORM object) ever crosses a thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from diag_app.db import Database
from diag_app.errors import ConflictError, StorageError

CONFLICT_MESSAGE = (
    "Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Rien n'a "
    "été écrasé : rechargez-la pour voir ses nouvelles valeurs, puis refaites vos changements."
)


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session whose work is committed at the end of the ``with`` block, or rolled back."""
    try:
        with db.sessions.begin() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(CONFLICT_MESSAGE) from exc
    except IntegrityError as exc:
        raise ConflictError(
            "L'enregistrement contredit une autre fiche du registre (doublon ou fiche liée "
            f"supprimée entre-temps) : rien n'a été écrit. Détail : {_first_line(exc)}."
        ) from exc
    except DBAPIError as exc:
        raise StorageError(
            f"Le registre « {db.where} » ne répond pas ou a refusé l'opération : rien n'a été "
            f"écrit. Détail : {_first_line(exc.orig or exc)}."
        ) from exc


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__
