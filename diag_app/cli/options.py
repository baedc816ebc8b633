"""Pieces shared by the DPE commands (`dpe`, `dpe-simple`): the date option and use names."""

from __future__ import annotations

import argparse
from datetime import date

USE_NAMES = {
    "chauffage": "chauffage",
    "ecs": "eau chaude sanitaire",
    "refroidissement": "refroidissement",
    "eclairage": "éclairage",
    "auxiliaires": "auxiliaires",
}
"""French names of the five DPE uses, for the text outputs."""


def parse_day(text: str) -> date:
    """``--at AAAA-MM-JJ``: the date whose rules apply."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n'est pas une date (attendu AAAA-MM-JJ, par exemple 2026-01-01)"
        ) from None
