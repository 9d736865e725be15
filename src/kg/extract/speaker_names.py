"""Parties the tagger missed where the text says plainly that they speak: the label of a speaker's
turn ("Thorne: We cannot accept ...") and the sender of a quoted message ("Following telegram received
from Judge Brown: “...”"). Registered after the other actor constructions (the registry loads this
module last), so a name they found stays theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..documents import Span
from .actor_names import clean_name
from .registry import construction
from .speakers import speaker_turns
from .voices import QUOTE

if TYPE_CHECKING:
    from .actors import ActorFinder


@construction("actors", "speaker_label", 0.6, example="Mr. Brown: We cannot accept ... (a turn of minutes)")
def speaker_label(finder: ActorFinder) -> None:
    """The name that labels a speaker's turn is a party, whether or not the tagger read it as a name
    (a bare surname before a colon often escapes it); one the entities already name is left to them."""
    for turn in speaker_turns(finder.doc, finder.sdoc, finder.lex):
        words = finder.sdoc.char_span(turn.label.start, turn.label.end, alignment_mode="expand")
        if words is None or any(t.i in finder.token_actor for t in words):
            continue
        _add_name(finder, turn.label, [t.i for t in words])


@construction(
    "actors", "message_sender", 0.6, example="Following telegram received from Judge Brown: “I shall ...”"
)
def message_sender(finder: ActorFinder) -> None:
    """The one a quoted message is from ("Following telegram received today from Judge Brown: “...”") is
    a party, though the tagger missed the name: the quotation speaks with its voice."""
    sdoc, text = finder.sdoc, finder.doc.text
    for m in QUOTE.finditer(text):
        tok = sdoc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if tok is None or tok.start == 0 or not text[: m.start()].rstrip().endswith(":"):
            continue
        frame = [t for t in sdoc[tok.start - 1].sent if t.i < tok.start]
        if not any(t.lower_ in finder.lex.words("cues", "message_words") for t in frame):
            continue
        for sender in (
            t for t in frame if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ == "from"
        ):
            words = [w for w in sdoc[sender.left_edge.i : sender.i + 1] if w.pos_ == "PROPN"]
            if words and not any(w.i in finder.token_actor for w in words):
                _add_name(finder, Span(words[0].idx, sender.idx + len(sender.text)), [w.i for w in words])


def _add_name(finder: ActorFinder, mention: Span, tokens: list[int]) -> None:
    """A party named at ``mention`` (its ``tokens``) that the entities missed."""
    name = clean_name(finder.doc.text[mention.start : mention.end])
    kind = finder._kind_of_name(name, default="Person")
    cluster = finder._cluster(finder._key_for(name, kind), name, kind)
    cluster.add(name, mention)
    for i in tokens:
        finder.token_actor[i] = cluster.key
