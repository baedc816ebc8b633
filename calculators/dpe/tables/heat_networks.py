"""District heating and cooling networks: CO2 content and renewable share per yearly list.

Each yearly list is an annex 7 of the arrêté of 15 September 2006 (DPE of existing buildings),
replaced by a new arrêté about once a year; ADEME's ``valeur_tables.xlsx`` has one sheet per list
(``reseau_chaleur_2020`` ... ``reseau_chaleur_2023``). From the 2021 list on, each network has a
direct CO2 content (``contenu_co2``) and a life-cycle one (``contenu_co2_acv``): the DPE uses the
life-cycle content, as the official outputs of the ADEME XML corpus show (emission_ges_ch /
conso_ch equals ``contenu_co2_acv`` of the list in force at the DPE date; checked in
``tests/calculators/dpe/test_tables.py``). The lists give no primary-energy factor (the DPE
uses 1 for every energy but electricity: arrêté of 15 September 2006, annex 3, § 2), so
``primary_energy_factor`` is ``None`` here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calculators.dpe.tables.errors import UnknownRowError, UnknownTableError
from calculators.dpe.tables.rows import Row
from calculators.dpe.tables.store import load, table_names

_TABLE_PREFIX = "reseau_chaleur_"


@dataclass(frozen=True)
class HeatNetworkList:
    """One yearly list: the arrêté that published it and how its sheet writes the renewable share.

    ``renewable_share_divisor`` turns ``taux_enr`` into a fraction (1 when the sheet gives
    fractions, 100 when it gives percentages); ``None`` when the list gives no share.
    """

    year: int
    arrete: str
    arrete_date: dt.date
    renewable_share_divisor: float | None


# Sources: arrêté names and dates from the ``version`` sheet of enum_tables.xlsx (column
# arrete_reseau_chaleur) and the ``date_arrete_reseau_chaleur`` field of the ADEME XML corpus
# (2023-03-16, 2024-07-05); the percent scale of the 2023 sheet is read off its values (85.8...).
LISTS: tuple[HeatNetworkList, ...] = (
    HeatNetworkList(2020, "arrêté du 12 octobre 2020", dt.date(2020, 10, 12), None),
    HeatNetworkList(2021, "arrêté du 21 octobre 2021", dt.date(2021, 10, 21), 1.0),
    HeatNetworkList(2022, "arrêté du 16 mars 2023", dt.date(2023, 3, 16), 1.0),
    HeatNetworkList(2023, "arrêté du 5 juillet 2024", dt.date(2024, 7, 5), 100.0),
)
# Published after ADEME's spreadsheet: the 2024 list (arrêté du 11 avril 2025, JO of
# 26 April 2025, data of 2023) is not in valeur_tables.xlsx, so it cannot be looked up here.
MISSING_LISTS: tuple[HeatNetworkList, ...] = (
    HeatNetworkList(2024, "arrêté du 11 avril 2025", dt.date(2025, 4, 11), None),
)


@dataclass(frozen=True)
class HeatNetwork:
    """A network as one yearly list gives it. CO2 contents in kgCO2eq per kWh delivered.

    ``co2_kg_per_kwh`` is the value the DPE uses (life-cycle content when the list has one);
    ``renewable_share`` is a fraction in [0, 1] (renewable and recovered energy), ``None`` when
    the list gives none or an impossible one (5415C has 10 in the 2022 sheet of fractions; the
    raw cell stays readable with ``value_row``).
    """

    network_id: str
    list_year: int
    arrete: str
    name: str
    location: str | None
    department: str
    co2_kg_per_kwh: float
    co2_direct_kg_per_kwh: float
    co2_lca_kg_per_kwh: float | None
    renewable_share: float | None
    primary_energy_factor: float | None = None


def list_years() -> tuple[int, ...]:
    """The years of the lists shipped with the app, oldest first."""
    return tuple(sorted(int(n[len(_TABLE_PREFIX):]) for n in table_names("valeur")
                        if n.startswith(_TABLE_PREFIX)))


def heat_network(network_id: str, list_year: int) -> HeatNetwork:
    """Network ``network_id`` (e.g. ``"6204C"``, Béthune) in the list of ``list_year``.

    The 2020 list predates the identifiers: the network is found through the 2021 list's
    ``correspondance_tv_reseau_chaleur_id_2020`` column.
    """
    info = _list_info(list_year)
    wanted = network_id.strip().upper()
    table = f"{_TABLE_PREFIX}{list_year}"
    if list_year == 2020:
        link = load("valeur", f"{_TABLE_PREFIX}2021").by_key.get(wanted)
        old_id = link["correspondance_tv_reseau_chaleur_id_2020"] if link else None
        if not isinstance(old_id, int):
            raise UnknownRowError(
                f"Réseau de chaleur « {network_id} » absent de la liste 2020 ({info.arrete}).",
                table=table,
                key=network_id,
            )
        return _from_row(load("valeur", table).row(old_id), wanted, info)
    try:
        row = load("valeur", table).row(wanted)
    except UnknownRowError:
        raise UnknownRowError(
            f"Réseau de chaleur « {network_id} » absent de la liste {list_year} ({info.arrete}).",
            table=table,
            key=network_id,
        ) from None
    return _from_row(row, wanted, info)


def list_year_in_force(on: dt.date) -> int:
    """The list of the latest arrêté dated on or before ``on`` (a DPE's date).

    The official outputs of the corpus follow the DPE date, even where the XML field
    ``date_arrete_reseau_chaleur`` names a later arrêté. Approximation: the switch is taken at
    the arrêté's date, while it enters into force at or after its publication (the 2021 list:
    two months after). A date under an arrêté whose list is not shipped raises instead of
    silently using an older list.
    """
    known = sorted((*LISTS, *MISSING_LISTS), key=lambda item: item.arrete_date)
    chosen = [item for item in known if item.arrete_date <= on]
    if not chosen:
        raise UnknownTableError(
            f"Aucune liste de réseaux de chaleur en vigueur au {on:%d/%m/%Y}.",
            table=_TABLE_PREFIX,
            key=on,
        )
    return _list_info(chosen[-1].year).year


def _list_info(list_year: int) -> HeatNetworkList:
    for item in MISSING_LISTS:
        if item.year == list_year:
            raise UnknownTableError(
                f"La liste {list_year} des réseaux de chaleur ({item.arrete}) n'est pas dans "
                "les tables ADEME livrées avec l'application.",
                table=f"{_TABLE_PREFIX}{list_year}",
                key=list_year,
            )
    for item in LISTS:
        if item.year == list_year and list_year in list_years():
            return item
    raise UnknownTableError(
        f"Liste des réseaux de chaleur inconnue : {list_year} (listes : "
        f"{', '.join(map(str, list_years()))}).",
        table=f"{_TABLE_PREFIX}{list_year}",
        key=list_year,
    )


def _from_row(row: Row, network_id: str, info: HeatNetworkList) -> HeatNetwork:
    direct = row.number("contenu_co2")
    lca = row.number("contenu_co2_acv") if row.get("contenu_co2_acv") is not None else None
    raw_share = row.get("taux_enr")
    divisor = info.renewable_share_divisor
    share = (
        float(raw_share) / divisor
        if divisor is not None and isinstance(raw_share, int | float) else None
    )
    department = row["departement"]
    location = row["localisation"]
    return HeatNetwork(
        network_id=network_id,
        list_year=info.year,
        arrete=info.arrete,
        name=str(row["nom_reseau"]),
        location=None if location is None else str(location),
        department=f"{department:02d}" if isinstance(department, int) else str(department),
        co2_kg_per_kwh=direct if lca is None else lca,
        co2_direct_kg_per_kwh=direct,
        co2_lca_kg_per_kwh=lca,
        renewable_share=share if share is not None and 0.0 <= share <= 1.0 else None,
    )
