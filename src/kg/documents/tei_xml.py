"""The TEI reader's XML basics: namespaces, a parser that allows no DTD, and small tree helpers."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser

TEI_NS = "http://www.tei-c.org/ns/1.0"
FRUS_NS = "http://history.state.gov/frus/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DATE_MIN = f"{{{FRUS_NS}}}doc-dateTime-min"
DATE_MAX = f"{{{FRUS_NS}}}doc-dateTime-max"

#: Elements whose children are blocks of their own (each child a paragraph).
CONTAINERS = {"div", "attachment", "quote", "list", "table", "postscript", "closer",
              "floatingText", "body", "opener", "lg", "sp"}
#: Elements that are one paragraph: all their content is flattened into it.
BLOCKS = {"p", "head", "dateline", "item", "row", "signed", "salute", "label", "byline",
          "trailer", "ab", "l", "docDate", "address", "argument", "epigraph", "speaker"}
#: Elements whose text is not part of the document's text.
SKIPPED = {"figure", "graphic", "gap", "fw"}
#: Deepest element nesting a document may have: the reader walks the tree recursively, and real
#: FRUS documents nest about 10 levels, so anything past this is hostile or broken, not text.
MAX_DEPTH = 100


_SPACE_RE = re.compile(r"\s+")
_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_DOC_START_RE = re.compile(rb"<div\b[^>]*>")
_DIV_TAG_RE = re.compile(rb"<div\b[^>]*?(/?)>|</div\s*>")
_PB_RE = re.compile(rb"<pb\b[^>]*>")
_ROOT_RE = re.compile(rb"<TEI\b[^>]*>")
_XMLNS_RE = re.compile(rb"""xmlns(?::\w+)?\s*=\s*(?:"[^"]*"|'[^']*')""")
_DOC_TARGET_RE = re.compile(r"(?:(?P<volume>frus[\w-]*?)(?:\.xml)?)?#(?P<doc>d\d+[a-z]?)")
_PAGE_TARGET_RE = re.compile(r"#pg_([\w.-]+)")
_PERSON_REF_RE = re.compile(r"(?:(?P<volume>[\w.-]*?)(?:\.xml)?)?#(?P<id>[\w.-]+)")


def _parse(data: bytes) -> ET.Element:
    """Parse bytes with no DTD allowed: no entity can be declared, expanded or fetched."""
    parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=True,
                              forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        # read back like ET.ParseError.position; defusedxml declares no such attribute
        exc.position = (parser.parser.CurrentLineNumber,  # type: ignore[attr-defined]
                        parser.parser.CurrentColumnNumber)
        raise


def _hostile(exc: DefusedXmlException) -> str:
    """What was refused, in one line."""
    if isinstance(exc, DTDForbidden):
        system = f' SYSTEM "{exc.sysid}"' if exc.sysid else ""
        found = f"a document type declaration (<!DOCTYPE {exc.name}{system}>)"
    elif isinstance(exc, EntitiesForbidden):
        found = f"an entity declaration (<!ENTITY {exc.name}>)"
    else:
        found = f"an external reference ({getattr(exc, 'sysid', None) or exc})"
    return (f"refused: {found}; kg reads XML without DTDs or entities, "
            "so nothing is expanded or fetched")


# --------------------------------------------------------------------------- #
# Small helpers
# --------------------------------------------------------------------------- #

def _depth(element: ET.Element) -> int:
    """How many levels deep ``element``'s subtree goes, counted without recursion."""
    deepest, stack = 0, [(element, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in node)
    return deepest


def _local(tag: object) -> str:
    """``{ns}name`` -> ``name``; comments and processing instructions have no name."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, *wrappers: str) -> Iterator[ET.Element]:
    """Direct children, looking through the ``wrappers`` (e.g. ``opener``)."""
    for child in element:
        if _local(child.tag) in wrappers:
            yield from child
        else:
            yield child


def _plain_text(element: ET.Element, *, stop_at_lb: bool = False) -> str:
    """The element's words, notes left out, whitespace collapsed."""
    words: list[str] = []

    def walk(e: ET.Element) -> bool:
        words.append(e.text or "")
        for child in e:
            tag = _local(child.tag)
            if tag == "lb" and stop_at_lb and "".join(words).strip():
                return False
            if tag not in ("note", *SKIPPED) and not walk(child):
                return False
            words.append(" " if tag == "lb" else "")
            words.append(child.tail or "")
        return True

    walk(element)
    return " ".join("".join(words).split())


def _text_after(parent: ET.Element, child: ET.Element) -> str:
    """The words of ``parent`` that follow ``child``."""
    siblings = list(parent)
    words = [child.tail or ""]
    for sibling in siblings[siblings.index(child) + 1:]:
        words.append(_plain_text(sibling) if _local(sibling.tag) != "note" else "")
        words.append(sibling.tail or "")
    return " ".join("".join(words).split())


def _paragraphs(starts: list[int], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph (the flow never ends one
    with whitespace, so the next start minus the blank line is the end)."""
    for k, start in enumerate(starts):
        yield start, starts[k + 1] - 2 if k + 1 < len(starts) else len(text)


def _iso(value: str | None) -> str | None:
    """An ISO date (``1918``, ``1918-11``, ``1918-11-02``) or date-time as written, if real."""
    value = (value or "").strip()
    try:
        if "T" in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif len(value) == 10:
            date.fromisoformat(value)
        elif not re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", value):
            return None
    except ValueError:
        return None
    return value or None


def _bound(value: str | None, *, upper: bool) -> str | None:
    """A bound of the document's date range as an ``xsd:dateTime``: a bare day becomes
    its first (or last) second."""
    value = _iso(value)
    if value is None or "T" in value:
        return value
    if len(value) != 10:
        return None
    return value + ("T23:59:59" if upper else "T00:00:00")
