"""Field-level checks of the ADEME XML reader on four corpus files inspected by hand.

Reference: the XML text of each file in ``shared/data/dpe/ademe-xml`` (values copied from the
file, counts made with ``grep -c '<mur>'`` and the like). The reader must give back exactly what
the file says, so floats are compared with ``pytest.approx`` at its default relative tolerance
of 1e-6, which only absorbs the decimal-to-binary conversion.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.ademe.inputs import TypeDpe

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def corpus_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return folder


def _read(corpus_dir: Path, name: str) -> DpeFile:
    return read_dpe(corpus_dir / name)


def test_flat_with_individual_gas_boiler(corpus_dir: Path) -> None:
    """2238E0097309E: flat, model version 2, one wall, six windows, combined gas boiler."""
    dpe = _read(corpus_dir, "2238E0097309E.xml")
    admin = dpe.inputs.administratif
    assert admin.numero_dpe == "2238E0097309E"
    assert admin.enum_version_id == "2"
    assert admin.date_etablissement_dpe == date(2022, 1, 12)
    assert admin.methode_application.type_dpe is TypeDpe.APPARTEMENT
    assert (admin.methode_application.chauffage, admin.methode_application.ecs) == (
        "individuel",
        "individuel",
    )
    assert admin.departement == "38"
    assert dpe.inputs.caracteristique_generale.surface_habitable_logement == pytest.approx(80.84)
    assert dpe.inputs.caracteristique_generale.annee_construction == 1961
    assert dpe.inputs.meteo.enum_zone_climatique_id == 3

    env = dpe.inputs.enveloppe
    assert (len(env.murs), len(env.baies_vitrees), len(env.portes)) == (1, 6, 0)
    assert (len(env.planchers_bas), len(env.planchers_hauts), len(env.ponts_thermiques)) == (
        0,
        0,
        4,
    )
    mur = env.murs[0]
    assert mur.surface_paroi_opaque == pytest.approx(39.52)
    assert mur.surface_paroi_totale == pytest.approx(54.25)
    assert mur.tv_umur0_id == 81
    assert mur.intermediaire.umur == pytest.approx(1.6393)
    assert mur.adjacence.enum_type_adjacence_id == 1
    assert mur.enum_periode_isolation_id is None  # absent from the file: None, not 0
    baie = env.baies_vitrees[0]
    assert baie.surface_totale_baie == pytest.approx(2.21)
    assert baie.double_fenetre is False and baie.fenetre_doublee is None
    assert baie.tv_coef_masque_proche_id == 19
    assert (baie.intermediaire.uw, baie.intermediaire.ujn) == (
        pytest.approx(5.4),
        pytest.approx(4.2),
    )
    assert env.ponts_thermiques[0].l == pytest.approx(17.1)
    assert env.ponts_thermiques[0].intermediaire.k == pytest.approx(0.39)

    systemes = dpe.inputs.systemes
    assert systemes.ventilations[0].enum_type_ventilation_id == 10
    assert systemes.ventilations[0].intermediaire.hvent == pytest.approx(43.702)
    (installation,) = systemes.installations_chauffage
    assert not installation.est_collective
    (generateur,) = installation.generateurs
    assert (generateur.enum_type_generateur_ch_id, generateur.enum_type_energie_id) == (88, 2)
    assert generateur.intermediaire.pn == pytest.approx(24000.0)
    assert installation.emetteurs[0].enum_type_emission_distribution_id == 34
    assert systemes.installations_ecs[0].generateurs[0].enum_type_generateur_ecs_id == 49
    assert systemes.production_elec_enr is not None
    assert systemes.production_elec_enr.presence_production_pv is False

    out = dpe.outputs
    assert out is not None
    assert out.deperdition.deperdition_mur == pytest.approx(64.787)
    assert out.deperdition.hvent == 0.0  # quirk of the file: the real hvent is in ventilation
    assert out.ep_conso.ep_conso_5_usages_m2 == pytest.approx(205.462)
    assert out.ep_conso.classe_bilan_dpe == "D"
    assert out.emission_ges.emission_ges_5_usages_m2 == pytest.approx(41.0)
    assert out.emission_ges.classe_emission_ges == "D"
    assert out.apport_et_besoin.besoin_ch == pytest.approx(7226.604)
    assert out.qualite_isolation.ubat == pytest.approx(2.732)
    assert out.ef_conso.values["conso_auxiliaire_distribution_ch"] == pytest.approx(156.3)
    assert [s.enum_type_energie_id for s in out.sortie_par_energie] == [1, 2]
    assert dpe.warnings == ()


def test_whole_building_on_multi_building_plant(corpus_dir: Path) -> None:
    """2321E3872263C: whole building (method 7), 24 flats, collective heating modelled as a
    heat network (generator 111, energy 8), the largest file of the corpus."""
    dpe = _read(corpus_dir, "2321E3872263C.xml")
    admin = dpe.inputs.administratif
    assert admin.methode_application.id == 7
    assert admin.methode_application.type_dpe is TypeDpe.IMMEUBLE
    general = dpe.inputs.caracteristique_generale
    assert general.surface_habitable_logement is None
    assert general.surface_habitable_immeuble == pytest.approx(1908.0)
    assert general.nombre_appartement == 24
    assert dpe.inputs.meteo.altitude == pytest.approx(185.0)

    env = dpe.inputs.enveloppe
    counts = tuple(
        len(x)
        for x in (
            env.murs,
            env.baies_vitrees,
            env.portes,
            env.ponts_thermiques,
            env.planchers_bas,
            env.planchers_hauts,
        )
    )
    assert counts == (50, 19, 16, 63, 1, 1)
    assert env.murs[2].surface_paroi_opaque == pytest.approx(2.625)
    assert env.murs[2].epaisseur_isolation == pytest.approx(6.0)
    assert env.murs[2].intermediaire.umur == pytest.approx(0.52632)

    (installation,) = dpe.inputs.systemes.installations_chauffage
    assert installation.enum_type_installation_id == 3
    assert installation.est_collective
    assert installation.cle_repartition_ch == pytest.approx(0.066194082245707872)
    assert installation.coef_ifc == pytest.approx(0.7)
    assert [e.surface_chauffee for e in installation.emetteurs] == [
        pytest.approx(280.76),
        pytest.approx(1627.24),
    ]
    (generateur,) = installation.generateurs
    assert (generateur.enum_type_generateur_ch_id, generateur.enum_type_energie_id) == (111, 8)
    assert generateur.identifiant_reseau_chaleur is None  # empty element in the file
    assert generateur.date_arrete_reseau_chaleur == date(2023, 3, 16)
    assert installation.intermediaire.besoin_ch == pytest.approx(153997.70136540281)
    ecs = dpe.inputs.systemes.installations_ecs[0]
    assert ecs.generateurs[0].enum_type_generateur_ecs_id == 70

    out = dpe.outputs
    assert out is not None
    assert out.deperdition.deperdition_enveloppe == pytest.approx(2622.059)
    assert out.ep_conso.ep_conso_5_usages_m2 == pytest.approx(213.5106754004556)
    assert (out.ep_conso.classe_bilan_dpe, out.emission_ges.classe_emission_ges) == ("E", "E")


def test_house_with_pv_heat_pump_and_wood(corpus_dir: Path) -> None:
    """2303E4293288R: house, two heating installations (gas condensing boiler; ground-source
    heat pump with solar cover and a wood insert), PV, cooling."""
    dpe = _read(corpus_dir, "2303E4293288R.xml")
    assert dpe.inputs.administratif.departement == "03"
    assert dpe.inputs.administratif.date_etablissement_dpe == date(2023, 12, 13)
    assert dpe.inputs.caracteristique_generale.surface_habitable_logement == pytest.approx(118.0)
    systemes = dpe.inputs.systemes
    first, second = systemes.installations_chauffage
    assert first.enum_cfg_installation_ch_id == 1
    assert [g.enum_type_generateur_ch_id for g in first.generateurs] == [96]
    assert first.generateurs[0].intermediaire.pn == pytest.approx(10000.0)
    assert second.enum_cfg_installation_ch_id == 7
    assert second.intermediaire.fch == pytest.approx(0.28)
    assert [e.enum_type_emission_distribution_id for e in second.emetteurs] == [5, 21]
    heat_pump, insert = second.generateurs
    assert (heat_pump.enum_type_generateur_ch_id, heat_pump.enum_type_energie_id) == (13, 1)
    assert heat_pump.intermediaire.scop == pytest.approx(2.4)
    assert (insert.enum_type_generateur_ch_id, insert.enum_type_energie_id) == (37, 4)
    assert insert.intermediaire.rendement_generation == pytest.approx(0.7)
    ecs_types = [
        g.enum_type_generateur_ecs_id for i in systemes.installations_ecs for g in i.generateurs
    ]
    assert ecs_types == [70, 71]

    pv = systemes.production_elec_enr
    assert pv is not None and pv.presence_production_pv
    (panneau,) = pv.panneaux
    assert panneau.surface_totale_capteurs == pytest.approx(19.2)
    assert panneau.nombre_module == 16
    assert pv.intermediaire.production_pv == pytest.approx(6127.5213004800007)
    (clim,) = systemes.climatisations
    assert (clim.surface_clim, clim.tv_seer_id, clim.enum_type_generateur_fr_id) == (118.0, 2, 2)

    out = dpe.outputs
    assert out is not None
    assert out.production_electricite.production_pv == pytest.approx(7290.4744138783717)
    assert out.ep_conso.ep_conso_5_usages_m2 == pytest.approx(161.0)
    assert (out.ep_conso.classe_bilan_dpe, out.emission_ges.classe_emission_ges) == ("C", "C")


def test_flat_from_building_data_on_heat_network(corpus_dir: Path) -> None:
    """2316E1068720I: flat generated from the building DPE (method 34), heating and hot water
    on district-heating network 1605C, as in much of Béthune's social housing."""
    dpe = _read(corpus_dir, "2316E1068720I.xml")
    admin = dpe.inputs.administratif
    assert admin.methode_application.type_dpe is TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE
    assert admin.dpe_immeuble_associe == "2316E1068587F"
    assert (admin.code_postal, admin.code_insee, admin.departement) == ("16800", "16374", "16")
    general = dpe.inputs.caracteristique_generale
    assert general.surface_habitable_logement == pytest.approx(78.0)
    assert general.surface_habitable_immeuble == pytest.approx(2197.0)
    assert (general.nombre_niveau_immeuble, general.nombre_appartement) == (5, 30)

    env = dpe.inputs.enveloppe
    assert (len(env.murs), len(env.baies_vitrees), len(env.portes)) == (4, 9, 0)
    (installation,) = dpe.inputs.systemes.installations_chauffage
    assert installation.enum_type_installation_id == 3
    assert installation.cle_repartition_ch == pytest.approx(1.0)
    assert installation.intermediaire.besoin_ch == pytest.approx(462715.98)
    (generateur,) = installation.generateurs
    assert generateur.enum_type_generateur_ch_id == 107
    assert generateur.identifiant_reseau_chaleur == "1605C"
    assert generateur.tv_temp_fonc_100_id == 2
    assert installation.emetteurs[0].intermediaire.i0 == pytest.approx(1.07)
    generateur_ecs = dpe.inputs.systemes.installations_ecs[0].generateurs[0]
    assert generateur_ecs.enum_type_generateur_ecs_id == 73
    assert generateur_ecs.identifiant_reseau_chaleur == "1605C"

    out = dpe.outputs
    assert out is not None
    assert out.apport_et_besoin.besoin_ch == pytest.approx(462716.0)
    assert out.ep_conso.ep_conso_5_usages_m2 == pytest.approx(323.61704)
    assert out.emission_ges.emission_ges_5_usages_m2 == pytest.approx(68.179338)
    assert (out.ep_conso.classe_bilan_dpe, out.emission_ges.classe_emission_ges) == ("E", "E")


def test_pre_deposit_file_quirks_become_warnings(corpus_dir: Path) -> None:
    """dpe_without_porte_collection.xml: a pre-deposit export (no number, date « NON_DEPOSE »,
    q4pa value typed into its table-id field, no ``porte_collection``)."""
    dpe = _read(corpus_dir, "dpe_without_porte_collection.xml")
    assert dpe.inputs.administratif.numero_dpe == "NON_DEPOSE"
    assert dpe.inputs.administratif.date_etablissement_dpe is None
    assert dpe.inputs.administratif.departement is None  # no DPE number, no address
    assert dpe.inputs.systemes.ventilations[0].tv_q4pa_conv_id is None
    assert dpe.inputs.enveloppe.portes == ()
    assert dpe.warnings == (
        "administratif/date_etablissement_dpe : « NON_DEPOSE » n'est pas une date, ignorée",
        "ventilation[1]/donnee_entree/tv_q4pa_conv_id : référence « 1,53 » non entière, ignorée",
    )
