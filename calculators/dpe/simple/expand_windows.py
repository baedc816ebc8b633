"""The windows of a simple description as §3.3 and §6.2 need them.

Glazing, frame and shutters come from the description (official ids of ``type_vitrage``,
``type_materiaux_menuiserie``, ``type_fermeture``); what the desk does not ask — window type,
fitting, frame width, gap, gas, low-emissivity coating — takes the corpus' most frequent values of
``expand_defaults.json``, the gap and coating by the year the windows were fitted.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import MateriauMenuiserie, TypeVitrage, TypeVolets
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.expand_notes import Notes
from calculators.dpe.simple.geometry import GeometryEstimate, WindowsByOrientation
from calculators.dpe.simple.official_ids import MENUISERIES, VITRAGES, VOLETS, construction_year


@dataclass(frozen=True, slots=True)
class WindowType:
    """The dominant windows: official ids of glazing, gas, frame, window type, closure and
    fitting, the gap [mm], a low-emissivity coating and the frame width [cm]."""

    glazing_id: int
    gap_mm: float
    gas_id: int
    low_emissivity: bool
    frame_id: int
    window_type_id: int
    closure_id: int
    fitting_id: int
    frame_width_cm: float


@dataclass(frozen=True, slots=True)
class Windows:
    """The windows' type and their areas by orientation [m²]."""

    type: WindowType
    areas: WindowsByOrientation


def windows(description: SimpleDescription, geometry: GeometryEstimate, notes: Notes) -> Windows:
    fenetres = description.fenetres
    menuiseries = defaults.group("menuiseries")
    glazing = fenetres.vitrage
    if glazing is TypeVitrage.INCONNU:
        glazing = TypeVitrage(menuiseries["vitrage_inconnu"])
        notes.add(
            "fenetres.vitrage", f"Vitrage inconnu : {glazing.libelle} (hypothèse du guichet)."
        )
    frame = fenetres.menuiserie
    if frame is MateriauMenuiserie.INCONNU:
        frame = MateriauMenuiserie(menuiseries["menuiserie_inconnue"])
        notes.add(
            "fenetres.menuiserie",
            f"Menuiseries inconnues : {frame.libelle} (hypothèse du guichet).",
        )
    shutters = fenetres.volets
    if shutters is TypeVolets.INCONNU:
        shutters = TypeVolets(menuiseries["volets_inconnus"])
        notes.add("fenetres.volets", "Volets inconnus : aucun volet compté (3CL §3.3.3, sans ΔR).")
    year = fenetres.annee_pose or construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    kind = WindowType(
        glazing_id=VITRAGES[glazing],
        gap_mm=float(defaults.by_year(menuiseries["lame_mm_par_annee"], year)),
        gas_id=int(menuiseries["type_gaz_lame"]),
        low_emissivity=year >= int(menuiseries["faiblement_emissif_depuis"]),
        frame_id=MENUISERIES[frame],
        window_type_id=int(menuiseries["type_baie"]),
        closure_id=VOLETS[shutters][0],
        fitting_id=int(menuiseries["type_pose"]),
        frame_width_cm=float(menuiseries["largeur_dormant_cm"]),
    )
    return Windows(kind, geometry.fenetres)
