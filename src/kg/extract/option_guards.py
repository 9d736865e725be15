"""What a clause put forward may look like without being a course on the table: a capability
stated ("I am able to render more service here"), an answer wanted or promised back to the writer
("I should like to have your decision", "promised to advise us of the reply"), what others will
do foretold ("I think Germany will sign"), a purpose ascribed to a thing ("legislation intended to
exclude foreigners"), passing word on, talking it over or drawing attention ("communicate his note to
the Department", "confer with the consul", "call his attention to"); and proposal nouns that name no
course: a belief ("the idea that ..."), a situation judged ("her adverse position"), an amount ("a
great deal of"), a request for an answer ("request for instructions"), whatever course is fit ("the
proper course"), the addressee's proposals asked back ("submit your recommendations"), an outcome with
no terms ("a satisfactory settlement of the question"); and a stance on, or the taking of, a proposal
named by its object ("to accept the plan", "taking any position"), which is that proposal. Each guard states
its linguistic reason; the words live in cues.json. Proposal nouns that cite a text in force are in
``option_citations``."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_negated, is_second_person, modals_of, subject_of
from .lexicon import cue
from .option_extents import action_noun
from .option_formulas import absent_thing, occasion_taken
from .option_generics import generic_mention
from .option_idioms import in_an_idiom
from .option_phrases import is_holder
from .option_targets import is_course
from .tokens import children_of, head_of, sentence, subtree_of


def mere_capability(ctx: Context, governor: Token) -> bool:
    """ "I will be able to render more valuable service here", "I am able to say that ...": what one
    can do is a capability stated, not a course put forward; negated ("we are not able to accept") it
    is a refusal, and stays a course."""
    if governor.lemma_.lower() not in ctx.cue("capability_adjectives"):
        return False
    return not (is_negated(governor) or is_negated(head_of(governor)))


def ascribed_purpose(ctx: Context, governor: Token) -> bool:
    """ "a tariff intended to protect local mills", "the naval holiday was presupposed to be on
    the part of both countries": what a thing is meant or taken to do is ascribed to it, not put
    forward; "it is intended to send a commission" and "the Government is prepared to accept" are."""
    if _purpose_of_an_act(ctx, governor):
        return True
    if governor.tag_ != "VBN":
        return False
    if governor.dep_ == "acl":
        bearer: Token | None = head_of(governor)
    elif any(c.dep_ == "auxpass" for c in children_of(governor)):
        bearer = next((c for c in children_of(governor) if c.dep_ == "nsubjpass"), None)
        if bearer is not None and governor.dep_ == "relcl" and bearer.lower_ in ctx.cue("relative_pronouns"):
            bearer = head_of(governor)  # "this legislation which is intended to exclude foreigners"
    else:
        return False
    if (
        bearer is None
        or bearer.pos_ not in {"NOUN", "PROPN"}
        or bearer.lower_ in ctx.cue("impersonal_subjects")
    ):
        return False
    return not (bearer.i in ctx.actor_at or bearer.ent_type_ in ctx.cue("actor_entities"))


def _purpose_of_an_act(ctx: Context, noun: Token) -> bool:
    """ "the provision of funds to meet interest due", "the offer of a loan to pay the troops": after a
    noun with its object ("of funds", not a holder "of the British Government") the to-clause says what
    the act or the thing is for, not a course put forward by the noun."""
    if noun.pos_ != "NOUN":
        return False
    of = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" and not is_holder(ctx, c)]
    clauses = [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VB"]
    return any(p.i < c.i for p in of for c in clauses)


def asked_or_supposed(ctx: Context, verb: Token, subj: Token) -> bool:
    """ "decide what course should be pursued" asks which course; "should such a line of conduct be
    continued in, ..." supposes one (a condition by inversion, GUIDELINES); "careful consideration
    should be given to the plan" asks that it be weighed (the plan, if any, is the option): none
    puts a rule forward."""
    if subj.tag_ in {"WDT", "WP"} or any(c.tag_ in {"WDT", "WP"} for c in children_of(subj)):
        return True
    if _attention_asked(ctx, verb) or _weighed_in_thought(ctx, verb):
        return True
    inverted = any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < subj.i for c in children_of(verb))
    return inverted and not sentence(verb).text.rstrip().endswith("?")


def needed_by_a_thing(ctx: Context, verb: Token) -> bool:
    """ "such violation must call for the interference of the latter", "a situation which has demanded
    careful consideration": a thing that calls for an act states a need, not anyone's demand; "the
    claimants ask for a hearing" is one."""
    subj = subject_of(verb)
    if subj is not None and subj.dep_ == "nsubj" and verb.dep_ == "relcl" and subj.tag_ in {"WDT", "WP"}:
        subj = head_of(verb)  # "a situation which has demanded ...": the relative stands for its noun
    return subj is not None and subj.dep_ != "nsubjpass" and _a_thing(ctx, subj)


