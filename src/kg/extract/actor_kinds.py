"""A person the entity recognizer took for an organization: the small model labels many single
surnames ORG ("Thieu", "Dobrynin", "Sato"), so pronouns could not find them and the graph typed them
as organizations. A name the text also writes after a person's title ("President Thieu", "Ambassador
Dobrynin said") is a person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..documents import Span

if TYPE_CHECKING:
    from .actor_names import MentionIndex


def titled_persons(index: MentionIndex) -> None:
    """Retype each such organization cluster as a person (before clusters are merged by name)."""
    body_words = index.words("organization_words") | index.words("government_words")
    for c in index.clusters.values():
        if c.kind != "Organization" or c.role != "other":
            continue
        names = [re.findall(r"[\w’'.-]+", n.lower()) for n in [c.name, *c.aliases]]
        if any(set(words) & body_words for words in names):
            continue  # "the Embassy", "the Council": a body, whatever title stands before it
        if any(_titled(index, n) for n in [c.name, *c.aliases]) or any(
            _after_title(index, m) for m in c.mentions
        ):
            c.kind = "Person"


def _titled(index: MentionIndex, name: str) -> bool:
    """A title or a rank before the name ("Lieutenant Hynes", "Prof. Coolidge"), or an office named
    by its title last, all its words capitalised ("the American Chargé", "the Military Attaché";
    not "Bula to SC President", a letter's heading)."""
    words = re.findall(r"[\w’'.-]+", name)
    if len(words) < 2:
        return False
    titles = index.titles | index.words("rank_words")
    if words[0].lower().rstrip(".") in titles:
        return True
    return words[-1].lower().rstrip(".") in titles and all(w[:1].isupper() for w in words)


def _after_title(index: MentionIndex, mention: Span) -> bool:
    """Written after a capitalised title ("General Lacayo"; not "a general ABM approach")."""
    before = index.doc.text[max(0, mention.start - 30) : mention.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower().rstrip(".") in index.titles
