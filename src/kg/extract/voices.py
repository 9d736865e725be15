"""Who speaks to whom in each part of a document.

The body speaks with the author's voice to the recipient. Quoted speech with
a reporting frame ("Kissinger replied to Nixon: “...”") switches the voice to
the reported speaker; so do a speaker's turn in minutes ("Mr. Brown: We cannot
...") and a sentence that goes on reporting a third party's words with no frame
of its own. Editors' footnotes have no voice of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Document, Span
from .embedded import embedded_text
from .forwarded import (
    issued_paper,
    names_the_following,
    paper_head,
    paper_parties_first,
    quote_frame,
    received_by_writer,
)
from .head_lines import enclosure_parties, labelled_subject
from .lexicon import cue, load_lexicon
from .registry import construction
from .speakers import speaker_turns
from .telegraph_quotes import telegraph_quotes
from .tokens import children_of, head_of, sentence, subtree_of

QUOTE = re.compile(r"“[^”]{20,}”|\"[^\"]{20,}\"")
INNER_QUOTE = re.compile(r"(?<=\n)‘[^’]{40,}’")  # a paragraph quoted inside a quotation
NUMBERED_POINT = re.compile(r"\s*\(?\d{1,2}[.)]\s")
NUMBERED_END = re.compile(r"\s\(?\d{1,2}[.)]$")  # the parser may end the sentence before with the number


@dataclass(frozen=True)
class Voice:
    span: Span
    speaker: str | None
    addressee: str | None


def text_regions(doc: Document) -> list[Span]:
    """Parts of the text that say something: the body and the notes that are not
    archival source notes or bare cross-references. The dateline and a subject line are left out."""
    regions: list[Span] = []
    paragraphs = list(doc.paragraphs)
    if paragraphs and doc.date_text and doc.date_text in doc.text[paragraphs[0].start : paragraphs[0].end]:
        paragraphs = paragraphs[1:]
    regions.extend(p for p in paragraphs if not labelled_subject(doc, p))
    for note in doc.footnotes:
        body = doc.text[note.span.start : note.span.end]
        if note.number.startswith("source") or body.startswith("Source:") or len(body.split()) < 6:
            continue
        regions.append(note.span)
    return regions


def find_voices(
    doc: Document,
    sdoc: SpacyDoc,
    actor_at: dict[int, str],
    speech_verbs: frozenset[str],
    author: str | None,
    recipient: str | None,
) -> list[Voice]:
    """Body voice first, then enclosed messages' and quoted voices; later voices override earlier ones."""
    return (
        body_voice(doc, author, recipient)
        + enclosure_head(doc, sdoc, actor_at, (author, recipient))
        + [Voice(*v) for v in embedded_text(doc, sdoc, actor_at, (author, recipient))]
        + speaker_turn(doc, sdoc, actor_at)
        + reported_stretch(doc, sdoc, actor_at, speech_verbs, author, recipient)
        + quoted_speech(doc, sdoc, actor_at, speech_verbs, author, recipient)
    )


@construction("voices", "body_voice", 1.0, example="145. Message From President Nixon to ... (Kissinger)")
def body_voice(doc: Document, author: str | None, recipient: str | None) -> list[Voice]:
    """Every paragraph of the body speaks with the author's voice to the recipient."""
    return [Voice(p, author, recipient) for p in doc.paragraphs]


@construction(
    "voices", "enclosure_head", 1.0, example="Captain Reyes to Mr. Poindexter. (an inclosure's head line)"
)
def enclosure_head(
    doc: Document, sdoc: SpacyDoc, actor_at: dict[int, str], despatch: tuple[str | None, str | None]
) -> list[Voice]:
    """A message enclosed in a despatch under its own head line ("Captain Reyes to Mr. Poindexter.") speaks
    with its writer's voice to its addressee, up to the next such line: a directive quoted from another
    message is an instruction of its own issuer, not of the despatch's writer. An addressee the head
    names but no actor stands for ("M. Dupont") is left to the despatch's other party."""
    voices: list[Voice] = []
    parties: tuple[str | None, str | None] | None = None
    for paragraph in doc.paragraphs:
        head = enclosure_parties(doc, sdoc, paragraph, actor_at)
        paper = paper_head(doc, sdoc, paragraph, actor_at) if head is None else None
        if head is not None:
            writer, addressee = head
            other = despatch[1] if despatch[1] != writer else despatch[0]
            parties = (writer, addressee or other)
        elif paper is not None:  # a decree or memorandum under its own head: its author's, to no one else
            parties = paper
        elif parties is not None:
            voices.append(Voice(paragraph, *parties))
    return voices


