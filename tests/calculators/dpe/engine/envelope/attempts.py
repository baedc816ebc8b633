"""The comparison helper of the envelope's oracle tests: an answer, or what the refusal says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def attempt(function: Callable[..., object], *args: Any, **kwargs: Any) -> object:
    """``function(*args, **kwargs)``, or the type, text and field of the error it raises (two
    computations agree when both answer the same or both refuse with the same message)."""
    try:
        return function(*args, **kwargs)
    except Exception as error:
        return type(error), str(error), getattr(error, "field", None)
