"""A proposal noun that cites a text in force instead of putting a course on the table: "the treaty
signed at Managua", "Article 5 of the law of 1919", "applied under article 16", "under arrangement
already existing", "a memorandum prepared by Mr. X", "the Smith article" (a press article,
not a provision). A stance on such a text still makes it the option judged; this only keeps a bare
citation from being read as a proposal."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .lexicon import cue
from .option_extents import action_noun
from .tokens import children_of, head_of, subtree_of


def cited(ctx: Context, tok: Token) -> bool:
    """Whether the proposal noun at ``tok`` names a text cited, not a course put forward."""
    if _proposed(ctx, tok):
        return False  # "the proposed article", "the draft convention": on the table whatever else
    return (
        concluded(ctx, tok)
        or _provision_of_a_law(ctx, tok)
        or _authority_acted_under(ctx, tok)
        or _in_force(ctx, tok)
        or _authored_document(ctx, tok)
        or _unnumbered_article(ctx, tok)
        or _named_instrument(ctx, tok)
        or _parenthetical_reference(ctx, tok)
    )


def concluded(ctx: Context, tok: Token) -> bool:
    """ "the treaty signed at Managua", "the agreement made last week", "the Accord of August 7, 1933":
    an instrument concluded, dated by its year, is no longer on the table (a stance on it still makes it
    the option judged)."""
    if tok.lemma_.lower() not in ctx.cue("instrument_nouns"):
        return False
    done = ctx.cue("conclusion_verbs")
    if any(
        c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" and c.lemma_.lower() in done for c in children_of(tok)
    ):
        return True
    return _concluded_next(ctx, tok) or _said_concluded(ctx, tok) or any(
        _dated(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
    )


def _concluded_next(ctx: Context, tok: Token) -> bool:
    """ "a copy of the provisional treaty concluded between X and Y": a participle of conclusion right
    after the instrument that the parser hung elsewhere (as a past verb of the sentence) still says the
    instrument is concluded; a verb with an object of its own ("the treaty signed the" never occurs)
    or the instrument as its subject ("the agreement concluded the war") is another construction."""
    after = tok.i + 1
    if after >= len(tok.doc):
        return False
    verb = tok.doc[after]
    if verb.lemma_.lower() not in ctx.cue("conclusion_verbs") or verb.tag_ not in {"VBN", "VBD"}:
        return False
    return head_of(verb).i != tok.i and not any(
        c.dep_ in {"dobj", "nsubj"} and c.i >= tok.i for c in children_of(verb)
    )


def _said_concluded(ctx: Context, tok: Token) -> bool:
    """ "the protocol was signed yesterday", "the agreement has been ratified": an instrument the subject
    of a past or perfect passive of conclusion is concluded; "the agreement should be signed" (a modal)
    or "will be signed" is still on the table."""
    verb = head_of(tok)
    if tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in ctx.cue("conclusion_verbs"):
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    past = any(c.tag_ == "VBD" or c.lemma_.lower() == "have" for c in auxes)
    return past and not any(c.tag_ == "MD" for c in auxes)


def _dated(prep: Token) -> bool:
    """ "of August 7, 1933", "of the law of 1919", "of June 9": a year or a date inside the phrase."""
    return any(_year_or_date(t) for t in subtree_of(prep))


def _year_or_date(tok: Token) -> bool:
    return tok.ent_type_ == "DATE" or (tok.like_num and len(tok.text) == 4 and tok.text.isdigit())


def _proposed(ctx: Context, tok: Token) -> bool:
    proposing = ctx.cue("proposing_verbs")
    return any(
        c.dep_ in {"amod", "compound", "acl"} and (c.lemma_.lower() in proposing or c.lower_ == "draft")
        for c in children_of(tok)
    )


def _provision_of_a_law(ctx: Context, tok: Token) -> bool:
    """ "Article 5 of the law of 1919", "Article 6 of the new Constitution": a provision of a statute
    or of an instrument dated in the past or cited by its title is cited, not proposed."""
    if tok.lemma_.lower() not in ctx.cue("provision_nouns"):
        return False
    for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"):
        objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
        statute = any(o.lemma_.lower() in ctx.cue("statute_nouns") for o in objects)
        if statute or _dated(prep) or any(_cited_instrument(ctx, o) for o in objects):
            return True
    return False


def _cited_instrument(ctx: Context, tok: Token) -> bool:
    """ "article 21 of the Naval Treaty", "clause 4 of the treaty signed at Managua": a provision of an
    instrument cited (known by its title, or concluded) is cited too; one "of the draft convention" is
    on the table."""
    return tok.lemma_.lower() in ctx.cue("instrument_nouns") and cited(ctx, tok)


def _authority_acted_under(ctx: Context, tok: Token) -> bool:
    """ "sanctions applied under article 16", "under the terms of the Treaty of Versailles": the text
    an act is done under is in force (its authority), not a course weighed; so is each text of a list
    ("under Article 15 of the Armistice and Article 259 of the Treaty")."""
    lemma = tok.lemma_.lower()
    if lemma not in ctx.cue("instrument_nouns") and lemma not in ctx.cue("provision_nouns"):
        return False
    while tok.dep_ == "conj" and head_of(tok).pos_ in {"NOUN", "PROPN"}:
        tok = head_of(tok)
        of = head_of(tok)  # "Article 15 of the Armistice and Article 259": the list hung on the first's "of"
        provision = head_of(of).lemma_.lower() in ctx.cue("provision_nouns")
        if tok.dep_ == "pobj" and of.lower_ == "of" and provision:
            tok = head_of(of)
    holder = tok
    prep = head_of(tok)
    if tok.dep_ == "pobj" and prep.lower_ == "of" and head_of(prep).lemma_.lower() in ctx.cue("part_nouns"):
        holder = head_of(prep)  # "the terms of the Treaty": the terms are what one acts under
        prep = head_of(holder)
    return holder.dep_ == "pobj" and prep.lower_ in ctx.cue("authority_prepositions")


def _in_force(ctx: Context, tok: Token) -> bool:
    """ "under arrangement already existing with Great Britain", "the existing treaty": in force."""
    return any(
        c.dep_ in {"acl", "amod"} and c.lemma_.lower() in ctx.cue("in_force_verbs") for c in children_of(tok)
    )


def _authored_document(ctx: Context, tok: Token) -> bool:
    """ "a memorandum prepared by Mr. Patchin": a document named only by who wrote it says nothing of
    a course; one "giving the Government's views" or "as to the policy" names its content."""
    if tok.lemma_.lower() not in ctx.cue("document_nouns"):
        return False
    complements = [c for c in children_of(tok) if c.dep_ in {"acl", "relcl", "prep", "appos"}]
    if tok.lemma_.lower() in ctx.cue("numbered_provision_nouns"):
        return bool(complements) and all(map(_authorship, complements))
    return all(_identifies_paper(c) for c in complements)


def _identifies_paper(child: Token) -> bool:
    """ "Mr. Page's memorandum", "a memorandum submitted by Dr. X to Mr. Y", "memorandum of November
    4", "Two memoranda addressed to the Commissioners": who wrote or sent a paper, to whom and when
    identify it and say nothing of a course; "a memorandum giving ... views" or "as to the policy"
    names its content."""
    if child.dep_ == "acl":
        return child.tag_ == "VBN"
    if child.dep_ == "appos":
        return child.like_num
    if child.dep_ != "prep":
        return False
    if child.lower_ in {"by", "from", "to"}:
        return True
    dates = cue("date_nouns")
    dated = (_year_or_date(t) or t.like_num or t.lemma_.lower() in dates for t in subtree_of(child))
    return child.lower_ == "of" and any(dated)  # "of November 4", "of even date"


def _authorship(clause: Token) -> bool:
    return (
        clause.dep_ == "acl" and clause.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(clause))
    )


def _unnumbered_article(ctx: Context, tok: Token) -> bool:
    """ "the Smith article", "stated quantities of these articles": a provision is named by
    its number ("Article 4", "article IX") or its instrument ("the articles of the convention");
    without either, "article" is a press article or a thing traded."""
    if tok.lemma_.lower() not in ctx.cue("numbered_provision_nouns"):
        return False
    numbered = any(c.like_num or c.dep_ in {"nummod", "appos"} for c in children_of(tok))
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    numbered = numbered or (after is not None and (after.like_num or after.tag_ in {"CD", "LS"}))
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))
    return not numbered and not of


def _named_instrument(ctx: Context, tok: Token) -> bool:
    """ "the Lisbon Convention", "the General Treaty of Friendship and Commerce", "the Geneva Naval
    treaty": an instrument known by a proper name is a text concluded and cited; one under negotiation
    is named by who it binds or what it is to do ("the Greek Treaty", "a Baltic pact", "the proposed
    convention"). An indefinite one ("an ABM agreement") is no title."""
    if tok.lemma_.lower() not in ctx.cue("instrument_nouns"):
        return False
    children = children_of(tok)
    if any(c.dep_ == "det" and c.lower_ in ctx.cue("indefinite_determiners") for c in children):
        return False
    demonyms = ctx.lex.actors["demonyms"]  # "the Greek Treaty" names the party it binds, not a title
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in demonyms for c in children):
        return True
    titled = tok.text[:1].isupper() and not tok.is_sent_start
    names = (o for c in children if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c))
    return titled and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in names)


