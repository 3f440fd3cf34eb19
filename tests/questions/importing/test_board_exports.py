"""A task board exported as text: each card a question, its description the answer, and its
labels, checklist and activity log the board's own."""

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
