"""Benchmarks: not part of `uv run pytest`. Run them with

    uv run pytest tests/perf -o addopts="" -s

and read the medians they print. They assert only that the work was done.
"""
