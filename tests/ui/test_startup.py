"""Opening the register as a task (diag_app.ui.startup), without any window: what cancelling
does before and during the demo seeding."""

from __future__ import annotations

import pytest

from diag_app.errors import Cancelled
from diag_app.services.records import DwellingQuery
from diag_app.ui.startup import open_register_task


def test_opens_and_seeds_an_empty_register(register_url: str) -> None:
    reports: list[tuple[float, str]] = []
    opened = open_register_task(register_url, demo_if_empty=True)(
        lambda fraction, text="": reports.append((fraction, text))
    )
    try:
        assert opened.seeded > 0 and not opened.seeding_cancelled
        assert opened.service.count_dwellings(DwellingQuery()) == opened.seeded
    finally:
        opened.service.close()
    assert reports[0] == (0.0, "Ouverture du registre")
    assert reports[-1][0] == 1.0
    assert [f for f, _t in reports] == sorted(f for f, _t in reports)


def test_cancel_during_seeding_keeps_the_register_open_and_empty(register_url: str) -> None:
    def progress(fraction: float, text: str = "") -> None:
        if fraction > 0.1:  # the seeding has started (it reports from 0.1 to 1.0)
            raise Cancelled

    opened = open_register_task(register_url, demo_if_empty=True)(progress)
    try:
        assert opened.seeding_cancelled and opened.seeded == 0
        assert opened.service.is_empty()  # the service seeds all or nothing
    finally:
        opened.service.close()


def test_cancel_before_the_register_is_open_raises(register_url: str) -> None:
    def progress(fraction: float, text: str = "") -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        open_register_task(register_url, demo_if_empty=True)(progress)


def test_a_register_with_data_is_not_seeded(demo_register_url: str) -> None:
    opened = open_register_task(demo_register_url, demo_if_empty=True)(lambda f, t="": None)
    try:
        assert opened.seeded == 0 and not opened.seeding_cancelled
    finally:
        opened.service.close()
