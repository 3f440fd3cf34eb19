"""A task board exported as text (each card a question, its description the answer, its
labels, checklist and activity log the board's own), a YAML bank whose records start with
their ids, and an article with a bonus question, one left to its readers, and its tags."""

from questions.importing.reading import READ_AS_BOARD, read_text
from tests.questions.importing.documents import pairs_of

BOARD = """\
BOARD: Interview prep
Exported: 12 May 2024 by ana.r

==============================
LIST: To review (3 cards)
==============================

------------------------------
CARD: What does a write-ahead log protect against?
Labels: postgres
Due: May 20, 2024
Description:
  Losing committed changes in a crash: they are in the log before the data files,
  so a restart replays them.
Checklist: Reading (0/1)
  [ ] the WAL chapter
Activity:
  ana.r added this card to To review · May 10, 2024 at 9:00 AM

------------------------------
CARD: Renew the passport
Labels: (none)
Description:
  (no description)

------------------------------
CARD: Why is SELECT FOR UPDATE slow under contention?
Description:
  TODO
Activity:
  ana.r: @li.w got asked this at the fintech screen too

==============================
LIST: Done (1 card)
==============================

------------------------------
CARD: What does HSTS tell a browser?
Description:

Activity:
  li.w: @ana.r to use only HTTPS for that host until max-age runs out, even if a link says http
  ana.r: thx!!
"""


def test_a_board_export_reads_cards_as_questions_and_descriptions_as_answers():
    assert read_text(BOARD).read_as == READ_AS_BOARD
    pairs = pairs_of(BOARD)

    assert [prompt for prompt, _ in pairs] == [
        "What does a write-ahead log protect against?",
        "Why is SELECT FOR UPDATE slow under contention?",
        "What does HSTS tell a browser?",
    ]  # not the errand, the lists, the labels or the checklist
    answers = [answer for _, answer in pairs]
    assert answers[0].startswith("Losing committed changes in a crash")
    assert "the WAL chapter" not in answers[0]
    assert answers[1] == ""  # a TODO, and a remark in its comments, are no answer
    assert answers[2].startswith("to use only HTTPS for that host")  # answered in a comment


BANK = """\
# Interview bank (edit via PR)
version: 2
questions:
  - id: PG-001
    level: mid
    question: What does VACUUM reclaim?
    answer: >
      The space of dead row versions, for reuse by the same table.
  - id: PG-002
    question: "When does Postgres pick a bitmap scan?"
    answer: ""
  - id: PG-003
    question: Why is OFFSET slow on big tables?
    answer: ~
"""


def test_a_yaml_bank_whose_records_start_with_their_id_is_read():
    assert [(prompt, answer) for prompt, answer in pairs_of(BANK)] == [
        (
            "What does VACUUM reclaim?",
            "The space of dead row versions, for reuse by the same table.",
        ),
        ("When does Postgres pick a bitmap scan?", ""),
        ("Why is OFFSET slow on big tables?", ""),
    ]


ARTICLE = """\
8 Redis questions I ask
Elena V · 6 min read

1. Why is Redis fast with one thread?
Everything is in memory and the event loop never waits on a disk.

Bonus: How do Streams differ from Pub/Sub?
Streams keep the messages, so a consumer can read what it missed.

One question I'll leave for you: how would you expire a whole group of keys at once? Tell me your answer in the responses 👇

If you found this useful, give it a few claps and follow for part 2.

Redis
Python
Interview

Written by Elena V
"""  # noqa: E501 - a copied page's long line


def test_an_articles_bonus_and_its_question_for_the_readers_are_read_and_its_tags_are_not():
    pairs = pairs_of(ARTICLE)

    assert [prompt for prompt, _ in pairs] == [
        "Why is Redis fast with one thread?",
        "How do Streams differ from Pub/Sub?",
        "how would you expire a whole group of keys at once?",
    ]
    assert pairs[1][1].startswith("Streams keep the messages")
    assert pairs[2][1] == ""  # left to the readers, and the page's tags are no answer
