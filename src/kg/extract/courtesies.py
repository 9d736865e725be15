"""Verbs that look directed in a message's courtesies but ask for no act: a greeting sent or to be
conveyed ("send warmest regards", "Please convey my best wishes to the Minister"), a visit wished for
some day ("Some day you must come"), a hope or promise about what the reader will have or enjoy ("Hope
you enjoy your rest", "You will continue to have our full support"), a wish that cannot be met ("I
wish you could be here"), the handling of the message's copies ("Deliver all copies to addressee", "Do
not retain copies of this message", "Please deliver the following message") and a passive of praise
("are to be commended")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJECTS, Context, is_second_person, modals_of, subject_of
from .offers import not_asked
from .routed_lines import routed_line
from .tokens import children_of, head_of, sentence


def courtesy_verb(ctx: Context, tok: Token) -> bool:
    """Any of this module's courtesies on the verb ``tok`` (which is then no directive)."""
    return (
        sent_courtesy(ctx, tok)
        or visit_wish(ctx, tok)
        or reader_experience(ctx, tok)
        or counterfactual_wish(ctx, tok)
        or handled_copies(ctx, tok)
        or routed_following(ctx, tok)
        or praised_passive(ctx, tok)
        or not_asked(ctx, tok)  # offers, leave to speak, pardon asked, a quotation's colon
        or routed_line(ctx, tok)
        or cross_reference(ctx, tok)
    )


def sent_courtesy(ctx: Context, tok: Token) -> bool:
    """ "Please convey my best wishes to the Minister", "(we) send warmest regards": a main verb whose
    object is a greeting (good wishes, regards, compliments) sends the writer's courtesy; a reported
    request to convey one ("he asked me to convey his regards") is still its asker's, left as it is."""
    if tok.dep_ not in {"ROOT", "conj"}:
        return False
    objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
    objects += [a for c in children_of(tok) for a in children_of(c) if a.dep_ == "appos"]  # "accept, Sir, my"
    return any(courtesy_noun(ctx, c) for c in objects)


def courtesy_noun(ctx: Context, noun: Token) -> bool:
    """A greeting: "regards", "compliments"; "wishes" only with a word of good will ("best wishes"),
    since bare "the President's wishes" are what he wants done."""
    lower = noun.lower_
    if lower not in ctx.cue("courtesy_objects"):
        return False
    if lower != "wishes":
        return True
    return any(c.dep_ == "amod" and c.lower_ in ctx.cue("courtesy_qualities") for c in children_of(noun))


def visit_wish(ctx: Context, tok: Token) -> bool:
    """ "Some day you must come", "You must visit us sometime": a time left open ("some day") makes a
    "must" an invitation, not a directive with a time to be met."""
    times, dets = ctx.cue("indefinite_times"), ctx.cue("open_time_determiners")
    for child in children_of(tok):
        if child.dep_ not in {"npadvmod", "advmod", "tmod"} or child.lower_ not in times:
            continue
        if child.lower_ in {"someday", "sometime"} or any(
            d.dep_ in {"det", "nummod"} and d.lower_ in dets for d in children_of(child)
        ):
            return True
    return False


def reader_experience(ctx: Context, tok: Token) -> bool:
    """ "Hope you enjoy a well earned rest", "You will continue to have the full backing of the
    President": what the reader will have or enjoy, hoped for or promised, is no act asked of him; a
    causative ("have the Minister informed") has a clause and acts, "you should have" may direct."""
    verb = tok
    if tok.lemma_.lower() == "continue":  # "you will continue to have"
        verb = next((c for c in children_of(tok) if c.dep_ == "xcomp"), tok)
    if verb.lemma_.lower() not in ctx.cue("experience_verbs"):
        return False
    if any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children_of(verb)):
        return False  # "have him tell", "have to leave"
    if not is_second_person(subject_of(tok)):
        return False
    modals = modals_of(tok)
    if modals:
        return modals <= ctx.cue("future_modals")
    return tok.dep_ == "ccomp" and head_of(tok).lemma_.lower() in ctx.cue("hope_words")


def counterfactual_wish(ctx: Context, tok: Token) -> bool:
    """ "I wish you could be here with us": a wish with a past modal on "be" regrets an absence; it
    asks for nothing ("I wish you would tell him" asks, and is left as it is)."""
    if tok.dep_ != "ccomp" or tok.lemma_.lower() != "be" or not is_second_person(subject_of(tok)):
        return False
    if head_of(tok).lemma_.lower() != "wish" or not modals_of(tok) & ctx.cue("counterfactual_modals"):
        return False
    return not any(c.dep_ in {"acomp", "attr", "xcomp"} for c in children_of(tok))


