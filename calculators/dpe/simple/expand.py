"""From a simple description and its estimated geometry to the inputs of the engine's stages.

The 3CL-DPE 2021 engine (``calculators/dpe/engine``) takes physical criteria: official ids,
insulation steps, areas, lengths, b, generator types, emitters. :func:`expand` produces all of
them from what an adviser wrote at the desk, applying for every « inconnu » the method's default
where it has one (arrêté du 31 mars 2021, annexe 1: §3.2 U by period, §3.4 bridges, §7 inertia,
§13.2.1.5 emitters of the construction year, §17.2.1.1 collective generator) and otherwise a
desk assumption of ``expand_defaults.json``. Each default becomes a French :class:`Hypothese`
(« Isolation des murs inconnue : … (3CL §3.2, étape 4) ») and the uncertainty band varies
exactly those. Nothing here computes a loss or a consumption: that is
:mod:`~calculators.dpe.simple.estimate`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.dpe.engine.envelope import DwellingContext
from calculators.dpe.engine.hot_water_need import HousingKind
from calculators.dpe.engine.inertia import InertiaClass, heavy_wall, inertia_class
from calculators.dpe.engine.ventilation import q4pa_conv_default
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import MateriauMur, TypeLogement, TypeToiture
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.expand_elements import NOT_INSULATED
from calculators.dpe.simple.expand_envelope import DEFAULTS, Envelope, expand_envelope
from calculators.dpe.simple.expand_heating import Heating, electric_joule, expand_heating
from calculators.dpe.simple.expand_notes import Hypothese, Notes, Unasked
from calculators.dpe.simple.expand_systems import Systems, expand_systems
from calculators.dpe.simple.geometry import GeometryEstimate, estimate_geometry
from calculators.dpe.simple.geometry_defaults import parameter
from calculators.dpe.simple.official_ids import (
    CLASSES_ALTITUDE,
    MATERIAUX_MUR,
    PERIODES,
    ZONES,
    construction_year,
    periode_of_year,
)

HOUSE_METHOD, FLAT_METHOD = 1, 2
"""``methode_application_dpe_log`` ids selecting the house or flat rows of Q4Paconv (§4)."""
BEFORE_1975 = 2
"""Last period id before 1975: insulated walls or roof lower Q4Paconv then (§4)."""


@dataclass(frozen=True, slots=True)
class DeskInputs:
    """What the engine stages need for one dwelling (or building) described at the desk."""

    description: SimpleDescription
    geometry: GeometryEstimate
    context: DwellingContext
    """Zone, construction period, « effet joule » (§3.2 U tables)."""
    zone: ClimateZone
    altitude: AltitudeClass
    surface_m2: float
    """Living area Sh of what is described (the building for ``immeuble``) [m²]."""
    housing_kind: HousingKind
    dwellings: int
    levels: int
    hsp_m: float
    """Ceiling height [m]."""
    inertia: InertiaClass
    parois_anciennes: bool
    """Heavy inertia and old walls: climate data of §18.3."""
    q4pa_conv_m3_h_m2: float
    """Default envelope permeability Q4Paconv/m² (§4 table)."""
    several_facades: bool
    envelope: Envelope
    heating: Heating
    systems: Systems
    hypotheses: tuple[Hypothese, ...]

    @property
    def house(self) -> bool:
        return self.description.logement.type.est_maison


def expand(
    description: SimpleDescription, geometry: GeometryEstimate, unasked: Unasked = DEFAULTS
) -> DeskInputs:
    """The engine's inputs for ``description`` (assumed valid) over ``geometry``; ``unasked``
    replaces the desk's assumptions on what it never asks (the band's alternatives)."""
    notes = Notes()
    logement = description.logement
    built = construction_year(logement.annee_construction, logement.periode_construction)
    period = PERIODES[periode_of_year(built)][0]
    heating = expand_heating(description, notes, electric_backup=unasked.appoint_electrique)
    systems = expand_systems(description, heating, notes)
    context = DwellingContext(
        ZONES[description.site.zone_climatique], period, electric_joule(heating)
    )
    envelope = expand_envelope(description, geometry, notes, unasked)
    inertia = _inertia(description, envelope)
    house = logement.type.est_maison
    insulated = [w.type_isolation_id for w in envelope.walls[:1]]
    if envelope.roof is not None:
        insulated.append(envelope.roof.type_isolation_id)
    if with_desk_geometry(description) is not description:
        notes.add(
            "logement.facades_exposees",
            "Petit appartement, façades inconnues : une "
            "seule façade exposée (hypothèse du guichet, corpus ADEME).",
        )
    for number, note in enumerate(geometry.hypotheses, start=1):
        notes.add(f"geometrie.{number}", note[0].upper() + note[1:])
    return DeskInputs(
        description=description,
        geometry=geometry,
        context=context,
        zone=ClimateZone(description.site.zone_climatique.value),
        altitude=AltitudeClass(CLASSES_ALTITUDE[description.site.classe_altitude]),
        surface_m2=logement.surface_habitable_m2,
        housing_kind=HousingKind.INDIVIDUEL if house else HousingKind.COLLECTIF,
        dwellings=_dwellings(description),
        levels=_levels(description),
        hsp_m=logement.hauteur_sous_plafond_m or parameter("hauteur_sous_plafond_m"),
        inertia=inertia,
        parois_anciennes=inertia.heavy and _old_walls(description, built),
        q4pa_conv_m3_h_m2=_q4pa(
            period, house, period <= BEFORE_1975 and any(i > NOT_INSULATED for i in insulated)
        ),
        several_facades=geometry.perimetre_expose_m > geometry.longueur_m + 1e-9,
        envelope=envelope,
        heating=heating,
        systems=systems,
        hypotheses=notes.items(),
    )


@lru_cache(maxsize=256)
def desk_geometry(description: SimpleDescription) -> GeometryEstimate:
    """The geometry the estimate uses (:func:`with_desk_geometry`), computed once per
    description: most variants of the uncertainty band change systems, not the envelope."""
    return estimate_geometry(with_desk_geometry(description))


def with_desk_geometry(description: SimpleDescription) -> SimpleDescription:
    """The description the geometry is estimated from: a small flat of unknown façades is
    single-aspect (``expand_defaults.json``, « petit_appartement »), the rest as given."""
    logement = description.logement
    small = defaults.number("petit_appartement", "surface_max_m2")
    if (
        logement.type is TypeLogement.APPARTEMENT
        and logement.facades_exposees is None
        and logement.surface_habitable_m2 < small
    ):
        facades = defaults.integer("petit_appartement", "facades_exposees")
        return replace(description, logement=replace(logement, facades_exposees=facades))
    return description


@lru_cache(maxsize=64)
def _q4pa(period: int, house: bool, insulated: bool) -> float:
    """Default Q4Paconv/m² of §4 (house or flat rows; walls or roof insulated before 1975)."""
    method = HOUSE_METHOD if house else FLAT_METHOD
    return q4pa_conv_default(period, method, surfaces_isolees=insulated)


def _dwellings(description: SimpleDescription) -> int:
    logement = description.logement
    if logement.type is not TypeLogement.IMMEUBLE:
        return 1
    if logement.nombre_logements is not None:
        return logement.nombre_logements
    return max(1, round(logement.surface_habitable_m2 / parameter("surface_par_logement_m2")))


def _levels(description: SimpleDescription) -> int:
    """Levels served (§15.2.1 circulator): declared, else the geometry's default by type."""
    logement = description.logement
    if logement.nombre_niveaux is not None:
        return logement.nombre_niveaux
    if logement.type.est_maison:
        return int(parameter("niveaux_maison"))
    if logement.type is TypeLogement.APPARTEMENT:
        return int(parameter("niveaux_appartement"))
    per_level = parameter("logements_par_niveau_immeuble")
    cap = int(parameter("niveaux_immeuble_max_defaut"))
    return min(cap, round(_dwellings(description) / per_level) + 1)


