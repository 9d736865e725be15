"""Instructions, options, decisions and conditions from the dependency parse.

Each finder looks at a construction, never at a particular wording:
directives are verbs whose subject is the addressee with a modal, verbs
governed by a directive verb of the speaker ("I want you to ..."), passives
of authorization ("you are authorized to ...") and imperatives; decisions
are stance verbs with their subject and object, and judgements of a course;
options are noun phrases headed by proposal nouns and the clauses that a word
of proposal, intention or undertaking puts forward; conditions are adverbial clauses introduced by a
conditional conjunction or by inversion ("Should they refuse, ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .lexicon import Lexicon
from .model import Condition, Decision, Instruction, Option
from .voices import FIRST_PERSON, FIRST_PLURAL, SECOND_PERSON, Voice, voice_at

THIRD_PLURAL = {"they", "them", "their", "theirs"}
THIRD_SINGULAR = {"he", "him", "his", "she", "her"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": 0}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENTS = {"dobj", "prep", "ccomp", "xcomp", "dative", "attr", "oprd", "acomp", "iobj", "prt"}
MAX_TOKENS = 60


@dataclass
class Context:
    """What the finders share for one document."""

    sdoc: SpacyDoc
    lex: Lexicon
    voices: list[Voice]
    regions: list[Span]
    actor_at: dict[int, str]
    kinds: dict[str, str] | None = None

    def voice(self, tok: Token) -> Voice | None:
        if not any(r.start <= tok.idx < r.end for r in self.regions):
            return None
        return voice_at(self.voices, tok.idx)

    def cue(self, name: str) -> frozenset[str]:
        return self.lex.words("cues", name)

    def refers(self, tok: Token, voice: Voice) -> str | None:
        """The actor a subject/object token stands for in this voice."""
        low = tok.lower_
        if low in FIRST_PERSON or low in FIRST_PLURAL:
            return voice.speaker
        if low in SECOND_PERSON:
            return voice.addressee
        for t in tok.subtree:
            if t.i in self.actor_at:
                return self.actor_at[t.i]
        if low in THIRD_PLURAL | THIRD_SINGULAR:
            return self.antecedent(tok, voice, plural=low in THIRD_PLURAL)
        return None

    def antecedent(self, tok: Token, voice: Voice, plural: bool) -> str | None:
        """The nearest earlier actor of the right kind in this or the previous sentence:
        "they" a government or group, "he"/"she" a person; never the speaker or addressee."""
        wanted = {"Government", "Group", "Organization"} if plural else {"Person"}
        sent = tok.sent
        floor = sent.start
        if sent.start > 0:
            floor = tok.doc[sent.start - 1].sent.start
        for i in range(tok.i - 1, floor - 1, -1):
            key = self.actor_at.get(i)
            if key and key not in {voice.speaker, voice.addressee} and (self.kinds or {}).get(key) in wanted:
                return key
        return None


# -- spans -----------------------------------------------------------------
def shares_complement(tok: Token) -> bool:
    """"investigate and report on X": the first verb has no complement of its own."""
    return not any(c.dep_ in COMPLEMENTS and c.i < _first_conj(tok) for c in tok.children)


def _first_conj(tok: Token) -> int:
    return min((c.i for c in tok.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), default=10**9)


def clause_span(tok: Token, drop_conj: bool = True) -> tuple[int, int]:
    """Token range of ``tok``'s clause, without coordinated clauses and trailing punctuation."""
    drop: set[int] = set()
    if drop_conj and not shares_complement(tok):
        for child in tok.children:
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                drop.update(t.i for t in child.subtree)
                drop.update(c.i for c in tok.children if c.dep_ == "cc" and c.i < child.i)
    elif drop_conj:  # "investigate and report on X, and also report on Y": the third verb is apart
        for child in (c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
            if not shares_complement(child):
                for later in (g for g in child.children if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}):
                    drop.update(t.i for t in later.subtree)
                    drop.update(c.i for c in child.children if c.dep_ == "cc" and c.i < later.i)
    subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
    for child in tok.children:  # a leading adverbial clause ("Should they agree, you may ...") is not the act
        if child.dep_ == "advcl" and child.i < tok.i and (subj is None or child.i < subj.i):
            drop.update(t.i for t in child.subtree)
    for t in tok.subtree:  # "advise X of the above and state ...": a verb the parser hung on a noun
        if drop_conj and t.dep_ == "conj" and t.tag_ == "VB" and t.head.pos_ in {"NOUN", "PROPN"} and t.i > tok.i:
            drop.update(x.i for x in t.subtree)
            drop.update(c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i)
    keep = [t.i for t in tok.subtree if t.i not in drop]
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
    sdoc = tok.doc
    for j in range(tok.i + 1, end):  # ", but ..." opens another statement
        if sdoc[j].lower_ == "but" and sdoc[j - 1].text in {",", ";"}:
            end = j - 1
            break
    while end > start and (sdoc[end].is_punct or sdoc[end].dep_ == "cc"):
        end -= 1
    while start < end and (sdoc[start].is_punct or sdoc[start].dep_ == "cc"):
        start += 1
    if end - start > MAX_TOKENS:
        end = start + MAX_TOKENS
    return start, end


def char_span(sdoc: SpacyDoc, start: int, end: int) -> Span:
    """Character range of tokens ``start..end``, never starting or ending in white space."""
    while end > start and (sdoc[end].is_space or sdoc[end].is_punct and sdoc[end].text not in {")", "”", "’"}):
        end -= 1
    while start < end and sdoc[start].is_space:
        start += 1
    opened = sum(1 for t in sdoc[start:end + 1] if t.text == "(") - sum(1 for t in sdoc[start:end + 1] if t.text == ")")
    if opened > 0:  # keep a parenthesis whole: "which you approved (option 1)"
        close = next((t.i for t in sdoc[end + 1:end + 6] if t.text == ")"), None)
        end = close if close is not None else end
    s = sdoc[start].idx
    e = sdoc[end].idx + len(sdoc[end].text)
    return Span(s, e)


