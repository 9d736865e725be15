"""Tests of kg.documents."""
