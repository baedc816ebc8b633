"""Reading a « nouvelles énergies » request from French-keyed JSON (docs/new-energies.md).

Every value is checked here, before any computation, and a refusal names its JSON path
(``logement.chauffage.energie``, ``pans_de_toiture[0].azimut``); unknown keys are refused
too, so that a typo never drops a value silently. The typed request is
:mod:`.new_energies_request`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from diag_app.services.new_energies_json import JsonReader, child
from diag_app.services.new_energies_request import (
    ENERGIES,
    LABELS,
    MOUNTINGS,
    REQUEST_VERSION,
    Dwelling,
    DwellingKind,
    Emitters,
    Generator,
    Heating,
    HotWater,
    HouseholdOptions,
    Insulation,
    NewEnergiesRequest,
    RoofInput,
    WaterTemperature,
    WoodAppliance,
)


def read_request_file(path: Path, districts: tuple[str, ...] = ()) -> NewEnergiesRequest:
    """Read and check the JSON request in ``path``; ``districts``: the city profile's."""
    reader = JsonReader(Path(path).name)
    return RequestParser(reader, districts).request(reader.read_file(Path(path)))


def parse_request(
    raw: Any, name: str = "(demande)", districts: tuple[str, ...] = ()
) -> NewEnergiesRequest:
    """Check an already parsed request (from the UI); ``name`` appears in messages."""
    return RequestParser(JsonReader(name), districts).request(raw)


