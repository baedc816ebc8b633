"""Load a city profile: field-by-field checks of its JSON, each failure naming the field."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from calculators.options.data import read_json as read_options_data
from diag_app.city.profile import (
    ALTITUDE_CLASSES,
    CLIMATE_ZONES,
    PROFILE_FORMAT,
    AirQualityPlan,
    CityProfile,
    Contact,
    HeatNetwork,
    MonthlyClimateData,
    WindExposure,
    WindTerrain,
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
            air_quality_plan=self._air_quality_plan(),
            wind_terrain=self._wind_terrain(),
        )

    def _air_quality_plan(self) -> AirQualityPlan | None:
        """The optional ``air_quality_plan`` block: covered or not, plan name, source."""
        if self.raw.get("air_quality_plan") is None:
            return None
        where = "air_quality_plan"
        block = self._get(self.raw, where, dict)
        return AirQualityPlan(
            covered=self._flag(block, "covered", f"{where}.covered", required=True),
            name=self._text(block, "name", where=f"{where}.name"),
            source=self._text(block, "source", where=f"{where}.source"),
            to_verify=self._flag(block, "to_verify", f"{where}.to_verify"),
        )

    def _wind_terrain(self) -> WindTerrain | None:
        """The optional ``wind_terrain`` block: default exposure and per-district exposures."""
        if self.raw.get("wind_terrain") is None:
            return None
        where = "wind_terrain"
        block = self._get(self.raw, where, dict)
        by_district = self._get(block, "districts", dict, where=f"{where}.districts")
        unknown = [d for d in by_district if d not in self._districts()]
        if unknown:
            self._fail(f"{where}.districts", f"quartier(s) inconnu(s) : {', '.join(unknown)}")
        return WindTerrain(
            default=self._exposure(block.get("default"), f"{where}.default"),
            districts={
                name: self._exposure(item, f"{where}.districts.{name}")
                for name, item in by_district.items()
            },
            source=self._text(block, "source", where=f"{where}.source"),
            to_verify=self._flag(block, "to_verify", f"{where}.to_verify"),
        )

    def _exposure(self, item: Any, where: str) -> WindExposure:
        if not isinstance(item, dict):
            self._fail(where, "un objet est attendu")
        classes = list(read_options_data("small_wind.json")["roughness_classes_m"])
        terrain = self._text(item, "terrain", where=f"{where}.terrain")
        if terrain not in classes or terrain == "source":
            known = ", ".join(k for k in classes if k != "source")
            self._fail(f"{where}.terrain", f"classe « {terrain} » inconnue (attendu : {known})")
        height = self._number(item, f"{where}.obstacle_height_m", "obstacle_height_m", 0, 100)
        return WindExposure(terrain, height)

    def _flag(self, data: dict[str, Any], key: str, where: str, *, required: bool = False) -> bool:
        """A true/false value; absent means ``to_verify``-style caution (true) unless required."""
        value = data.get(key)
        if value is None and not required:
            return True
        if not isinstance(value, bool):
            self._fail(where, "vrai ou faux est attendu")
        return value

    def _texts(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        """An optional list of non-empty texts."""
        values = data.get(key, [])
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v.strip() for v in values
        ):
            self._fail(where, "une liste de textes non vides est attendue")
        return tuple(v.strip() for v in values)

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
        partly = self._texts(item, "partly_served_districts", f"{where}.partly_served_districts")
        for key, names in (("districts", districts), ("partly_served_districts", partly)):
            unknown = [d for d in names if d not in self._districts()]
            if unknown:
                self._fail(f"{where}.{key}", f"quartier(s) inconnu(s) : {', '.join(unknown)}")
        classified = item.get("classified", False)
        if not isinstance(classified, bool):
            self._fail(f"{where}.classified", "vrai ou faux est attendu")
        return HeatNetwork(
            id=self._code(item, "id", r"\d{3,4}[A-Z]", where=f"{where}.id"),
            name=self._text(item, "name", where=f"{where}.name"),
            districts=districts,
            partly_served_districts=partly,
            streets=self._texts(item, "streets", f"{where}.streets"),
            classified=classified,
            sources=self._texts(item, "sources", f"{where}.sources"),
            to_verify=self._flag(item, "to_verify", f"{where}.to_verify"),
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
