"""Needs of an ADEME DPE file's description: the adapter from the typed XML inputs to
:func:`~calculators.dpe.engine.needs.compute_needs` and the air-renewal stage.

>>> dpe = read_dpe("2238E0097309E.xml")  # doctest: +SKIP
>>> glazing = glazing_from_intermediaire(dpe.inputs.enveloppe)  # doctest: +SKIP
>>> result = needs_from_ademe(dpe.inputs, 312.4, glazing)  # doctest: +SKIP
>>> round(result.besoin_ch)  # doctest: +SKIP

What is described decides the living area of the calculation: the dwelling for a house or a
flat, the whole building for a building DPE, for a flat generated from building data (the
``surface_reference`` column of the official enum ``methode_application_dpe_log``) and for a
flat of an RT2012/RE2020 building study (its ``type_virtualisation_extrapolation``: the
building's consumptions « répartition des consommations … selon la méthode de clé de
répartition … du DPE neuf », so its needs are the building's, §11.1 with Nblgt). Doubtful
input is handled as the method says or as the certified engines do, and noted in ``warnings``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from calculators.dpe.ademe.inputs import DpeInputs
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.dpe.engine.envelope import EnvelopeResult
from calculators.dpe.engine.envelope.conventions import DEFAULT_CONVENTIONS, EngineConventions
from calculators.dpe.engine.gains import Glazing
from calculators.dpe.engine.hot_water_need import HousingKind
from calculators.dpe.engine.inertia import InertiaClass, inertia_class
from calculators.dpe.engine.needs import NeedsInputs, NeedsResult, compute_needs
from calculators.dpe.engine.needs_errors import NeedsInputError, require_positive
from calculators.dpe.engine.needs_from_ademe_envelope import (
    air_renewal_inputs,
    glazing_from_envelope,
    glazing_from_intermediaire,
    sdep_m2,
    split_glazing,
)
from calculators.dpe.engine.needs_from_ademe_systems import generator_losses, hot_water_losses
from calculators.dpe.engine.ventilation import air_renewal
from calculators.dpe.tables import Row, TableLookupError, enum_row

__all__ = [
    "building_needs",
    "glazing_from_envelope",
    "glazing_from_intermediaire",
    "needs_from_ademe",
    "old_walls_climate",
    "shared_by_keys",
]

BUILDING_SURFACE = "surface_habitable_immeuble"
"""``surface_reference`` of the descriptions of a whole building (official enum
``methode_application_dpe_log``)."""
SHARED_BY_KEYS = "répartition des consommations"
"""Start of the ``type_virtualisation_extrapolation`` of the flats of an RT2012/RE2020 building
study (methods 15, 16, 19, 20, 22–25 of the same enum): the building's consumptions are shared
out by the keys of the new-building DPE, so the needs are the building's."""
SAME_SURFACE_TOLERANCE = 1.01
"""A ventilation surface within 1 % of the flat's area is the flat's, not the building's."""


