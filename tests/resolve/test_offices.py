"""Offices and their dates read from persons-list descriptions."""
from __future__ import annotations

from kg.documents import Person
from kg.resolve.offices import holder, tenures

# Entries as frus1918Russiav03's list of principal persons gives them.
CHICHERIN = Person("p_CGV1", "frus1918Russiav03", "Chicherin, George V.",
                   "Acting Soviet Commissar for Foreign Affairs, March 13, 1918; "
                   "Commissar for Foreign Affairs, May 30, 1918.")
LANSING = Person("p_LR1", "frus1918Russiav03", "Lansing, Robert", "Secretary of State.")
WILSON = Person("p_WW1", "frus1918Russiav03", "Wilson, Woodrow", "President of the United States.")
POLK = Person("p_PF1", "frus1918Russiav03", "Polk, Frank Lyon", "Counselor for the Department of State.")
ROSTER = (CHICHERIN, LANSING, WILSON, POLK)


def test_a_dated_office_starts_at_its_date() -> None:
    (tenure,) = tenures(CHICHERIN)
    assert (tenure.office, tenure.start, tenure.end) == ("commissar for foreign affairs", "1918-05-30", None)


def test_holder_at_a_date() -> None:
    assert holder(ROSTER, "commissar for foreign affairs", "1918-06-01") == CHICHERIN
    assert holder(ROSTER, "commissar for foreign affairs", "1918-04-01") is None


def test_the_home_qualifier_is_dropped() -> None:
    assert holder(ROSTER, "president", "1918-06-01") == WILSON
    assert holder(ROSTER, "secretary of state", None) == LANSING


def test_two_holders_give_none() -> None:
    other = Person("p_X", "frus1918Russiav03", "Bainbridge, Colby", "Secretary of State.")
    assert holder((*ROSTER, other), "secretary of state", "1918-06-01") is None
