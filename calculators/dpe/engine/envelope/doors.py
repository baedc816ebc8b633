"""U of doors, ``Uporte`` (method §3.3.4), by door type.

Values come from ADEME's table ``uporte``; door types are the ``type_porte`` enumeration
(1–4 wood, 5–8 PVC, 9–12 metal, 13 insulated solid door, 14 door behind an airlock, 15
insulated door with double glazing, 16 other: U to be entered). A door more than 60 % glazed is
a French window with a lower panel (§3.3.4), described as a window.
"""

from __future__ import annotations

from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.lookup import memoised, rows_where


@memoised
def uporte(door_type_id: int) -> float:
    """Uporte [W/(m²·K)] of a door by its type (§3.3.4)."""
    rows = rows_where("uporte", enum_type_porte_id=door_type_id)
    if not rows:
        raise EnvelopeInputError(
            f"type de porte « {door_type_id} » sans valeur forfaitaire : saisir le U justifié "
            "de la porte (§3.3.4).",
            field="type de porte",
        )
    return rows[0].number("uporte")