def _parenthetical_reference(ctx: Context, tok: Token) -> bool:
    """ "(Article 9)": a numbered provision in brackets after a statement is the statement's source,
    cited, not a provision put forward."""
    if tok.lemma_.lower() not in ctx.cue("provision_nouns") or tok.i == 0 or tok.nbor(-1).text != "(":
        return False
    after = tok.i + 1
    while after < len(tok.doc) and (tok.doc[after].like_num or tok.doc[after].tag_ in {"CD", "LS"}):
        after += 1
    return after < len(tok.doc) and tok.doc[after].text == ")"


def act_on_cited(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """ "consider a revision of the General Treaty of Friendship", "demand the abrogation of the Lisbon
    Convention": a text in force is no course, but an act on it that someone weighs, asks for
    or takes a stance on is; "at the time of the signing of the Treaty" is a time, not a course."""
    prep = head_of(tok)
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    act = head_of(prep)
    lemma = act.lemma_.lower()
    if act.pos_ != "NOUN" or not action_noun(act) or lemma in ctx.cue("part_nouns"):
        return None
    if lemma in ctx.cue("option_nouns") or act.dep_ != "dobj" or not cited(ctx, tok):
        return None  # a proposal noun is read on its own
    verb = head_of(act).lemma_.lower()
    if not any(verb in ctx.cue(name) for name in ctx.cue("act_weighing_lists")):
        return None
    start, end = act.left_edge.i, act.right_edge.i
    while end > start and (act.doc[end].is_punct or act.doc[end].dep_ == "cc"):
        end -= 1
    return start, end
