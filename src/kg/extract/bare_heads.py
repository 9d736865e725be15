"""Bare heads: "the Commission" short for the one actor whose full name it heads ("the International
Joint Commission"). A name whose modifier sets its members apart from the rest ("third parties",
"other interested Governments") names the ones outside the group, never the group the bare head names
("the parties", "the Governments"), so it takes no bare head in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actor_names import Cluster, MentionIndex


def merge_bare_heads(index: MentionIndex) -> None:
    """A bare head short for the one actor of the document whose full name it heads is that actor;
    with two such actors ("Premier Chou", "Premier Kosygin") it stays apart. "The President", "the
    Department" are the writer's own, whoever else holds the title: the President stays apart, the
    Department joins only the writer or the one written to ("Telegram From the Embassy in Pakistan to
    the Department of State")."""

    heads: dict[str, set[str]] = {}  # each cluster's head words, kept until it absorbs another
    for bare in [c for c in index.clusters.values() if c.role == "other"]:
        word = _bare_word(bare)
        if bare.key not in index.clusters or (bare.kind == "Person" and word not in index.titles):
            continue
        owners = [c for c in index.clusters.values() if c is not bare and word in _heads(index, c, heads)]
        deictic = word in index.words("deictic_offices")
        if deictic and (bare.kind == "Person" or any(c.role == "other" for c in owners)):
            continue
        if word and len(owners) == 1 and (owners[0].kind == "Person") == (bare.kind == "Person"):
            if set_apart(index, owners[0]):
                continue
            index._absorb(owners[0], bare)
            heads.pop(owners[0].key, None)


def set_apart(index: MentionIndex, c: Cluster) -> bool:
    """Whether every longer name of a cluster carries a word that sets its members apart from the
    rest ("third parties", "the other Powers")."""
    from .actor_names import clean_name

    apart = index.words("apart_modifiers")
    names = [clean_name(a).lower().split() for a in [c.name, *c.aliases]]
    longer = [words for words in names if len(words) > 1]
    return bool(longer) and all(set(words[:-1]) & apart for words in longer)


def _heads(index: MentionIndex, c: Cluster, known: dict[str, set[str]]) -> set[str]:
    if c.key not in known:
        known[c.key] = _head_words(index, c)
    return known[c.key]


def _bare_word(c: Cluster) -> str:
    """The one word all of a cluster's names come down to ("Commission", "the Commission"), else ""."""
    from .actor_names import clean_name

    names = {clean_name(a) for a in c.aliases + [c.name]} - {""}
    words = {n.lower() for n in names}
    return next(iter(words)) if len(words) == 1 and " " not in next(iter(words)) else ""


def _head_words(index: MentionIndex, c: Cluster) -> set[str]:
    """The head nouns of a cluster's longer names ("commission" of "International Joint
    Commission", "council" of "Council of Heads of Delegations"), and for a person the titles
    written just before its mentions ("Secretary Rogers")."""
    from .actor_names import clean_name

    heads = set()
    for name in c.aliases + [c.name]:
        words = clean_name(name).lower().split()
        if len(words) < 2 or c.kind == "Person":
            continue
        cut = [i for i, w in enumerate(words) if w in index.words("office_of")]
        heads.add(words[cut[0] - 1] if cut and cut[0] > 0 else words[-1])
    if c.kind == "Person":
        for m in c.mentions:
            before = index.doc.text[max(0, m.start - 30) : m.start].split()
            if before and before[-1].lower().rstrip(".") in index.titles:
                heads.add(before[-1].lower().rstrip("."))
    return heads
