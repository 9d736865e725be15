"""Verbs the tagger misread at the start of a directive: the word after a sentence-opening "please",
and a verb of saying or directing that opens its sentence tagged as a noun, adjective or name; and
clauses misread as directives of their own: a fronted clause across a semicolon, a relative clause on
its object, a verb joined by "or" to a directed verb whose object it shares, a telegraphic "Recommend
you ..." or "Congratulate you ..." whose "I" is left out, the verb after an emphatic "repeat not", a
participle the parser hung on a verb as its clause, a verb read as a noun after a modal and adverbials;
and routing lines that look like imperatives
("Deliver immediately.", "Begin text.")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    MISREAD_VERBS,
    SUBJECTS,
    VERB_AUXES,
    Context,
    is_second_person,
    modals_of,
    shares_complement,
    subject_of,
)
from .subjects import RELATIVE_TAGS, relative_main_clause, telegraphic_recommendation
from .telegraph_names import telegraph_name_verb
from .tokens import children_of, head_of, parse_table, sentence
from .voices import Voice

VERB_LIKE = frozenset({"VERB", "AUX", *MISREAD_VERBS})


def verb_like(ctx: Context, notes: list[tuple[Token, Voice]]) -> list[tuple[Token, Voice]]:
    """The spoken tokens (and the editor's ``notes``) that are verbs or words the tagger may have
    misread for one, with their voices, in text order: the only ones a directive can start from."""
    table = parse_table(ctx.sdoc)
    voices, tokens = ctx.token_voices(), table.tokens
    at = sorted(i for pos in VERB_LIKE for i in table.by_pos.get(pos, ()))
    spoken = [(tokens[i], voice) for i in at if (voice := voices[i]) is not None]
    notes = [(tok, voice) for tok, voice in notes if table.gates[tok.i][0] in VERB_LIKE]
    return sorted(spoken + notes, key=lambda pair: pair[0].i) if notes else spoken


def read_as_verb(ctx: Context, tok: Token, pos: str, dep: str) -> bool:
    """A verb (``is_verb`` of its part of speech and label), or a word the tagger misread for one;
    each misreading's cheap first test (the word before, the label) asked before the rest."""
    if pos == "VERB" or (pos == "AUX" and dep in VERB_AUXES):
        return True
    if pos == "AUX" and dep == "advcl":  # "it important that the Minister be aware": the clause's verb
        return head_of(tok).lemma_.lower() in ctx.cue("directive_predicates")
    before = parse_table(tok.doc).lowers[tok.i - 1] if tok.i > 0 else ""
    if before in ctx.cue("politeness_adverbs") and misread_after_please(ctx, tok):
        return True
    if dep == "ROOT" and (misread_opening_verb(ctx, tok) or misread_modal_verb(tok)):
        return True
    return telegraph_name_verb(ctx, tok, dep)  # "Advise Ambassador when ...": a cable's verb read as a name


def misread_modal_verb(tok: Token) -> bool:
    """ "You should as soon as possible this morning contact the Minister": adverbials between a modal
    and its verb lead the tagger to read the verb as a noun; a root noun with a subject and a modal of
    its own is the clause's verb."""
    if tok.pos_ not in {"NOUN", "ADJ"} or tok.tag_ == "NNS":  # a name is the verb's object, misparsed
        return False
    kids = children_of(tok)
    return any(c.tag_ == "MD" and c.dep_ == "aux" for c in kids) and any(c.dep_ == "nsubj" for c in kids)


def misread_after_please(ctx: Context, tok: Token) -> bool:
    """ "Please cable explanations": the word after a sentence-opening "please" is the verb, whatever
    part of speech the tagger gave it (telegraphese misleads it into a noun)."""
    if tok.i == 0 or tok.pos_ not in MISREAD_VERBS:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ not in ctx.cue("politeness_adverbs"):
        return False
    opening = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    return opening is not None and opening.i == prev.i


def misread_opening_verb(ctx: Context, tok: Token) -> bool:
    """ "Express to the Minister the hope ...", "Urge upon him ...": a verb of saying or directing opening
    its sentence with no subject and a "to" ("upon") or an object after it, that the tagger read as an
    adjective or a name."""
    if tok.dep_ != "ROOT" or tok.pos_ not in MISREAD_VERBS:
        return False
    if tok.lower_ not in ctx.cue("speech_verbs") | ctx.cue("directive_governors"):
        return False
    opening = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.i != tok.i or any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return False
    told = {"dobj", "npadvmod", "dative"}
    addressing = ctx.cue("addressing_prepositions")  # "Express to the Minister", "Urge upon him"
    return any((c.dep_ == "prep" and c.lower_ in addressing) or c.dep_ in told for c in children_of(tok))


def misread_clause(ctx: Context, tok: Token, dep: str) -> bool:
    """A verb whose clause only looks directed of its own: fronted across a semicolon, describing an
    antecedent, another wording of the directed verb it is joined to by "or" or after "repeat not", a
    participle read as a clause, or a telegraphic "Recommend you ..." or "Congratulate you ..." (``dep``,
    the verb's dependency label, spares the walk on most verbs)."""
    if dep == "ccomp":
        return misread_fronted_clause(tok) or participle_read_as_clause(tok)
    if dep == "conj":
        return alternative_wording(ctx, tok) or repeated_negation(ctx, tok)
    if dep == "ROOT":  # "Recommend you tell him": the left-out "I" recommends; "tell" is the directive
        governor = telegraphic_governor(ctx, tok)
        return (governor is not None and governor.i == tok.i) or telegraphic_first_person(ctx, tok)
    return dep in {"relcl", "xcomp"} and describes_antecedent(tok)


def telegraphic_governor(ctx: Context, tok: Token) -> Token | None:
    """ "Recommend you tell him that ...", "Urge you to see Thieu", "Suggest you see Thieu" (the tagger
    may read "Suggest" as an auxiliary): telegraphese leaves out the "I" of a verb of recommending or
    wishing that opens the sentence, so it is no imperative; its complement, with the addressee as doer,
    is the directive. The governing word, if any."""
    if telegraphic_recommendation(tok):  # "..., suggest you consider querying him": anywhere in its sentence
        return tok
    governor = next((c for c in children_of(tok) if c.dep_ == "aux" and c.i < tok.i), None) or tok
    if governor.lemma_.lower() not in ctx.cue("telegraphic_governors"):
        return None
    first = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != governor.i:
        return None
    if governor.i == tok.i and any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return None
    if governor.i != tok.i:  # "Suggest you see Thieu": the auxiliary's verb has the addressee as subject
        return governor if any(c.dep_ == "nsubj" and is_second_person(c) for c in children_of(tok)) else None
    told = [c for c in children_of(tok) if c.dep_ == "dobj"]
    told += [s for c in children_of(tok) if c.dep_ == "ccomp" for s in children_of(c) if s.dep_ == "nsubj"]
    return governor if any(is_second_person(t) for t in told) else None


def telegraphic_first_person(ctx: Context, tok: Token) -> bool:
    """ "Congratulate you upon your appointment", "Assure you of our support": a bare verb opening a
    telegram's sentence with the addressee as its object has left out its "I"; the addressee is not told
    to act on himself. With an infinitive ("Advise you to leave at once") the addressee is told to act."""
    if tok.tag_ != "VB" or any(c.dep_ in SUBJECTS | {"xcomp"} for c in children_of(tok)):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in ctx.cue("addressee_objects") for c in children_of(tok)):
        return False  # "Hold yourself in readiness": the addressee acts on himself, an order
    first = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == tok.i


