"""Tests of kg.validate."""
