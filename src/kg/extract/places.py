"""Places: a name used only to say where something is, goes or comes from is no actor.

By the guidelines a place that is only a place is not an actor, while a capital or a country used for
its government is. What tells them apart is the use, not the name: "the fighting in Ruritania" and
"the cruiser sailed to Ruritania" say where; "Ruritania protested" and "word from Ruritania" name a
party. A cluster is dropped when its mentions say where and none names a party; so is one met only in
the title of a treaty or as a language ("the Ruritanian treaty", "the Ruritanian text").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Span
from ..documents.text import parse_dateline
from .owners import owns_a_thing
from .tokens import children_of, head_of

if TYPE_CHECKING:
    from .actor_names import Cluster, MentionIndex

#: Dependencies by which a name modifies the noun it stands before ("the Ruritanian ports").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: The same, and an article the parser hangs on the noun ("the Sapt-Hentzau treaty").
TITLE_DEPS = MODIFIER_DEPS | {"det"}
#: Dependencies by which a name stands beside another and shares its use ("at Zenda and Strelsau").
SIDE_DEPS = frozenset({"conj", "appos"})
#: A plural acronym ("ICBMs", "SAMs").
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
#: The actor lists whose words name who acts, wherever they are met ("the Minister", "the Legation").
AGENT_WORDS = ("person_titles", "government_words", "organization_words")


def kept_as_actor(index: MentionIndex, c: Cluster) -> bool:
    """Whether a cluster is an actor: the author and recipient always; a name met only as a place
    is not, an office is found where it sits and still acts ("the Legation at Zenda")."""
    if c.role != "other":
        return True
    if c.place_like and not c.agentive:
        return False
    if not c.mentions:
        return False
    if _institution(index, c):
        return True
    if all(PLURAL_ACRONYM.fullmatch(name) for name in [c.name, *c.aliases]):
        return False  # "ICBMs", "SAMs": a plural acronym counts things; bodies are named in the singular
    uses = [_use(index, m) for m in c.mentions]
    if _mostly_a_place(index, c, uses):
        return False
    return "party" in uses


def _mostly_a_place(index: MentionIndex, c: Cluster, uses: list[str]) -> bool:
    """A town's or a building's name the tagger took for a party ("at Zenda", "the town of Zenda",
    "mail communications with Zenda") said more often where than who; a state's name or an acronym
    ("the UN") is a party wherever one of its uses says so."""
    if c.kind == "Group" or c.name.lower() in index.countries or not any(ch.islower() for ch in c.name):
        return False
    return uses.count("place") > uses.count("party")


def in_dateline(index: MentionIndex, ent: SpacySpan) -> bool:
    """Whether a place's name lies in a dateline copied into the text ("Strelsau, Ruritania, May 3,
    1894." heading an enclosure): it says where a message was written. An office there ("Foreign
    Office, Strelsau, May 3, 1894.") still names who wrote it."""
    if ent.label_ not in {"GPE", "LOC"}:
        return False
    if index.datelines is None:
        index.datelines = [
            (p.start, p.end) for p in index.doc.paragraphs if _dateline(index.doc.text[p.start : p.end])
        ]
    return any(start <= ent.start_char < end for start, end in index.datelines)


def _dateline(paragraph: str) -> bool:
    """A place and a day: "Zenda, May 3, 1894." (a bare year or a list entry "Zenda: May 3" is none)."""
    _, date, written = parse_dateline(paragraph)
    if date is None or date.count("-") < 2 or written is None:
        return False
    place = paragraph[: paragraph.find(written)]
    return "," in place and ":" not in place


