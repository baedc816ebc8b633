"""Small valid descriptions for the tests, changed with ``dataclasses.replace`` as needed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from calculators.dpe.simple.choices import (
    PositionAppartement,
    TypeLogement,
    TypePlancherBas,
    TypeToiture,
)
from calculators.dpe.simple.description import (
    Logement,
    PlancherBas,
    SimpleDescription,
    Toiture,
)


def house(**logement: Any) -> SimpleDescription:
    """A detached house of 100 m² built in 1975, one level of 2.5 m, lost attic, on the ground."""
    base = Logement(
        type=TypeLogement.MAISON_ISOLEE,
        surface_habitable_m2=100.0,
        annee_construction=1975,
        nombre_niveaux=1,
        hauteur_sous_plafond_m=2.5,
    )
    return SimpleDescription(
        logement=replace(base, **logement),
        toiture=Toiture(type=TypeToiture.COMBLES_PERDUS),
        plancher_bas=PlancherBas(type=TypePlancherBas.TERRE_PLEIN),
    )


def flat(position: PositionAppartement, **logement: Any) -> SimpleDescription:
    """A flat of 60 m² built in 1965, one level of 2.5 m; roof and floor types left unknown."""
    base = Logement(
        type=TypeLogement.APPARTEMENT,
        surface_habitable_m2=60.0,
        annee_construction=1965,
        position=position,
        nombre_niveaux=1,
        hauteur_sous_plafond_m=2.5,
    )
    return SimpleDescription(logement=replace(base, **logement))


def with_logement(description: SimpleDescription, **changes: Any) -> SimpleDescription:
    return replace(description, logement=replace(description.logement, **changes))
