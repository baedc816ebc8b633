"""The desk diagnostic's input: a simple description of a dwelling, its checks and geometry.

At the housing desk an applicant knows the year, the surface, the wall and roof materials and
whether they were insulated, the windows and the systems — not the area of every wall. This
package holds that description (:class:`SimpleDescription`, French JSON keys), its validation
(errors naming the JSON path, typed warnings), the estimated areas and lengths the 3CL engine
needs (:func:`estimate_geometry`), the derivation from real ADEME DPE files
(:func:`simple_from_ademe`) and the JSON format with its schema. See ``docs/dpe-simple.md``.
"""

from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.from_ademe import Derivation, derive_from_ademe, simple_from_ademe
from calculators.dpe.simple.geometry import GeometryEstimate, estimate_geometry
from calculators.dpe.simple.io import description_from_json, read_description, to_json
from calculators.dpe.simple.suspicious import Avertissement
from calculators.dpe.simple.validation import Verification, check, validate

__all__ = [
    "Avertissement",
    "Derivation",
    "GeometryEstimate",
    "SimpleDescription",
    "SimpleDescriptionError",
    "Verification",
    "check",
    "derive_from_ademe",
    "description_from_json",
    "estimate_geometry",
    "read_description",
    "simple_from_ademe",
    "to_json",
    "validate",
]
