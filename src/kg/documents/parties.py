"""Who writes to whom: the author and recipient (name and office) that a FRUS head line names
("Telegram From the Embassy in Vietnam to the Department of State", "The Minister in Peru
(Poindexter) to the Secretary of State"); shared by the text and TEI readers."""
from __future__ import annotations

import itertools
import re

from .months import MONTH_NAMES

#: A word of a proper name ("Poindexter", "O’Brien", "St.").
NAME_TOKEN_RE = re.compile(r"[A-Z](?:[^\W\d_]|[’'.-])*$")
#: "Telegram From", "Backchannel Message From", "Telegram 1466 From" (a number the E-series heads carry),
#: "Memorandum from" (some E-series heads write it small).
_FROM_RE = re.compile(r"[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|\d[\w/-]*)\s+){0,3}[Ff]rom\s+")
_TO_RE = re.compile(r"\s+to\s+")
_NAMED_TO_RE = re.compile(r"\),?\s+to\s+")
_OFFICE_BEFORE_TO = ("Ambassador", "Mission", "Delegation", "Delegate", "Representative",
                     "Envoy", "Minister", "Commissioner", "Observer", "Adviser", "Advisor")
#: "Minutes of the Daily Meetings of the Commissioners Plenipotentiary, Wednesday, ...": the body that
#: met keeps the minutes ("Minutes of Meeting Between X and Y" names no one body).
_MINUTES_RE = re.compile(
    r"Minutes of (?:an? |the )?(?:[A-Z]\w+ )?Meetings? of (?:an? |the )?(?P<body>[A-Z][^,]*?)"
    r"(?:,|\s+(?:Held|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|$)")
#: "Memorandum by the Legal Adviser (Hackworth)", "Memorandum [by the Secretary of State] of Subjects ...",
#: "Memorandum of the Law Adviser (Woolsey)": the head names the writer after "by" or "of".
_MEMO_RE = re.compile(r"(?:[A-Z]\w+\s+)?Memorandum\s+\[?(?:by|of)\s+(?P<writer>(?:the|Mr\.|Mrs\.|Dr\.)\s.+)")
#: Where a writer named by office ends: "..., Handed to ...", "...] of Subjects", "... of a Conversation".
_WRITER_END_RE = re.compile(r",|\]|\s+of\s+an?\s|\s+(?:Regarding|Concerning|on)\s")
#: A titled writer's name ends at the first "of": "Mr. Miles of the Division of Near Eastern Affairs".
_TITLED_END_RE = re.compile(r"\s+of\s")
#: The writer's parenthesised name, and the party the memorandum is addressed to after it, if any.
_NAMED_WRITER_RE = re.compile(r"(?P<writer>[^()]+\([^()]+\))(?:\s+to\s+(?P<to>.+))?")
_LOCATION_RE = re.compile(r"\s+(?:in|at)\s+(?P<loc>[A-Z][\w’'. -]*)$")
_DOC_TYPES = {"Memorandum", "Minutes", "Draft", "Instructions", "Instruction", "Report",
              "Paper", "Note", "Notes", "Letter", "Message", "Telegram", "Editorial",
              "Address", "Statement", "Summary", "Study", "Conversation", "Circular"}


def parse_parties(title: str, extra: dict[str, str]) -> dict[str, str | None]:
    """Author and recipient (name and office) from an ``X to Y`` head; a location
    after a party (``in Paris``) goes to ``extra``; minutes are the meeting body's."""
    empty: dict[str, str | None] = dict(author=None, author_title=None, recipient=None, recipient_title=None)
    head = re.sub(r"^No\.\s*\d+\.\s+", "", title).strip()
    minutes = _MINUTES_RE.match(head)
    if minutes:
        return {**empty, "author": minutes.group("body"), "author_title": minutes.group("body")}
    memo = _MEMO_RE.match(head)
    if memo:
        return _memorandum_parties(memo.group("writer"), extra)
    from_m = _FROM_RE.match(head)
    rest = head[from_m.end():] if from_m else head
    split = _split_to(rest)
    if split is None:
        return empty
    left, right = split
    if _dated(left) or _dated(right):
        return empty  # "Report of Progress to December 15, 1917", "... (August 8) to ...": a time, no party
    if not from_m and (left.split()[0] in _DOC_TYPES or not (
            left.startswith("The ") or _is_proper_name(left, min_words=2)
            or re.fullmatch(r"[^()]+\([^()]+\)", left))):
        return empty
    author, author_title = _party(left, "author", extra)
    recipient, recipient_title = _party(_strip_final_period(_strip_dateline(right)), "recipient", extra)
    return dict(author=author, author_title=author_title,
                recipient=recipient, recipient_title=recipient_title)


