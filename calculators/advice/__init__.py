"""Advice calculators: what the city's advisers tell an applicant, figures and sources attached.

:mod:`calculators.advice.bioclimatic` gives bioclimatic design advice for a new building or an
extension at building-permit filing (orientation and glazing, shading, summer time lag of walls
and roofs, a summer comfort screening, eco-materials, solar readiness of the roof). Pure,
offline, no application code; bad input raises :class:`AdviceInputError` (a ``ValueError``
with a French message and the ``field`` concerned).
"""

from calculators.advice.errors import AdviceDataError, AdviceError, AdviceInputError

__all__ = ["AdviceDataError", "AdviceError", "AdviceInputError"]
