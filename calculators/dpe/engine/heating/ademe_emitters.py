"""Emitters of an ADEME installation → :class:`~.installations.Emission` (§8, §12.1–12.3).

Efficiencies and I0 are looked up by the physical criteria of the emitter (type of emission and
distribution, insulation, intermittence equipment, regulation, type of heating) through the
calculators of :mod:`~.efficiencies` and :mod:`~.intermittence`. Some criteria are not in the
data model: individual metering of collective heating, the kind of network of « autres
équipements » and, sometimes, the network's insulation; they are read from the table rows the
assessor chose (``tv_intermittence_id``, ``tv_rendement_distribution_ch_id``). When no row fits
the criteria, the assessor's row is used and a warning says so.
"""

from __future__ import annotations

from typing import NamedTuple

from calculators.dpe.ademe.systems import EmetteurChauffage, InstallationChauffage
from calculators.dpe.engine.heating.efficiencies import (
    distribution_efficiency,
    emission_efficiency,
    regulation_efficiency,
)
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.installations import Emission
from calculators.dpe.engine.heating.intermittence import (
    METERING,
    I0Table,
    IntermittenceCriteria,
    i0,
    i0_of,
    intermittence_factor,
)
from calculators.dpe.tables import value_row

AMBIGUOUS_NETWORK = 41
"""« Autres équipements »: the emitter fits every distribution row of §12.2."""
CENTRAL = 2
DIVIDED = 1
"""``enum_type_chauffage_id``: the collective I0 table of §8 has central heating only, so a
divided emitter of a collective installation (electric floor of a mixed flat) reads the
individual table."""
BI_JUNCTION = 11
HYBRID = 4
"""``enum_type_installation_id`` of a collective base with individual back-up (§9.8, §9.9)."""
"""``enum_cfg_installation_ch_id`` of bi-junction convectors (§9.9)."""
COLLECTIVE_EQUIPMENT = frozenset({1, 6, 7})
"""Intermittence equipment ids of the collective-heating table of §8."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class EmitterContext(NamedTuple):
    """What the emitters of one installation share: the I0 table family, the dwelling's
    inertia class, GV [W/K], mean ceiling height [m] and reference living area [m²]."""

    maison: bool
    classe_inertie_id: int
    gv_w_per_k: float
    hsp_m: float
    surface_reference_m2: float


def emissions_of(
    installation: InstallationChauffage, ctx: EmitterContext, label: str, warnings: list[str]
) -> tuple[Emission, ...]:
    """The emitters of ``installation`` as :class:`Emission` (in file order).

    A bi-junction installation (§9.9) is followed by the same emitters seen from the collective
    circuit: their I0 comes from the collective-heating table of §8.
    """
    generator = _generator_for(installation)
    own = tuple(
        _emission(installation, emitter, generator, ctx, f"{label}, émetteur {n}", warnings)
        for n, emitter in enumerate(installation.emetteurs, start=1)
    )
    if installation.enum_cfg_installation_ch_id != BI_JUNCTION:
        return own
    return own + tuple(
        emission._replace(
            intermittence=intermittence_factor(
                _collective_i0(emitter), ctx.gv_w_per_k, ctx.hsp_m, ctx.surface_reference_m2
            ),
        )
        for emission, emitter in zip(own, installation.emetteurs, strict=True)
    )


def _collective_i0(emitter: EmetteurChauffage) -> float:
    """I0 of the collective circuit of a bi-junction convector (§8, collective table)."""
    equipment = emitter.enum_equipement_intermittence_id
    criteria = IntermittenceCriteria(
        table=I0Table.IMMEUBLE_COLLECTIF,
        type_chauffage_id=CENTRAL,
        equipement_intermittence_id=equipment if equipment in COLLECTIVE_EQUIPMENT else 1,
        type_regulation_id=emitter.enum_type_regulation_id or 1,
        type_emission_distribution_id=emitter.enum_type_emission_distribution_id,
    )
    return i0(criteria)


def _generator_for(installation: InstallationChauffage) -> dict[int | None, int]:
    """Generator type feeding each generator-emitter link (the first listed)."""
    linked: dict[int | None, int] = {}
    for gen in installation.generateurs:
        linked.setdefault(gen.enum_lien_generateur_emetteur_id, gen.enum_type_generateur_ch_id)
    return linked


def _emission(
    installation: InstallationChauffage,
    emitter: EmetteurChauffage,
    generators: dict[int | None, int],
    ctx: EmitterContext,
    where: str,
    warnings: list[str],
) -> Emission:
    kind = emitter.enum_type_emission_distribution_id
    gen = generators.get(emitter.enum_lien_generateur_emetteur_id)
    if gen is None:
        gen = next(iter(generators.values()), 0)
    unknown = kind == AMBIGUOUS_NETWORK or emitter.reseau_distribution_isole is None
    network_row = emitter.tv_rendement_distribution_ch_id if unknown else None
    try:
        rd = distribution_efficiency(kind, emitter.reseau_distribution_isole, network_row)
    except HeatingInputError:
        rd = _from_row("rendement_distribution_ch", emitter.tv_rendement_distribution_ch_id, "rd")
        warnings.append(f"{where} : réseau de distribution non déterminé, ligne de table saisie")
    i0_value = _i0(installation, emitter, ctx, where, warnings)
    return Emission(
        surface_m2=emitter.surface_chauffee,
        intermittence=intermittence_factor(
            i0_value, ctx.gv_w_per_k, ctx.hsp_m, ctx.surface_reference_m2
        ),
        re=emission_efficiency(kind, gen),
        rd=rd,
        rr=regulation_efficiency(kind, gen),
    )


def _i0(
    installation: InstallationChauffage,
    emitter: EmetteurChauffage,
    ctx: EmitterContext,
    where: str,
    warnings: list[str],
) -> float:
    chosen = (
        None if emitter.tv_intermittence_id is None
        else value_row("intermittence", emitter.tv_intermittence_id)
    )
    if ctx.maison:
        table = I0Table.MAISON
    elif installation.enum_type_installation_id in (2, 3) or (
        installation.enum_type_installation_id == HYBRID
        and installation.enum_cfg_installation_ch_id != BI_JUNCTION
        and emitter is _collective_base_emitter(installation)
    ):
        table = I0Table.IMMEUBLE_COLLECTIF
    else:
        table = I0Table.IMMEUBLE_INDIVIDUEL
    heating = emitter.enum_type_chauffage_id or CENTRAL
    if table is I0Table.IMMEUBLE_COLLECTIF and heating == DIVIDED:
        table = I0Table.IMMEUBLE_INDIVIDUEL
    metered = chosen is not None and chosen["comptage_individuel"] == METERING[True]
    try:
        return i0_of(
            table,
            heating,
            emitter.enum_equipement_intermittence_id,
            emitter.enum_type_regulation_id or 1,
            emitter.enum_type_emission_distribution_id,
            ctx.classe_inertie_id,
            metered,
        )
    except HeatingInputError:
        if chosen is None:
            raise
        warnings.append(
            f"{where} : I0 introuvable pour ces critères (§8), valeur de la ligne saisie "
            f"{emitter.tv_intermittence_id} retenue"
        )
        return chosen.number("i0")


def _collective_base_emitter(installation: InstallationChauffage) -> EmetteurChauffage | None:
    """The emitter of the collective base of a hybrid collective-individual installation: the
    first one linked to the main generation (the others belong to the individual back-up)."""
    return next(
        (e for e in installation.emetteurs if (e.enum_lien_generateur_emetteur_id or 1) == 1),
        None,
    )


def _from_row(table: str, tv_id: int | None, column: str) -> float:
    if tv_id is None:
        raise HeatingInputError(
            f"{table} : ni critères suffisants ni ligne de table saisie.", field=table
        )
    return value_row(table, tv_id).number(column)