#: The place and day the E-series heads put after the recipient ("... (Kissinger), Washington, October 22,
#: 19711 2", "... White House, March 13, 1972, 1219Z"), footnote numbers and all.
_DATELINE_RE = re.compile(rf",\s+(?:[A-Z][\w.’' -]*,\s+)?(?:{MONTH_NAMES})\.?\s+\d{{1,2}},\s+\d{{4}}.*$")


def _strip_dateline(side: str) -> str:
    """The recipient without the place and day after it: no name of a party holds a date."""
    return _DATELINE_RE.sub("", side)


#: A memorandum's addressee label: "TO", "TO:", "MEMORANDUM FOR" (with the first addressee after it or on
#: the next line).
_ADDRESSEE_LABEL_RE = re.compile(r"(?:TO|MEMORANDUM FOR)\s*:?(?:\s+(?P<rest>\S.*))?")
#: How many paragraphs after the head a memorandum's addressee label may come (after "[Page 1]", a
#: letterhead "NATIONAL SECURITY COUNCIL", an address and a day).
_ADDRESSEE_PARAGRAPHS = 8
_ADDRESSEE_CHARS = 80
#: An office on a line of its own: "The Secretary of State", "The Director, Office of Management and Budget".
_OFFICE_LINE_RE = re.compile(r"The (?:[A-Z][\w’'.-]*,?)(?: (?:[A-Z][\w’'.-]*,?|of|the|and|for))*")
_PAGE_LINE_RE = re.compile(r"\[Page\s+\w+\]")


def addressed_to(paragraphs: list[str], extra: dict[str, str]) -> tuple[str, str | None] | None:
    """(name or office, office) of the first addressee a memorandum's "TO" block lists, for a head that
    names none ("National Security Decision Memorandum 341", then "TO\n\nThe Secretary of State\n\nThe
    Secretary of Defense"): the paper is addressed to them."""
    for n, text in enumerate(paragraphs[:_ADDRESSEE_PARAGRAPHS]):
        label = _ADDRESSEE_LABEL_RE.fullmatch(text.strip())
        if label is None:
            continue
        line = label.group("rest") or (paragraphs[n + 1] if n + 1 < len(paragraphs) else "")
        line = line.strip()
        if not line or "\n" in line or len(line) > _ADDRESSEE_CHARS or not line[:1].isupper():
            return None
        return _party(_strip_final_period(line), "recipient", extra)
    return _unlabelled_addressee(paragraphs, extra)


def _unlabelled_addressee(paragraphs: list[str], extra: dict[str, str]) -> tuple[str, str | None] | None:
    """The first of the offices a memorandum lists with no label, each on a line of its own right after
    the head ("The Secretary of State\n\nThe Secretary of Defense\n\nROK Force Structure ..."): two
    such lines at least, so that a subject line alone is no addressee."""
    lines = [p.strip() for p in paragraphs[:_ADDRESSEE_PARAGRAPHS] if not _PAGE_LINE_RE.fullmatch(p.strip())]
    offices = list(itertools.takewhile(_OFFICE_LINE_RE.fullmatch, lines))
    return _party(offices[0], "recipient", extra) if len(offices) >= 2 else None


def _memorandum_parties(writer: str, extra: dict[str, str]) -> dict[str, str | None]:
    """The writer a memorandum's head names, and whom it is for where a "to" follows the writer's name:
    the "I" of a memorandum is its writer, whom no signature may name."""
    writer = _WRITER_END_RE.split(writer, maxsplit=1)[0]
    if not writer.startswith("the "):
        writer = _TITLED_END_RE.split(writer, maxsplit=1)[0]
    named = _NAMED_WRITER_RE.match(writer)
    split = None if named else _split_to(writer)
    if named:
        writer, to = named.group("writer"), named.group("to")
    else:
        writer, to = split if split else (writer.strip(), None)
    author, author_title = _party(writer, "author", extra)
    recipient, recipient_title = _party(_strip_final_period(to), "recipient", extra) if to else (None, None)
    return dict(author=author, author_title=author_title,
                recipient=recipient, recipient_title=recipient_title)


