"""Envelope-side inputs of the needs stages read from an ADEME DPE: glazing, sunspaces and the
air-renewal criteria of each ventilation system.

Solar factors Sw and masks Fe1 × Fe2 come from the envelope stage:
:func:`glazing_from_envelope` takes them from our :class:`EnvelopeResult`;
:func:`glazing_from_intermediaire` from each window's ``donnee_intermediaire`` (the certified
engine's values), so that the needs stages can be checked on the corpus independently of the
envelope stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from calculators.dpe.ademe.envelope import BaieVitree, Enveloppe, Ets
from calculators.dpe.ademe.systems import Ventilation
from calculators.dpe.engine.climate import GlazingOrientation, GlazingTilt
from calculators.dpe.engine.envelope import EnvelopeResult
from calculators.dpe.engine.gains import Glazing, Sunspace, SunspaceWindow
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.ventilation import (
    AirRenewalInputs,
    q4pa_conv_default,
    q4pa_conv_from_table_id,
)
from calculators.dpe.tables import value_row

OUTSIDE = 1
"""``enum_type_adjacence_id`` « Extérieur »: windows with direct solar gains."""
SUNSPACE = 10
"""« espace tampon solarisé (véranda, loggia fermée) »: gains through the sunspace (§6.3)."""
NON_LOSING = 22
"""« Local non déperditif »: a heated neighbour, not part of Sdep (§4)."""
ORIENTATIONS = {
    1: GlazingOrientation.SUD,
    2: GlazingOrientation.NORD,
    3: GlazingOrientation.EST,
    4: GlazingOrientation.OUEST,
    5: GlazingOrientation.HORIZONTAL,
}
"""``enum_orientation_id`` to the C1 columns of §18.5."""
TILTS = {
    1: GlazingTilt.LOW,
    2: GlazingTilt.INCLINED,
    3: GlazingTilt.VERTICAL,
    4: GlazingTilt.HORIZONTAL,
}
"""``enum_inclinaison_vitrage_id`` (inf25°, 25°-75°, sup75°, horizontal) to the C1 columns."""


def glazing_from_intermediaire(enveloppe: Enveloppe) -> tuple[Glazing | None, ...]:
    """One :class:`Glazing` per ``baie_vitree`` (file order) with the certified Sw, Fe1 and Fe2
    of its ``donnee_intermediaire``; None where Sw is missing. Absent Fe1/Fe2 mean no mask (1)."""
    glazings: list[Glazing | None] = []
    for baie in enveloppe.baies_vitrees:
        di = baie.intermediaire
        if di.sw is None:
            glazings.append(None)
            continue
        fe = (1.0 if di.fe1 is None else di.fe1) * (1.0 if di.fe2 is None else di.fe2)
        orientation, tilt = window_orientation(baie)
        glazings.append(
            Glazing(baie.surface_totale_baie, sw=di.sw, fe=fe, orientation=orientation, tilt=tilt)
        )
    return tuple(glazings)


def glazing_from_envelope(
    enveloppe: Enveloppe, envelope: EnvelopeResult
) -> tuple[Glazing | None, ...]:
    """One :class:`Glazing` per ``baie_vitree`` (file order) with the Sw, Fe1 and Fe2 the
    envelope stage computed (§6.2, Fe = Fe1 × Fe2); None for a window it left out."""
    glazings: list[Glazing | None] = [None] * len(enveloppe.baies_vitrees)
    for window in envelope.windows:
        if not 1 <= window.index <= len(glazings):
            raise NeedsInputError(
                f"baie vitrée {window.index} du résultat d'enveloppe absente de la description",
                field="baies vitrées",
            )
        orientation, tilt = window_orientation(enveloppe.baies_vitrees[window.index - 1])
        # Ai, Sw, Fe = Fe1 × Fe2, orientation, tilt (positional: a record per window).
        glazings[window.index - 1] = Glazing(
            window.surface_m2, window.sw, window.fe1 * window.fe2, orientation, tilt
        )
    return tuple(glazings)


def window_orientation(baie: BaieVitree) -> tuple[GlazingOrientation, GlazingTilt]:
    """C1 orientation and tilt of a window (an unknown tilt is taken vertical, the common case)."""
    orientation = ORIENTATIONS.get(baie.enum_orientation_id)
    if orientation is None:
        raise NeedsInputError(
            f"baie vitrée « {baie.description or baie.reference or '?'} » : orientation "
            f"« {baie.enum_orientation_id} » inconnue (1 à 5 attendu).",
            field="enum_orientation_id",
        )
    return orientation, TILTS.get(baie.enum_inclinaison_vitrage_id, GlazingTilt.VERTICAL)


def split_glazing(
    enveloppe: Enveloppe, glazing: Sequence[Glazing | None], warnings: list[str]
) -> tuple[tuple[Glazing, ...], tuple[Sunspace, ...]]:
    """Windows on the outside, and sunspaces with the windows between them and the dwelling.

    ``glazing[i]`` describes ``enveloppe.baies_vitrees[i]``. Windows on other unheated spaces
    bring no solar gain (§6.2 counts the dwelling's windows on the outside; §6.3 the sunspaces).
    """
    if len(glazing) != len(enveloppe.baies_vitrees):
        raise NeedsInputError(
            f"vitrages : {len(glazing)} décrits pour {len(enveloppe.baies_vitrees)} baies vitrées",
            field="baies vitrées",
        )
    outside: list[Glazing] = []
    to_sunspace: list[Glazing] = []
    for baie, item in zip(enveloppe.baies_vitrees, glazing, strict=True):
        if item is None:
            warnings.append(
                f"baie vitrée « {baie.description or baie.reference or '?'} » : facteur solaire "
                "inconnu, apports solaires ignorés"
            )
        elif baie.adjacence.enum_type_adjacence_id == OUTSIDE:
            outside.append(item)
        elif baie.adjacence.enum_type_adjacence_id == SUNSPACE:
            to_sunspace.append(item)
    sunspaces = _sunspaces(enveloppe.ets, tuple(to_sunspace), warnings)
    return tuple(outside), sunspaces


def _sunspaces(
    ets: Sequence[Ets], to_sunspace: tuple[Glazing, ...], warnings: list[str]
) -> tuple[Sunspace, ...]:
    """The sunspace the dwelling's windows open onto (§6.3), if any.

    §6.3 models the gains of a sunspace through the windows between it and the dwelling: a
    sunspace without such windows brings nothing. The data model does not say which sunspace a
    window opens onto; with several, the first one is used (as the certified engines do).
    """
    if not ets or not to_sunspace:
        if to_sunspace:
            warnings.append("baies sur véranda sans espace tampon solarisé décrit : ignorées")
        elif ets:
            warnings.append(
                "espace tampon solarisé sans baie vitrée vers le logement : pas d'apport "
                "solaire par la véranda (§6.3)"
            )
        return ()
    if len(ets) > 1:
        warnings.append(
            f"{len(ets)} espaces tampons solarisés : seul le premier est pris en compte"
        )
    space = ets[0]
    di = space.intermediaire
    transparence = di.coef_transparence_ets
    if transparence is None and space.tv_coef_transparence_ets_id is not None:
        row = value_row("coef_transparence_ets", space.tv_coef_transparence_ets_id)
        transparence = row.number("coef_transparence_ets")
    if transparence is None or di.bver is None:
        warnings.append(
            "espace tampon solarisé : transparence ou bver inconnu, apports par la véranda ignorés"
        )
        return ()
    windows = tuple(
        SunspaceWindow(
            b.surface_totale_baie or 0.0,
            ORIENTATIONS.get(b.enum_orientation_id or 1, GlazingOrientation.SUD),
            TILTS.get(b.enum_inclinaison_vitrage_id or 3, GlazingTilt.VERTICAL),
        )
        for b in space.baies
    )
    return (
        Sunspace(
            transparence=transparence,
            bver=di.bver,
            glazings_to_dwelling=to_sunspace,
            outer_windows=windows,
        ),
    )


def sdep_m2(enveloppe: Enveloppe) -> float:
    """Sdep: heat-losing walls, high floors, windows and doors, low floors excluded [m²] (§4).

    An element next to a heated room (« local non déperditif ») or whose reduction coefficient
    b is 0 loses nothing and is left out.
    """

    def counts(adjacency: int, b: float | None) -> bool:
        return adjacency != NON_LOSING and b != 0

    return (
        sum(m.surface_paroi_opaque for m in enveloppe.murs
            if counts(m.adjacence.enum_type_adjacence_id, m.intermediaire.b))
        + sum(p.surface_paroi_opaque for p in enveloppe.planchers_hauts
              if counts(p.adjacence.enum_type_adjacence_id, p.intermediaire.b))
        + sum(b.surface_totale_baie for b in enveloppe.baies_vitrees
              if counts(b.adjacence.enum_type_adjacence_id, b.intermediaire.b))
        + sum(p.surface_porte for p in enveloppe.portes
              if counts(p.adjacence.enum_type_adjacence_id, p.intermediaire.b))
    )  # fmt: skip


def air_renewal_inputs(
    ventilation: Ventilation,
    *,
    surface_m2: float,
    hsp_m: float,
    sdep: float,
    periode_construction_id: int,
    methode_application_id: int,
    warnings: list[str],
    one_facade_as_several: bool = False,
) -> AirRenewalInputs:
    """§4 criteria of one ventilation system; ``surface_m2`` is the living area it serves.
    ``one_facade_as_several``: the program's reading that takes e and f of several exposed
    façades whatever the file says (``envelope/conventions.json``)."""
    if ventilation.q4pa_conv_saisi is not None:
        q4pa = ventilation.q4pa_conv_saisi
    elif ventilation.tv_q4pa_conv_id is not None:
        q4pa = q4pa_conv_from_table_id(ventilation.tv_q4pa_conv_id)
    else:
        q4pa = q4pa_conv_default(periode_construction_id, methode_application_id)
        warnings.append("perméabilité Q4Paconv non saisie : valeur par défaut de la période")
    exposed = ventilation.plusieurs_facade_exposee
    if one_facade_as_several and exposed is False:
        exposed = True
    elif exposed is None:
        exposed = True
        warnings.append("nombre de façades exposées non renseigné : plusieurs façades retenues")
    return AirRenewalInputs(
        type_ventilation_id=ventilation.enum_type_ventilation_id,
        surface_habitable_m2=surface_m2,
        hauteur_sous_plafond_m=hsp_m,
        surface_deperditive_hors_plancher_bas_m2=sdep,
        q4pa_conv_m3_h_m2=q4pa,
        plusieurs_facades_exposees=exposed,
    )