def repeated_negation(ctx: Context, tok: Token) -> bool:
    """ "You should not, repeat not, show him the text": the cable's emphatic "repeat not" is no verb;
    the parser makes "repeat" the directed verb and hangs the real one on it as a conjunct, which is the
    same prohibition, already quoted whole, not a second directive to do it."""
    head = head_of(tok)
    if head.i not in ctx.directives or head.lower_ not in ctx.cue("repeat_marks"):
        return False
    return any(c.dep_ == "neg" and head.i < c.i < tok.i for c in children_of(head))


def alternative_wording(ctx: Context, tok: Token) -> bool:
    """ "I hope you will not order or permit his return": a verb joined by "or" to a directed verb
    that has no complement of its own shares that verb's object, and so its directive: one act named
    two ways, not a second act ("refuse to sign or make a statement" are two)."""
    head = head_of(tok)
    if head.i not in ctx.directives or not shares_complement(head):
        return False
    alternatives = ctx.cue("alternative_conjunctions")
    return any(
        c.dep_ == "cc" and c.lower_ in alternatives and head.i < c.i < tok.i for c in children_of(head)
    )


def misread_fronted_clause(tok: Token) -> bool:
    """ "They declare lives are in jeopardy; they hope you will land marines": a clause the parser hung
    as the complement of a verb after it, across a semicolon, is a sentence of its own, not what that
    verb says (a complement is fronted before its verb only within one clause). One with "you" as subject
    ("then you should make a clear statement ...; and that ...") is read as the directive it is."""
    head = tok.head
    if tok.i > head.i or not any(t.text == ";" for t in tok.doc[tok.i : head.i]):
        return False
    return not is_second_person(subject_of(tok))


