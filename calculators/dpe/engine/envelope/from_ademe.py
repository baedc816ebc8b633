"""Envelope losses of an ADEME DPE file (``DpeInputs`` from :func:`calculators.dpe.ademe.read_dpe`).

The adapter reads each element's description, calls the physical-criteria functions of this
package and sums the losses as the file's ``sortie/deperdition`` block does. Whole buildings,
flats and flats generated from building data are computed the same way: the file describes the
envelope of what the DPE covers, and the method's rules on which walls count are carried by each
element's adjacency (b = 0 next to a heated dwelling, 0.2 next to non-residential premises,
Aiu/Aue tables for communal circulations measured at the flat's level, §3.1 and §17).

Where certified programs read the method differently, the program that wrote the file
(``software_id``, its ``usr_logiciel_id``) selects its own readings (:mod:`.conventions`).

An element the engine cannot compute is left out of the sums and named in ``warnings``; the
result is then marked incomplete, never silently wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.ademe.systems import Systemes
from calculators.dpe.engine.envelope.ademe_bridge_links import BridgeLinks
from calculators.dpe.engine.envelope.ademe_bridges import bridge_loss_of
from calculators.dpe.engine.envelope.ademe_floors import ground_floor_surfaces, low_floor_loss
from calculators.dpe.engine.envelope.ademe_openings import door_loss, window_loss
from calculators.dpe.engine.envelope.ademe_roofs import roof_loss
from calculators.dpe.engine.envelope.ademe_walls import wall_loss
from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.context import DwellingContext
from calculators.dpe.engine.envelope.conventions import conventions_for
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import EnvelopeResult
from calculators.dpe.engine.envelope.totals import envelope_totals
from calculators.dpe.tables import TableLookupError

_T = TypeVar("_T")
_R = TypeVar("_R")
ELECTRIC_RESISTANCE_GENERATORS = frozenset(range(98, 107))
"""``enum_type_generateur_ch`` ids of direct electric heating (convectors, radiant panels,
radiators, electric floors and ceilings, storage heaters, bi-junction convectors, electric
boilers): heat « fournie par une résistance électrique » (§3.2)."""


def envelope_losses(
    dpe: DpeInputs,
    *,
    air_renewal_w_k: float | None = None,
    software_id: str | None = None,
) -> EnvelopeResult:
    """Losses of the envelope of ``dpe`` by element and in total [W/K] (method chapter 3).

    ``air_renewal_w_k``: DR of §4 (hvent + hperm) when known, to give GV
    (``deperdition_enveloppe``); without it only the sums of walls, floors, roofs, windows,
    doors and thermal bridges are given. ``software_id``: the ``usr_logiciel_id`` of the
    program that wrote the file (``DpeFile.metadata``), to apply that program's readings where
    certified programs differ (``conventions.json``); ``None`` applies the defaults.
    """
    conventions = conventions_for(software_id)
    notes = Notes()
    context = dwelling_context(dpe)
    envelope = dpe.enveloppe
    zone = context.zone_id
    walls = _each(
        "mur", envelope.murs, lambda i, m: wall_loss(i, m, context, notes, conventions), notes
    )
    ground = ground_floor_surfaces(envelope.planchers_bas)
    low_floors = _each(
        "plancher bas",
        envelope.planchers_bas,
        lambda i, p: low_floor_loss(i, p, context, notes, ground[i - 1], conventions),
        notes,
    )
    roofs = _each(
        "plancher haut",
        envelope.planchers_hauts,
        lambda i, p: roof_loss(i, p, context, notes),
        notes,
    )
    windows = _each(
        "baie vitrée", envelope.baies_vitrees, lambda i, b: window_loss(i, b, zone, notes), notes
    )
    doors = _each("porte", envelope.portes, lambda i, p: door_loss(i, p, zone, notes), notes)
    links = BridgeLinks(envelope)
    flat = _is_flat(dpe)
    bridges = _each(
        "pont thermique",
        envelope.ponts_thermiques,
        lambda i, p: bridge_loss_of(
            i,
            p,
            links,
            context.construction_period,
            notes,
            flat=flat,
            conventions=conventions,
        ),
        notes,
    )
    return envelope_totals(
        walls=walls,
        low_floors=low_floors,
        roofs=roofs,
        windows=windows,
        doors=doors,
        bridges=bridges,
        air_renewal_w_k=air_renewal_w_k,
        warnings=(*notes.warnings, *notes.assumptions),
        cross_checks=tuple(notes.cross_checks),
        complete=not notes.warnings,
    )


def dwelling_context(dpe: DpeInputs) -> DwellingContext:
    """Zone, construction period and « effet joule » of the dwelling or building of ``dpe``."""
    return DwellingContext(
        zone_id=dpe.meteo.enum_zone_climatique_id,
        construction_period=dpe.caracteristique_generale.enum_periode_construction_id,
        electric_joule=electric_joule(dpe.systemes),
    )


def electric_joule(systems: Systemes) -> bool:
    """Whether the dwelling is heated by electric resistance (§3.2): installations whose main
    (first) generator is a direct electric one heat more than half the heated area. The method
    says nothing of mixed cases; the majority rule is the project's convention
    (``seuil_effet_joule``)."""
    total = joule = 0.0
    for installation in systems.installations_chauffage:
        total += installation.surface_chauffee
        main = installation.generateurs[0] if installation.generateurs else None
        if main is not None and main.enum_type_generateur_ch_id in ELECTRIC_RESISTANCE_GENERATORS:
            joule += installation.surface_chauffee
    return total > 0 and joule / total > coefficient("seuil_effet_joule")


def _is_flat(dpe: DpeInputs) -> bool:
    return dpe.administratif.methode_application.type_dpe in (
        TypeDpe.APPARTEMENT,
        TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE,
    )


def _each(
    label: str, items: Sequence[_T], compute: Callable[[int, _T], _R], notes: Notes
) -> tuple[_R, ...]:
    results: list[_R] = []
    for index, item in enumerate(items, start=1):
        try:
            results.append(compute(index, item))
        except (EnvelopeInputError, TableLookupError) as error:
            notes.warn(f"{label} {index} non pris en compte : {error}")
    return tuple(results)
