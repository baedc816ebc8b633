"""Sums of the envelope losses (method chapter 3): DP by family, PT, GV and Sdep."""

from __future__ import annotations

from operator import attrgetter

from calculators.dpe.engine.envelope.results import (
    BridgeLoss,
    DoorLoss,
    EnvelopeResult,
    OpaqueLoss,
    WindowLoss,
)

_LOSS = attrgetter("loss_w_k")
"""Each element's loss [W/K], read in C (the sums run for every dwelling)."""


def envelope_totals(
    *,
    walls: tuple[OpaqueLoss, ...],
    low_floors: tuple[OpaqueLoss, ...],
    roofs: tuple[OpaqueLoss, ...],
    windows: tuple[WindowLoss, ...],
    doors: tuple[DoorLoss, ...],
    bridges: tuple[BridgeLoss, ...],
    air_renewal_w_k: float | None,
    warnings: tuple[str, ...] = (),
    cross_checks: tuple[str, ...] = (),
    complete: bool | None = None,
) -> EnvelopeResult:
    """The :class:`EnvelopeResult` of the elements given (§3).

    DP_paroi = Σ b·S·U per family; PT = Σ k·l (no b, §3.4); GV = ΣDP + PT + DR when DR, the
    air-renewal losses of §4 [W/K], is given; Ubât = (ΣDP + PT) / Σ S of the elements with
    b > 0 (arrêté du 31 mars 2021, annexe 8, §1.2). ``complete`` defaults to « no warnings »;
    a caller whose warnings include defaults it assumed (not elements left out) passes it.
    """
    dp_mur = sum(map(_LOSS, walls))
    dp_pb = sum(map(_LOSS, low_floors))
    dp_ph = sum(map(_LOSS, roofs))
    dp_baie = sum(map(_LOSS, windows))
    dp_porte = sum(map(_LOSS, doors))
    pt = sum(map(_LOSS, bridges))
    parois = dp_mur + dp_pb + dp_ph + dp_baie + dp_porte + pt
    sdep = sum(
        item.surface_m2
        for family in (walls, roofs, windows, doors)
        for item in family
        if item.b > 0
    )
    losing_area = sdep + sum(item.surface_m2 for item in low_floors if item.b > 0)
    return EnvelopeResult(
        walls=walls,
        low_floors=low_floors,
        roofs=roofs,
        windows=windows,
        doors=doors,
        bridges=bridges,
        deperdition_mur=dp_mur,
        deperdition_plancher_bas=dp_pb,
        deperdition_plancher_haut=dp_ph,
        deperdition_baie_vitree=dp_baie,
        deperdition_porte=dp_porte,
        deperdition_pont_thermique=pt,
        deperdition_parois=parois,
        deperdition_renouvellement_air=air_renewal_w_k,
        deperdition_enveloppe=None if air_renewal_w_k is None else parois + air_renewal_w_k,
        surface_deperditive_m2=sdep,
        ubat_w_m2k=parois / losing_area if losing_area > 0 else None,
        complete=not warnings if complete is None else complete,
        warnings=warnings,
        cross_checks=cross_checks,
    )
