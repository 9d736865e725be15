"""Ships: named vessels are no actors ("H. M. S. Cleopatra", "the steamer Excalibur"), except one a
message is sent to ("The following telegram has been sent to United States Ship Denver:"): its commander
is addressed, and the ship's name is the only name the text gives him."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from ..documents import Span
from .actor_names import clean_name
from .lexicon import cue
from .tokens import children_of, parse_table

if TYPE_CHECKING:
    from .actors import ActorFinder


def names_a_vessel(finder: ActorFinder, ent: SpacySpan, text: str) -> bool:
    """ "H. M. S. Cleopatra", "the steamer Excalibur", "the cruiser Kearsarge", "United States Ship
    Denver" (a name before a vessel word is part of the ship's): a ship, not an actor."""
    words, table = text.lower().split(), parse_table(ent.doc)
    before = table.lowers[ent.start - 1] if ent.start > 0 else ""
    after = table.lowers[ent.end] if ent.end < len(ent.doc) and ent.root.dep_ == "compound" else ""
    if set(words) & finder.words("vessel_words") or {before, after} & finder.words("vessel_words"):
        return True
    texts = table.texts
    lead = [i for i in range(max(0, ent.start - 3), ent.end) if texts[i].rstrip(".").isupper()]
    initials = "".join(texts[i] for i in lead if len(texts[i].rstrip(".")) <= 3 and i < ent.end - 1)
    return initials.replace(".", "").lower() in finder.words("vessel_prefixes")


def addressed_vessels(finder: ActorFinder) -> None:
    """A vessel that is the object of "to" after a verb of sending is addressed: an organization named
    by its whole name (with its compounds: "United States Ship Denver"), which its words stand for."""
    sdoc, table = finder.sdoc, parse_table(finder.sdoc)
    sending = cue("sending_verbs")
    for i in (i for i, low in enumerate(table.lowers) if low == "to"):  # the table other finders share
        prep, verb = table.tokens[i], table.tokens[table.heads[i]]
        if prep.dep_ not in {"prep", "dative"} or verb.lemma_.lower() not in sending:
            continue
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        start = min([obj.i, *(c.left_edge.i for c in children_of(obj) if c.dep_ == "compound")])
        whole = sdoc[start : obj.i + 1]
        if not any(t.lower_ in finder.words("vessel_words") for t in whole):
            continue
        name = clean_name(whole.text)
        c = finder._cluster(finder._key_for(name, "Organization"), name, "Organization")
        c.add(name, Span(whole.start_char, whole.end_char), True)
        for tok in whole:
            finder.token_actor[tok.i] = c.key
