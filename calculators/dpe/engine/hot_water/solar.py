"""Solar share of hot water (3CL-DPE 2021, annex 1, §11.3 and §18.4).

With one hot-water system backed by solar collectors, Cecs = Becs × (1 − Fecs) × Iecs and the
solar production is Prodecs_solaire = Becs × Fecs × Iecs. The default coverage factor Fecs
depends on the zone, the kind of solar installation (hot water alone, older or newer than 5
years, or combined with heating) and the building (house or block of flats): ADEME's table
``facteur_couverture_solaire``. A justified factor may be entered instead.
"""

from __future__ import annotations

from enum import IntEnum

from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.tables import find_rows


class SolarInstallation(IntEnum):
    """Kinds of solar installation; values are ADEME ``enum_type_installation_solaire_id``."""

    ECS_PLUS_DE_5_ANS = 2
    ECS_MOINS_DE_5_ANS = 3
    CHAUFFAGE_ET_ECS = 4


def default_solar_fraction(
    installation: SolarInstallation, zone: ClimateZone, house: bool
) -> float:
    """Default Fecs [-] (§18.4); a block of flats has no combined row in the table."""
    zone_id = list(ClimateZone).index(ClimateZone(zone)) + 1
    rows = find_rows(
        "facteur_couverture_solaire",
        enum_zone_climatique_id=zone_id,
        enum_type_installation_solaire_id=int(installation),
        type_batiment="maison" if house else "immeuble",
        usage="ecs",
    )
    if not rows:
        raise SystemsInputError(
            "ECS solaire : pas de facteur de couverture par défaut pour cette installation, "
            "saisir le facteur justifié.",
            field="facteur de couverture solaire",
        )
    return rows[0].number("facteur_couverture_solaire")
