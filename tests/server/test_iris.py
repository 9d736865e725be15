"""The server reads IRIs back as ``kg.vocab`` mints them, without loading rdflib to start."""
from __future__ import annotations

import subprocess
import sys

from kg.server.iris import DIP, ONTOLOGY, ServedIris, curie
from kg.vocab import DIP as VOCAB_DIP
from kg.vocab import ONTOLOGY as VOCAB_ONTOLOGY
from kg.vocab import IriScheme
from kg.vocab import curie as vocab_curie

GRAPHS = (["https://kg.example.org/volume/v1", "https://kg.example.org/doc/d%204"], ["urn:x:doc/y"],
          ["http://127.0.0.1:9000/kg/doc/frus1969-76v09-d145"], [], ["http://example.org/other"])
IRIS = ("https://w3id.org/kg/diplomacy#Actor", "http://purl.org/dc/terms/title", "http://example.org/x",
        "http://www.w3.org/ns/oa#", "https://w3id.org/kg/diplomacy")


def test_bases_paths_and_prefixed_names_read_as_kg_vocab_mints_them() -> None:
    for names in GRAPHS:
        served, minted = ServedIris.detect(names), IriScheme.detect(names)
        assert served.base == minted.base
        for iri in [*names, served.base, served.base + "doc/d1"]:
            assert served.path_of(iri) == minted.path_of(iri)
    for base in ("https://kg.example.org", "https://kg.example.org/", "urn:kg#", None):
        assert ServedIris.of(base).base == IriScheme.of(base).base
    assert [curie(i) for i in IRIS] == [vocab_curie(i) for i in IRIS]
    assert (str(VOCAB_DIP), str(VOCAB_ONTOLOGY)) == (DIP, ONTOLOGY)


def test_kg_serve_starts_without_rdflib_jinja_or_the_sparql_grammar() -> None:
    code = ("import sys, kg.cli, kg.server.app; "
            "print(*sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'jinja2', 'pyparsing'}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == ""
