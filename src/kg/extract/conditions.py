"""Conditions: antecedent clauses introduced by a conditional word, or by inversion.

The find step reads ``Clause``s with each registered construction; the write
step takes the clause as evidence and links it to the instruction or decision
it governs, else states the consequence in the document's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .condition_extents import condition_end
from .condition_questions import indirect_question, pro_form_main, stronger_alternative
from .context import (
    MAX_TOKENS,
    SUBJECTS,
    Context,
    char_span,
    is_question,
    is_verb,
    trim_marker,
)
from .directives import is_polite_if, polite_if_clause
from .interposed import displaced, interposed_inversion, misread_inversion
from .liabilities import liable_to
from .model import Condition
from .registry import Construction, construction, constructions, family_starts, gated, starts
from .tokens import children_of, head_of, parse_table, sentence, subtree_of


@dataclass(frozen=True)
class Clause:
    """A conditional clause: where it starts, its connective, its tokens, and the head it hangs on."""

    start: int
    connective: str
    tokens: tuple[Token, ...] = field(repr=False)
    main: Token  # the head of the clause it conditions


# -- find step -------------------------------------------------------------
def find_clauses(ctx: Context) -> list[tuple[Construction, Clause]]:
    table = parse_table(ctx.sdoc)
    gates, tokens, voices = table.gates, table.tokens, ctx.token_voices()
    found = []
    leads = {rule.name: starts(rule, ctx.sdoc) for rule in constructions("conditions")}
    gated_at = family_starts("conditions", ctx.sdoc)  # where every rule has a word gate, only its words
    spoken = ctx.spoken() if gated_at is None else [(tokens[i], v) for i in gated_at if (v := voices[i])]
    for tok, _ in spoken:
        for rule in gated("conditions", *gates[tok.i]):
            if (at := leads[rule.name]) is not None and tok.i not in at:
                continue
            clause = rule.func(ctx, tok)
            if clause is not None:
                found.append((rule, clause))
                break
    return found


# -- write step ------------------------------------------------------------
def write_conditions(
    ctx: Context, hits: list[tuple[Construction, Clause]], governed: dict[int, str]
) -> list[Condition]:
    conditions = []
    for rule, clause in hits:
        start = clause.start
        end = max(t.i for t in clause.tokens)
        while end > start and (ctx.sdoc[end].is_punct or ctx.sdoc[end].dep_ == "cc"):
            end -= 1
        if end - start > MAX_TOKENS:
            continue
        end = condition_end(ctx.sdoc, start, end)
        span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end))
        governs = _governed_item(clause.main, governed)
        consequence = None if governs else _consequence(ctx.sdoc, clause.main, clause.tokens)
        confidence = rule.confidence if governs else rule.confidence - 0.1
        conditions.append(
            Condition(
                span=span,
                connective=clause.connective,
                governs=governs,
                consequence=consequence,
                confidence=confidence,
                rule=rule.name,
            )
        )
    return conditions


def find_conditions(ctx: Context, governed: dict[int, str]) -> list[Condition]:
    return write_conditions(ctx, find_clauses(ctx), governed)


def _governed_item(main: Token, governed: dict[int, str]) -> str | None:
    node = main
    for _ in range(3):
        if node.i in governed:
            return governed[node.i]
        if head_of(node) is node:
            break
        node = head_of(node)
    return None


def _consequence(sdoc: SpacyDoc, main: Token, clause: tuple[Token, ...]) -> str:
    """The main clause without the condition: what depends on it, in the document's words."""
    skip = {t.i for t in clause}
    words = [t.text_with_ws for t in subtree_of(main) if t.i not in skip]
    if not words:  # the parser made the condition the root: take the rest of the sentence
        sent = sentence(sdoc[min(skip)])
        words = [t.text_with_ws for t in sent if t.i not in skip]
    text = re.sub(r"\s*,(?:\s*,)+", ",", re.sub(r"\s+", " ", "".join(words))).strip(" ,.;:")
    return " ".join(text.split()[:25]) or "the rest of the sentence"


def _asked_of_another(ctx: Context, head: Token) -> bool:
    """ "I should be obliged if General Harts would arrange ...": a polite if-clause read as a request
    to the party it names (an instruction already) is no condition either."""
    return head.i in ctx.directives and polite_if_clause(ctx, head)


