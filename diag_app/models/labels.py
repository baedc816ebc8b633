"""DPE letters: energy class, climate class and the label they make.

Under the 3CL-DPE 2021 method the label is the worse of the energy class (primary energy) and
the climate class (greenhouse gases) — arrêté du 31 mars 2021, annexe 5.
"""

from __future__ import annotations

from calculators.dpe.rules.scales import DPE_CLASSES
from diag_app.errors import ValidationError
from diag_app.models.text import sentence_start

DPE_LETTERS = DPE_CLASSES


def normalise_letter(value: str, *, field: str) -> str:
    """``" e "`` → ``"E"``; anything but A–G is refused naming ``field``."""
    letter = value.strip().upper() if isinstance(value, str) else ""
    if len(letter) != 1 or letter not in DPE_LETTERS:
        raise ValidationError(
            f"{sentence_start(field)} invalide : « {value} » (attendu une lettre de A à G).",
            field=field,
        )
    return letter


def worse_of(energy_class: str, climate_class: str) -> str:
    """The DPE label from its two classes: the later letter of the alphabet."""
    return max(energy_class, climate_class, key=DPE_LETTERS.index)
