"""Embedded messages: a telegram that carries another message ("Pass the following message from the
President to Prime Minister X: ... Begin text: I wish ... End text.") speaks inside that text with the
embedded message's voice. Its "I" and "we" are the sender the routing line names, its "you" the one the
message is for, not the telegram's addressee who only passes it on (the guidelines resolve "I", "we",
"you" from the context, and make a directive quoted from another message an instruction of its own
issuer). Where no "Begin text" or salutation marks the text, the paragraph after a line that ends by
announcing it ("convey to him the following message from the President:") is the text, with the
numbered points that go on from it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Document, Span
from .forwarded import paper_parties_first
from .lexicon import cue
from .registry import construction
from .relay_parties import announcing_sentence, relayed_parties
from .tokens import head_of, subtree_of

BEGIN = re.compile(r"(?:\d{1,2}\.\s+)?(?:Begin text\b[^:.\n]{0,40}[:.]?|Quote\b)[ \t]*", re.IGNORECASE)
SALUTATION = re.compile(r"(?:\d{1,2}\.\s+)?[“\"]?Dear [A-Z][^:\n]{0,50}[:,]")
INLINE = re.compile(r":\s+((?:Quote\s+)?[“\"]?Dear [A-Z][^:\n]{0,50}[:,]|Quote\b)", re.IGNORECASE)
ANNOUNCED = re.compile(r":\d*\s*$|\bfollowing\b|\btext of\b", re.IGNORECASE)
AWAITED = re.compile(r"\b(?:following|text of)\b[^:\n]*:\d*\s*$", re.IGNORECASE)  # "the following message:"
END = re.compile(r"(?:End (?:of )?text|Unquote)\b", re.IGNORECASE)
MARK = re.compile(r"\b(?:End (?:of )?[Tt]ext|END (?:OF )?TEXT|Unquote|UNQUOTE)\b")  # inside a paragraph
NUMBER = re.compile(r"(\d{1,2})\.\s")
POINT = re.compile(r"\(?(\d{1,2})[.)]\s")  # "(1) ", "1. ", "1) "
PAGE = re.compile(r"\[Page \d+\]$")
FRAME_BACK = 2  # the routing line stands right before the "Begin text" line, or one paragraph earlier
Parties = tuple[str | None, str | None]


@construction(
    "voices",
    "embedded_text",
    1.0,
    example="Pass following message from the President to the King: Begin text: I hope ... End text.",
)
def embedded_text(
    doc: Document, sdoc: SpacyDoc, actor_at: dict[int, str], parties: Parties
) -> list[tuple[Span, str | None, str | None]]:
    """The text after a "Begin text" line or an announced salutation, up to its "End text" (or
    "Unquote", the next point of the carrying telegram's own numbering, or the end of the body), speaks
    with the voice its routing line names: the sender "from X" (the writer where it names none, "from
    me"), to the one "to" or "for" whom it is meant. A routing line that names neither leaves the text
    to the telegram's voice. Each paragraph of it is a voice of its own, as the body's are, so that it
    overrides theirs."""
    paragraphs = [p for p in doc.paragraphs if not PAGE.match(doc.text[p.start : p.end].strip())]
    found: list[tuple[Span, str | None, str | None]] = []
    for n, paragraph in enumerate(paragraphs):
        text = doc.text[paragraph.start : paragraph.end]
        opening = _opening(doc, paragraphs, n)
        awaited = opening is None and _awaited(doc, paragraphs, n)
        opening = 0 if awaited else opening
        if opening is None or (found and paragraph.start < found[-1][0].end):
            continue
        frames = [paragraphs[k] for k in range(max(0, n - FRAME_BACK), n)]
        routing = frames[-1:] if awaited else [*frames, paragraph]  # the text is not its own routing line
        who = _routed(doc, sdoc, routing, actor_at, parties)
        if who is None:
            continue
        start = paragraph.start + opening if opening < len(text) else paragraph.end
        mark = MARK.search(doc.text, start, paragraph.end)
        routed_here = "follow" in text[:opening].lower()  # "2. I wish to say to him the following: quote"
        point = _next_point(doc, [] if routed_here else frames, paragraph if opening > 0 else None)
        end = mark.start() if mark else _text_end(doc, paragraphs[n + 1 :], point)
        end = end or paragraphs[-1].end
        end = min(end, _points_end(doc, paragraphs[n:])) if awaited else end
        found += [
            (Span(max(p.start, start), min(p.end, end)), *who)
            for p in paragraphs
            if start < p.end and p.start < end
        ]
    return found


def _opening(doc: Document, paragraphs: list[Span], n: int) -> int | None:
    """Where the embedded text of a paragraph begins, if it opens one: after a "Begin text:" line's
    words; at a salutation or "Quote" after a routing line's colon in the same paragraph; or at a
    salutation ("Dear Mr. Minister:") right after a line that announces a message ("following
    letter:", "Following is the text of a message ..."): a letter that opens its own document has no
    such line before it."""
    text = doc.text[paragraphs[n].start : paragraphs[n].end]
    if (begin := BEGIN.match(text)) is not None:
        return begin.end()
    if (inline := INLINE.search(text)) is not None:  # "... to President X: Dear Mr. President: I ..."
        return inline.start(1)
    if n == 0:
        return None
    before = doc.text[paragraphs[n - 1].start : paragraphs[n - 1].end]
    return 0 if SALUTATION.match(text) is not None and ANNOUNCED.search(before) else None


def _awaited(doc: Document, paragraphs: list[Span], n: int) -> bool:
    """A paragraph right after a line that ends by announcing a text ("convey to him the following
    personal message from the President:") with no "Begin text" or salutation of its own: the text
    itself, unless it is an editor's bracketed note ("[Here follows ...]")."""
    text = doc.text[paragraphs[n].start : paragraphs[n].end]
    before = doc.text[paragraphs[n - 1].start : paragraphs[n - 1].end] if n > 0 else ""
    return not text.startswith("[") and AWAITED.search(before) is not None


def _points_end(doc: Document, paragraphs: list[Span]) -> int:
    """The end of a text with no "End text": its first paragraph, with the paragraphs after it that go on
    with its numbered points ("(1) ...", "(2) ..."); where the writer speaks again is not marked."""
    end = paragraphs[0].end
    label = POINT.match(doc.text[paragraphs[0].start : paragraphs[0].end])
    for paragraph in paragraphs[1:]:
        following = POINT.match(doc.text[paragraph.start : paragraph.end])
        if label is None or following is None or int(following.group(1)) != int(label.group(1)) + 1:
            break
        end, label = paragraph.end, following
    return end


def _routed(
    doc: Document, sdoc: SpacyDoc, frames: list[Span], actor_at: dict[int, str], parties: Parties
) -> Parties | None:
    """The sender and the one it is for that the nearest routing line names: a line that names a message
    ("the following message", "text of message") with a "from" or a "to"/"for". A sender it names
    that no actor stands for ("a note from our friend") is no one: better than the wrong one."""
    for frame in reversed(frames):
        words = _routing_sentence(sdoc, frame)
        if words is None:
            continue
        words = announcing_sentence(words)
        sender, reader = _frame_parties(words, actor_at, parties)
        sender, reader = relayed_parties(words, lambda t: _party(t, actor_at, parties), sender, reader)
        if reader is not None or sender is not None:
            return (parties[0] if sender is None else sender or None), reader
    return None


def _routing_sentence(sdoc: SpacyDoc, frame: Span) -> SpacySpan | None:
    """The last sentence of a paragraph that names a message: "For Ambassador X from Secretary. Please
    deliver following message from me to Y:" routes the telegram to X, the message to Y."""
    words = sdoc.char_span(frame.start, frame.end, alignment_mode="expand")
    papers = cue("message_words") | cue("paper_nouns")
    sents = {t.sent.start: t.sent for t in words or () if t.lower_ in papers}
    return sents[max(sents)] if sents else None


def _frame_parties(words: SpacySpan, actor_at: dict[int, str], parties: Parties) -> Parties:
    """ "from X" is the sender ("from me": the writer), "to X" or "for X" the one it is for ("to you":
    the telegram's addressee)."""
    sender: str | None = None
    reader: str | None = None
    for t in paper_parties_first(words):
        prep = head_of(t).lower_ if t.dep_ == "pobj" else ""
        if prep == "from":
            sender = sender or _party(t, actor_at, parties) or ""  # named, but no actor stands for it
        elif prep in {"to", "for"} or t.dep_ == "dative" or _first_object(t):
            reader = reader or _party(t, actor_at, parties)
    return sender, reader


def _first_object(tok: Token) -> bool:
    """ "sent the Minister following letter": the parser makes the one it is sent to the object of a
    verb of sending, and the message another object or the object of "following" after it."""
    verb = head_of(tok)
    papers = cue("message_words") | cue("paper_nouns")
    return (
        tok.dep_ == "dobj"
        and verb.lemma_.lower() in cue("sending_verbs")
        and any(w.i > tok.i and w.lower_ in papers for w in subtree_of(verb))
    )


def _party(tok: Token, actor_at: dict[int, str], parties: Parties) -> str | None:
    """The actor a phrase names; "me" is the writer, "you" the telegram's addressee, "him" or "them" the
    nearest actor named before it in the routing sentence ("see Thieu and convey to him the following
    message")."""
    if tok.lower_ in cue("first_person") | cue("first_plural"):
        return parties[0]
    if tok.lower_ in cue("second_person"):
        return parties[1]
    if tok.pos_ == "PRON" and tok.lower_ in cue("third_singular") | cue("third_plural"):
        return next((actor_at[i] for i in range(tok.i - 1, tok.sent.start - 1, -1) if i in actor_at), None)
    return next((actor_at[w.i] for w in subtree_of(tok) if w.i in actor_at), None)


def _next_point(doc: Document, frames: list[Span], opening: Span | None) -> int | None:
    """The number of the carrying telegram's point that ends the text: the one after the number of the
    "Begin text" paragraph ("3. Begin text: ... 4. ..."), else after the routing line's ("1. Pass the
    following letter: Dear Sir: ... 2. ..."; a "1. Dear Sir:" is the letter's own). None where the
    "Begin text" paragraph's number follows the routing line's ("1. Deliver following message. 2. Begin
    text. Dear Omar: ... 3. I cannot ..."): the telegram numbers the text's paragraphs as its own."""
    numbers = [int(m.group(1)) for f in frames if (m := NUMBER.match(doc.text[f.start : f.end]))]
    own = NUMBER.match(doc.text[opening.start : opening.end]) if opening is not None else None
    if own is None:
        return numbers[-1] + 1 if numbers else None
    return None if numbers and int(own.group(1)) == numbers[-1] + 1 else int(own.group(1)) + 1


def _text_end(doc: Document, after: list[Span], point: int | None) -> int | None:
    """Where the embedded text ends: at an "End text" or an "Unquote", or at the carrying telegram's
    numbered point ``point``."""
    for paragraph in after:
        text = doc.text[paragraph.start : paragraph.end]
        if (mark := END.match(text) or MARK.search(text)) is not None:  # "... Richard Nixon. End text."
            return paragraph.start + mark.start()
        number = NUMBER.match(text)
        if point is not None and number is not None and int(number.group(1)) == point:
            return paragraph.start
    return None