# -- constructions ---------------------------------------------------------
@construction(
    "conditions",
    "conditional_conjunction",
    0.7,
    example="if it does not end in a settlement",
    deps=("mark",),
    lemmas=("condition_marks",),
)
def conditional_conjunction(ctx: Context, tok: Token) -> Clause | None:
    """An adverbial clause marked by a conditional conjunction (if, unless, provided ...); not an
    indirect question ("ask whether/if"), "as if", or a clause with no verb, unless a pro-form stands
    for the clause ("If so, you should sign": the condition is what was said before)."""
    low = tok.lower_
    if tok.dep_ != "mark" or low not in ctx.cue("condition_marks"):
        return None
    head = head_of(tok)
    proform = f"{low} {head.lower_}" in ctx.cue("conditional_proforms")  # "if so", "if not"
    if proform and head.dep_ in {"advcl", "advmod"} and head.i == tok.i + 1:
        main = pro_form_main(ctx, tok, head)
        return Clause(tok.i, low, (tok, head), main) if main is not None else None
    if head.dep_ not in {"advcl", "conj", "ccomp", "ROOT"}:
        return None
    if indirect_question(ctx, head):
        return None
    if not any(t.pos_ in {"VERB", "AUX", "ADJ"} for t in subtree_of(head)) or stronger_alternative(tok, head):
        return None
    start = tok.i
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.lower_ in ctx.cue("concessive_leads"):
        return None  # "even if": a concession, not a condition
    if prev is not None and prev.lower_ in ctx.cue("restrictive_leads"):
        start = prev.i  # "only if"
    if head.dep_ == "ROOT" and _optative(ctx, tok):
        return None  # "If only the Minister had been present.": a wish with no consequence
    if prev is not None and prev.lower_ in ctx.cue("comparative_as") and low == "if":
        return None
    if is_polite_if(ctx, head) or _wished_content(ctx, head) or _asked_of_another(ctx, head):
        return None  # "I should appreciate it if you would ...": a request, not a condition
    moved = {t.i for c in children_of(head) if displaced(ctx, c) for t in subtree_of(c)}
    return Clause(start, low, tuple(t for t in subtree_of(head) if t.i not in moved), head_of(head))


@construction(
    "conditions",
    "provided_participle",
    0.7,
    example="provided the commission sits at Lima",
    deps=("advcl", "prep", "conj", "mark", "ROOT", "acl"),
    lemmas=("provided_participles",),
)
def provided_participle(ctx: Context, tok: Token) -> Clause | None:
    """ "provided (that)" / "providing" parsed as a participle, with a finite clause after it."""
    low = tok.lower_
    if low not in ctx.cue("provided_participles") or tok.dep_ not in {
        "advcl",
        "prep",
        "conj",
        "mark",
        "ROOT",
        "acl",
    }:
        return None
    if _participle_of_provide(tok):
        return None
    misread = {c.i for c in children_of(tok) if c.dep_ in {"dobj", "pobj"} and c.i > tok.i}
    verb = next(
        (
            t
            for t in tok.doc[tok.i + 1 : sentence(tok).end]
            if t.pos_ in {"VERB", "AUX"}
            and t.dep_ not in {"aux", "auxpass"}
            and (
                any(c.dep_ in SUBJECTS for c in children_of(t))
                or (any(i < t.i for i in misread) and t.dep_ not in {"acl", "relcl"})  # no "paper outlining"
            )
        ),
        None,
    )  # "provided this Detachment be withdrawn": the parser may take the subject for an object
    if verb is None or verb.i - tok.i >= 12:
        return None
    tokens = tuple(t for t in list(subtree_of(tok)) + list(subtree_of(verb)) if t.i >= tok.i)
    return Clause(tok.i, low, tokens, head_of(tok))


