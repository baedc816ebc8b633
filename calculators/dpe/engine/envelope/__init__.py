"""Envelope losses of the 3CL-DPE 2021 method, chapter 3 (« déperditions de l'enveloppe »).

Pure functions on physical criteria (materials, thicknesses, periods, insulation, adjacency,
areas), usable by the desk diagnostic, and an adapter for ADEME DPE files:

>>> from calculators.dpe.ademe import read_dpe  # doctest: +SKIP
>>> dpe = read_dpe("2238E0097309E.xml")  # doctest: +SKIP
>>> result = envelope_losses(dpe.inputs, software_id=dpe.metadata.usr_logiciel_id)  # doctest: +SKIP
>>> round(result.deperdition_mur, 1)  # doctest: +SKIP

Modules: ``adjacency`` (b, §3.1), ``walls`` (§3.2.1), ``floors`` (§3.2.2 and Ue), ``roofs``
(§3.2.3), ``glazing`` (Ug, §3.3.1), ``windows`` (Uw, Ujn, §3.3.2–3.3.3), ``solar`` (Sw, Fe1,
Fe2, §6.2), ``doors`` (§3.3.4), ``bridges`` (§3.4), ``totals``, ``from_ademe`` and
``conventions`` (the readings where certified programs differ). See
``docs/dpe-engine-envelope.md``.
"""

from calculators.dpe.engine.envelope.context import DwellingContext
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.from_ademe import envelope_losses
from calculators.dpe.engine.envelope.insulation import Insulation, InsulationState
from calculators.dpe.engine.envelope.results import (
    BridgeLoss,
    DoorLoss,
    EnvelopeResult,
    OpaqueLoss,
    WindowLoss,
)
from calculators.dpe.engine.envelope.totals import envelope_totals

__all__ = [
    "BridgeLoss",
    "DoorLoss",
    "DwellingContext",
    "EnvelopeInputError",
    "EnvelopeResult",
    "Insulation",
    "InsulationState",
    "OpaqueLoss",
    "WindowLoss",
    "envelope_losses",
    "envelope_totals",
]