def trim_marker(text: str, span: Span) -> Span:
    """Leave a glued footnote marker ("message2") out of the evidence."""
    piece = text[span.start:span.end]
    m = re.search(r"(?<=[a-z.,;”’])\d{1,2}$", piece)
    return Span(span.start, span.end - len(m.group())) if m else span


# -- helpers on the parse --------------------------------------------------
def subject_of(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in SUBJECTS:
            return child
    if tok.dep_ in {"conj", "xcomp"} and tok.head is not tok:
        return subject_of(tok.head) if tok.dep_ == "conj" else None
    return None


def modals_of(tok: Token) -> set[str]:
    found = {c.lower_ for c in tok.children if c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to")}
    if not found and tok.dep_ == "conj":
        found = {c.lower_ for c in tok.head.children if c.tag_ == "MD"}
    return found


def is_negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in tok.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in {"cannot"} for c in tok.children)


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ in {"ROOT", "conj", "ccomp", "xcomp"})


# -- instructions ----------------------------------------------------------
def find_instructions(ctx: Context) -> list[tuple[Token, Instruction]]:
    found: dict[int, tuple[Token, Instruction]] = {}
    for tok in ctx.sdoc:
        if not is_verb(tok):
            continue
        voice = ctx.voice(tok)
        if voice is None or voice.speaker is None:
            continue
        # "this Government would welcome your views": the wisher asks, whoever writes
        request = _polite_request(ctx, tok, voice)
        hit = request or _directive(ctx, tok, voice) or _inherited(ctx, tok, voice, found)
        if hit is None:
            continue
        addressee, confidence, extra_neg = hit
        issuer = (ctx.refers(subject_of(tok), voice) if request else None) or voice.speaker
        start, end = clause_span(tok)
        span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, start, end))
        polarity = "dont" if (is_negated(tok) or extra_neg) else "do"
        action = _action(ctx.sdoc, tok, end, polarity)
        found[tok.i] = (tok, Instruction(span=span, issuer=issuer, addressees=(addressee,),
                                         action=action, polarity=polarity, confidence=confidence))
    return list(found.values())


def _directive(ctx: Context, tok: Token, voice: Voice) -> tuple[str, float, bool] | None:
    lemma = tok.lemma_.lower()
    subj = subject_of(tok)
    addressee = voice.addressee
    if addressee is None:
        return None
    # "please send ...", wherever the verb stands
    if any(c.lower_ == "please" and c.dep_ in {"intj", "advmod"} for c in tok.children):
        return addressee, 0.85, False
    # "I caution you against ...": the warning verb itself is a prohibition
    if lemma in {"caution", "warn"} and any(c.dep_ == "dobj" and c.lower_ in SECOND_PERSON for c in tok.children):
        speaker_subj = subject_of(tok)
        if speaker_subj is not None and ctx.refers(speaker_subj, voice) == voice.speaker:
            return addressee, 0.7, True
    # "you should / will / must / may ..." in a main clause (not "tell them that you will ...")
    if (subj is not None and subj.lower_ in SECOND_PERSON and tok.dep_ in {"ROOT", "conj", "xcomp", "ccomp"}
            and (tok.dep_ != "ccomp" or _directive_complement(ctx, tok, voice))):
        modals = modals_of(tok) & ctx.cue("directive_modals")
        obliged = lemma in {"have", "need"} and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
        if obliged:  # "you will have to decide ..."
            return addressee, 0.7, False
        if modals and lemma not in ctx.cue("non_directive_verbs") and tok.dep_ != "xcomp":
            strong = modals & {"should", "must", "shall", "ought"}
            return addressee, (0.8 if strong else 0.65 if "will" in modals else 0.55), False
        if "to" in modals_of(tok) and tok.dep_ in {"xcomp", "ccomp", "advcl", "acl", "relcl"}:
            gov = _governor(ctx, tok, voice)
            if gov is not None:
                return gov
            if tok.head.pos_ == "NOUN":  # "our instructions for you to prepare"
                return addressee, 0.6, False
    # "we should not paint ourselves into a corner", "I would not indicate ...": advice that binds the addressee
    if (subj is not None and subj.lower_ in {"i", "we"} and _main_or_believed(tok)
            and modals_of(tok) & {"should", "ought", "would"} and lemma not in ctx.cue("non_directive_verbs")
            and not (modals_of(tok) == {"would"} and not is_negated(tok))):
        return addressee, 0.5, False
    # "Do you think Honduras needs so many rifles?": a question to the addressee asks for an answer
    if (tok.dep_ == "ROOT" and subj is not None and subj.lower_ in SECOND_PERSON and _is_question(tok.sent)
            and voice.speaker is not None):
        return addressee, 0.5, False
    # "I want you to ...", "We desire you to ...", "I suggest that you ..."
    if tok.dep_ in {"xcomp", "ccomp"}:
        gov = _governor(ctx, tok, voice)
        if gov is not None:
            return gov
    # imperatives
    if _imperative(ctx, tok):
        return addressee, 0.75, False
    return None


def _is_question(sent) -> bool:  # type: ignore[no-untyped-def]
    return next((t.text for t in reversed(sent) if not t.is_space), "") == "?"


def _main_or_believed(tok: Token) -> bool:
    """A main clause, or one the speaker holds: "I am convinced that we should not ..."."""
    if tok.dep_ == "ROOT":
        return True
    head_subj = subject_of(tok.head) if tok.dep_ == "ccomp" else None
    return head_subj is not None and head_subj.lower_ in {"i", "we"}


