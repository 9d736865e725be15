"""Which actors a document's names make: a title is one office, a name's last word no body of its own,
a set-apart group no bare head's owner, a foreign author's own state his "my Government"; built Docs of
invented sentences (no trained model)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.documents import Span, parse_text
from kg.extract.actor_names import slug
from kg.extract.actors import ActorFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.national_titles import envoy_governments, national_titles
from kg.extract.registry import get

from .built import built
from .test_institution_rules import _finder_with

LEAGUE = "The Secretary General of the League of Nations wrote to the Powers."
HEAD = "5. The Minister in Zenda (Sapt) to the Secretary of State\n\n"
UNION = "The General Secretary of the Union of Zendan Republics called on the Minister."


def _names(sentence: str, *rules: str) -> set[str]:
    """The clusters the named actor constructions make of one sentence."""
    ctx, _ = built(sentence)
    doc = parse_text(HEAD + "Body.", doc_id="m", source="m.txt")  # the head line only: whose words
    finder = ActorFinder(load_lexicon(), doc, ctx.sdoc, [Span(0, len(ctx.sdoc.text))])
    for rule in rules:
        get("actors", rule).func(finder)
    return {c.name for c in finder.clusters.values()}


def test_a_title_of_two_title_words_is_one_office_not_two() -> None:
    assert _names(LEAGUE, "office") == {"Secretary General"}  # not "Secretary" besides
    assert _names(UNION, "office") == {"General Secretary", "Minister"}


def test_the_last_word_of_a_body_s_name_is_no_collective_but_a_bare_plural_name_is() -> None:
    names = _names(LEAGUE, "collective")
    assert "Powers" in names  # "wrote to the Powers"
    assert "Nations" not in names  # "the League of Nations": the body, named whole elsewhere


def test_a_set_apart_group_takes_no_bare_head_in_but_a_plain_longer_name_does() -> None:
    apart = _finder_with(
        HEAD + "The parties met, and third parties may not intervene.",
        {"parties": "Group", "third parties": "Group"},
    )
    get("actors", "same_name").func(apart)
    assert {c.name: sorted(c.aliases) for c in apart.clusters.values()} == {
        "parties": ["parties"],
        "third parties": ["third parties"],
    }
    plain = _finder_with(
        HEAD + "The two parties met, and the parties agreed.",
        {"two parties": "Group", "parties": "Group"},
    )
    get("actors", "same_name").func(plain)
    assert {c.name: sorted(c.aliases) for c in plain.clusters.values()} == {
        "two parties": ["parties", "two parties"],
    }


def _own(head: str) -> str | None:
    text = f"{head}\n\nStrelsau, May 3, 1925.\n\nExcellency: Zenda wishes to open a legation.\n"
    finder = _finder_with(text, {"Zenda": "Government"})
    finder.doc = parse_text(text, doc_id="m", source="m.txt")
    return finder._own_government()


def test_a_foreign_author_s_government_is_the_state_his_title_is_of_where_the_text_names_it() -> None:
    assert _own("5. The Minister for Foreign Affairs of Zenda (Sapt) to the Secretary of State") == "Zenda"
    assert _own("6. The Minister in Zenda (Sapt) to the Secretary of State") is None  # an envoy there
    assert _own("7. The Chairman of the Zenda Commission (Sapt) to the Secretary of State") is None


ENVOYS = (
    "The Chilean minister called on me, and I told the Peruvian delegate that a Chilean consul would come."
)
GROUP = "The Chilean ministers and the consul of Peru objected."
OFFICE = "The Chilean minister for foreign affairs replied to the note."


def _envoys(sentence: str) -> ActorFinder:
    """A finder over one sentence whose people's adjectives the tagger took for their states."""
    ctx, _ = built(sentence)
    doc = parse_text(HEAD + "Body.", doc_id="m", source="m.txt")  # the head line only: whose words
    finder = ActorFinder(load_lexicon(), doc, ctx.sdoc, [Span(0, len(ctx.sdoc.text))])
    for tok in (t for t in ctx.sdoc if t.lower_ in finder.demonyms):
        state = finder.demonyms[tok.lower_]
        mention = Span(tok.idx, tok.idx + len(tok.text))
        finder._cluster(slug(state), state, "Government").add(tok.text, mention)
        finder.token_actor[tok.i] = slug(state)
    national_titles(finder)
    return finder


def test_the_people_s_adjective_and_a_lower_case_title_name_its_envoy_not_the_state() -> None:
    finder = _envoys(ENVOYS)
    found = {c.name: (c.kind, len(c.mentions)) for c in finder.clusters.values()}
    assert found == {
        "Chilean minister": ("Person", 1),
        "Peruvian delegate": ("Person", 1),
        "Chile": ("Government", 1),  # "a Chilean consul": one of many, the state's mention stays
        "Peru": ("Government", 0),  # named only through its delegate: no actor of its own
    }


