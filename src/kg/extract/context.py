"""What every finder shares: the document context, spans of clauses and facts read off the parse.

Closed-class words (pronouns, modals, determiners) come from the lexicon: no finder names a word inline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .held_words import first_conj, held_by, unstranded
from .lexicon import CueSets, Lexicon, cue
from .negation import is_negated as is_negated  # a word of the parse the finders all ask about
from .reports import reported_subject
from .stations import named_tokens, parallel_object, party_noun
from .subjects import SUBJECTS as SUBJECTS  # defined with the subject tests, used everywhere
from .subjects import held_subject, stranded_modals, stranded_subject
from .tokens import children_of, count_texts, head_of, parse_table, sentence, subtree_of
from .voices import Voice, voice_at

COMPLEMENTS = {"dobj", "prep", "ccomp", "xcomp", "dative", "attr", "oprd", "acomp", "iobj", "prt"}
MAX_TOKENS = 60
ANTECEDENT_SENTENCES = 2  # how many sentences back a pronoun looks for its actor


@dataclass
class Context:
    """What the finders share for one document."""

    sdoc: SpacyDoc
    lex: Lexicon
    voices: list[Voice]
    regions: list[Span]
    actor_at: dict[int, str]
    kinds: dict[str, str] | None = None
    title: str = ""  # the document's title ("National Security Study Memorandum 180")
    directives: dict[int, Any] = field(default_factory=dict)  # filled by the instruction finder
    _voices: list[Voice | None] | None = field(default=None, repr=False)
    _spoken: list[tuple[Token, Voice]] | None = field(default=None, repr=False)
    #: ``cue(name)``: a cue list as a set, built once per name (asked for at every token)
    cue: Callable[[str], frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cue = CueSets(self.lex).__getitem__

    def spoken(self) -> list[tuple[Token, Voice]]:
        """The tokens that some voice speaks, with that voice, in text order (built once)."""
        if self._spoken is None:
            table = self._voice_table()
            tokens = parse_table(self.sdoc).tokens
            self._spoken = [(tokens[i], voice) for i, voice in enumerate(table) if voice is not None]
        return self._spoken

    def token_voices(self) -> list[Voice | None]:
        """Every token's voice, by token index (None outside the regions that say something)."""
        return self._voice_table()

    def voice(self, tok: Token) -> Voice | None:
        """The voice a token is spoken in, None outside the regions that say something."""
        return self._voice_table()[tok.i]

    def _voice_table(self) -> list[Voice | None]:
        """Every token's voice, by token index, built once from the token offsets alone: the voice is
        the same between two consecutive ends of regions and voices, so it is looked up once for each
        such stretch (the finders ask for it at every token)."""
        if self._voices is None:
            ends = {0} | {x for r in self.regions for x in (r.start, r.end)}
            ends |= {x for v in self.voices for x in (v.span.start, v.span.end)}
            cuts = sorted(ends)
            per_stretch = [self._voice_at(offset) for offset in cuts]
            offsets = self.sdoc.to_array("IDX").tolist() if len(self.sdoc) else []
            self._voices = [per_stretch[bisect_right(cuts, offset) - 1] for offset in offsets]
        return self._voices

    def _voice_at(self, offset: int) -> Voice | None:
        inside = any(r.start <= offset < r.end for r in self.regions)
        return voice_at(self.voices, offset) if inside else None

    def refers(self, tok: Token, voice: Voice) -> str | None:
        """The actor a subject/object token stands for in this voice."""
        low = tok.lower_
        if tok.pos_ == "PROPN" and tok.i in self.actor_at:
            return self.actor_at[tok.i]  # "the US", the United States: no pronoun
        if low in cue("first_person") or low in cue("first_plural"):
            return voice.speaker
        if low in cue("second_person"):
            return voice.addressee
        for t in named_tokens(tok, self.actor_at, self.lex):  # "consuls in Harbin": not Harbin
            if t.i in self.actor_at:
                return self.actor_at[t.i]
        if low in cue("third_plural") or low in cue("third_singular"):
            return self.antecedent(tok, voice, plural=low in cue("third_plural"))
        if any(
            c.dep_ == "poss" and c.lower_ in cue("first_person") | cue("first_plural")
            for c in children_of(tok)
        ):
            return voice.speaker  # "my Government", named nowhere else: the speaker's side
        return None

    def reporter(self, pronoun: Token, voice: Voice) -> str | None:
        """The actor a pronoun of a reported clause stands for: the one who reports it."""
        subj = reported_subject(pronoun)
        return self.refers(subj, voice) if subj is not None else None

    def antecedent(self, tok: Token, voice: Voice, plural: bool) -> str | None:
        """The nearest earlier actor of the right kind in this or the ANTECEDENT_SENTENCES before it ("the
        President has directed ... He has authorized me"): "they" a government or group, "he"/"she" a person;
        never the speaker or addressee; none where "them" takes up an object ("see the consuls, ask them").
        An earlier pronoun of the same number on the way stands for the same actor: a chain of "he" keeps
        its man past the sentences a name alone reaches."""
        wanted = {"Government", "Group", "Organization"} if plural else {"Person"}
        wanted = set() if plural and parallel_object(tok, self.actor_at) else wanted
        floor = sentence(tok).start
        for _ in range(ANTECEDENT_SENTENCES):
            if floor > 0:
                floor = sentence(tok.doc[floor - 1]).start
        same = cue("third_plural") if plural else cue("third_singular")
        for i in range(tok.i - 1, floor - 1, -1):
            key = self.actor_at.get(i)
            if key and key not in {voice.speaker, voice.addressee} and (self.kinds or {}).get(key) in wanted:
                return key
            if wanted and tok.doc[i].lower_ in same and tok.doc[i].pos_ == "PRON":
                return self.antecedent(tok.doc[i], voice, plural)  # "he is authorized ... he should": one man
        return None


