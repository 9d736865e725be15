"""Repairs of parses that no reading of the words allows, made once before the finders run.

- A relative clause needs a noun to describe: one the parser hung on a verb ("The Department desires
  that you proceed to Arica") is that verb's content clause, and its "that", read as a relative pronoun
  object, marks it; so does the "that" so read of a content clause ("inform them that we accept it").
- A verb has no compound: a noun before a verb with no subject, which the parser made the verb's
  compound ("The President desires ...", read as a noun "President desires" first), is its subject.
- Nor has a predicate adjective: in a small clause ("considers the proposed date inconvenient") the
  noun the parser made the adjective's compound is its subject.
- Nor does an adjective end a noun phrase: after a verb of finding or holding ("finds the terms of the
  draft acceptable", "would find the proposed date personally inconvenient") the adjective that closes
  the sentence, which the parser hung inside the object, is the small clause's predicate and the object
  its subject.
- A noun has no subject: a sentence's root read as a noun, with a subject before it and a to-infinitive
  or an object on it ("Ambassador Tasca attempt to develop a relationship ...", the subjunctive of a
  directive's list), is a verb, and the infinitive its complement.
- A participle set off by commas has no subject of its own before a verb that has none: in "The two
  Governments, being desirous to maintain their interests, have agreed ...", the subject the parser hung on
  "being" is the verb's.
- A noun has no infinitive marker, nor a subject with "that", nor as a verb's complement an object: "is
  authorized to table as a formal proposal ...", "directed ... and that the Secretary designate a
  representative", "You are authorized inform GOI that ...", whose "table", "designate" and "inform" the
  tagger read as nouns, are verbs.
- Nor has a preposition a subject and a modal: "the scheme should except from preferential treatment only
  textiles", whose "except" the tagger read as a preposition, is a verb.
- A purpose's doer is no passive's agent: in "be submitted for consideration by the Review Group", the
  "by" the parser made the agent of "submitted" is the one who considers.
- A subjunctive "be" has no adjective in "-ed": "directed that a study be prepared", whose participle the
  tagger read as an adjective, is a passive, the participle its verb.
- Nor has a bare noun a relative clause whose subject follows it at once: a cable's opening "Request you
  indicate whether ...", read so, is the verb of asking and its complement.
- An inverted auxiliary opens a condition, not a main clause: in "Washington has no objection should the
  Government wish to release it", the clause before "should" is the main one, the inverted one its
  adverbial clause.
- A verb that opens its clause with no subject and no auxiliary is no present tense: "If you are able
  to get to Phung, include latest information in your presentation", whose "include" the tagger read
  as a present verb, is an imperative, unless it is a verb a cable's writer states with his "I" left
  out ("Believe we should ...", "Agree with your assessment", "Propose that ...").
- A verb of urging has no bare verb as a second verb right after its object: in a cable's "urged SARG take
  earliest action", whose "take" the parser made a conjunct of "urged", the object is the subject of a
  clause with its "that" left out, as in "urged that SARG take ...".
- A relative clause with no relative word has no conjunct with a modal of its own: in "The Syrians must
  provide a list of the prisoners of war they hold and must allow Red Cross visits", whose "allow" the
  parser joined to "hold", the second "must" verb is joined to the first one, above the relative clause.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .lexicon import cue

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PREDICATES = frozenset({"ccomp", "acomp", "xcomp", "oprd"})
RELATIVE = frozenset({"WDT", "WP", "WP$"})
#: what may stand before an imperative in its sentence ("If you can, ...", "On arrival ...", "Also ...")
FRONTED = frozenset({"advcl", "prep", "advmod", "npadvmod", "punct", "intj", "cc"})


def repair_parse(sdoc: Doc) -> None:
    """Relabel in place the clauses read as relative to a verb and the subjects read as compounds of a
    verb or of a predicate adjective."""
    for tok in sdoc:
        if tok.dep_ == "ROOT" and _verb_read_as_noun(tok):
            _as_verb(tok)
        if tok.dep_ == "ROOT" and (clause := _telegraphic_governor_read_as_noun(tok)) is not None:
            tok.pos_, tok.tag_ = "VERB", "VB"
            clause.dep_ = "ccomp"
        if tok.dep_ == "ROOT" and (subject := _subject_hung_on_participle(tok)) is not None:
            subject.head = tok
        if tok.dep_ == "ROOT" and (main := _clause_before_inversion(tok)) is not None:
            main.head, main.dep_, tok.head, tok.dep_ = main, "ROOT", main, "advcl"
        if tok.dep_ in {"xcomp", "conj"} and tok.tag_ == "NN" and _clause_marked(tok):
            tok.pos_, tok.tag_ = "VERB", "VB"
        if tok.dep_ == "ROOT" and tok.tag_ == "IN" and _has_subject(tok) and _modal_on(tok):
            tok.pos_, tok.tag_ = "VERB", "VB"  # "the scheme should except from preferential treatment ..."
        if tok.dep_ == "ROOT" and tok.tag_ == "VBP" and _imperative_read_as_present(tok):
            tok.tag_ = "VB"
        if tok.dep_ in {"conj", "dep"} and (told := _subject_read_as_object(tok)) is not None:
            tok.head, tok.dep_, told.head, told.dep_ = told.head, "ccomp", tok, "nsubj"
        if tok.dep_ == "conj" and _modal_on(tok) and (first := _modal_verb_above_relative(tok)) is not None:
            tok.head = first
        if tok.dep_ == "agent" and _purpose_noun_before(tok):
            tok.head, tok.dep_ = tok.doc[tok.i - 1], "prep"
        if tok.dep_ == "acomp" and _participle_after_subjunctive_be(tok):
            _as_passive(tok)
        if tok.dep_ in {"amod", "pobj"} and _adjective(tok) and (verb := _judging_verb(tok)) is not None:
            _as_small_clause(tok, verb)
        if tok.dep_ == "compound" and tok.i < tok.head.i and _bare_predicate(tok.head):
            tok.dep_ = "nsubj"
        elif tok.head.pos_ not in {"VERB", "AUX"} or tok.head.i == tok.i:
            continue
        elif tok.dep_ in {"relcl", "ccomp"} and tok.head.i < tok.i:
            _content_clause(sdoc, tok)
        elif tok.dep_ == "compound" and tok.i < tok.head.i and not _has_subject(tok.head):
            tok.dep_ = "nsubj"


def _clause_before_inversion(root: Token) -> Token | None:
    """ "Washington has no objection should the Government wish to release it": a root with an inverted
    auxiliary before its subject is a condition; the clause before it, hung on it as its complement, is
    the sentence's main clause. That clause, if so."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    aux = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in cue("inversion_auxes")), None)
    if subject is None or aux is None or aux.i + 1 != subject.left_edge.i or aux.doc[aux.i - 1].is_punct:
        return None  # "You are authorized, should the Foreign Office agree, to ...": interposed
    return next((c for c in root.children if c.dep_ == "ccomp" and c.right_edge.i < aux.i), None)


