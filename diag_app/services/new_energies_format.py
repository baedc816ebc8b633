"""French number formats of the « nouvelles énergies » texts (summary, notes, reasons).

A narrow no-break space separates thousands, a comma marks decimals, a no-break space comes
before units, euros are rounded as estimates deserve (to the euro below 1,000 €, to ten euros
above), and « de » elides before a vowel (« d'électricité »).
"""

from __future__ import annotations

THIN_SPACE = "\u202f"
NBSP = "\u00a0"
MONTHS_SHORT = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip


def number_fr(value: float, decimals: int = 0) -> str:
    """« 2 885,9 »: French thousands separator and decimal comma, never « -0 »."""
    if abs(value) < 0.5 * 10.0**-decimals:
        value = 0.0
    text = f"{value:,.{decimals}f}".replace(",", THIN_SPACE).replace(".", ",")
    return text.replace("-", "−")


def euros(value: float) -> str:
    """An amount rounded sensibly: to the euro below 1,000 €, to ten euros above."""
    rounded = round(value, -1) if abs(value) >= 1000 else round(value)
    return f"{number_fr(rounded)}{NBSP}€"


def kwh(value: float) -> str:
    """An energy in whole kWh."""
    return f"{number_fr(value)}{NBSP}kWh"


def percent(value_pct: float) -> str:
    """A share already in per cent, to the unit: « 34 % »."""
    return f"{number_fr(value_pct)}{NBSP}%"


def of(noun: str) -> str:
    """« de » + ``noun``, elided before a vowel or a mute h: « d'électricité »."""
    return f"d'{noun}" if noun[:1].lower() in "aeiouyéèêàâîôûh" else f"de {noun}"