# -- spans -----------------------------------------------------------------
def shares_complement(tok: Token) -> bool:
    """ "investigate and report on X", "fire on or oppose X": the first verb has no complement of its own."""
    return not any(c.dep_ in COMPLEMENTS and c.i < first_conj(tok) for c in unstranded(tok))


def _own_clause(verb: Token) -> bool:
    """A coordinated verb with its own subject or subordinator shares nothing with the verb before it."""
    return any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in children_of(verb))


def clause_span(tok: Token, drop_conj: bool = True) -> tuple[int, int]:
    """Token range of ``tok``'s clause, without coordinated clauses and trailing punctuation."""
    drop: set[int] = set()
    if drop_conj and not shares_complement(tok):
        for child in children_of(tok):
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                drop.update(t.i for t in subtree_of(child))
                drop.update(c.i for c in children_of(tok) if c.dep_ == "cc" and c.i < child.i)
    elif drop_conj:  # "investigate and report on X, and also report on Y": the third verb is apart
        for child in (c for c in children_of(tok) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
            if _own_clause(child):  # "that X be withdrawn, and that Y be punished": a clause of its own
                drop.update(t.i for t in subtree_of(child))
                drop.update(c.i for c in children_of(tok) if c.dep_ == "cc" and c.i < child.i)
            elif not shares_complement(child):
                for later in (
                    g for g in children_of(child) if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}
                ):
                    drop.update(t.i for t in subtree_of(later))
                    drop.update(c.i for c in children_of(child) if c.dep_ == "cc" and c.i < later.i)
    subj = next((c for c in children_of(tok) if c.dep_ in SUBJECTS), None) or held_subject(tok)
    for child in children_of(
        tok
    ):  # a leading adverbial clause ("Should they agree, you may ...") is not the act
        if child.dep_ == "advcl" and child.i < tok.i and (subj is None or child.i < subj.i):
            drop.update(t.i for t in subtree_of(child))
    for t in subtree_of(tok):  # "advise X of the above and state ...": a verb the parser hung on a noun
        if (
            drop_conj
            and t.dep_ == "conj"
            and t.tag_ == "VB"
            and head_of(t).pos_ in {"NOUN", "PROPN"}
            and t.i > tok.i
        ):
            drop.update(x.i for x in subtree_of(t))
            drop.update(c.i for c in children_of(head_of(t)) if c.dep_ == "cc" and c.i < t.i)
    keep = [t.i for t in subtree_of(tok) if t.i not in drop]
    start, end = keep[0], keep[-1]
    for i in range(tok.i, start - 1, -1):  # stay contiguous before the head too
        if i in drop:
            start = i + 1
            break
    # stay contiguous: cut at the first dropped token after the head
    for i in range(tok.i, end + 1):
        if i in drop:
            end = i - 1
            break
    table = parse_table(tok.doc)
    lowers, texts, punct, gates = table.lowers, table.texts, table.punct, table.gates
    for j in range(tok.i + 1, end):  # ", but ..." opens another statement
        if lowers[j] in cue("adversatives") and texts[j - 1] in {",", ";"}:
            end = j - 1
            break
    while end > start and (punct[end] or gates[end][1] == "cc"):
        end -= 1
    while start < end and (punct[start] or gates[start][1] == "cc"):
        start += 1
    if end - start > MAX_TOKENS:
        end = start + MAX_TOKENS
    return start, end


