"""When a stance word states no stance: a hypothesis, a condition, a question, a time clause, the
content of a directive; and when a stance is negated or put under reluctance. Shared by the decision
constructions."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .context import (
    Context,
    clause_governors,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_question,
    modals_of,
    subject_of,
)
from .judges import that_clause
from .lexicon import cue
from .reports import told_as_done
from .tokens import children_of, head_of, parse_table, sentence, subtree_of


def hypothetical(ctx: Context, tok: Token, own_modal: bool = True) -> bool:
    """ "the only one you believe I will approve" states an expectation, not a stance;
    so do "if they reject it", "an opportunity to accept it" and "agree with you that ..." (and, unless
    ``own_modal`` is false, a modal of the clause's own: "they might accept")."""
    if in_condition(tok) or in_time_clause(tok) or content_of_directive(ctx, tok) or asked(ctx, tok):
        return True
    infinitive = any(is_infinitive_to(c) for c in children_of(tok))
    if infinitive and (
        head_of(tok).pos_ in {"NOUN", "PROPN"}
        or head_of(tok).lemma_.lower() in ctx.cue("directive_governors")
    ):
        return True
    if named_by_noun(tok) or proposed_content(tok) or hearsay(tok):
        return True
    if tok.dep_ == "conj" and any(is_infinitive_to(c) for c in children_of(head_of(tok))):
        return hypothetical(ctx, head_of(tok))
    if any(c.dep_ == "prep" and c.lower_ in cue("agreement_with") for c in children_of(tok)) and any(
        c.dep_ == "ccomp" for c in children_of(tok)
    ):
        return True
    if agreed_forecast(ctx, tok):
        return True
    modals = {c.lower_ for c in children_of(tok) if c.tag_ == "MD"} if own_modal else set()
    refused = is_negated(tok) or _denied_argument(tok)  # "cannot accept it", "will accept no proposal"
    if modals & cue("hypothetical_modals") and not refused and not reported_commitment(tok):
        return True
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_.lower() in ctx.cue("belief_verbs"):
            return True
        if anc.lemma_.lower() in cue("stance_readiness"):
            return False
    return (
        tok.tag_ == "VB"
        and tok.dep_ in {"xcomp"}
        and head_of(tok).lemma_.lower() in cue("hypothesis_governors")
    )


def named_by_noun(verb: Token) -> bool:
    """ "the remotest possibility of ratifying a naval agreement", "the strategy of accepting the report":
    a gerund after a noun's "of" names a course the noun is about, as an infinitive after a noun does,
    and states no one's stance on it."""
    prep = head_of(verb)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head_of(prep).pos_ != "NOUN":
        return False
    justified = prep.lower_ in cue("justification_prepositions") and head_of(prep).lemma_.lower() in cue(
        "justification_nouns"
    )  # "no reason for withdrawing his nomination": the course a reason is for
    return prep.lower_ in cue("noun_gerund_preps") or justified


#: the tags of the words that open an embedded question ("what", "which", "whose", "how", "why")
WH_TAGS = frozenset({"WP", "WDT", "WP$", "WRB"})


def asked(ctx: Context, verb: Token) -> bool:
    """Inside a question ("whether you are prepared to ...", "how do you envisage ...?", "a decision as to
    how far we are prepared to go"): asked, not asserted."""
    if verb.i in question_tokens(verb.doc):
        return True
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ctx.cue("inquiry_marks") for c in children_of(node)):
            return True
        if node.dep_ in {"ccomp", "pcomp"} and node.left_edge.tag_ in WH_TAGS and node.left_edge.i < node.i:
            return True  # "should know what position we intend to take", "as to how far we are ready to go"
        if head_of(node).i == node.i:
            return False
        node = head_of(node)
    return False


def reported_commitment(tok: Token) -> bool:
    """ "He added that his Government would willingly accept any award": in reported speech "would"
    is the speaker's "will", a stance stated, not a hypothesis."""
    return (
        tok.dep_ == "ccomp"
        and head_of(tok).lemma_.lower() in cue("speech_verbs")
        and any(c.lower_ in cue("backshifted_modals") for c in children_of(tok) if c.tag_ == "MD")
    )


def question_tokens(sdoc: SpacyDoc) -> frozenset[int]:
    """The tokens of the document's direct questions (sentences with "?"), found once per document."""
    found = sdoc.user_data.get("kg_question_tokens")
    if found is None:
        table = parse_table(sdoc)
        found = sdoc.user_data["kg_question_tokens"] = frozenset(
            i
            for sent in table.sentences[0]
            if "?" in table.texts[sent.start : sent.end]
            for i in range(sent.start, sent.end)
        )
    return found


def in_time_clause(tok: Token) -> bool:
    """ "before the text is agreed", "when the terms have been approved": a time clause names an event,
    not a stance; the parser makes "when" an adverb of the clause rather than its marker."""
    return tok.dep_ == "advcl" and any(
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.lower_ in cue("time_marks")
        for c in children_of(tok)
    )


