"""Tests of kg.build."""
