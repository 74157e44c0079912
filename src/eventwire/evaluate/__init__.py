"""Evaluation sets and scorers: one command reproduces every quality figure."""
