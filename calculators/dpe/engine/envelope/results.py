"""Typed results of the envelope stage: one record per element and the totals (W/K).

Totals carry the names of the ADEME ``sortie/deperdition`` fields they reproduce. Element indexes
are 1-based, in the order of the description (file order for an ADEME XML file).

The per-element records are read-only by convention but not ``frozen``: a frozen dataclass sets
each field through ``object.__setattr__``, and building the ≈ 30 records of a dwelling that way
was a fifth of the envelope stage's time on the ADEME corpus (a 15-field window record: 2.4 µs
frozen, 0.4 µs not). :class:`EnvelopeResult`, built once per dwelling, stays frozen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class OpaqueLoss:
    """A wall, low floor or roof: ``u_bare`` (Umur_nu, Upb0 or Uph0), ``u`` (Umur, Upb, Uph)
    and ``u_used`` (Ue for floors on the ground, a crawl space or a basement, else ``u``), all in
    W/(m²·K); ``surface_m2`` the opaque area [m²]; ``loss_w_k`` = b·S·U_used [W/K]."""

    index: int
    description: str | None
    surface_m2: float
    b: float
    u_bare: float | None
    u: float
    u_used: float
    loss_w_k: float


@dataclass(slots=True)
class WindowLoss:
    """A window or glazed door (all ``count`` identical ones together).

    U values in W/(m²·K): ``ug`` (None for glass brick or a value entered as Uw), ``uw``,
    ``ujn`` (None without shutter), ``u_used`` (Ujn with a shutter, else Uw). ``sw``, ``fe1``,
    ``fe2`` dimensionless for the free-gains stage (§6.2: Sse = Σ A·Sw·Fe1·Fe2·C1), with the
    ``orientation_id`` and ``inclination_id`` it needs; ``loss_w_k`` = b·A·U_used [W/K].
    """

    index: int
    description: str | None
    surface_m2: float
    b: float
    ug: float | None
    uw: float
    ujn: float | None
    u_used: float
    sw: float
    fe1: float
    fe2: float
    orientation_id: int
    inclination_id: int
    adjacency_id: int
    loss_w_k: float


@dataclass(slots=True)
class DoorLoss:
    """A door: area [m²], b, U [W/(m²·K)], loss b·S·U [W/K]."""

    index: int
    description: str | None
    surface_m2: float
    b: float
    u: float
    loss_w_k: float


@dataclass(slots=True)
class BridgeLoss:
    """A linear thermal bridge: ``junction_id`` (``type_liaison``), length [m], k [W/(m·K)],
    ``share`` (0.5 when shared with another lot, §3.4.2/§3.4.4), loss k·l·share [W/K]."""

    index: int
    description: str | None
    junction_id: int | None
    length_m: float
    k: float
    share: float
    loss_w_k: float


@dataclass(frozen=True, slots=True)
class EnvelopeResult:
    """Losses of the envelope by element and their sums [W/K] (method chapter 3).

    ``deperdition_enveloppe`` is GV = walls + floors + roofs + windows + doors + bridges + DR
    (§3), the ADEME field of that name; it is ``None`` unless the air-renewal losses DR (§4,
    another stage) were given. ``deperdition_parois`` is the same sum without DR. ``complete``
    is False when an element could not be computed: it is then left out of the sums and named
    in ``warnings``. ``cross_checks`` lists where the file's own table references disagree
    with what the method gives from the element's description.
    """

    walls: tuple[OpaqueLoss, ...]
    low_floors: tuple[OpaqueLoss, ...]
    roofs: tuple[OpaqueLoss, ...]
    windows: tuple[WindowLoss, ...]
    doors: tuple[DoorLoss, ...]
    bridges: tuple[BridgeLoss, ...]
    deperdition_mur: float
    deperdition_plancher_bas: float
    deperdition_plancher_haut: float
    deperdition_baie_vitree: float
    deperdition_porte: float
    deperdition_pont_thermique: float
    deperdition_parois: float
    deperdition_renouvellement_air: float | None
    deperdition_enveloppe: float | None
    surface_deperditive_m2: float
    """Sdep [m²]: « surface des parois déperditives hors plancher bas » (§4, for the
    air-renewal stage): walls, roofs, windows and doors with b > 0."""
    ubat_w_m2k: float | None
    """Ubât [W/(m²·K)], mean U of the envelope: (ΣDP + PT) / area of the elements with b > 0
    (arrêté du 31 mars 2021, annexe 8, §1.2); ``None`` without such elements."""
    complete: bool
    warnings: tuple[str, ...]
    cross_checks: tuple[str, ...]
