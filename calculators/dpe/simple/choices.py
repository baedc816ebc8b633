"""The closed vocabularies of the simple description, in the advisers' words.

Each choice is a :class:`Choix`: its value is the French key written in the JSON file
(``"maison_mitoyenne"``), its ``libelle`` the text shown to people. ``inconnu``/``inconnue`` is a
member wherever the 3CL-DPE 2021 method has a default for an unknown value (§3 envelope defaults
by period, §3.4 thermal-bridge defaults...). How a choice maps to the official ADEME enumeration
ids is in :mod:`calculators.dpe.simple.official_ids`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Choix(StrEnum):
    """A closed choice with a French label (``libelle``) beside its JSON key (the value)."""

    libelle: str

    def __new__(cls, value: str, libelle: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.libelle = libelle
        return member


class TypeLogement(Choix):
    MAISON_ISOLEE = "maison_isolee", "maison individuelle isolée"
    MAISON_JUMELEE = "maison_jumelee", "maison jumelée ou en bout de rangée (un mur mitoyen)"
    MAISON_MITOYENNE = "maison_mitoyenne", "maison mitoyenne en bande (deux murs mitoyens)"
    APPARTEMENT = "appartement", "appartement"
    IMMEUBLE = "immeuble", "immeuble collectif entier"

    @property
    def est_maison(self) -> bool:
        return self in (TypeLogement.MAISON_ISOLEE, TypeLogement.MAISON_JUMELEE,
                        TypeLogement.MAISON_MITOYENNE)  # fmt: skip


class PositionAppartement(Choix):
    """Where a flat sits: which of its floor and ceiling face the outside or an unheated space."""

    REZ_DE_CHAUSSEE = "rez_de_chaussee", "rez-de-chaussée (ou au-dessus d'un local non chauffé)"
    ETAGE_INTERMEDIAIRE = "etage_intermediaire", "étage intermédiaire"
    DERNIER_ETAGE = "dernier_etage", "dernier étage"
    RDC_ET_DERNIER_ETAGE = "rez_de_chaussee_et_dernier_etage", "seul niveau de l'immeuble"
    INCONNUE = "inconnue", "inconnue"


class PeriodeConstruction(Choix):
    """The ten periods of the ADEME enumeration ``periode_construction`` (method §3 tables)."""

    AVANT_1948 = "avant_1948", "avant 1948"
    DE_1948_A_1974 = "1948_1974", "1948-1974"
    DE_1975_A_1977 = "1975_1977", "1975-1977"
    DE_1978_A_1982 = "1978_1982", "1978-1982"
    DE_1983_A_1988 = "1983_1988", "1983-1988"
    DE_1989_A_2000 = "1989_2000", "1989-2000"
    DE_2001_A_2005 = "2001_2005", "2001-2005"
    DE_2006_A_2012 = "2006_2012", "2006-2012"
    DE_2013_A_2021 = "2013_2021", "2013-2021"
    APRES_2021 = "apres_2021", "après 2021"


class FormeEmprise(Choix):
    COMPACTE = "compacte", "compacte (presque carrée)"
    ALLONGEE = "allongee", "allongée (rectangle étroit)"
    EN_L = "en_l", "en L"
    INCONNUE = "inconnue", "inconnue"


class TypeProjet(Choix):
    EXISTANT = "existant", "logement existant (état des lieux)"
    RENOVATION = "renovation", "logement existant : rénovation"
    EXTENSION = "extension", "logement existant : extension"
    CHANGEMENT_USAGE = "changement_usage", "logement existant : changement d'usage"
    CONSTRUCTION_NEUVE = "construction_neuve", "construction neuve (dépôt de permis)"


class ZoneClimatique(Choix):
    H1A = "H1a", "H1a"
    H1B = "H1b", "H1b"
    H1C = "H1c", "H1c"
    H2A = "H2a", "H2a"
    H2B = "H2b", "H2b"
    H2C = "H2c", "H2c"
    H2D = "H2d", "H2d"
    H3 = "H3", "H3"


class ClasseAltitude(Choix):
    """The three altitude classes of the ADEME enumeration ``classe_altitude``."""

    MOINS_DE_400 = "moins_de_400", "inférieure à 400 m"
    DE_400_A_800 = "400_800", "de 400 à 800 m"
    PLUS_DE_800 = "plus_de_800", "supérieure à 800 m"


class MateriauMur(Choix):
    """Wall structure, one key per id of the ADEME enumeration ``materiaux_structure_mur``."""

    INCONNU = "inconnu", "inconnu"
    PIERRE_TAILLE = "pierre_taille", "pierre de taille ou moellons d'un seul matériau"
    PIERRE_REMPLISSAGE = "pierre_remplissage", "pierre ou moellons avec remplissage tout venant"
    PISE = "pise", "pisé ou béton de terre"
    PAN_BOIS_SANS_REMPLISSAGE = "pan_bois_sans_remplissage", "pan de bois sans remplissage"
    PAN_BOIS_REMPLISSAGE = "pan_bois_remplissage", "pan de bois avec remplissage tout venant"
    BOIS_RONDIN = "bois_rondin", "bois (rondins)"
    BRIQUE_PLEINE_SIMPLE = "brique_pleine_simple", "briques pleines simples"
    BRIQUE_PLEINE_DOUBLE = "brique_pleine_double", "briques pleines doubles avec lame d'air"
    BRIQUE_CREUSE = "brique_creuse", "briques creuses"
    BLOC_BETON_PLEIN = "bloc_beton_plein", "blocs de béton pleins"
    BLOC_BETON_CREUX = "bloc_beton_creux", "blocs de béton creux (parpaings)"
    BETON_BANCHE = "beton_banche", "béton banché"
    BETON_MACHEFER = "beton_machefer", "béton de mâchefer"
    BRIQUE_ALVEOLAIRE = "brique_alveolaire", "brique terre cuite alvéolaire"
    BETON_CELLULAIRE_AVANT_2013 = "beton_cellulaire_avant_2013", "béton cellulaire avant 2013"
    BETON_CELLULAIRE_DEPUIS_2013 = "beton_cellulaire_depuis_2013", "béton cellulaire depuis 2013"
    OSSATURE_BOIS_ISOLANT_DEPUIS_2006 = (
        "ossature_bois_isolant_depuis_2006",
        "ossature bois avec isolant, depuis 2006",
    )
    SANDWICH_BETON_ISOLANT = "sandwich_beton_isolant", "sandwich béton / isolant / béton"
    CLOISON_PLATRE = "cloison_platre", "cloison de plâtre"
    AUTRE_ANCIEN = "autre_ancien", "autre matériau traditionnel ancien"
    AUTRE_RECENT = "autre_recent", "autre matériau innovant récent"
    AUTRE_NON_REPERTORIE = "autre_non_repertorie", "autre matériau non répertorié"
    OSSATURE_BOIS_ISOLANT_2001_2005 = (
        "ossature_bois_isolant_2001_2005",
        "ossature bois avec isolant, 2001-2005",
    )
    OSSATURE_BOIS_SANS_REMPLISSAGE = (
        "ossature_bois_sans_remplissage",
        "ossature bois sans remplissage",
    )
    OSSATURE_BOIS_ISOLANT_AVANT_2001 = (
        "ossature_bois_isolant_avant_2001",
        "ossature bois avec isolant, avant 2001",
    )
    OSSATURE_BOIS_TOUT_VENANT = (
        "ossature_bois_tout_venant",
        "ossature bois avec remplissage tout venant",
    )


class EtatIsolation(Choix):
    NON_ISOLE = "non_isole", "non isolé"
    ISOLE = "isole", "isolé"
    INCONNU = "inconnu", "inconnu"


class PositionIsolation(Choix):
    INTERIEUR = "interieur", "par l'intérieur (ITI)"
    EXTERIEUR = "exterieur", "par l'extérieur (ITE)"
    INTERIEUR_ET_EXTERIEUR = "interieur_et_exterieur", "intérieur et extérieur (ITI + ITE)"
    REPARTIE = "repartie", "répartie (ITR, ossature bois, monomur)"
    INCONNUE = "inconnue", "inconnue"


class TypeToiture(Choix):
    COMBLES_PERDUS = "combles_perdus", "combles perdus"
    COMBLES_AMENAGES = "combles_amenages", "combles aménagés (rampants)"
    TOITURE_TERRASSE = "toiture_terrasse", "toiture-terrasse"
    LOCAL_NON_CHAUFFE = "local_non_chauffe", "local non chauffé au-dessus"
    LOGEMENT_AU_DESSUS = "logement_au_dessus", "autre logement chauffé au-dessus"
    INCONNU = "inconnu", "inconnu"


class TypePlancherBas(Choix):
    TERRE_PLEIN = "terre_plein", "sur terre-plein"
    VIDE_SANITAIRE = "vide_sanitaire", "sur vide sanitaire"
    SOUS_SOL_NON_CHAUFFE = "sous_sol_non_chauffe", "sur sous-sol ou cave non chauffés"
    LOCAL_NON_CHAUFFE = "local_non_chauffe", "sur local non chauffé (garage, commerce, porche)"
    EXTERIEUR = "exterieur", "sur l'extérieur (passage ouvert, pilotis)"
    LOGEMENT_EN_DESSOUS = "logement_en_dessous", "autre logement chauffé en dessous"
    INCONNU = "inconnu", "inconnu"


class TypeVitrage(Choix):
    SIMPLE = "simple", "simple vitrage"
    DOUBLE = "double", "double vitrage"
    TRIPLE = "triple", "triple vitrage"
    SURVITRAGE = "survitrage", "survitrage"
    INCONNU = "inconnu", "inconnu"


class MateriauMenuiserie(Choix):
    BOIS = "bois", "bois"
    BOIS_METAL = "bois_metal", "bois / métal"
    PVC = "pvc", "PVC"
    METAL_RUPTURE = "metal_rupture", "métal (alu) avec rupture de pont thermique"
    METAL_SANS_RUPTURE = "metal_sans_rupture", "métal (alu) sans rupture de pont thermique"
    INCONNU = "inconnu", "inconnu"


class TypeVolets(Choix):
    AUCUN = "aucun", "aucun volet"
    VOLETS_BATTANTS = "volets_battants", "volets battants ou persiennes pleines (bois, PVC)"
    VOLETS_ROULANTS = "volets_roulants", "volets roulants PVC ou bois"
    VOLETS_ROULANTS_ALU = "volets_roulants_alu", "volets roulants aluminium"
    PERSIENNES_AJOUREES = "persiennes_ajourees", "persiennes ou jalousies ajourées"
    FERMETURE_ISOLEE = "fermeture_isolee", "fermeture isolée"
    INCONNU = "inconnu", "inconnu"


class TypeVentilation(Choix):
    OUVERTURE_FENETRES = "ouverture_fenetres", "par ouverture des fenêtres"
    ENTREES_AIR = "entrees_air", "naturelle par entrées d'air hautes et basses"
    NATURELLE_CONDUIT = "naturelle_conduit", "naturelle par conduit"
    NATURELLE_CONDUIT_HYGRO = "naturelle_conduit_hygro", "naturelle par conduit, entrées hygro"
    VMC_AUTOREGLABLE = "vmc_autoreglable", "VMC simple flux autoréglable"
    VMC_HYGRO_A = "vmc_hygro_a", "VMC simple flux hygroréglable A"
    VMC_HYGRO_B = "vmc_hygro_b", "VMC simple flux hygroréglable B"
    VMC_GAZ = "vmc_gaz", "VMC gaz"
    VMC_BASSE_PRESSION = "vmc_basse_pression", "VMC basse pression"
    VMC_DOUBLE_FLUX = "vmc_double_flux", "VMC double flux avec échangeur"
    DOUBLE_FLUX_SANS_ECHANGEUR = "double_flux_sans_echangeur", "double flux sans échangeur"
    HYBRIDE = "hybride", "ventilation hybride"
    MECANIQUE_CONDUIT_EXISTANT = "mecanique_conduit_existant", "mécanique sur conduit existant"
    PUITS_CLIMATIQUE = "puits_climatique", "puits climatique"
    INCONNUE = "inconnue", "inconnue"


class Energie(Choix):
    ELECTRICITE = "electricite", "électricité"
    GAZ_NATUREL = "gaz_naturel", "gaz naturel"
    FIOUL = "fioul", "fioul domestique"
    BOIS_BUCHES = "bois_buches", "bois bûches"
    BOIS_GRANULES = "bois_granules", "bois granulés"
    BOIS_PLAQUETTES = "bois_plaquettes", "bois plaquettes"
    RESEAU_CHALEUR = "reseau_chaleur", "réseau de chaleur"
    PROPANE = "propane", "propane"
    BUTANE = "butane", "butane"
    GPL = "gpl", "GPL"
    CHARBON = "charbon", "charbon"
    AUTRE_FOSSILE = "autre_fossile", "autre combustible fossile"
    INCONNUE = "inconnue", "inconnue"

    @property
    def est_bois(self) -> bool:
        return self in (Energie.BOIS_BUCHES, Energie.BOIS_GRANULES, Energie.BOIS_PLAQUETTES)


class GenerateurChauffage(Choix):
    CHAUDIERE_CLASSIQUE = "chaudiere_classique", "chaudière classique (avant 1991)"
    CHAUDIERE_STANDARD = "chaudiere_standard", "chaudière standard"
    CHAUDIERE_BASSE_TEMPERATURE = "chaudiere_basse_temperature", "chaudière basse température"
    CHAUDIERE_CONDENSATION = "chaudiere_condensation", "chaudière à condensation"
    CHAUDIERE_BOIS = "chaudiere_bois", "chaudière bois"
    CHAUDIERE_ELECTRIQUE = "chaudiere_electrique", "chaudière électrique"
    PAC_AIR_AIR = "pac_air_air", "pompe à chaleur air/air"
    PAC_AIR_EAU = "pac_air_eau", "pompe à chaleur air/eau"
    PAC_EAU_EAU = "pac_eau_eau", "pompe à chaleur eau/eau"
    PAC_GEOTHERMIQUE = "pac_geothermique", "pompe à chaleur géothermique ou eau glycolée"
    PAC_HYBRIDE = "pac_hybride", "pompe à chaleur hybride (PAC + chaudière)"
    POELE_BOIS = "poele_bois", "poêle à bois bûches"
    POELE_GRANULES = "poele_granules", "poêle à granulés"
    INSERT_FOYER_FERME = "insert_foyer_ferme", "insert, foyer fermé ou cuisinière bois"
    POELE_BOUILLEUR = "poele_bouilleur", "poêle bouilleur"
    POELE_FIOUL_GAZ_CHARBON = "poele_fioul_gaz_charbon", "poêle fioul, GPL ou charbon"
    GENERATEUR_AIR_CHAUD = "generateur_air_chaud", "générateur d'air chaud à combustion"
    RADIATEUR_GAZ = "radiateur_gaz", "radiateur gaz indépendant"
    CONVECTEURS = "convecteurs", "convecteurs électriques"
    PANNEAUX_RAYONNANTS = "panneaux_rayonnants", "panneaux rayonnants électriques"
    RADIATEURS_ELECTRIQUES = "radiateurs_electriques", "radiateurs électriques (inertie)"
    PLANCHER_RAYONNANT_ELECTRIQUE = (
        "plancher_rayonnant_electrique",
        "plancher ou plafond rayonnant électrique",
    )
    RADIATEURS_ACCUMULATION = "radiateurs_accumulation", "radiateurs à accumulation"
    CONVECTEUR_BI_JONCTION = "convecteur_bi_jonction", "convecteur bi-jonction"
    RESEAU_CHALEUR = "reseau_chaleur", "réseau de chaleur"
    CHAUFFERIE_MULTI_BATIMENTS = "chaufferie_multi_batiments", "chaufferie de plusieurs bâtiments"
    AUTRE = "autre", "autre système"
    INCONNU = "inconnu", "inconnu"


class Emetteurs(Choix):
    RADIATEURS_EAU = "radiateurs_eau", "radiateurs à eau (fonte, acier)"
    PLANCHER_CHAUFFANT = "plancher_chauffant", "plancher chauffant à eau"
    PLAFOND_CHAUFFANT = "plafond_chauffant", "plafond chauffant à eau"
    VENTILOCONVECTEURS = "ventiloconvecteurs", "ventiloconvecteurs"
    AIR_SOUFFLE = "air_souffle", "air soufflé"
    DETENTE_DIRECTE = "detente_directe", "émetteurs à détente directe (fluide frigorigène)"
    ELECTRIQUES = "electriques", "émetteurs électriques"
    APPAREIL_INDEPENDANT = (
        "appareil_independant",
        "le générateur chauffe la pièce (poêle, radiateur gaz)",
    )
    INCONNUS = "inconnus", "inconnus"


class TemperatureDistribution(Choix):
    BASSE = "basse", "basse température (moins de 45 °C)"
    MOYENNE = "moyenne", "moyenne température (45 à 65 °C)"
    HAUTE = "haute", "haute température (65 °C et plus, ex. 80 °C)"
    INCONNUE = "inconnue", "inconnue"


class Regulation(Choix):
    AUCUNE = "aucune", "aucune régulation pièce par pièce"
    ROBINETS_THERMOSTATIQUES = "robinets_thermostatiques", "robinets thermostatiques"
    PIECE_PAR_PIECE = "piece_par_piece", "régulation pièce par pièce"
    INCONNUE = "inconnue", "inconnue"


class Appoint(Choix):
    AUCUN = "aucun", "aucun"
    POELE_BOIS = "poele_bois", "poêle ou insert bois"
    POELE_GRANULES = "poele_granules", "poêle à granulés"
    ELECTRIQUE = "electrique", "appoint électrique"
    AUTRE = "autre", "autre"


class GenerateurEcs(Choix):
    CHAUDIERE = "chaudiere", "chaudière (mixte ou dédiée)"
    BALLON_ELECTRIQUE = "ballon_electrique", "ballon électrique (cumulus)"
    ELECTRIQUE_INSTANTANE = "electrique_instantane", "chauffe-eau électrique instantané"
    THERMODYNAMIQUE = "thermodynamique", "chauffe-eau thermodynamique"
    PAC_DOUBLE_SERVICE = "pac_double_service", "pompe à chaleur double service"
    GAZ_INSTANTANE = "gaz_instantane", "chauffe-eau gaz instantané"
    ACCUMULATEUR_GAZ = "accumulateur_gaz", "accumulateur gaz"
    POELE_BOUILLEUR = "poele_bouilleur", "poêle bouilleur"
    RESEAU_CHALEUR = "reseau_chaleur", "réseau de chaleur"
    CHAUFFERIE_MULTI_BATIMENTS = "chaufferie_multi_batiments", "chaufferie de plusieurs bâtiments"
    AUTRE = "autre", "autre système"
    INCONNU = "inconnu", "inconnu"


class TypeClimatisation(Choix):
    AUCUNE = "aucune", "aucune"
    PAC_AIR_AIR = "pac_air_air", "climatiseur ou PAC air/air réversible"
    AUTRE_PAC = "autre_pac", "autre pompe à chaleur réversible"
    RESEAU_FROID = "reseau_froid", "réseau de froid urbain"
    AUTRE = "autre", "autre système"
    INCONNUE = "inconnue", "inconnue"


class OrientationPv(Choix):
    SUD = "sud", "sud"
    SUD_EST = "sud_est", "sud-est"
    SUD_OUEST = "sud_ouest", "sud-ouest"
    EST = "est", "est"
    OUEST = "ouest", "ouest"
    INCONNUE = "inconnue", "inconnue"
