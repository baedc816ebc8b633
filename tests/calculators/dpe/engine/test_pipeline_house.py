"""The pipeline on a hand-made house (no corpus needed): Béthune-like, zone H1a below 400 m, one
uninsulated concrete wall, electric convectors and an electric tank, no ventilation described.

References: method annex 1 §3.2.1.1 (wall U), §3 (GV = ΣDP + DR), §16.1 (lighting), the DPE
order's annexe 5 and the arrêté du 13 août 2025 (electricity factor 1.9 from 1 January 2026).
The hand-made file also serves the CLI and service tests (:func:`house_xml`).
"""

from __future__ import annotations

from datetime import date

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.heating import heating_from_ademe
from calculators.dpe.engine.hot_water.from_ademe import installation_from_ademe
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.engine.result import STAGES
from calculators.dpe.rules import DpeInputError, RulesError

# Hand computations below involve only tabulated inputs: float rounding is the only error.
EXACT = 1e-9

_ENVELOPE = """
    <enveloppe>
      <inertie><enum_classe_inertie_id>2</enum_classe_inertie_id></inertie>
      <mur_collection>
        <mur>
          <donnee_entree>
            <description>Mur en béton banché de 20 cm, non isolé</description>
            <enum_type_adjacence_id>1</enum_type_adjacence_id>
            <enum_orientation_id>2</enum_orientation_id>
            <surface_paroi_opaque>100</surface_paroi_opaque>
            <enum_materiaux_structure_mur_id>13</enum_materiaux_structure_mur_id>
            <epaisseur_structure>20</epaisseur_structure>
            <enum_methode_saisie_u0_id>2</enum_methode_saisie_u0_id>
            <enum_methode_saisie_u_id>1</enum_methode_saisie_u_id>
            <enum_type_isolation_id>2</enum_type_isolation_id>
            <enum_type_doublage_id>2</enum_type_doublage_id>
          </donnee_entree>
        </mur>
      </mur_collection>
    </enveloppe>"""
_HEATING = """
    <installation_chauffage_collection>
      <installation_chauffage>
        <donnee_entree>
          <description>Convecteurs électriques NFC</description>
          <surface_chauffee>92.5</surface_chauffee>
          <nombre_niveau_installation_ch>1</nombre_niveau_installation_ch>
          <enum_cfg_installation_ch_id>1</enum_cfg_installation_ch_id>
          <enum_type_installation_id>1</enum_type_installation_id>
          <enum_methode_calcul_conso_id>1</enum_methode_calcul_conso_id>
        </donnee_entree>
        <emetteur_chauffage_collection>
          <emetteur_chauffage>
            <donnee_entree>
              <surface_chauffee>92.5</surface_chauffee>
              <tv_rendement_emission_id>1</tv_rendement_emission_id>
              <tv_rendement_distribution_ch_id>1</tv_rendement_distribution_ch_id>
              <tv_rendement_regulation_id>1</tv_rendement_regulation_id>
              <enum_type_emission_distribution_id>1</enum_type_emission_distribution_id>
              <tv_intermittence_id>52</tv_intermittence_id>
              <reseau_distribution_isole>0</reseau_distribution_isole>
              <enum_equipement_intermittence_id>1</enum_equipement_intermittence_id>
              <enum_type_regulation_id>2</enum_type_regulation_id>
              <enum_type_chauffage_id>1</enum_type_chauffage_id>
              <enum_temp_distribution_ch_id>1</enum_temp_distribution_ch_id>
              <enum_lien_generateur_emetteur_id>1</enum_lien_generateur_emetteur_id>
            </donnee_entree>
          </emetteur_chauffage>
        </emetteur_chauffage_collection>
        <generateur_chauffage_collection>
          <generateur_chauffage>
            <donnee_entree>
              <description>Convecteur électrique NFC</description>
              <enum_type_generateur_ch_id>98</enum_type_generateur_ch_id>
              <enum_usage_generateur_id>1</enum_usage_generateur_id>
              <enum_type_energie_id>1</enum_type_energie_id>
              <position_volume_chauffe>1</position_volume_chauffe>
              <tv_rendement_generation_id>29</tv_rendement_generation_id>
              <enum_methode_saisie_carac_sys_id>1</enum_methode_saisie_carac_sys_id>
              <enum_lien_generateur_emetteur_id>1</enum_lien_generateur_emetteur_id>
            </donnee_entree>
          </generateur_chauffage>
        </generateur_chauffage_collection>
      </installation_chauffage>
    </installation_chauffage_collection>
    <installation_ecs_collection>
      <installation_ecs>
        <donnee_entree>
          <description>Ballon électrique vertical de 150 L</description>
          <enum_cfg_installation_ecs_id>1</enum_cfg_installation_ecs_id>
          <enum_type_installation_id>1</enum_type_installation_id>
          <enum_methode_calcul_conso_id>1</enum_methode_calcul_conso_id>
          <surface_habitable>92.5</surface_habitable>
          <nombre_logement>1</nombre_logement>
          <nombre_niveau_installation_ecs>2</nombre_niveau_installation_ecs>
          <tv_rendement_distribution_ecs_id>3</tv_rendement_distribution_ecs_id>
          <enum_bouclage_reseau_ecs_id>1</enum_bouclage_reseau_ecs_id>
        </donnee_entree>
        <generateur_ecs_collection>
          <generateur_ecs>
            <donnee_entree>
              <description>Ballon électrique vertical</description>
              <enum_type_generateur_ecs_id>69</enum_type_generateur_ecs_id>
              <enum_usage_generateur_id>2</enum_usage_generateur_id>
              <enum_type_energie_id>1</enum_type_energie_id>
              <enum_methode_saisie_carac_sys_id>1</enum_methode_saisie_carac_sys_id>
              <tv_pertes_stockage_id>6</tv_pertes_stockage_id>
              <enum_type_stockage_ecs_id>3</enum_type_stockage_ecs_id>
              <position_volume_chauffe>1</position_volume_chauffe>
              <volume_stockage>150</volume_stockage>
            </donnee_entree>
          </generateur_ecs>
        </generateur_ecs_collection>
      </installation_ecs>
    </installation_ecs_collection>"""


