"""Derivation of a simple description from real ADEME DPE files.

Reference: the XML text of the files named, read by hand (element values quoted in comments);
ids are those of the ADEME enumerations. Coverage: every corpus file must derive into a
description that passes validation. Exact comparisons: nothing is computed but the PV power.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.simple import derive_from_ademe, simple_from_ademe, validate
from calculators.dpe.simple.choices import (
    Appoint,
    ClasseAltitude,
    Emetteurs,
    Energie,
    EtatIsolation,
    GenerateurChauffage,
    GenerateurEcs,
    MateriauMenuiserie,
    MateriauMur,
    PeriodeConstruction,
    PositionAppartement,
    PositionIsolation,
    Regulation,
    TemperatureDistribution,
    TypeLogement,
    TypePlancherBas,
    TypeToiture,
    TypeVentilation,
    TypeVitrage,
    TypeVolets,
    ZoneClimatique,
)

pytestmark = pytest.mark.corpus


def test_flat_on_a_heat_network(corpus: dict[str, DpeFile]) -> None:
    d = simple_from_ademe(corpus["2438E4094489Y.xml"])
    # method 3 (flat, collective heating), 1964, period 2, 68.11 m², 1 level, hsp 2.68, zone 3
    assert d.logement.type is TypeLogement.APPARTEMENT
    assert (d.logement.annee_construction, d.logement.periode_construction) == (
        1964, PeriodeConstruction.DE_1948_A_1974,
    )  # fmt: skip
    assert d.logement.surface_habitable_m2 == pytest.approx(68.11, abs=1e-6)  # float32 in file
    assert (d.logement.nombre_niveaux, d.site.zone_climatique) == (1, ZoneClimatique.H1C)
    # no plancher_bas nor plancher_haut: between two flats
    assert d.logement.position is PositionAppartement.ETAGE_INTERMEDIAIRE
    assert d.toiture.type is TypeToiture.LOGEMENT_AU_DESSUS
    assert d.plancher_bas.type is TypePlancherBas.LOGEMENT_EN_DESSOUS
    # walls: material 11 (blocs de béton pleins), 28 cm, type_isolation 2 (non isolé)
    assert (d.murs.materiau, d.murs.epaisseur_cm) == (MateriauMur.BLOC_BETON_PLEIN, 28)
    assert d.murs.isolation.etat is EtatIsolation.NON_ISOLE
    # windows: vitrage 1, menuiserie 3 (bois), fermeture 4 (volets roulants PVC ou bois)
    assert (d.fenetres.vitrage, d.fenetres.menuiserie, d.fenetres.volets) == (
        TypeVitrage.SIMPLE, MateriauMenuiserie.BOIS, TypeVolets.VOLETS_ROULANTS,
    )  # fmt: skip
    assert d.ventilation.type is TypeVentilation.NATURELLE_CONDUIT  # id 25
    # generator 107 (réseau de chaleur non isolé), energy 8, network 3802C, installation 2;
    # emitter 36 (bitube avec robinet thermostatique), type_regulation 2 (pièce par pièce),
    # temp_distribution 2 (basse)
    heating = d.chauffage
    assert (heating.generateur, heating.energie) == (
        GenerateurChauffage.RESEAU_CHALEUR, Energie.RESEAU_CHALEUR,
    )  # fmt: skip
    assert (heating.reseau_chaleur_id, heating.collectif) == ("3802C", True)
    assert (heating.emetteurs, heating.regulation) == (
        Emetteurs.RADIATEURS_EAU, Regulation.PIECE_PAR_PIECE,
    )  # fmt: skip
    assert heating.temperature_distribution is TemperatureDistribution.BASSE
    # ECS: generator 70 (ballon électrique vertical catégorie B), 65 L, installation 1
    assert (d.eau_chaude.generateur, d.eau_chaude.energie) == (
        GenerateurEcs.BALLON_ELECTRIQUE, Energie.ELECTRICITE,
    )  # fmt: skip
    assert (d.eau_chaude.volume_ballon_l, d.eau_chaude.collectif) == (65, False)


def test_terraced_house_with_fuel_oil_boiler(corpus: dict[str, DpeFile]) -> None:
    d = simple_from_ademe(corpus["2287E0373232M.xml"])
    # walls next to heated dwellings (adjacence 22): 76.44 + 94.64 = 171.08 of 220.8 m² → 77 %
    assert d.logement.type is TypeLogement.MAISON_MITOYENNE
    assert d.site.classe_altitude is ClasseAltitude.DE_400_A_800  # classe_altitude 2
    # walls losing heat: material 12 (blocs béton creux) 38.4 m² against 3 (pierre) 11.4 m²
    assert d.murs.materiau is MateriauMur.BLOC_BETON_CREUX
    assert (d.murs.epaisseur_cm, d.murs.isolation.etat) == (None, EtatIsolation.NON_ISOLE)
    # low floors: 51.7 m² on « autres dépendances » (21) and 8.4 m² on terre-plein (5)
    assert d.plancher_bas.type is TypePlancherBas.LOCAL_NON_CHAUFFE
    # roofs: 44.94 m² under a « comble faiblement ventilé » (12), 15.2 m² on the outside
    assert d.toiture.type is TypeToiture.COMBLES_PERDUS
    # windows: double 8.36 m² (metal without break), survitrage 3, single 4.8 m²
    assert (d.fenetres.vitrage, d.fenetres.menuiserie, d.fenetres.volets) == (
        TypeVitrage.DOUBLE, MateriauMenuiserie.METAL_SANS_RUPTURE, TypeVolets.AUCUN,
    )  # fmt: skip
    # generator 79 « Chaudière fioul standard 1991-2015 »; emitter 27 (monotube sans robinet),
    # temp_distribution 3, type_regulation 1
    heating = d.chauffage
    assert (heating.generateur, heating.energie, heating.annee_installation) == (
        GenerateurChauffage.CHAUDIERE_STANDARD, Energie.FIOUL, 2003,
    )  # fmt: skip
    assert (heating.temperature_distribution, heating.regulation) == (
        TemperatureDistribution.MOYENNE, Regulation.AUCUNE,
    )  # fmt: skip
    assert heating.appoint is Appoint.AUCUN
    # ECS generator 39 (chaudière fioul standard), volume_stockage 0 → unknown
    assert (d.eau_chaude.generateur, d.eau_chaude.volume_ballon_l) == (
        GenerateurEcs.CHAUDIERE,
        None,
    )


def test_recent_house_with_hybrid_heat_pump(corpus: dict[str, DpeFile]) -> None:
    d = simple_from_ademe(corpus["2595E0377407M.xml"])
    assert (d.logement.type, d.logement.annee_construction) == (TypeLogement.MAISON_ISOLEE, 2020)
    assert d.site.altitude_m == 118
    # walls: material 1 (inconnu), type_isolation 3 (ITI), periode_isolation 9 (2013-2021)
    assert d.murs.materiau is MateriauMur.INCONNU
    assert (d.murs.isolation.etat, d.murs.isolation.position, d.murs.isolation.annee) == (
        EtatIsolation.ISOLE, PositionIsolation.INTERIEUR, 2021,
    )  # fmt: skip
    # roof: 53 m² under a « comble fortement ventilé » (11), ITE; floor on terre-plein, unknown
    assert d.toiture.type is TypeToiture.COMBLES_PERDUS
    assert d.toiture.isolation.position is PositionIsolation.EXTERIEUR
    assert (d.plancher_bas.type, d.plancher_bas.isolation.etat) == (
        TypePlancherBas.TERRE_PLEIN, EtatIsolation.INCONNU,
    )  # fmt: skip
    # windows: metal with thermal break 8.8 m² against PVC 5.3 m²; fermeture 3 (roulants alu)
    assert d.fenetres.menuiserie is MateriauMenuiserie.METAL_RUPTURE
    assert d.fenetres.volets is TypeVolets.VOLETS_ROULANTS_ALU
    # ventilation 9 « VMC SF Hygro A après 2012 » (periods 9|10 → last bounded year 2021)
    assert (d.ventilation.type, d.ventilation.annee_installation) == (
        TypeVentilation.VMC_HYGRO_A, 2021,
    )  # fmt: skip
    # generators 147 (PAC part, after 2017) and 149 (gas boiler part) of one hybrid heat pump
    heating = d.chauffage
    assert (heating.generateur, heating.energie, heating.annee_installation) == (
        GenerateurChauffage.PAC_HYBRIDE, Energie.ELECTRICITE, 2017,
    )  # fmt: skip
    assert heating.appoint is Appoint.AUCUN  # the boiler is the other half, not a back-up
    assert heating.regulation is Regulation.PIECE_PAR_PIECE  # type_regulation 2
    assert d.eau_chaude.generateur is GenerateurEcs.PAC_DOUBLE_SERVICE  # id 12


def test_flat_from_building_data_keeps_its_position_unknown(
    corpus: dict[str, DpeFile],
) -> None:
    derivation = derive_from_ademe(corpus["2375E2294683A.xml"])
    logement = derivation.description.logement
    assert (logement.type, logement.surface_habitable_m2) == (TypeLogement.APPARTEMENT, 40.0)
    assert logement.position is PositionAppartement.INCONNUE
    assert derivation.description.toiture.type is TypeToiture.INCONNU
    assert any("données de l'immeuble" in note for note in derivation.notes)


def test_pv_power_from_module_area(corpus: dict[str, DpeFile]) -> None:
    # Method §16.2: r = 17 %, so kWc = 0.17 × module area (× the flat's share when collective).
    with_pv = {
        name: dpe for name, dpe in corpus.items()
        if (p := dpe.inputs.systemes.production_elec_enr) is not None and p.presence_production_pv
    }  # fmt: skip
    assert len(with_pv) >= 10
    for dpe in with_pv.values():
        production = dpe.inputs.systemes.production_elec_enr
        assert production is not None
        description = simple_from_ademe(dpe)
        area = sum(
            (p.surface_totale_capteurs or 1.6 * (p.nombre_module or 0))
            * (p.ratio_virtualisation or 1)
            for p in production.panneaux
        )
        if description.photovoltaique is not None:
            # rounded to 0.01 kWc by the derivation
            assert description.photovoltaique.puissance_kwc == pytest.approx(0.17 * area, abs=0.006)


def test_every_corpus_file_derives_into_a_valid_description(
    corpus: dict[str, DpeFile], corpus_folder: Path
) -> None:
    assert len(corpus) == 231
    failures = {}
    for name, dpe in corpus.items():
        try:
            derivation = derive_from_ademe(dpe)
            validate(derivation.description)
        except ValueError as error:
            failures[name] = str(error)
    assert failures == {}
    # The path form reads the file itself.
    assert simple_from_ademe(corpus_folder / "2438E4094489Y.xml") == simple_from_ademe(
        corpus["2438E4094489Y.xml"]
    )


def test_heat_pump_with_a_wood_stove_back_up_is_the_main_heating(
    corpus: dict[str, DpeFile],
) -> None:
    # 2264E2895461K: enum_cfg_installation_ch_id 3 (« insert ou poêle bois en appoint »);
    # generator 7 (PAC air/eau, lien 1, conso_ch 5199 kWh) and 26 (poêle bûche, lien 2 = the
    # back-up, conso_ch 8638 kWh). The stove consumes more final energy, the heat pump is the base.
    heating = simple_from_ademe(corpus["2264E2895461K.xml"]).chauffage
    assert (heating.generateur, heating.energie) == (
        GenerateurChauffage.PAC_AIR_EAU, Energie.ELECTRICITE,
    )  # fmt: skip
    assert heating.appoint is Appoint.POELE_BOIS


def test_heat_pump_relieved_by_a_boiler_is_the_main_heating(corpus: dict[str, DpeFile]) -> None:
    # 2225E1557374A: cfg 8 (« chaudière en relève de PAC », method §9.1.4.2); generators 7 (PAC
    # air/eau, conso_ch 3425 kWh) and 58 (chaudière bois, conso_ch 5668 kWh), both lien 1.
    heating = simple_from_ademe(corpus["2225E1557374A.xml"]).chauffage
    assert heating.generateur is GenerateurChauffage.PAC_AIR_EAU


def test_wall_insulation_is_read_on_the_facades(corpus: dict[str, DpeFile]) -> None:
    # 2528E1249844E: three walls on the outside (type_adjacence 1), 3 × 6.9 m², type_isolation 5
    # (ITR, « isolation répartie »), and one on a circulation (adjacence 14), 22.05 m², not
    # insulated (2). By area the bare landing wall would win; the façades are insulated.
    walls = simple_from_ademe(corpus["2528E1249844E.xml"]).murs
    assert walls.isolation.etat is EtatIsolation.ISOLE
    assert walls.isolation.position is PositionIsolation.REPARTIE
