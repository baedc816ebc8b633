"""The two errors of the DPE rules: no rule for the request, or a value that cannot be used.

Both subclass :class:`ValueError` (calculators import nothing from the application) and carry a
complete French message; the services layer turns them into a ``ValidationError`` with ``field``.
"""

from __future__ import annotations


class RulesError(ValueError):
    """No rule applies: a date before the 3CL-DPE 2021 method, data we do not hold, or broken data.

    ``field`` names the value concerned when there is one (``"date"``, ``"zone climatique"``...).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class DpeInputError(RulesError):
    """An input value that breaks its rule (negative, not a number...); ``field`` names it."""
