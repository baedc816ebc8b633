"""City profiles: Béthune's shipped values, another city from its own file, French errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app.city import bundled_profiles, default_profile_path, load_city_profile, profile_path
from diag_app.errors import ValidationError
from diag_app.services.records import DwellingQuery
from diag_app.services.register import RegisterService


def test_bethune_profile() -> None:
    """Figures from DESIGN.md "Béthune in figures" and the 3CL-DPE climate annex (62 → H1a)."""
    city = load_city_profile()
    assert (city.name, city.insee, city.postcode, city.departement) == (
        "Béthune",
        "62119",
        "62400",
        "62",
    )
    assert (city.latitude, city.longitude) == (50.5308, 2.6394)
    assert (city.altitude_m, city.altitude_min_m, city.altitude_max_m) == (25, 18, 42)
    assert (city.climate_zone, city.altitude_class) == ("H1a", "<400 m")
    assert len(city.districts) == 8 and "Mont-Liébaut" in city.districts
    assert city.districts_to_confirm
    assert [(n.id, n.districts) for n in city.heat_networks] == [("6204C", ("Mont-Liébaut",))]
    assert city.contacts and all(c.to_verify for c in city.contacts)
    assert city.logo is None


def _bethune_raw() -> dict[str, Any]:
    return json.loads(default_profile_path().read_text(encoding="utf-8"))


def _tiny_city() -> dict[str, Any]:
    return {
        "format": 1,
        "name": "Lens",
        "insee": "62498",
        "postcode": "62300",
        "departement": "62",
        "centre": {"latitude": 50.432, "longitude": 2.833},
        "altitude_m": {"typical": 40, "min": 22, "max": 65},
        "climate_zone": "H1a",
        "altitude_class": "<400 m",
        "districts": ["Centre", "Cité 12"],
        "heat_networks": [],
        "contacts": [{"name": "Maison de l'habitat", "role": "Conseil", "to_verify": False}],
        "logo": "logo.png",
    }


def test_another_city_needs_no_code(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    path = tmp_path / "lens.json"
    path.write_text(json.dumps(_tiny_city()), encoding="utf-8")
    city = load_city_profile(path)
    assert (city.name, city.districts) == ("Lens", ("Centre", "Cité 12"))
    assert city.logo == tmp_path / "logo.png"
    assert not city.districts_to_confirm

    service = RegisterService.open(f"sqlite:///{tmp_path / 'lens.sqlite3'}", city_profile=path)
    try:
        assert service.districts() == ["Centre", "Cité 12"]
        assert service.seed_demo() == 50
        used = {r.district for r in service.list_dwellings(DwellingQuery(limit=100))}
        assert used == {"Centre", "Cité 12"}
        addresses = [r.address_label for r in service.list_dwellings(DwellingQuery(limit=3))]
        assert all(a.endswith("62300 Lens") for a in addresses)
    finally:
        service.close()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda raw: raw.pop("insee"), "insee"),
        (lambda raw: raw.update(insee="6211"), "insee"),
        (lambda raw: raw.update(climate_zone="H4"), "climate_zone"),
        (lambda raw: raw["centre"].update(latitude="50,5"), "centre.latitude"),
        (lambda raw: raw["altitude_m"].update(typical=99), "altitude_m.typical"),
        (lambda raw: raw.update(districts=[]), "districts"),
        (lambda raw: raw.update(districts=["A", "A"]), "districts"),
        (
            lambda raw: raw["heat_networks"][0].update(districts=["Lille"]),
            "heat_networks[0].districts",
        ),
        (lambda raw: raw["contacts"][0].pop("name"), "contacts[0].name"),
        (lambda raw: raw.update(logo="absent.png"), "logo"),
        (lambda raw: raw.update(format=2), "format"),
    ],
)
def test_invalid_profile_names_the_field(tmp_path: Path, change: Any, field: str) -> None:
    raw = _bethune_raw()
    change(raw)
    path = tmp_path / "ville.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        load_city_profile(path)
    assert exc.value.field == field
    assert f"« {field} »" in exc.value.message and "ville.json" in exc.value.message


def test_unreadable_profile(tmp_path: Path) -> None:
    broken = tmp_path / "ville.json"
    broken.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(ValidationError, match="JSON invalide"):
        load_city_profile(broken)
    with pytest.raises(ValidationError, match="illisible"):
        load_city_profile(tmp_path / "absent.json")
    broken.write_text("[]", encoding="utf-8")
    with pytest.raises(ValidationError, match="objet JSON"):
        load_city_profile(broken)


def test_profile_setting_is_a_shipped_name_or_a_file(tmp_path: Path) -> None:
    """``Settings.city_profile`` holds "bethune" by default, or a path to another city's file."""
    assert "bethune" in bundled_profiles()
    assert profile_path("bethune") == profile_path("") == default_profile_path()
    assert profile_path(str(tmp_path / "lens.json")) == tmp_path / "lens.json"
