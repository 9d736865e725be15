"""Repairs of parses that no reading of the words allows, made once before the finders run.

- A relative clause needs a noun to describe: one the parser hung on a verb ("The Department desires
  that you proceed to Arica") is that verb's content clause, and its "that", read as a relative pronoun
  object, marks it.
- A verb has no compound: a noun before a verb with no subject, which the parser made the verb's
  compound ("The President desires ...", read as a noun "President desires" first), is its subject.
- Nor has a predicate adjective: in a small clause ("considers the proposed date inconvenient") the
  noun the parser made the adjective's compound is its subject.
- A noun has no subject: a sentence's root read as a noun, with a subject before it and a to-infinitive
  or an object on it ("Ambassador Tasca attempt to develop a relationship ...", the subjunctive of a
  directive's list), is a verb, and the infinitive its complement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PREDICATES = frozenset({"ccomp", "acomp", "xcomp", "oprd"})


def repair_parse(sdoc: Doc) -> None:
    """Relabel in place the clauses read as relative to a verb and the subjects read as compounds of a
    verb or of a predicate adjective."""
    for tok in sdoc:
        if tok.dep_ == "ROOT" and _verb_read_as_noun(tok):
            _as_verb(tok)
        if tok.dep_ == "compound" and tok.i < tok.head.i and _bare_predicate(tok.head):
            tok.dep_ = "nsubj"
        elif tok.head.pos_ not in {"VERB", "AUX"} or tok.head.i == tok.i:
            continue
        elif tok.dep_ == "relcl" and tok.head.i < tok.i:
            _content_clause(sdoc, tok)
        elif tok.dep_ == "compound" and tok.i < tok.head.i and not _has_subject(tok.head):
            tok.dep_ = "nsubj"


def _content_clause(sdoc: Doc, clause: Token) -> None:
    clause.dep_ = "ccomp"
    first = sdoc[clause.left_edge.i]
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.children)
    if first.lower_ == "that" and first.head.i == clause.i and first.dep_ == "dobj" and subject:
        first.dep_, first.tag_, first.pos_ = "mark", "IN", "SCONJ"


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _bare_predicate(adjective: Token) -> bool:
    return adjective.pos_ == "ADJ" and adjective.dep_ in PREDICATES and not _has_subject(adjective)


def _verb_read_as_noun(root: Token) -> bool:
    kids = list(root.children)
    subject = any(c.dep_ == "nsubj" and c.i < root.i for c in kids)
    infinitive = any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) for c in kids)
    return root.tag_ == "NN" and subject and (infinitive or any(c.dep_ == "dobj" for c in kids))


def _as_verb(root: Token) -> None:
    root.pos_, root.tag_ = "VERB", "VBP"
    for child in root.children:
        if child.dep_ == "acl" and any(a.tag_ == "TO" for a in child.children):
            child.dep_ = "xcomp"
