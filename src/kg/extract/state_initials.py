"""States written in initials: "the ROKG decision", "GVN and DRV", "the USG". The entity recognizer tags
some of them as places or organizations and leaves others as common nouns; written in capitals, the
initials of the lexicon's ``state_abbreviations`` are unambiguous wherever the text names them ("US" only
where the tagger read it as a name, not the pronoun of a line in capitals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..documents import Span

if TYPE_CHECKING:
    from .actors import ActorFinder


def state_initials(finder: ActorFinder) -> None:
    """Each mention of a state's initials that no other rule made an actor becomes that government's."""
    pronouns = finder.words("pronouns")
    for tok in finder.sdoc:
        if tok.i in finder.token_actor or not finder._abbreviates_a_state(tok.text):
            continue
        if (tok.lower_ in pronouns and tok.pos_ != "PROPN") or not finder._in_regions(tok.idx):
            continue
        c = finder._cluster(finder._key_for(tok.text, "Government"), tok.text, "Government")
        c.add(tok.text, Span(tok.idx, tok.idx + len(tok.text)), finder._token_agentive(tok))
        finder.token_actor[tok.i] = c.key