def proposed_content(tok: Token) -> bool:
    """ "our suggestion that they recognize Chile", "the proposal that the powers accept it": the clause
    a noun of proposal holds is the course proposed, no one's stance on it."""
    head = head_of(tok)
    proposal = head.pos_ == "NOUN" and head.lemma_.lower() in cue("option_nouns")
    return tok.dep_ == "acl" and proposal and that_clause(tok)


def content_of_directive(ctx: Context, tok: Token) -> bool:
    """ "request that the guard be withdrawn": what is asked for, not a stance taken; "advised that the
    export has been suspended" reports a fact."""
    if told_as_done(tok):
        return False
    verbs = ctx.cue("reported_directive_verbs")
    return any(
        node.lemma_.lower() in verbs and not _told_as_fact(ctx, node, tok)
        for node in clause_governors(tok, {"ccomp", "advcl", "conj"})
    )


def _told_as_fact(ctx: Context, verb: Token, tok: Token) -> bool:
    """ "Thieu told Bunker he would not agree to X": a verb that directs only with an infinitive ("told
    him to leave") reports a statement in a finite clause, unless the clause says what must be done
    ("told him he must leave")."""
    if verb.lemma_.lower() not in ctx.cue("to_only_directive_verbs"):
        return False
    clause = tok
    while head_of(clause).i != verb.i:  # the clause right under the verb, which ``tok`` is in
        clause = head_of(clause)
    return clause.dep_ == "ccomp" and not modals_of(clause) & ctx.cue("normative_modals")


def in_condition(tok: Token) -> bool:
    """Inside a clause marked as a condition: "if they refuse", "in the event that they refuse", "in case
    they refuse",
    "provided the Associated Governments accept the plan" (a participle the parser made the clause's head),
    "should the Foreign Office raise no objection" (an auxiliary right before its subject)."""
    marks = cue("condition_marks")
    node = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and (c.lower_ in marks or _event_that(c)) for c in children_of(node)):
            return True
        clause = _inverted_clause(node)
        if clause is not None and clause[0] <= tok.i < clause[1]:  # not the verbs hung around it
            return True
        if head_of(node).i == node.i:  # the root: above it only itself, asked again (spaCy makes a new Token)
            return False
        if _provided(head_of(node)) and node.dep_ in {"pcomp", "ccomp", "advcl"} and node.i > head_of(node).i:
            return True
        if _event_clause(node):
            return True
        node = head_of(node)
    return False


def _event_clause(node: Token) -> bool:
    """ "in case the Commissioners approved": the parser makes the clause a relative clause on "case"."""
    noun = head_of(node)
    return (
        node.dep_ in {"relcl", "acl"}
        and noun.lower_ in cue("condition_event_nouns")
        and head_of(noun).lower_ in cue("event_preposition")
    )


def within_condition(tok: Token) -> bool:
    """Anywhere inside a conditional clause, however deep ("if the Department believes it wise to point out
    that this legislation is undesirable", "if Italy would make an announcement that they had no intention
    of building"): what a supposed case would contain is supposed, not stated (so is what an indirect
    question put with "if" asks about); ``in_condition`` looks only four heads up."""
    marks = cue("condition_marks")
    return any(
        node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(node))
        for node in (tok, *tok.ancestors)
    )


