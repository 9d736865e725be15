"""Tests of kg.queries."""
