"""Tests of the impact-versus-cost chart (leerpunt.chart)."""
