"""Tests of kg.visualize."""
