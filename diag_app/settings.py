"""User settings: declared once, versioned, migrated (Orange3's habit), stored as JSON.

Settings live in ``config_dir()/settings.json``. A file written by an older version is migrated
step by step; a file from a newer version is read for the keys we know and never overwritten
silently; an unreadable file is set aside (renamed ``.bad``) and defaults are used, so the app
always starts.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from diag_app.fileio import write_text_atomic
from diag_app.paths import config_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    """What a user may change. ``database_url`` empty means the embedded SQLite register."""

    database_url: str = ""
    city_profile: str = "bethune"
    adviser_name: str = ""
    inspector_name: str = ""
    last_export_dir: str = ""


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any older version to :data:`SETTINGS_VERSION`."""
    version = int(raw.get("version", 0))
    if version < 1:
        # Version 0 (never released) called the register "db".
        if "db" in raw:
            raw["database_url"] = raw.pop("db")
        version = 1
    raw["version"] = version
    return raw


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as exc:
        log.warning("Paramètres illisibles (%s) : mis de côté, valeurs par défaut utilisées", exc)
        path.replace(path.with_suffix(".json.bad"))
        return Settings()
    raw = _migrate(raw)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})


def save_settings(settings: Settings, path: Path | None = None) -> None:
    data = {"version": SETTINGS_VERSION, **asdict(settings)}
    write_text_atomic(path or settings_path(), json.dumps(data, indent=2, ensure_ascii=False))