def _a_thing(ctx: Context, noun: Token) -> bool:
    """A noun of an event or a state ("violation", "situation") that names no actor (a "delegation" or
    "commission" is one; "the claimants" are people) and no text ("the resolution calls for the
    withdrawal of all forces" puts its demand forward)."""
    if noun.pos_ != "NOUN" or noun.i in ctx.actor_at or noun.ent_type_ in ctx.cue("actor_entities"):
        return False
    if not action_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    texts = any(lemma in ctx.cue(name) for name in ctx.cue("text_noun_lists"))
    return not texts and not any(
        lemma in ctx.lex.words("actors", name) for name in ctx.cue("actor_word_lists")
    )


def predicted(ctx: Context, verb: Token) -> bool:
    """ "I think Germany will sign", "hostilities will inevitably begin": what others will do is a
    prediction; a course is what "you" or "we" will or should do, or what others should do."""
    subj = subject_of(verb)
    if subj is None or subj.dep_ == "nsubjpass" or is_second_person(subj) or is_first_person(subj):
        return False  # "you will land marines", "an arrangement might be made whereby ..."
    if subj.dep_ == "nsubj" and subj.pos_ != "PRON" and is_course(ctx, subj):
        return True  # a thing that acts: an event foretold
    return not modals_of(verb) & ctx.cue("strong_modals")


def brings_word_back(ctx: Context, course: Token) -> bool:
    """ "I should like to have your decision", "would like to be informed what arrangements were made",
    "desired to be furnished with copies", "promised to advise us of the reply": an answer or a paper
    coming back to the writer's side is a request for information or a report promised, not a course
    on the table; "that he be informed" (telling someone else) stays one."""
    lemma = course.lemma_.lower()
    if lemma in ctx.cue("informing_verbs") or lemma in ctx.cue("supplying_verbs"):
        told = [c for c in children_of(course) if c.dep_ in {"dobj", "dative"}]
        to_us = any(c.lower_ in ctx.cue("first_person") or c.lower_ in ctx.cue("first_plural") for c in told)
        return to_us or (course.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children_of(course)))
    if lemma not in ctx.cue("answer_getting_verbs"):
        return False
    return any(c.dep_ == "dobj" and is_answer(ctx, c) for c in children_of(course))


def act_on_a_proposal(ctx: Context, course: Token) -> bool:
    """ "prepared to accept the plan of the commission", "voted to reject the offer of a loan", "agreed
    to the proposal", "avoid taking any position that would ...": a stance on a proposal named
    by its object is a decision on that proposal, and taking or making one is that proposal; the
    proposal is the option, not a new course ("to withdraw the troops" is one)."""
    lemma = course.lemma_.lower()
    if not any(lemma in ctx.cue(name) for name in ("approve_verbs", "reject_verbs", "adopting_verbs")):
        return False
    objects = [c for c in children_of(course) if c.dep_ == "dobj"]
    preps = [p for p in children_of(course) if p.dep_ == "prep"]
    objects += [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in ctx.cue("option_nouns") for o in objects)


