"""The variations of a description's systems for the uncertainty band.

Heating left unknown (gas boiler old or condensing, electric convectors), generator age (as old
as the building or recent, §13.2 tables by period), distribution temperature and regulation of a
water network (§12, §13.2.1.5), hot-water generator and tank volume, ventilation, and the share
of a declared electric back-up (a desk reading of §9.3): each with the alternatives of
``uncertainty.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.choices import GenerateurEcs as W
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.official_ids import construction_year
from calculators.dpe.simple.uncertainty_options import Option, Variation, choices, ranges


def system_variations(description: SimpleDescription, at: date) -> Iterator[Variation]:
    ch = description.chauffage
    choix = ranges()["choix"]
    built = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    recent = at.year - int(choix["age_recent_ans"])
    if description.ventilation.type.value == "inconnue":
        yield choices(
            "ventilation.type",
            "la ventilation",
            "inconnue",
            type(description.ventilation.type),
            ("entrees_air", "vmc_hygro_b"),
        )
    if ch.generateur is G.INCONNU and ch.energie.value == "inconnue":
        yield Variation(
            "chauffage.generateur",
            "le chauffage",
            "inconnu",
            (
                Option(
                    "chaudière gaz ancienne",
                    (
                        ("chauffage.energie", type(ch.energie)("gaz_naturel")),
                        ("chauffage.generateur", G.CHAUDIERE_CLASSIQUE),
                    ),
                ),
                Option(
                    "convecteurs électriques",
                    (
                        ("chauffage.energie", type(ch.energie)("electricite")),
                        ("chauffage.generateur", G.CONVECTEURS),
                    ),
                ),
                Option(
                    "chaudière gaz à condensation",
                    (
                        ("chauffage.energie", type(ch.energie)("gaz_naturel")),
                        ("chauffage.generateur", G.CHAUDIERE_CONDENSATION),
                    ),
                ),
            ),
        )
    elif ch.generateur is G.INCONNU and ch.energie.value in (
        "gaz_naturel",
        "fioul",
        "gpl",
        "propane",
        "butane",
    ):
        yield choices(
            "chauffage.generateur",
            "le générateur de chauffage",
            "inconnu",
            G,
            ("chaudiere_classique", "chaudiere_condensation"),
        )
    if ch.annee_installation is None and recent > built and _dated(ch.generateur):
        yield Variation(
            "chauffage.annee_installation",
            "l'âge du générateur",
            "inconnu",
            (
                Option(f"installé en {built}", (("chauffage.annee_installation", built),)),
                Option(f"installé en {recent}", (("chauffage.annee_installation", recent),)),
            ),
        )
    if ch.temperature_distribution.value == "inconnue" and _hydronic(description):
        yield choices(
            "chauffage.temperature_distribution",
            "la température de distribution",
            "inconnue",
            type(ch.temperature_distribution),
            ("haute", "basse"),
        )
    if ch.regulation.value == "inconnue" and _hydronic(description):
        yield choices(
            "chauffage.regulation",
            "la régulation",
            "inconnue",
            type(ch.regulation),
            ("aucune", "robinets_thermostatiques"),
        )
    ecs = description.eau_chaude
    if ecs.generateur is W.INCONNU:
        yield choices(
            "eau_chaude.generateur",
            "la production d'eau chaude",
            "inconnue",
            W,
            ("ballon_electrique", "thermodynamique"),
        )
    if ecs.volume_ballon_l is None and ecs.generateur in (W.BALLON_ELECTRIQUE, W.THERMODYNAMIQUE):
        low, high = choix["volumes_ballon_l"]
        yield Variation(
            "eau_chaude.volume_ballon_l",
            "le volume du ballon",
            "inconnu",
            (
                Option(f"{low} L", (("eau_chaude.volume_ballon_l", float(low)),)),
                Option(f"{high} L", (("eau_chaude.volume_ballon_l", float(high)),)),
            ),
        )


def _dated(generateur: G) -> bool:
    """Generators whose efficiency depends on their installation period (boilers, heat pumps,
    stoves)."""
    return generateur not in (
        G.CONVECTEURS,
        G.PANNEAUX_RAYONNANTS,
        G.RADIATEURS_ELECTRIQUES,
        G.PLANCHER_RAYONNANT_ELECTRIQUE,
        G.RADIATEURS_ACCUMULATION,
        G.CONVECTEUR_BI_JONCTION,
        G.RESEAU_CHALEUR,
        G.CHAUFFERIE_MULTI_BATIMENTS,
        G.CHAUDIERE_ELECTRIQUE,
    )


def _hydronic(description: SimpleDescription) -> bool:
    emetteurs = description.chauffage.emetteurs.value
    return emetteurs in (
        "radiateurs_eau",
        "plancher_chauffant",
        "plafond_chauffant",
        "inconnus",
        "ventiloconvecteurs",
    ) and _dated(description.chauffage.generateur)


def backup_variations(description: SimpleDescription) -> Iterator[Variation]:
    """An electric back-up of unknown share: counted for a quarter of the need, or not at all."""
    if description.chauffage.appoint.value == "electrique":
        yield Variation(
            "chauffage.appoint",
            "la part de l'appoint électrique",
            "inconnue",
            (
                Option("25 % du besoin"),
                Option("non compté", unasked=(("appoint_electrique", False),)),
            ),
        )
