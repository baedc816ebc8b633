"""Settings are versioned, migrated, and a broken file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

from diag_app.settings import (
    SETTINGS_VERSION,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_defaults_when_no_file() -> None:
    assert load_settings() == Settings()


def test_round_trip(isolated_home: Path) -> None:
    save_settings(Settings(database_url="sqlite:///x.db", adviser_name="Conseillère Test"))
    raw = json.loads(settings_path().read_text(encoding="utf-8"))
    assert raw["version"] == SETTINGS_VERSION
    assert str(settings_path()).startswith(str(isolated_home))
    assert load_settings().adviser_name == "Conseillère Test"


def test_version_0_is_migrated() -> None:
    settings_path().write_text(json.dumps({"db": "postgresql+psycopg://h/r"}), encoding="utf-8")
    assert load_settings().database_url == "postgresql+psycopg://h/r"


def test_unreadable_file_is_set_aside_not_lost() -> None:
    path = settings_path()
    path.write_text("{ pas du json", encoding="utf-8")
    assert load_settings() == Settings()
    kept = path.with_suffix(".json.bad")
    assert kept.read_text(encoding="utf-8") == "{ pas du json"


def test_unknown_keys_from_a_newer_version_are_ignored() -> None:
    settings_path().write_text(
        json.dumps({"version": 99, "adviser_name": "A", "future_key": 1}), encoding="utf-8"
    )
    assert load_settings().adviser_name == "A"