def place_use(index: MentionIndex, tok: Token) -> bool:
    """A token that only says where: the object of a preposition of place ("in Zenda"), of a
    preposition of direction after a verb of going ("sailed to Zenda", "came from Zenda"), the direct
    object of a verb whose object is a place ("left Zenda", "reached Zenda"), the place a part or a
    neighbourhood is of ("the outskirts of Zenda"), or a name coordinated or set beside such a one
    ("at Zenda and Strelsau", "at Zenda, Ruritania"; not a person the parser hung on a place: "the
    consul at Zenda, Mr. Sapt")."""
    while tok.dep_ in SIDE_DEPS and head_of(tok) is not tok and head_of(tok).ent_type_ == tok.ent_type_:
        tok = head_of(tok)
    head = head_of(tok)
    if tok.dep_ == "pobj" and head.lower_ in index.words("place_prepositions"):
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and _of_a_place(index, head_of(head), tok):
        return True
    if _agent_word(index, tok):
        return False  # "returned to the President", "left the Legation": a title or an office still acts
    if tok.dep_ == "pobj":
        return head.lower_ in index.words("path_prepositions") and _of_going(index, head_of(head))
    return tok.dep_ == "dobj" and head.lemma_.lower() in index.words("place_verbs")


def _of_a_place(index: MentionIndex, owner: Token, tok: Token) -> bool:
    """ "the town of Zenda", "the outskirts of Zenda", "east of Zenda": a part or the surroundings of a
    place; "Mr. Sapt of Zenda" (a person's place, where the tagger names both)."""
    if owner.lower_ in index.words("place_nouns"):  # "parts of Zenda", not "on the part of Zenda"
        return True
    return owner.ent_type_ == "PERSON" and tok.ent_type_ in {"GPE", "LOC"} and not _agent_word(index, owner)


def _agent_word(index: MentionIndex, tok: Token) -> bool:
    """A title or an office's word ("the President", "the Republics of ..."), which names who acts."""
    words = (tok.lemma_.lower(), tok.lower_)
    return any(word in index.words(name) for name in AGENT_WORDS for word in words)


def _of_going(index: MentionIndex, verb: Token) -> bool:
    """A verb or noun of going with no object of its own: "the envoy returned to Zenda", "on his way to
    Zenda"; "sent a note to Zenda" sends something to a party."""
    if verb.lemma_.lower() not in index.words("going_words"):
        return False
    return not any(c.dep_ == "dobj" for c in children_of(verb))


def _use(index: MentionIndex, mention: Span) -> str:
    """How a mention is used: "place", "title" (a word of the name of a thing), "owner" (whose a
    thing is) or "party"."""
    span = index.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "party"
    root = span.root
    if place_use(index, root) or _part_of_a_place_name(index, root) or _names_a_feature(index, root):
        return "place"
    if root.dep_ in TITLE_DEPS and head_of(root).lower_ in index.words("titled_things"):
        return "title"  # "the Ruritanian treaty", "the Sapt-Hentzau treaty", "the Ruritanian text"
    if owns_a_thing(index, root):
        return "owner"  # "idle Ruritanian ports": whose a thing is
    return "party"


def _part_of_a_place_name(index: MentionIndex, tok: Token) -> bool:
    """A name that begins a longer proper name used as a place ("in Upper Zenda", "off the Zenda
    Banks"); a name that modifies a common noun ("in Ruritanian circles") may still name a party."""
    head = head_of(tok)
    return tok.dep_ in MODIFIER_DEPS and head.pos_ == "PROPN" and place_use(index, head)


def _names_a_feature(index: MentionIndex, tok: Token) -> bool:
    """A name that modifies a word for a stretch of land or water ("the Zenda River", "Zenda Lake",
    "the Zenda territory", "the Ruritanian coast") names the place, not a party, as the feature's word
    does ("the Canal"); "the Zenda Government" or "the Ruritanian delegates" still name one."""
    if tok.lemma_.lower() in index.words("place_features"):
        return True  # "the Canal would be open to all shipping": the name is the feature's own
    return tok.dep_ in MODIFIER_DEPS and head_of(tok).lemma_.lower() in index.words("place_features")


def _institution(index: MentionIndex, c: Cluster) -> bool:
    """ "the Navy Department", "the Legation": an office is found where it sits and still acts; so is a
    state one of whose names is an institution's ("Nicaragua" merged with "the Republic of Nicaragua")."""
    words = {w for name in [c.name, *c.aliases] for w in name.lower().split()}
    return bool(words & (index.words("government_words") | index.words("organization_words")))