def _dated(side: str) -> bool:
    """A side that opens with a day ("December 15, 1917") or puts one where a name goes ("(August 8)"): a
    time, not a party ("(March)" alone may be a name: General March)."""
    name = re.search(r"\(([^()]+)\)\s*$", side)
    return any(re.fullmatch(rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?", text.strip())
               for text in (name.group(1) if name else "", side.split(",")[0]))


def _split_to(rest: str) -> tuple[str, str] | None:
    """Split at the ``to`` that separates the parties, skipping the ``to`` in offices
    such as ``Ambassador to France`` and any inside parentheses; a ``to`` right after a
    party's parenthesised name wins (``The Secretary to President Wilson (Close) to ...``); a ``to``
    followed by no article gives way to a later one that is (``The Commission to Negotiate Peace to
    the Secretary of State``)."""
    named = _named_split(rest)
    if named is not None:
        return named
    splits = [m for m in _TO_RE.finditer(rest) if _may_split(rest, m)]
    for n, m in enumerate(splits):
        later = any(_opens_party(rest[k.end():]) for k in splits[n + 1:])
        if later and not _opens_party(rest[m.end():]):
            continue  # "The Commission to Negotiate Peace to the Secretary": a "to" in the office's name
        return rest[:m.start()].strip(), rest[m.end():].strip()
    return None


def _may_split(rest: str, m: re.Match[str]) -> bool:
    left = rest[:m.start()]
    if left.count("(") != left.count(")") or not left.strip():
        return False
    return left.split()[-1] not in _OFFICE_BEFORE_TO and bool(rest[m.end():].strip())


def _opens_party(text: str) -> bool:
    """A party named by its office opens with an article: "the Secretary of State"."""
    return text.lower().startswith("the ")


def _named_split(rest: str) -> tuple[str, str] | None:
    """Split after the first parenthesised name followed by ``to``: FRUS heads name each
    party as ``Office (Name)``, and an office may itself contain ``to``."""
    for m in _NAMED_TO_RE.finditer(rest):
        left = rest[:m.start() + 1]
        if left.count("(") == left.count(")") and rest[m.end():].strip():
            return left.strip(), rest[m.end():].strip()
    return None


def _party(text: str, role: str, extra: dict[str, str]) -> tuple[str, str | None]:
    """(name or office, office or None) for one side of the head; a trailing
    location (``in Paris``) after a name is moved to ``extra``."""
    loc = _LOCATION_RE.search(text)
    if loc and (text[:loc.start()].endswith(")") or _is_proper_name(text[:loc.start()])):
        extra[f"{role}_location"] = loc.group("loc").strip()
        text = text[:loc.start()]
    m = re.fullmatch(r"(?P<office>[^()]*?)\s*\((?P<name>[^()]+)\)", text)
    if m:
        office = _drop_article(m.group("office")) or None
        return m.group("name").strip(), office
    if _is_proper_name(text):
        return text, None
    office = _drop_article(text)
    return office, office


def _is_proper_name(text: str, min_words: int = 1) -> bool:
    """``President Nixon``, ``Colonel E. M. House``, a firm's ``Ulen & Company``: capitalised words,
    no article."""
    tokens = text.split()
    return (min_words <= len(tokens) <= 6 and tokens[0] not in ("The", "the", "&")
            and all(NAME_TOKEN_RE.match(t) or t == "&" for t in tokens))


def _drop_article(text: str) -> str:
    """Offices are named without their leading article (``Secretary of State``)."""
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def _strip_final_period(text: str) -> str:
    """Drop a sentence-final period (``Mr. Baker.``) but not one of an abbreviation."""
    word = text.split()[-1] if text.split() else ""
    if word.endswith(".") and len(word) > 3 and word[:-1] not in ("Jr", "Sr", "Mrs"):
        return text[:-1]
    return text