def _polite_request(ctx: Context, tok: Token, voice: Voice) -> tuple[str, float, bool] | None:
    """A wish of the speaker's side in the conditional is a request to the addressee."""
    if "would" not in modals_of(tok) or is_negated(tok):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "be":
        if not any(c.dep_ == "acomp" and c.lemma_.lower() in ctx.cue("request_predicates") for c in tok.children):
            return None
    elif lemma not in ctx.cue("request_verbs") or not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in tok.children):
        return None
    subj = subject_of(tok)
    if subj is None or subj.lower_ in SECOND_PERSON or voice.addressee is None:
        return None
    if subj.lower_ not in {"i", "we"} and ctx.refers(subj, voice) in {None, voice.addressee}:
        return None
    return _request_target(ctx, tok, voice) or voice.addressee, 0.6, False


def _request_target(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Whose answer is wished for: "the views of his Government", or the one the wish is
    to be stated to ("state to the Minister that we would welcome ...")."""
    for t in tok.subtree:
        owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t.head if t.dep_ == "poss" else None
        if owner is not None and owner.dep_ == "dobj":
            actor = ctx.refers(t, voice)
            if actor and actor != voice.speaker:
                return actor
    head = tok.head
    if tok.dep_ == "ccomp" and head.lemma_.lower() in ctx.cue("speech_verbs") | {"suggest"}:
        for child in head.children:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" else child
            if child.dep_ in {"dative", "dobj", "prep"} and obj is not None:
                actor = ctx.refers(obj, voice)
                if actor and actor != voice.speaker:
                    return actor
    return None


def _directive_complement(ctx: Context, tok: Token, voice: Voice) -> bool:
    """"It is proper that you should invite ..." is a directive; "tell them that you will
    report ..." and "the possibility that you will ..." only report or predict."""
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in ctx.cue("directive_predicates")
                   for c in head.children)
    if lemma in ctx.cue("directive_predicates"):
        return True
    if lemma in ctx.cue("directive_governors"):
        gsubj = subject_of(head)
        return gsubj is not None and ctx.refers(gsubj, voice) == voice.speaker
    reporting = ctx.cue("speech_verbs") | ctx.cue("belief_verbs") | ctx.cue("non_directive_verbs")
    return head.pos_ == "VERB" and lemma not in reporting


def _governor(ctx: Context, tok: Token, voice: Voice) -> tuple[str, float, bool] | None:
    gov = tok.head
    glemma = gov.lemma_.lower()
    if glemma not in ctx.cue("directive_governors") | ctx.cue("directive_passives"):
        return None
    gsubj = subject_of(gov)
    passive = gsubj is not None and gsubj.dep_ == "nsubjpass"
    if passive and gsubj.lower_ in SECOND_PERSON:  # "You are authorized to ..."
        return voice.addressee, 0.85, False  # type: ignore[return-value]
    if passive and gsubj.lower_ == "it":  # "it is desired that you should ..."
        return voice.addressee, 0.75, False  # type: ignore[return-value]
    if gsubj is None or ctx.refers(gsubj, voice) != voice.speaker:
        return None
    if glemma in {"tell", "ask"} and gov.lemma_.lower() == "ask" and tok.dep_ == "ccomp":
        return None
    target = None
    for child in gov.children:
        if child.dep_ in {"dobj", "dative", "iobj"}:
            target = ctx.refers(child, voice)
    subj = subject_of(tok)
    if subj is not None and subj.lower_ in SECOND_PERSON:
        target = voice.addressee
    if target is None or target == voice.speaker:
        return None
    negative = glemma in {"caution", "warn"}
    return target, 0.85, negative


def _imperative(ctx: Context, tok: Token) -> bool:
    if tok.tag_ != "VB" or tok.dep_ not in {"ROOT", "conj"}:
        return False
    if tok.dep_ == "conj" and not _imperative(ctx, tok.head):
        return False
    if any(c.dep_ in SUBJECTS | {"expl"} for c in tok.children):
        return False
    if any(c.tag_ == "MD" or c.dep_ == "aux" and c.lower_ in {"to", "will"} for c in tok.children):
        return False
    if tok.lemma_.lower() in {"be", "have", "let", "see", "thank"}:
        return False
    if not any(c.dep_ in COMPLEMENTS for c in tok.children):  # "Deliver immediately." is routing
        return False
    if tok.dep_ == "ROOT":
        first = tok.sent[0]
        lead = [t for t in tok.sent if t.i < tok.i and not t.is_punct]
        allowed = {"please", "also", "then", "now", "therefore", "further", "kindly", "do", "not",
                   "immediately", "again", "accordingly", "so", "and", "but", "finally", "meanwhile"}
        if any(t.lower_ not in allowed and t.dep_ not in {"advmod", "intj", "neg", "aux", "cc"} for t in lead):
            return False
        if first.is_digit:
            return False
    return True


def _inherited(ctx: Context, tok: Token, voice: Voice,
               found: dict[int, tuple[Token, Instruction]]) -> tuple[str, float, bool] | None:
    """A verb coordinated with a directive ("study ... and report ...") is one too."""
    if tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.pos_ in {"NOUN", "PROPN"}:
        owner = next((found[a.i] for a in tok.ancestors if a.i in found), None)
        if owner is not None:
            return owner[1].addressees[0], owner[1].confidence - 0.1, False
    if tok.dep_ == "conj" and tok.head.dep_ == "conj" and tok.head.head.i in found and \
            shares_complement(tok.head.head) and not shares_complement(tok.head):
        head = found[tok.head.head.i][1]  # "investigate and report on X, and also report on Y"
        return head.addressees[0], head.confidence - 0.05, head.polarity == "dont"
    if tok.dep_ != "conj" or tok.head.i not in found or shares_complement(tok.head):
        return None
    subj = subject_of(tok)
    if any(c.dep_ in SUBJECTS for c in tok.children) and (subj is None or subj.lower_ not in SECOND_PERSON):
        return None
    if tok.lemma_.lower() in {"be", "have"}:
        return None
    head = found[tok.head.i][1]
    return head.addressees[0], head.confidence - 0.05, head.polarity == "dont"


