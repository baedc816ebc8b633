"""Read the administrative block, the general characteristics and the climate of a DPE."""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources

from calculators.dpe.ademe.errors import DpeXmlError
from calculators.dpe.ademe.inputs import (
    Administratif,
    CaracteristiqueGenerale,
    Meteo,
    MethodeApplication,
    TypeDpe,
)
from calculators.dpe.ademe.nodes import Node, build

# ADEME DPE number: 2-digit year, 2-character département, then the serial (DESIGN.md,
# "Identifiers"); overseas départements keep only "97" there, refined by the postcode.
_NUMERO_DPE = re.compile(r"\d{2}(\d{2}|2[AB])[A-Z0-9]{9}")
_CODE_POSTAL = re.compile(r"\d{5}")


@cache
def methodes_application() -> dict[int, MethodeApplication]:
    """The ``enum_methode_application_dpe_log_id`` table (``methode_application.csv``)."""
    text = resources.files(__package__).joinpath("methode_application.csv").read_text("utf-8")
    lines = (line for line in io.StringIO(text) if not line.startswith("#"))
    table = {}
    for row in csv.DictReader(lines):
        ident = int(row["id"])
        table[ident] = MethodeApplication(
            id=ident,
            type_dpe=TypeDpe(row["type_dpe"]),
            etude_thermique=row["etude"] or None,
            chauffage=row["chauffage"] or None,
            ecs=row["ecs"] or None,
        )
    return table


def read_caracteristique_generale(logement: Node) -> CaracteristiqueGenerale:
    return build(CaracteristiqueGenerale, logement.require("caracteristique_generale"))


def read_meteo(logement: Node) -> Meteo:
    return build(Meteo, logement.require("meteo"))


def read_administratif(
    root: Node, caracteristique: CaracteristiqueGenerale, version: str
) -> Administratif:
    """The ``administratif`` block with the DPE number, method and département."""
    admin = root.require("administratif")
    numero = root.string("numero_dpe")
    methode_id = caracteristique.enum_methode_application_dpe_log_id
    methode = methodes_application().get(methode_id)
    if methode is None:
        where = "logement/caracteristique_generale/enum_methode_application_dpe_log_id"
        raise DpeXmlError(
            f"{where} : méthode d'application {methode_id} inconnue du modèle DPE logement",
            path=where,
        )
    adresse = admin.child_or_empty("geolocalisation").child_or_empty("adresses")
    adresse = adresse.child_or_empty("adresse_bien")
    code_postal = adresse.text("code_postal_brut") or adresse.text("ban_postcode")
    return Administratif(
        numero_dpe=numero,
        statut=root.text("statut"),
        date_etablissement_dpe=admin.date_or_none("date_etablissement_dpe"),
        date_visite_diagnostiqueur=admin.date_or_none("date_visite_diagnostiqueur"),
        enum_modele_dpe_id=admin.int_("enum_modele_dpe_id"),
        enum_version_id=version,
        methode_application=methode,
        departement=departement(numero, code_postal),
        code_postal=code_postal,
        code_insee=adresse.text("ban_citycode"),
        dpe_a_remplacer=admin.text("dpe_a_remplacer"),
        dpe_immeuble_associe=admin.text("dpe_immeuble_associe"),
    )


def departement(numero_dpe: str, code_postal: str | None) -> str | None:
    """Département code from the DPE number, else from the postcode (``None`` if neither).

    Overseas (``97``) and Corsican postcodes (``20``) need the postcode to be exact: ``971``...
    ``976``; ``2A`` below 20200, ``2B`` from it (La Poste's split of Corsica).
    """
    from_postcode = None
    if code_postal and _CODE_POSTAL.fullmatch(code_postal):
        if code_postal.startswith("97"):
            from_postcode = code_postal[:3]
        elif code_postal.startswith("20"):
            from_postcode = "2A" if int(code_postal) < 20200 else "2B"
        else:
            from_postcode = code_postal[:2]
    match = _NUMERO_DPE.fullmatch(numero_dpe)
    if match is None or match[1] in ("97", "20"):
        return from_postcode
    return match[1]