@construction("voices", "speaker_turn", 1.0, example="Mr. Brown: We cannot accept ... (a turn of minutes)")
def speaker_turn(doc: Document, sdoc: SpacyDoc, actor_at: dict[int, str]) -> list[Voice]:
    """A speaker-labelled paragraph of minutes or of a meeting report speaks with the labelled party's
    voice to the other party of the exchange: the speaker of the turn before (a turn answers the one
    before it), or for the first turn the one who answers it."""
    turns: list[tuple[Span, str]] = []
    for turn in speaker_turns(doc, sdoc, load_lexicon()):
        words = sdoc.char_span(turn.label.start, turn.label.end, alignment_mode="expand")
        speaker = next((actor_at[t.i] for t in words or () if t.i in actor_at), None)
        if speaker is not None:
            turns.append((turn.body, speaker))
    voices = []
    for n, (body, speaker) in enumerate(turns):
        others = [s for _, s in reversed(turns[:n])] + [s for _, s in turns[n + 1 :]]
        voices.append(Voice(body, speaker, next((s for s in others if s != speaker), None)))
    return voices


@construction(
    "voices",
    "reported_stretch",
    1.0,
    example="The Minister said ... The offer should therefore be withdrawn.",
)
def reported_stretch(
    doc: Document,
    sdoc: SpacyDoc,
    actor_at: dict[int, str],
    speech_verbs: frozenset[str],
    author: str | None,
    recipient: str | None,
) -> list[Voice]:
    """After a sentence that reports a third party speaking ("The Minister stated ...", "He repeated his
    arguments"), the sentences of the same paragraph go on reporting its words in the past, with no
    frame of their own ("The whole territory should therefore be arbitrated."): one that names no one by
    a pronoun or "this Government" (whose words are the writer's, who reports them) speaks with the
    party's voice, to the one it spoke to (the writer where it names none). The report ends where the
    writer speaks as "I" or "we", to "you" or in the present, where a numbered point begins or another
    party is reported."""
    voices: list[Voice] = []
    writer = {author, recipient}
    saying = speech_verbs | cue("arguing_verbs") | cue("saying_verbs")
    for _, sents in _paragraph_sentences(doc, sdoc):
        party: tuple[str, str | None] | None = None  # who is being reported, and to whom
        for sent in sents:
            if party is not None and (_writer_speaks(sent) or _new_point(sent)):
                party = None
            opened = _reported_party(sent, actor_at, saying, writer, party[0] if party else None)
            if opened is not None:
                party = (opened[0], opened[1] or author)
            elif party is not None and not _deictic(sent):
                voices.append(Voice(Span(sent.start_char, sent.end_char), *party))
    return voices


def _paragraph_sentences(doc: Document, sdoc: SpacyDoc) -> list[tuple[Span, list[SpacySpan]]]:
    """Each paragraph with the sentences that start in it, in one pass over both."""
    found: list[tuple[Span, list[SpacySpan]]] = [(p, []) for p in doc.paragraphs]
    i = 0
    for sent in sdoc.sents:
        while i < len(found) and found[i][0].end <= sent.start_char:
            i += 1
        if i < len(found) and found[i][0].start <= sent.start_char:
            found[i][1].append(sent)
    return found