def _action(sdoc: SpacyDoc, tok: Token, end: int, polarity: str) -> str:
    words = sdoc[tok.i:end + 1].text
    words = re.sub(r"(?<=[a-z.,;”’])\d{1,2}\b", "", words)
    words = re.sub(r"\s+", " ", words).strip()
    prefix = "not " if polarity == "dont" and not words.lower().startswith("not") else ""
    return (prefix + words)[:200]


# -- options ---------------------------------------------------------------
def find_options(ctx: Context) -> list[Option]:
    options: list[Option] = []
    option_nouns = ctx.cue("option_nouns")
    weak = ctx.cue("weak_option_nouns")
    for tok in ctx.sdoc:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in option_nouns:
            continue
        voice = ctx.voice(tok)
        if voice is None:
            continue
        if tok.lemma_.lower() in weak and not _specific(tok):
            continue
        if tok.dep_ in {"compound", "npadvmod"}:
            continue
        start, end = _noun_phrase(tok)
        label = _option_label(ctx.sdoc, tok, start, end)
        if end - start < 2 and not _numbered(label) and not any(c.dep_ == "amod" for c in tok.children):
            continue  # "the plan", "our plans": an anaphor, not a description
        span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, start, end))
        options.append(Option(span=span, label=label,
                              proposed_by=_proposer(ctx, tok, voice), confidence=0.5))
    return merge_options(options)


def find_proposals(ctx: Context, options: list[Option]) -> list[Option]:
    """Options stated as a course rather than named: the content of a proposal, demand,
    intention or undertaking ("propose that the agreement be valid for one year",
    "our intention to be there in an advisory capacity", "willing to guarantee that X")."""
    governors = ctx.cue("proposal_governors")
    found: list[Option] = []
    for tok in ctx.sdoc:
        if tok.lemma_.lower() not in governors or tok.pos_ not in {"VERB", "NOUN", "ADJ"}:
            continue
        voice = ctx.voice(tok)
        if voice is None:
            continue
        clauses = [course for c in _proposed_clauses(tok) for course, _ in _courses(c)
                   if _course_of_action(course) and not _anaphoric(course) and not _addressed(tok, course)]
        for start, end in _joined_spans(clauses):  # a state of affairs or a directive is no option
            if end - start < 2 or end - start > 45:
                continue
            span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, start, end))
            if any(o.span.start <= span.start and span.end <= o.span.end for o in options + found):
                continue
            label = " ".join(re.sub(r"^(?:that|to)\s+", "", ctx.sdoc[start:end + 1].text, flags=re.I).split()[:8])
            found.append(Option(span=span, label=label, proposed_by=_proposal_author(ctx, tok, voice),
                                confidence=0.4))
    return found


def _proposed_clauses(tok: Token) -> list[Token]:
    """The clauses a proposal word puts forward: its that- or to-complement, or the
    complement of "is" after it ("the idea is to broach ...")."""
    deps = {"ccomp", "xcomp"} if tok.pos_ in {"VERB", "ADJ"} else {"acl", "relcl", "ccomp"}
    found = [c for c in tok.children if c.dep_ in deps and c.pos_ in {"VERB", "AUX"} and _content_clause(c)]
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        found += [c for c in tok.head.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
    return found


def _joined_spans(clauses: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the clauses; two that touch with no conjunction between are one
    course the parser split ("insist that all the Republics ... be represented")."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(clause_span(c) for c in clauses):
        if spans and start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _content_clause(clause: Token) -> bool:
    """A that- or to-clause with its own content, not a relative clause ("the plan which we made")."""
    if clause.dep_ not in {"acl", "relcl"}:
        return True
    if any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in clause.children):
        return True
    return clause.dep_ == "relcl" and clause.doc[clause.head.i + 1].lower_ == "that" and \
        any(c.dep_ in SUBJECTS and c.lower_ not in {"that", "which"} for c in clause.children)


def _inverted_condition(ctx: Context, clause: Token) -> bool:
    """"should such a conference take place": a condition by inversion, not a complement."""
    first = min(clause.subtree, key=lambda t: t.i)
    subj = subject_of(clause)
    return first.dep_ == "aux" and first.lower_ in ctx.cue("inversion_auxes") and \
        subj is not None and subj.i > first.i


def _course_of_action(clause: Token) -> bool:
    """Something to be done: not "that this is a possibility", not "which we would like to submit"."""
    if any(t.tag_ in {"WDT", "WP"} and t.i < clause.i for t in clause.subtree):
        return False
    return not (clause.lemma_ in {"be", "have"} and clause.tag_ != "VB" and not any(
        c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") or
        (c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)) for c in clause.children))


def _anaphoric(clause: Token) -> bool:
    """"to do this": a course named earlier, not a new one."""
    words = [t for t in clause.subtree if not t.is_punct]
    return len(words) <= 4 and any(t.pos_ == "PRON" and t.dep_ in {"dobj", "pobj"} for t in words)


def _addressed(governor: Token, clause: Token) -> bool:
    """"suggest that you start ...", "desire you to study ...": the addressee is told to act."""
    subj = subject_of(clause) or next((c for c in governor.children if c.dep_ in {"dobj", "dative"}), None)
    return subj is not None and subj.lower_ in SECOND_PERSON


