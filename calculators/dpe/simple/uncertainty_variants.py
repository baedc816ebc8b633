"""The plausible range of each unknown of a description: what the uncertainty band re-runs.

For every value the adviser left « inconnu » (and the desk filled with a default, see
:mod:`~.expand`), a :class:`Variation` lists the plausible alternatives — wall insulation
unknown: not insulated / insulated per the period; generator age unknown: as old as the building
/ recent; glazing unknown: single / double… —; for every estimated area (walls, windows, roof and
floor), the geometry's own error measured on the corpus (``uncertainty.json``). Each
alternative is a set of JSON-path changes to the description, or scale factors on the estimated
geometry; one alternative of each variation is expected to lower Cep, one to raise it. The
systems' variations are in :mod:`~.uncertainty_systems`, the building blocks in
:mod:`~.uncertainty_options`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import (
    EtatIsolation,
    MateriauMur,
    PositionAppartement,
    TypeLogement,
)
from calculators.dpe.simple.description import Isolation, SimpleDescription
from calculators.dpe.simple.official_ids import MATERIAUX_MUR, construction_year
from calculators.dpe.simple.uncertainty_options import (
    Change,
    Option,
    Variation,
    apply,
    choices,
    ranges,
)
from calculators.dpe.simple.uncertainty_systems import backup_variations, system_variations

__all__ = ["Change", "Option", "Variation", "apply", "ranges", "variations"]


def variations(description: SimpleDescription, at: date) -> tuple[Variation, ...]:
    """Every unknown or estimated quantity of ``description`` with its alternatives."""
    return (
        *_envelope(description, at),
        *system_variations(description, at),
        *backup_variations(description),
        *_geometry(description),
    )


def _envelope(description: SimpleDescription, at: date) -> Iterator[Variation]:
    choix = ranges()["choix"]
    built = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    recent = at.year - int(choix["age_recent_ans"])
    names = {
        "murs": ("l'isolation des murs", "des murs"),
        "toiture": ("l'isolation de la toiture", "de la toiture"),
        "plancher_bas": ("l'isolation du plancher bas", "du plancher bas"),
    }
    for element, (libelle, of) in names.items():
        isolation: Isolation = getattr(description, element).isolation
        if element != "murs" and not _has(description, element):
            continue
        path = f"{element}.isolation"
        if isolation.etat is EtatIsolation.INCONNU:
            yield Variation(
                f"{path}.etat",
                libelle,
                "inconnue",
                (
                    Option("non isolé", ((f"{path}.etat", EtatIsolation.NON_ISOLE),)),
                    Option("isolé selon la période", ((f"{path}.etat", EtatIsolation.ISOLE),)),
                ),
            )
        elif isolation.etat is EtatIsolation.ISOLE and _undetailed(isolation) and recent > built:
            old = max(int(choix["isolation_ancienne_annee"]), built)
            yield Variation(
                f"{path}.annee",
                f"l'année d'isolation {of}",
                "inconnue",
                (
                    Option(f"isolé en {old}", ((f"{path}.annee", old),)),
                    Option(f"isolé en {recent}", ((f"{path}.annee", recent),)),
                ),
            )
    yield from _walls(description)
    yield from _unasked(description)
    yield from _windows(description)
    yield from _types(description)


def _has(description: SimpleDescription, element: str) -> bool:
    """Whether the dwelling may have that roof or low floor (a flat between two others not)."""
    if element == "toiture":
        return description.toiture.type.value != "logement_au_dessus"
    return description.plancher_bas.type.value != "logement_en_dessous"


def _undetailed(isolation: Isolation) -> bool:
    return (
        isolation.annee is None
        and isolation.epaisseur_cm is None
        and isolation.resistance_m2k_w is None
    )


def _walls(description: SimpleDescription) -> Iterator[Variation]:
    choix = ranges()["choix"]
    murs = description.murs
    if murs.materiau.value == "inconnu":
        yield Variation(
            "murs.materiau",
            "le matériau des murs",
            "inconnu",
            (
                Option("mur inconnu (2,5 W/(m²·K))"),
                Option(
                    "pierre épaisse",
                    (
                        ("murs.materiau", MateriauMur(choix["materiau_mur_favorable"])),
                        ("murs.epaisseur_cm", float(choix["epaisseur_mur_favorable_cm"])),
                    ),
                ),
            ),
        )
    elif murs.epaisseur_cm is None:
        median = defaults.wall_thickness_cm(MATERIAUX_MUR[murs.materiau])
        low, high = (median * f for f in choix["epaisseur_mur_facteurs"])
        yield Variation(
            "murs.epaisseur_cm",
            "l'épaisseur des murs",
            "inconnue",
            (
                Option(f"{low:.0f} cm", (("murs.epaisseur_cm", round(low)),)),
                Option(f"{high:.0f} cm", (("murs.epaisseur_cm", round(high)),)),
            ),
        )


def _unasked(description: SimpleDescription) -> Iterator[Variation]:
    """What the desk never asks: a wall lining (uninsulated walls) and the structure of an
    uninsulated ceiling under lost attics (its default is the corpus' most frequent)."""
    if description.murs.isolation.etat is not EtatIsolation.ISOLE:
        yield Variation(
            "murs.doublage",
            "le doublage des murs",
            "non demandé",
            (
                Option("sans doublage"),
                Option("doublage connu", unasked=(("murs_doublage", True),)),
            ),
        )
    roof = description.toiture
    if roof.isolation.etat is not EtatIsolation.ISOLE and roof.type.value == "combles_perdus":
        unknown = int(ranges()["choix"]["structure_plafond_inconnue"])
        yield Variation(
            "toiture.structure",
            "la structure du plafond",
            "non demandée",
            (
                Option("plafond sur solives bois"),
                Option("structure inconnue", unasked=(("plafond_structure", unknown),)),
            ),
        )


def _windows(description: SimpleDescription) -> Iterator[Variation]:
    fenetres = description.fenetres
    kind = type(fenetres.vitrage)
    if fenetres.vitrage.value == "inconnu":
        yield choices("fenetres.vitrage", "le vitrage", "inconnu", kind, ("simple", "double"))
    if fenetres.menuiserie.value == "inconnu":
        yield choices(
            "fenetres.menuiserie",
            "les menuiseries",
            "inconnues",
            type(fenetres.menuiserie),
            ("metal_sans_rupture", "bois"),
        )
    if fenetres.volets.value == "inconnu":
        yield choices(
            "fenetres.volets",
            "les volets",
            "inconnus",
            type(fenetres.volets),
            ("aucun", "volets_roulants"),
        )


def _types(description: SimpleDescription) -> Iterator[Variation]:
    logement = description.logement
    if description.toiture.type.value == "inconnu" and logement.type.est_maison:
        yield choices(
            "toiture.type",
            "le type de toiture",
            "inconnu",
            type(description.toiture.type),
            ("combles_perdus", "combles_amenages"),
        )
    if (
        description.plancher_bas.type.value == "inconnu"
        and logement.type is not TypeLogement.APPARTEMENT
    ):
        yield choices(
            "plancher_bas.type",
            "le type de plancher bas",
            "inconnu",
            type(description.plancher_bas.type),
            ("terre_plein", "sous_sol_non_chauffe"),
        )
    if logement.type is TypeLogement.APPARTEMENT and (
        logement.position is None or logement.position.value == "inconnue"
    ):
        yield choices(
            "logement.position",
            "la position de l'appartement",
            "inconnue",
            PositionAppartement,
            ("etage_intermediaire", "dernier_etage"),
        )
    if logement.hauteur_sous_plafond_m is None:
        low, high = ranges()["choix"]["hauteurs_sous_plafond_m"]
        yield Variation(
            "logement.hauteur_sous_plafond_m",
            "la hauteur sous plafond",
            "inconnue",
            (
                Option(f"{low:g} m".replace(".", ","), (("logement.hauteur_sous_plafond_m", low),)),
                Option(
                    f"{high:g} m".replace(".", ","), (("logement.hauteur_sous_plafond_m", high),)
                ),
            ),
        )
    if logement.nombre_niveaux is None and logement.type.est_maison and logement.longueur_m is None:
        low, high = ranges()["choix"]["niveaux_maison"]
        yield Variation(
            "logement.nombre_niveaux",
            "le nombre de niveaux",
            "inconnu",
            (
                Option(f"{low} niveau", (("logement.nombre_niveaux", low),)),
                Option(f"{high} niveaux", (("logement.nombre_niveaux", high),)),
            ),
        )
    if logement.type is TypeLogement.APPARTEMENT and logement.facades_exposees is None:
        yield Variation(
            "logement.facades_exposees",
            "le nombre de façades exposées",
            "inconnu",
            (
                Option("une façade", (("logement.facades_exposees", 1),)),
                Option("deux façades", (("logement.facades_exposees", 2),)),
            ),
        )


def _geometry(description: SimpleDescription) -> Iterator[Variation]:
    logement = description.logement
    kind = "maison" if logement.type.est_maison else logement.type.value
    errors = ranges()["geometrie"][kind]
    measured = logement.longueur_m is not None and logement.largeur_m is not None
    if description.fenetres.surface_m2 is None:
        yield _scaled(
            "geometrie.fenetres", "la surface des fenêtres", "fenetres", errors["fenetres"]
        )
    if not measured:
        yield _scaled("geometrie.murs", "la surface des murs", "murs", errors["murs"])
        roof = errors["toiture"]
        floor = errors["plancher_bas"]
        yield Variation(
            "geometrie.toiture_plancher",
            "les surfaces de toiture et de plancher",
            "estimées",
            (
                Option(
                    f"− {roof * 100:.0f} %",
                    scale=(("toiture", 1 - roof), ("plancher_bas", 1 - floor)),
                ),
                Option(
                    f"+ {roof * 100:.0f} %",
                    scale=(("toiture", 1 + roof), ("plancher_bas", 1 + floor)),
                ),
            ),
        )


def _scaled(champ: str, libelle: str, key: str, error: float) -> Variation:
    return Variation(
        champ,
        libelle,
        "estimée",
        (
            Option(f"− {error * 100:.0f} %", scale=((key, 1 - error),)),
            Option(f"+ {error * 100:.0f} %", scale=((key, 1 + error),)),
        ),
    )