def _reported_party(
    sent: SpacySpan,
    actor_at: dict[int, str],
    saying: frozenset[str],
    writer: set[str | None],
    last: str | None,
) -> tuple[str, str | None] | None:
    """The party a sentence reports speaking, and whom to: the subject of its main verb of saying, an
    actor or a third person pronoun that goes on with the party reported just before; never the writer
    or the reader. Whom it speaks to is the one it is said "to", or told."""
    root = sent.root
    verbs = [root, *(c for c in children_of(root) if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.lemma_.lower() not in saying or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) or next(
            (c for c in children_of(root) if c.dep_ == "nsubj"), None
        )
        if subj is None:
            continue
        third = subj.lower_ in cue("third_singular") | cue("third_plural")
        speaker = last if third else _actor_of(subj, actor_at)
        if speaker is None or speaker in writer:
            return None
        told = verb.lemma_.lower() in cue("informing_verbs")
        hearers = [c for c in children_of(verb) if c.dep_ == "dative" or (c.dep_ == "dobj" and told)]
        hearers += [
            o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for o in children_of(c)
        ]
        return speaker, next((a for h in hearers if (a := _actor_of(h, actor_at)) is not None), None)
    return None


def _writer_speaks(sent: SpacySpan) -> bool:
    """A sentence with "I", "we" or "you", whose main verb is in the present ("It is requested that") or
    that is an imperative ("Go at once") is the writer's own: a report of what was said is in the past."""
    persons = cue("first_person") | cue("first_plural") | cue("second_person")
    root = sent.root
    present = root.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in children_of(root)
    )
    imperative = root.tag_ == "VB" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in children_of(root)
    )
    return present or imperative or any(t.lower_ in persons and t.pos_ == "PRON" for t in sent)


def _deictic(sent: SpacySpan) -> bool:
    """Whether a sentence names someone by a pronoun ("he", "his") or as "this Government": words that
    stand for whom the writer means, not the party reported."""
    pronouns = cue("third_singular") | cue("third_plural")
    own = load_lexicon().words("actors", "own_government_determiners")
    return any(
        (t.lower_ in pronouns and t.pos_ == "PRON")
        or (t.lower_ in own and t.dep_ == "det" and t.head.i != t.i)
        for t in sent
    )


def _new_point(sent: SpacySpan) -> bool:
    """ "3. Ruritania resumed ...": a numbered point of a summary reports its own party."""
    return NUMBERED_POINT.match(sent.text) is not None or NUMBERED_END.search(sent.text) is not None


@construction("voices", "quoted_speech", 1.0, example="Kissinger replied to Nixon: “...”")
def quoted_speech(
    doc: Document,
    sdoc: SpacyDoc,
    actor_at: dict[int, str],
    speech_verbs: frozenset[str],
    author: str | None,
    recipient: str | None,
) -> list[Voice]:
    """A quotation after a reporting frame ("X replied to Y:") speaks with X's voice to Y (or to the
    other party of the message); so does a telegram's quotation marked with words ("Qte ... Unqte")."""
    voices = []
    quotes = [*QUOTE.finditer(doc.text), *INNER_QUOTE.finditer(doc.text)]
    marked = [(m.start(), m.start() + 1, m.end() - 1) for m in quotes]
    for opening, start, end in marked + telegraph_quotes(doc.text):
        act = issued_paper(sdoc, opening, actor_at)
        if act is not None:  # a decree quoted in full: its author's, or no one's, not its reporter's
            voices.append(Voice(Span(start, end), *act))
            continue
        speaker, addressee = _reporting_frame(sdoc, opening, actor_at, speech_verbs)
        relayed = speaker is None
        if relayed:  # "Following reply from the President: “...”": relayed to the recipient
            speaker, addressee = _message_frame(sdoc, opening, actor_at, (author, recipient))
        if speaker is None:
            continue
        if addressee is None:
            received = relayed and received_by_writer(sdoc, opening)  # "received from X:": to the writer
            addressee = author if speaker != author and (received or not relayed) else recipient
            addressee = author if addressee == speaker else addressee
        voices.append(Voice(Span(start, end), speaker, addressee))
    return voices


def _reporting_frame(
    sdoc: SpacyDoc, quote_start: int, actor_at: dict[int, str], speech_verbs: frozenset[str]
) -> tuple[str | None, str | None]:
    """The speaker and addressee of "X replied to Y:" right before a quote."""
    tok = sdoc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if tok is None:
        return None, None
    before = [t for t in tok.sent if t.i < tok.start and not (t.like_num or t.is_punct)]  # "2. QUOTE"
    if not before and tok.start > 0 and (frame := sdoc[tok.start - 1].sent).text.rstrip().endswith(":"):
        before = list(frame)  # "Allende declared:" ends the sentence before a quotation that opens one
    for verb in reversed(before):
        if verb.lemma_.lower() not in speech_verbs or verb.pos_ not in {"VERB", "AUX"}:
            continue
        speaker = addressee = None
        for child in children_of(verb):
            if child.dep_ in {"nsubj", "nsubjpass"}:
                speaker = _actor_of(child, actor_at)
            elif child.dep_ in {"dative", "dobj"}:
                addressee = _actor_of(child, actor_at)
            elif child.dep_ == "prep" and child.lower_ == "to":
                for obj in children_of(child):
                    if obj.dep_ == "pobj":
                        addressee = _actor_of(obj, actor_at)
        if speaker:
            return speaker, addressee
    return None, None


