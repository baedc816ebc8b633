"""Building the command line loads no heavy library: `diag-app gui` must start fast (< 2 s).

Each subcommand imports its services (SQLAlchemy, pandas, pvlib, the DPE engine...) only when it
runs. Checked in a fresh interpreter, since the test session has long imported everything.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "pandas", "pvlib", "matplotlib", "reportlab", "calculators.dpe.engine")


def test_parser_imports_no_heavy_library() -> None:
    code = (
        "import sys; from diag_app import cli; cli.build_parser(); "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
