"""Speaker-labelled paragraphs: the turns of verbatim minutes ("Mr. Brown: We cannot accept ...") and the
speeches of a meeting report ("Ruritania: Held that the tariff should be lowered"). The label names who
speaks the paragraph: its "I" and "we" are the speaker's, its stances the speaker's, not the writer's
who records them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc

from ..documents import Document, Span
from .lexicon import Lexicon

LABEL_CHARS = 48  # "The President of the Republic of Ruritania:" is about as long as a speaker's label runs
LABEL_WORDS = 7
ABBREVIATION_CHARS = 5  # "Mr.", "Prof.", "J.": a word with a stop inside a label abbreviates a title or name


@dataclass(frozen=True)
class Turn:
    label: Span  # "Mr. Brown"
    body: Span  # what follows the label's colon, to the paragraph's end


def speaker_turns(doc: Document, sdoc: SpacyDoc, lex: Lexicon) -> list[Turn]:
    """The speaker-labelled paragraphs of a record of what several parties said: paragraphs that open
    with a name and a colon, in a document where at least two parties speak so. A letter's greeting
    ("Sir:", "My dear Mr. Brown:", "Mr. Minister:") addresses its reader and speaks for no one; a
    topic heading ("Finance:") names no party; a single labelled paragraph is a heading or greeting;
    a label before a list of names with no verb ("Delegates: Mr. Brown, Mr. Grey") heads a roll."""
    labelled = [(p, label) for p in doc.paragraphs if (label := _label(doc.text, p)) is not None]
    if len(labelled) < 2:
        return []
    found: list[tuple[Span, Span, str]] = []
    for paragraph, label in labelled:
        kind = _label_kind(sdoc, label, lex)
        if kind is not None and _says_something(sdoc, Span(label.end + 1, paragraph.end)):
            found.append((paragraph, label, kind))
    if not any(kind == "titled" for *_, kind in found):  # plain names only count beside titled ones
        return []
    if len({doc.text[label.start : label.end] for _, label, _ in found}) < 2:
        return []
    return [Turn(label, Span(label.end + 1, paragraph.end)) for paragraph, label, _ in found]


def _says_something(sdoc: SpacyDoc, body: Span) -> bool:
    """Whether a labelled paragraph has a verb: a turn says something, a roll only names."""
    words = sdoc.char_span(body.start, body.end, alignment_mode="expand")
    return words is not None and any(t.pos_ in {"VERB", "AUX"} for t in words)


def _label(text: str, paragraph: Span) -> Span | None:
    """The span of the capitalised words before a paragraph's first colon ("Mr. J. Brown: ..."), where
    they are few and end in a colon and a space; "of", "the" and "for" may stand between them."""
    head = text[paragraph.start : min(paragraph.end, paragraph.start + LABEL_CHARS + 2)]
    colon = head.find(": ")
    if colon <= 0:
        return None
    words = head[:colon].split()
    if not 0 < len(words) <= LABEL_WORDS or any(ch.isdigit() for ch in head[:colon]):
        return None
    if any(w.endswith(".") and len(w) > ABBREVIATION_CHARS for w in words):  # "Mr. J. Brown. Clerks:"
        return None
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w in {"of", "the", "for"} for w in words):
        return None
    return Span(paragraph.start, paragraph.start + colon)


def _label_kind(sdoc: SpacyDoc, label: Span, lex: Lexicon) -> str | None:
    """ "titled": a person named with a title ("Admiral Grey", "The Chairman") or a country
    ("Ruritania"); "plain": a bare name ("Grey"), or a noun that may be one; None: a greeting, a title
    used in address ("Mr. Minister", "General"), a heading of the record ("Present", "Note") or no
    noun at all ("Approved")."""
    words = [w.strip(".").lower() for w in re.split(r"[\s-]+", sdoc.doc.text[label.start : label.end])]
    titles = lex.words("actors", "person_titles")
    if words[0] in lex.words("cues", "vocative_words"):
        return None
    untitled = titles | lex.words("actors", "title_prefixes") | {"the", "of", "for"}
    named = [w for w in words if w not in untitled]
    countries = {c.lower() for c in [*lex.actors["capitals"].values(), *lex.actors["demonyms"].values()]}
    if " ".join(words) in countries:
        return "titled"
    if not named:  # "The Chairman" speaks in minutes; "Mr. Minister", "General" greet the reader
        return "titled" if words[0] == "the" else None
    if words[0] in titles or (words[0] == "the" and len(words) > 1 and words[1] in titles):
        return "titled"
    if words[0] in lex.words("cues", "record_headings"):  # "Present: Mr. Brown, Mr. Grey", "Note: ..."
        return None
    span = sdoc.char_span(label.start, label.end, alignment_mode="expand")
    nominal = span is not None and all(t.pos_ in {"PROPN", "NOUN"} or t.is_punct for t in span)
    return "plain" if nominal else None  # "Thorne", which the tagger may take for a common noun
