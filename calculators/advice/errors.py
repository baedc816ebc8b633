"""Errors of the advice calculators: a French message that names the field concerned.

They subclass :class:`ValueError` because a calculator must not import ``diag_app``; the
services layer turns them into ``diag_app.errors.UserError`` (``message`` and ``field`` map
one to one), exactly like the solar and options errors.
"""

from __future__ import annotations


class AdviceError(ValueError):
    """Base of the advice errors; ``field`` names the input (or data entry) concerned."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class AdviceInputError(AdviceError):
    """An input out of its valid range: negative thickness, unknown material, λ ≤ 0..."""


class AdviceDataError(AdviceError):
    """A data file of the package is missing or inconsistent (a packaging bug, not the user's)."""
