"""Forwarded papers: a decree, proclamation, statement or memorandum that a despatch forwards speaks
with its own author's voice, not the forwarding envoy's. The guidelines make a directive quoted from
another message an instruction of its own issuer, and so its stances: the "we" of an imperial decree
is the sovereign's, the "you" of a quoted telegram its addressee. Where the paper names its author
but no actor stands for it, its voice has no speaker: no issuer is better than the wrong one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Document, Span
from .lexicon import cue
from .registry import construction
from .tokens import children_of, head_of, subtree_of

PAPER_HEAD_CHARS = 140  # "Memorandum on ... Prepared by the Adviser to ... (Name)" runs longer than "X to Y."
PAPER_WORDS = 4  # the paper is named first ("Imperial decree", "Copy of a Note")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a head line names a paper, it asserts nothing
Parties = tuple[str | None, str | None]


@construction(
    "voices",
    "paper_head",
    1.0,
    example="Decree issued by the Emperor. / Memorandum by the Secretary of State to the President",
)
def paper_head(doc: Document, sdoc: SpacyDoc, paragraph: Span, actor_at: dict[int, str]) -> Parties | None:
    """A one-line head that names a paper and its author ("Imperial decree issued by the Emperor.",
    "Order of Commander Grey.", "Copy of a Note Addressed by the Minister to the French Government")
    opens an enclosed paper that speaks with its author's voice (None where no actor stands for the
    author) to the one it is addressed "to" (None where it names none: a decree addresses no one)."""
    words = head_words(doc, sdoc, paragraph)
    paper = paper_named(words) if words is not None else None
    if words is None or paper is None:
        return None
    by = author_preposition(words, paper)
    if by is not None:
        author = _titled(words, by, actor_at) or _named(by, actor_at)
    else:  # "Order of Commander Grey": a paper "of" an actor is that actor's
        of = next((c for c in children_of(paper) if c.dep_ == "prep" and c.lower_ == "of"), None)
        author = _named(of, actor_at) if of is not None else None
        if author is None:
            return None
    title_end = _parenthesis(words, by, actor_at)
    to = next(
        (
            t
            for t in words
            if t.lower_ == "to" and t.dep_ == "prep" and t.head.i in _sayers(paper) and t.i > title_end
        ),
        None,
    )
    return author, _named(to, actor_at) if to is not None else None


def head_words(doc: Document, sdoc: SpacyDoc, paragraph: Span) -> SpacySpan | None:
    """The words of a paragraph that may be a head line: one short line that does not end a clause."""
    text = doc.text[paragraph.start : paragraph.end]
    if "\n" in text or len(text) > PAPER_HEAD_CHARS or not text[:1].isupper() or text[-1:] in ",;:?!":
        return None
    return sdoc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")


def author_phrase(words: SpacySpan, actor_at: dict[int, str]) -> list[Token]:
    """The words that name a paper's author where no actor stands for them ("Draft proclamation by the
    foreign Plenipotentiaries."): the name in brackets after it ("by the Legal Adviser (Strong)"),
    else the object of its "by" up to its head noun, without determiners."""
    paper = paper_named(words)
    by = author_preposition(words, paper) if paper is not None else None
    if by is None or _parenthesis(words, by, actor_at) >= 0 or _named(by, actor_at) is not None:
        return []
    bracketed = [t for t in words if t.i > by.i and t.pos_ == "PROPN" and _in_brackets(t)]
    if bracketed:
        return bracketed[:1]
    obj = next((c for c in children_of(by) if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None or not obj.text[:1].isupper():
        return []
    return [t for t in subtree_of(obj) if t.i <= obj.i and t.pos_ in {"ADJ", "NOUN", "PROPN"}]


def _in_brackets(tok: Token) -> bool:
    """A lone name between brackets: "(Strong)"."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def paper_named(words: SpacySpan) -> Token | None:
    """The paper a head line names among its first words, if it is a head line: no finite verb."""
    if any(t.tag_ in FINITE_TAGS for t in words):
        return None
    papers = cue("paper_nouns")
    return next((t for t in words[:PAPER_WORDS] if t.lower_ in papers and t.pos_ in {"NOUN", "PROPN"}), None)


def author_preposition(words: SpacySpan, paper: Token) -> Token | None:
    """The "by" or "from" that names a paper's author, after the paper."""
    return next((t for t in words if t.i > paper.i and t.lower_ in cue("author_prepositions")), None)


def _parenthesis(words: SpacySpan, by: Token | None, actor_at: dict[int, str]) -> int:
    """Where the first parenthesised actor after "by" stands (-1 if none): FRUS heads give a title its
    holder's name in brackets ("the Legal Adviser to the High Commissioner (Strong)"), so a "to"
    before it is part of the title, not the addressee."""
    if by is None:
        return -1
    return next((t.i for t in words if t.i > by.i and t.i in actor_at and t.nbor(-1).text == "("), -1)


