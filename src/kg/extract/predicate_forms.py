"""Where a predicate of judgement or disposition stands when not after its copula: with the copula
left out (telegraphese), read as a passive, or past words set off by commas."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to
from .tokens import children_of


def copula_left_out(pred: Token) -> bool:
    """ "GOJ not ready to accept ceasefire", "Awami League not prepared to pursue compromise": telegraphese
    leaves out the copula, and the parser makes the predicate the root, with the subject and the
    infinitive on it."""
    kids = children_of(pred)
    subject = any(c.dep_ == "nsubj" and c.i < pred.i for c in kids)
    infinitive = any(c.dep_ == "xcomp" and any(is_infinitive_to(a) for a in children_of(c)) for c in kids)
    # a participle only where negated: "Soviets prepared to sign" may be a past verb ("he prepared to leave")
    adjective = pred.tag_ == "JJ" or (pred.tag_ in {"VBN", "VBD"} and any(c.dep_ == "neg" for c in kids))
    return pred.dep_ == "ROOT" and adjective and subject and infinitive


def passive_disposition(ctx: Context, tok: Token) -> bool:
    """A disposition the parser read as a passive verb ("they would be prepared, at Vienna, to ...",
    "are none the less resolved to ..."): the participle with its own passive subject and auxiliary."""
    deps = {c.dep_ for c in children_of(tok)}
    disposed = tok.tag_ == "VBN" and tok.lower_ in ctx.cue("disposition_predicates")
    return disposed and {"auxpass", "nsubjpass"} <= deps


def gerund_after_to(pred: Token) -> Token | None:
    """The gerund a disposition takes after "to" ("averse to renewing the prohibition"), its course."""
    to = (c for c in children_of(pred) if c.dep_ == "prep" and c.lower_ == "to")
    return next((o for c in to for o in children_of(c) if o.dep_ == "pcomp" and o.tag_ == "VBG"), None)


def set_off_infinitive(pred: Token) -> Token | None:
    """The infinitive of a disposition past words set off by commas ("he is prepared, subject to the
    approval of the Commissioners, to take over ..."), which the parser hangs on another word."""
    doc = pred.doc
    if pred.i + 1 >= len(doc) or doc[pred.i + 1].text != ",":
        return None
    for i in range(pred.i + 2, min(pred.i + 14, len(doc) - 2)):
        if doc[i].text == ",":
            to, verb = doc[i + 1], doc[i + 2]
            return verb if to.tag_ == "TO" and verb.pos_ in {"VERB", "AUX"} else None
    return None


def participle_lemma(ctx: Context, tok: Token) -> str | None:
    """The verb of a participle the parser read as a predicate adjective ("It is absolutely opposed to
    joint guaranty"): "opposed" is "oppose", "committed" "commit"; only a verb of stance qualifies."""
    word = tok.lower_
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or word not in ctx.cue("stance_participles"):
        return None
    stances = ctx.cue("reject_verbs") | ctx.cue("approve_verbs")
    return next((stem for stem in (word[:-1], word[:-2], word[:-3]) if stem in stances), None)
