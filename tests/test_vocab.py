"""The IRI scheme: one base, normalised once; what is minted under it reads back."""
from __future__ import annotations

from kg.vocab import DEFAULT_BASE, IriScheme


def test_base_is_normalised_once_and_kept() -> None:
    iris = IriScheme.of("https://example.org/kg")
    assert iris.base == "https://example.org/kg/"
    assert IriScheme.of(iris) is iris
    assert IriScheme.of(None).base == DEFAULT_BASE
    assert IriScheme.of("https://example.org/kg#").base == "https://example.org/kg#"


def test_minted_iris_read_back() -> None:
    iris = IriScheme.of("https://example.org/kg/")
    doc = iris.document("frus1969-76v09-d145")
    assert str(doc) == "https://example.org/kg/doc/frus1969-76v09-d145"
    assert str(iris.document("a b/c")) == "https://example.org/kg/doc/a%20b%2Fc"
    assert IriScheme.detect(["https://w3id.org/kg/diplomacy", str(doc)]) == iris
    assert IriScheme.detect(["https://w3id.org/kg/diplomacy"]) == IriScheme()
    assert iris.path_of(str(doc)) == "doc/frus1969-76v09-d145"
    assert iris.path_of("http://elsewhere.example/doc/x") is None