def handled_copies(ctx: Context, tok: Token) -> bool:
    """ "Deliver all copies and residue to addressee", "Do not retain copies of this message": a verb
    of routing or keeping whose object is the message's copies handles the message, directs nothing."""
    lemma = tok.lemma_.lower()
    if lemma not in ctx.cue("routing_verbs") | ctx.cue("handling_verbs"):
        return False
    if any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return False
    marks = ctx.cue("message_copies")
    copies = [c for c in children_of(tok) if c.dep_ == "dobj" and c.lemma_.lower() in marks]
    kept = lemma in ctx.cue("handling_verbs")  # "send us copies of the agreement" asks for papers
    return any(kept or own_copies(ctx, c) for c in copies)


def own_copies(ctx: Context, copies: Token) -> bool:
    """The message's own copies: "all copies", "file copies", "copies of this message"."""
    for child in children_of(copies):
        if (child.dep_ == "det" and child.lower_ == "all") or child.dep_ == "compound":
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            words = [p for p in children_of(child) if p.lower_ in ctx.cue("message_words")]
            return any(d.lower_ in {"this", "these"} for p in words for d in children_of(p))
    return False


def routed_following(ctx: Context, tok: Token) -> bool:
    """ "Please deliver the following message from X to Y:", "Would you please pass the following
    message to ...", "Please deliver copy of following to X", "Please deliver what follows to X": a polite
    routing line before the text it routes; delivering "the letter" to a minister (no "following") is an
    act of the addressee's."""
    if tok.dep_ != "ROOT" or tok.lemma_.lower() not in ctx.cue("routing_verbs"):
        return False
    if not any(c.lower_ in ctx.cue("politeness_adverbs") for c in children_of(tok)):
        return False
    routed = [w for c in children_of(tok) if c.dep_ in {"dobj", "prep", "ccomp"} for w in (c, *c.children)]
    routed += [o for w in routed if w.dep_ == "prep" and w.lower_ == "of" for o in w.children]  # "copy of"
    return any(w.lower_ in {"following", "follows"} for w in routed)  # "following message", "what follows"


def praised_passive(ctx: Context, tok: Token) -> bool:
    """ "They are to be highly commended for their courage", "You are to be congratulated": a passive
    of praise says who deserves it; no one is told to praise."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in ctx.cue("praise_verbs")


def complimentary_close(ctx: Context, verb: Token) -> bool:
    """ "Please accept, Sir, the renewed assurances of my highest consideration", "Please accept, etc.":
    the formula that closes a letter offers a courtesy and asks for no act: a verb of accepting whose
    object is an assurance, or that the editors' elision cuts short."""
    if verb.lemma_.lower() not in ctx.cue("closing_verbs"):
        return False
    marks = {m.strip(".[]") for m in ctx.cue("elision_marks")}
    objects = ctx.cue("closing_objects")
    after = [t for t in sentence(verb) if t.i > verb.i]
    if any(t.lower_.strip(".[]") in marks for t in after):
        return True
    near = (t for t in after if verb in (head_of(t), head_of(head_of(t))))  # "accept, Sir, the assurances"
    return any(t.lemma_.lower() in objects for t in near)


def cross_reference(ctx: Context, verb: Token) -> bool:
    """ "Please read my telegram No. 76", "Please refer to my 301": a verb of reading or referring whose
    object is a paper given by its number points the reader to it, a cross-reference, no act asked
    (GUIDELINES: "see telegram No. 132")."""
    if verb.lemma_.lower() not in ctx.cue("referring_verbs"):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
    return any(_numbered_paper(ctx, o) for o in objects)


def _numbered_paper(ctx: Context, noun: Token) -> bool:
    """A paper with its number ("telegram No. 76", "despatch 324") or a number alone ("my 301")."""
    if noun.like_num:
        return True
    papers = ctx.cue("message_words") | ctx.cue("message_nouns") | ctx.cue("handled_papers")
    if noun.lemma_.lower() not in papers:
        return False
    for tok in noun.doc[noun.i + 1 : noun.i + 4]:  # "No. 76", wherever the parser hangs it
        if tok.like_num:
            return True
        if tok.lower_ not in {"no", "."}:
            return False
    return False
