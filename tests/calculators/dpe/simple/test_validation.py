"""Impossible descriptions are refused with a French error naming the field; suspicious ones warn.

References: the ranges of ``calculators/dpe/simple/fields.py``; décret n° 2002-120 art. 4 for
decency (9 m², 2.20 m); RT 2000 for single glazing; arrêté du 24 mars 1982 for ventilation.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from calculators.dpe.simple import SimpleDescriptionError, check, validate
from calculators.dpe.simple.choices import (
    ClasseAltitude,
    Energie,
    EtatIsolation,
    GenerateurChauffage,
    GenerateurEcs,
    PeriodeConstruction,
    PositionAppartement,
    TemperatureDistribution,
    TypeLogement,
    TypePlancherBas,
    TypeProjet,
    TypeToiture,
    TypeVentilation,
    TypeVitrage,
)
from calculators.dpe.simple.description import (
    Chauffage,
    EauChaude,
    Fenetres,
    Isolation,
    Murs,
    PlancherBas,
    RepartitionOrientation,
    SimpleDescription,
    Site,
    Toiture,
    Ventilation,
)
from tests.calculators.dpe.simple.builders import flat, house, with_logement

YEAR = 2026
P = PositionAppartement
R = TypeToiture
F = TypePlancherBas
G = GenerateurChauffage
ISOLE = EtatIsolation.ISOLE


def refused(description: SimpleDescription) -> SimpleDescriptionError:
    with pytest.raises(SimpleDescriptionError) as caught:
        validate(description, reference_year=YEAR)
    assert isinstance(caught.value, ValueError)
    return caught.value


def codes(description: SimpleDescription) -> set[str]:
    return {warning.code for warning in validate(description, reference_year=YEAR)}


def test_a_plain_house_is_valid_without_warnings() -> None:
    assert validate(house(), reference_year=YEAR) == ()


@pytest.mark.parametrize(
    ("position", "toiture", "plancher", "field"),
    [
        (P.REZ_DE_CHAUSSEE, R.COMBLES_PERDUS, None, "toiture.type"),
        (P.ETAGE_INTERMEDIAIRE, R.TOITURE_TERRASSE, None, "toiture.type"),
        (P.ETAGE_INTERMEDIAIRE, None, F.TERRE_PLEIN, "plancher_bas.type"),
        (P.DERNIER_ETAGE, None, F.VIDE_SANITAIRE, "plancher_bas.type"),
        (P.DERNIER_ETAGE, R.LOGEMENT_AU_DESSUS, None, "toiture.type"),
        (P.REZ_DE_CHAUSSEE, None, F.LOGEMENT_EN_DESSOUS, "plancher_bas.type"),
    ],
)  # fmt: skip
def test_flat_position_and_envelope_must_agree(
    position: PositionAppartement,
    toiture: TypeToiture | None,
    plancher: TypePlancherBas | None,
    field: str,
) -> None:
    description = flat(position)
    if toiture is not None:
        description = replace(description, toiture=Toiture(type=toiture))
    if plancher is not None:
        description = replace(description, plancher_bas=PlancherBas(type=plancher))
    error = refused(description)
    assert error.field == field
    assert str(error).startswith(f"{field} (")
    assert "appartement" in str(error)


def test_houses_have_a_roof_and_nothing_below() -> None:
    above = replace(house(), toiture=Toiture(type=TypeToiture.LOGEMENT_AU_DESSUS))
    assert refused(above).field == "toiture.type"
    below = replace(house(), plancher_bas=PlancherBas(type=TypePlancherBas.LOGEMENT_EN_DESSOUS))
    assert refused(below).field == "plancher_bas.type"
    assert refused(with_logement(house(), position=PositionAppartement.DERNIER_ETAGE)).field == (
        "logement.position"
    )


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"surface_habitable_m2": 3.0}, "logement.surface_habitable_m2", "hors limites (8 à"),
        ({"annee_construction": 2090}, "logement.annee_construction", "hors limites (1500 à 2031)"),
        ({"annee_construction": 1499}, "logement.annee_construction", "« 1499 »"),
        ({"hauteur_sous_plafond_m": 1.2}, "logement.hauteur_sous_plafond_m", "1,2"),
        ({"nombre_niveaux": 8}, "logement.nombre_niveaux", "au plus 5"),
        ({"surface_habitable_m2": 1500.0}, "logement.surface_habitable_m2", "au plus 1000"),
        ({"longueur_m": 10.0}, "logement.largeur_m", "longueur et sa largeur"),
        ({"annee_construction": None}, "logement.annee_construction", "requise"),
    ],
)
def test_impossible_dwelling_values(changes: dict[str, object], field: str, text: str) -> None:
    error = refused(with_logement(house(), **changes))
    assert error.field == field
    assert text.replace(",", ".") in str(error).replace(",", ".")


def test_an_existing_dwelling_cannot_be_built_next_year() -> None:
    error = refused(with_logement(house(), annee_construction=YEAR + 1))
    assert error.field == "logement.annee_construction"
    new_build = replace(
        with_logement(house(), annee_construction=YEAR + 1), projet=TypeProjet.CONSTRUCTION_NEUVE
    )
    assert validate(new_build, reference_year=YEAR) == ()


def test_year_and_period_must_agree() -> None:
    description = with_logement(house(), periode_construction=PeriodeConstruction.AVANT_1948)
    error = refused(description)
    assert error.field == "logement.periode_construction"
    assert "1975" in str(error)


def test_a_flat_of_four_levels_is_refused() -> None:
    error = refused(with_logement(flat(PositionAppartement.INCONNUE), nombre_niveaux=4))
    assert (error.field, "au plus 3" in str(error)) == ("logement.nombre_niveaux", True)


@pytest.mark.parametrize(
    ("isolation", "field"),
    [
        (Isolation(ISOLE, epaisseur_cm=-3.0), "murs.isolation.epaisseur_cm"),
        (Isolation(ISOLE, resistance_m2k_w=25.0), "murs.isolation.resistance_m2k_w"),
        (Isolation(ISOLE, resistance_m2k_w=0.0), "murs.isolation.resistance_m2k_w"),
        (Isolation(etat=EtatIsolation.NON_ISOLE, epaisseur_cm=10.0), "murs.isolation.epaisseur_cm"),
        (Isolation(EtatIsolation.INCONNU, resistance_m2k_w=3.0), "murs.isolation.resistance_m2k_w"),
        (Isolation(ISOLE, annee=1950), "murs.isolation.annee"),
    ],
)  # fmt: skip
def test_wall_insulation_errors(isolation: Isolation, field: str) -> None:
    assert refused(replace(house(), murs=Murs(isolation=isolation))).field == field


def test_negative_wall_thickness_names_the_field_and_the_range() -> None:
    error = refused(replace(house(), murs=Murs(epaisseur_cm=-20.0)))
    assert error.field == "murs.epaisseur_cm"
    assert str(error) == (
        "murs.epaisseur_cm (épaisseur des murs (cm)) : valeur « -20 » hors limites (5 à 150 cm)."
    )


def test_roof_r_value_out_of_range() -> None:
    toiture = Toiture(
        TypeToiture.COMBLES_PERDUS, Isolation(EtatIsolation.ISOLE, resistance_m2k_w=16)
    )
    assert refused(replace(house(), toiture=toiture)).field == "toiture.isolation.resistance_m2k_w"


def test_windows_cannot_exceed_the_walls() -> None:
    # 100 m² compact-ish house: about 102 m² of exposed walls on one level.
    error = refused(replace(house(), fenetres=Fenetres(surface_m2=150.0)))
    assert error.field == "fenetres.surface_m2"
    assert "ne peuvent pas dépasser les murs" in str(error)
    too_many = refused(replace(house(), fenetres=Fenetres(nombre=80)))
    assert too_many.field == "fenetres.nombre"


def test_window_inputs_must_be_coherent() -> None:
    both = replace(house(), fenetres=Fenetres(surface_m2=12.0, part_facade_pct=15.0))
    assert refused(both).field == "fenetres.part_facade_pct"
    split = RepartitionOrientation(sud_pct=50, nord_pct=50, est_pct=50, ouest_pct=0)
    assert refused(replace(house(), fenetres=Fenetres(orientation=split))).field == (
        "fenetres.orientation"
    )


@pytest.mark.parametrize(
    ("chauffage", "field"),
    [
        (Chauffage(Energie.GAZ_NATUREL, G.PAC_AIR_EAU), "chauffage.energie"),
        (Chauffage(Energie.FIOUL, G.CHAUDIERE_BOIS), "chauffage.energie"),
        (Chauffage(Energie.BOIS_BUCHES, G.CONVECTEURS), "chauffage.energie"),
        (Chauffage(Energie.GAZ_NATUREL, reseau_chaleur_id="6204C"), "chauffage.reseau_chaleur_id"),
        (Chauffage(Energie.RESEAU_CHALEUR, reseau_chaleur_id="62C"), "chauffage.reseau_chaleur_id"),
    ],
)  # fmt: skip
def test_heating_energy_must_fit_the_generator(chauffage: Chauffage, field: str) -> None:
    assert refused(replace(house(), chauffage=chauffage)).field == field


def test_hot_water_energy_must_fit_the_generator() -> None:
    ecs = EauChaude(generateur=GenerateurEcs.BALLON_ELECTRIQUE, energie=Energie.GAZ_NATUREL)
    error = refused(replace(house(), eau_chaude=ecs))
    assert error.field == "eau_chaude.energie"
    assert "électricité" in str(error)


def test_altitude_must_fall_in_its_class() -> None:
    site = Site(classe_altitude=ClasseAltitude.PLUS_DE_800, altitude_m=25.0)
    assert refused(replace(house(), site=site)).field == "site.classe_altitude"


def test_check_lists_every_error() -> None:
    description = replace(
        with_logement(house(), surface_habitable_m2=3.0, annee_construction=2090),
        murs=Murs(epaisseur_cm=-1.0),
    )
    found = check(description, reference_year=YEAR)
    assert {e.field for e in found.erreurs} == {
        "logement.surface_habitable_m2", "logement.annee_construction", "murs.epaisseur_cm",
    }  # fmt: skip
    assert found.avertissements == ()


def test_an_old_house_insulated_everywhere_warns() -> None:
    insulated = Isolation(etat=EtatIsolation.ISOLE)
    description = replace(
        with_logement(house(), annee_construction=1900),
        murs=Murs(isolation=insulated),
        toiture=Toiture(TypeToiture.COMBLES_PERDUS, insulated),
        plancher_bas=PlancherBas(TypePlancherBas.TERRE_PLEIN, insulated),
    )
    (warning,) = validate(description, reference_year=YEAR)
    assert (warning.code, warning.field) == ("ancien_isole_partout", "murs.isolation.etat")
    assert "1900" in warning.message


def test_suspicious_but_possible_values_warn() -> None:
    big_flat = with_logement(flat(PositionAppartement.DERNIER_ETAGE), surface_habitable_m2=200.0)
    assert codes(big_flat) == {"grand_appartement"}
    single = replace(
        with_logement(house(), annee_construction=2005),
        fenetres=Fenetres(vitrage=TypeVitrage.SIMPLE),
    )
    assert codes(single) == {"simple_vitrage_recent"}
    hot_pump = replace(
        house(),
        chauffage=Chauffage(
            energie=Energie.ELECTRICITE, generateur=GenerateurChauffage.PAC_AIR_EAU,
            temperature_distribution=TemperatureDistribution.HAUTE,
        ),
    )  # fmt: skip
    (warning,) = validate(hot_pump, reference_year=YEAR)
    assert warning.code == "pac_haute_temperature"
    assert "80 °C" in warning.message
    by_windows = Ventilation(type=TypeVentilation.OUVERTURE_FENETRES)
    windows_only = replace(with_logement(house(), annee_construction=1990), ventilation=by_windows)
    assert codes(windows_only) == {"aeration_par_fenetres"}
    tiny = with_logement(flat(PositionAppartement.DERNIER_ETAGE), surface_habitable_m2=8.5,
                         hauteur_sous_plafond_m=2.1)  # fmt: skip
    assert codes(tiny) == {"surface_indecente", "hauteur_inhabituelle"}


def test_new_build_with_a_gas_boiler_warns() -> None:
    description = replace(
        with_logement(house(), annee_construction=YEAR + 1),
        projet=TypeProjet.CONSTRUCTION_NEUVE,
        chauffage=Chauffage(
            energie=Energie.GAZ_NATUREL, generateur=GenerateurChauffage.CHAUDIERE_CONDENSATION
        ),
    )
    assert codes(description) == {"neuf_chaudiere_fossile"}


def test_whole_building_accepts_large_surfaces() -> None:
    block = with_logement(
        house(), type=TypeLogement.IMMEUBLE, surface_habitable_m2=4500.0, nombre_niveaux=7
    )
    assert validate(block, reference_year=YEAR) == ()
