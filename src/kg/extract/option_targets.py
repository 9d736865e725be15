"""What a stance or a pointing mention bears on: the option at or inside a token, the courses a
clause puts forward, and the mention an anaphor ("this suggestion") points back to."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    SUBJECTS,
    Context,
    char_span,
    clause_span,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_second_person,
    shares_complement,
    subject_of,
)
from .lexicon import cue
from .model import Option
from .option_extents import course_span, extraposed_content, point_apart
from .option_formulas import no_course_word, weighed_gerunds
from .option_phrases import clause_label, is_holder, is_idiom, noun_phrase, option_label, proposer
from .option_pointers import pointing_phrase
from .option_reach import within_reach
from .option_twins import same_act
from .stance_spans import stance_clause
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice


def points_back(ctx: Context, tok: Token) -> bool:
    """ "this suggestion", "such proposals", "such a temporizing agreement", "the latter": a pointing
    word makes a mention anaphoric."""
    pointing = ctx.cue("pointing_determiners")
    return (
        tok.lower_ in ctx.cue("anaphoric_modifiers")
        or any(c.dep_ in {"det", "predet"} and c.lower_ in pointing for c in children_of(tok))
        or bool(pointing_phrase(ctx, tok))  # "an arrangement along these lines"
    )


def is_anaphor(ctx: Context, tok: Token, start: int, end: int) -> bool:
    """A proposal noun that only points back: nothing but determiners and anaphoric modifiers
    ("the proposed arrangement", "the above suggestions", "this course"), or whose it is ("the
    request of the British Government" says who made it, not what it asks; "any award of the
    Commission" is whatever it will be)."""
    indefinite = any(
        c.dep_ == "det" and c.lower_ in ctx.cue("indefinite_determiners") for c in children_of(tok)
    )
    holder = {t.i for c in children_of(tok) if not indefinite and is_holder(ctx, c) for t in subtree_of(c)}
    holder |= set(pointing_phrase(ctx, tok))  # "a proposal of this kind" points back like "such a proposal"
    words = [t for t in ctx.sdoc[start : end + 1] if t.i != tok.i and not t.is_punct and t.i not in holder]
    if indefinite and any(t.lower_ in ctx.cue("alternative_modifiers") for t in words):
        return False  # "any other course", "a new proposal": an alternative not yet named
    return all(t.dep_ in {"det", "poss"} or t.lower_ in ctx.cue("anaphoric_modifiers") for t in words)


def held_entitlement(ctx: Context, tok: Token) -> bool:
    """ "has the right to export", "possesses the power to": an entitlement held is no proposal; one
    reserved or retained ("we must reserve the right to ...") is insisted on."""
    return (
        tok.tag_.startswith("NN")
        and tok.lemma_.lower() in ctx.cue("entitlement_nouns")
        and head_of(tok).lemma_.lower() in ctx.cue("possession_verbs")
    )


def is_course(ctx: Context, target: Token) -> bool:
    """Something that can be chosen: not a person, government, place, date or amount."""
    if target.i in ctx.actor_at or no_course_word(ctx, target):  # "on the part of", "the causes"
        return False
    if target.ent_type_ in ctx.cue("non_course_entities") and target.lower_ not in ctx.cue("option_nouns"):
        return False  # "Proposed Articles 1 and 2" read as a person's name is still a course
    lemma = target.lemma_.lower()
    return not any(lemma in ctx.lex.words("actors", words) for words in ctx.cue("actor_noun_lists"))


def _course_of_actor(target: Token) -> Token | None:
    """ "his Government would willingly accept any award": where a stance was read on the actor who
    takes it, the course is what its predicate takes."""
    if target.dep_ not in SUBJECTS:
        return None
    predicates = [head_of(target)] + [c for c in children_of(head_of(target)) if c.dep_ in {"acomp", "attr"}]
    return next((c for p in predicates for c in children_of(p) if c.dep_ in {"dobj", "xcomp", "ccomp"}), None)


def option_for(ctx: Context, target: Token, options: list[Option], voice: Voice) -> Option | None:
    """The option a stance bears on: a known one at or inside ``target``, else a new one; never the
    actor who takes the stance ("the Norwegian Government cannot agree")."""
    if target.dep_ == "acl" and target.tag_ == "VBN" and head_of(target).pos_ in {"NOUN", "PROPN"}:
        target = head_of(target)  # "the welcome extended by the Premier": what was extended
    target = next((g for g in weighed_gerunds(ctx, target) if course_of_action(g)), target)
    if not is_course(ctx, target):
        course = _course_of_actor(target)
        return option_for(ctx, course, options, voice) if course is not None else None
    if target.pos_ in {"VERB", "AUX"} and not course_of_action(target):  # "agree that this is a possibility"
        return None
    if target.lemma_.lower() in ctx.cue("option_nouns") and is_idiom(ctx, target):
        return None  # "accepted the position of"
    start, end = noun_phrase(target) if target.pos_ in {"NOUN", "PROPN"} else stance_clause(target)
    span = char_span(ctx.sdoc, start, end)
    for opt in options:
        inside = within_reach(target, span, opt.span)
        if opt.span.start <= target.idx < opt.span.end or inside:
            return opt
    before = sorted((o for o in options if o.span.end <= span.start), key=lambda o: o.span.end)
    if (content := extraposed_content(target)) is not None:
        return option_for(ctx, content, options, voice)
    if target.pos_ == "PRON" or _pro_verb(target):
        return before[-1] if before else None  # "it", "to do same": the course named before
    antecedent = _antecedent(ctx, target, start, end, before)
    if antecedent is not None:
        return antecedent
    twin = same_act(ctx, span := course_span(ctx.sdoc, start, end), options)  # one act, one option
    if end - start > 40 or twin is not None:
        return twin
    label = (
        option_label(ctx.sdoc, target, start, end)
        if target.pos_ in {"NOUN", "PROPN"}
        else clause_label(ctx.sdoc, start, end)
    )
    by = proposer(ctx, target, voice) if target.pos_ in {"NOUN", "PROPN"} else None
    return Option(span=span, label=label, proposed_by=by, confidence=0.45)


def _pro_verb(target: Token) -> bool:
    """ "to do same", "to do so": a verb with a pro-form stands for a course named before ("to do that
    here" may name one anew)."""
    return target.pos_ in {"VERB", "AUX"} and any(c.lower_ in cue("pro_forms") for c in children_of(target))


def _antecedent(ctx: Context, target: Token, start: int, end: int, before: list[Option]) -> Option | None:
    """ "We cannot accept this suggestion", "the latter", "the matter was dropped": a mention that only
    points back is the option named before it, the last one with its head noun, else the last one of
    the sentences just before (a new option only where none is near)."""
    pointing = points_back(ctx, target)
    if not pointing and not (target.pos_ in {"NOUN", "PROPN"} and is_anaphor(ctx, target, start, end)):
        return None
    lemma = target.lemma_.lower()
    for opt in reversed(before):
        head = ctx.sdoc.char_span(opt.span.start, opt.span.end, alignment_mode="expand")
        if head is not None and len(head) and head.root.lemma_.lower() == lemma:
            return opt
    owned = any(c.dep_ == "poss" for c in children_of(target))  # "our position" names whose it is
    opinion = lemma in ctx.cue("opinion_nouns")  # "your views" are on a course named before, no course
    if not before or (owned and not pointing and not opinion):
        return None
    if lemma in ctx.cue("enacted_instruments") and not pointing:
        return None  # "the treaty" with no treaty named before is a treaty of its own, not the last course
    sent = sentence(target)
    for _ in range(ANAPHOR_SENTENCES):  # walk back sentence by sentence, never over the whole document
        if sent.start == 0:
            break
        sent = sentence(ctx.sdoc[sent.start - 1])
    return before[-1] if before[-1].span.start >= sent.start_char else None


ANAPHOR_SENTENCES = 2  # how far back a pointing mention ("this suggestion") looks for what it points to


def is_verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for another part of speech where the parse gives it the parts
    of a clause: its subordinator with a subject or an auxiliary ("proposes that Dr. Kissinger arrive
    in China": a bare subjunctive tagged as a noun)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    deps = {c.dep_ for c in children_of(tok)}
    return "mark" in deps and bool(deps & (SUBJECTS | {"aux", "auxpass"}))


def courses(target: Token) -> list[tuple[Token, bool]]:
    """The judged course and the courses coordinated with it; one negated where the first
    is not ("to be there and not to sit") takes the opposite stance."""
    found = [(target, False)]
    if is_verbal(target) and not shares_complement(target):
        found += [
            (c, is_negated(c) != is_negated(target))
            for c in children_of(target)
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
        ]
    return found


def proposed_clauses(tok: Token) -> list[Token]:
    """The clauses a proposal word puts forward: its that- or to-complement, or the
    complement of "is" after it ("the idea is to broach ...")."""
    deps = {"ccomp", "xcomp"} if tok.pos_ in {"VERB", "ADJ"} else {"acl", "relcl", "ccomp"}
    found = [c for c in children_of(tok) if c.dep_ in deps and is_verbal(c) and _content_clause(c)]
    if tok.pos_ == "NOUN" and (tok.dep_ == "nsubj" or _extraposed(tok)) and head_of(tok).lemma_ == "be":
        found += [c for c in children_of(head_of(tok)) if c.dep_ in {"xcomp", "ccomp"} and is_verbal(c)]
    return found


def _extraposed(noun: Token) -> bool:
    """ "It is the intention of this Government to engage in ...": the noun is the predicate of an
    empty "it", and the clause the parser hung on "is" is the noun's content."""
    return noun.dep_ == "attr" and any(
        c.dep_ in SUBJECTS and c.lower_ in cue("impersonal_subjects") for c in children_of(head_of(noun))
    )


def joined_spans(clauses: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the clauses; two that touch with no conjunction between are one
    course the parser split ("insist that all the Republics ... be represented"), and so are two
    verbs of one subject joined by "and" ("go on to Rome and prepare the ground there": an
    instruction counts each verb, an option is the whole course put forward)."""
    spans: list[tuple[int, int]] = []
    for (start, end), clause in sorted(((clause_span(c), c) for c in clauses), key=lambda pair: pair[0]):
        if spans and (start <= spans[-1][1] + 1 or _one_course(clause, spans[-1][1], start)):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _one_course(verb: Token, before: int, start: int) -> bool:
    """A verb coordinated with the course before it, with no subject, subordinator or negation of
    its own, and only a plain conjunction and commas between them."""
    between = verb.doc[before + 1 : start]
    plain = [t for t in between if t.dep_ == "cc" and t.lower_ not in cue("adversatives")]
    if len(plain) != 1 or any(t.dep_ != "cc" and t.text != "," for t in between):
        return False
    first = head_of(verb)
    own = any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in children_of(verb))
    return verb.dep_ == "conj" and not own and is_negated(verb) == is_negated(first)


def _content_clause(clause: Token) -> bool:
    """A that- or to-clause with its own content, not a relative clause ("the plan which we made") nor a
    participle the parser hung on the proposing word ("decided to reject the terms sent us by the
    bankers": no subject, subordinator or auxiliary makes "sent us" a clause)."""
    if clause.dep_ == "ccomp" and clause.tag_ in {"VBD", "VBN"}:
        return any(c.dep_ in SUBJECTS or c.dep_ in {"mark", "aux", "auxpass"} for c in children_of(clause))
    if clause.dep_ not in {"acl", "relcl"}:
        return True
    if any(c.dep_ == "mark" or is_infinitive_to(c) for c in children_of(clause)):
        return True
    return (
        clause.dep_ == "relcl"
        and clause.doc[head_of(clause).i + 1].lower_ == "that"
        and any(c.dep_ in SUBJECTS and c.lower_ not in cue("relative_pronouns") for c in children_of(clause))
    )


def course_of_action(clause: Token) -> bool:
    """Something to be done: not "that this is a possibility", not "which we would like to submit";
    a causative "having someone finish the work" is one."""
    if any(t.tag_ in {"WDT", "WP"} and t.i < clause.i for t in subtree_of(clause)):
        return False
    if _causative(clause):
        return True
    if _foretold_existence(clause):
        return False
    return not (
        clause.lemma_ in cue("light_verbs")
        and clause.tag_ != "VB"
        and not any(
            c.tag_ == "MD"
            or is_infinitive_to(c)
            or (c.dep_ == "xcomp" and any(is_infinitive_to(a) for a in children_of(c)))
            for c in children_of(clause)
        )
    )


def _foretold_existence(clause: Token) -> bool:
    """ "that there will be no difficulties": an existence foretold is a state; "that there be no
    private meetings" or "there should be no meetings" puts a course forward, and so does a need
    foretold ("there would be no necessity of their being refunded")."""
    children = children_of(clause)
    expletive = any(c.dep_ == "expl" for c in children)
    modals = {c.lower_ for c in children if c.tag_ == "MD"}
    need = any(c.dep_ == "attr" and c.lemma_.lower() in cue("modal_nouns") for c in children)
    foretold = bool(modals) and modals <= cue("predictive_modals")
    return clause.lemma_ == "be" and expletive and foretold and not need


def _causative(verb: Token) -> bool:
    """ "having the Commission bear this expense": a causative verb with the clause of what it causes."""
    return verb.lemma_.lower() in cue("causative_verbs") and any(
        c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > verb.i for c in children_of(verb)
    )


def is_anaphoric(clause: Token) -> bool:
    """ "to do this", "to do so", "to do same": a course named earlier, not a new one; "to do so on
    Saturday during the meeting" only says when."""
    if any(
        c.lower_ in cue("pro_forms") and c.dep_ in {"advmod", "dobj", "oprd"} for c in children_of(clause)
    ):
        return True
    words = [t for t in subtree_of(clause) if not t.is_punct]
    return len(words) <= 4 and any(
        (t.pos_ == "PRON" and t.dep_ in {"dobj", "pobj"}) or t.lower_ in cue("pro_forms") for t in words
    )


def is_thought(ctx: Context, clause: Token) -> bool:
    """ "unable to see that ...", "to think our delay is due to ...": thinking or seeing that something
    is so names no course ("to see the President" does); nor does a that-clause that states what was
    or may have been so ("suggests that the delay was deliberate", "that he may have misunderstood")."""
    thinking = clause.lemma_.lower() in ctx.cue("cognition_verbs")
    return (thinking and any(c.dep_ == "ccomp" for c in children_of(clause))) or _stated_fact(clause)


def _stated_fact(clause: Token) -> bool:
    """A past indicative ("that the tariff defeated its purpose"; "that the Conference was to meet"
    puts a course; "that we had better wait" too) or a modal perfect ("that the delay may have been
    deliberate") in a that-clause says what was so, not what is to be done."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in children_of(clause)):
        return False
    auxes = [c for c in children_of(clause) if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return any(a.lemma_ == "have" for a in auxes)
    past_aux = clause.tag_ != "VB" and any(a.tag_ == "VBD" for a in auxes)
    past = clause.tag_ == "VBD" or past_aux
    due = any(
        c.dep_ == "xcomp" and any(is_infinitive_to(t) for t in children_of(c)) for c in children_of(clause)
    )
    return past and not due


def relative_gap(governor: Token) -> bool:
    """ "changes which you may wish to introduce": the relative word is the object of the complement,
    which names no course of its own."""
    if governor.dep_ != "relcl":
        return False
    relative = next((t for t in subtree_of(governor) if t.tag_ in {"WDT", "WP"} and t.i < governor.i), None)
    return relative is not None and relative.dep_ not in SUBJECTS


def is_addressed(governor: Token, clause: Token) -> bool:
    """ "suggest that you start ...", "desire you to study ...", "you are desired to use especial
    diligence": the addressee is told to act."""
    subj = subject_of(clause) or next(
        (c for c in children_of(governor) if c.dep_ in {"dobj", "dative", "nsubjpass"}), None
    )
    return is_second_person(subj)


def assured_state(ctx: Context, governor: Token, clause: Token) -> bool:
    """ "assure him that the matter is closed": what one assures is so is a state; what one assures,
    promises or pledges one will do ("that our Government will use its influence", "to give a copy")
    is a course."""
    if governor.lemma_.lower() not in ctx.cue("commitment_governors"):
        return False
    return not any(c.tag_ == "MD" or is_infinitive_to(c) for c in children_of(clause))


def governs_a_course(ctx: Context, verb: Token) -> bool:
    """A verb of being, knowing, wanting, proposing or taking a stance says how the speaker stands to
    a course; what it governs is the course (read by the other constructions)."""
    lemma = verb.lemma_.lower()
    return any(lemma in ctx.cue(name) for name in ctx.cue("course_governor_lists"))


def weighed_by_us(verb: Token) -> bool:
    """A main clause, or the complement of what "I", "we" or "you" say or think ("You told the Minister
    that we should send a cruiser"); not a fear or intent of a third party ("The Minister fears that we
    might send a cruiser")."""
    while verb.dep_ == "conj":
        verb = head_of(verb)
    if verb.dep_ in {"ROOT", "advcl"}:
        return True
    if verb.dep_ != "ccomp":
        return False
    governor = head_of(verb)
    subj = subject_of(governor) or (subject_of(head_of(governor)) if governor.dep_ == "acomp" else None)
    return subj is None or is_first_person(subj) or is_second_person(subj)


def verb_phrase(verb: Token) -> tuple[int, int]:
    """The verb with its objects and modifiers, without a pronoun subject ("you will land marines"),
    its modal, reasons and coordinated verbs of their own; a named subject stays with its modal ("the
    Military Detachment should continue its duties", "an arrangement might be made whereby ...")."""
    keep = [verb.i]
    shared = shares_complement(verb)  # "order or permit his return"
    subj = next((c for c in children_of(verb) if c.dep_ in SUBJECTS), None)
    for child in children_of(verb):
        if child.dep_ in {"aux", "auxpass", "neg", "punct", "advcl", "mark", "expl"}:
            continue
        if point_apart(verb, child):
            continue  # a coordinated clause with a subject of its own is a point apart
        if subj is not None and child.i < subj.i and child.dep_ not in SUBJECTS:
            continue  # "Minister now desirous we should debit ...": what comes before the subject is no part
        if child.dep_ in {"cc", "conj"} and not shared:
            continue
        if child.dep_ in SUBJECTS and child.pos_ == "PRON":
            continue
        keep.extend(t.i for t in subtree_of(child))
    start, end = min(keep), max(keep)
    if start < verb.i:  # a subject kept: the modal and negation between it and the verb go with it
        return start, end
    return verb.i, end
