"""Alembic migrations of the register, shipped inside the package (no ``alembic.ini`` needed).

:mod:`diag_app.db.migrate` builds the Alembic configuration in code and points it here; the
revision files live in ``versions/``. A new revision: ``diag_app.db.migrate.new_revision()``.
"""

from pathlib import Path

SCRIPT_LOCATION = Path(__file__).resolve().parent
