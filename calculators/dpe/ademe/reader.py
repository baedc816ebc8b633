"""``read_dpe``: an ADEME DPE XML file (data model 2.x) into typed inputs and official outputs.

Only the 3CL-DPE 2021 model for existing dwellings is read (``enum_modele_dpe_id`` 1, content in
``logement``): houses, flats, flats generated from building data and whole buildings. New-build
(``logement_neuf``), tertiary (``tertiaire``) and the light 1.x model (no envelope description)
are refused with « modèle non pris en charge ». Every problem is a French
:class:`~calculators.dpe.ademe.errors.DpeXmlError` naming the element; tolerated oddities
(see ``docs/dpe-xml.md``) are listed in :attr:`DpeFile.warnings`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from calculators.dpe.ademe.errors import DpeXmlError
from calculators.dpe.ademe.inputs import DpeInputs
from calculators.dpe.ademe.nodes import Node
from calculators.dpe.ademe.outputs import DpeOutputs
from calculators.dpe.ademe.read_envelope import read_enveloppe
from calculators.dpe.ademe.read_inputs import (
    read_administratif,
    read_caracteristique_generale,
    read_meteo,
)
from calculators.dpe.ademe.read_outputs import read_sortie
from calculators.dpe.ademe.read_systems import read_systemes
from calculators.dpe.ademe.safexml import parse_xml_bytes

# A real DPE file weighs 20–600 kB; anything this large is not one (and would be slow to parse).
MAX_FILE_BYTES = 32 * 1024 * 1024
_VERSION = re.compile(r"(\d+)(?:\.(\d+))?")
# Other contents of <dpe> than <logement>, in the ADEME data model.
_OTHER_MODELS = {
    "logement_neuf": "DPE de logement neuf",
    "tertiaire": "DPE tertiaire",
}
# enum_modele_dpe_id other than 1 (enum sheet ``modele_dpe``).
_OTHER_MODEL_IDS = {
    2: "DPE neuf RT2012",
    3: "DPE neuf RE2020",
    4: "DPE 2006 tertiaire et ERP",
}


@dataclass(frozen=True, slots=True)
class DpeMetadata:
    """Where the file comes from and which program wrote it."""

    source: str
    """File name, or ``<octets>`` for bytes."""
    attribut_version: str | None
    """The ``version`` attribute of ``<dpe>`` (set by each program, not the model version)."""
    version_logiciel: str | None
    version_moteur_calcul: str | None
    usr_logiciel_id: str | None


@dataclass(frozen=True, slots=True)
class DpeFile:
    """A DPE file read: inputs, official outputs (None if absent), metadata and warnings."""

    inputs: DpeInputs
    outputs: DpeOutputs | None
    metadata: DpeMetadata
    warnings: tuple[str, ...]
    """Oddities tolerated while reading (French, each naming its element)."""


def read_dpe(source: bytes | str | os.PathLike[str]) -> DpeFile:
    """Read a DPE XML file given as its bytes or its path.

    Raises :class:`DpeXmlError` (French message naming the element) for an unreadable,
    malformed, incomplete or unsupported file.
    """
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), "<octets>"
    else:
        data, name = _read_file(Path(source)), Path(source).name
    if len(data) > MAX_FILE_BYTES:
        raise DpeXmlError(f"fichier de {len(data) // 1_000_000} Mo : trop gros pour un DPE")
    warnings: list[str] = []
    root = Node(parse_xml_bytes(data), "", warnings)
    if root.element.tag != "dpe":
        raise DpeXmlError(
            f"élément racine <{root.element.tag[:40]}> : un fichier DPE ADEME commence par <dpe>",
            path=root.element.tag[:40],
        )
    version = _check_model(root)
    logement = root.child("logement")
    if logement is None:
        raise _missing_logement(root)
    caracteristique = read_caracteristique_generale(logement)
    inputs = DpeInputs(
        administratif=read_administratif(root, caracteristique, version),
        caracteristique_generale=caracteristique,
        meteo=read_meteo(logement),
        enveloppe=read_enveloppe(logement),
        systemes=read_systemes(logement),
    )
    outputs = read_sortie(logement)
    diagnostiqueur = root.child_or_empty("administratif").child_or_empty("diagnostiqueur")
    metadata = DpeMetadata(
        source=name,
        attribut_version=root.element.get("version"),
        version_logiciel=diagnostiqueur.text("version_logiciel"),
        version_moteur_calcul=diagnostiqueur.text("version_moteur_calcul"),
        usr_logiciel_id=diagnostiqueur.text("usr_logiciel_id"),
    )
    return DpeFile(inputs=inputs, outputs=outputs, metadata=metadata, warnings=tuple(warnings))


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DpeXmlError(
                f"fichier « {path.name} » de {size // 1_000_000} Mo : trop gros pour un DPE"
            )
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DpeXmlError(f"fichier « {path.name} » illisible : {reason}") from exc


def _check_model(root: Node) -> str:
    """The data-model version (``"2.3"``), after refusing what is not a 3CL 2.x dwelling DPE."""
    for tag, label in _OTHER_MODELS.items():
        if root.child(tag) is not None and root.child("logement") is None:
            raise DpeXmlError(
                f"modèle non pris en charge : {label} (élément <{tag}>) ; seul le DPE 3CL des "
                "logements existants est lu",
                path=tag,
            )
    admin = root.require("administratif")
    modele = admin.int_("enum_modele_dpe_id")
    if modele != 1:
        label = _OTHER_MODEL_IDS.get(modele, f"modèle {modele}")
        raise DpeXmlError(
            f"modèle non pris en charge : {label} ; seul le DPE 3CL 2021 des logements existants "
            "(enum_modele_dpe_id 1) est lu",
            path="administratif/enum_modele_dpe_id",
        )
    version = admin.string("enum_version_id")
    match = _VERSION.fullmatch(version)
    if match is None:
        raise DpeXmlError(
            f"administratif/enum_version_id : version « {version[:20]} » illisible",
            path="administratif/enum_version_id",
        )
    if match[1] != "2":
        detail = " (modèle allégé sans description de l'enveloppe)" if match[1] == "1" else ""
        raise DpeXmlError(
            f"modèle non pris en charge : version {version} du modèle de données{detail} ; "
            "seules les versions 2.x sont lues",
            path="administratif/enum_version_id",
        )
    return version


def _missing_logement(root: Node) -> DpeXmlError:
    present = ", ".join(f"<{child.tag[:40]}>" for child in list(root.element)[:8])
    return DpeXmlError(
        f"logement : élément obligatoire absent (le fichier contient {present or 'rien'})",
        path="logement",
    )