def needs_from_ademe(
    dpe_inputs: DpeInputs,
    deperdition_enveloppe_w_k: float,
    glazing: Sequence[Glazing | None],
    *,
    includes_air_renewal: bool = True,
    envelope: EnvelopeResult | None = None,
    conventions: EngineConventions = DEFAULT_CONVENTIONS,
) -> NeedsResult:
    """Air renewal, gains and needs of ``dpe_inputs``.

    ``deperdition_enveloppe_w_k`` is GV as in the ADEME output ``deperdition_enveloppe``:
    walls, floors, roofs, windows, doors, thermal bridges *and* air renewal (§3); pass
    ``includes_air_renewal=False`` for the envelope alone, and Hvent + Hperm computed here are
    added. ``glazing[i]`` describes ``enveloppe.baies_vitrees[i]`` (None: Sw unknown); see
    :func:`glazing_from_envelope` and :func:`glazing_from_intermediaire`. ``envelope``: our
    envelope stage's result, whose Sdep (``surface_deperditive_m2``) then replaces the one
    read from the file's own b values for the air renewal (§4). ``conventions``: the readings
    of the program that wrote the file (:func:`conventions_for`; here, its façade exposure and
    its collective tanks).
    """
    warnings: list[str] = []
    surface, kind, dwellings, building = _described_dwellings(dpe_inputs, warnings)
    inertia = _inertia(dpe_inputs, warnings)
    sdep = sdep_m2(dpe_inputs.enveloppe) if envelope is None else envelope.surface_deperditive_m2
    hvent, hperm = _air_renewal(
        dpe_inputs, surface, sdep, warnings, one_facade_as_several=conventions.one_facade_as_several
    )
    gv = require_positive(deperdition_enveloppe_w_k, "déperditions de l'enveloppe")
    if not includes_air_renewal:
        gv += hvent + hperm
    outside, sunspaces = split_glazing(dpe_inputs.enveloppe, glazing, warnings)
    old_walls = old_walls_climate(dpe_inputs)
    if dpe_inputs.meteo.batiment_materiaux_anciens and not inertia.heavy:
        why = "ses composants lourds (§7.4)" if old_walls else "le §18.3 exige une inertie lourde"
        warnings.append(
            f"bâtiment en matériaux anciens d'inertie déclarée {inertia.label} : données "
            f"climatiques du §{'18.3' if old_walls else '18.2'} ({why})"
        )
    inputs = NeedsInputs(
        zone=ClimateZone.from_enum_id(dpe_inputs.meteo.enum_zone_climatique_id),
        altitude=_altitude(dpe_inputs.meteo.enum_classe_altitude_id),
        surface_habitable_m2=surface,
        housing_kind=kind,
        gv_w_k=gv,
        inertia=inertia,
        glazings=outside,
        dwellings=dwellings,
        parois_anciennes=old_walls,
        sunspaces=sunspaces,
        hot_water=hot_water_losses(
            dpe_inputs.systemes.installations_ecs,
            building,
            warnings,
            collective_tank_recovered=conventions.collective_tank_recovered,
        ),
        generators=generator_losses(
            dpe_inputs.systemes.installations_chauffage, building, warnings
        ),
    )
    return compute_needs(inputs, hvent_w_k=hvent, hperm_w_k=hperm, warnings=tuple(warnings))


def _described_dwellings(
    dpe_inputs: DpeInputs, warnings: list[str]
) -> tuple[float, HousingKind, int, bool]:
    """Living area Sh of the calculation, the Nmax law, the number of dwellings (§11.1) and
    whether the description is the whole building's."""
    cg = dpe_inputs.caracteristique_generale
    kind, building, _ = _method_facts(cg.enum_methode_application_dpe_log_id)
    surface = cg.surface_habitable_immeuble if building else cg.surface_habitable_logement
    if surface is None:
        surface = cg.surface_habitable_logement or cg.surface_habitable_immeuble
        warnings.append("surface habitable attendue absente : l'autre surface déclarée est retenue")
    if surface is None:
        raise NeedsInputError(
            "caracteristique_generale : aucune surface habitable déclarée",
            field="surface habitable",
        )
    dwellings = 1
    if building:
        dwellings = cg.nombre_appartement or 1
        if cg.nombre_appartement is None:
            warnings.append("nombre d'appartements absent : un seul logement retenu pour Nadeq")
    return require_positive(surface, "surface habitable"), kind, dwellings, building


def building_needs(enum_methode_application_dpe_log_id: int) -> bool:
    """Whether the needs of a file with this application method are the whole building's: a
    building DPE, a flat generated from building data, a flat of a building study."""
    return _method_facts(enum_methode_application_dpe_log_id)[1]


def shared_by_keys(enum_methode_application_dpe_log_id: int) -> bool:
    """Whether the file is a flat of an RT2012/RE2020 building study, whose consumptions are
    the building's shared out by the new-building DPE's keys (:data:`SHARED_BY_KEYS`)."""
    return _method_facts(enum_methode_application_dpe_log_id)[2]


@lru_cache(maxsize=64, typed=True)
def _method_facts(method_id: int) -> tuple[HousingKind, bool, bool]:
    """The Nmax law, whether the needs are the building's and whether they are shared by keys,
    for an application method (a row of the official enum, read once per method)."""
    method = _method_row(method_id)
    kind = HousingKind.INDIVIDUEL if method["type_batiment"] == "maison" else HousingKind.COLLECTIF
    return kind, _describes_building(method), _shared(method)


def _method_row(method_id: int) -> Row:
    try:
        return enum_row("methode_application_dpe_log", method_id)
    except TableLookupError as exc:
        raise NeedsInputError(
            f"méthode d'application du DPE : {exc}", field="enum_methode_application_dpe_log_id"
        ) from exc


def _describes_building(method: Row) -> bool:
    return method["surface_reference"] == BUILDING_SURFACE or _shared(method)


def _shared(method: Row) -> bool:
    extrapolation = method["type_virtualisation_extrapolation"]
    return isinstance(extrapolation, str) and extrapolation.startswith(SHARED_BY_KEYS)