def _content_clause(sdoc: Doc, clause: Token) -> None:
    clause.dep_ = "ccomp"
    first = sdoc[clause.left_edge.i]
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.children)
    if first.lower_ == "that" and first.head.i == clause.i and first.dep_ == "dobj" and subject:
        first.dep_, first.tag_, first.pos_ = "mark", "IN", "SCONJ"


def _imperative_read_as_present(root: Token) -> bool:
    """Nothing of its own before it but a fronted clause, phrase or adverb, and no subject or auxiliary;
    not a verb of believing, agreeing or proposing, which a cable states with its subject dropped."""
    if any(c.dep_ in SUBJECTS | {"aux", "auxpass", "neg"} for c in root.children):
        return False
    before = [c for c in root.children if c.i < root.i]
    if any(c.dep_ not in FRONTED or not _fronted_whole(c) for c in before):
        return False
    if before and not root.doc[root.i - 1].is_punct:
        return False  # "In France, England, and Germany organs exist ...": a subject read into the phrase
    return root.lemma_.lower() not in _stated_verbs()


@cache
def _stated_verbs() -> frozenset[str]:
    """Verbs a cable states with its writer's "I" left out ("Believe ...", "Agree ...", "Propose ...")."""
    lists = ("non_imperative_verbs", "non_directive_verbs", "telegraphic_governors", "approve_verbs",
             "reject_verbs", "belief_verbs", "cognition_verbs", "intention_verbs", "preference_verbs")
    return frozenset().union(*(cue(name) for name in lists))


