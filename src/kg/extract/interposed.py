"""Material between a directive verb and its infinitive: an inverted condition set off by commas
("You are authorized, should the Foreign Office raise no objection, to deliver the note") or an
adverbial ("You are directed on arrival at Tegucigalpa to deliver the letter"). The parser then
hangs the infinitive on the wrong verb; these tests find the directive verb it belongs to. A heading
before a colon ("Begin summary:") that the parser hangs on the verb after it completes no verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_infinitive_to, is_question, subject_of
from .subjects import interposed_aux
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice


def interposed_inversion(ctx: Context, verb: Token) -> bool:
    """An inverted condition after a comma that the parser made the head of its sentence, or a conjunct
    of it ("must call for interference, should such a line of conduct be continued")."""
    subj = subject_of(verb)
    aux = interposed_aux(verb) if verb.dep_ in {"ROOT", "conj"} else None
    if subj is None or aux is None or aux.i != min(t.i for t in subtree_of(subj)) - 1:
        return False
    return not is_question(verb)


def infinitive_governor(ctx: Context, tok: Token) -> Token | None:
    """The verb a to-infinitive completes: its head when it is a complement, or an adverbial the
    parser made of it past interposed words; past an interposed condition, the verb before it."""
    if tok.dep_ in {"xcomp", "ccomp"}:
        if heading_clause(tok, head_of(tok)) or _question_of_infinitive(ctx, tok):
            return None  # "1. Begin summary: ... X asked me to ...": no complement of "asked"
        return head_of(head_of(tok)) if displaced(ctx, tok) else head_of(tok)
    if tok.dep_ != "advcl" or not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    head = head_of(tok)
    if interposed_inversion(ctx, head):
        return next((c for c in children_of(head) if c.dep_ == "ccomp" and c.i < tok.i), None)
    return head


def displaced(ctx: Context, tok: Token) -> bool:
    """A to-infinitive after the closing comma of an interposed if-clause that the parser made the
    clause's own ("You are authorized, if the Foreign Office agrees, to deliver the note")."""
    clause = head_of(tok)
    if clause.dep_ != "advcl" or not any(is_infinitive_to(c) for c in children_of(tok)):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ctx.cue("condition_marks") for c in children_of(clause)):
        return False
    closed = any(tok.doc[i].text == "," for i in range(clause.i + 1, min(t.i for t in subtree_of(tok))))
    return set_off(clause) and closed and head_of(clause).i < min(t.i for t in subtree_of(clause))


def set_off(tok: Token) -> bool:
    """A clause after a comma: an infinitive past interposed words, not a purpose ("requested a
    meeting to discuss the matter")."""
    first = min(t.i for t in subtree_of(tok))
    return first > 0 and tok.doc[first - 1].text == ","


def heading_clause(clause: Token, governor: Token) -> bool:
    """A telegraphic heading ("1. Begin summary: At the reception X asked me to ...") that the parser
    made a clausal complement of the verb after it: a clause that ends, with a colon, before that verb;
    a quotation set before its frame ("“Leave at once,” he ordered") ends with a comma or a quote."""
    if clause.dep_ != "ccomp" or clause.i > governor.i:
        return False
    last = max(t.i for t in subtree_of(clause))
    return any(clause.doc[i].text == ":" for i in range(last + 1, governor.i))


def _question_of_infinitive(ctx: Context, clause: Token) -> bool:
    """ "requested the delegations to state in roll call whether they approved ...": a whether-clause
    the parser hung on the directive verb past its to-infinitive is what the infinitive asks, not a
    second directive of the verb."""
    if clause.dep_ != "ccomp" or not any(
        c.dep_ == "mark" and c.lower_ in ctx.cue("inquiry_marks") for c in children_of(clause)
    ):
        return False
    return any(
        c.dep_ == "xcomp" and c.i < clause.i and any(is_infinitive_to(t) for t in children_of(c))
        for c in children_of(head_of(clause))
    )


def adverbial_infinitive(ctx: Context, tok: Token, voice: Voice) -> bool:
    """An adverbial infinitive that completes no verb. The parser also makes an adverbial of one past
    words set off by commas, or of one right after the verb's object that names an actor ("the Company
    desires this Government to protest"), who is told to act; after a thing, it is a purpose ("requested
    a meeting to discuss the matter")."""
    if tok.dep_ != "advcl" or set_off(tok):
        return False
    first = min(t.i for t in subtree_of(tok))
    return not any(
        c.dep_ == "dobj" and max(t.i for t in subtree_of(c)) == first - 1 and head_actor(ctx, c, voice)
        for c in children_of(head_of(tok))
    )


NOMINAL = frozenset({"NOUN", "PROPN"})


def misread_inversion(aux: Token) -> tuple[int, Token] | None:
    """ "Should any misunderstanding in Geneva result, the Department will ...": the parser read the verb
    as a noun and hung the auxiliary opening the sentence on the subject, or the subject on the
    auxiliary. The inverted clause ends at its comma (the index given) and governs the verb the two hang
    on."""
    sent = sentence(aux)
    end = next((t.i for t in sent if t.i > aux.i and t.text == ","), None)
    if aux.i == sent.start and end is None and (subject := _main_subject_after(aux)) is not None:
        return subject.i, head_of(subject)  # "Should this eventuate he advocates ...": no comma
    if aux.i != sent.start or end is None:
        return None
    noun = head_of(aux)
    if noun.pos_ in NOMINAL and aux.i < noun.i < end and _opens_after(noun, aux):
        return end, head_of(noun)
    first = next((c for c in children_of(aux) if c.i > aux.i), None)
    if first is None or first.pos_ not in NOMINAL | {"DET"} or not _opens_after(first, aux):
        return None
    return end, head_of(aux)


def _main_subject_after(aux: Token) -> Token | None:
    """The personal pronoun that opens the main clause after an inverted "should" set off by no comma
    ("Should the authorities attempt to take possession of the hospital I shall protest"): the first
    subject pronoun past the clause's own subject, heading a verb."""
    if aux.lower_ != "should":  # "Had it been called what it really is": a pronoun of its own clause
        return None
    words = [t for t in sentence(aux) if t.i > aux.i + 1 and t.tag_ == "PRP" and t.dep_ == "nsubj"]
    return next((t for t in words if head_of(t).pos_ in {"VERB", "AUX"}), None)


def _opens_after(noun: Token, aux: Token) -> bool:
    """The noun phrase starts right after the auxiliary."""
    return min(t.i for t in subtree_of(noun) if t.i != aux.i) == aux.i + 1
