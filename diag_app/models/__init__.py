"""The register's data model: ORM classes (SQLAlchemy 2), identifiers, vocabularies.

Importing this package registers every table on :data:`Base.metadata`, which is what the
migrations are compared against.
"""

from diag_app.models.base import Base, RegisterRow, utc_now
from diag_app.models.case import Case
from diag_app.models.diagnostic import Diagnostic
from diag_app.models.dwelling import Dwelling
from diag_app.models.inspection import Inspection

__all__ = ["Base", "Case", "Diagnostic", "Dwelling", "Inspection", "RegisterRow", "utc_now"]