def _subject_read_as_object(verb: Token) -> Token | None:
    """The object of a verb of urging or proposing right before a bare verb with no subject, auxiliary or
    conjunction of its own, which the parser hung elsewhere as a conjunct or a loose dependent."""
    if verb.i == 0 or verb.tag_ not in {"VB", "VBP"}:
        return None
    if any(c.dep_ in SUBJECTS | {"aux", "auxpass", "cc"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    ends_here = (t for t in [before, *before.ancestors] if t.dep_ == "dobj" and t.right_edge.i == before.i)
    told = next(ends_here, None)
    if told is None or told.head.lemma_.lower() not in cue("telegraphic_governors"):
        return None
    return told if told.pos_ in {"PROPN", "NOUN", "PRON"} and told.head.i < told.i else None


def _fronted_whole(child: Token) -> bool:
    """A fronted clause opens with its conjunction ("If you are able ..."); a fronted phrase has no verb
    (one in it is a clause the parser lost its subject into: "During their incumbency they did not ...")."""
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" for c in child.children)
    return child.dep_ not in {"prep", "npadvmod"} or not any(t.pos_ in {"VERB", "AUX"} for t in child.subtree)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _modal_on(word: Token) -> bool:
    return bool(_modals(word))


def _modals(word: Token) -> set[str]:
    return {c.lower_ for c in word.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _modal_verb_above_relative(second: Token) -> Token | None:
    """The verb with the same modal that a relative clause hangs under, through its noun, where the parser
    joined ``second`` (a verb with its own modal) to that clause; not a clause opened by a relative word
    ("the ships that were seized and may be sold"), whose second verb is the relative's too."""
    relative = second.head
    if relative.dep_ != "relcl" or _modal_on(relative) or any(c.tag_ in RELATIVE for c in relative.children):
        return None
    modal = _modals(second)
    node = relative.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node if modal & _modals(node) else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _bare_predicate(adjective: Token) -> bool:
    return adjective.pos_ == "ADJ" and adjective.dep_ in PREDICATES and not _has_subject(adjective)


def _verb_read_as_noun(root: Token) -> bool:
    kids = list(root.children)
    subject = any(c.dep_ == "nsubj" and c.i < root.i for c in kids)
    infinitive = any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) for c in kids)
    return root.tag_ == "NN" and subject and (infinitive or any(c.dep_ == "dobj" for c in kids))


def _telegraphic_governor_read_as_noun(root: Token) -> Token | None:
    """ "Request you indicate whether ...": a cable's opening verb of asking, read as a bare noun with the
    clause after it as a relative clause on it (whose subject comes right after it), is the verb, and
    the clause its complement ("the request you made" has its article). The clause, if so."""
    if root.pos_ != "NOUN" or root.lower_ not in cue("telegraphic_governors"):
        return None
    if any(c.dep_ in {"det", "poss", "amod"} for c in root.children):
        return None
    clauses = (c for c in root.children if c.dep_ == "relcl" and c.pos_ == "VERB")
    subject_next = (c for c in clauses if any(s.dep_ == "nsubj" and s.i == root.i + 1 for s in c.children))
    return next(subject_next, None)


def _as_verb(root: Token) -> None:
    root.pos_, root.tag_ = "VERB", "VBP"
    for child in root.children:
        if child.dep_ == "acl" and any(a.tag_ == "TO" for a in child.children):
            child.dep_ = "xcomp"


def _adjective(tok: Token) -> bool:
    """An adjective, or a predicate of judging the tagger read as a noun ("the draft acceptable")."""
    if tok.tag_ != "NN":
        return tok.tag_ == "JJ"
    return tok.lower_ in cue("approve_predicates") or tok.lower_ in cue("reject_predicates")


def _judging_verb(adjective: Token) -> Token | None:
    """The verb of finding or holding whose object an adjective closing the sentence was hung inside."""
    after = adjective.doc[adjective.i + 1] if adjective.i + 1 < len(adjective.doc) else None
    if after is None or after.text not in {".", "?", "!"}:
        return None  # only an adjective that ends its sentence
    node = adjective.head
    while node.dep_ in {"pobj", "prep", "compound", "amod"} and node.head.i != node.i:
        node = node.head
    verb = node.head
    lemma = verb.lemma_.lower()
    judging = verb.pos_ == "VERB" and (lemma in cue("holding_verbs") or lemma in cue("opinion_holding_verbs"))
    if node.dep_ != "dobj" or not judging or any(c.dep_ in PREDICATES for c in verb.children):
        return None
    return verb


def _as_small_clause(adjective: Token, verb: Token) -> None:
    """The adjective becomes the verb's predicate clause, its object that clause's subject; a noun the
    parser made the adjective's compound ("the Chilean draft acceptable") takes its place in the phrase."""
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    if adjective.dep_ == "pobj":
        noun = next((c for c in adjective.children if c.dep_ == "compound" and c.i == adjective.i - 1), None)
        if noun is None:
            return
        noun.head, noun.dep_ = adjective.head, "pobj"
        for child in [c for c in adjective.children if c.i < noun.i]:
            child.head = noun
    adjective.head, adjective.dep_ = verb, "ccomp"
    adjective.pos_, adjective.tag_ = "ADJ", "JJ"
    obj.head, obj.dep_ = adjective, "nsubj"


def _purpose_noun_before(agent: Token) -> bool:
    """ "for consideration / approval by X": a noun of what a paper is sent for, just before the "by"."""
    noun = agent.doc[agent.i - 1] if agent.i > 0 else agent
    purpose = noun.lemma_.lower() in cue("submission_purposes")
    return purpose and noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _clause_marked(tok: Token) -> bool:
    """A "to" as auxiliary, a "that" and a subject, or as a verb's complement an object ("You are authorized
    inform GOI that ...", a cable's infinitive without its "to"): the marks of a verb's clause."""
    kids = list(tok.children)
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(c.dep_ == "nsubj" for c in kids)
    bare = tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in kids)
    return that or bare or any(c.tag_ == "TO" and c.dep_ == "aux" for c in kids)


def _subject_hung_on_participle(root: Token) -> Token | None:
    """The subject before a participle ("being", "having") that opens a verb with no subject of its own."""
    if root.pos_ not in {"VERB", "AUX"} or _has_subject(root):
        return None
    for clause in root.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < root.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None:
                return subject
    return None


def _participle_after_subjunctive_be(adjective: Token) -> bool:
    be = adjective.head
    kids = list(be.children)
    marked = any(c.dep_ == "mark" for c in kids) and not any(c.dep_ == "aux" for c in kids)  # no "will"
    subjunctive = be.tag_ == "VB" and be.dep_ == "ccomp" and marked
    return subjunctive and adjective.tag_ == "JJ" and adjective.lower_.endswith("ed") and _has_subject(be)


def _as_passive(participle: Token) -> None:
    """The participle heads the clause: "be" its passive auxiliary, the subject its passive subject."""
    be = participle.head
    participle.head, participle.dep_ = be.head, be.dep_
    participle.pos_, participle.tag_ = "VERB", "VBN"
    for child in [c for c in be.children if c.i != participle.i]:
        child.head = participle
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"
    be.head, be.dep_ = participle, "auxpass"
