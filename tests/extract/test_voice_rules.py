"""Who speaks to whom in an enclosed message: the voices of a despatch's inclosures."""

from __future__ import annotations

from kg.extract.voices import voice_at

from .test_other_rules import finder, rule


def enclosure_voices():  # type: ignore[no-untyped-def]
    """A despatch (Baker to Gresham, 1894) with two inclosed telegrams under their own head lines,
    "Captain Watson to Mr. Baker." and "Mr. Baker to Captain Watson."; parse written down in
    ``data/enclosure.json``."""
    f = finder("enclosure.json")
    _, actor_at = f.find()
    return f.doc, rule("voices", "enclosure_head")(f.doc, f.sdoc, actor_at, ("baker", "gresham"))


def test_an_inclosure_speaks_with_its_own_head_lines_parties() -> None:
    doc, voices = enclosure_voices()
    watson = voice_at(voices, doc.text.index("Cable me situation"))
    baker = voice_at(voices, doc.text.index("Advise me"))
    assert watson is not None and (watson.speaker, watson.addressee) == ("watson", "baker")
    assert baker is not None and (baker.speaker, baker.addressee) == ("baker", "watson")


def test_the_despatch_before_its_inclosures_and_a_dateline_are_not_enclosed() -> None:
    doc, voices = enclosure_voices()
    assert voice_at(voices, doc.text.index("I have just received")) is None
    dateline = voice_at(voices, doc.text.index("Colon, 8.15 p.m."))
    assert dateline is not None and dateline.speaker == "watson"  # a dateline under the head line, not a head


def test_an_addressee_no_actor_stands_for_is_left_to_the_despatchs_other_party() -> None:
    f = finder("enclosure.json")
    _, actor_at = f.find()
    head = f.doc.text.index("Mr. Baker to Captain Watson.")
    unnamed = {i: key for i, key in actor_at.items() if not (f.sdoc[i].idx > head and key == "watson")}
    voices = rule("voices", "enclosure_head")(f.doc, f.sdoc, unnamed, ("baker", "gresham"))
    baker = voice_at(voices, f.doc.text.index("Advise me"))
    assert baker is not None and (baker.speaker, baker.addressee) == ("baker", "gresham")


def test_a_head_line_with_no_stop_opens_an_inclosure_when_its_writer_opens_it() -> None:
    # "The Minister ... (Sapt) to the American Chargé (Fenwick)" with no stop heads an enclosed note; a
    # topic heading ("Supplies of the Legation to Zenda") whose first words name no actor does not.
    f = finder("enclosure_unstopped.json")
    _, actor_at = f.find()
    despatch = (f.author_keys[0], f.recipient_keys[0])
    voices = rule("voices", "enclosure_head")(f.doc, f.sdoc, actor_at, despatch)
    note = voice_at(voices, f.doc.text.index("I beg you"))
    head = f.doc.text.index("The Ruritanian Minister")
    minister = next(k for i, k in actor_at.items() if f.sdoc[i].text == "Minister" and f.sdoc[i].idx > head)
    assert note is not None and note.speaker == minister and note.addressee != f.recipient_keys[0]
    assert voice_at(voices, f.doc.text.index("The Legation has received")) is None


def test_a_line_under_a_subject_label_heads_no_message() -> None:
    # "Subject:\n\nMinister Sapt's Speech to the Assembly" names the cable's topic: no enclosed message
    # from Sapt to the Assembly begins there, so the cable's points stay in its writer's voice.
    f = finder("subject_line.json")
    _, actor_at = f.find()
    despatch = (f.author_keys[0], f.recipient_keys[0])
    voices = rule("voices", "enclosure_head")(f.doc, f.sdoc, actor_at, despatch)
    assert voice_at(voices, f.doc.text.index("Recommend")) is None
