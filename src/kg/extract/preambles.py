"""Who a relayed telegram is really from and for: its first paragraphs may say so before the text
("For Owen from War Trade Board:", "6. For Harrison and Castle, from De la Rue.", "828. For Eagleton from
the Secretary.", "25. For Miller.", "For Stevens:", "[From Polk.]"), naming parties other than the head
line's post and office."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..documents import Document, Span
from .actor_names import clean_name

PREAMBLE = re.compile(
    r"^(?:\d+\.\s+)?For\s+(?P<to>[A-Z][\w.’' -]{1,60}?)\s*\d*"
    r",?\s+from\s+(?:the\s+)?(?P<from>[A-Z][\w.’' -]{1,60}?)\s*\d*[:.]"
)
#: "342. From Gibson. Tardieu said ...", "89. From the President.", "[From Polk.]", "Strictly confidential
#: and personal from Polk for the Secretary of State only.": the one whose message a relayed telegram is.
FROM_LINE = re.compile(
    r"^(?:\d+\.\s+)?(?:\[\s*From|From|(?:[A-Z][a-z]*)(?:[\s,]+[a-z]+)*\s+from(?=[^.]*\sfor\s))"
    r"\s+(?:the\s+)?(?P<from>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})(?=\s+for\s|\s*[.\]:])"
)
#: "25. For Miller.", "152. Secret for the President.", "Strictly confidential for Lansing.": whom it is for
#: (a few words before "for", and no "Mr." cut off from its name: "We would make appointments for Mr. Kim").
ROUTED_TO = re.compile(
    r"^(?:\d+\.\s+)?(?:For|[A-Z][a-z]*(?:\s+(?:and\s+)?[a-z]+){0,3}\s+for)\s+(?:the\s+)?"
    r"(?!(?:Mr|Mrs|Dr|Messrs)\.)(?P<to>[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})\d*[.:](?=\s|$)"
)
#: "Harrison and Castle": two parties the telegram is for.
JOINED = re.compile(r"\s+and\s+")
ROLES = (("to", "recipient"), ("from", "author"))


def preamble_parties(doc: Document) -> Iterator[tuple[str, str, Span]]:
    """(role, name, where) for each party the first preamble among the first three paragraphs names;
    names joined by "and" are parties of their own."""
    for para in doc.paragraphs[:3]:
        text = doc.text[para.start : para.end]
        m = PREAMBLE.match(text) or ROUTED_TO.match(text) or FROM_LINE.match(text)
        if not m:
            continue
        for group, role in ROLES:
            if group not in m.groupdict():
                continue
            offset = para.start + m.start(group)
            named = m.group(group).rstrip()
            for start, end in _pieces(named):
                yield role, clean_name(named[start:end]), Span(offset + start, offset + end)
        return


def _pieces(named: str) -> Iterator[tuple[int, int]]:
    """Where each name of a "X and Y" list stands."""
    start = 0
    for joint in JOINED.finditer(named):
        yield start, joint.start()
        start = joint.end()
    yield start, len(named)
