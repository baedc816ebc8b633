"""Expansion of a simple description into the engine's stage inputs, with the method's defaults.

References: arrêté du 31 mars 2021, annexe 1 (3CL-DPE 2021) — §3.2 insulation steps 4 and 9,
§3.2.1.1 step 3 (unknown wall: 2.5), §3.4 bridges, §4 Q4Paconv table, §17.2.1.1 default
collective generator; the official ADEME enumerations shipped in ``calculators.dpe.tables``
(generator, hot-water and ventilation ids); the desk assumptions of ``expand_defaults.json``.
The expansion is exact lookups and choices: no tolerance is needed except where stated.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from calculators.dpe.engine.envelope import InsulationState
from calculators.dpe.engine.heating.installations import Role
from calculators.dpe.simple import estimate_geometry
from calculators.dpe.simple import expand_ids as ids
from calculators.dpe.simple.choices import (
    Appoint,
    Energie,
    EtatIsolation,
    GenerateurEcs,
    PositionAppartement,
    TypeVentilation,
)
from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.description import (
    Chauffage,
    EauChaude,
    Isolation,
    Murs,
    SimpleDescription,
    Ventilation,
)
from calculators.dpe.simple.expand import DeskInputs, expand, with_desk_geometry
from calculators.dpe.tables import enum_row
from tests.calculators.dpe.simple.builders import flat, house, with_logement


def _expand(description: SimpleDescription) -> DeskInputs:
    return expand(description, estimate_geometry(with_desk_geometry(description)))


def _notes(inputs: DeskInputs) -> dict[str, str]:
    return {h.champ: h.texte for h in inputs.hypotheses}


def test_unknown_wall_insulation_takes_step_4_and_says_so() -> None:
    description = replace(with_logement(house(), annee_construction=1965), murs=Murs())
    inputs = _expand(description)
    wall = inputs.envelope.walls[0]
    assert wall.insulation.state is InsulationState.UNKNOWN
    assert wall.type_isolation_id == 1  # « inconnu »: the §3.4 defaults by period apply
    text = _notes(inputs)["murs.isolation.etat"]
    assert text == (
        "Isolation des murs inconnue : U = min(U non isolé ; U par défaut de la période "
        "1948-1974) (3CL §3.2, étape 4)."
    )
    assert _notes(inputs)["murs.materiau"].endswith("(3CL §3.2.1.1, étape 3).")
    assert wall.structure_id is None  # unknown wall: Umur_nu = 2.5


@pytest.mark.parametrize(
    ("isolation", "state", "detail"),
    [
        (Isolation(EtatIsolation.NON_ISOLE), InsulationState.ABSENT, None),
        (Isolation(EtatIsolation.ISOLE, epaisseur_cm=10), InsulationState.THICKNESS, 10),
        (Isolation(EtatIsolation.ISOLE, resistance_m2k_w=3.2), InsulationState.RESISTANCE, 3.2),
        (Isolation(EtatIsolation.ISOLE, annee=1995), InsulationState.INSULATION_PERIOD, 6),
        (Isolation(EtatIsolation.ISOLE), InsulationState.CONSTRUCTION_PERIOD, None),
    ],
)
def test_each_insulation_maps_to_its_step(
    isolation: Isolation, state: InsulationState, detail: float | None
) -> None:
    # §3.2 steps 5 (absent), 7 (thickness), 6 (R), 8 (insulation year: 1995 is period 6,
    # 1989-2000) and 9 (year unknown).
    description = replace(house(), murs=Murs(isolation=isolation))
    insulation = _expand(description).envelope.walls[0].insulation
    assert insulation.state is state
    values = {
        InsulationState.THICKNESS: insulation.thickness_cm,
        InsulationState.RESISTANCE: insulation.resistance_m2k_w,
        InsulationState.INSULATION_PERIOD: insulation.period,
    }
    assert values.get(state) == detail


def test_insulated_without_details_cites_step_9() -> None:
    description = replace(house(), murs=Murs(isolation=Isolation(EtatIsolation.ISOLE)))
    assert "(3CL §3.2, étape 9)" in _notes(_expand(description))["murs.isolation.annee"]


@pytest.mark.parametrize(
    ("generateur", "energie", "year", "expected"),
    [
        (
            G.CHAUDIERE_CONDENSATION,
            Energie.GAZ_NATUREL,
            2004,
            96,
        ),  # « gaz à condensation 2001-2015 »
        (G.CHAUDIERE_CLASSIQUE, Energie.FIOUL, 1972, 76),  # « fioul classique 1970-1975 »
        (G.CHAUDIERE_CONDENSATION, Energie.GAZ_NATUREL, 1975, 94),  # before any: the oldest
        (G.PAC_AIR_EAU, Energie.ELECTRICITE, 2020, 7),  # « PAC air/eau installée après 2017 »
        (G.CONVECTEURS, Energie.ELECTRICITE, 1990, 98),
        (G.RESEAU_CHALEUR, Energie.RESEAU_CHALEUR, 1965, 108),
    ],
)
def test_generator_ids_follow_the_enumeration_periods(
    generateur: G, energie: Energie, year: int, expected: int
) -> None:
    description = replace(
        house(),
        chauffage=Chauffage(energie=energie, generateur=generateur, annee_installation=year),
    )
    assert _expand(description).heating.generators[0].type_id == expected


def test_unknown_collective_generator_is_the_default_of_17_2_1_1() -> None:
    description = replace(
        flat(PositionAppartement.ETAGE_INTERMEDIAIRE), chauffage=Chauffage(collectif=True)
    )
    inputs = _expand(description)
    main = inputs.heating.generators[0]
    # §17.2.1.1: fioul standard boiler of the construction year (1965 → « fioul classique
    # avant 1970 », id 75, the equivalent the heating stage reads for the default system 119).
    assert (main.type_id, main.energy) == (75, Energie.FIOUL)
    assert inputs.heating.collective
    assert "(3CL §17.2.1.1)" in _notes(inputs)["chauffage.generateur"]


def test_unknown_individual_heating_is_a_stated_desk_assumption() -> None:
    inputs = _expand(house())
    main = inputs.heating.generators[0]
    assert main.energy is Energie.GAZ_NATUREL
    assert enum_row("type_generateur_ch", main.type_id)["lib"].startswith("Chaudière gaz standard")
    notes = _notes(inputs)
    assert "hypothèse du guichet" in notes["chauffage.generateur"]
    assert "hypothèse du guichet" in notes["chauffage.energie"]


def test_wood_stove_back_up_takes_a_quarter_of_the_need() -> None:
    description = replace(
        house(),
        chauffage=Chauffage(
            energie=Energie.GAZ_NATUREL,
            generateur=G.CHAUDIERE_STANDARD,
            annee_installation=2005,
            appoint=Appoint.POELE_BOIS,
        ),
    )
    heating = _expand(description).heating
    assert heating.configuration_id == 3  # §9.3: 0.75 / 0.25
    stove = heating.generators[1]
    assert stove.role is Role.APPOINT and stove.energy is Energie.BOIS_BUCHES
    assert heating.emitters[stove.emitter].type_id == 21  # « Poêle bois »


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (1930, TypeVentilation.OUVERTURE_FENETRES),
        (1985, TypeVentilation.VMC_AUTOREGLABLE),
        (2016, TypeVentilation.VMC_HYGRO_B),
    ],
)
def test_unknown_ventilation_by_period(built: int, expected: TypeVentilation) -> None:
    inputs = _expand(with_logement(house(), annee_construction=built))
    label = enum_row("type_ventilation", inputs.systems.ventilation_id)["lib"].lower()
    words = {
        TypeVentilation.OUVERTURE_FENETRES: "ouverture des fenêtres",
        TypeVentilation.VMC_AUTOREGLABLE: "auto réglable",
        TypeVentilation.VMC_HYGRO_B: "hygro b",
    }
    assert words[expected] in label
    assert "arrêté du 24 mars 1982" in _notes(inputs)["ventilation.type"]


def test_declared_ventilation_takes_the_id_of_its_installation_period() -> None:
    description = replace(
        house(), ventilation=Ventilation(TypeVentilation.VMC_AUTOREGLABLE, annee_installation=2005)
    )
    assert _expand(description).systems.ventilation_id == 5  # « VMC SF Auto réglable 2001-2012 »


def test_collective_tank_losses_are_the_flats_share() -> None:
    # §17.2.1: a flat bears a × Qg,w of a collective tank; a = 50 L / volume (§17.2.1.1).
    description = replace(
        flat(PositionAppartement.ETAGE_INTERMEDIAIRE),
        eau_chaude=EauChaude(GenerateurEcs.BALLON_ELECTRIQUE, Energie.ELECTRICITE, 1000.0, True),
    )
    hot_water = _expand(description).systems.hot_water
    assert hot_water.collective and hot_water.share == pytest.approx(0.05)


def test_small_flat_of_unknown_facades_is_single_aspect() -> None:
    small = flat(PositionAppartement.ETAGE_INTERMEDIAIRE, surface_habitable_m2=30.0)
    completed = with_desk_geometry(small)
    assert completed.logement.facades_exposees == 1
    assert "logement.facades_exposees" in _notes(_expand(small))
    large = flat(PositionAppartement.ETAGE_INTERMEDIAIRE, surface_habitable_m2=60.0)
    assert with_desk_geometry(large) is large


def test_q4pa_is_the_section_4_default_of_the_period() -> None:
    # §4 table: house 1975-2005 without insulated surfaces rule → 1.9 m³/(h·m²); flat 1.5.
    assert _expand(house()).q4pa_conv_m3_h_m2 == 1.9
    assert (
        _expand(
            with_logement(flat(PositionAppartement.ETAGE_INTERMEDIAIRE), annee_construction=1980)
        ).q4pa_conv_m3_h_m2
        == 1.5
    )


def test_every_transcribed_id_exists_with_its_energy() -> None:
    """The id tables of ``expand_ids`` against the official enumerations' energy column."""
    energies = {
        ids.GAS: 2,
        ids.OIL: 3,
        ids.LPG: 13,
        ids.LOGS: 4,
        ids.PELLETS: 5,
        ids.CHIPS: 6,
        ids.COAL: 11,
        ids.ELECTRIC: 1,
        ids.NETWORK: 8,
    }
    # Warm-air generators (50-52) on natural gas: the enumeration omits gas, the corpus has two.
    gas_warm_air = {(50, 2), (51, 2), (52, 2)}
    checked = 0
    for kind in G:
        for energie in Energie:
            for ident in ids.heating_ids(kind, energie) or ():
                allowed = enum_row("type_generateur_ch", ident)["enum_type_energie_id"]
                energy = energies[ids.energy_family(energie) or ""]
                assert energy in allowed or (ident, energy) in gas_warm_air
                checked += 1
    for kind in GenerateurEcs:
        for energie in Energie:
            for ident in ids.hot_water_ids(kind, energie) or ():
                allowed = enum_row("type_generateur_ecs", ident)["enum_type_energie_id"]
                assert energies[ids.energy_family(energie) or ""] in allowed
                checked += 1
    assert checked > 150
