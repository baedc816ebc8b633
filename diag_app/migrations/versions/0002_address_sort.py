"""Registre : clé de tri des adresses (rue, puis numéro lu comme un nombre).

Revision ID: 0002_address_sort
Revises: 0001_register
Create Date: 2026-11-25

Adds ``dwelling.address_sort`` and fills it for the rows already there, so that "12 rue d'Aire"
sorts before "103 rue d'Aire" in the Registre table, on SQLite and PostgreSQL alike.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from diag_app.models.text import address_sort_key

revision: str = "0002_address_sort"
down_revision: Union[str, Sequence[str], None] = "0001_register"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("dwelling") as batch:
        batch.add_column(
            sa.Column("address_sort", sa.String(length=400), nullable=False, server_default="")
        )
    dwelling = sa.table(
        "dwelling", sa.column("id", sa.Uuid()), sa.column("address_label", sa.String()),
        sa.column("address_sort", sa.String()),
    )
    connection = op.get_bind()
    for row_id, label in connection.execute(sa.select(dwelling.c.id, dwelling.c.address_label)):
        connection.execute(
            dwelling.update().where(dwelling.c.id == row_id)
            .values(address_sort=address_sort_key(label))
        )
    with op.batch_alter_table("dwelling") as batch:
        batch.alter_column("address_sort", server_default=None)
        batch.create_index("ix_dwelling_address_sort", ["address_sort"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dwelling") as batch:
        batch.drop_index("ix_dwelling_address_sort")
        batch.drop_column("address_sort")