def old_walls_climate(dpe_inputs: DpeInputs) -> bool:
    """Whether the climate data of §18.3 apply (old-material buildings of heavy inertia, used
    for the needs and the base + back-up split of §9.8): built of old materials and heavy by
    its declared class or by its components (§7.4: two or three heavy ones).

    The certified engines take either: 2316E1073443Z and 2287E1043883T (declared heavy,
    components medium) and 2387E0402213E and 2464E1799476F (declared medium, components heavy)
    all match their official needs within 0.01 % with §18.3, and are 1.5 to 6 % off without.
    """
    if not dpe_inputs.meteo.batiment_materiaux_anciens:
        return False
    declared = dpe_inputs.enveloppe.inertie
    components = _components_class(dpe_inputs)
    heavy_components = components is not None and components.heavy
    return heavy_components or _declared_class(declared.enum_classe_inertie_id).heavy


def _inertia(dpe_inputs: DpeInputs, warnings: list[str]) -> InertiaClass:
    """The declared inertia class (the certified engines compute the needs with it), checked
    against its three components when they are given."""
    cls = _declared_class(dpe_inputs.enveloppe.inertie.enum_classe_inertie_id)
    components = _components_class(dpe_inputs)
    if components is not None and components is not cls:
        warnings.append(
            f"classe d'inertie déclarée {cls.label}, composants déclarés : {components.label} "
            "(§7.4) ; la classe déclarée est retenue"
        )
    return cls


def _declared_class(enum_classe_inertie_id: int) -> InertiaClass:
    try:
        return InertiaClass(enum_classe_inertie_id)
    except ValueError as exc:
        raise NeedsInputError(
            f"classe d'inertie « {enum_classe_inertie_id} » inconnue (1 à 4 attendu)",
            field="enum_classe_inertie_id",
        ) from exc


def _components_class(dpe_inputs: DpeInputs) -> InertiaClass | None:
    """The class of §7.4 from the heavy components, None when none is given as heavy (several
    programs write all three flags false whatever the class)."""
    declared = dpe_inputs.enveloppe.inertie
    flags = (
        declared.inertie_plancher_bas_lourd,
        declared.inertie_plancher_haut_lourd,
        declared.inertie_paroi_verticale_lourd,
    )
    return inertia_class(*(bool(f) for f in flags)) if any(flags) else None


def _air_renewal(
    dpe_inputs: DpeInputs,
    surface: float,
    sdep: float,
    warnings: list[str],
    *,
    one_facade_as_several: bool = False,
) -> tuple[float, float]:
    """Hvent and Hperm summed over the ventilation systems [W/K] (§4); ``sdep`` [m²].

    Each system serves its ``surface_ventile``; Sdep is shared among them in proportion. A
    building-level description whose only ventilation surface is the flat's is scaled to the
    building (collective ventilation declared flat by flat).
    """
    cg = dpe_inputs.caracteristique_generale
    ventilations = dpe_inputs.systemes.ventilations
    if not ventilations:
        warnings.append("aucune ventilation décrite : Hvent et Hperm nuls")
        return 0.0, 0.0
    total = sum(v.surface_ventile for v in ventilations) or surface
    scale = 1.0
    flat = cg.surface_habitable_logement
    if flat and surface > flat * SAME_SURFACE_TOLERANCE and total <= flat * SAME_SURFACE_TOLERANCE:
        scale = surface / total
    hvent = hperm = 0.0
    for ventilation in ventilations:
        served = (ventilation.surface_ventile or total) * scale
        renewal = air_renewal(
            air_renewal_inputs(
                ventilation,
                surface_m2=served,
                hsp_m=cg.hsp,
                sdep=sdep * served / (total * scale),
                periode_construction_id=cg.enum_periode_construction_id,
                methode_application_id=cg.enum_methode_application_dpe_log_id,
                warnings=warnings,
                one_facade_as_several=one_facade_as_several,
            )
        )
        hvent += renewal.hvent_w_k
        hperm += renewal.hperm_w_k
    return hvent, hperm


def _altitude(enum_classe_altitude_id: int) -> AltitudeClass:
    try:
        return AltitudeClass(enum_classe_altitude_id)
    except ValueError as exc:
        raise NeedsInputError(
            f"classe d'altitude « {enum_classe_altitude_id} » inconnue (1 à 3 attendu)",
            field="enum_classe_altitude_id",
        ) from exc
