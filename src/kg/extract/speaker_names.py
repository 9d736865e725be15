"""Parties the tagger missed where the text says plainly that they speak: the label of a speaker's
turn ("Thorne: We cannot accept ...") and the sender of a quoted message ("Following telegram received
from Judge Brown: “...”"). Registered after the other actor constructions (the registry loads this
module last), so a name they found stays theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..documents import Span
from .actor_names import clean_name
from .forwarded import author_phrase, head_words
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


@construction(
    "actors", "paper_author", 0.6, example="Draft proclamation by the neutral Arbiters. (a head line)"
)
def paper_author(finder: ActorFinder) -> None:
    """The author a forwarded paper's head line names ("Proclamation by the Allied Commanders.") is a
    party, though the tagger missed the name: the paper speaks with its voice."""
    for paragraph in finder.doc.paragraphs:
        words = head_words(finder.doc, finder.sdoc, paragraph)
        phrase = author_phrase(words, finder.token_actor) if words is not None else []
        if phrase and not any(t.i in finder.token_actor for t in phrase):
            end = phrase[-1].idx + len(phrase[-1].text)
            _add_name(finder, Span(phrase[0].idx, end), [t.i for t in phrase], "Group")


def _add_name(finder: ActorFinder, mention: Span, tokens: list[int], default: str = "Person") -> None:
    """A party named at ``mention`` (its ``tokens``) that the entities missed."""
    name = clean_name(finder.doc.text[mention.start : mention.end])
    kind = finder._kind_of_name(name, default=default)
    cluster = finder._cluster(finder._key_for(name, kind), name, kind)
    cluster.add(name, mention)
    for i in tokens:
        finder.token_actor[i] = cluster.key
