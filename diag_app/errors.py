"""Errors meant for a person: a French message that names what is wrong.

Every layer raises :class:`UserError` (or a subclass) for bad input or an unusable environment.
The CLI prints ``message`` and exits non-zero; the Qt UI shows it in a dialog or beside the field.
Anything else is a bug and is reported as such (with the traceback under ``--debug``).
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on.

    ``message`` is French and complete on its own; ``field`` names the form field, column or
    XML element concerned when there is one (``"surface de référence"``, ``"ligne 12"``...).
    """

    exit_code = 2

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """Input that breaks a rule (format of an identifier, range of a value...)."""


class StorageError(UserError):
    """The register or a data folder cannot be used (unreadable file, newer schema, permissions)."""

    exit_code = 3


class ConflictError(UserError):
    """Someone else saved the same record meanwhile (optimistic locking); nothing overwritten."""

    exit_code = 4


class Cancelled(Exception):  # noqa: N818 — reads as "the task was Cancelled", like asyncio's
    """Raised by a progress callback to stop a long task at its next step."""
