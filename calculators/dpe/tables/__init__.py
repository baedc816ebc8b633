"""The official ADEME tables of the 3CL-DPE 2021 method, in the project's own format.

The value tables (``tv_*_id`` in the ADEME XML files) and the enumerations (``enum_*_id``) are
generated from ADEME's spreadsheets by ``tools/build_dpe_tables.py`` into ``data/`` (one JSON
file per table and a ``manifest.json``; see ``docs/dpe-tables.md``). They load lazily with the
standard library only and work offline. Lookup failures raise a French
:class:`~calculators.dpe.tables.errors.TableLookupError` (a ``LookupError``).
"""

from calculators.dpe.tables.errors import (
    CellTypeError,
    TableLookupError,
    UnknownColumnError,
    UnknownLabelError,
    UnknownRowError,
    UnknownTableError,
)
from calculators.dpe.tables.heat_networks import (
    HeatNetwork,
    heat_network,
    list_year_in_force,
    list_years,
)
from calculators.dpe.tables.lookups import (
    enum_id,
    enum_label,
    enum_names,
    enum_row,
    find_rows,
    value_row,
    value_table_names,
)
from calculators.dpe.tables.rows import Bounds, CellValue, Row
from calculators.dpe.tables.store import manifest

__all__ = [
    "Bounds",
    "CellTypeError",
    "CellValue",
    "HeatNetwork",
    "Row",
    "TableLookupError",
    "UnknownColumnError",
    "UnknownLabelError",
    "UnknownRowError",
    "UnknownTableError",
    "enum_id",
    "enum_label",
    "enum_names",
    "enum_row",
    "find_rows",
    "heat_network",
    "list_year_in_force",
    "list_years",
    "manifest",
    "value_row",
    "value_table_names",
]