def _proposal_author(ctx: Context, tok: Token, voice: Voice) -> str | None:
    if tok.pos_ == "NOUN":
        return _proposer(ctx, tok, voice)
    subj = subject_of(tok) if tok.pos_ == "VERB" else subject_of(tok.head)
    return ctx.refers(subj, voice) if subj is not None else None


def _specific(tok: Token) -> bool:
    """Generic nouns ("position") need a modifier that makes them a concrete proposal."""
    return any(c.dep_ in {"poss", "amod", "compound", "nummod"} or
               (c.dep_ == "prep" and c.lower_ in {"of", "for", "on"}) or c.dep_ == "acl"
               for c in tok.children)


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """The noun with its modifiers and complements; a relative clause only after a bare noun
    ("the course which you are pursuing")."""
    keep = [tok.i]
    bare = all(c.dep_ in {"det", "poss", "relcl", "punct"} for c in tok.children)
    for child in tok.children:
        if child.dep_ == "relcl" and bare and len(list(child.subtree)) <= 10:
            keep.extend(t.i for t in child.subtree)
            continue
        if child.dep_ in {"relcl", "punct", "cc", "conj"} and child.i > tok.i:
            continue
        if child.dep_ == "appos" and child.i > tok.i + 8:
            continue
        keep.extend(t.i for t in child.subtree)
    start, end = min(keep), max(keep)
    sdoc = tok.doc
    while end > start and sdoc[end].is_punct and sdoc[end].text not in {")"}:
        end -= 1
    if end - start > 30:
        end = start + 30
    return start, end


def _option_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    label = _plain_label(sdoc, tok, start, end)
    paren = next((t.i for t in sdoc[end + 1:min(end + 10, tok.sent.end)] if t.text == "("), None)
    after = sdoc[paren:paren + 4] if paren is not None else sdoc[0:0]
    if not _numbered(label) and len(after) >= 3 and after[1].lemma_.lower() in {"option", "alternative", "plan"}:
        number = _option_number(after[1])
        if number is not None:  # "our minimum position (option 1)"
            return f"{after[1].lemma_.capitalize()} {ROMAN[number - 1] if 0 < number <= len(ROMAN) else number} ({label})"
    return label


def _plain_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    number = _option_number(tok)
    if number is not None:
        return f"{tok.lemma_.capitalize()} {ROMAN[number - 1] if 0 < number <= len(ROMAN) else number}"
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    words = [m.text for m in sorted(mods, key=lambda t: t.i)] + [tok.text]
    label = " ".join(words)
    if len(words) == 1:
        label = sdoc[start:end + 1].text
        label = re.sub(r"^(?:the|a|an|this|that|our|your|their|his|its|my)\s+", "", label, flags=re.I)
        label = " ".join(label.split()[:8])
    return re.sub(r"(?<=[a-z])\d{1,2}$", "", label)


def _option_number(tok: Token) -> int | None:
    for child in tok.children:
        text = child.text.strip("()")
        if child.dep_ in {"nummod", "appos", "compound", "npadvmod"} and child.i > tok.i:
            if text.isdigit():
                return int(text)
            if text.upper() in ROMAN:
                return ROMAN.index(text.upper()) + 1
        if child.dep_ == "amod" and child.lower_ in ORDINALS and ORDINALS[child.lower_]:
            return ORDINALS[child.lower_]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.text.upper() in ROMAN or nxt.text.isdigit()) and len(nxt.text) <= 4:
        return ROMAN.index(nxt.text.upper()) + 1 if nxt.text.upper() in ROMAN else int(nxt.text)
    return None


def _proposer(ctx: Context, tok: Token, voice: Voice) -> str | None:
    for child in tok.children:
        if child.dep_ == "poss":
            return ctx.refers(child, voice)
        if child.dep_ == "amod" and child.i in ctx.actor_at:
            return ctx.actor_at[child.i]
    for t in tok.subtree:
        if t.dep_ == "agent" or (t.dep_ == "poss" and t.head.lemma_.lower() in {"message", "note", "telegram", "letter", "memorandum", "cable"}):
            for s in t.subtree:
                actor = ctx.refers(s, voice)
                if actor:
                    return actor
    return None


def merge_options(options: list[Option]) -> list[Option]:
    """One option per distinct course: same numbered label, or one mention inside another."""
    merged: list[Option] = []
    for opt in sorted(options, key=lambda o: (o.span.start, -o.span.end)):
        twin = next((m for m in merged if _same_option(m, opt)), None)
        if twin is None:
            merged.append(opt)
            continue
        best = max((twin, opt), key=lambda o: (o.span.end - o.span.start) if o.span.end - o.span.start < 120 else 0)
        label = max((twin.label, opt.label), key=lambda x: (_numbered(x), len(x)))
        merged[merged.index(twin)] = Option(span=best.span, label=label,
                                            proposed_by=twin.proposed_by or opt.proposed_by,
                                            confidence=max(twin.confidence, opt.confidence) + 0.1)
    return merged


def merge_mentions(ctx: Context, options: list[Option]) -> tuple[list[Option], dict[str, str]]:
    """One option per course across the document: "the Treaty" is "the General Treaty of
    Peace and Amity", "recognized Martínez" is "recognition", "our minimum position" is
    "option I". Returns the options and a map from every merged key to the key that stands for it."""
    groups: list[list[Option]] = []
    signatures = {o.key: _signatures(ctx, o) for o in options}
    for opt in options:
        sigs = signatures[opt.key]
        alike = [g for g in groups if any(_compatible(a, b) for a in signatures[g[0].key] for b in sigs)][:1]
        joined = alike + [g for g in groups if g not in alike and
                          any(a == b and "#" in a[1] for o in g for a in signatures[o.key] for b in sigs)]
        groups = [g for g in groups if g not in joined] + [[o for g in joined for o in g] + [opt]]
    merged, remap = [], {}
    for group in groups:
        best = max(group, key=lambda o: (_numbered(o.label), min(o.span.end - o.span.start, 120)))
        proposer = next((o.proposed_by for o in group if o.proposed_by), None)
        keep = Option(span=best.span, label=best.label, proposed_by=proposer,
                      confidence=min(0.9, best.confidence + 0.05 * (len(group) - 1)))
        merged.append(keep)
        remap.update({o.key: keep.key for o in group})
    return sorted(merged, key=lambda o: o.span.start), remap


