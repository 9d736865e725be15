"""Where a verb's subject and modal are, also where the parser hangs them elsewhere: on an auxiliary
("You may, if you think it wise, show ..."), or before an interposed inverted condition or a modal
that it made the root of the sentence ("You will, should the Minister refuse, inform him").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of, head_of, sentence

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
FINITE = {"VBP", "VBZ", "VBD"}
SUBORDINATE = {"advcl", "relcl", "ccomp", "acl"}
PERSONS = ("first_person", "first_plural", "second_person")
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # which, that, who, whom (whose is WP$, on its noun)


def held_subject(verb: Token) -> Token | None:
    """A subject the parser hung on an auxiliary before the verb rather than on the verb."""
    auxes = (c for c in children_of(verb) if c.dep_ == "aux" and c.i < verb.i)
    return next((c for a in auxes for c in children_of(a) if c.dep_ in SUBJECTS), None)


def split_main_clause(verb: Token) -> tuple[Token, int] | None:
    """ "You will, should the Minister refuse, inform him", "You should, if possible, see him": words
    set off by commas split the main clause, and the parser makes the inverted condition, or the
    modal, the root and hangs the main verb after it (the main clause's subject and modal stay before
    the inverted auxiliary); the root and where the main clause's words before the split end."""
    head = head_of(verb)
    if verb.dep_ not in {"advcl", "dep"} or verb.i < head.i or head.dep_ != "ROOT" or verb.i == 0:
        return None
    if verb.nbor(-1).text != ",":
        return None
    if head.tag_ == "MD":
        return head, head.i + 1
    inverted = interposed_aux(head)
    return (head, inverted.i) if inverted is not None else None


def relative_main_clause(verb: Token) -> bool:
    """ "If you find that they are contemplating such steps you may say that ...": with no comma after a
    fronted condition, the parser hangs the main clause on the condition's last noun as a relative
    clause; one that keeps its own complement (nothing relativized) and no relative word is the main
    clause the condition governs."""
    if verb.dep_ != "relcl" or any(c.tag_ in RELATIVE_TAGS for c in children_of(verb)):
        return False
    if not any(c.dep_ in {"ccomp", "dobj"} for c in children_of(verb)):
        return False
    root = verb.sent.root
    marks = cue("condition_marks")
    return root.i < verb.i and any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(root))


def interposed_aux(root: Token) -> Token | None:
    """The auxiliary of an inverted condition set off by a comma that the parser made the root
    ("..., should the Minister refuse, ...")."""
    return next(
        (
            c
            for c in children_of(root)
            if c.dep_ == "aux"
            and c.lower_ in cue("inversion_auxes")
            and c.i > sentence(root).start
            and c.nbor(-1).text == ","
        ),
        None,
    )


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a main verb stranded after words that split its clause, or coordinated into the
    clause before."""
    split = split_main_clause(verb)
    if split is None:
        found = misjoined_subject(verb) or appositive_subject(verb) or sibling_subject(verb)
        return found or main_clause_subject(verb)
    root, bound = split
    before = [c for c in children_of(root) if c.i < bound]
    subj = next((c for c in before if c.dep_ in SUBJECTS), None)
    aux_held = (g for c in before if c.dep_ == "aux" for g in children_of(c) if g.dep_ in SUBJECTS)
    return subj or next(aux_held, None)


def fronted_clause_subject(verb: Token) -> Token | None:
    """ "The Belgian Government is interested in the matter, intends to sign the convention": a finite
    main verb with no subject after a comma, whose clause before it the parser made its complement, is
    the second verb of that clause's subject (an imperative has no subject of its own, nor this reading).
    The verb may itself hang as a complement on a later clause ("..., intends to sign (please regard
    the foregoing as confidential)")."""
    finite = verb.tag_ in {"VBZ", "VBD", "VBP"}
    if verb.dep_ not in {"ROOT", "ccomp"} or not finite or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    fronted = (c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i)
    return next((s for c in fronted for s in children_of(c) if s.dep_ in {"nsubj", "nsubjpass"}), None)


