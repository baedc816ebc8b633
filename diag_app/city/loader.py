"""Load a city profile: field-by-field checks of its JSON, each failure naming the field."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from diag_app.city.profile import (
    ALTITUDE_CLASSES,
    CLIMATE_ZONES,
    PROFILE_FORMAT,
    CityProfile,
    Contact,
    HeatNetwork,
    MonthlyClimateData,
)
from diag_app.errors import ValidationError

DEFAULT_CITY = "bethune"
MONTHLY_RANGES = {"ghi_kwh_m2": (0.0, 300.0), "temp_air_c": (-40.0, 40.0)}
"""Plausible bounds of monthly GHI [kWh/m²/month] and mean temperature [°C]; beyond them the
figure is a unit or typing mistake (the sunniest months on Earth stay under 300 kWh/m²)."""


def default_profile_path() -> Path:
    """The profile shipped with the app (Béthune)."""
    return profile_path(DEFAULT_CITY)


def bundled_profiles() -> list[str]:
    """Names of the profiles shipped with the app (``bethune``...)."""
    folder = resources.files("diag_app.city.data")
    return sorted(
        item.name.removesuffix(".json") for item in folder.iterdir() if item.name.endswith(".json")
    )


def profile_path(setting: str) -> Path:
    """The profile file for a setting: a shipped profile's name, a file path, or empty (default)."""
    name = setting.strip() or DEFAULT_CITY
    if name in bundled_profiles():
        return Path(str(resources.files("diag_app.city.data").joinpath(f"{name}.json")))
    return Path(name).expanduser()


