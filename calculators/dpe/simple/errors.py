"""The error of the simple description: a value or a combination that cannot describe a dwelling.

It is a :class:`~calculators.dpe.rules.errors.DpeInputError` (a ``ValueError`` with a French
message and ``field``), so the services layer shows it exactly as the other DPE input errors.
``field`` is the JSON path of the value concerned (``murs.isolation.epaisseur_cm``), or ``None``
when the whole document is at fault (invalid JSON).
"""

from __future__ import annotations

from calculators.dpe.rules.errors import DpeInputError


class SimpleDescriptionError(DpeInputError):
    """An impossible value or combination; the message starts with the JSON path it names."""