def _participle_of_provide(tok: Token) -> bool:
    """ "a procedure provided by the contract", "the payments provided for in the act", "a bill providing
    for arbitration": the verb "provide", not the conjunction ("provided that", "providing by then all
    is ready")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.pos_ != "ADP" or nxt.lower_ == "that":
        return False
    return tok.tag_ == "VBN" or nxt.lower_ == "for"


@construction(
    "conditions",
    "in_the_event",
    0.7,
    example="in the event that the Senate refuses",
    deps=("pobj",),
    lemmas=("condition_event_nouns",),
)
def in_the_event(ctx: Context, tok: Token) -> Clause | None:
    """ "in case" / "in the event" with a clause or a prepositional complement."""
    if (
        tok.lower_ not in ctx.cue("condition_event_nouns")
        or tok.dep_ != "pobj"
        or head_of(tok).lower_ not in ctx.cue("event_preposition")
    ):
        return None
    if tok.lower_ in ctx.cue("bare_condition_nouns") and _names_a_case(tok):
        return None  # "in the case of Norway" means "for Norway"; "in case of war" is a condition
    clause = next((c for c in children_of(tok) if c.dep_ in {"acl", "relcl", "prep"}), None)
    prep = head_of(tok)
    if head_of(prep).i == prep.i:
        return None
    if clause is not None:
        words = subtree_of(prep) + subtree_of(clause)
        return Clause(prep.i, f"in the {tok.lower_}", words, head_of(prep))
    dets = {c.lower_ for c in children_of(tok) if c.dep_ == "det"}
    if dets - ctx.cue("event_determiners") or tok.i + 1 >= sentence(tok).end or tok.nbor().is_punct:
        return None  # "in any event", "in the event, the talks failed": whatever happens, as it turned out
    verb = _clause_after(tok)
    if verb is None:
        return None
    tokens = tuple(t for t in subtree_of(verb) if t.i >= prep.i)
    main = (
        head_of(verb) if head_of(prep).i == verb.i else head_of(prep)
    )  # "In case X refuses, you will leave"
    return Clause(prep.i, f"in the {tok.lower_}", tokens, main)


def _names_a_case(noun: Token) -> bool:
    """ "the case of Norway": a determined case whose complement names a thing, not an event ("in the
    case of an agreement being concluded" is a condition)."""
    if not any(c.dep_ == "det" for c in children_of(noun)):
        return False
    preps = [c for c in children_of(noun) if c.dep_ == "prep"]
    objects = [o for p in preps for o in children_of(p) if o.dep_ in {"pobj", "pcomp"}]
    return not any(o.pos_ == "VERB" or any(a.dep_ == "acl" for a in children_of(o)) for o in objects)


@construction(
    "conditions",
    "connective_phrase",
    0.7,
    example="it being understood that he will go",
    lemmas=("condition_phrases",),
)
def connective_phrase(ctx: Context, tok: Token) -> Clause | None:
    """A conditional phrase of several words before a that-clause ("on the understanding that", "it
    being understood that", "on condition that"), however the parser attached the clause."""
    for phrase in ctx.lex.cues["condition_phrases"].get(tok.lower_, ()):  # by first word: most open none
        last = tok.i + len(phrase) - 1
        if last + 1 >= sentence(tok).end or [t.lower_ for t in tok.doc[tok.i : last + 1]] != phrase:
            continue
        verb = _clause_after(tok.doc[last])
        if verb is not None:
            tokens = tuple(t for t in subtree_of(verb) if t.i > last)
            return Clause(tok.i, " ".join(phrase), (*tok.doc[tok.i : last + 1], *tokens), head_of(verb))
    return None


@construction(
    "conditions",
    "conditional_adjective",
    0.65,
    example="subject to the approval of the Senate",
    lemmas=("conditional_adjectives",),
)
def conditional_adjective(ctx: Context, tok: Token) -> Clause | None:
    """ "subject to X", "contingent upon X": an adjective whose prepositional object is the condition."""
    wanted = ctx.lex.cues["conditional_adjectives"].get(tok.lower_, ())
    prep = _conditional_preposition(tok, wanted) if wanted else None
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in children_of(prep)):
        return None
    if liable_to(ctx, tok, prep):  # "we were subject to the continued inflation"
        return None
    main = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), head_of(tok))
    words = {t.i: t for t in (*subtree_of(tok), *subtree_of(prep)) if t.i >= tok.i}  # "as may be agreed" too
    return Clause(tok.i, f"{tok.lower_} {prep.lower_}", tuple(words.values()), main)