def correspondence(ctx: Context, course: Token) -> bool:
    """ "I would promptly communicate his note and his views to the Department", "you may wish to
    communicate further with Mr. Chamberlain", "desired to confer with the consul", "wished to
    ascertain whether ...", "to express an opinion", "to comment on the proposal": passing word on, saying
    what one thinks, talking a matter over and finding something out are the
    conduct of correspondence (and so are an aside on the letter and drawing attention), not a course of
    policy on the table; "that he be informed that he should apply to the Department" and "that the
    question be discussed by the Conference" (what is to be done to another or to a matter) stay one."""
    passive = any(c.dep_ == "auxpass" for c in children_of(course))
    lemma = course.lemma_.lower()
    conduct = lemma in ctx.cue("correspondence_verbs") | ctx.cue("conferring_verbs") | ctx.cue("remark_verbs")
    taken = occasion_taken(ctx, course)  # "to take this opportunity to point out"
    return (conduct and not passive) or _aside(ctx, course) or _attention_drawn(ctx, course) or taken


def _attention_drawn(ctx: Context, verb: Token) -> bool:
    """ "call the attention of the Minister to the treaty", "give careful consideration to their plan":
    drawing or giving attention weighs what it is drawn to (the option, if any), and is no course; so
    is bringing something "to your attention" (a paper shown, not a course taken)."""
    nouns = ctx.cue("attention_nouns")
    if any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in children_of(verb)) or _attention_asked(
        ctx, verb
    ):
        return True
    to = (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to")
    return any(o.dep_ == "pobj" and _someones_attention(ctx, o) for p in to for o in children_of(p))


def _attention_asked(ctx: Context, verb: Token) -> bool:
    """ "careful consideration should be given as to the result", "attention be called to the treaty":
    attention asked for in the passive weighs what it is given to; "two months' notice should be given"
    (a period of notice, owned by its length) is a term of a rule."""
    return any(
        c.dep_ == "nsubjpass"
        and c.lemma_.lower() in ctx.cue("attention_nouns")
        and not any(p.dep_ in {"poss", "nmod", "nummod"} for p in children_of(c))
        for c in children_of(verb)
    )


def _weighed_in_thought(ctx: Context, verb: Token) -> bool:
    """ "the cost must be taken into account", "this fact should be borne in mind", "the ratios must be
    considered final", "the plan should be given careful consideration": what is to be thought of or
    weighed is no course put forward (the plan, if any, is the option)."""
    if verb.lemma_.lower() in ctx.cue("cognition_verbs"):
        return True
    heeded = (g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj")
    given = (t for c in children_of(verb) if c.dep_ == "dobj" for t in [c, *c.conjuncts])
    return any(g.lemma_.lower() in ctx.cue("heeding_nouns") for g in heeded) or any(
        c.lemma_.lower() in ctx.cue("attention_nouns") for c in given
    )


def _someones_attention(ctx: Context, noun: Token) -> bool:
    """ "your attention", "the notice of the Minister": a reader's attention, not a matter attended to
    ("devote its time to consideration of the budget" is the work taken up)."""
    if noun.lemma_.lower() not in ctx.cue("attention_nouns"):
        return False
    of = [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)]
    whose = any(o.dep_ == "pobj" and (o.i in ctx.actor_at or o.pos_ == "PROPN") for o in of)
    return whose or any(c.dep_ == "poss" for c in children_of(noun))


def _aside(ctx: Context, verb: Token) -> bool:
    """ "The Government, I should add, is anxious to sell": a verb of saying set off by commas inside
    another clause is the writer's remark on the letter itself."""
    subj = subject_of(verb)
    if verb.lemma_.lower() not in ctx.cue("saying_verbs") or subj is None or subj.i == 0:
        return False
    after = verb.i + 1
    return verb.doc[subj.i - 1].text == "," and after < len(verb.doc) and verb.doc[after].text == ","


def is_answer(ctx: Context, noun: Token) -> bool:
    """ "your views", "instructions in the premises", "an expression of opinion": a word sent back."""
    lemma = noun.lemma_.lower()
    return lemma in ctx.cue("answer_nouns") or lemma in ctx.cue("sought_word_nouns")


def asked_answer(ctx: Context, noun: Token) -> bool:
    """A request for an answer is no course; one "on the peace formula" names its topic, which the
    mention then stands for (the option a decision on it bears on)."""
    topic = ctx.cue("topic_prepositions")
    sought = is_answer(ctx, noun) or noun.lemma_.lower() in ctx.cue("attention_nouns")  # "ask his attention"
    return sought and not any(c.dep_ == "prep" and c.lower_ in topic for c in children_of(noun))


def request_for_answer(ctx: Context, request: Token) -> bool:
    """ "I renew request for instructions by cable", "with a request for their views": a request for a
    word back is a request for information (an instruction), no course on the table; "the request for
    release of these two gentlemen" asks for an act."""
    if request.lemma_.lower() not in ctx.cue("request_nouns"):
        return False
    wanted = [
        o for c in children_of(request) if c.dep_ == "prep" and c.lower_ == "for" for o in children_of(c)
    ]
    return any(o.dep_ == "pobj" and asked_answer(ctx, o) for o in wanted)


def amount_of(ctx: Context, noun: Token) -> bool:
    """ "a great deal of artillery", "a greater measure of assistance", "a good deal of uneasiness": an
    indefinite noun of size with an "of" is an amount of what follows, no course."""
    children = children_of(noun)
    sized = any(c.dep_ == "amod" and c.lemma_.lower() in ctx.cue("size_adjectives") for c in children)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children)
    return sized and indefinite and any(c.dep_ == "prep" and c.lower_ == "of" for c in children)