def _message_frame(
    sdoc: SpacyDoc, quote_start: int, actor_at: dict[int, str], parties: tuple[str | None, str | None]
) -> tuple[str | None, str | None]:
    """ "The President has asked that I forward to you the following message:", "Following reply from
    the President:" before a quotation: the message is X's ("from X"), the writer's where it is sent
    by no one named ("The following telegram has been sent to X:"; to a foreign envoy, his
    government's), or else the frame's subject's; it is for the one named after "to" or "for", if any
    ("to you": the message's recipient)."""
    writer, reader = parties
    frame = quote_frame(sdoc, quote_start)
    if frame is None:
        return None, None
    words = [t for t in frame if not (t.is_space or t.is_punct)]
    announced = frame.text.rstrip().endswith(":") or names_the_following(frame)
    if not announced or not any(t.lower_ in cue("message_words") | cue("paper_nouns") for t in words):
        return None, None
    speaker = addressee = None
    for t in paper_parties_first(words):
        if t.dep_ == "pobj" and head_of(t).lower_ == "from":
            speaker = speaker or _actor_of(t, actor_at) or _last_named(t, actor_at)
        elif t.dep_ == "pobj" and head_of(t).lower_ in {"to", "for"} or t.dep_ == "dative":
            to_reader = t.lower_ in cue("second_person")  # "From the Committee for Clark:", "to you from X"
            addressee = addressee or (reader if to_reader else _actor_of(t, actor_at))
    if speaker is None and any(_sent_by_no_one(t) for t in words):
        speaker = _envoys_government(addressee, actor_at) or writer
    if speaker is None:
        subj = next((c for c in children_of(frame.root) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        speaker = _actor_of(subj, actor_at) if subj is not None else None
        first = subj is not None and subj.lower_ in cue("first_person") | cue("first_plural")
        speaker = writer if first else speaker  # "I would be grateful if you would pass on the following"
    return speaker, addressee


def _envoys_government(envoy: str | None, actor_at: dict[int, str]) -> str | None:
    """ "The following telegram was sent to the Ruritanian Minister:": what is sent to a foreign envoy
    with no sender named is his own government's instruction (where that government is an actor), not
    the writer's, who only reports it."""
    lex = load_lexicon()
    country = lex.actors["demonyms"].get(envoy.split("-")[0]) if envoy else None
    if country is None or country == lex.actors["series_government"]:
        return None
    key = country.lower().replace(" ", "-")
    return key if key in actor_at.values() else None


def _sent_by_no_one(tok: Token) -> bool:
    """A passive participle of sending with no agent and no subject of its own ("has been sent to",
    "have the message sent to"), or a telegram's subjectless "Am sending following to X": the writer
    who reports it sent it."""
    if tok.tag_ not in {"VBN", "VBG"} or tok.lemma_.lower() not in cue("sending_verbs"):
        return False
    return not any(c.dep_ in {"nsubj", "agent"} for c in children_of(tok))


def _actor_of(tok, actor_at: dict[int, str]) -> str | None:  # type: ignore[no-untyped-def]
    for t in subtree_of(tok):
        if t.i in actor_at:
            return actor_at[t.i]
    return None


def _last_named(pronoun: Token, actor_at: dict[int, str]) -> str | None:
    """ "... telegraphed to the President. The following telegram was received from him:": the party a
    message is from, "him", is the one named last before it, in its sentence or the one before."""
    if pronoun.lower_ not in cue("third_singular"):
        return None
    start = sentence(pronoun).start
    start = sentence(pronoun.doc[start - 1]).start if start > 0 else start
    return next((actor_at[i] for i in range(pronoun.i - 1, start - 1, -1) if i in actor_at), None)


def voice_at(voices: list[Voice], offset: int) -> Voice | None:
    """The innermost voice covering ``offset``."""
    best = None
    for v in voices:
        if v.span.start <= offset < v.span.end and (best is None or v.span.start >= best.span.start):
            best = v
    return best
