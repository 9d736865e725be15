"""Forwarded papers speak in their own author's voice: a decree or proclamation under its own head line, a
quoted act of state, a message the writer received (invented documents, ``data/forwarded_*.json``)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.forwarded import author_phrase, head_words
from kg.extract.lexicon import load_lexicon
from kg.extract.registry import constructions
from kg.extract.voices import voice_at

from .built import built, word
from .test_other_rules import finder, rule


def paper_voices():  # type: ignore[no-untyped-def]
    """Flavia's despatch to Sapt forwarding "Imperial decree issued by the Emperor at Zenda." and
    "Draft proclamation by the neutral Arbiters to be posted throughout Zenda." under their heads."""
    f = finder("forwarded_papers.json")
    _, actor_at = f.find()
    voices = rule("voices", "enclosure_head")(f.doc, f.sdoc, actor_at, ("flavia", "sapt"))
    return f, actor_at, voices


def test_a_paper_under_its_own_head_speaks_with_its_authors_voice_to_no_one() -> None:
    f, _, voices = paper_voices()
    decree = voice_at(voices, f.doc.text.index("We order"))
    assert decree is not None and (decree.speaker, decree.addressee) == ("emperor", None)
    proclamation = voice_at(voices, f.doc.text.index("It is necessary"))
    assert proclamation is not None and proclamation.speaker == "neutral-arbiters"
    assert voice_at(voices, f.doc.text.index("I have the honor")) is None  # the despatch is not enclosed


def test_a_paper_head_names_a_paper_and_asserts_nothing() -> None:
    f, actor_at, _ = paper_voices()
    head = rule("voices", "paper_head")
    by_start = {p.start: p for p in f.doc.paragraphs}
    decree = by_start[f.doc.text.index("Imperial decree")]
    assert head(f.doc, f.sdoc, decree, actor_at) == ("emperor", None)
    for words in ("Sir: I have the honor", "R. Flavia.", "We order"):
        assert head(f.doc, f.sdoc, by_start[f.doc.text.index(words)], actor_at) is None


def test_a_paper_heads_author_the_tagger_missed_is_a_party() -> None:
    full = finder("forwarded_papers.json")
    assert "neutral Arbiters" in {a.name for a in full.find()[0]}
    f = finder("forwarded_papers.json")
    for r in constructions("actors"):
        if r.name != "paper_author":
            r.func(f)
    assert "neutral Arbiters" not in {c.name for c in f.clusters.values()}
    rule("actors", "paper_author")(f)
    assert "neutral Arbiters" in {c.name for c in f.clusters.values()}


def quote_voices():  # type: ignore[no-untyped-def]
    """Hentzau's telegram: a single-quoted paragraph "received ... from Tarlenheim", a note "received
    from Mr. Detchard", a decree and an edict quoted in full."""
    f = finder("forwarded_quotes.json")
    _, actor_at = f.find()
    speech = load_lexicon().words("cues", "speech_verbs")
    voices = rule("voices", "quoted_speech")(f.doc, f.sdoc, actor_at, speech, "hentzau", "sapt")
    return f, voices


def parties(f, voices, words: str):  # type: ignore[no-untyped-def]
    v = voice_at(voices, f.doc.text.index(words))
    return (v.speaker, v.addressee) if v is not None else None


def test_a_message_the_writer_received_speaks_to_the_writer() -> None:
    f, voices = quote_voices()
    assert parties(f, voices, "You were kind enough") == ("detchard", "hentzau")
    assert parties(f, voices, "By order of the President") == ("tarlenheim", "hentzau")
    assert parties(f, voices, "Will you give me") is None  # the outer message keeps the writer's voice


def test_a_quoted_act_of_state_is_its_sovereigns_or_no_ones() -> None:
    f, voices = quote_voices()
    assert parties(f, voices, "We order that the garrison") == (None, None)
    assert parties(f, voices, "We command that the bridges") == ("throne", None)  # not the Chancellor's


def test_a_paper_to_no_one_still_directs_the_party_it_names() -> None:
    ctx, voice = built(
        "It is necessary that the Regent should keep the peace.", {"Regent": ("regent", "Person")}
    )
    unaddressed = replace(voice, addressee=None)
    directive = rule("instructions", "necessary_that")(ctx, word(ctx, "keep"), unaddressed)
    assert directive is not None and directive.addressee == "regent"
    ctx, voice = built("It is necessary that the peace should be kept.")
    assert (
        rule("instructions", "necessary_that")(ctx, word(ctx, "kept"), replace(voice, addressee=None)) is None
    )


def test_only_a_frame_that_names_an_act_of_state_issues_a_paper() -> None:
    f = finder("forwarded_quotes.json")
    _, actor_at = f.find()
    issued = rule("voices", "issued_paper")
    decree = f.doc.text.index("“We order")
    note = f.doc.text.index("“You were kind")
    assert issued(f.sdoc, decree, actor_at) == (None, None)
    assert issued(f.sdoc, note, actor_at) is None  # a note from a named sender is left to the message frame


def test_a_telegrams_following_announced_before_a_question_frames_the_quotation() -> None:
    # "Am sending following to Mr. Detchard. Can you give me any news of the Regent?" then “Please ...”
    f, voices = quote_voices()
    assert parties(f, voices, "Please inform me at once") == ("hentzau", "detchard")
    assert parties(f, voices, "Can you give me any news") is None  # the question is the telegram's own


def test_a_paper_heads_author_is_the_name_in_brackets_after_the_title() -> None:
    # "Memorandum on the Zenda Loan Prepared by the Financial Adviser to the Treasury (Rassendyll)"
    f, actor_at, voices = paper_voices()
    memo = voice_at(voices, f.doc.text.index("It is advisable"))
    assert memo is not None and (memo.speaker, memo.addressee) == ("rassendyll", None)  # not the Treasury
    head = next(p for p in f.doc.paragraphs if f.doc.text[p.start :].startswith("Memorandum"))
    words = head_words(f.doc, f.sdoc, head)
    assert words is not None
    unnamed = {i: k for i, k in actor_at.items() if not head.start <= f.sdoc[i].idx < head.end}
    assert [t.text for t in author_phrase(words, unnamed)] == ["Rassendyll"]  # not "Financial Adviser"
