"""Role of each generator of an ADEME installation and its part within the role (§9).

The configuration (``enum_cfg_installation_ch_id``) says which roles exist; the link between
generators and emitters (``enum_lien_generateur_emetteur_id``: 1 main, 2 back-up, 3 bathroom)
says who plays which. Where two generators share the main emitters, the method names them: the
wood boiler is relieved by the other (§9.1.4.1), the heat pump by the boiler (§9.1.4.2). Between
generators of one role: relative nominal power for combustion generators (cascade, §13.2.1.3),
one emitter each when there are as many emitters as generators, else equal parts (§9.10).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from calculators.dpe.ademe.systems import InstallationChauffage
from calculators.dpe.engine.heating.generator_types import (
    BOILERS,
    HEAT_PUMPS,
    WOOD_BOILERS,
    GeneratorType,
)
from calculators.dpe.engine.heating.installations import Role, parts_by_power

MAIN, BACKUP, BATHROOM = 1, 2, 3
LINK_ROLES = {
    3: {BACKUP: Role.APPOINT},
    4: {BATHROOM: Role.SALLE_DE_BAINS},
    5: {BACKUP: Role.APPOINT, BATHROOM: Role.SALLE_DE_BAINS},
    7: {BACKUP: Role.APPOINT},
    9: {BACKUP: Role.APPOINT},
}
"""Roles given by the generator-emitter link, per configuration (others are main)."""
RELIEF_CONFIGURATIONS = {6: WOOD_BOILERS, 8: HEAT_PUMPS, 9: HEAT_PUMPS}
BI_JUNCTION = 11
"""Configurations where a boiler relieves a main generator of the given families."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class Assignment(NamedTuple):
    """Role, part within the role and fed emitters (indices) of one generator (index); a
    generator playing two roles (bi-junction convector, §9.9) has two assignments."""

    generator: int
    role: Role
    part_in_role: float
    emitters: tuple[int, ...]


def assign(
    installation: InstallationChauffage,
    kinds: Sequence[GeneratorType],
    powers_kw: Sequence[float | None],
    warnings: list[str],
    where: str,
) -> tuple[Assignment, ...]:
    """Role, part and emitters of every generator of a configuration other than §9.8."""
    cfg = installation.enum_cfg_installation_ch_id
    gens = installation.generateurs
    if cfg == BI_JUNCTION:
        return _bi_junction(installation)
    roles = [
        LINK_ROLES.get(cfg, {}).get(g.enum_lien_generateur_emetteur_id or MAIN, Role.PRINCIPAL)
        for g in gens
    ]
    _relief(cfg, kinds, roles, warnings, where)
    emitters = [_fed(installation, g.enum_lien_generateur_emetteur_id) for g in gens]
    parts = [1.0] * len(gens)
    for role in set(roles):
        members = [i for i, r in enumerate(roles) if r is role]
        if len(members) < 2:
            continue
        powers = [powers_kw[i] or 0.0 for i in members]
        shared = emitters[members[0]]
        surfaces = [installation.emetteurs[e].surface_chauffee for e in shared]
        if all(powers) and all(kinds[i].technology is not None for i in members):
            for i, part in zip(members, parts_by_power(powers), strict=True):
                parts[i] = part
        elif (
            len(shared) == len(members)
            and all(emitters[i] == shared for i in members)
            and sum(surfaces) > 0
        ):
            for i, emitter, surface in zip(members, shared, surfaces, strict=True):
                emitters[i] = (emitter,)
                parts[i] = surface / sum(surfaces)
        else:
            for i in members:
                parts[i] = 1 / len(members)
    return tuple(
        Assignment(i, role, part, fed)
        for i, (role, part, fed) in enumerate(zip(roles, parts, emitters, strict=True))
    )


def _relief(
    cfg: int, kinds: Sequence[GeneratorType], roles: list[Role], warnings: list[str], where: str
) -> None:
    """Turn the relieving boiler of §9.1.4.1–9.1.4.2 (and §9.7) into ``Role.RELEVE``."""
    mains = RELIEF_CONFIGURATIONS.get(cfg)
    if mains is None:
        return
    candidates = [i for i, r in enumerate(roles) if r is Role.PRINCIPAL]
    main = [i for i in candidates if kinds[i].famille in mains]
    relief = [i for i in candidates if i not in main]
    if len(main) == 1 and relief and all(
        kinds[i].famille in BOILERS | WOOD_BOILERS or kinds[i].hybride for i in relief
    ):
        for i in relief:
            roles[i] = Role.RELEVE
        return
    if len(candidates) >= 2:
        for i in candidates[1:]:
            roles[i] = Role.RELEVE
        warnings.append(
            f"{where} : générateurs principal et de relève non identifiables par leur type "
            "(§9.1.4) ; ordre de saisie retenu"
        )


def _fed(installation: InstallationChauffage, link: int | None) -> tuple[int, ...]:
    """Emitters with the generator's link; all emitters when none matches (single emitter)."""
    matching = tuple(
        i for i, e in enumerate(installation.emetteurs)
        if (e.enum_lien_generateur_emetteur_id or MAIN) == (link or MAIN)
    )
    return matching or tuple(range(len(installation.emetteurs)))


def _bi_junction(installation: InstallationChauffage) -> tuple[Assignment, ...]:
    """Bi-junction convectors (§9.9): each generator serves the collective circuit (main role,
    the collective twins of the emitters, listed after them) and its own resistance (back-up,
    the emitters themselves); generators share each circuit equally."""
    count = len(installation.emetteurs)
    own = tuple(range(count))
    twins = tuple(range(count, 2 * count))
    part = 1 / len(installation.generateurs)
    return tuple(
        assignment
        for i in range(len(installation.generateurs))
        for assignment in (
            Assignment(i, Role.PRINCIPAL, part, twins),
            Assignment(i, Role.APPOINT, part, own),
        )
    )
