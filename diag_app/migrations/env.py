"""Alembic environment: run on the connection :mod:`diag_app.db.migrate` hands over.

Only online migrations on an open connection are supported: the app migrates the register it
opens, inside one transaction. SQLite cannot ALTER most things in place, so batch mode
(copy-and-move tables) is used there.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from diag_app.models import Base
from diag_app.models.base import UtcDateTime

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Diag Habitat migrations run from diag_app.db.migrate on a connection")



def render_item(kind: str, obj: Any, _context: Any) -> str | bool:
    """Write the app's UTC decorator as the plain column type it stores, so revisions stay
    independent of application code."""
    if kind == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
