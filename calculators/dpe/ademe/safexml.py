"""Parse DPE XML bytes into an ElementTree, refusing DTDs and entities.

Why not plain ``ElementTree.fromstring``: a DOCTYPE can declare entities that expand
exponentially ("billion laughs") or point at external files. ADEME files never carry a DOCTYPE,
so the tree builder refuses one as soon as the parser meets it, before any declaration inside it
is processed (the C parser calls the target's ``doctype`` at the start of the declaration).

When the parser stops on malformed input, the file is parsed again by a slower stdlib expat
parser that only tracks the open elements, so the message can name the element that was open
(with its rank in its ``*_collection``): that is where a truncated file was cut.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import NoReturn
from xml.parsers import expat

from calculators.dpe.ademe.errors import DpeXmlError

_ERROR_CODES = expat.errors.codes
# French wording of the expat errors a damaged file produces most; others keep expat's text.
_FRENCH_EXPAT_ERRORS = {
    _ERROR_CODES[expat.errors.XML_ERROR_NO_ELEMENTS]: "fin inattendue (fichier tronqué ?)",
    _ERROR_CODES[expat.errors.XML_ERROR_INVALID_TOKEN]: "caractère ou balise invalide",
    _ERROR_CODES[expat.errors.XML_ERROR_UNCLOSED_TOKEN]: "balise non refermée (fichier tronqué ?)",
    _ERROR_CODES[expat.errors.XML_ERROR_PARTIAL_CHAR]: "caractère incomplet (fichier tronqué ?)",
    _ERROR_CODES[expat.errors.XML_ERROR_TAG_MISMATCH]: "balise fermante qui ne correspond pas",
    _ERROR_CODES[expat.errors.XML_ERROR_DUPLICATE_ATTRIBUTE]: "attribut en double",
    _ERROR_CODES[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]: "contenu après l'élément racine",
    _ERROR_CODES[expat.errors.XML_ERROR_UNDEFINED_ENTITY]: "entité non définie",
    _ERROR_CODES[expat.errors.XML_ERROR_BAD_CHAR_REF]: "référence de caractère invalide",
    _ERROR_CODES[expat.errors.XML_ERROR_SYNTAX]: "erreur de syntaxe",
    _ERROR_CODES[expat.errors.XML_ERROR_UNKNOWN_ENCODING]: "encodage de caractères inconnu",
    _ERROR_CODES[expat.errors.XML_ERROR_INCORRECT_ENCODING]: "encodage déclaré incorrect",
    _ERROR_CODES[expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION]: "section CDATA non refermée",
    _ERROR_CODES[expat.errors.XML_ERROR_MISPLACED_XML_PI]: "déclaration XML mal placée",
}


class _OpenElements:
    """The elements open while parsing, written as :class:`~calculators.dpe.ademe.nodes.Node`
    writes paths (no ``dpe`` root, no ``*_collection``, items ranked from their anchor)."""

    def __init__(self) -> None:
        # One entry per open element: (tag, shown path, anchor, ranks of its children by tag).
        self._stack: list[tuple[str, str, str, dict[str, int]]] = []

    def start(self, tag: str) -> None:
        if not self._stack:
            self._stack.append((tag, "", "", {}))
            return
        parent_tag, parent_path, anchor, ranks = self._stack[-1]
        ranks[tag] = ranks.get(tag, 0) + 1
        if parent_tag.endswith("_collection"):
            path = f"{anchor}/{tag}[{ranks[tag]}]" if anchor else f"{tag}[{ranks[tag]}]"
            anchor = path
        elif tag.endswith("_collection"):
            path = parent_path
        else:
            path = f"{parent_path}/{tag}" if parent_path else tag
        self._stack.append((tag, path, anchor, {}))

    def end(self) -> None:
        if self._stack:
            self._stack.pop()

    def path(self) -> str | None:
        """Path of the innermost open element (the root's tag when only it is open)."""
        if not self._stack:
            return None
        return self._stack[-1][1] or self._stack[0][0]


def _refuse_dtd(*_args: object) -> NoReturn:
    raise DpeXmlError(
        "fichier refusé : il contient une déclaration DOCTYPE, que les fichiers DPE de l'ADEME "
        "n'ont jamais (risque d'expansion d'entités)",
        path="DOCTYPE",
    )


class _Builder(ET.TreeBuilder):
    """The standard tree builder, except that a DOCTYPE stops the parse."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> NoReturn:
        _refuse_dtd()


def parse_xml_bytes(data: bytes) -> ET.Element:
    """Parse ``data`` (a whole XML document) into its root element.

    Raises :class:`DpeXmlError` for an empty document, a DOCTYPE, or any malformation (with
    line, column and the element then open).
    """
    if not data.strip():
        raise DpeXmlError("fichier vide : aucun contenu XML (élément <dpe> attendu)", path="dpe")
    parser = ET.XMLParser(target=_Builder())
    try:
        parser.feed(data)
        root: ET.Element = parser.close()
    except LookupError as exc:
        # An XML declaration naming an encoding Python does not know (encoding="U.F-8").
        raise DpeXmlError(
            f"encodage déclaré inconnu ({exc}) : le fichier doit être en UTF-8", path="dpe"
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        detail = _FRENCH_EXPAT_ERRORS.get(exc.code, expat.ErrorString(exc.code))
        where = _open_element_at_error(data)
        inside = f", dans l'élément {where}" if where else ""
        raise DpeXmlError(
            f"XML mal formé ligne {line}, colonne {column}{inside} : {detail}", path=where
        ) from None
    return root


def _open_element_at_error(data: bytes) -> str | None:
    """Path of the element open where expat stops on ``data`` (error path only: slow)."""
    opened = _OpenElements()
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.StartElementHandler = lambda tag, _attrs: opened.start(tag)
    parser.EndElementHandler = lambda _tag: opened.end()
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return opened.path()
    return None
