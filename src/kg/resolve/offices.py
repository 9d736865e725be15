"""Who held an office when, read from the descriptions of a volume's persons list.

``Chicherin, George V., Acting Soviet Commissar for Foreign Affairs, March 13, 1918;
Commissar for Foreign Affairs, May 30, 1918.`` gives two tenures: the acting office from
1918-03-13 and the office from 1918-05-30, the first ending where the second begins.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..documents import Person
from .lexicon import load_data
from .names import office_of
from .text import fold


@dataclass(frozen=True)
class Tenure:
    office: str  # folded, home qualifier removed
    person: Person
    start: str | None = None  # ISO date
    end: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@cache
def _date_re() -> re.Pattern[str]:
    months = "|".join(load_data("names")["month_names"])
    return re.compile(rf"(?:from |since |after |until )?\b({months})\s+(\d{{1,2}}),\s*(\d{{4}})")


def _iso(month: str, day: str, year: str) -> str:
    number = load_data("names")["month_names"].index(month) + 1
    return f"{year}-{number:02d}-{int(day):02d}"


def tenures(person: Person) -> list[Tenure]:
    """The offices of one list entry: one per ``;``-separated part of its description."""
    if not person.description:
        return []
    parts: list[tuple[str, str | None]] = []
    for segment in person.description.split(";"):
        found = _date_re().search(segment)
        start = _iso(*found.groups()) if found else None
        text = _date_re().sub("", segment)
        text = re.sub(r"\([^)]*\)", "", text).strip(" ,.;:")
        parts.append((text, start))
    result = []
    for i, (text, start) in enumerate(parts):
        office = office_of(text)
        if office is None:
            continue
        later = [s for _, s in parts[i + 1:] if s and (start is None or s > start)]
        result.append(Tenure(office, person, start, later[0] if later else None))
    return result


@cache
def office_index(roster: tuple[Person, ...]) -> dict[str, tuple[Tenure, ...]]:
    """Office -> its tenures in the volume; computed once per volume's list."""
    index: dict[str, list[Tenure]] = defaultdict(list)
    for person in roster:
        for tenure in tenures(person):
            index[tenure.office].append(tenure)
    return {office: tuple(ts) for office, ts in index.items()}


def holder(roster: tuple[Person, ...], office: str, date: str | None) -> Person | None:
    """The one person the list gives for ``office`` at ``date``; None when none or several fit."""
    candidates = office_index(roster).get(fold(office), ())
    if date:
        candidates = tuple(t for t in candidates if t.covers(date))
    people = {t.person for t in candidates}
    return people.pop() if len(people) == 1 else None
