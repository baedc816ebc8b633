"""A collective base with individual back-up in an ADEME installation (§9.8).

The base is the first generator linked to the main emitters, the others are back-ups; when all
share the same link, the first emitter belongs to the base and the others to the back-ups (as
the data model lists them). The base's useful power Pe = Pn × Rd × Rr × Re and the monthly
needs give its share (:func:`~.base_appoint.base_share`); the monthly needs come from the needs
stage (conventional and *dépensier*); when the caller has none, the annual needs are spread over
the months by heating degree-hours (DH19, DH21).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calculators.dpe.ademe.systems import InstallationChauffage
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.heating.ademe_roles import MAIN, Assignment
from calculators.dpe.engine.heating.base_appoint import MonthlyClimate, base_share
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.installations import Emission, Role

ClimateKey = tuple[ClimateZone, AltitudeClass, bool]
"""Zone, altitude class and « parois anciennes » (§18.3) of the dwelling."""
Needs = tuple[float, float, tuple[float, ...] | None, tuple[float, ...] | None]
"""Annual need, annual *dépensier* need [kWh/yr], and the conventional and *dépensier* monthly
needs when known [kWh]."""


@dataclass(frozen=True, slots=True)
class BaseAppointSplit:
    """Assignments and role shares of both behaviours, with notes for the warnings."""

    assignments: tuple[Assignment, ...]
    shares: dict[Role, float]
    shares_depensier: dict[Role, float]
    notes: tuple[str, ...]


def base_appoint(
    inst: InstallationChauffage,
    emissions: Sequence[Emission],
    powers_kw: Sequence[float | None],
    needs: Needs,
    climate_key: ClimateKey,
    tbase_c: float,
) -> BaseAppointSplit:
    """Split of a §9.8 installation between its collective base and individual back-ups."""
    gens = inst.generateurs
    links = [g.enum_lien_generateur_emetteur_id or MAIN for g in gens]
    emitter_links = [e.enum_lien_generateur_emetteur_id or MAIN for e in inst.emetteurs]
    base = links.index(MAIN) if MAIN in links else 0
    backups = [i for i in range(len(gens)) if i != base]
    if not backups:
        raise HeatingInputError("base + appoint sans générateur d'appoint.", field="appoint")
    base_emitters = tuple(j for j, link in enumerate(emitter_links) if link == links[base])
    own = {i: tuple(j for j, link in enumerate(emitter_links) if link == links[i]) for i in backups}
    if len(base_emitters) > 1 and any(own[i] == base_emitters for i in backups):
        rest = base_emitters[1:]
        base_emitters = base_emitters[:1]
        own = {i: rest if links[i] == links[base] else own[i] for i in backups}
    base_emitters = base_emitters or (0,)
    first = emissions[base_emitters[0]]
    pn = powers_kw[base]
    pe = pn * first.rd * first.rr * first.re if pn else None
    need, need_dep, monthly, monthly_dep = needs
    climate = monthly_climate(*climate_key)
    split = MonthlyClimate(climate.dh14, climate.nref19, climate.text, tbase_c)
    notes = []
    if monthly is None:
        monthly = _spread(need, climate.dh19)
        monthly_dep = monthly_dep or _spread(need_dep, climate.dh21)
    elif monthly_dep is None:
        monthly_dep = tuple(b * need_dep / need if need else 0.0 for b in monthly)
    f = base_share(pe, monthly, split)
    f_dep = base_share(pe, monthly_dep, split)
    if needs[2] is None and 0 < f < 1:
        notes.append("besoins mensuels absents : besoin annuel réparti selon les degrés-heures")
    if pe is None:
        notes.append(
            "puissance de la base inconnue : appoint dimensionné pour 50 % du besoin à la "
            "température de base (§9.8)"
        )
    part = 1 / len(backups)
    assignments = tuple(
        Assignment(i, Role.PRINCIPAL, 1.0, base_emitters) if i == base
        else Assignment(i, Role.APPOINT, part, own[i] or base_emitters)
        for i in range(len(gens))
    )
    return BaseAppointSplit(
        assignments,
        {Role.PRINCIPAL: f, Role.APPOINT: 1 - f},
        {Role.PRINCIPAL: f_dep, Role.APPOINT: 1 - f_dep},
        tuple(notes),
    )


def _spread(total: float, weights: Sequence[float]) -> tuple[float, ...]:
    s = sum(weights)
    return tuple(total * w / s if s else 0.0 for w in weights)
