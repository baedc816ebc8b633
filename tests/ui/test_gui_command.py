"""``diag-app gui`` as a person or a smoke check runs it: a real process, offscreen.

The window must come up on a seeded register and quit by itself with ``--quit-after``; a register
that cannot be opened is reported in French on stderr (and in a dialog) with a non-zero exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diag_app.cli import build_parser
from diag_app.settings import Settings, save_settings

# A whole app start on a loaded 2-core machine; the process normally ends in ~1–2 s.
PROCESS_TIMEOUT_S = 120
HEAVY = ("pandas", "matplotlib", "pvlib", "reportlab")


def _diag_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # DIAG_HABITAT_HOME: per-test folder
    return subprocess.run(
        [sys.executable, "-m", "diag_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )


def test_first_run_seeds_the_demo_register_and_quits(isolated_home: Path) -> None:
    done = _diag_app("gui", "--demo-if-empty", "--quit-after", "0")
    assert done.returncode == 0, done.stderr
    assert "diag-app : fenêtre prête, registre chargé (" in done.stdout
    assert (isolated_home / "data" / "registre.sqlite3").is_file()
    # A second start opens the same register without seeding it again.
    again = _diag_app("gui", "--demo-if-empty", "--quit-after", "0")
    assert again.returncode == 0, again.stderr
    first_count = done.stdout.split("(")[1].split(" ")[0]
    assert f"({first_count} logements)" in again.stdout


def test_database_url_comes_from_the_settings_when_no_db_option(isolated_home: Path) -> None:
    other = isolated_home / "autre-registre.sqlite3"
    save_settings(Settings(database_url=f"sqlite:///{other}"))
    done = _diag_app("gui", "--demo-if-empty", "--quit-after", "0")
    assert done.returncode == 0, done.stderr
    assert other.is_file()
    assert not (isolated_home / "data" / "registre.sqlite3").exists()


def test_unreadable_register_prints_a_french_error_and_keeps_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "registre.sqlite3"
    broken.write_bytes(b"pas un registre")
    done = _diag_app("--db", f"sqlite:///{broken}", "gui", "--quit-after", "0")
    assert done.returncode == 3  # StorageError.exit_code
    assert "Erreur : registre indisponible : Le fichier" in done.stderr
    assert broken.read_bytes() == b"pas un registre"


def test_quit_after_must_be_a_non_negative_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["gui", "--quit-after", "-5"])
    assert exit_info.value.code == 2
    assert "« -5 » n'est pas une durée en millisecondes" in capsys.readouterr().err


def test_window_modules_do_not_import_heavy_libraries() -> None:
    code = (
        "import sys, diag_app.cli.gui, diag_app.ui.app; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=PROCESS_TIMEOUT_S,
        check=True,
    )
    assert done.stdout.strip() == ""