def house_xml(*, systems: bool = True) -> bytes:
    """The hand-made house as ADEME XML (model 2.4); without its heating and hot water when
    ``systems`` is false."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Fichier fait main pour les tests : maison de 92,5 m², zone H1a. -->
<dpe version="test">
  <numero_dpe>2562E0000002B</numero_dpe>
  <administratif>
    <date_etablissement_dpe>2025-03-14</date_etablissement_dpe>
    <enum_modele_dpe_id>1</enum_modele_dpe_id>
    <enum_version_id>2.4</enum_version_id>
  </administratif>
  <logement>
    <caracteristique_generale>
      <annee_construction>1930</annee_construction>
      <enum_periode_construction_id>1</enum_periode_construction_id>
      <enum_methode_application_dpe_log_id>1</enum_methode_application_dpe_log_id>
      <surface_habitable_logement>92.5</surface_habitable_logement>
      <nombre_niveau_logement>2</nombre_niveau_logement>
      <hsp>2.6</hsp>
    </caracteristique_generale>
    <meteo>
      <enum_zone_climatique_id>1</enum_zone_climatique_id>
      <enum_classe_altitude_id>1</enum_classe_altitude_id>
    </meteo>{_ENVELOPE}{_HEATING if systems else ""}
  </logement>
</dpe>
""".encode()


@pytest.fixture(scope="module")
def house() -> DpeFile:
    return read_dpe(house_xml())


def test_envelope_and_needs_of_the_house(house: DpeFile) -> None:
    result = compute_dpe(house, date(2026, 1, 1))
    # §3.2.1.1: béton banché 20 cm, Umur0 2.9 capped at 2.5 W/(m²·K) when uninsulated;
    # 100 m² on the outside (b = 1) → 250 W/K; no ventilation described → DR = 0, GV = 250.
    assert result.envelope is not None and result.needs is not None
    assert result.envelope.deperdition_mur == pytest.approx(250.0, rel=EXACT)
    assert result.deperdition_enveloppe == pytest.approx(250.0, rel=EXACT)
    assert result.envelope.deperdition_renouvellement_air == pytest.approx(0.0, abs=EXACT)
    assert result.needs.gv_w_k == pytest.approx(250.0, rel=EXACT)
    assert "besoins : aucune ventilation décrite : Hvent et Hperm nuls" in result.warnings
    # §16.1: 0.9 × 1.4 W/m² × 1500 h (H1a) / 1000 × 92.5 m² = 174.825 kWh.
    assert result.lighting_kwh == pytest.approx(174.825, rel=EXACT)
    assert result.cooling_kwh == 0.0  # no cooling system: §10 does not apply


def test_systems_follow_our_own_needs(house: DpeFile) -> None:
    """Oracle: the heating and hot-water stages called directly on the needs the pipeline
    computed give exactly the pipeline's consumptions (the wiring adds nothing)."""
    result = compute_dpe(house, date(2026, 1, 1))
    needs = result.needs
    assert needs is not None and result.heating is not None and result.hot_water is not None
    direct = heating_from_ademe(
        house.inputs, needs.besoin_ch, needs.besoin_ch_depensier, needs.gv_w_k,
        besoin_ch_mensuel_kwh=needs.conventional.need_kwh,
    )
    assert result.conso_ch == pytest.approx(direct.conso_ch_kwh, rel=EXACT)
    assert result.heating.conso_par_energie_kwh == {"electricite": pytest.approx(result.conso_ch)}
    tank = installation_from_ademe(
        house.inputs.systemes.installations_ecs[0],
        zone=ClimateZone.H1A,
        house=True,
        need_kwh=needs.besoin_ecs,
        need_depensier_kwh=needs.besoin_ecs_depensier,
    )
    assert result.conso_ecs == pytest.approx(tank.dwelling_consumption_kwh, rel=EXACT)
    assert dict(result.hot_water.by_energy) == {"electricite": pytest.approx(result.conso_ecs)}