def _conditional_preposition(adjective: Token, wanted: list[str]) -> Token | None:
    """The adjective's own preposition, or the one right after it that the parser hung on the verb above
    ("is contingent | upon")."""
    own = [c for c in children_of(adjective) if c.dep_ == "prep" and c.lower_ in wanted and c.i > adjective.i]
    if own:
        return own[0]
    nxt = adjective.nbor(1) if adjective.i + 1 < sentence(adjective).end else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in wanted:
        return None
    return nxt if head_of(nxt).i == head_of(adjective).i else None


def _wished_content(ctx: Context, clause: Token) -> bool:
    """ "I shall be glad if the Board approves", "it would be helpful if X were done", "forgive me if I
    urge": an if-clause that is all a predicate of gladness, thanks or pardon has to say is what it
    wishes or excuses, not a condition ("glad to help if they ask" has its own complement)."""
    head = head_of(clause)
    words = ctx.cue("request_predicates") | ctx.cue("request_verbs") | ctx.cue("pardon_verbs")
    predicate = next((c for c in children_of(head) if c.dep_ == "acomp" and c.lemma_.lower() in words), None)
    if predicate is None and head.lemma_.lower() not in words:
        return False
    said = [c for p in (head, predicate) if p is not None for c in children_of(p) if c.i != clause.i]
    return not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "dobj" and c.pos_ != "PRON") for c in said)


def _optative(ctx: Context, mark: Token) -> bool:
    """ "if only": a wish when its clause has no main clause to condition."""
    nxt = mark.nbor(1) if mark.i + 1 < len(mark.doc) else None
    return nxt is not None and nxt.lower_ in ctx.cue("optative_followers")


def _clause_after(last: Token) -> Token | None:
    """The verb of the clause that begins right after ``last``: the head of its "that", or the first
    verb above the next word."""
    node = last.doc[last.i + 1]
    if node.dep_ == "mark":
        node = head_of(node)
    while node.pos_ not in {"VERB", "AUX"} and head_of(node).i != node.i:
        node = head_of(node)
    return node if node.pos_ in {"VERB", "AUX"} and node.i > last.i else None


@construction(
    "conditions", "inversion", 0.7, example="Should they refuse, you will leave.", lemmas=("inversion_auxes",)
)
def inversion(ctx: Context, tok: Token) -> Clause | None:
    """An auxiliary right before its subject ("Should they refuse", "were we to ...", "... should the
    opportunity present itself"); not in a question, nor after a negative or "so" ("nor should we")."""
    low = tok.lower_
    if low not in ctx.cue("inversion_auxes"):
        return None
    misread = misread_inversion(tok) if not is_question(tok) else None
    if misread is not None:  # "Should any misunderstanding in Geneva result, ..."
        end, main = misread
        return Clause(tok.i, low, tuple(tok.doc[tok.i : end]), main)
    head = head_of(tok) if tok.dep_ == "aux" else tok  # "Were we to follow": "were" heads its clause
    if tok.dep_ == "aux" and interposed_inversion(ctx, head):
        return _interposed(tok, head)
    if head.dep_ not in {"advcl", "ccomp", "conj"} or (head.i == tok.i and tok.pos_ != "AUX"):
        return None
    subj = next((c for c in children_of(head) if c.dep_ in SUBJECTS), None)
    if subj is None or min(t.i for t in subtree_of(subj)) != tok.i + 1:
        return None
    prev = tok.nbor(-1) if tok.i > sentence(tok).start else None
    if prev is not None and (prev.lower_ in ctx.cue("inversion_leads") or _wh_word(prev)):
        return None
    if is_question(tok):
        return None
    return Clause(tok.i, low, tuple(subtree_of(head)), head_of(head))


def _interposed(aux: Token, head: Token) -> Clause:
    """The inverted clause up to its closing comma; it governs the verb the parser hung after it
    ("to deliver the note"), else the one before it ("You are authorized")."""
    sent = sentence(head)
    end = next((t.i for t in sent if t.i > head.i and t.text == ","), sent.end)
    after = [c for c in children_of(head) if c.i > end and is_verb(c)]
    before = [c for c in children_of(head) if c.i < aux.i and is_verb(c)]
    main = (after or before or [head])[0]
    return Clause(aux.i, aux.lower_, tuple(head.doc[aux.i : end]), main)


def _wh_word(tok: Token) -> bool:
    """ "where should we go": a question word, not "that" marking a clause the parser tagged WDT."""
    return tok.tag_.startswith("W") and tok.dep_ != "mark"
