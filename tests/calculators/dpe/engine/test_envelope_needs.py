"""The needs stage fed by the envelope stage: windows' Sw, Fe1, Fe2 and Sdep (§4, §6.2).

:func:`glazing_from_envelope` and ``needs_from_ademe(..., envelope=...)`` replace the certified
engine's intermediate Sw/Fe and the Sdep read from the file's own b values by ours. Reference
for the corpus check: each file's ``sortie/apport_et_besoin`` and each ventilation's
``donnee_intermediaire``, with the file's official GV so that only the windows and Sdep differ
between the two runs. Tolerances are those of the needs corpus test (1 % and 5 %); the check is
that no quantity loses files when our envelope figures replace the certified ones.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.climate import GlazingOrientation, GlazingTilt
from calculators.dpe.engine.envelope import envelope_losses
from calculators.dpe.engine.envelope.conventions import conventions_for
from calculators.dpe.engine.gains import Glazing
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.needs_from_ademe import (
    glazing_from_envelope,
    glazing_from_intermediaire,
    needs_from_ademe,
)
from tests.calculators.dpe.engine.needs_support import iter_corpus, relative_gap, share_within
from tests.calculators.dpe.engine.test_envelope_from_ademe import house

FORMULA = 1e-9
IMPLAUSIBLE_F = 0.999
"""LICIEL writes F = 1.0: not a fraction of the need (as in the needs corpus test)."""


def test_glazing_from_envelope_takes_our_window_factors() -> None:
    # The house's window: 6 m² facing south (orientation 1), vertical, double glazing in PVC
    # casement: Sw 0.48 (§6.2.1), no mask: Fe = 1 × 1.
    dpe = house()
    glazing = glazing_from_envelope(dpe.enveloppe, envelope_losses(dpe))
    assert glazing == (
        Glazing(
            6.0, sw=0.48, fe=1.0, orientation=GlazingOrientation.SUD, tilt=GlazingTilt.VERTICAL
        ),
    )


def test_a_window_left_out_by_the_envelope_has_no_glazing() -> None:
    dpe = house()
    without = dataclasses.replace(envelope_losses(dpe), windows=())
    assert glazing_from_envelope(dpe.enveloppe, without) == (None,)


def _with_certified_windows(dpe: DpeFile) -> NeedsResult:
    assert dpe.outputs is not None
    return needs_from_ademe(
        dpe.inputs,
        dpe.outputs.deperdition.deperdition_enveloppe,
        glazing_from_intermediaire(dpe.inputs.enveloppe),
        conventions=conventions_for(dpe.metadata.usr_logiciel_id),
    )


def _with_our_envelope(dpe: DpeFile) -> NeedsResult:
    assert dpe.outputs is not None
    envelope = envelope_losses(dpe.inputs, software_id=dpe.metadata.usr_logiciel_id)
    return needs_from_ademe(
        dpe.inputs,
        dpe.outputs.deperdition.deperdition_enveloppe,
        glazing_from_envelope(dpe.inputs.enveloppe, envelope),
        envelope=envelope,
        conventions=conventions_for(dpe.metadata.usr_logiciel_id),
    )


def _gaps(dpe: DpeFile, needs: NeedsResult) -> dict[str, float | None]:
    assert dpe.outputs is not None
    official = dpe.outputs.apport_et_besoin
    ventilations = dpe.inputs.systemes.ventilations
    fraction = official.fraction_apport_gratuit_ch
    return {
        "hvent": relative_gap(
            needs.hvent_w_k or 0.0, sum(v.intermediaire.hvent for v in ventilations)
        ),
        "hperm": relative_gap(
            needs.hperm_w_k or 0.0, sum(v.intermediaire.hperm for v in ventilations)
        ),
        "sse": relative_gap(needs.surface_sud_equivalente, official.surface_sud_equivalente),
        "apport_solaire": relative_gap(
            needs.apport_solaire_ch, official.apport_solaire_ch, kwh_or_wh=True
        ),
        "fraction": None
        if fraction is None or fraction >= IMPLAUSIBLE_F
        else relative_gap(needs.fraction_apport_gratuit_ch, fraction),
        "besoin_ch": relative_gap(needs.besoin_ch, official.besoin_ch),
    }


@pytest.fixture(scope="module")
def both_runs(shared_dir: Path) -> dict[str, list[dict[str, float | None]]]:
    runs: dict[str, list[dict[str, float | None]]] = {"certified": [], "ours": []}
    for dpe in iter_corpus(shared_dir):
        runs["certified"].append(_gaps(dpe, _with_certified_windows(dpe)))
        runs["ours"].append(_gaps(dpe, _with_our_envelope(dpe)))
    return runs


@pytest.mark.corpus
@pytest.mark.parametrize(
    "quantity", ["hvent", "hperm", "sse", "apport_solaire", "fraction", "besoin_ch"]
)
@pytest.mark.parametrize("tolerance", [0.01, 0.05])
def test_needs_do_not_get_worse_with_our_window_factors_and_sdep(
    both_runs: dict[str, list[dict[str, float | None]]], quantity: str, tolerance: float
) -> None:
    certified = share_within([g[quantity] for g in both_runs["certified"]], tolerance)
    ours = share_within([g[quantity] for g in both_runs["ours"]], tolerance)
    print(f"\n{quantity} à {tolerance:.0%} : {certified[0]:.1%} → {ours[0]:.1%}")
    assert ours[1] >= certified[1]
