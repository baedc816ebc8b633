"""The ADEME adapter on a small house described element by element (no corpus needed).

The house (zone H1a, built 1948–74, gas heated) is worked by hand from the method, section by
section, in the comments; every loss is compared to 1e-9 relative (float arithmetic only: the
tabulated inputs are exact).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from types import MappingProxyType
from typing import Any, TypeVar

import pytest

from calculators.dpe.ademe.envelope import (
    Adjacence,
    BaieVitree,
    BaieVitreeIntermediaire,
    Enveloppe,
    Inertie,
    Mur,
    MurIntermediaire,
    PlancherBas,
    PlancherBasIntermediaire,
    PlancherHaut,
    PlancherHautIntermediaire,
    PontThermique,
    PontThermiqueIntermediaire,
    Porte,
    PorteIntermediaire,
)
from calculators.dpe.ademe.inputs import (
    Administratif,
    CaracteristiqueGenerale,
    DpeInputs,
    Meteo,
    MethodeApplication,
    TypeDpe,
)
from calculators.dpe.ademe.systems import (
    GenerateurChauffage,
    GenerateurChauffageIntermediaire,
    InstallationChauffage,
    InstallationChauffageIntermediaire,
    Systemes,
)
from calculators.dpe.engine.envelope import envelope_losses
from calculators.dpe.engine.envelope.from_ademe import electric_joule

FORMULA = 1e-9
T = TypeVar("T")


def make(cls: type[T], **given: Any) -> T:
    """A dataclass instance with the given fields; the others empty (None, no values)."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name in given:
            values[field.name] = given[field.name]
        elif field.name == "values":
            values[field.name] = MappingProxyType({})
        else:
            values[field.name] = None
    return cls(**values)


def outside() -> Adjacence:
    return make(Adjacence, enum_type_adjacence_id=1)


WALL_BARE = make(
    Mur,
    reference="M1",
    adjacence=outside(),
    surface_paroi_opaque=50.0,
    enum_materiaux_structure_mur_id=13,  # béton banché
    epaisseur_structure=20.0,
    enum_methode_saisie_u0_id=2,
    enum_methode_saisie_u_id=1,  # non isolé
    enum_type_isolation_id=2,
    enum_type_doublage_id=2,
    intermediaire=make(MurIntermediaire),
)
WALL_ON_GARAGE = make(
    Mur,
    reference="M2",
    adjacence=make(
        Adjacence,
        enum_type_adjacence_id=8,  # garage
        enum_cfg_isolation_lnc_id=4,  # lc isolé + lnc non isolé
        surface_aiu=20.0,
        surface_aue=40.0,
    ),
    surface_paroi_opaque=20.0,
    enum_materiaux_structure_mur_id=8,  # briques pleines simples
    epaisseur_structure=34.0,
    enum_methode_saisie_u0_id=2,
    enum_methode_saisie_u_id=3,  # épaisseur d'isolant
    epaisseur_isolation=10.0,
    enum_type_isolation_id=3,
    enum_type_doublage_id=2,
    intermediaire=make(MurIntermediaire),
)
FLOOR = make(
    PlancherBas,
    reference="PB1",
    adjacence=make(Adjacence, enum_type_adjacence_id=5),  # terre-plein
    surface_paroi_opaque=60.0,
    perimetre_ue=32.0,
    enum_type_plancher_bas_id=9,  # dalle béton
    enum_methode_saisie_u0_id=2,
    enum_methode_saisie_u_id=1,
    enum_type_isolation_id=2,
    intermediaire=make(PlancherBasIntermediaire),
)
ROOF = make(
    PlancherHaut,
    reference="PH1",
    adjacence=make(
        Adjacence,
        enum_type_adjacence_id=11,  # comble fortement ventilé
        enum_cfg_isolation_lnc_id=4,
        surface_aiu=60.0,
        surface_aue=80.0,
    ),
    surface_paroi_opaque=60.0,
    enum_type_plancher_haut_id=4,  # plafond entre solives bois
    enum_methode_saisie_u0_id=2,
    enum_methode_saisie_u_id=5,  # résistance
    resistance_isolation=5.0,
    enum_type_isolation_id=4,
    intermediaire=make(PlancherHautIntermediaire),
)
WINDOW = make(
    BaieVitree,
    reference="F1",
    adjacence=outside(),
    surface_totale_baie=6.0,
    enum_type_vitrage_id=2,
    enum_inclinaison_vitrage_id=3,
    enum_type_gaz_lame_id=1,
    epaisseur_lame=16.0,
    vitrage_vir=False,
    enum_methode_saisie_perf_vitrage_id=1,
    enum_type_materiaux_menuiserie_id=5,  # PVC
    enum_type_baie_id=4,  # fenêtre battante
    double_fenetre=False,
    enum_type_fermeture_id=4,  # volets roulants PVC e ≤ 12 mm
    largeur_dormant=5.0,
    presence_retour_isolation=False,
    enum_type_pose_id=1,  # nu extérieur
    enum_orientation_id=1,
    masques_lointains_non_homogenes=(),
    intermediaire=make(BaieVitreeIntermediaire),
)
DOOR = make(
    Porte,
    reference="P1",
    adjacence=outside(),
    surface_porte=2.0,
    enum_methode_saisie_uporte_id=1,
    enum_type_porte_id=1,  # bois opaque pleine
    intermediaire=make(PorteIntermediaire),
)
BRIDGES = (
    make(
        PontThermique,
        reference_1="M1",
        reference_2="PB1",
        l=10.0,
        enum_methode_saisie_pont_thermique_id=1,
        enum_type_liaison_id=1,
        intermediaire=make(PontThermiqueIntermediaire),
    ),
    make(
        PontThermique,
        reference_1="F1",
        reference_2="M1",
        l=10.0,
        enum_methode_saisie_pont_thermique_id=1,
        enum_type_liaison_id=5,
        intermediaire=make(PontThermiqueIntermediaire),
    ),
)


