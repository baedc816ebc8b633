"""Registre : logements, dossiers, diagnostics, visites (first schema of the register).

Revision ID: 0001_register
Revises: (none)
Create Date: 2026-11-25

Written by ``diag_app.db.migrate.new_revision`` from the models, then reviewed: instants are
plain ``DateTime(timezone=True)`` here (the app's UtcDateTime decorator only converts values),
enums are VARCHAR(32) without database enum types or CHECK constraints.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0001_register'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create the four tables of the register and their indexes."""
    op.create_table('dwelling',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('address_label', sa.String(length=300), nullable=False),
    sa.Column('ban_key', sa.String(length=40), nullable=True),
    sa.Column('rnb_id', sa.String(length=12), nullable=True),
    sa.Column('parcel_id', sa.String(length=14), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('dwelling_type', sa.Enum('house', 'flat', 'building', name='dwellingtype', native_enum=False, length=32), nullable=False),
    sa.Column('construction_year', sa.Integer(), nullable=True),
    sa.Column('reference_surface_m2', sa.Double(), nullable=True),
    sa.Column('levels', sa.Integer(), nullable=True),
    sa.Column('ceiling_height_m', sa.Double(), nullable=True),
    sa.Column('heating_energy', sa.Enum('electricity', 'natural_gas', 'fuel_oil', 'lpg', 'wood', 'district_heat', 'coal', 'unknown', name='heatingenergy', native_enum=False, length=32), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('search', sa.String(length=1000), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dwelling'))
    )
    with op.batch_alter_table('dwelling', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dwelling_ban_key'), ['ban_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_dwelling_district'), ['district'], unique=False)
        batch_op.create_index(batch_op.f('ix_dwelling_parcel_id'), ['parcel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dwelling_rnb_id'), ['rnb_id'], unique=False)

    op.create_table('case_file',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('permit_number', sa.String(length=30), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('applicant_contact', sa.String(length=300), nullable=False),
    sa.Column('adviser_name', sa.String(length=200), nullable=False),
    sa.Column('project_kind', sa.Enum('renovation', 'extension', 'change_of_use', 'new_build', name='projectkind', native_enum=False, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_progress', 'closed', name='casestatus', native_enum=False, length=32), nullable=False),
    sa.Column('dwelling_id', sa.Uuid(), nullable=True),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_case_file_dwelling_id_dwelling')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_dwelling_id'), ['dwelling_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_permit_number'), ['permit_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_status'), ['status'], unique=False)

    op.create_table('diagnostic',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('dwelling_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('simplified', 'xml', 'imported', name='diagnostickind', native_enum=False, length=32), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('outputs', sa.JSON(), nullable=False),
    sa.Column('energy_class', sa.String(length=1), nullable=True),
    sa.Column('climate_class', sa.String(length=1), nullable=True),
    sa.Column('label', sa.String(length=1), nullable=False),
    sa.Column('cep_kwh_m2', sa.Double(), nullable=True),
    sa.Column('eges_kg_m2', sa.Double(), nullable=True),
    sa.Column('dpe_number', sa.String(length=13), nullable=True),
    sa.Column('rules_version', sa.String(length=300), nullable=False),
    sa.Column('engine_version', sa.String(length=50), nullable=False),
    sa.Column('performed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_diagnostic_case_id_case_file')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_diagnostic_dwelling_id_dwelling')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnostic'))
    )
    with op.batch_alter_table('diagnostic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnostic_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnostic_dpe_number'), ['dpe_number'], unique=False)
        batch_op.create_index('ix_diagnostic_dwelling_performed', ['dwelling_id', 'performed_at'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('dwelling_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('inspector', sa.String(length=200), nullable=False),
    sa.Column('visited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('observations', sa.Text(), nullable=False),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('origin_device_id', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_inspection_case_id_case_file')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_inspection_dwelling_id_dwelling')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_dwelling_id'), ['dwelling_id'], unique=False)



def downgrade() -> None:
    """Drop everything (developers only: the app never downgrades)."""
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_dwelling_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_case_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('diagnostic', schema=None) as batch_op:
        batch_op.drop_index('ix_diagnostic_dwelling_performed')
        batch_op.drop_index(batch_op.f('ix_diagnostic_dpe_number'))
        batch_op.drop_index(batch_op.f('ix_diagnostic_case_id'))

    op.drop_table('diagnostic')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_status'))
        batch_op.drop_index(batch_op.f('ix_case_file_permit_number'))
        batch_op.drop_index(batch_op.f('ix_case_file_dwelling_id'))

    op.drop_table('case_file')
    with op.batch_alter_table('dwelling', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dwelling_rnb_id'))
        batch_op.drop_index(batch_op.f('ix_dwelling_parcel_id'))
        batch_op.drop_index(batch_op.f('ix_dwelling_district'))
        batch_op.drop_index(batch_op.f('ix_dwelling_ban_key'))

    op.drop_table('dwelling')
