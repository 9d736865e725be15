"""Support code shared by the tests and the benchmarks: local SPARQL servers to test against."""
