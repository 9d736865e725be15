"""Option constructions on unseen documents (sample D, round 12): an outcome sought with no terms, and a
stance taken on a proposal, read as courses on the table. Each test also shows the contrasting
construction that stays an option."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def nouns(sentence: str, at: str) -> list[str]:
    """What the proposal-noun construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "proposal_noun").func(ctx, word(ctx, at), voice)
    ]


def test_a_settlement_told_only_by_the_dispute_it_ends_is_the_end_sought_not_a_course() -> None:
    assert (
        nouns(
            "Both Governments hope to bring about a prompt settlement of the boundary question.", "settlement"
        )
        == []
    )
    assert nouns("The Minister believes that a friendly solution is near.", "solution") == []
    claims = "The claimants proposed a cash settlement of their claims."
    assert nouns(claims, "settlement") == ["a cash settlement of their claims"]
    debts = "The Government would welcome the settlement of the railway debts."
    assert nouns(debts, "settlement") == ["the settlement of the railway debts"]


def clauses(sentence: str, at: str) -> list[str]:
    """What the proposal-clause construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    found = get("options", "proposal_clause").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_stance_on_a_proposal_is_a_decision_on_it_not_a_new_course() -> None:
    assert clauses("The Cabinet was prepared to accept the plan of the commission.", "prepared") == []
    withdraw = "The Cabinet was prepared to withdraw the troops from the frontier."
    assert clauses(withdraw, "prepared") == ["to withdraw the troops from the frontier"]


def test_a_participle_hung_on_the_proposing_word_is_no_clause_of_its_own() -> None:
    offers = "The board decided to reject all offers of credit under the terms sent us by the bankers."
    assert clauses(offers, "decided") == []
    assert clauses("He proposed that the troops be withdrawn.", "proposed") == [
        "that the troops be withdrawn"
    ]


def gerunds(sentence: str, at: str) -> list[str]:
    """What the weighed-gerund construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    found = get("options", "weighed_gerund").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_taking_a_position_is_that_position_not_a_course_of_its_own() -> None:
    assert gerunds("The envoy should avoid taking any position that would offend the Regent.", "avoid") == []
    sending = "The envoy should avoid sending any troops to the frontier."
    assert gerunds(sending, "avoid") == ["sending any troops to the frontier"]


def test_a_that_clause_stating_what_was_or_may_have_been_so_is_no_course() -> None:
    assert clauses("The report suggests that the delay may have been deliberate.", "suggests") == []
    assert clauses("He suggested that the new tariff defeated its own purpose.", "suggested") == []
    withdrawn = clauses("He suggested that the troops be withdrawn at once.", "suggested")
    assert withdrawn == ["that the troops be withdrawn at once"]
    geneva = clauses("He insisted that the council was to meet in Geneva.", "insisted")
    assert geneva == ["that the council was to meet in Geneva"]
    wait = clauses("He suggested that we had better wait for the reply.", "suggested")
    assert wait == ["that we had better wait for the reply"]


def listed(sentence: str) -> list[str]:
    """The items the list after the colon of ``sentence`` spells out as options."""
    ctx, voice = built(sentence)
    found = get("options", "enumerated_terms").func(ctx, word(ctx, ":"), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_list_after_a_proposal_named_as_a_topic_lists_something_else() -> None:
    views = (
        "Two attitudes are now evident here respecting the French proposal and the policy of delay: (a) the "
        "smaller states fear a long adjournment; (b) the larger states want an early vote."
    )
    assert listed(views) == []
    terms = (
        "Tomorrow the Council will continue on the proposition of: (1) naval tonnage figures; (2) relations "
        "with Spain."
    )
    assert listed(terms) == ["naval tonnage figures", "relations with Spain"]


def test_the_course_of_a_process_is_its_progress_but_the_course_of_action_is_a_course() -> None:
    assert nouns("The consul feared to influence the course of pending legislation.", "course") == []
    action = nouns("We must decide on the course of action which the Government should follow.", "course")
    assert action == ["the course of action which the Government should follow"]


def test_an_agreement_made_is_concluded_but_one_proposed_is_on_the_table() -> None:
    made = (
        "The Consul protested against this violation of the agreement made last week that no troops would be "
        "landed."
    )
    assert nouns(made, "agreement") == []
    proposed = made.replace("made", "proposed")
    assert nouns(proposed, "agreement") == ["the agreement proposed last week that no troops would be landed"]
