"""Tests of kg.server."""