def _titled(words: SpacySpan, by: Token, actor_at: dict[int, str]) -> str | None:
    at = _parenthesis(words, by, actor_at)
    return actor_at[at] if at >= 0 else None


def _sayers(paper: Token) -> set[int]:
    """The paper and the participles that hang from it ("Note Addressed by X to Y")."""
    return {paper.i} | {c.i for c in children_of(paper) if c.dep_ == "acl" and c.tag_ == "VBN"}


def _named(prep: Token, actor_at: dict[int, str]) -> str | None:
    """The actor a preposition's object names: the object itself or a word of its own phrase, not one
    inside a phrase hung on it ("the Minister at Paris": the Minister)."""
    for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
        for t in subtree_of(obj):
            if t.i in actor_at and (t.head.i == obj.i or t.i == obj.i):
                return actor_at[t.i]
    return None


@construction("voices", "issued_paper", 1.0, example="a decree was issued as follows: “We order ...”")
def issued_paper(sdoc: SpacyDoc, quote_start: int, actor_at: dict[int, str]) -> Parties | None:
    """A quotation after a frame that names an act of state ("a decree was issued as follows:") speaks
    with that act's author, the one named "by" or "from" in the frame or the sovereign the frame names
    (an imperial decree is the throne's), or with no one's where none is named: never the voice of
    the envoy or minister who forwards it. It addresses no one."""
    tok = sdoc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    sent = tok.sent
    frame = sdoc[sent.start : tok.start] if tok.start > sent.start else sdoc[tok.start - 1].sent
    if not frame.text.rstrip().endswith(":") or not any(t.lower_ in cue("state_acts") for t in frame):
        return None
    for t in frame:
        if t.lower_ in cue("author_prepositions") and (author := _named(t, actor_at)) is not None:
            return author, None
    sovereign = next((actor_at[t.i] for t in frame if t.i in actor_at and _sovereign(t)), None)
    return sovereign, None


def _sovereign(tok: Token) -> bool:
    return tok.lower_ in cue("sovereign_titles")


def received_by_writer(sdoc: SpacyDoc, quote_start: int) -> bool:
    """ "I have just received the following communication from X: “...”", "Following telegram received
    today from X:": a message the writer received speaks to the writer (its "you"), not to the one the
    writer passes it on to."""
    frame = quote_frame(sdoc, quote_start)
    return frame is not None and any(
        t.lemma_.lower() in cue("receiving_verbs")
        and t.pos_ == "VERB"
        and all(c.lower_ in cue("speaker_subjects") for c in children_of(t) if c.dep_ == "nsubj")
        for t in frame
    )


def quote_frame(sdoc: SpacyDoc, quote_start: int) -> SpacySpan | None:
    """The words that introduce a quotation: its sentence before it, or the sentence before a quotation
    that opens one; of a telegram that announces its quotation and then asks something ("Am sending
    following to X. Can you give me ...?"), the sentence before that names "the following"."""
    tok = sdoc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    sent = tok.sent
    if any(not (t.like_num or t.is_punct or t.is_space) for t in sdoc[sent.start : tok.start]):
        return sdoc[sent.start : tok.start]  # not "2. QUOTE ...": a point's number frames nothing
    if sent.start == 0:
        return None
    before = sdoc[sent.start - 1].sent
    if before.start > 0 and not before.text.rstrip().endswith(":") and not names_the_following(before):
        earlier = sdoc[before.start - 1].sent
        return earlier if names_the_following(earlier) else before
    return before


def names_the_following(frame: SpacySpan) -> bool:
    """ "I received the following from Lansing.", "Following memorandum to you from the President.": a
    sentence that announces "the following" as a noun, or a following message, introduces the quotation
    after it, though it ends with a stop rather than a colon."""
    papers = cue("message_words") | cue("paper_nouns")
    return frame.text.rstrip().endswith(".") and any(
        t.lower_ == "following"
        and (
            t.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}
            or (t.dep_ == "xcomp" and t.head.lemma_.lower() in cue("sending_verbs"))  # "Am sending following"
            or any(c.lemma_.lower() in papers for c in (t.head, *t.children))  # "Following memorandum"
            or (t.dep_ == "amod" and t.head.dep_ in {"dobj", "nsubjpass"})  # "pass on the following guidance"
        )
        for t in frame
    )


def paper_parties_first(words: Iterable[Token]) -> list[Token]:
    """The words of a routing line, those of a phrase on the message itself first: in "convey to him
    following response from Secretary to Ian Smith" the response is for Smith, "him" only carries it."""
    papers = cue("message_words") | cue("paper_nouns")
    return sorted(words, key=lambda t: not (t.dep_ == "pobj" and head_of(head_of(t)).lower_ in papers))