def test_totals_and_label_of_the_all_electric_house(house: DpeFile) -> None:
    """Convectors, electric tank, no fan nor pump: no auxiliaries (§5, §15); every kWh is
    electricity. Primary energy = 2.3, then 1.9 × final energy (arrêté du 15 septembre 2006,
    annexe 3, as amended on 13 August 2025); GHG 0.079 heating, 0.065 hot water, 0.069 lighting
    kgCO2eq/kWh (annexe 4); classes of the DPE order's annexe 5 (E < 330, F < 420 kWhEP/m²)."""
    before = compute_dpe(house, date(2025, 12, 31))
    after = compute_dpe(house, date(2026, 1, 1))
    assert before.auxiliaries is not None and before.auxiliaries.total == 0.0
    assert before.pv is None and before.complete and not before.unsupported
    assert before.conso_ch is not None and before.conso_ecs is not None
    final = before.conso_ch + before.conso_ecs + 174.825
    ghg = 0.079 * before.conso_ch + 0.065 * before.conso_ecs + 0.069 * 174.825
    assert before.totals is not None and after.totals is not None
    assert before.totals.ef_kwh_m2 == pytest.approx(final / 92.5, rel=EXACT)
    assert before.totals.cep_kwh_m2 == pytest.approx(2.3 * final / 92.5, rel=EXACT)
    assert after.totals.cep_kwh_m2 == pytest.approx(1.9 * final / 92.5, rel=EXACT)
    assert before.totals.eges_kg_m2 == pytest.approx(ghg / 92.5, rel=EXACT)
    assert after.totals.eges_kg_m2 == before.totals.eges_kg_m2
    # Cep 334 kWhEP/m² on 31 December 2025 (F), 276 on 1 January 2026 (E); EGES 11 (C).
    assert before.label is not None and after.label is not None
    assert (before.label.energy_class, before.label.climate_class) == ("F", "C")
    assert (before.label.label, before.label.passoire) == ("F", True)
    assert (after.label.label, after.label.passoire) == ("E", False)


def test_a_refusing_stage_stops_the_computation() -> None:
    bare = read_dpe(house_xml(systems=False))
    result = compute_dpe(bare, date(2026, 1, 1))
    assert [(u.stage, u.reason) for u in result.unsupported] == [
        ("heating", "aucune installation de chauffage décrite.")
    ]
    assert str(result.unsupported[0]) == "chauffage : aucune installation de chauffage décrite."
    assert result.needs is not None  # what was computed before is kept
    assert result.heating is None and result.hot_water is None and result.lighting_kwh is None
    assert result.label is None and result.totals is None and not result.complete


@pytest.mark.parametrize("stage", STAGES)
def test_stop_after_each_stage(house: DpeFile, stage: str) -> None:
    result = compute_dpe(house, date(2026, 1, 1), stop_after=stage)
    done = {
        "envelope": result.envelope,
        "needs": result.needs,
        "heating": result.heating,
        "hot_water": result.hot_water,
        "cooling": result.cooling_kwh,
        "lighting": result.lighting_kwh,
        "auxiliaries": result.auxiliaries,
        "totals": result.totals,
    }
    position = STAGES.index(stage)
    for name, value in done.items():
        assert (value is not None) == (STAGES.index(name) <= position), name
    assert (result.label is not None) == (stage == "totals")


def test_unknown_stage_and_date_without_rules(house: DpeFile) -> None:
    with pytest.raises(DpeInputError, match="étape « walls » inconnue"):
        compute_dpe(house, date(2026, 1, 1), stop_after="walls")
    # The 3CL-DPE 2021 method applies from 1 July 2021 (arrêté du 31 mars 2021, art. 21).
    with pytest.raises(RulesError, match="Aucune règle DPE pour le 30 juin 2021"):
        compute_dpe(house, date(2021, 6, 30))


def test_rules_of_the_date(house: DpeFile) -> None:
    """Electricity 2.3 kWhEP/kWhEF until 31 Dec 2025, 1.9 from 1 Jan 2026 (arrêté du 13 août
    2025); the physics of the dwelling does not depend on the date."""
    before = compute_dpe(house, date(2025, 12, 31))
    after = compute_dpe(house, date(2026, 1, 1))
    assert (before.electricity_primary_factor, after.electricity_primary_factor) == (2.3, 1.9)
    assert "facteur EP électricité 2,3" in before.rules_version
    assert "facteur EP électricité 1,9 (2026-01-01)" in after.rules_version
    assert before.numero_dpe == after.numero_dpe == "2562E0000002B"
    assert before.conso_ch == after.conso_ch and before.conso_ecs == after.conso_ecs
    assert before.needs == after.needs and before.envelope == after.envelope
