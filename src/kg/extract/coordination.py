"""Which directed verb a coordinated clause continues: a that-clause coordinated with a directive's
that-complement, an "and to VERB" the parser hung deep inside the infinitive it continues, and a gerund
of one more action ("including ...", ", keeping ...", "after pointing out ...")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to
from .tokens import children_of, head_of, subtree_of


def coordinated_that_governor(ctx: Context, tok: Token) -> Token | None:
    """The directed verb whose demands ``tok``, a that-clause of its own, continues: the directive verb
    whose that-complement it is coordinated with (the parser hangs the second clause on the first as an
    adverbial, the third as a conjunct), or a directed that-clause it is coordinated with."""
    if tok.dep_ not in {"advcl", "conj"} or not _that_clause(tok):
        return None
    node = head_of(tok)
    while node.dep_ in {"advcl", "conj"} and head_of(node).i != node.i and node.i not in ctx.directives:
        node = head_of(node)
    if node.i in ctx.directives and not any(c.dep_ == "ccomp" for c in children_of(node)):
        return node  # "hope that X may cease and that Y be ...": a demand coordinated with a demand
    if node.dep_ != "ccomp" or head_of(node).i not in ctx.directives:
        return None
    governor = head_of(node)
    lemma = governor.lemma_.lower()
    return governor if lemma in ctx.cue("directive_governors") | ctx.cue("reported_directive_verbs") else None


def _that_clause(verb: Token) -> bool:
    """A clause opened by "that" ("so that", "in order that" open purposes, not demands)."""
    words = (t for t in subtree_of(verb) if not (t.is_punct or t.dep_ == "cc"))
    first = min(words, key=lambda t: t.i, default=None)  # None: a conjunct that is only punctuation
    return first is not None and first.dep_ == "mark" and first.lower_ == "that" and first.head.i == verb.i


def infinitive_owner(ctx: Context, tok: Token) -> Token | None:
    """The directed to-infinitive that "and to VERB" continues, however deep the parser hung it ("to
    avoid any position which will raise question ... and to confine his efforts ...")."""
    if tok.dep_ != "conj" or not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if not any(c.dep_ == "cc" for c in children_of(head_of(tok)) if c.i < tok.i):
        return None
    if head_of(tok).dep_ == "xcomp" and any(is_infinitive_to(c) for c in children_of(head_of(tok))):
        return None  # "be pleased to bring ... and to accept ...": the pair is the infinitive it hangs on
    for node in list(tok.ancestors)[1:]:
        if node.i in ctx.directives and any(is_infinitive_to(c) for c in children_of(node)):
            return node
    return None


def included_owner(ctx: Context, tok: Token) -> Token | None:
    """ "He must be approached at once, including putting the blame on Hanoi": a gerund under "including"
    on a directed verb is one more action of that directive; the directed verb, if any."""
    head = head_of(tok)
    if tok.tag_ != "VBG" or head.dep_ != "prep" or head.lemma_.lower() not in ctx.cue("inclusion_words"):
        return None
    owner = head_of(head)
    return owner if owner.i in ctx.directives and owner.i != tok.i else None


def adjunct_owner(ctx: Context, tok: Token) -> Token | None:
    """ "discuss plans ..., keeping the Department informed", "take this up and, after pointing out the
    haste, request ...": a participle with an object of its own, set off by a comma after a directed verb
    or under a preposition of time on it, is one more action of that directive; the directed verb, if any."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in children_of(tok)):
        return None
    head = head_of(tok)
    if tok.dep_ == "advcl" and head.i < tok.i and tok.doc[tok.i - 1].text == ",":
        owner = head
    elif tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ctx.cue("adjunct_action_preps"):
        owner = head_of(head)
    else:
        return None
    return owner if owner.i in ctx.directives and owner.i != tok.i else None


def contrasted(ctx: Context, conjunct: Token) -> bool:
    """A conjunct set against the one before by "but" ("do not wait but send your views"): it does
    not share that one's negation, so its polarity is its own."""
    head = head_of(conjunct)
    return conjunct.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ctx.cue("contrastive_conjunctions") and head.i < c.i < conjunct.i
        for c in (*children_of(head), *children_of(conjunct))
    )