def char_span(sdoc: SpacyDoc, start: int, end: int) -> Span:
    """Character range of tokens ``start..end``, never starting or ending in white space."""
    table = parse_table(sdoc)
    texts, space = table.texts, table.space
    while end > start and (space[end] or table.punct[end] and texts[end] not in {")", "”", "’"}):
        end -= 1
    while start < end and space[start]:
        start += 1
    opened = count_texts(sdoc, start, end + 1, "(") - count_texts(sdoc, start, end + 1, ")")
    if opened > 0:  # keep a parenthesis whole: "which you approved (option 1)"
        close = next((i for i in range(end + 1, min(end + 6, len(texts))) if texts[i] == ")"), None)
        end = close if close is not None else end
    return Span(table.offsets[start], table.offsets[end] + len(texts[end]))


def doc_text(sdoc: SpacyDoc) -> str:
    """The parsed text, built once per document (``Doc.text`` joins every token on each call, and makes
    a ``Token`` of each first)."""
    text = sdoc.user_data.get("kg_text")
    if text is None:
        text = sdoc.user_data["kg_text"] = parse_table(sdoc).text
    return str(text)


def trim_marker(sdoc: SpacyDoc, span: Span) -> Span:
    """Leave a glued footnote marker ("message2") out of the evidence."""
    piece = doc_text(sdoc)[span.start : span.end]
    m = re.search(r"(?<=[a-z.,;”’])\d{1,2}$", piece)
    return Span(span.start, span.end - len(m.group())) if m else span


# -- helpers on the parse --------------------------------------------------
def clause_governors(tok: Token, deps: set[str], steps: int = 2) -> Iterator[Token]:
    """The words ``tok``'s clause hangs from, nearest first, up to ``steps`` levels, while each clause
    on the way is attached as one of ``deps`` ("request that X be done": request)."""
    node = tok
    for _ in range(steps):
        if node.dep_ not in deps:
            return
        node = head_of(node)
        yield node


def subject_of(tok: Token) -> Token | None:
    """The subject of a verb; of two, the nearest before it: the parser makes a run-in reference line ("Your
    301, August 4, 6 p.m. You may assure ...") a second subject, or the only one, which is none. Found once
    per token (the finders ask for it again and again) and kept by index with the document."""
    known: dict[int, int | None] = tok.doc.user_data.setdefault("kg_subjects", {})
    if tok.i not in known:
        found = _subject_of(tok)
        known[tok.i] = found.i if found is not None else None
    index = known[tok.i]
    return parse_table(tok.doc).tokens[index] if index is not None else None


def _subject_of(tok: Token) -> Token | None:
    subjects = [c for c in children_of(tok) if c.dep_ in SUBJECTS and not _cited_number(c)]
    if subjects:
        before = [c for c in subjects if c.i < tok.i]
        return before[-1] if before else subjects[0]
    elsewhere = held_subject(tok) or stranded_subject(tok)  # "You may, if you think it wise, show ..."
    if elsewhere is not None:
        return elsewhere
    if tok.dep_ in {"conj", "xcomp"}:
        return subject_of(head_of(tok)) if tok.dep_ == "conj" else None
    return None


def _cited_number(subject: Token) -> bool:
    """ "Your 89": a number a possessive owns cites a telegram; it does nothing."""
    return subject.tag_ == "CD" and any(c.dep_ == "poss" for c in children_of(subject))


def governing_subject(verb: Token) -> Token | None:
    """The subject of a verb, or for a participle or gerund ("..., requesting X to ...") its head's."""
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "pcomp":
        return _gerund_controller(verb)
    if subj is None and verb.dep_ in {"advcl", "conj", "xcomp", "acl"}:
        subj = subject_of(held_by(verb))  # "I have the honor to request": the one who has it
    return subj


