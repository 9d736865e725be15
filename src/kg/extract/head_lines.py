"""Head lines of enclosed messages: "Captain Reyes to Mr. Poindexter." opens a message of its own inside a
despatch; a topic line ("Attack on the Mission to Y", or a line under "Subject:") does not."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from ..documents import Document, Span
from .lexicon import load_lexicon

HEAD_LINE_CHARS = 120  # an enclosure's head line ("Mr. Bingham to General Lacayo.") is one short line


def enclosure_parties(
    doc: Document, sdoc: SpacyDoc, paragraph: Span, actor_at: dict[int, str]
) -> tuple[str | None, str | None] | None:
    """The writer and addressee of a paragraph that is a head line: one short line "X to Y." with no
    verb and no number (a dateline has one: "Commissioner of the United States to China, Peking, July
    27, 1901."), an actor before its "to"; the addressee is the first actor after it. Later volumes
    end the line with no stop ("The Minister of X (Name) to the American Chargé (Name)"): then the
    writer opens the line, which a topic heading ("Attack on the Mission to Y") does not, nor a line under a
    "Subject:" label."""
    text = doc.text[paragraph.start : paragraph.end]
    if "\n" in text or len(text) > HEAD_LINE_CHARS or not text[:1].isupper() or text[-1:] in ",;:?!":
        return None
    if labelled_subject(doc, paragraph):
        return None
    words = sdoc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    if words is None or any(t.pos_ in {"VERB", "AUX", "NUM"} or t.like_num for t in words):
        return None
    if not text.endswith(".") and not _opens_with_actor(words, actor_at):
        return None
    to = next(
        (t for t in words if t.lower_ == "to" and any(w.i in actor_at for w in words[: t.i - words.start])),
        None,
    )
    if to is None:
        return None
    writer = next(actor_at[t.i] for t in words if t.i < to.i and t.i in actor_at)
    addressee = next((actor_at[t.i] for t in words if t.i > to.i and t.i in actor_at), None)
    return writer, addressee


def _opens_with_actor(words: SpacySpan, actor_at: dict[int, str]) -> bool:
    """An actor among the line's first two words, or after no more than three capitalised ones (its
    titles: "Brigadier General D. E. Nolan to ...")."""
    first = next((t for t in words if t.i in actor_at), None)
    if first is None:
        return False
    before = words[: first.i - words.start]
    return len(before) < 2 or (len(before) <= 3 and all(t.text[:1].isupper() for t in before))


def labelled_subject(doc: Document, paragraph: Span) -> bool:
    """ "Subject:\n\nMobutu's Speech to AAI Conference", "SUBJECT:\n\nReply to Letter from ...": a subject
    line under its label names the paper's topic; it is no message from one party to another, and says
    nothing itself ("Reply to Letter from Prime Minister Bhutto" directs no one)."""
    label = doc.text[: paragraph.start].rstrip().rsplit("\n", 1)[-1].strip().lower()
    return label in load_lexicon().words("cues", "subject_labels")