def test_a_plural_title_or_one_with_no_people_s_adjective_names_no_envoy() -> None:
    finder = _envoys(GROUP)
    assert {c.name for c in finder.clusters.values()} == {"Chile"}
    office = _envoys(OFFICE)  # an office whose name goes on after "for"
    assert {c.name for c in office.clusters.values()} == {"Chile"}


def test_an_under_or_assistant_office_is_not_the_office_it_ranks_under_but_an_acting_one_is() -> None:
    finder = _finder_with(HEAD + "The Secretary of State wrote.", {"Secretary of State": "Person"})
    (key,) = finder.clusters
    assert finder._key_for("Acting Secretary of State", "Person") == key
    assert finder._key_for("Under Secretary of State", "Person") != key
    assert finder._key_for("Assistant Secretary of State", "Person") != key


TELEGRAPHED = "The Chilean minister has telegraphed his Government, and Sapt has written to his Government."


def test_his_government_after_an_envoy_named_by_his_people_is_that_state_not_after_another_name() -> None:
    finder = _envoys(TELEGRAPHED)
    sapt = next(t for t in finder.sdoc if t.text == "Sapt")
    finder._cluster("sapt", "Sapt", "Person").add("Sapt", Span(sapt.idx, sapt.idx + 4))
    finder.token_actor[sapt.i] = "sapt"
    envoy_governments(finder)
    governments = [t.i for t in finder.sdoc if t.text == "Government"]
    assert finder.token_actor.get(governments[0]) == "chile"  # the Chilean minister's
    assert governments[1] not in finder.token_actor  # Sapt's: whose state, his name does not say
    assert finder.clusters["chile"].aliases == ["Chilean", "his Government"]


def test_a_telegram_s_opening_imperative_is_no_part_of_the_office_or_name_it_governs() -> None:
    """ "Inform Minister that ...": the office told, not an office named "Inform Minister"; "Tell Sapt
    to ...", where the tagger took the verb into the name: the person is Sapt."""
    assert _names("Inform Minister that the Board agrees.", "office") == {"Minister"}
    ctx, _ = built("Tell Sapt to see the Regent tomorrow.")
    ctx.sdoc.ents = [SpacySpan(ctx.sdoc, 0, 2, label="PERSON")]  # "Tell Sapt", as the tagger reads it
    doc = parse_text(HEAD + "Body.", doc_id="m", source="m.txt")
    finder = ActorFinder(load_lexicon(), doc, ctx.sdoc, [Span(0, len(ctx.sdoc.text))])
    get("actors", "named_entity").func(finder)
    assert {c.name for c in finder.clusters.values()} >= {"Sapt"}
    assert "Tell Sapt" not in {c.name for c in finder.clusters.values()}
    later, _ = built("The Minister will tell Sapt tomorrow.")  # a verb inside the sentence opens nothing
    assert not finder.opens_imperative(later.sdoc[3])
    assert finder.opens_imperative(ctx.sdoc[0])


def test_minutes_are_kept_by_the_body_that_met_and_a_title_s_plural_is_a_body() -> None:
    ctx, _ = built("The Minister will tell Sapt tomorrow.")
    doc = parse_text(
        "7. Minutes of the Daily Meetings of the Commissioners Plenipotentiary, Friday, May 3, 1895\n\nBody.",
        doc_id="m",
        source="m.txt",
    )
    finder = ActorFinder(load_lexicon(), doc, ctx.sdoc, [Span(0, len(ctx.sdoc.text))])
    get("actors", "head_line").func(finder)
    author = finder.clusters[finder.author_keys[0]]
    assert (author.name, author.kind) == ("Commissioners Plenipotentiary", "Organization")
    assert author.role == "author"


def test_a_body_the_tagger_named_once_is_the_same_body_where_it_acts_untagged() -> None:
    ctx, _ = built("The Delegates sat with Sapt, and the Delegates approved the plan.")
    sdoc = ctx.sdoc
    sdoc.ents = [SpacySpan(sdoc, 1, 2, label="ORG")]  # the tagger names the first "Delegates" only
    doc = parse_text(HEAD + "Body.", doc_id="m", source="m.txt")
    finder = ActorFinder(load_lexicon(), doc, sdoc, [Span(0, len(sdoc.text))])
    for rule in ("named_entity", "same_name"):
        get("actors", rule).func(finder)
    assert finder.token_actor.get(8) == finder.token_actor[1]  # "the Delegates approved": a subject
    assert 11 not in finder.token_actor  # "the plan"
