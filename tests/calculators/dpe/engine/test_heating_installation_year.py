"""Installation year written by LICIEL outside the data model, and its use for an « autre
système à combustion ».

References: the XML of ``shared/data/dpe/ademe-xml/2312E3163154I.xml`` (generator
``Generateur:…7820480003246264#1``, ``enum_type_generateur_ch_id`` 114, fuel oil,
``<data_complementaires data-annee-installation="1981">``, ``rendement_generation``
0.818403, no construction year) and the project's reading of the method's missing rule for
these generators (``generator_types.json``, ``autre_combustion_equivalent``: the standard
boiler of the year, §13.2.2.3 and §17.2.1.1 of the 3CL-DPE 2021 method).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calculators.dpe.ademe import read_dpe
from calculators.dpe.ademe.nodes import Node
from calculators.dpe.ademe.read_systems import read_systemes
from calculators.dpe.ademe.systems import GenerateurChauffage
from calculators.dpe.engine.heating.ademe_generators import effective_type

_INSTALLATION = """
<logement><installation_chauffage_collection><installation_chauffage>
  <donnee_entree>
    <surface_chauffee>80</surface_chauffee>
    <enum_cfg_installation_ch_id>1</enum_cfg_installation_ch_id>
    <enum_type_installation_id>1</enum_type_installation_id>
    <enum_methode_calcul_conso_id>1</enum_methode_calcul_conso_id>
  </donnee_entree>
  <generateur_chauffage_collection>{generators}</generateur_chauffage_collection>
</installation_chauffage></installation_chauffage_collection></logement>
"""
_GENERATOR = """
<generateur_chauffage><donnee_entree>
  {extra}
  <enum_type_generateur_ch_id>{ident}</enum_type_generateur_ch_id>
  <enum_type_energie_id>3</enum_type_energie_id>
</donnee_entree></generateur_chauffage>
"""


def _generators(*items: tuple[int, str]) -> list[GenerateurChauffage]:
    xml = _INSTALLATION.format(
        generators="".join(_GENERATOR.format(ident=i, extra=extra) for i, extra in items)
    )
    systems = read_systemes(Node(ET.fromstring(xml), "logement", []))
    return list(systems.installations_chauffage[0].generateurs)


def test_reader_takes_a_year_and_leaves_anything_else_unknown() -> None:
    """A four-digit attribute is the year; « Inconnue » (8 corpus files), nothing or no block
    read as None, never as an error: the attribute is outside the data model."""
    generators = _generators(
        (114, '<data_complementaires data-annee-installation="1981" xsi:nil="true" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'),
        (114, '<data_complementaires data-annee-installation="Inconnue"/>'),
        (114, "<data_complementaires/>"),
        (114, ""),
    )
    assert [g.annee_installation for g in generators] == [1981, None, None, None]


def test_other_combustion_system_takes_its_installation_year() -> None:
    """Fuel-oil « autre système » (114): 1981 gives the 1981–1990 standard boiler (78) whatever
    the construction year; without it the construction year, then the oldest (75)."""
    with_year, without = _generators(
        (114, '<data_complementaires data-annee-installation="1981"/>'), (114, "")
    )
    assert effective_type(with_year, None).type_generateur_ch_id == 78
    assert effective_type(with_year, 1950).type_generateur_ch_id == 78
    assert effective_type(without, None).type_generateur_ch_id == 75
    assert effective_type(without, 1977).type_generateur_ch_id == 77


def test_default_collective_system_keeps_the_construction_year() -> None:
    """§17.2.1.1 names the construction year for the default collective system (119); no
    corpus file gives 119 an installation year, so the rule is left as the method says."""
    (generator,) = _generators((119, '<data_complementaires data-annee-installation="2010"/>'))
    assert effective_type(generator, 1977).type_generateur_ch_id == 77
    assert effective_type(generator, None).type_generateur_ch_id == 75


@pytest.mark.corpus
def test_2312E3163154I_efficiency_of_the_certified_engine(shared_dir: Path) -> None:
    """2312E3163154I: the reader gives 1981 and the type chosen is the one whose efficiency the
    file wrote (0.818403, compared at 1e-6: the file's six decimals)."""
    path = shared_dir / "data" / "dpe" / "ademe-xml" / "2312E3163154I.xml"
    if not path.is_file():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    generator = next(
        g
        for installation in read_dpe(path).inputs.systemes.installations_chauffage
        for g in installation.generateurs
        if g.enum_type_generateur_ch_id == 114
    )
    assert generator.annee_installation == 1981
    assert generator.intermediaire.rendement_generation == pytest.approx(0.818403, abs=1e-6)
    assert effective_type(generator, None).type_generateur_ch_id == 78