def _signatures(ctx: Context, opt: Option) -> list[tuple[str, frozenset[str]]]:
    """What identifies an option: its number ("Option I"), and its head noun (verbs by their
    nominalization) with the descriptive modifiers."""
    found = []
    numbered = NUMBERED.match(opt.label)
    if numbered:
        found.append((numbered.group(1).lower(), frozenset({"#"})))
    try:
        span = ctx.sdoc.char_span(opt.span.start, opt.span.end, alignment_mode="expand")
    except (IndexError, ValueError):
        return found
    if span is None or not len(span):
        return found
    root = span.root
    head = root.lemma_.lower()
    if root.pos_ in {"VERB", "AUX"}:
        head = ctx.lex.cues["nominalizations"].get(head, "")
    mods = frozenset(c.lemma_.lower() for c in root.children if c.dep_ in {"amod", "compound", "nummod"})
    if head and (mods or not numbered):  # a bare "the offer ... option I" says nothing of other offers
        found.append((head, mods))
    return found


def _compatible(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    if "#" in a[1] or "#" in b[1]:
        return a == b
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


NUMBERED = re.compile(r"^(\w+ (?:[IVX]+|\d+))(?: \(.*\))?$")


def _numbered(label: str) -> bool:
    return bool(NUMBERED.match(label))


def _same_option(a: Option, b: Option) -> bool:
    ma, mb = NUMBERED.match(a.label), NUMBERED.match(b.label)
    if ma and mb and ma.group(1).lower() == mb.group(1).lower():
        return True
    return a.span.start <= b.span.start and b.span.end <= a.span.end


# -- decisions -------------------------------------------------------------
def find_decisions(ctx: Context, options: list[Option]) -> tuple[list[tuple[Token, Decision]], list[Option]]:
    recognize = ctx.cue("recognition_verbs")
    approve, reject = ctx.cue("approve_verbs") | recognize, ctx.cue("reject_verbs")
    phrases = {tuple(p) for p in ctx.lex.cues["reject_phrases"]}
    found: list[tuple[Token, Decision]] = []
    new_options: list[Option] = []
    for tok in ctx.sdoc:
        lemma = tok.lemma_.lower()
        particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"} and c.i == tok.i + 1), None)
        is_phrase = (lemma, particle) in phrases
        if tok.pos_ != "VERB" or not (lemma in approve or lemma in reject or is_phrase):
            continue
        voice = ctx.voice(tok)
        if voice is None or _hypothetical(ctx, tok):
            continue
        stance = "reject" if (lemma in reject or is_phrase) else "approve"
        if _negated_chain(tok):
            stance = "reject" if stance == "approve" else "approve"
        actor = _decider(ctx, tok, voice)
        target = _decision_object(tok)
        if actor is None or target is None:
            continue
        if lemma in recognize:  # recognizing a government is a stance on its recognition
            recognized = any(t.i in ctx.actor_at for t in target.subtree)
            option = _recognition(ctx, tok, target, options + new_options) if recognized else None
        else:
            option = _option_for(ctx, target, options + new_options, voice)
        if option is None:
            continue
        if option not in options and option not in new_options:
            new_options.append(option)
        span = _decision_span(ctx.sdoc, tok, target)
        found.append((tok, Decision(span=span, stance=stance, actor=actor, option=option.key, confidence=0.6)))
    return found, new_options


def _recognition(ctx: Context, verb: Token, target: Token, options: list[Option]) -> Option:
    """"Costa Rica has recognized Martínez": the option is the recognition of Martínez."""
    np_start, np_end = _noun_phrase(target)
    label = f"recognition of {ctx.sdoc[np_start:np_end + 1].text}"
    same = next((o for o in options if o.label.lower() == label.lower()), None)
    if same is not None:
        return same
    span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, min(verb.i, np_start), max(verb.i, np_end)))
    return Option(span=span, label=label, proposed_by=None, confidence=0.45)


def find_evaluations(ctx: Context, options: list[Option]) -> tuple[list[tuple[Token, Decision]], list[Option]]:
    """Stances stated as judgements: "it would be a serious mistake to launch X",
    "it would seem advisable that X", "X appears to offer concrete advantages"."""
    approve, reject = ctx.cue("approve_predicates"), ctx.cue("reject_predicates")
    only_negated = ctx.cue("negated_approve_predicates")  # "not able to": a refusal; "able to": no stance
    stance_verbs = ctx.cue("approve_verbs") | ctx.cue("reject_verbs")
    found: list[tuple[Token, Decision]] = []
    new_options: list[Option] = []
    for tok in ctx.sdoc:
        lemma = tok.lemma_.lower()
        if lemma in only_negated and not is_negated(tok.head):
            continue
        if lemma not in approve | reject | only_negated or tok.dep_ not in {"acomp", "attr", "dobj", "oprd", "xcomp"}:
            continue
        voice = ctx.voice(tok)
        head = tok.head
        if voice is None or voice.speaker is None or _in_condition(tok, ctx.cue("condition_marks")):
            continue
        target = _evaluated(ctx, tok, head)
        if target is None or target.lemma_.lower() in stance_verbs:
            continue  # "not able to accede": the stance verb is read by find_decisions
        tsubj = subject_of(target) if target.pos_ in {"VERB", "AUX"} else None
        if tsubj is not None and tsubj.lower_ in SECOND_PERSON:
            continue
        stance = "reject" if lemma in reject else "approve"
        negated = is_negated(head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        if negated:
            stance = "reject" if stance == "approve" else "approve"
        actor = _evaluator(ctx, head, voice)
        for course, flipped in _courses(target):  # "to be there ... and not to sit in negotiations"
            option = _option_for(ctx, course, options + new_options, voice)
            if option is None:
                continue
            if option not in options and option not in new_options:
                new_options.append(option)
            first, last = clause_span(head) if course is target else clause_span(course)
            span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, first, min(last, first + 40)))
            found.append((head, Decision(span=span, stance=_flip(stance) if flipped else stance, actor=actor,
                                         option=option.key, confidence=0.5)))
    return found, new_options