def participle_read_as_clause(tok: Token) -> bool:
    """ "urging that they join in representations of the kind indicated": a past form with no subject,
    no auxiliary and no "that" that the parser hung on a verb as its clause is a participle on a noun
    (a finite past verb has a subject), not a further thing said or asked."""
    if tok.tag_ != "VBD":
        return False
    return not any(c.dep_ in SUBJECTS | {"aux", "auxpass", "mark", "expl"} for c in children_of(tok))


def describes_antecedent(tok: Token) -> bool:
    """ "any changes which you may wish to introduce", "Torres, whose removal you were directed to
    demand": a relative clause whose relative word is the object, not the subject, describes its
    antecedent by what the addressee is (or was) told to do with it; it directs nothing now. A "that"
    marking a content clause the parser read as relative ("the desire ... that you proceed") is no
    relative word."""
    clause = tok
    while clause.dep_ == "xcomp":  # "wish to introduce", "directed to demand"
        clause = head_of(clause)
    if clause.dep_ != "relcl":
        return False
    return any(
        c.dep_ not in SUBJECTS
        and c.dep_ != "mark"
        and (c.tag_ in RELATIVE_TAGS or any(g.tag_ == "WP$" for g in children_of(c)))
        for verb in {tok, clause}
        for c in children_of(verb)
    )


def true_relative(ctx: Context, tok: Token) -> bool:
    """A relative clause that describes its noun, not a main clause misread as one."""
    return tok.dep_ == "relcl" and not relative_main_clause(tok)


def copy_routed(ctx: Context, verb: Token) -> bool:
    """ "Please furnish copy War Trade Board": a bare "copy" (no article, no "of": the tagger may read it
    as a verb) is one of this message, and the line routes it."""
    copies = ctx.cue("message_copies")
    copy = next((c for c in children_of(verb) if c.dep_ in {"dobj", "xcomp"} and c.lower_ in copies), None)
    if copy is None:
        return False
    return not any(c.dep_ in {"det", "poss", "prep", "nummod"} for c in children_of(copy))


def points_the_reader(ctx: Context, tok: Token) -> bool:
    """ "You will note that ...", "It should be pointed out that ...": a verb of noticing or saying
    with no one to say it to points the reader at something; "You may observe to the Minister that
    ..." and "It should be pointed out to him that ..." say it to someone, and "You may say that ..."
    tells the reader what to say."""
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in children_of(tok)):
        return False
    subj, lemma = subject_of(tok), tok.lemma_.lower()
    if subj is not None and subj.dep_ == "nsubjpass" and subj.lower_ == "it":
        return lemma in ctx.cue("reader_verbs")
    directed = is_second_person(subj) and modals_of(tok) & ctx.cue("directive_modals")
    if directed and lemma in ctx.cue("uttering_verbs"):
        return False  # "You may say that ...": told what to say
    return lemma in ctx.cue("non_directive_verbs") & ctx.cue("speech_verbs")


def routing_line(ctx: Context, verb: Token) -> bool:
    """ "Deliver immediately.", "Pass the following message to ...", "Begin text.": routing, no directive."""
    if copy_routed(ctx, verb):
        return True
    if verb.lemma_.lower() not in ctx.cue("routing_verbs"):
        return False
    words = ctx.cue("message_words")
    following = (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "following")
    if any(o.lemma_.lower() in words for p in following for o in children_of(p)):
        return True  # "deliver soonest following message": the participle read as a preposition
    # "soonest" read as the object: an adverb of speed, no thing delivered
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.tag_ not in {"JJS", "RBS"}), None)
    return (
        obj is None
        or obj.lemma_.lower() in words
        or any(c.lower_ in words for c in children_of(obj))
    )