def misjoined_subject(verb: Token) -> Token | None:
    """ "... is aware of this information and the President has given strict instructions": a verb
    coordinated with a finite auxiliary of its own opens a clause of its own; the noun just before that
    auxiliary, which the parser coordinated with a noun of the clause before, is its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in children_of(verb)):
        return None
    auxes = [c for c in children_of(verb) if c.dep_ == "aux" and c.i < verb.i]
    if not auxes or auxes[0].i == 0 or not any(a.tag_ in {"VBZ", "VBP", "VBD", "MD"} for a in auxes):
        return None
    noun = verb.doc[auxes[0].i - 1]
    if (
        noun.pos_ not in {"NOUN", "PROPN"}
        or noun.dep_ != "conj"
        or head_of(noun).pos_ not in {"NOUN", "PROPN"}
    ):
        return None
    return noun


def appositive_subject(verb: Token) -> Token | None:
    """ "Because of its friendship with Chile the Paraguayan Government will not object": after an opening
    phrase with no comma the parser reads the subject as an apposition of the phrase's last noun and
    leaves the verb with none; a noun phrase of its own (a determiner, no comma before it) just before
    the verb's finite auxiliary is that verb's subject."""
    if any(c.dep_ in SUBJECTS for c in children_of(verb)):
        return None
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not auxes or auxes[0].i == 0 or auxes[0].tag_ not in FINITE | {"MD"}:
        return None
    noun, end = verb.doc[auxes[0].i - 1], auxes[0].i - 1
    while noun.dep_ != "appos" and head_of(noun).i != noun.i and head_of(noun).right_edge.i == end:
        noun = head_of(noun)  # "the Government of Zenda": the phrase's head, not its last word
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "appos" or head_of(noun).i > noun.i:
        return None
    start = noun.left_edge.i
    opened = verb.doc[start].dep_ == "det" and start > 0 and not verb.doc[start - 1].is_punct
    return noun if opened and head_of(noun).dep_ == "pobj" else None


def sibling_subject(verb: Token) -> Token | None:
    """ "the Protocol embodying ..., but the British minister sent word that ... and asked that it be
    deferred": of conjuncts hung on one verb, a later one with no subject shares the subject of the
    nearest earlier one that has its own, not the head's."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in children_of(verb)):
        return None
    head = head_of(verb)
    for sibling in sorted((c for c in children_of(head) if c.dep_ == "conj" and c.i < verb.i), reverse=True):
        subj = next((c for c in children_of(sibling) if c.dep_ in SUBJECTS), None)
        if subj is not None and sibling.pos_ in {"VERB", "AUX"}:
            return subj
    return None


def _outside_modal(verb: Token, head: Token) -> bool:
    """A past or present-tense verb cannot share the modal of the bare verb it is coordinated with
    ("that he should obtain the reports and directed ..."): it is no part of that clause."""
    return verb.tag_ in {"VBD", "VBZ"} and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head))


def main_clause_subject(verb: Token) -> Token | None:
    """A verb the parser coordinated with a verb of a subordinate clause that cannot share that clause's
    subject continues the main clause, and has its subject: an active verb after a subjectless passive
    ("I believe that the U.S. has been as forthcoming as can be expected and direct that ..."), one
    whose object is the subject it would share ("I am sure you understand ... and urge you to ..."), or
    one whose tense the clause's modal cannot carry ("said that he would accept and asked me to ...")."""
    if verb.dep_ != "conj" or any(c.dep_ == "aux" for c in children_of(verb)):
        return None
    head = head_of(verb)
    if head.dep_ not in SUBORDINATE:
        return None
    shared = next((c for c in children_of(head) if c.dep_ in SUBJECTS), None)
    if shared is not None and not _outside_modal(verb, head):
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if obj is None or _person(obj) is None or _person(obj) != _person(shared):
            return None
    elif not (verb.tag_ in FINITE or (verb.tag_ == "VB" and _passive(head))):
        return None
    root = sentence(verb).root
    auxes = (c for c in children_of(root) if c.dep_ == "aux")
    tensed = root.tag_ in FINITE or any(c.tag_ in FINITE | {"MD"} for c in auxes)
    if root.i == verb.i or not tensed:  # "does not believe that there are grounds ... but desires you to"
        return None
    subj = next((c for c in children_of(root) if c.dep_ in SUBJECTS), None)
    pronoun = _person(shared) if shared is not None else None
    if subj is None or (pronoun is not None and _person(subj) == pronoun):
        return None
    return subj


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in children_of(verb))


def _person(tok: Token) -> str | None:
    """Which person a pronoun is of ("you" and "you", "I" and "me" are one person)."""
    low = tok.lower_
    return next((group for group in PERSONS if low in cue(group)), None)


def stranded_modals(verb: Token) -> set[str]:
    """The modals of a main verb stranded after words that split its clause."""
    split = split_main_clause(verb)
    if split is None:
        return set()
    root, bound = split
    return {c.lower_ for c in [root, *children_of(root)] if c.tag_ == "MD" and c.i < bound}


def main_clause(verb: Token) -> bool:
    """The root, or a verb coordinated with it: not a conjunct inside a relative or adverbial clause
    ("regulations which may be adopted by them and ...")."""
    while verb.dep_ == "conj":
        verb = head_of(verb)
    return verb.dep_ == "ROOT"


def first_word(tok: Token) -> int:
    """The sentence's first word after leading adverbs and punctuation ("Then have him ...")."""
    leading = {"advmod", "cc"}
    return next((t.i for t in sentence(tok) if not (t.is_punct or t.is_space or t.dep_ in leading)), -1)


def telegraphic_recommendation(verb: Token) -> bool:
    """ "Recommend therefore that we not press King Hussein": a bare root verb of recommending with a
    clause that has its own subject is the writer's, the "I" left out, and no imperative; the clause is
    what the writer recommends. One with a subject or an auxiliary ("You will request that ..."), an
    object ("Wish earliest word on ...") or someone it is put to ("Suggest to the Minister that ...")
    is none."""
    if verb.dep_ != "ROOT" or verb.lower_ not in cue("telegraphic_governors"):
        return False  # asked of every imperative: the cheap tests first
    held = SUBJECTS | {"aux", "dobj", "dative"}
    if any(c.dep_ in held or (c.dep_, c.lower_) == ("prep", "to") for c in children_of(verb)):
        return False
    clauses = (c for c in children_of(verb) if c.dep_ == "ccomp")
    return any(g.dep_ in SUBJECTS for c in clauses for g in children_of(c))
