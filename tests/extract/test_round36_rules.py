"""The thirty-sixth round's constructions, each with what it must leave alone.

A second verb with the same modal as the first, which the parser joined to a relative clause with no
relative word ("must provide a list of the prisoners of war they hold and must allow Red Cross visits"),
is the first verb's second directive ("coordinated", after a parse repair); a relative clause opened by a
relative word keeps its verbs. A participle with an agent joined to a passive ("was discussed and approved
by the President") shares the passive's subject as the course it approves ("stance_verb"); with no agent
("is sought and accepted") it tells no one's stance. To vote "for" a course approves it ("alignment"); to
ask "for" it is no stance. A paper submitted "for your approval" with no "to" asks the one whose approval
it is ("sent_for_answer"). A hope that a party will act, expressed in the passive "by" someone, is that
one's instruction to the party ("hope_that"). "If so" and "if not" stand for a clause: a condition
("conditional_conjunction"), unless they ask the second alternative of an indirect question ("whether X
and, if not, whether Y"); "unwise, if not improper" only intensifies."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, instructions_by_verb, repaired, stances, word

SYRIA = {"Syrians": ("syria", "Government")}
DELEGATION = {"Delegation": ("delegation", "Organization")}
DEPARTMENT = {"Department": ("department", "Government")}


def test_a_second_modal_verb_joined_to_a_relative_clause_is_a_second_directive() -> None:
    sentence = (
        "The Syrians must provide a list of the prisoners of war they hold and must allow Red Cross "
        "visits to those prisoners."
    )
    ctx, _ = repaired(sentence, SYRIA)
    found = instructions_by_verb(ctx)
    assert found["provide"][0] == "third_party_modal"
    rule, told = found["allow"]
    assert (rule, list(told.addressees)) == ("coordinated", ["syria"])


def test_a_relative_clause_opened_by_a_relative_word_keeps_its_verbs() -> None:
    ctx, _ = repaired("The Peruvians must return the ships that were seized and must pay for them.")
    assert word(ctx, "pay").head.text == "seized"


def test_a_participle_joined_to_a_passive_with_an_agent_approves_the_passives_subject() -> None:
    found = stances(
        "The memorandum was discussed and approved by the President.",
        "stance_verb",
        "approved",
        {"President": ("president", "Person")},
    )
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("approve", "president", "memorandum")]


def test_a_participle_joined_to_a_passive_with_no_agent_tells_no_stance() -> None:
    assert stances("The award is sought and accepted.", "stance_verb", "accepted") == []


def test_a_vote_for_a_course_approves_it() -> None:
    found = stances("The Delegation voted for the amendment.", "alignment", "for", DELEGATION)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("approve", "delegation", "amendment")]


def test_asking_for_a_course_is_no_vote() -> None:
    assert stances("The Delegation asked for the amendment.", "alignment", "for", DELEGATION) == []


def test_a_paper_submitted_for_your_approval_asks_the_addressee() -> None:
    ctx, voice = built("The Department submitted for your approval a suggested procedure.", DEPARTMENT)
    directive = get("instructions", "sent_for_answer").func(ctx, word(ctx, "submitted"), voice)
    assert directive is not None
    assert (directive.issuer, directive.addressee) == ("department", "herrick")


def test_a_paper_submitted_for_no_ones_approval_asks_no_one() -> None:
    ctx, voice = built("The Department submitted a suggested procedure for approval.", DEPARTMENT)
    assert get("instructions", "sent_for_answer").func(ctx, word(ctx, "submitted"), voice) is None


def test_a_hope_expressed_by_a_party_in_the_passive_is_its_instruction() -> None:
    sentence = "A similar hope that Peru will withdraw its troops has been expressed by the Italians."
    actors = {"Peru": ("peru", "Government"), "Italians": ("italy", "Government")}
    ctx, voice = built(sentence, actors)
    directive = get("instructions", "hope_that").func(ctx, word(ctx, "withdraw"), voice)
    assert directive is not None
    assert (directive.issuer, directive.addressee) == ("italy", "peru")


def _condition(sentence: str, mark: str):  # type: ignore[no-untyped-def]
    ctx, _ = built(sentence)
    return get("conditions", "conditional_conjunction").func(ctx, word(ctx, mark))


def test_if_so_is_a_condition_on_what_follows() -> None:
    clause = _condition("If so, you should sign the protocol.", "If")
    assert clause is not None
    assert ([t.text for t in clause.tokens], clause.main.text) == (["If", "so"], "sign")


def test_if_not_before_a_second_alternative_asked_is_no_condition() -> None:
    sentence = (
        "Please telegraph whether the decree was signed and, if not, whether the Minister intends to sign it."
    )
    assert _condition(sentence, "if") is None


def test_if_not_before_a_stronger_word_is_no_condition() -> None:
    assert _condition("He considered it unwise, if not improper, to serve.", "if") is None
