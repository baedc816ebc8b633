"""Heating consumption of one installation from its need (3CL-DPE 2021, §9.1–9.7, §9.9–9.11).

Cch = Bch × Σ_generators share × Σ_emitters (Sh_e / Sh) × INT_e / (Rg × Re_e × Rd_e × Rr_e)
(§9.1.2–9.1.3, §9.10). The share of each generator comes from the configuration of the
installation (base, back-up stove, bathroom heater, boiler relieving a heat pump or a wood
boiler, solar, bi-junction convector: ``coefficients.json``, §9.1.4–9.9) and, between
generators of the same role, from their relative nominal power (cascade, §13.2.1.3), their
pairing with emitters, or equal parts (§9.10, powers unknown). The collective base + back-up
configuration (§9.8) is in :mod:`~.base_appoint`.

Needs and consumptions are in kWh/yr (PCI); efficiencies and shares are fractions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import (
    HeatingInputError,
    require_fraction,
    require_positive,
)


class Role(StrEnum):
    """Place of a generator in its installation (§9.1.1 base, back-up, bathroom emitters)."""

    PRINCIPAL = "principal"
    APPOINT = "appoint"
    """Back-up (a stove or insert, §9.3; the individual circuit of a bi-junction, §9.9)."""
    SALLE_DE_BAINS = "salle_de_bains"
    RELEVE = "releve"
    """Boiler relieving a heat pump or a wood boiler (§9.1.4.1, §9.1.4.2)."""


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class Emission(NamedTuple):
    """One emitter with its distribution and regulation: heated surface [m²], INT [-] (§8),
    Re, Rd, Rr [-] (§12.1–12.3)."""

    surface_m2: float
    intermittence: float
    re: float
    rd: float
    rr: float


class GeneratorPart(NamedTuple):
    """A generator of the installation: its role, its part within the role (cascade, pairing;
    1 when alone), its generation efficiency Rg or SCOP for the conventional and the
    *dépensier* behaviours, and the indices of the emitters it feeds."""

    role: Role
    part_in_role: float
    rg: float
    rg_depensier: float
    emitters: tuple[int, ...]


class GeneratorConsumption(NamedTuple):
    """Need covered [kWh/yr] and final consumption [kWh/yr, PCI] of one generator."""

    besoin_couvert_kwh: float
    besoin_couvert_depensier_kwh: float
    conso_kwh: float
    conso_depensier_kwh: float


def role_shares(
    configuration_id: int, fch: float | None = None, hybrid_share: float | None = None
) -> Mapping[Role, float]:
    """Share of the installation's need by role for an ADEME configuration id (1–9, 11).

    ``fch``: solar coverage of heating (§9.2, §9.6; configurations 2 and 7); ``hybrid_share``:
    the heat pump's share for a hybrid heat pump (§9.1.4.3), replacing the 0,8 / 0,2 of §9.1.4.2.
    """
    parts = coefficients().parts_configuration.get(configuration_id)
    if parts is None or parts.get("base_appoint_collectif"):
        raise HeatingInputError(
            f"configuration d'installation {configuration_id} : pas de répartition simple "
            "(voir §9.8 pour la base + appoint collective).",
            field="configuration de l'installation",
        )
    if hybrid_share is None and not parts.get("solaire"):
        return _configuration_shares(configuration_id)
    shares = dict(_configuration_shares(configuration_id))
    if hybrid_share is not None:
        heat_pump = require_fraction(hybrid_share, "part de la PAC hybride")
        shares[Role.PRINCIPAL], shares[Role.RELEVE] = heat_pump, 1 - heat_pump
    if parts.get("solaire"):
        if fch is None:
            raise HeatingInputError(
                "installation avec chauffage solaire : facteur de couverture Fch manquant.",
                field="Fch",
            )
        solar = 1 - require_fraction(fch, "Fch")
        shares = {role: share * solar for role, share in shares.items()}
    return shares


@cache
def _configuration_shares(configuration_id: int) -> Mapping[Role, float]:
    """The shares by role of ``coefficients.json`` for a configuration, read once (read-only)."""
    parts = coefficients().parts_configuration[configuration_id]
    roles = set(Role)
    return MappingProxyType({Role(k): float(v) for k, v in parts.items() if k in roles})


def parts_by_power(powers_kw: Sequence[float]) -> tuple[float, ...]:
    """Relative powers Prel of generators sharing one role (cascade, §13.2.1.3)."""
    total = sum(require_positive(p, "puissance nominale") for p in powers_kw)
    return tuple(p / total for p in powers_kw)


def consumptions(
    besoin_kwh: float,
    besoin_depensier_kwh: float,
    emissions: Sequence[Emission],
    generators: Sequence[GeneratorPart],
    shares: Mapping[Role, float],
    shares_depensier: Mapping[Role, float] | None = None,
) -> tuple[GeneratorConsumption, ...]:
    """Consumption of each generator of an installation from the installation's need (§9.1).

    Emitters fed by a generator count in proportion of their heated surface among them.
    ``shares_depensier``: role shares of the *dépensier* behaviour when they differ (§9.8).
    """
    dep_shares = shares if shares_depensier is None else shares_depensier
    need = require_positive(besoin_kwh, "besoin de chauffage", allow_zero=True)
    need_dep = require_positive(besoin_depensier_kwh, "besoin dépensier", allow_zero=True)
    results = []
    for gen in generators:
        share = shares.get(gen.role)
        if share is None:
            raise HeatingInputError(
                f"générateur de rôle « {gen.role} » inattendu dans cette configuration.",
                field="lien générateur-émetteur",
            )
        fed = [emissions[i] for i in gen.emitters]
        if not fed:
            raise HeatingInputError("générateur sans émetteur associé.", field="émetteurs")
        surface = sum([e.surface_m2 for e in fed])
        weights = [e.surface_m2 / surface if surface > 0 else 1 / len(fed) for e in fed]
        factor = sum(
            w * e.intermittence / (e.re * e.rd * e.rr) for w, e in zip(weights, fed, strict=True)
        )
        covered = share * gen.part_in_role
        covered_dep = dep_shares.get(gen.role, share) * gen.part_in_role
        results.append(
            GeneratorConsumption(
                besoin_couvert_kwh=covered * need,
                besoin_couvert_depensier_kwh=covered_dep * need_dep,
                conso_kwh=covered * need * factor / require_positive(gen.rg, "Rg"),
                conso_depensier_kwh=covered_dep * need_dep * factor
                / require_positive(gen.rg_depensier, "Rg dépensier"),
            )
        )
    return tuple(results)