def heating(*generators: int, surface: float = 80.0) -> InstallationChauffage:
    return make(
        InstallationChauffage,
        surface_chauffee=surface,
        emetteurs=(),
        generateurs=tuple(
            make(
                GenerateurChauffage,
                enum_type_generateur_ch_id=generator,
                intermediaire=make(GenerateurChauffageIntermediaire),
            )
            for generator in generators
        ),
        intermediaire=make(InstallationChauffageIntermediaire),
    )


def house(*installations: InstallationChauffage) -> DpeInputs:
    return DpeInputs(
        administratif=make(
            Administratif,
            numero_dpe="NON_DEPOSE",
            date_etablissement_dpe=date(2025, 1, 1),
            methode_application=make(MethodeApplication, id=1, type_dpe=TypeDpe.MAISON),
        ),
        caracteristique_generale=make(
            CaracteristiqueGenerale, enum_periode_construction_id=2, hsp=2.5
        ),
        meteo=make(Meteo, enum_zone_climatique_id=1, enum_classe_altitude_id=1),
        enveloppe=Enveloppe(
            inertie=make(Inertie, enum_classe_inertie_id=1),
            murs=(WALL_BARE, WALL_ON_GARAGE),
            planchers_bas=(FLOOR,),
            planchers_hauts=(ROOF,),
            baies_vitrees=(WINDOW,),
            portes=(DOOR,),
            ponts_thermiques=BRIDGES,
            ets=(),
        ),
        systemes=Systemes(
            ventilations=(),
            installations_chauffage=installations or (heating(97),),
            installations_ecs=(),
            climatisations=(),
            production_elec_enr=None,
        ),
    )


