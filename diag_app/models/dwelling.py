"""A dwelling of the register: where it is, what it is, how it is heated."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Mapped, mapped_column, validates

from diag_app.models import identifiers, ranges
from diag_app.models.base import RegisterRow
from diag_app.models.columns import (
    as_enum,
    as_number,
    enum_type,
    limited_text,
    optional_text,
    required_text,
)
from diag_app.models.enums import DwellingType, HeatingEnergy
from diag_app.models.text import address_sort_key, search_text

_RANGES = {
    "reference_surface_m2": ranges.REFERENCE_SURFACE_M2,
    "levels": ranges.LEVELS,
    "ceiling_height_m": ranges.CEILING_HEIGHT_M,
    "latitude": ranges.LATITUDE,
    "longitude": ranges.LONGITUDE,
}


class Dwelling(RegisterRow):
    """One dwelling (house, flat) or whole building, with its public identifiers.

    Identifiers are optional (a visit may come before the address is matched) but, when given,
    are stored in canonical form. ``search`` holds the folded address and identifiers for
    accent-insensitive search on every database (see :mod:`diag_app.models.text`).
    """

    __tablename__ = "dwelling"

    address_label: Mapped[str] = mapped_column(String(300))
    ban_key: Mapped[str | None] = mapped_column(String(40), index=True)
    rnb_id: Mapped[str | None] = mapped_column(String(12), index=True)
    parcel_id: Mapped[str | None] = mapped_column(String(14), index=True)
    district: Mapped[str | None] = mapped_column(String(100), index=True)
    dwelling_type: Mapped[DwellingType] = mapped_column(enum_type(DwellingType))
    construction_year: Mapped[int | None] = mapped_column()
    reference_surface_m2: Mapped[float | None] = mapped_column()
    levels: Mapped[int | None] = mapped_column()
    ceiling_height_m: Mapped[float | None] = mapped_column()
    heating_energy: Mapped[HeatingEnergy] = mapped_column(enum_type(HeatingEnergy))
    latitude: Mapped[float | None] = mapped_column()
    longitude: Mapped[float | None] = mapped_column()
    search: Mapped[str] = mapped_column(String(1000), default="")
    address_sort: Mapped[str] = mapped_column(String(400), default="", index=True)
    """Street, then house number as a number: the Registre's "Adresse" column sorts on it."""

    @validates("address_label")
    def _check_address(self, _key: str, value: str) -> str:
        return required_text(value, field="adresse", max_length=300)

    @validates("ban_key")
    def _check_ban(self, _key: str, value: str | None) -> str | None:
        return optional_text(value, identifiers.normalise_ban_key)

    @validates("rnb_id")
    def _check_rnb(self, _key: str, value: str | None) -> str | None:
        return optional_text(value, identifiers.normalise_rnb_id)

    @validates("parcel_id")
    def _check_parcel(self, _key: str, value: str | None) -> str | None:
        return optional_text(value, identifiers.normalise_parcel_id)

    @validates("district")
    def _check_district(self, _key: str, value: str | None) -> str | None:
        return limited_text(value, field="quartier", max_length=100) or None

    @validates("dwelling_type")
    def _check_type(self, _key: str, value: Any) -> DwellingType:
        return as_enum(DwellingType, value, field="type de logement")

    @validates("heating_energy")
    def _check_energy(self, _key: str, value: Any) -> HeatingEnergy:
        return as_enum(HeatingEnergy, value, field="énergie de chauffage")

    @validates("construction_year")
    def _check_year(self, _key: str, value: int | None) -> int | None:
        if value is None:
            return None
        year_range = ranges.construction_year_range()
        return int(year_range.check(as_number(value, field=year_range.label, integer=True)))

    @validates(*_RANGES)
    def _check_range(self, key: str, value: float | None) -> float | None:
        if value is None:
            return None
        whole = key == "levels"
        checked = _RANGES[key].check(as_number(value, field=_RANGES[key].label, integer=whole))
        return int(checked) if whole else float(checked)


@event.listens_for(Dwelling, "before_insert")
@event.listens_for(Dwelling, "before_update")
def _refresh_search(_mapper: object, _connection: object, row: Dwelling) -> None:
    """Keep the folded search column in step with the address and identifiers."""
    row.search = search_text(
        row.address_label, row.ban_key, row.rnb_id, row.parcel_id, row.district
    )
    row.address_sort = address_sort_key(row.address_label)

