"""Hot water, ventilation, cooling and PV of a simple description as the engine needs them.

Hot water (§11, §14): the generator's ADEME type and its calculation family, energy, tank volume,
collective or not, and whether it is the heating boiler (a combined boiler shares its Pn, §14.1.2).
Ventilation (§4, §5): the ``type_ventilation`` id of the installation period. Cooling (§10): the
installation period of the default EER. PV (§16.2): module area from the peak power (r = 17 %)
and the orientation and tilt classes. Unknowns take the method's defaults or the desk assumptions
of ``expand_defaults.json``, each stated in ``notes``.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.dpe.engine.cooling import CoolingPeriod
from calculators.dpe.engine.hot_water.ademe_generators import family_of
from calculators.dpe.engine.pv_deduction import PvField
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple import expand_ids as ids
from calculators.dpe.simple.choices import (
    Energie,
    OrientationPv,
    TypeClimatisation,
    TypeLogement,
    TypeVentilation,
)
from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.choices import GenerateurEcs as W
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.expand_heating import Heating
from calculators.dpe.simple.expand_notes import Notes
from calculators.dpe.simple.from_ademe_systems import PV_MODULE_EFFICIENCY
from calculators.dpe.simple.official_ids import construction_year, ventilation_id

BOILERS = frozenset(
    {
        G.CHAUDIERE_CLASSIQUE,
        G.CHAUDIERE_STANDARD,
        G.CHAUDIERE_BASSE_TEMPERATURE,
        G.CHAUDIERE_CONDENSATION,
        G.CHAUDIERE_BOIS,
        G.CHAUDIERE_ELECTRIQUE,
        G.PAC_HYBRIDE,
    }
)
"""Heating generators that can also make the hot water (combined boiler, §14.1.2)."""
_INFERRED = {
    W.CHAUDIERE: None,
    W.GAZ_INSTANTANE: Energie.GAZ_NATUREL,
    W.ACCUMULATEUR_GAZ: Energie.GAZ_NATUREL,
    W.POELE_BOUILLEUR: Energie.BOIS_BUCHES,
    W.RESEAU_CHALEUR: Energie.RESEAU_CHALEUR,
}
_ELECTRIC_ONLY = frozenset(
    {W.BALLON_ELECTRIQUE, W.ELECTRIQUE_INSTANTANE, W.THERMODYNAMIQUE, W.PAC_DOUBLE_SERVICE}
)
"""Hot-water generators that run on electricity only (their ADEME types list no other)."""
_STORED = frozenset({"ballon_electrique", "thermodynamique", "accumulateur_gaz"})
_PV_ORIENTATIONS = {
    OrientationPv.EST: 1,
    OrientationPv.SUD_EST: 2,
    OrientationPv.SUD: 3,
    OrientationPv.SUD_OUEST: 4,
    OrientationPv.OUEST: 5,
}
_PV_TILTS = ((15.0, 1), (45.0, 2), (75.0, 3))
"""``inclinaison_pv``: 1 ≤ 15°, 2 ≤ 45°, 3 ≤ 75°, 4 above (§16.2)."""


@dataclass(frozen=True, slots=True)
class HotWater:
    """The hot-water generator: ``type_generateur_ecs`` id and family (``ballon_electrique``,
    ``chaudiere``, ``thermodynamique``…), energy, tank volume [L] (0: instantaneous),
    collective or not, and ``combined`` when it is the heating boiler (its Pn, §14.1.2)."""

    type_id: int
    family: str
    energy: Energie
    energy_id: int
    volume_l: float
    collective: bool
    combined: bool
    share: float
    """The dwelling's part a of a collective tank's losses (§17.2.1); 1 otherwise."""


@dataclass(frozen=True, slots=True)
class Systems:
    """Everything but heating and the envelope."""

    hot_water: HotWater
    ventilation_id: int
    cooling: CoolingPeriod | None
    pv: PvField | None


def expand_systems(description: SimpleDescription, heating: Heating, notes: Notes) -> Systems:
    built = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    return Systems(
        hot_water=_hot_water(description, heating, built, notes),
        ventilation_id=_ventilation(description, built, notes),
        cooling=_cooling(description, built, notes),
        pv=_pv(description, notes),
    )


def _hot_water(
    description: SimpleDescription, heating: Heating, built: int, notes: Notes
) -> HotWater:
    ecs = description.eau_chaude
    collective = heating.collective if ecs.collectif is None else ecs.collectif
    kind, energy = ecs.generateur, ecs.energie
    main = heating.generators[0]
    combustion = heating.heated_main is G.AUTRE and main.energy is not Energie.ELECTRICITE
    boiler = (heating.heated_main in BOILERS or combustion) and heating.collective == collective
    if kind is W.INCONNU:
        kind = (
            W.CHAUDIERE
            if boiler
            else (
                W.RESEAU_CHALEUR
                if heating.heated_main is G.RESEAU_CHALEUR and collective
                else W.BALLON_ELECTRIQUE
            )
        )
        notes.add(
            "eau_chaude.generateur",
            f"Production d'eau chaude inconnue : {kind.libelle} (hypothèse du guichet).",
        )
    if energy is Energie.INCONNUE:
        energy = _INFERRED.get(kind, Energie.ELECTRICITE) or (
            main.energy if boiler else Energie.GAZ_NATUREL
        )
        if kind is not W.BALLON_ELECTRIQUE:
            notes.add(
                "eau_chaude.energie",
                f"Énergie de l'eau chaude inconnue : {energy.libelle} (hypothèse du guichet).",
            )
    elif kind in _ELECTRIC_ONLY and energy is not Energie.ELECTRICITE:
        notes.add(
            "eau_chaude.energie",
            f"{kind.libelle.capitalize()} : énergie « {energy.libelle} » impossible, "
            "électricité retenue.",
        )
        energy = Energie.ELECTRICITE
    year = ecs.annee_installation or built
    combined = kind is W.CHAUDIERE and boiler and energy is main.energy
    type_id = _type_id(kind, energy, year, combined, heating, built)
    family = family_of(type_id)
    volume = ecs.volume_ballon_l
    if volume is None:
        volume = defaults.number("eau_chaude", "volume_ballon_l") if family in _STORED else 0.0
        if family in _STORED:
            notes.add(
                "eau_chaude.volume_ballon_l",
                f"Volume du ballon inconnu : {volume:g} L "
                "(médiane du corpus, hypothèse du guichet).",
            )
    share = 1.0
    flat = description.logement.type is TypeLogement.APPARTEMENT
    if collective and flat and volume > 0:
        share = min(1.0, defaults.number("eau_chaude", "volume_par_logement_collectif_l") / volume)
    return HotWater(
        type_id, family, energy, ids.energy_id(energy), volume, collective, combined, share
    )


def _type_id(
    kind: W, energy: Energie, year: int, combined: bool, heating: Heating, built: int
) -> int:
    if combined:
        candidates = ids.boiler_hot_water_ids(heating.heated_main, energy)
        heating_year = year if heating.collective else built
        if candidates is not None:
            return ids.by_period("type_generateur_ecs", candidates, heating_year)
    if kind is W.CHAUDIERE:
        candidates = ids.boiler_hot_water_ids(G.CHAUDIERE_STANDARD, energy) or (
            ids.boiler_hot_water_ids(G.CHAUDIERE_BOIS, energy)
        )
    elif kind is W.BALLON_ELECTRIQUE:
        candidates = (defaults.integer("eau_chaude", "type_ballon_electrique"),)
    else:
        candidates = ids.hot_water_ids(kind, energy)
    if candidates is None:
        raise SimpleDescriptionError(
            f"eau_chaude.generateur : « {kind.libelle} » ne fonctionne pas à l'énergie "
            f"« {energy.libelle} ».",
            field="eau_chaude.generateur",
        )
    return ids.by_period("type_generateur_ecs", candidates, year)


def _ventilation(description: SimpleDescription, built: int, notes: Notes) -> int:
    kind = description.ventilation.type
    if kind is TypeVentilation.INCONNUE:
        rows = defaults.group("ventilation_par_periode")["lignes"]
        kind = TypeVentilation(defaults.by_year(rows, built))
        notes.add(
            "ventilation.type",
            f"Ventilation inconnue : {kind.libelle} (type le plus "
            "fréquent de la période, arrêté du 24 mars 1982 ; hypothèse du guichet).",
        )
    year = description.ventilation.annee_installation or built
    ident = ventilation_id(kind, year)
    assert ident is not None
    return ident


def _cooling(description: SimpleDescription, built: int, notes: Notes) -> CoolingPeriod | None:
    if description.climatisation.type in (TypeClimatisation.AUCUNE, TypeClimatisation.INCONNUE):
        return None
    if built >= 2015:
        return CoolingPeriod.DEPUIS_2015
    notes.add(
        "climatisation.type",
        "Climatisation : installée entre 2008 et 2014 (EER par "
        "défaut du §10.3 ; année : hypothèse du guichet).",
    )
    return CoolingPeriod.DE_2008_A_2014


def _pv(description: SimpleDescription, notes: Notes) -> PvField | None:
    pv = description.photovoltaique
    if pv is None:
        return None
    orientation = _PV_ORIENTATIONS.get(pv.orientation)
    if orientation is None:
        orientation = _PV_ORIENTATIONS[OrientationPv.SUD]
        notes.add(
            "photovoltaique.orientation",
            "Orientation des panneaux inconnue : sud (hypothèse du guichet).",
        )
    tilt = 2
    if pv.inclinaison_deg is not None:
        tilt = next((ident for bound, ident in _PV_TILTS if pv.inclinaison_deg <= bound), 4)
    else:
        notes.add(
            "photovoltaique.inclinaison_deg",
            "Inclinaison des panneaux inconnue : entre 15 et 45° (hypothèse du guichet).",
        )
    return PvField(orientation, tilt, area_m2=pv.puissance_kwc / PV_MODULE_EFFICIENCY)
