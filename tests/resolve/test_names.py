"""Person names and offices as FRUS volumes write them."""
from __future__ import annotations

import pytest

from kg.resolve.names import Name, listed_name, office_of, running_name


@pytest.mark.parametrize(("text", "surname", "forenames"), [
    ("Mr. Lewis Baker", "Baker", "Lewis"),
    ("Consul Braida", "Braida", ""),
    ("the Honorable L. Baker", "Baker", "L."),
    ("Señor José Madriz", "Madriz", "José"),
    ("A. G. Schmedeman", "Schmedeman", "A. G."),
    ("Seat, Consular Agent", "Seat", ""),
    ("Charles de Bunsen", "de Bunsen", "Charles"),
])
def test_running_name(text: str, surname: str, forenames: str) -> None:
    assert running_name(text) == Name(surname, forenames)


@pytest.mark.parametrize("text", ["the President", "Secretary of State", "Dear Sir", "Mr. Minister"])
def test_an_office_or_a_salutation_is_no_name(text: str) -> None:
    assert running_name(text) is None


def test_listed_name_is_surname_comma_forenames() -> None:
    assert listed_name("Schmedeman, Albert G.") == Name("Schmedeman", "Albert G.")
    assert listed_name("Barclay, Colville A. de R.") == Name("Barclay", "Colville A. de R.")


@pytest.mark.parametrize(("text", "office"), [
    ("the Secretary of State", "secretary of state"),
    ("The President of the United States", "president"),
    ("the Acting Secretary of State", "acting secretary of state"),
    ("Secretary of War.", "secretary of war"),
])
def test_office_of(text: str, office: str) -> None:
    assert office_of(text) == office


def test_office_of_a_name_is_none() -> None:
    assert office_of("Secretary Gresham") is None
    assert office_of("British Secretary of State for Foreign Affairs") is None


def test_initials_must_agree() -> None:
    listed = Name("Schmedeman", "Albert G.")
    assert Name("Schmedeman", "A. G.").compatible(listed)
    assert Name("Schmedeman").compatible(listed)
    assert not Name("Schmedeman", "W.").compatible(listed)
    assert not Name("Owen", "A. G.").compatible(listed)