def test_each_element_of_the_house() -> None:
    result = envelope_losses(house())
    assert result.complete and not result.warnings
    walls, floor, roof = result.walls, result.low_floors[0], result.roofs[0]
    # Wall 1: béton banché 20 cm, Umur0 2.9 capped at 2.5 (§3.2.1.1), b = 1: 50 × 2.5 = 125.
    assert walls[0].u == 2.5 and walls[0].loss_w_k == pytest.approx(125.0, rel=FORMULA)
    # Wall 2: brique pleine 34 cm, Umur0 2.0, 10 cm of insulation: 1/(0.5 + 2.5) = 1/3;
    # garage, Cas 1, UV 3, Aiu/Aue 0.5 → b 0.95 (§3.1); 0.95 × 20 / 3.
    assert walls[1].b == 0.95
    assert walls[1].loss_w_k == pytest.approx(0.95 * 20 / 3, rel=FORMULA)
    # Floor on the ground, Upb 2, 2S/P = 120/32 = 3.75 → 4: Ue = 0.51 + 0.5/1.9 × 0.17.
    ue = 0.51 + 0.5 / 1.9 * 0.17
    assert floor.u == 2.0 and floor.u_used == pytest.approx(ue, rel=FORMULA)
    # Roof: Uph0 1.2, R 5: 1/(1/1.2 + 5); attic UV 9, Cas 1, Aiu/Aue 0.75 → b 1.00.
    assert roof.b == 1.0 and roof.u == pytest.approx(1 / (1 / 1.2 + 5), rel=FORMULA)
    # Window: double air 16 mm 2.7 → PVC battante Uw 2.6 → ΔR 0.19 → Ujn 2.2; Sw 0.48.
    window = result.windows[0]
    assert (window.ug, window.uw, window.ujn, window.u_used) == (2.7, 2.6, 2.2, 2.2)
    assert (window.sw, window.fe1, window.fe2) == (0.48, 1.0, 1.0)
    # Door: bois opaque pleine 3.5 × 2 m².
    assert result.doors[0].loss_w_k == pytest.approx(7.0, rel=FORMULA)
    # Bridges: non isolé/non isolé floor junction 0.39 × 10; joinery non isolé, nu ext., Lp 5:
    # 0.43 × 10.
    assert [b.k for b in result.bridges] == [0.39, 0.43]


def test_totals_of_the_house() -> None:
    result = envelope_losses(house(), air_renewal_w_k=50.0)
    ue = 0.51 + 0.5 / 1.9 * 0.17
    walls = 125.0 + 0.95 * 20 / 3
    roof = 60 / (1 / 1.2 + 5)
    parois = walls + 60 * ue + roof + 6 * 2.2 + 7.0 + 3.9 + 4.3
    assert result.deperdition_mur == pytest.approx(walls, rel=FORMULA)
    assert result.deperdition_pont_thermique == pytest.approx(8.2, rel=FORMULA)
    assert result.deperdition_parois == pytest.approx(parois, rel=FORMULA)
    # GV = ΣDP + PT + DR (§3).
    assert result.deperdition_enveloppe == pytest.approx(parois + 50.0, rel=FORMULA)
    # Sdep (§4): walls 70 + roof 60 + window 6 + door 2, low floors excluded.
    assert result.surface_deperditive_m2 == pytest.approx(138.0, rel=FORMULA)
    # Ubât (arrêté du 31 mars 2021, annexe 8 §1.2): ΣDP + PT over all 198 m² with b > 0.
    assert result.ubat_w_m2k == pytest.approx(parois / 198.0, rel=FORMULA)


def test_without_air_renewal_there_is_no_gv() -> None:
    assert envelope_losses(house()).deperdition_enveloppe is None


def test_an_element_that_cannot_be_computed_is_reported_not_guessed() -> None:
    broken = dataclasses.replace(WALL_BARE, epaisseur_structure=None, description=None)
    dpe = house()
    dpe = dataclasses.replace(
        dpe, enveloppe=dataclasses.replace(dpe.enveloppe, murs=(broken, WALL_ON_GARAGE))
    )
    result = envelope_losses(dpe)
    assert not result.complete
    assert [w.index for w in result.walls] == [2]
    assert result.warnings == (
        "mur 1 non pris en compte : épaisseur de la structure du mur [cm] : "
        "valeur obligatoire absente.",
    )


def test_electric_joule_follows_the_main_generator_of_most_of_the_area() -> None:
    # §3.2 « chauffé par effet joule lorsque la chaleur est fournie par une résistance
    # électrique »: 98 = convecteur électrique; 97 = chaudière gaz à condensation.
    assert electric_joule(house(heating(98)).systemes)
    assert not electric_joule(house(heating(97, 98)).systemes)  # electric as back-up only
    assert not electric_joule(house(heating(98, surface=40), heating(97, surface=40)).systemes)
    assert electric_joule(house(heating(98, surface=50), heating(97, surface=30)).systemes)
