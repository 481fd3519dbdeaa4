"""Benchmarks for newscrawl (issue 5): `python benchmarks/run.py` (see README, "Performance")."""
