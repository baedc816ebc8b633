"""The notice carried by a desk estimate of a new building.

A new dwelling is not assessed with the 3CL-DPE 2021 method of existing buildings: its energy
performance is the regulatory study of the building permit — the RE2020 (décret n° 2021-1004 du
29 juillet 2021 and arrêté du 4 août 2021, for permits filed from 1 January 2022; the RT 2012,
arrêté du 26 octobre 2010, before), from which its DPE is drawn (arrêté du 31 mars 2021, DPE
« issu d'une étude thermique réglementaire », methods 14 to 25 of ``methode_application_dpe_log``).
A 3CL estimate of a planned house is still useful at the desk, as an order of magnitude: it is
labelled so, in the result and in every output.
"""

from __future__ import annotations

from datetime import date

from calculators.dpe.simple.choices import TypeProjet
from calculators.dpe.simple.description import SimpleDescription

NOTICES: tuple[tuple[date, str], ...] = (
    (
        date(2013, 1, 1),
        "La RT 2012 s'applique aux bâtiments neufs ; cette estimation 3CL n'est qu'indicative",
    ),
    (
        date(2022, 1, 1),
        "RE2020 s'applique aux bâtiments neufs ; cette estimation 3CL n'est qu'indicative",
    ),
)
"""(first permit date, notice): RT 2012 for all dwellings from 1 January 2013, RE2020 for
permits filed from 1 January 2022 (décret n° 2021-1004, art. 2)."""


def new_build_notice(description: SimpleDescription, at: date) -> str | None:
    """The notice for a new-build project on ``at`` (the regulation then in force), else None."""
    if description.projet is not TypeProjet.CONSTRUCTION_NEUVE:
        return None
    notice = NOTICES[0][1]
    for first_day, text in NOTICES:
        if at >= first_day:
            notice = text
    return notice