def _inertia(description: SimpleDescription, envelope: Envelope) -> InertiaClass:
    """§7: heavy walls by material, thickness and insulation (§7.3); low floors heavy unless
    known otherwise (§7.2); a ceiling is heavy when it is a concrete roof slab or the floor of
    another dwelling above heavy walls (blocks of flats), light otherwise (§7.1)."""
    wall = envelope.walls[0]
    walls_heavy = wall.structure_id is not None and heavy_wall(
        wall.structure_id, wall.thickness_cm, wall.type_isolation_id
    )
    roof = description.toiture.type
    slab = roof is TypeToiture.TOITURE_TERRASSE or (
        not description.logement.type.est_maison
        and wall.structure_id is not None
        and heavy_wall(wall.structure_id, wall.thickness_cm, NOT_INSULATED)
        and roof in (TypeToiture.LOGEMENT_AU_DESSUS, TypeToiture.INCONNU)
    )
    return inertia_class(True, slab, walls_heavy)


def _old_walls(description: SimpleDescription, built: int) -> bool:
    old = defaults.group("materiaux_anciens")
    material = description.murs.materiau
    return built <= int(old["construit_jusqu_a"]) and (
        material is not MateriauMur.INCONNU and MATERIAUX_MUR[material] in old["materiaux"]
    )
