"""Default characteristics of combustion generators (3CL-DPE 2021, §13.2.1.5–13.2.2.3).

Rpn, Rpint, QP0 and the pilot light come from the ADEME table ``generateur_combustion`` (the
tables of §13.2.2, with their formulas of Pn); the operating temperatures Tfonc_30 and
Tfonc_100 from the tables of §13.2.1.5 and §13.2.1.6 (``temp_fonc_30``, ``temp_fonc_100``).
A collective generator seen from one flat (§17.2.1.1) is « virtualised »: its power is a × Pn,
the formulas are read at the collective Pn and QP0 and Pveil are scaled by a.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.combustion import BoilerTechnology
from calculators.dpe.engine.heating.errors import HeatingInputError, require_positive
from calculators.dpe.engine.heating.formulas import evaluate
from calculators.dpe.tables import Row, find_rows

NO_NETWORK = 1
"""``enum_temp_distribution_ch_id`` of an emitter without distribution network."""
MEDIUM = 3
LOW = 2
LOW_TEMPERATURE_FLOORS = frozenset({12, 14, 16, 18})
"""Water floors and ceilings on a network below 65 °C: read as « basse » in the Tfonc tables
(§13.2.1.5, first row: « Basse / Plancher ou plafond basse température »)."""
FLOORS_AND_CEILINGS = frozenset({11, 12, 13, 14, 15, 16, 17, 18, 43, 44})
"""Only floors and ceilings run at « basse » temperature; « moyenne » is the row of the
« radiateurs à chaleur douce » and other emitters (§13.2.1.5)."""
PERIODS = {1: "Avant 1981", 2: "Entre 1981 et 2000", 3: "Après 2000"}
"""``enum_periode_installation_emetteur_id`` → the column labels of the Tfonc tables."""


@dataclass(frozen=True, slots=True)
class DefaultCharacteristics:
    """Tabulated values for one generator: efficiencies [-, PCI], QP0 and Pveil [kW, PCI]."""

    rpn: float
    rpint: float | None
    qp0_kw: float
    pveil_kw: float
    tv_generateur_combustion_id: int


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class EmitterTemperature(NamedTuple):
    """What sets an emitter's operating temperature: its distribution temperature
    (``enum_temp_distribution_ch_id`` 1 none, 2 low, 3 medium, 4 high), the period it was
    installed (``enum_periode_installation_emetteur_id``) and its type."""

    temp_distribution_id: int
    periode_installation_id: int
    type_emission_distribution_id: int


@lru_cache(maxsize=1024, typed=True)
def default_characteristics(
    type_generateur_ch_id: int,
    technology: BoilerTechnology,
    pn_kw: float,
    *,
    ventilateur: bool,
    veilleuse: bool = False,
    ratio_virtualisation: float = 1.0,
) -> DefaultCharacteristics:
    """Rpn, Rpint, QP0 and Pveil of a generator type at nominal power ``pn_kw`` [kW] (§13.2.2).

    ``ventilateur``: a fan or other air/flue-gas circulation device in the combustion circuit
    (E and F of QP0); ``veilleuse``: a pilot light is present (its power is counted only then);
    ``ratio_virtualisation``: share a of a collective generator given to one flat (§17.2.1.1).
    The values depend on these criteria only (the table row and its formulas of Pn): they are
    kept per criteria, plate powers repeating from one dwelling to the next.
    """
    pn = require_positive(pn_kw, "puissance nominale")
    ratio = require_positive(ratio_virtualisation, "ratio de virtualisation")
    pn_collective = pn / ratio
    row = _row(type_generateur_ch_id, pn_collective)
    formula_pn = row["pn"] if isinstance(row["pn"], int | float) else pn_collective
    e, f = (
        coefficients().chaudieres.qp0_e_f_avec_ventilateur
        if ventilateur
        else coefficients().chaudieres.qp0_e_f_sans_ventilateur
    )
    rpn = evaluate(_cell(row, "rpn"), formula_pn, e, f) / 100
    rpint_cell = row["rpint"]
    rpint = None if rpint_cell is None else evaluate(_formula(rpint_cell), formula_pn, e, f) / 100
    qp0_kw = _qp0_kw(row, technology, formula_pn, pn_collective, e, f) * ratio
    pveil = row["pveil"]
    pveil_kw = float(pveil) / 1000 * ratio if veilleuse and isinstance(pveil, int | float) else 0.0
    return DefaultCharacteristics(
        rpn=rpn,
        rpint=rpint,
        qp0_kw=qp0_kw,
        pveil_kw=pveil_kw,
        tv_generateur_combustion_id=int(row.number("tv_generateur_combustion_id")),
    )


def operating_temperatures(
    type_generateur_ch_id: int, emitters: Iterable[EmitterTemperature]
) -> tuple[float | None, float | None]:
    """(Tfonc_30, Tfonc_100) [°C] of a boiler: the highest over its emitters (§13.2.1.5).

    Emitters without a network are left out; a type without a Tfonc_30 table (wood) gives None.
    """
    t30: float | None = None
    t100: float | None = None
    for emitter in emitters:
        if emitter.temp_distribution_id == NO_NETWORK:
            continue
        e30, e100 = _emitter_temperatures(
            type_generateur_ch_id,
            emitter.temp_distribution_id,
            emitter.periode_installation_id,
            emitter.type_emission_distribution_id,
        )
        t100 = _highest(t100, e100)
        t30 = _highest(t30, e30)
    return t30, t100


@lru_cache(maxsize=1024, typed=True)
def _emitter_temperatures(
    type_generateur_ch_id: int, temperature: int, periode_installation_id: int, kind: int
) -> tuple[float | None, float | None]:
    """(Tfonc_30, Tfonc_100) [°C] of the tables for one emitter (None: no row), kept per
    criteria."""
    if temperature == MEDIUM and kind in LOW_TEMPERATURE_FLOORS:
        temperature = LOW
    elif temperature == LOW and kind not in FLOORS_AND_CEILINGS:
        temperature = MEDIUM
    period = PERIODS.get(periode_installation_id)
    if period is None:
        raise HeatingInputError(
            f"période d'installation des émetteurs {periode_installation_id} inconnue.",
            field="période d'installation des émetteurs",
        )
    rows_100 = find_rows(
        "temp_fonc_100", enum_temp_distribution_ch_id=temperature, periode_emetteurs=period
    )
    rows_30 = find_rows(
        "temp_fonc_30",
        enum_temp_distribution_ch_id=temperature,
        periode_emetteurs=period,
        enum_type_generateur_ch_id=type_generateur_ch_id,
    )
    t100 = rows_100[0].number("temp_fonc_100") if rows_100 else None
    t30 = rows_30[0].number("temp_fonc_30") if rows_30 else None
    return t30, t100


def _highest(current: float | None, value: float | None) -> float | None:
    if value is None:
        return current
    return value if current is None else max(current, value)


def period_of_year(year: int) -> int:
    """``enum_periode_installation_emetteur_id`` of a year: the construction year stands for an
    unknown installation year of the emitters (§13.2.1.5)."""
    if year < 1981:
        return 1
    return 2 if year <= 2000 else 3


def _row(type_generateur_ch_id: int, pn_collective_kw: float) -> Row:
    rows = find_rows("generateur_combustion", enum_type_generateur_ch_id=type_generateur_ch_id)
    if not rows:
        raise HeatingInputError(
            f"générateur {type_generateur_ch_id} : pas de caractéristiques par défaut dans les "
            "tables du §13.2.2.",
            field="type de générateur",
        )
    for row in rows:
        bounds = row.bounds("critere_pn_bornes")
        if bounds is None or bounds.contains(pn_collective_kw):
            return row
    return rows[-1]


def _cell(row: Row, column: str) -> str | float:
    value = row[column]
    if value is None:
        raise HeatingInputError(
            f"table generateur_combustion, ligne {row.key} : {column} absent.", field=column
        )
    return _formula(value)


def _formula(value: object) -> str | float:
    if isinstance(value, int | float):
        return float(value)
    return str(value)


def _qp0_kw(
    row: Row, technology: BoilerTechnology, formula_pn_kw: float, pn_kw: float, e: float, f: float
) -> float:
    """QP0 [kW] of the collective (or individual) generator from its table cell.

    Gas and oil boilers: a share of Pn, or Pn × (E + F logPn) / 100 [kW] after 2015; wood and
    coal boilers: kW, or a formula in kW (§13.2.2.3); warm-air generators: Pn × (1,75 − 0,55
    logPn) / 100 [kW] (§13.2.2.1; the ADEME cell omits the « / 100 »). Formulas are read at
    ``formula_pn_kw`` (capped where the table says so), shares apply to the real ``pn_kw``.
    """
    cell = row["qp0_perc"]
    if cell is None:
        key = int(row.number("tv_generateur_combustion_id"))
        merged = coefficients().chaudieres.qp0_cellules_fusionnees.get(key)
        return 0.0 if merged is None else merged * pn_kw
    value = evaluate(_formula(cell), formula_pn_kw, e, f)
    if technology is BoilerTechnology.AIR_CHAUD:
        return value / 100
    if isinstance(cell, str) or technology is BoilerTechnology.BOIS:
        return value
    return value * pn_kw