class RequestParser:
    """The request's structure, section by section, over a :class:`JsonReader`."""

    def __init__(self, reader: JsonReader, districts: tuple[str, ...]) -> None:
        self.r = reader
        self.districts = districts

    def request(self, raw: Any) -> NewEnergiesRequest:
        top = self.r.obj(
            raw, "", ("version", "date", "logement", "pans_de_toiture", "options"), ("logement",)
        )
        version = self.r.integer(top, "version", "", 1, 1000)
        if version is not None and version != REQUEST_VERSION:
            self.r.fail("version", f"version {REQUEST_VERSION} attendue, reçu {version}")
        dwelling = self.dwelling(top["logement"])
        roofs = tuple(
            self.roof(item, i)
            for i, item in enumerate(
                self.r.items(top.get("pans_de_toiture", []), "pans_de_toiture")
            )
        )
        if not roofs and dwelling.kind.is_house:
            self.r.fail("pans_de_toiture", "au moins un pan de toiture est attendu pour une maison")
        names = [roof.name for roof in roofs]
        for i, name in enumerate(names):
            if name in names[:i]:
                self.r.fail(child(child("pans_de_toiture", i), "nom"), f"nom « {name} » en double")
        return NewEnergiesRequest(
            dwelling, roofs, self.options(top.get("options", {})), self.r.day(top, "date", "")
        )

    def dwelling(self, raw: Any) -> Dwelling:
        p = "logement"
        fields = (
            "type", "surface_m2", "occupants", "adresse", "quartier", "latitude", "longitude",
            "etiquette_dpe", "isolation", "copropriete", "chauffage", "eau_chaude",
            "conduit_fumee", "stockage_bois_m3", "distance_voisin_m",
            "emplacement_unite_exterieure", "distance_reseau_chaleur_m",
            "abords_monument_historique",
        )  # fmt: skip
        data = self.r.obj(raw, p, fields, ("type", "surface_m2", "occupants", "chauffage"))
        r = self.r
        kind = r.choice(data, "type", p, DwellingKind) or DwellingKind.DETACHED
        district = r.text(data, "quartier", p)
        if district is not None and self.districts and district not in self.districts:
            r.fail(
                f"{p}.quartier", f"« {district} » inconnu (quartiers : {', '.join(self.districts)})"
            )
        label = r.one_of(data, "etiquette_dpe", p, LABELS)
        heating = self.heating(data["chauffage"])
        hot_water = self.hot_water(data.get("eau_chaude"), heating)
        condominium = r.boolean(data, "copropriete", p)
        r.integer(data, "occupants", p, 1, 20)
        return Dwelling(
            kind=kind,
            surface_m2=r.required(data, "surface_m2", p, 5, 2000, "m²"),
            occupants=int(r.required(data, "occupants", p, 1, 20)),
            heating=heating,
            hot_water=hot_water,
            address=r.text(data, "adresse", p),
            district=district,
            latitude_deg=r.number(data, "latitude", p, -90, 90, unit="°"),
            longitude_deg=r.number(data, "longitude", p, -180, 180, unit="°"),
            energy_label=label,
            insulation=r.choice(data, "isolation", p, Insulation),
            condominium=(kind is DwellingKind.FLAT) if condominium is None else condominium,
            has_flue=r.boolean(data, "conduit_fumee", p),
            wood_storage_m3=r.number(data, "stockage_bois_m3", p, 0, 500, unit="m³"),
            neighbour_distance_m=r.number(
                data, "distance_voisin_m", p, 0, 10_000, unit="m", strict_low=True
            ),
            outdoor_unit_space=r.boolean(data, "emplacement_unite_exterieure", p) is not False,
            heat_network_distance_m=r.number(
                data, "distance_reseau_chaleur_m", p, 0, 100_000, unit="m"
            ),
            protected_area=bool(r.boolean(data, "abords_monument_historique", p)),
        )

    def heating(self, raw: Any) -> Heating:
        p = "logement.chauffage"
        fields = ("energie", "generateur", "emetteurs", "temperature_eau", "collectif",
                  "consommation_kwh_an")  # fmt: skip
        data = self.r.obj(raw, p, fields, ("energie",))
        energy = self.r.one_of(data, "energie", p, ENERGIES) or ""
        generator = self.r.choice(data, "generateur", p, Generator) or _default_generator(energy)
        allowed = _generators_for(energy)
        if generator not in allowed:
            self.r.fail(
                f"{p}.generateur",
                f"« {generator.value} » impossible avec l'énergie « {energy} » (possibles : "
                f"{', '.join(g.value for g in allowed)})",
            )
        default_emitters = Emitters.ELECTRIC if generator is Generator.JOULE else (
            Emitters.ROOM_APPLIANCE if generator is Generator.STOVE else Emitters.WATER_RADIATORS
        )  # fmt: skip
        return Heating(
            energy=energy,
            generator=generator,
            emitters=self.r.choice(data, "emetteurs", p, Emitters) or default_emitters,
            water_temperature=self.r.choice(data, "temperature_eau", p, WaterTemperature),
            collective=bool(self.r.boolean(data, "collectif", p)),
            consumption_kwh=self.r.number(
                data, "consommation_kwh_an", p, 0, 500_000, unit="kWh/an"
            ),
        )

    def hot_water(self, raw: Any, heating: Heating) -> HotWater:
        p = "logement.eau_chaude"
        if raw is None:
            return HotWater(heating.energy, None, False, heating.collective)
        data = self.r.obj(raw, p, ("energie", "ballon_litres", "thermodynamique", "collectif"))
        return HotWater(
            energy=self.r.one_of(data, "energie", p, ENERGIES) or heating.energy,
            tank_litres=self.r.number(data, "ballon_litres", p, 30, 1000, unit="L"),
            thermodynamic=bool(self.r.boolean(data, "thermodynamique", p)),
            collective=bool(self.r.boolean(data, "collectif", p)),
        )

    def roof(self, raw: Any, index: int) -> RoofInput:
        p = child("pans_de_toiture", index)
        fields = ("nom", "inclinaison", "azimut", "surface_utile_m2", "puissance_kwc", "pose",
                  "masque_horizon")  # fmt: skip
        data = self.r.obj(raw, p, fields, ("inclinaison", "azimut"))
        area = self.r.number(data, "surface_utile_m2", p, 0, 2000, unit="m²", strict_low=True)
        kwp = self.r.number(data, "puissance_kwc", p, 0, 100, unit="kWc", strict_low=True)
        if (area is None) == (kwp is None):
            self.r.fail(p, "indiquez soit « surface_utile_m2 », soit « puissance_kwc » (une seule)")
        mounting = self.r.one_of(data, "pose", p, MOUNTINGS) or "surimpose"
        return RoofInput(
            name=self.r.text(data, "nom", p) or f"pan {index + 1}",
            tilt_deg=self.r.required(data, "inclinaison", p, 0, 90, "°"),
            azimuth_deg=self.r.required(data, "azimut", p, 0, 360, "°"),
            area_m2=area,
            peak_power_kwp=kwp,
            mounting=MOUNTINGS[mounting],
            horizon=self.horizon(data.get("masque_horizon"), child(p, "masque_horizon")),
            path=p,
        )

    def horizon(self, raw: Any, p: str) -> tuple[tuple[float, float], ...] | None:
        if raw is None:
            return None
        points = []
        for i, pair in enumerate(self.r.items(raw, p)):
            where = child(p, i)
            if not isinstance(pair, list) or len(pair) != 2:
                self.r.fail(where, "une paire [azimut, hauteur] en degrés est attendue")
            values = {"azimut": pair[0], "hauteur": pair[1]}
            points.append(
                (
                    self.r.required(values, "azimut", where, 0, 360, "°"),
                    self.r.required(values, "hauteur", where, 0, 90, "°"),
                )
            )
        return tuple(points)

    def options(self, raw: Any) -> HouseholdOptions:
        p = "options"
        fields = ("vehicule_electrique", "batterie", "routeur_eau_chaude", "criteres_tva_reduite",
                  "prix_electricite_eur_kwh", "appareil_bois")  # fmt: skip
        data = self.r.obj(raw, p, fields)
        km = None
        if data.get("vehicule_electrique") is not None:
            ev = self.r.obj(data["vehicule_electrique"], f"{p}.vehicule_electrique", ("km_par_an",),
                            ("km_par_an",))  # fmt: skip
            km = self.r.required(ev, "km_par_an", f"{p}.vehicule_electrique", 0, 200_000, "km")
        battery, battery_kwh, battery_kw = self.battery(data.get("batterie"), f"{p}.batterie")
        return HouseholdOptions(
            ev_km_per_year=km,
            battery=battery,
            battery_kwh=battery_kwh,
            battery_kw=battery_kw,
            router=bool(self.r.boolean(data, "routeur_eau_chaude", p)),
            reduced_vat_criteria=bool(self.r.boolean(data, "criteres_tva_reduite", p)),
            electricity_eur_kwh=self.r.number(
                data, "prix_electricite_eur_kwh", p, 0.01, 2.0, unit="€/kWh"
            ),
            wood_appliance=self.r.choice(data, "appareil_bois", p, WoodAppliance),
        )

    def battery(self, raw: Any, p: str) -> tuple[bool, float | None, float | None]:
        """Wanted?, capacity [kWh] and power [kW]: ``true`` (the default battery), ``false`` or
        ``{"capacite_kwh": …, "puissance_kw": …}``."""
        if raw is None or raw is False:
            return False, None, None
        if raw is True:
            return True, None, None
        data: Mapping[str, Any] = self.r.obj(raw, p, ("capacite_kwh", "puissance_kw"),
                                             ("capacite_kwh",))  # fmt: skip
        capacity = self.r.required(data, "capacite_kwh", p, 0.5, 100, "kWh")
        power = self.r.number(data, "puissance_kw", p, 0.1, 50, unit="kW")
        return True, capacity, power


def _default_generator(energy: str) -> Generator:
    if energy == "electricite":
        return Generator.JOULE
    if energy == "reseau_chaleur":
        return Generator.SUBSTATION
    return Generator.STOVE if energy.startswith("bois") else Generator.BOILER


def _generators_for(energy: str) -> tuple[Generator, ...]:
    if energy == "electricite":
        return (Generator.JOULE, Generator.HEAT_PUMP, Generator.BOILER)
    if energy == "reseau_chaleur":
        return (Generator.SUBSTATION,)
    return (Generator.BOILER, Generator.STOVE)