def _courses(target: Token) -> list[tuple[Token, bool]]:
    """The judged course and the courses coordinated with it; one negated where the first
    is not ("to be there and not to sit") takes the opposite stance."""
    courses = [(target, False)]
    if target.pos_ in {"VERB", "AUX"} and not shares_complement(target):
        courses += [(c, is_negated(c) != is_negated(target)) for c in target.children
                    if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    return courses


def _flip(stance: str) -> str:
    return "reject" if stance == "approve" else "approve"


def _evaluator(ctx: Context, head: Token, voice: Voice) -> str:
    """Who judges: the subject of the judging verb; of "is", only a subject that is an actor
    ("the Minister is willing"), else the speaker ("it is a mistake", "the plan is advisable")."""
    if head.lemma_.lower() not in {"be", "seem", "appear", "prove"}:
        return _decider(ctx, head, voice) or voice.speaker  # type: ignore[return-value]
    subj = subject_of(head)
    actor = ctx.refers(subj, voice) if subj is not None and subj.lower_ not in {"it", "this", "that", "there"} else None
    return actor or voice.speaker  # type: ignore[return-value]


def _evaluated(ctx: Context, pred: Token, head: Token) -> Token | None:
    """What a judgement is about: the subject, or the extraposed clause after "it"."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "csubj"}), None)
    judged = subj is not None and subj.i not in ctx.actor_at and subj.tag_ not in {"PRP", "WDT", "WP", "EX"} and \
        subj.lower_ not in {"this", "that"}
    if judged:  # "the plan is advisable"; but "the Minister is willing to X" judges X
        return subj
    for node in (pred, head):
        for child in node.children:
            infinitive = child.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if (child.dep_ in {"xcomp", "ccomp", "acl", "csubj"} or infinitive) and child.i > pred.i - 3 and \
                    not _inverted_condition(ctx, child):
                return child
    return None


def _hypothetical(ctx: Context, tok: Token) -> bool:
    """"the only one you believe I will approve" states an expectation, not a stance;
    so do "if they reject it", "an opportunity to accept it" and "agree with you that ..."."""
    if _in_condition(tok, ctx.cue("condition_marks")):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if infinitive and (tok.head.pos_ in {"NOUN", "PROPN"} or tok.head.lemma_.lower() in ctx.cue("directive_governors")):
        return True
    if tok.dep_ == "conj" and tok.head is not tok and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
        return _hypothetical(ctx, tok.head)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and any(c.dep_ == "ccomp" for c in tok.children):
        return True
    modals = {c.lower_ for c in tok.children if c.tag_ == "MD"}
    if modals & {"will", "would", "may", "might", "could", "should", "shall", "can"} and not is_negated(tok):
        return True
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_.lower() in ctx.cue("belief_verbs"):
            return True
        if anc.lemma_.lower() in {"willing", "ready", "prepared", "able", "must", "regret"}:
            return False
    return tok.tag_ == "VB" and tok.dep_ in {"xcomp"} and tok.head.lemma_.lower() in {"ask", "urge", "want", "persuade"}


def _in_condition(tok: Token, marks: frozenset[str]) -> bool:
    node = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _negated_chain(tok: Token) -> bool:
    node = tok
    for _ in range(3):
        if is_negated(node):
            return True
        if node.dep_ not in {"xcomp", "acomp", "ccomp"} or node.head is node:
            return False
        node = node.head
    return False


def _decider(ctx: Context, tok: Token, voice: Voice) -> str | None:
    for child in tok.children:  # "approved by all the Central American states"
        if child.dep_ == "agent":
            for obj in child.children:
                actor = ctx.refers(obj, voice)
                if actor:
                    return actor
    node = tok
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in {"which", "that", "who"}:
                subj = None
            else:
                return ctx.refers(subj, voice)
        if node.dep_ in {"xcomp", "acomp", "conj", "ccomp"} and node.head is not node:
            node = node.head
        else:
            break
    return voice.speaker


def _decision_object(tok: Token) -> Token | None:
    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "on", "with", "of", "from", "off"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
                if obj.dep_ == "prep":  # "backed off of the commitments"
                    return next((o for o in obj.children if o.dep_ == "pobj"), None)
        if child.dep_ in {"xcomp", "ccomp"}:
            return child
    return None


def _option_for(ctx: Context, target: Token, options: list[Option], voice: Voice) -> Option | None:
    if target.i in ctx.actor_at:  # "the Norwegian Government cannot agree": an actor, not a course
        return None
    if target.pos_ in {"VERB", "AUX"} and not _course_of_action(target):  # "agree that this is a possibility"
        return None
    start, end = (_noun_phrase(target) if target.pos_ in {"NOUN", "PROPN"} else clause_span(target))
    span = char_span(ctx.sdoc, start, end)
    for opt in options:
        if opt.span.start <= target.idx < opt.span.end or span.start <= opt.span.start < span.end:
            return opt
    if target.pos_ == "PRON":
        before = [o for o in options if o.span.end <= target.idx]
        return before[-1] if before else None
    if end - start > 40:
        return None
    span = trim_marker(ctx.sdoc.text, span)
    label = _option_label(ctx.sdoc, target, start, end) if target.pos_ in {"NOUN", "PROPN"} else \
        " ".join(ctx.sdoc[start:end + 1].text.split()[:8])
    proposer = _proposer(ctx, target, voice) if target.pos_ in {"NOUN", "PROPN"} else None
    return Option(span=span, label=label, proposed_by=proposer, confidence=0.45)


def _decision_span(sdoc: SpacyDoc, tok: Token, target: Token) -> Span:
    if tok.dep_ == "relcl":
        start = min((t.i for t in target.subtree if t.i <= tok.i), default=target.i)
        start = min(start, _noun_phrase(target)[0])
        end = clause_span(tok)[1]
        nxt = end + 1
        if nxt < len(sdoc) and sdoc[nxt].text == "(":  # "which you approved (option 1)"
            close = next((t.i for t in sdoc[nxt:nxt + 6] if t.text == ")"), None)
            end = close or end
        return trim_marker(sdoc.text, char_span(sdoc, start, end))
    start, end = clause_span(tok)
    return trim_marker(sdoc.text, char_span(sdoc, start, end))


# -- conditions ------------------------------------------------------------
def find_conditions(ctx: Context, governed: dict[int, str]) -> list[Condition]:
    marks = ctx.cue("condition_marks")
    conditions = []
    for tok in ctx.sdoc:
        voice = ctx.voice(tok)
        if voice is None:
            continue
        head, connective, start = _conditional_clause(ctx, tok, marks)
        if head is None:
            continue
        end = max(t.i for t in head.subtree)
        while end > start and (ctx.sdoc[end].is_punct or ctx.sdoc[end].dep_ == "cc"):
            end -= 1
        if end - start > MAX_TOKENS:
            continue
        span = trim_marker(ctx.sdoc.text, char_span(ctx.sdoc, start, end))
        main = head.head
        governs = _governed_item(main, governed)
        consequence = None if governs else _consequence(ctx.sdoc, main, head)
        conditions.append(Condition(span=span, connective=connective, governs=governs,
                                    consequence=consequence, confidence=0.7 if governs else 0.6))
    return conditions


def _conditional_clause(ctx: Context, tok: Token, marks: frozenset[str]) -> tuple[Token | None, str, int]:
    low = tok.lower_
    if tok.dep_ == "mark" and low in marks and tok.head.dep_ in {"advcl", "conj", "ccomp", "ROOT"}:
        head = tok.head
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in {"ask", "know", "see", "inquire", "wonder", "learn", "ascertain"}:
            return None, "", 0
        if not any(t.pos_ in {"VERB", "AUX", "ADJ"} for t in head.subtree):
            return None, "", 0
        start = tok.i
        prev = tok.nbor(-1) if tok.i > 0 else None
        if prev is not None and prev.lower_ in {"even", "only"}:
            start = prev.i
        if prev is not None and prev.lower_ == "as" and low == "if":
            return None, "", 0
        return head, low, start
    if low in {"provided", "providing"} and tok.dep_ in {"advcl", "prep", "conj", "mark", "ROOT", "acl"}:
        verb = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"
                     and any(c.dep_ in SUBJECTS for c in t.children)), None)
        if verb is not None and verb.i - tok.i < 12:
            return _Wrapped(tok, verb, start=tok.i), low, tok.i  # type: ignore[return-value]
    if low in {"case", "event"} and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        clause = next((c for c in tok.children if c.dep_ in {"acl", "relcl", "prep"}), None)
        if clause is not None and tok.head.head is not tok.head:
            return _Wrapped(tok.head, clause), f"in the {low}", tok.head.i  # type: ignore[return-value]
    if tok.dep_ == "aux" and low in ctx.cue("inversion_auxes") and tok.i == tok.sent.start or (
        tok.dep_ == "aux" and low in ctx.cue("inversion_auxes") and tok.nbor(-1).is_punct and tok.nbor(-1).text == ","
    ):
        head = tok.head
        subj = subject_of(head)
        if head.dep_ in {"advcl", "ccomp", "conj"} and subj is not None and subj.i > tok.i:
            return head, low, tok.i
    return None, "", 0


class _Wrapped:
    """A conditional phrase whose governing head differs from the clause root."""

    def __init__(self, anchor: Token, clause: Token, start: int | None = None):
        self.anchor = anchor
        self.clause = clause
        self.head = anchor.head
        tokens = list(anchor.subtree) + list(clause.subtree)
        self.subtree = [t for t in tokens if start is None or t.i >= start]


def _governed_item(main: Token, governed: dict[int, str]) -> str | None:
    node = main
    for _ in range(3):
        if node.i in governed:
            return governed[node.i]
        if node.head is node:
            break
        node = node.head
    return None


def _consequence(sdoc: SpacyDoc, main: Token, clause) -> str:  # type: ignore[no-untyped-def]
    """The main clause without the condition: what depends on it, in the document's words."""
    skip = {t.i for t in clause.subtree}
    words = [t.text_with_ws for t in main.subtree if t.i not in skip]
    if not words:  # the parser made the condition the root: take the rest of the sentence
        sent = sdoc[min(skip)].sent
        words = [t.text_with_ws for t in sent if t.i not in skip]
    text = re.sub(r"\s+", " ", "".join(words)).strip(" ,.;:")
    return " ".join(text.split()[:25]) or "the rest of the sentence"
