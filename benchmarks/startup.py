"""Time from process start to a usable window: shown, register open, Registre table loaded.

Each run is a fresh process (``diag-app gui --quit-after 0``) on one temporary register; the app
prints the wall-clock time at which it became usable (``horloge=...``), so teardown is not
counted. The baseline, measured in the same run and interleaved with it, is the least any
PySide6 app pays: start Python, import QtWidgets, create the QApplication and show a window.
Target (brief of the Qt shell): under 2 s on the project's machines.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time

from benchmarks import Measurement, median

RUNS = 5
TARGET_S = 2.0
TIMEOUT_S = 120
_READY = re.compile(r"horloge=(\d+(?:\.\d+)?)")

APP = [sys.executable, "-m", "diag_app", "gui", "--demo-if-empty", "--quit-after", "0"]
BASELINE = [
    sys.executable,
    "-c",
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print(f'horloge={time.time():.3f}')\n",
]


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to the wall-clock time it printed as ready."""
    start = time.time()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    match = _READY.search(done.stdout)
    if done.returncode != 0 or match is None:
        raise RuntimeError(
            f"« {' '.join(command[:4])}… » n'a pas signalé de fenêtre prête "
            f"(code {done.returncode}) : {done.stderr.strip()[-500:]}"
        )
    return float(match.group(1)) - start


def run() -> list[Measurement]:
    with tempfile.TemporaryDirectory(prefix="diag-bench-") as home:
        env = {
            **os.environ,
            "DIAG_HABITAT_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        first = time_to_ready(APP, env)  # creates and seeds the demo register
        app, baseline = [], []
        for _ in range(RUNS):
            app.append(time_to_ready(APP, env))
            baseline.append(time_to_ready(BASELINE, env))
    spread = f"de {min(app):.2f} à {max(app):.2f} s".replace(".", ",")
    return [
        Measurement(
            "demarrage.fenetre_et_registre_charges",
            median(app),
            runs=RUNS,
            baseline=median(baseline),
            target=TARGET_S,
            note=f"essais {spread} ; référence : QApplication et fenêtre vide PySide6",
        ),
        Measurement("demarrage.premier_lancement_avec_registre_demo", first),
    ]