def named_place(ctx: Context, tok: Token) -> bool:
    """ "the Crow Creek Reservation", "the International Settlement": a proposal noun that heads the
    proper name of a place names the place, not a course; where the entity recognizer takes the name
    for a body or misses it, a noun that also names a territory ("reservation", "settlement")
    written as part of the name (a proper noun) still does. "The Senate reservation" is one made."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))
    territory = tok.tag_ == "NNP" and tok.lemma_.lower() in ctx.cue("territory_nouns")
    return named and (territory or tok.ent_type_ in ctx.cue("place_entities"))


def open_choice(tok: Token) -> bool:
    """ "any proposals which may be made", "the course which would be adopted": a proposal noun
    described only by a modal passive of its own making or adopting names whatever course that will
    be, none on the table; "the steps to be taken upon the arrival of the fleet" says which."""
    if _fit_but_unnamed(tok):
        return True
    after = [c for c in children_of(tok) if c.i > tok.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in {"relcl", "acl"}:
        return False
    deps = {c.dep_ for c in children_of(after[0])}
    bare = deps <= {"nsubjpass", "aux", "auxpass", "advmod", "neg"}
    return bare and "auxpass" in deps and bool(modals_of(after[0]))


def _fit_but_unnamed(tok: Token) -> bool:
    """ "the proper course to be followed", "the best recommendation": an adjective of fitness with
    nothing that says which names whatever course is fit, none on the table; "the proper course of
    withdrawing", "our best offer", "the best plan, which is to wait" say which."""
    children = children_of(tok)
    if not any(c.dep_ == "amod" and c.lower_ in cue("open_content_modifiers") for c in children):
        return False
    told = {"det", "amod", "punct", "cc"}
    return all(c.dep_ in told or _bare_passive(c) for c in children)


def _bare_passive(clause: Token) -> bool:
    """ "to be followed", "to be taken in case of need": a to-passive that only says the course is
    to be taken, not what it is (a purpose "to be taken to end the war" says)."""
    passive = any(c.dep_ == "auxpass" for c in children_of(clause))
    if clause.dep_ not in {"acl", "relcl"} or not passive or not _infinitive(clause):
        return False
    said = {"xcomp", "ccomp", "dobj", "attr", "oprd"}
    return not any(c.dep_ in said or (c.dep_ == "advcl" and _infinitive(c)) for c in children_of(clause))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def mere_notion(ctx: Context, idea: Token) -> bool:
    """ "the idea that citizens of the United States were at the bottom of the trouble" is a belief,
    "the fundamental idea of insurance" a concept: a noun of thought names a course only with one for
    content, a gerund ("the idea of Peru sending a commission") or a clause of what should be done
    ("our idea that this Conference should not be held in Washington", "the idea to send troops")."""
    if idea.lemma_.lower() not in ctx.cue("notion_nouns"):
        return False
    clauses = [c for c in children_of(idea) if c.dep_ in {"acl", "ccomp", "relcl"}]
    if idea.dep_ == "attr":  # "It is our idea that ...": the clause hangs on the copula
        clauses += [c for c in children_of(head_of(idea)) if c.dep_ == "ccomp" and c.i > idea.i]
    if any(c.tag_ == "VBG" or modals_of(c) or _bare_verb(c) for c in clauses):
        return False
    acts = (t for c in children_of(idea) if c.dep_ == "prep" for t in subtree_of(c))
    return not any(t.tag_ == "VBG" for t in acts)


