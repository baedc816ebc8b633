"""Errors of the solar calculators: a French message that names the field, line or element.

They subclass :class:`ValueError` because a calculator must not import ``diag_app``; the
services layer turns them into ``diag_app.errors.UserError`` (``message`` and ``field`` map
one to one) so the CLI and the UI show them like any other input error.
"""

from __future__ import annotations


class SolarError(ValueError):
    """Bad solar input; ``field`` names the input, column or file line concerned."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class WeatherError(SolarError):
    """A weather file or a set of monthly figures that cannot be used as a typical year."""


class SolarInputError(SolarError):
    """A roof or system input outside its valid range (tilt, azimuth, power, losses...)."""