def load_city_profile(path: Path | None = None) -> CityProfile:
    """Read and check a city profile; ``None`` reads the default (Béthune)."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(
            f"Profil de ville illisible « {path} » : {exc.strerror or exc}.", field="profil"
        ) from exc
    except ValueError as exc:
        raise ValidationError(
            f"Profil de ville « {path} » : JSON invalide ({exc}).", field="profil"
        ) from exc
    return ProfileReader(path, raw).profile()


class ProfileReader:
    """Reads one parsed profile; ``path`` only serves messages and relative logo paths."""

    def __init__(self, path: Path, raw: Any) -> None:
        self.path = path
        if not isinstance(raw, dict):
            self._fail("profil", "un objet JSON est attendu")
        self.raw: dict[str, Any] = raw

    def profile(self) -> CityProfile:
        if self.raw.get("format") != PROFILE_FORMAT:
            self._fail("format", f"version {PROFILE_FORMAT} attendue")
        centre = self._get(self.raw, "centre", dict)
        altitude = self._get(self.raw, "altitude_m", dict)
        low = self._number(altitude, "altitude_m.min", "min", -500, 5000)
        high = self._number(altitude, "altitude_m.max", "max", low, 5000)
        return CityProfile(
            name=self._text(self.raw, "name"),
            insee=self._code(self.raw, "insee", r"\d{5}|2[AB]\d{3}"),
            postcode=self._code(self.raw, "postcode", r"\d{5}"),
            departement=self._code(self.raw, "departement", r"\d{2,3}|2[AB]"),
            latitude=self._number(centre, "centre.latitude", "latitude", -90, 90),
            longitude=self._number(centre, "centre.longitude", "longitude", -180, 180),
            altitude_m=self._number(altitude, "altitude_m.typical", "typical", low, high),
            altitude_min_m=low,
            altitude_max_m=high,
            climate_zone=self._choice(self.raw, "climate_zone", CLIMATE_ZONES),
            altitude_class=self._choice(self.raw, "altitude_class", ALTITUDE_CLASSES),
            districts=self._districts(),
            districts_to_confirm=bool(self.raw.get("districts_note")),
            heat_networks=tuple(
                self._network(i, item)
                for i, item in enumerate(self._get(self.raw, "heat_networks", list))
            ),
            contacts=tuple(
                self._contact(i, item)
                for i, item in enumerate(self._get(self.raw, "contacts", list))
            ),
            logo=self._logo(),
            source=self.path,
            monthly_climate=self._monthly_climate(),
        )

    def _monthly_climate(self) -> MonthlyClimateData | None:
        """The optional ``monthly_climate`` block: 12 GHI and 12 temperatures with sources."""
        if self.raw.get("monthly_climate") is None:
            return None
        block = self._get(self.raw, "monthly_climate", dict)
        months = {
            key: self._months(block, key, low, high) for key, (low, high) in MONTHLY_RANGES.items()
        }
        references = self._get(block, "references", list, where="monthly_climate.references")
        if not references or not all(isinstance(r, str) and r.strip() for r in references):
            self._fail("monthly_climate.references", "une liste non vide de sources est attendue")
        to_verify = block.get("to_verify", True)
        if not isinstance(to_verify, bool):
            self._fail("monthly_climate.to_verify", "vrai ou faux est attendu")
        return MonthlyClimateData(
            ghi_kwh_m2=months["ghi_kwh_m2"],
            temp_air_c=months["temp_air_c"],
            source=self._text(block, "source", where="monthly_climate.source"),
            references=tuple(r.strip() for r in references),
            to_verify=to_verify,
        )

    def _months(
        self, block: dict[str, Any], key: str, low: float, high: float
    ) -> tuple[float, ...]:
        where = f"monthly_climate.{key}"
        values = self._get(block, key, list, where=where)
        if len(values) != 12:
            self._fail(where, f"12 valeurs mensuelles attendues, {len(values)} reçues")
        numbers = {str(month): value for month, value in enumerate(values, start=1)}
        return tuple(self._number(numbers, f"{where}[{m}]", m, low, high) for m in numbers)

    def _districts(self) -> tuple[str, ...]:
        names = self._get(self.raw, "districts", list)
        if not names or not all(isinstance(n, str) and n.strip() for n in names):
            self._fail("districts", "une liste non vide de noms de quartiers est attendue")
        if len(set(names)) != len(names):
            self._fail("districts", "un quartier apparaît deux fois")
        return tuple(n.strip() for n in names)

    def _network(self, index: int, item: Any) -> HeatNetwork:
        where = f"heat_networks[{index}]"
        if not isinstance(item, dict):
            self._fail(where, "un objet est attendu")
        districts = tuple(self._get(item, "districts", list, where=f"{where}.districts"))
        unknown = [d for d in districts if d not in self._districts()]
        if unknown:
            self._fail(f"{where}.districts", f"quartier(s) inconnu(s) : {', '.join(unknown)}")
        return HeatNetwork(
            id=self._code(item, "id", r"\d{3,4}[A-Z]", where=f"{where}.id"),
            name=self._text(item, "name", where=f"{where}.name"),
            districts=districts,
        )

    def _contact(self, index: int, item: Any) -> Contact:
        where = f"contacts[{index}]"
        if not isinstance(item, dict):
            self._fail(where, "un objet est attendu")
        optional = {
            key: self._optional_text(item, key, where=f"{where}.{key}")
            for key in ("address", "phone", "url")
        }
        return Contact(
            name=self._text(item, "name", where=f"{where}.name"),
            role=self._text(item, "role", where=f"{where}.role"),
            to_verify=bool(item.get("to_verify", True)),
            **optional,
        )

    def _logo(self) -> Path | None:
        value = self._optional_text(self.raw, "logo", where="logo")
        if value is None:
            return None
        logo = (self.path.parent / value).resolve()
        if not logo.is_file():
            self._fail("logo", f"fichier introuvable : {logo}")
        return logo

    def _get(self, data: dict[str, Any], key: str, kind: type, *, where: str | None = None) -> Any:
        value = data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            expected = {dict: "un objet", list: "une liste", str: "un texte"}.get(kind, "un nombre")
            self._fail(where or key, f"{expected} est attendu")
        return value

    def _text(self, data: dict[str, Any], key: str, *, where: str | None = None) -> str:
        value = self._get(data, key, str, where=where).strip()
        if not value:
            self._fail(where or key, "texte vide")
        return value

    def _optional_text(self, data: dict[str, Any], key: str, *, where: str) -> str | None:
        return None if data.get(key) is None else self._text(data, key, where=where)

    def _code(
        self, data: dict[str, Any], key: str, pattern: str, *, where: str | None = None
    ) -> str:
        value = self._text(data, key, where=where)
        if not re.fullmatch(pattern, value):
            self._fail(where or key, f"format invalide « {value} »")
        return value

    def _choice(self, data: dict[str, Any], key: str, choices: tuple[str, ...]) -> str:
        value = self._text(data, key)
        if value not in choices:
            self._fail(key, f"« {value} » n'est pas parmi {', '.join(choices)}")
        return value

    def _number(self, data: dict[str, Any], where: str, key: str, low: float, high: float) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._fail(where, "un nombre est attendu")
        if not low <= value <= high:
            self._fail(where, f"{value} hors de la plage {low:g}–{high:g}")
        return float(value)

    def _fail(self, field: str, why: str) -> None:
        raise ValidationError(
            f"Profil de ville « {self.path.name} », champ « {field} » : {why}.", field=field
        )
