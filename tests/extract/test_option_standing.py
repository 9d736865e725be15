"""Mentions that stand for no course on the table (sample F of unseen documents): an instrument already
concluded where the parser hung its participle elsewhere, a predicate noun, attention asked for
impersonally, a gerund that only points back. Each test also shows the neighbour that stays an option."""

from __future__ import annotations

from kg.extract.context import char_span
from kg.extract.model import Option
from kg.extract.option_extents import serial_end, with_course
from kg.extract.option_targets import option_for
from kg.extract.registry import get

from .built import built, courses, word

NOUN = "proposal_noun"


def test_an_instrument_concluded_is_cited_even_where_its_participle_is_misparsed() -> None:
    enclosed = "I enclose, in translation, a copy of the provisional agreement"
    concluded = f"{enclosed} concluded between the admiral and the governor."
    assert courses(NOUN, concluded, "agreement") == []
    proposed = f"{enclosed} proposed between the admiral and the governor."
    assert courses(NOUN, proposed, "agreement") == [
        "the provisional agreement proposed between the admiral and the governor"
    ]


def test_attention_asked_in_the_passive_weighs_a_course_but_a_period_of_notice_is_a_rule() -> None:
    weighing = (
        "The Department feels careful consideration should be given to the possible result of such action."
    )
    assert courses("impersonal_rule", weighing, "given") == []
    assert courses("weighed_course", weighing, "feels") == []
    closing = "The Department feels the ports should be closed to all shipping."
    assert courses("impersonal_rule", closing, "closed") == ["the ports should be closed to all shipping"]
    notice = "We thought that two weeks’ notice should be given."
    assert courses("impersonal_rule", notice, "given") == ["two weeks ’ notice should be given"]


def test_a_gerund_that_only_points_back_is_no_course_but_one_with_its_object_is() -> None:
    pointing = "It may cause some delay, and in view of the possibility of its doing so I cable you."
    assert courses("modal_noun_course", pointing, "possibility") == []
    named = "We regret the necessity of postponing the conference."
    assert courses("modal_noun_course", named, "necessity") == ["postponing the conference"]


def test_an_instrument_said_to_be_signed_is_concluded_but_one_that_should_be_is_on_the_table() -> None:
    assert courses(NOUN, "The agreement on naval tonnage was signed by both delegations.", "agreement") == []
    ratified = "The agreement on naval tonnage has been ratified by both parliaments."
    assert courses(NOUN, ratified, "agreement") == []
    weighed = "The agreement on naval tonnage should be signed by both delegations."
    assert courses(NOUN, weighed, "agreement") == ["The agreement on naval tonnage"]


def test_a_gerund_course_does_not_run_on_into_a_finite_verb_after_its_comma() -> None:
    sentence = (
        "The minister said that his Government had accepted applying the customs revenue to the loan, "
        "agreed to accept bonds instead of cash, and to the other terms."
    )
    course = "applying the customs revenue to the loan"
    assert courses("proposal_clause", sentence, "accepted") == [course]
    ctx, _ = built(sentence)
    start, end = word(ctx, "applying").i, word(ctx, "loan").i
    assert ctx.sdoc[start : serial_end(ctx.sdoc, start, end) + 1].text == course


def test_an_adverbial_before_the_subject_is_no_part_of_the_course_but_one_after_the_verb_is() -> None:
    before = "In view of their inquiries, we should send a cruiser to the port."
    assert courses("own_course", before, "send") == ["send a cruiser to the port"]
    after = "We should send a cruiser to the port in view of their inquiries."
    assert courses("own_course", after, "send") == ["send a cruiser to the port in view of their inquiries"]


def test_a_to_clause_after_an_act_and_its_object_is_its_purpose_but_after_a_proposal_a_course() -> None:
    purpose = "The Treasury announced the provision of funds to meet the interest due."
    assert courses("proposal_clause", purpose, "provision") == []
    proposal = "The Treasury announced its proposal to meet the interest due."
    assert courses("proposal_clause", proposal, "proposal") == ["to meet the interest due"]


def test_a_provision_of_an_instrument_known_by_its_title_is_cited_but_one_of_a_draft_is_not() -> None:
    cited = "They would avoid bringing into play article 21 of the Naval Treaty."
    assert courses(NOUN, cited, "article") == []
    drafted = "They would accept article 21 of the draft treaty."
    assert courses(NOUN, drafted, "article") == ["article 21 of the draft treaty"]


def test_each_text_of_a_list_an_act_is_done_under_is_cited_but_a_list_accepted_is_on_the_table() -> None:
    def second_article(sentence: str) -> list[str]:
        ctx, voice = built(sentence)
        article = [t for t in ctx.sdoc if t.text == "Article"][1]
        found = get("options", NOUN).func(ctx, article, voice)
        return [ctx.sdoc[c.start : c.end + 1].text for c in found]

    texts = "Article 15 of the Armistice and Article 259 of the Treaty."
    assert second_article(f"The gold was transferred under {texts}") == []
    assert second_article(f"We accept {texts}") == ["Article 259"]


def test_an_empty_it_stands_for_the_clause_after_its_verb_but_a_referring_it_for_the_course_before() -> None:
    def judged(sentence: str) -> str:
        ctx, voice = built(sentence)
        plan = [t.i for t in ctx.sdoc if t.lower_ in {"plan", "of", "withdrawal"} and t.i < 6]
        known = Option(span=char_span(ctx.sdoc, plan[0] - 1, plan[-1]), label="plan", rule="proposal_noun")
        found = option_for(ctx, word(ctx, "it"), [known], voice)
        assert found is not None
        return ctx.sdoc.text[found.span.start : found.span.end]

    discussed = "We discussed the plan of withdrawal and it was"
    assert judged(f"{discussed} also agreed that the soldiers should be withdrawn.") == (
        "that the soldiers should be withdrawn"
    )
    assert judged(f"{discussed} accepted.") == "the plan of withdrawal"


def test_a_course_that_only_adds_a_word_or_two_before_an_option_is_its_fuller_mention() -> None:
    ctx, _ = built("They much prefer to have agreement closed in Washington.")

    def mention(first: str, last: str, rule: str) -> Option:
        span = char_span(ctx.sdoc, word(ctx, first).i, word(ctx, last).i)
        return Option(span=span, label=first, rule=rule)

    noun = mention("agreement", "Washington", "proposal_noun")
    clause = mention("to", "Washington", "proposal_clause")
    whole = mention("They", "Washington", "own_course")
    assert with_course([noun], clause, ctx.sdoc) == [clause]
    assert with_course([noun], whole, ctx.sdoc) == [noun, whole]  # five words more: a course of its own