def _bare_verb(verb: Token) -> bool:
    """A subjunctive: "that he be sent", "that they withdraw"."""
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VB" or any(c.tag_ == "VB" for c in auxes)


def judged_situation(ctx: Context, position: Token) -> bool:
    """ "an excellent position elsewhere", "her special and adverse position vis-a-vis the League", "the
    true position of the great mass of the Americans": a position judged good or bad (an evaluative
    adjective, VADER lexicon) is the situation someone is in; a stand taken says what it holds ("a
    strong position on the embargo", "the difficult position which she has taken", "of delaying")."""
    if position.lemma_.lower() not in ctx.cue("capacity_nouns"):
        return False
    valence = ctx.lex.words("evaluation", "positive") | ctx.lex.words("evaluation", "negative")
    children = children_of(position)
    if not any(c.dep_ == "amod" and c.lower_ in valence for c in children):
        return False
    topic = ctx.cue("topic_prepositions")
    held = (
        c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and (c.lower_ in topic or _of_an_act(c)))
        for c in children
    )
    return not any(held)


def _of_an_act(prep: Token) -> bool:
    return prep.lower_ == "of" and any(t.tag_ == "VBG" for t in subtree_of(prep))


def names_no_course(ctx: Context, tok: Token) -> bool:
    """A proposal noun that names a place, an open choice, a mere notion, a situation judged, a
    request for an answer, a word asked back, an amount, an outcome with no terms, the noun of an
    idiom ("at his request") or a thing said not to exist ("there is no treaty"): no course on the table."""
    if named_place(ctx, tok) or open_choice(tok) or mere_notion(ctx, tok) or generic_mention(ctx, tok):
        return True
    if request_for_answer(ctx, tok) or asked_back(ctx, tok) or outcome_without_terms(ctx, tok):
        return True
    return judged_situation(ctx, tok) or amount_of(ctx, tok) or in_an_idiom(ctx, tok) or absent_thing(tok)


def outcome_without_terms(ctx: Context, noun: Token) -> bool:
    """ "a prompt settlement of the boundary question", "a satisfactory solution", "an early settlement":
    a noun of the outcome a dispute may come to, told only by what it settles, how good it would be
    and where, names the end sought, no course on the table; terms make one ("a cash settlement of the
    claims", "a settlement on the basis of the old line", "the solution which they offered", "our
    settlement", "a settlement by arbitration")."""
    if noun.lemma_.lower() not in ctx.cue("outcome_nouns"):
        return False
    return all(_no_term(ctx, c) for c in children_of(noun))


def _no_term(ctx: Context, child: Token) -> bool:
    """A determiner or an adjective of quality ("satisfactory", "acceptable to both sides"), the
    dispute settled ("of the question", not "of the claims": settling claims is paying them) or a
    setting ("in the talks"); anything else may state a term."""
    if child.dep_ in {"det", "predet", "amod", "advmod", "neg", "punct"}:
        return True
    if child.dep_ == "acl" and child.pos_ == "ADJ":
        return True
    if child.dep_ != "prep":
        return False
    objects = [c for c in children_of(child) if c.dep_ in {"pobj", "pcomp"}]
    if child.lower_ in ctx.cue("outcome_matter_prepositions"):
        return all(o.dep_ == "pobj" and o.lemma_.lower() in ctx.cue("outcome_matters") for o in objects)
    return child.lower_ in ctx.cue("outcome_setting_prepositions")


def asked_back(ctx: Context, noun: Token) -> bool:
    """ "submit your recommendations", "please cable your proposals": the addressee's own proposals,
    asked to be sent, are a word asked back (a request for information), none yet on the table;
    "we accept your proposal" and "your proposal of May 5" name one made."""
    verb = head_of(noun)
    if noun.dep_ != "dobj" or verb.tag_ != "VB" or verb.lemma_.lower() not in ctx.cue("word_sending_verbs"):
        return False
    return any(c.dep_ == "poss" and c.lower_ == "your" for c in children_of(noun))