def _gerund_controller(gerund: Token) -> Token | None:
    """ "I have no hesitation in urging that ...": a gerund after a preposition is done by the subject
    of the nearest verb above it."""
    node = head_of(gerund)
    for _ in range(4):  # "called for the purpose of asking": of, purpose, for, called
        if node.pos_ in {"VERB", "AUX"}:
            return subject_of(node)
        if head_of(node) is node:
            break
        node = head_of(node)
    return None


def marked_condition(ctx: Context, verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ctx.cue("condition_marks") for c in children_of(verb))


def modals_of(tok: Token) -> frozenset[str]:
    """The modals (and infinitive "to") of a verb; found once per token and kept by index with the
    document (a dozen constructions ask for them at the same verbs)."""
    known: dict[int, frozenset[str]] = tok.doc.user_data.setdefault("kg_modals", {})
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = frozenset(_modals_of(tok))
    return found


#: labels of a modal that stands for a clause of its own ("do what it can"), not the verb's modal
ELLIPTIC = frozenset({"ccomp", "conj", "xcomp", "advcl", "relcl"})


def _modals_of(tok: Token) -> set[str]:
    kids = children_of(tok)
    found = {c.lower_ for c in kids if (c.tag_ == "MD" and c.dep_ not in ELLIPTIC) or is_infinitive_to(c)}
    found |= {c.lower_ for c in kids if c.dep_ == "aux" and c.lower_ in cue("latitude_modals")}  # "need not"
    if not found and tok.dep_ == "conj" and tok.tag_ not in {"VBZ", "VBD"}:  # "would look ... and desires"
        found = {c.lower_ for c in children_of(head_of(tok)) if c.tag_ == "MD"}
    return found or stranded_modals(tok)


def prep_object(tok: Token, preposition: str) -> Token | None:
    """The object of ``tok``'s first phrase with ``preposition`` ("prefers X *to* Y" -> Y)."""
    return next(
        (
            o
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == preposition
            for o in children_of(c)
            if o.dep_ == "pobj"
        ),
        None,
    )


def head_actor(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """The actor a noun phrase itself names (its head, a compound or an apposition), or a pronoun
    stands for; not an actor merely mentioned inside it ("the agreement with Norway")."""
    if tok.pos_ == "PRON":
        return ctx.refers(tok, voice)
    parts = {"compound", "appos", "poss", "flat"} | ({"amod"} if party_noun(tok, ctx.lex) else set())
    for t in [tok, *(c for c in children_of(tok) if c.dep_ in parts)]:
        if t.i in ctx.actor_at:
            return ctx.actor_at[t.i]
    if tok.lower_ in ctx.lex.words("actors", "government_heads"):
        return ctx.refers(tok, voice)  # "my Government", named nowhere else: the speaker's side
    if is_second_person(tok):
        return voice.addressee  # "Your Majesty", "Your Excellency": the one spoken to
    return None


def is_infinitive_to(tok: Token) -> bool:
    return tok.dep_ == "aux" and tok.lower_ == "to"


def is_second_person(tok: Token | None) -> bool:
    """ "you", and the forms of address that stand for it ("Your Excellency must rest assured")."""
    if tok is None:
        return False
    if tok.lower_ in cue("second_person"):
        return True
    return tok.lower_ in cue("address_titles") and any(
        c.dep_ == "poss" and c.lower_ in cue("second_person") for c in children_of(tok)
    )


def is_first_person(tok: Token | None) -> bool:
    return tok is not None and tok.lower_ in cue("speaker_subjects")


def is_question(tok: Token) -> bool:
    """Whether the sentence of ``tok`` ends with a question mark."""
    return next((t.text for t in reversed(sentence(tok)) if not t.is_space), "") == "?"


VERB_AUXES = frozenset({"ROOT", "conj", "ccomp", "xcomp"})  # an auxiliary with these labels is the verb
MISREAD_VERBS = frozenset({"NOUN", "PROPN", "ADJ"})  # the parts of speech a misread verb is given


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ in VERB_AUXES)


def inverted_condition(ctx: Context, clause: Token) -> bool:
    """ "should such a conference take place": a condition by inversion, not a complement."""
    first = min(subtree_of(clause), key=lambda t: t.i)
    subj = subject_of(clause)
    return (
        first.dep_ == "aux"
        and first.lower_ in ctx.cue("inversion_auxes")
        and subj is not None
        and subj.i > first.i
    )
