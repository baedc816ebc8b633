"""Consumption of an installation from its need (3CL-DPE 2021, §9.1–9.7, §9.9–9.11).

Each expected consumption is the method's formula written out with the example's numbers
(Cch = share × Bch × Σ Sh_e/Sh × INT_e / (Rg × Re × Rd × Rr)); the shares are those printed in
§9.1.4, §9.3–9.7 and §9.9. Tolerance 1e-12 relative: same arithmetic in both.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.installations import (
    Emission,
    GeneratorPart,
    Role,
    consumptions,
    parts_by_power,
    role_shares,
)

REL = 1e-12
FLOOR = Emission(surface_m2=60, intermittence=0.85, re=1.0, rd=0.95, rr=0.95)
RADIATORS = Emission(surface_m2=40, intermittence=0.88, re=0.95, rd=0.95, rr=0.95)
STOVE = Emission(surface_m2=100, intermittence=0.86, re=0.95, rd=1.0, rr=0.8)


@pytest.mark.parametrize(
    ("configuration", "expected"),
    [
        (1, {Role.PRINCIPAL: 1.0}),
        (3, {Role.PRINCIPAL: 0.75, Role.APPOINT: 0.25}),  # §9.3
        (4, {Role.PRINCIPAL: 0.9, Role.SALLE_DE_BAINS: 0.1}),  # §9.4
        (5, {Role.PRINCIPAL: 0.675, Role.APPOINT: 0.225, Role.SALLE_DE_BAINS: 0.1}),  # §9.5
        (6, {Role.PRINCIPAL: 0.75, Role.RELEVE: 0.25}),  # §9.1.4.1
        (8, {Role.PRINCIPAL: 0.8, Role.RELEVE: 0.2}),  # §9.1.4.2
        (9, {Role.PRINCIPAL: 0.6, Role.RELEVE: 0.15, Role.APPOINT: 0.25}),  # §9.7
        (11, {Role.PRINCIPAL: 0.6, Role.APPOINT: 0.4}),  # §9.9
    ],
)
def test_role_shares(configuration: int, expected: dict[Role, float]) -> None:
    assert role_shares(configuration) == pytest.approx(expected, rel=REL)


def test_solar_and_hybrid_shares() -> None:
    # §9.6: 0,75 (1 − Fch) and 0,25 (1 − Fch) with Fch = 0,2.
    assert role_shares(7, fch=0.2) == pytest.approx({Role.PRINCIPAL: 0.6, Role.APPOINT: 0.2})
    # §9.2: (1 − Fch) for the single generator.
    assert role_shares(2, fch=0.3) == pytest.approx({Role.PRINCIPAL: 0.7})
    # §9.1.4.3 in H2: 83 % heat pump, 17 % boiler.
    assert role_shares(8, hybrid_share=0.83) == pytest.approx(
        {Role.PRINCIPAL: 0.83, Role.RELEVE: 0.17}
    )
    with pytest.raises(HeatingInputError, match="Fch"):
        role_shares(2)
    with pytest.raises(HeatingInputError, match="base \\+ appoint"):
        role_shares(10)


def test_one_generator_two_emitters_worked_example() -> None:
    # §9.1.3: Bch 10 000 kWh, Rg 0,9, a floor on 60 m² and radiators on 40 m².
    gen = GeneratorPart(Role.PRINCIPAL, 1.0, 0.9, 0.92, (0, 1))
    (result,) = consumptions(10_000, 12_000, [FLOOR, RADIATORS], [gen], role_shares(1))
    expected = 10_000 * (
        0.6 * 0.85 / (0.9 * 1.0 * 0.95 * 0.95) + 0.4 * 0.88 / (0.9 * 0.95 * 0.95 * 0.95)
    )
    assert result.conso_kwh == pytest.approx(expected, rel=REL)
    dep = 12_000 * (
        0.6 * 0.85 / (0.92 * 1.0 * 0.95 * 0.95) + 0.4 * 0.88 / (0.92 * 0.95 * 0.95 * 0.95)
    )
    assert result.conso_depensier_kwh == pytest.approx(dep, rel=REL)
    assert result.besoin_couvert_kwh == pytest.approx(10_000, rel=REL)


def test_back_up_stove_worked_example() -> None:
    # §9.3: Cch1 = 0,75 Bch INT1 Ich1 (boiler Rg 0,9 on the floor), Cch2 = 0,25 Bch INT2 Ich2
    # (stove Rg 0,6, Re 0,95, Rr 0,8).
    boiler = GeneratorPart(Role.PRINCIPAL, 1.0, 0.9, 0.9, (0,))
    stove = GeneratorPart(Role.APPOINT, 1.0, 0.6, 0.6, (1,))
    main, back_up = consumptions(8000, 8000, [FLOOR, STOVE], [boiler, stove], role_shares(3))
    assert main.conso_kwh == pytest.approx(0.75 * 8000 * 0.85 / (0.9 * 0.95 * 0.95), rel=REL)
    assert back_up.conso_kwh == pytest.approx(0.25 * 8000 * 0.86 / (0.6 * 0.95 * 0.8), rel=REL)


def test_cascade_parts_and_missing_role() -> None:
    # §13.2.1.3: Prel = Pn_i / ΣPn → 24 and 16 kW share 0,6 / 0,4.
    assert parts_by_power([24, 16]) == pytest.approx((0.6, 0.4), rel=REL)
    stray = GeneratorPart(Role.SALLE_DE_BAINS, 1.0, 1.0, 1.0, (0,))
    with pytest.raises(HeatingInputError, match="rôle"):
        consumptions(1000, 1000, [FLOOR], [stray], role_shares(1))


def test_dépensier_shares_can_differ() -> None:
    # §9.8 gives each behaviour its own base share: 0,9 / 0,1 conventional, 0,8 / 0,2 dépensier.
    base = GeneratorPart(Role.PRINCIPAL, 1.0, 1.0, 1.0, (0,))
    back = GeneratorPart(Role.APPOINT, 1.0, 1.0, 1.0, (0,))
    unit = Emission(surface_m2=1, intermittence=1, re=1, rd=1, rr=1)
    first, second = consumptions(
        100, 200, [unit], [base, back],
        {Role.PRINCIPAL: 0.9, Role.APPOINT: 0.1}, {Role.PRINCIPAL: 0.8, Role.APPOINT: 0.2},
    )
    assert (first.conso_kwh, second.conso_kwh) == pytest.approx((90, 10), rel=REL)
    assert (first.conso_depensier_kwh, second.conso_depensier_kwh) == pytest.approx((160, 40))


def test_negative_need_is_refused() -> None:
    gen = GeneratorPart(Role.PRINCIPAL, 1.0, 0.9, 0.9, (0,))
    with pytest.raises(HeatingInputError, match="besoin de chauffage"):
        consumptions(-1, 0, [FLOOR], [gen], role_shares(1))
