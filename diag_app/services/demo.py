"""The demo register: ~50 invented dwellings, 10 cases and a diagnostic history, always the same.

Built from :mod:`diag_app.services.demo_catalogue` with a seeded random generator, so two runs
(and two machines) produce identical records, identifiers and UUIDs. Identifiers are invented but
well formed (RNB, BAN key, parcel, permit numbers); people are obviously fictitious.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from diag_app import __version__
from diag_app.city import CityProfile
from diag_app.models.enums import CaseStatus, DiagnosticKind, DwellingType
from diag_app.models.text import fold
from diag_app.services.demo_catalogue import (
    ADVISERS,
    APPLICANTS,
    PROJECTS,
    TYPOLOGIES,
    Result,
    Typology,
)
from diag_app.services.records import CaseRecord, DiagnosticRecord, DwellingRecord

SEED = 62119
# The RNB alphabet leaves out letters easily mistaken for digits (I, L, O, U).
RNB_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RULES_2021 = "3CL-DPE 2021 (arrêté du 31 mars 2021), électricité 2,3 kWhEP/kWhEF — démonstration"
SHARE_DIAGNOSED = 0.6
FLATS_PER_BUILDING = 3


@dataclass
class DemoRegister:
    """Records ready to save, in dependency order (dwellings, then cases and diagnostics)."""

    dwellings: list[DwellingRecord] = field(default_factory=list)
    cases: list[CaseRecord] = field(default_factory=list)
    diagnostics: list[DiagnosticRecord] = field(default_factory=list)


class _Builder:
    def __init__(self, city: CityProfile) -> None:
        self.city = city
        self.rng = random.Random(SEED)
        self.out = DemoRegister()
        self.street_codes: dict[str, str] = {}

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def district(self, index: int, typology: Typology) -> str:
        """The typology's district, or (for another city's profile) one of that city's."""
        names = self.city.districts
        return typology.district if typology.district in names else names[index % len(names)]

    def street_code(self, street: str) -> str:
        if street not in self.street_codes:
            self.street_codes[street] = f"{len(self.street_codes) * 37 + 101:04d}"
        return self.street_codes[street]

    def building(self, index: int, typology: Typology) -> dict[str, object]:
        """Address and identifiers shared by the flats of one building (or one house)."""
        street = self.rng.choice(typology.streets)
        number = self.rng.randint(1, 180)
        rnb = "".join(self.rng.choice(RNB_ALPHABET) for _ in range(12))
        section = f"A{chr(ord('B') + index)}"
        return {
            "street": street,
            "number": number,
            "ban_key": f"{self.city.insee}_{self.street_code(street)}_{number:05d}",
            "rnb_id": rnb,
            "parcel_id": f"{self.city.insee}000{section}{self.rng.randint(1, 999):04d}",
            "latitude": round(self.city.latitude + self.rng.uniform(-0.012, 0.012), 5),
            "longitude": round(self.city.longitude + self.rng.uniform(-0.018, 0.018), 5),
        }

    def dwellings(self) -> None:
        for index, typology in enumerate(TYPOLOGIES):
            per_building = FLATS_PER_BUILDING if typology.dwelling_type is DwellingType.FLAT else 1
            place: dict[str, object] = {}
            year = 0
            for n in range(typology.count):
                if n % per_building == 0:
                    place = self.building(index, typology)
                    year = self.rng.randint(*typology.years)
                flat = f", apt {self.rng.randint(1, 9)}{n % per_building + 1:02d}" if (
                    per_building > 1
                ) else ""
                energy, results = self.rng.choice(typology.heating)
                record = DwellingRecord(
                    id=self.uuid(),
                    address_label=(
                        f"{place['number']} {place['street']}{flat}, {self.city.postcode} "
                        f"{self.city.name}"
                    ),
                    ban_key=str(place["ban_key"]),
                    rnb_id=str(place["rnb_id"]),
                    parcel_id=str(place["parcel_id"]),
                    district=self.district(index, typology),
                    dwelling_type=typology.dwelling_type,
                    construction_year=year,
                    reference_surface_m2=float(self.rng.randint(*map(int, typology.surface_m2))),
                    levels=self.rng.randint(*typology.levels),
                    ceiling_height_m=typology.ceiling_height_m,
                    heating_energy=energy,
                    latitude=float(place["latitude"]),  # type: ignore[arg-type]
                    longitude=float(place["longitude"]),  # type: ignore[arg-type]
                )
                self.out.dwellings.append(record)
                if self.rng.random() < SHARE_DIAGNOSED:
                    self.history(record, results)

    def history(self, dwelling: DwellingRecord, results: tuple[Result, ...]) -> None:
        """One or two diagnostics; a second one is never worse (works were done meanwhile)."""
        first = self.rng.randrange(len(results))
        picks = [first]
        if first + 1 < len(results) and self.rng.random() < 0.5:
            picks.append(self.rng.randrange(first + 1, len(results)))
        day = date(2022, 1, 10) + timedelta(days=self.rng.randint(0, 500))
        for pick in picks:
            cep, eges, energy_class, climate_class = results[pick]
            self.out.diagnostics.append(
                DiagnosticRecord(
                    id=self.uuid(),
                    dwelling_id=dwelling.id,  # type: ignore[arg-type]
                    kind=DiagnosticKind.SIMPLIFIED,
                    inputs={
                        "source": "démonstration",
                        "surface_reference_m2": dwelling.reference_surface_m2,
                        "annee_construction": dwelling.construction_year,
                        "energie_chauffage": dwelling.heating_energy.value,
                    },
                    outputs={"cep_kwh_m2": cep, "eges_kg_m2": eges},
                    energy_class=energy_class,
                    climate_class=climate_class,
                    cep_kwh_m2=cep,
                    eges_kg_m2=eges,
                    rules_version=RULES_2021,
                    engine_version=f"diag-app {__version__} (démonstration)",
                    performed_at=datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC),
                )
            )
            day += timedelta(days=self.rng.randint(200, 700))

    def cases(self) -> None:
        dept = self.city.departement.rjust(3, "0")
        commune = self.city.insee[2:]
        for n, (kind, permit_kind, description) in enumerate(PROJECTS):
            filed = date(2025, 1, 6) + timedelta(days=self.rng.randint(0, 330))
            permit = (
                f"{permit_kind} {dept} {commune} {filed:%y} {self.rng.randint(1, 400):05d}"
                if permit_kind
                else ""
            )
            dwelling = self.rng.choice(self.out.dwellings) if n < 8 else None
            self.out.cases.append(
                CaseRecord(
                    id=self.uuid(),
                    permit_number=permit,
                    filed_on=filed if permit else None,
                    applicant_name=APPLICANTS[n],
                    applicant_contact=f"{_slug(APPLICANTS[n])}@example.org",
                    adviser_name=ADVISERS[n % len(ADVISERS)],
                    project_kind=kind,
                    project_description=description,
                    status=list(CaseStatus)[n % len(CaseStatus)],
                    dwelling_id=dwelling.id if dwelling else None,
                )
            )


def _slug(name: str) -> str:
    return fold(name).replace(" ", ".")


def build_demo(city: CityProfile) -> DemoRegister:
    """The demo records for ``city`` (Béthune's districts; another city gets its own names)."""
    builder = _Builder(city)
    builder.dwellings()
    builder.cases()
    return builder.out
