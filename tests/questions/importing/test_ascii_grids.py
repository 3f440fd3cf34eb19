"""Tables and boxes drawn in ASCII, as a plain-text cheat sheet has them: a question wraps
over the lines of its cell, up to the next rule."""

from tests.questions.importing.documents import pairs_of

SHEET = """\
+---------------------------------------------------------------+
|                 HTTP CHEAT SHEET  (print me)                  |
+---------------------------------------------------------------+

+------------------------------+-----------------------------------+
| QUESTION                     | ANSWER                            |
+==============================+===================================+
| When do you return 409       | When the request conflicts with   |
| Conflict?                    | the resource's current state      |
+------------------------------+-----------------------------------+
| How do you make a PUT safe   |                                   |
| to retry?                    |                                   |
+------------------------------+-----------------------------------+

+---------------------------------------------------------------+
| Q. How should a client back off after a 503?                  |
| A. Exponentially, with jitter, honouring Retry-After if sent. |
+---------------------------------------------------------------+
"""


def test_an_ascii_table_reads_each_wrapped_cell_as_one_question():
    pairs = pairs_of(SHEET)

    assert pairs == [
        (
            "When do you return 409 Conflict?",
            "When the request conflicts with the resource's current state",
        ),
        ("How do you make a PUT safe to retry?", ""),
        (
            "How should a client back off after a 503?",
            "Exponentially, with jitter, honouring Retry-After if sent.",
        ),
    ]  # fmt: skip - not a fragment per line, nor the title's box
