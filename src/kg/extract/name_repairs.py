"""Repairs of names the recognizer split, made once before the finders run.

A word of rank inside a name ("the NSC Under Secretaries Committee", "the Under Secretaries
Committee") is a preposition to the tagger, which then ends one name before it and starts another after
it: a capitalized rank word in running text before a name is the name's first word, and a name just
before that word is one name with it.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token as SpacyToken

from .lexicon import load_lexicon

#: The entity labels a rank word joins: organizations and offices.
NAME_LABELS = frozenset({"ORG", "PERSON"})


def repair_names(sdoc: Doc) -> None:
    """Take a capitalized rank word before a name into it, and the name before that word too."""
    ranks = load_lexicon().words("actors", "rank_prefixes")
    ents = list(sdoc.ents)
    ends = {e.end: n for n, e in enumerate(ents)}
    joined: list[SpacySpan] = []
    changed = False
    for ent in ents:
        start = ent.start
        word = sdoc[start - 1] if start > 0 else None
        if ent.label_ not in NAME_LABELS or word is None or not _rank_word(word, ranks):
            joined.append(ent)
            continue
        before = ents[ends[word.i]] if word.i in ends else None
        if before is not None and joined and joined[-1] is before:
            joined.pop()
            start = before.start
        else:
            start = word.i
        joined.append(SpacySpan(sdoc, start, ent.end, label=ent.label_))
        changed = True
    if changed:
        sdoc.ents = joined


def _rank_word(word: SpacyToken, ranks: frozenset[str]) -> bool:
    """ "Under", capitalized in running text: not its sentence's first word, nor its line's."""
    previous = word.nbor(-1) if word.i > 0 else None
    opens = previous is None or word.is_sent_start or "\n" in previous.text
    return word.text[:1].isupper() and word.lower_ in ranks and not opens and word.ent_type_ == ""
