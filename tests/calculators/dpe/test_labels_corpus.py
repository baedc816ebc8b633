"""Our labelling reproduces the official DPE label of the ADEME corpus (231 real XML files).

Reference: each file's ``logement/sortie`` — ``ep_conso/classe_bilan_dpe`` (the DPE label) and
``emission_ges/classe_emission_ges`` (climate class) — computed by certified software from the
same ``ep_conso_5_usages_m2`` and ``emission_ges_5_usages_m2`` we read, on the file's date. The
label needs no conversion factor (the official values already embed theirs). Target: ≥ 99.5 %
of usable files reproduced exactly (the brief's acceptance level; classes are discrete). Files
without a date or official values (exports made before deposit) are not usable and are listed.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.labels import label

pytestmark = pytest.mark.corpus

REQUIRED_SHARE = 0.995
# enum_zone_climatique_id of the ADEME model (table zone_climatique).
ZONES = dict(zip("12345678", ("H1a", "H1b", "H1c", "H2a", "H2b", "H2c", "H2d", "H3"), strict=True))
ABOVE_800_M = "3"  # enum_classe_altitude_id: "supérieur à 800m"


@dataclass(frozen=True)
class OfficialDpe:
    """What one file states: our inputs and the official classes."""

    name: str
    day: date
    cep: float
    eges: float
    surface_m2: float
    altitude_m: float | None
    zone: str | None
    official_label: str
    official_climate: str


def read_official(path: Path) -> OfficialDpe | None:
    """The few elements the label needs, or None when the file lacks one of them."""
    root = ET.parse(path).getroot()
    out = "logement/sortie/"
    general = "logement/caracteristique_generale/"
    texts = {
        "day": root.findtext("administratif/date_etablissement_dpe"),
        "cep": root.findtext(out + "ep_conso/ep_conso_5_usages_m2"),
        "eges": root.findtext(out + "emission_ges/emission_ges_5_usages_m2"),
        "label": root.findtext(out + "ep_conso/classe_bilan_dpe"),
        "climate": root.findtext(out + "emission_ges/classe_emission_ges"),
    }
    if any(text is None for text in texts.values()):
        return None
    try:
        day = date.fromisoformat(str(texts["day"])[:10])
    except ValueError:
        return None
    # The reference surface of the label: the dwelling's when the file has one (house, flat,
    # flat generated from a building DPE), else the building's (whole-building DPE).
    dwelling = float(root.findtext(general + "surface_habitable_logement") or 0)
    building = float(root.findtext(general + "surface_habitable_immeuble") or 0)
    return OfficialDpe(
        name=path.name,
        day=day,
        cep=float(str(texts["cep"])),
        eges=float(str(texts["eges"])),
        surface_m2=dwelling or building,
        altitude_m=_altitude(root),
        zone=ZONES.get(root.findtext("logement/meteo/enum_zone_climatique_id") or ""),
        official_label=str(texts["label"]).strip(),
        official_climate=str(texts["climate"]).strip(),
    )


def _altitude(root: ET.Element) -> float | None:
    """The altitude in metres; when a file gives only the class "above 800 m", any altitude of
    that class selects the same thresholds (annexe 5 tests "supérieure à 800 m" only), so the
    first value above 800 stands for it."""
    text = root.findtext("logement/meteo/altitude")
    if text:
        return float(text)
    if root.findtext("logement/meteo/enum_classe_altitude_id") == ABOVE_800_M:
        return math.nextafter(800.0, math.inf)
    return None


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[Path]:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return sorted(folder.glob("*.xml"))


def test_official_labels_are_reproduced(corpus: list[Path]) -> None:
    unusable: list[str] = []
    label_misses: list[str] = []
    climate_misses: list[str] = []
    usable = 0
    for path in corpus:
        dpe = read_official(path)
        if dpe is None:
            unusable.append(path.name)
            continue
        usable += 1
        ours = label(
            dpe.cep,
            dpe.eges,
            dpe.surface_m2,
            dpe.day,
            altitude_m=dpe.altitude_m,
            climate_zone=dpe.zone,
        )
        where = (
            f"{dpe.name} ({dpe.day}, Cep {dpe.cep:g}, EGES {dpe.eges:g}, {dpe.surface_m2:g} m², "
            f"{ours.thresholds.description})"
        )
        if ours.label != dpe.official_label:
            label_misses.append(f"{where}: officiel {dpe.official_label}, nous {ours.label}")
        if ours.climate_class != dpe.official_climate:
            climate_misses.append(
                f"{where}: climat officiel {dpe.official_climate}, nous {ours.climate_class}"
            )
    share = (usable - len(label_misses)) / usable
    print(
        f"\nCorpus ADEME : {usable} fichiers utilisables sur {len(corpus)}, étiquette "
        f"reproduite à {share:.1%} ; inutilisables : {unusable}",
        "Écarts d'étiquette :",
        *label_misses,
        "Écarts de classe climat :",
        *climate_misses,
        sep="\n",
    )
    assert usable >= 0.99 * len(corpus), unusable
    assert share >= REQUIRED_SHARE, label_misses
    assert (usable - len(climate_misses)) / usable >= REQUIRED_SHARE, climate_misses
