"""Shapes met in held-out set 44: a flashcard tool's deck kept in TOML."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

TOML_DECK = '''\
# Deck for a spaced-repetition CLI: one [[card]] per question.
title = "Databases"

[meta]
updated = 2024-05-18

[[card]]
id = "db-1"
q = "What does VACUUM reclaim?"
a = """
The space of row versions no transaction can see any more, for new rows of the
same table (VACUUM FULL rewrites the table to give it back to the OS).
"""

[[card]]
id = "db-2"
q = "What is a HOT update?"
a = "TODO"

[[card]]
id = "db-3"
q = "Why can a long transaction bloat a table?"
a = ""
'''


def test_a_toml_deck_is_read_as_an_export_of_its_cards():
    assert "TOML" in read_text(TOML_DECK).read_as
    assert pairs_of(TOML_DECK) == [
        ("What does VACUUM reclaim?",
         "The space of row versions no transaction can see any more, for new rows of the\n"
         "same table (VACUUM FULL rewrites the table to give it back to the OS)."),
        ("What is a HOT update?", ""),
        ("Why can a long transaction bloat a table?", ""),
    ]  # fmt: skip


def test_a_toml_file_without_cards_is_read_as_text():
    settings = '[[server]]\nhost = "a"\n\n[[server]]\nhost = "b"\n'
    assert "TOML" not in read_text(settings).read_as
