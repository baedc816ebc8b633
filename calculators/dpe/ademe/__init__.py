"""ADEME DPE XML reader (observatoire data model 2.x) into typed 3CL inputs and official outputs.

>>> dpe = read_dpe("2238E0097309E.xml")  # doctest: +SKIP
>>> dpe.inputs.enveloppe.murs[0].surface_paroi_opaque, dpe.outputs.ep_conso.classe_bilan_dpe
(39.52, 'D')

The structure as read, the versions seen and the quirks tolerated are in ``docs/dpe-xml.md``.
"""

from calculators.dpe.ademe.errors import DpeXmlError
from calculators.dpe.ademe.reader import DpeFile, DpeMetadata, read_dpe

__all__ = ["DpeFile", "DpeMetadata", "DpeXmlError", "read_dpe"]
