"""The one error the ADEME XML reader raises for bad or unsupported input.

A :class:`DpeXmlError` carries a complete French message that names the XML element concerned,
so that the application can show it as is (the services layer turns it into a ``UserError``
with ``field=path``). It subclasses :class:`ValueError`: calculators import nothing from the
application, and a malformed file is a bad value.
"""

from __future__ import annotations


class DpeXmlError(ValueError):
    """A DPE XML file that cannot be read: malformed, incomplete or of an unsupported model.

    ``path`` is the element path as the message writes it (``mur[3]/donnee_entree/
    surface_paroi_opaque``), or ``None`` when the problem concerns the whole file.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message