def _inverted_clause(verb: Token) -> tuple[int, int] | None:
    """ "should the Foreign Office raise no objection": where a clause starts with an auxiliary of
    inversion right before its subject, and where it ends (its closing comma, else its sentence's
    end); none in a question or after a negative or "so" ("nor should we")."""
    auxes = cue("inversion_auxes")
    aux = next((c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"} and c.lower_ in auxes), None)
    subj = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    start = None if subj is None else min(t.i for t in subtree_of(subj))
    if subj is None and _misread_subject(verb):
        start = verb.i  # "should exact ratio be impractical": the subject's first word read as the verb
    if aux is None or start is None or aux.i != start - 1:
        return None
    if aux.i > sentence(aux).start and aux.nbor(-1).lower_ in cue("inversion_leads"):
        return None
    if is_question(verb):
        return None
    return aux.i, next((t.i for t in sentence(verb) if t.i > verb.i and t.text == ","), sentence(verb).end)


def _misread_subject(verb: Token) -> bool:
    """An adverbial clause whose verb the parser took from its subject's first word: the subject of a
    clause complement starts right after it ("should [exact] ratio be impractical")."""
    comp = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    subjects = [] if comp is None else [c for c in children_of(comp) if c.dep_ in {"nsubj", "nsubjpass"}]
    return verb.dep_ == "advcl" and any(min(t.i for t in subtree_of(s)) == verb.i + 1 for s in subjects)


def _provided(tok: Token) -> bool:
    """ "provided" / "providing" read as a participle hung on the main clause, not as its verb."""
    return tok.lower_ in cue("provided_participles") and tok.dep_ in {"advcl", "prep", "conj", "acl"}


def _event_that(mark: Token) -> bool:
    """ "in the event that", "in case that": the "that" of a noun of eventuality after "in", wherever
    the parser hung its clause."""
    if mark.lower_ != "that" or mark.i == 0:
        return False
    noun = mark.doc[mark.i - 1]
    return noun.lemma_.lower() in cue("condition_event_nouns") and head_of(noun).lower_ == "in"


def negated_chain(tok: Token) -> bool:
    """Negated, or under a negation or a predicate of reluctance or inability ("reluctant to approve",
    "unable to accept the proposal": a refusal)."""
    node = tok
    unwilling = cue("reluctance_predicates") | cue("inability_predicates")
    for _ in range(3):
        if is_negated(node) or node.lemma_.lower() in unwilling:
            return True
        if _denied_kind(node) or _denied_argument(node):
            return True
        if node.dep_ not in {"xcomp", "acomp", "ccomp"}:
            return False
        if node.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(node)):
            return False  # "I did not make the probe you okayed": a clause with its own subject
        node = head_of(node)
    return False


def _denied_argument(verb: Token) -> bool:
    """ "No officer accepted to serve", "neither Government has agreed": a subject denied by its determiner
    denies that anyone took the stance, a refusal; so does an object so denied ("will accept no proposal
    of that kind", "approved no such plan"): the stance is taken on no such course."""
    arguments = (c for c in children_of(verb) if c.dep_ in {"nsubj", "dobj"})
    denying = cue("negative_determiners")
    return any(d.dep_ == "det" and d.lower_ in denying for s in arguments for d in children_of(s))


def _denied_kind(verb: Token) -> bool:
    """ "That task is not a responsibility we intend to assume", "it is not a course we would accept":
    a stance still to take (present or modal, not "the agreement we accepted") in a relative clause on
    a noun that a negated copula denies of its subject is refused."""
    noun = head_of(verb)
    if verb.dep_ != "relcl" or verb.tag_ in {"VBD", "VBN"} or noun.dep_ != "attr":
        return False
    return head_of(noun).lemma_.lower() in cue("copulas") and is_negated(head_of(noun))


def counterfactual(verb: Token) -> bool:
    """ "Their acceptance would have been more welcome a month ago", "we could have agreed to it then":
    a modal with a perfect ("would have been") judges what might have been, no course still open."""
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    modal = any(c.tag_ == "MD" for c in auxes)
    return modal and any(c.lemma_.lower() == "have" and c.tag_ == "VB" for c in auxes)


def hearsay(verb: Token) -> bool:
    """ "Rumours that the Cabinet had rejected the loan", "articles to the effect that X intends to ...":
    the content of a rumour or of a report's gist is passed on, not asserted (GUIDELINES: a stance
    counts where the text asserts it)."""
    noun = head_of(verb)
    content = verb.dep_ in {"acl", "ccomp"} and noun.pos_ == "NOUN"
    return content and noun.lemma_.lower() in cue("hearsay_nouns")


def agreed_forecast(ctx: Context, verb: Token) -> bool:
    """ "Hsueh agreed that in that event there would be serious difficulty", "He also agreed GRC would be
    placed in a very precarious position": agreement that something would happen shares a forecast and
    takes no stance (an event foretold: "there would be", or a passive); "agreed that he would sign" (a
    commitment), "agreed that it would be well to continue ..." and "agreed that the Indians should
    enjoy ..." (a duty) do."""
    if verb.lemma_.lower() not in ctx.cue("about_stance_verbs"):
        return False
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    acts = ctx.cue("approve_verbs") | ctx.cue("reject_verbs") | ctx.cue("conclusion_verbs")
    acts |= ctx.cue("offer_verbs")
    if clause is None or clause.lemma_.lower() in acts:
        return False  # "agreed that the treaty would be signed": a course agreed to
    modals = modals_of(clause)
    subj = subject_of(clause)
    event = subj is not None and (subj.dep_ in {"nsubjpass", "expl"} or subj.lower_ == "there")
    return bool(modals & ctx.cue("hedge_modals") | modals & ctx.cue("future_modals")) and event


def reported_or_believed(ctx: Context, verb: Token) -> bool:
    """A verb of directing (one reports what another "suggests you" do), or of knowing or believing whose
    subject is not the speaker: what it holds of the addressee's wishes is its holder's understanding
    ("Haig understood you would not want to ..."), not the speaker's hedge."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.cue("reported_directive_verbs"):
        return True
    beliefs = ctx.cue("cognition_verbs") | ctx.cue("belief_verbs")
    return lemma in beliefs and not is_first_person(subject_of(verb))
