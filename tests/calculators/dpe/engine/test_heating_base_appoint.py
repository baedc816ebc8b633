"""Collective base with individual back-up (3CL-DPE 2021, §9.8).

The worked example follows the text step by step on a one-month climate chosen so that the
arithmetic is short: Pe = 10 kW, DH14 season = 40 000 °C·h, Bch = 100 000 kWh → T = 14 − 10 ×
40 000 / 100 000 = 10 °C; January Text 5 °C, Tbase −10 °C, Nref 720 h → X = 0,5 × 20 / 15 =
0,666667, X⁵ = 0,131687, 14 − 28X + 20X² − 5X³ = 2,740741, DHT = 720 × 15 × X⁵ × 2,740741 =
3 897,94 °C·h against DH14 = 720 × 9 = 6 480 °C·h: the base covers 1 − 0,601534 = 0,398466 of
that month. Without a known base power, the back-up is sized for half the instantaneous need
at Tbase (our reading of « dimensionné pour assurer 50 % du besoin », see the module). Tolerance
1e-9 relative: the same closed formulas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.engine.heating import HeatingInputError, heating_from_ademe
from calculators.dpe.engine.heating.base_appoint import (
    MonthlyClimate,
    base_share,
    sizing_temperature,
    sizing_temperature_without_power,
)
from calculators.dpe.engine.needs_from_ademe import glazing_from_intermediaire, needs_from_ademe
from tests.calculators.dpe.engine.auxiliaries_corpus import official_depensier_need
from tests.calculators.dpe.engine.systems_corpus import corpus

REL = 1e-9
ONE_MONTH = MonthlyClimate(
    dh14=(6480,) + (0,) * 11,
    nref=(720,) + (0,) * 11,
    text=(5,) + (None,) * 11,
    tbase_c=-10,
)


def test_sizing_temperature() -> None:
    assert sizing_temperature(10, 100_000, 40_000) == pytest.approx(10, rel=REL)


def test_base_share_one_month_worked_example() -> None:
    # The season's DH14 enters T; here the climate holds one month, so DH14 season = 6 480 and
    # we scale Pe to keep T = 10 °C: Pe × 6 480 / 100 000 = 4 → Pe = 61,728395 kW.
    months = (100_000,) + (0,) * 11
    assert base_share(4 * 100_000 / 6480, months, ONE_MONTH) == pytest.approx(
        0.39846568104455604, rel=REL
    )


def test_a_powerful_base_covers_everything() -> None:
    months = (100_000,) + (0,) * 11
    # T below Tbase: X ≤ 0, no degree-hour below T, the base takes all.
    assert base_share(1000, months, ONE_MONTH) == 1.0


def test_unknown_base_power_sizes_the_back_up_for_half_the_need_at_tbase() -> None:
    # « L'appoint est supposé être dimensionné pour assurer 50 % du besoin », read as power:
    # T = 14 − 0,5 × (14 − (−10)) = 2 °C, whatever the need. January: X = 0,5 × 12 / 15 = 0,4,
    # X⁵ = 0,01024, 14 − 11,2 + 3,2 − 0,32 = 5,68, DHT = 720 × 15 × 0,01024 × 5,68 =
    # 628,16256 °C·h, the base covers 1 − 628,16256 / 6 480 = 0,903061.
    assert sizing_temperature_without_power(-10) == pytest.approx(2, rel=REL)
    months = (100_000,) + (0,) * 11
    assert base_share(None, months, ONE_MONTH) == pytest.approx(1 - 628.16256 / 6480, rel=REL)
    assert base_share(None, tuple(m / 10 for m in months), ONE_MONTH) == pytest.approx(
        1 - 628.16256 / 6480, rel=REL
    )


def test_months_outside_the_season_stay_with_the_base() -> None:
    # A need in a month without heating data (Text None) is left to the base.
    months = (50_000, 50_000) + (0,) * 10
    share = base_share(4 * 50_000 / 6480, months, ONE_MONTH)
    assert 0.5 < share < 1


def test_twelve_months_are_required() -> None:
    with pytest.raises(HeatingInputError, match="douze"):
        base_share(10, (1.0,) * 11, ONE_MONTH)


BASE_APPOINT = 10
"""``enum_cfg_installation_ch_id`` of §9.8."""
KNOWN_BASE_APPOINT_MISS = {"2293E1394343F.xml"}
"""Base of known (virtualised) power: the certified engine's base covers 94 %, ours 58 %."""


@pytest.mark.corpus
def test_base_appoint_files_with_the_needs_stage_monthly_needs(shared_dir: Path) -> None:
    # The 12 §9.8 files of the corpus, heated from their official annual needs spread over the
    # months as our needs stage spreads them (NeedsResult.besoin_ch_mensuel and its dépensier
    # twin): the official conso_ch within the brief's 5 % (certified engines round their
    # intermediate values). Measured: 11/12, the five bases of unknown power between −4,1 % and
    # +0,3 % (the text's « 50 % of the energy » gave +20 %, +19 %, −7,8 %).
    checked = 0
    for name, dpe in corpus(shared_dir):
        installations = dpe.inputs.systemes.installations_chauffage
        if not any(i.enum_cfg_installation_ch_id == BASE_APPOINT for i in installations):
            continue
        official = dpe.outputs.apport_et_besoin
        needs = needs_from_ademe(
            dpe.inputs,
            dpe.outputs.deperdition.deperdition_enveloppe,
            glazing_from_intermediaire(dpe.inputs.enveloppe),
        )
        assert sum(needs.besoin_ch_mensuel) == pytest.approx(needs.besoin_ch, rel=REL)
        assert sum(needs.besoin_ch_depensier_mensuel) == pytest.approx(
            needs.besoin_ch_depensier, rel=REL
        )
        depensier = official_depensier_need(dpe)
        result = heating_from_ademe(
            dpe.inputs,
            official.besoin_ch,
            depensier,
            dpe.outputs.deperdition.deperdition_enveloppe,
            besoin_ch_mensuel_kwh=_scaled(needs.besoin_ch_mensuel, official.besoin_ch),
            besoin_ch_depensier_mensuel_kwh=_scaled(needs.besoin_ch_depensier_mensuel, depensier),
        )
        assert not any("besoins mensuels absents" in w for w in result.warnings), name
        error = result.conso_ch_kwh / dpe.outputs.ef_conso.conso_ch - 1
        checked += 1
        assert abs(error) <= 0.05 or name in KNOWN_BASE_APPOINT_MISS, f"{name} : {error:+.1%}"
    assert checked == 12


def _scaled(monthly: tuple[float, ...], annual_kwh: float) -> list[float]:
    """Our monthly profile brought to the official annual need [kWh]."""
    total = sum(monthly)
    return [b * annual_kwh / total for b in monthly]
