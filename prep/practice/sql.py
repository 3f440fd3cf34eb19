"""Statements written by hand, for a grade's one round trip (sessions._save_grade)."""

import re

NAMED = re.compile(r"%\((\w+)\)s")


def positional(sql: str, values: dict) -> tuple[str, list]:
    """`sql` with its named parameters ("%(user)s") as positional ones ("%s"), and their
    values in order: to run with others' positional SQL as one statement."""
    return NAMED.sub("%s", sql), [values[name] for name in NAMED.findall(sql)]
