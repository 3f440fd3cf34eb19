"""A newsletter digest that answers yesterday's bonus question in today's issue and signs
off under "--", and the ways a list or a sheet leaves a question unanswered: a teaser
("Answer tomorrow!"), a comment's mark alone ("[e]"), "Help wanted", a passed question, a
row that is only a note."""

from tests.questions.importing.documents import pairs_of

DIGEST = """\
---------- Forwarded message ---------
From: Daily Backend Drill <hello@drill.example>
Date: Mon, Mar 4, 2024 at 7:00 AM
Subject: Interview question of the day #112

🧠 INTERVIEW QUESTION OF THE DAY

What is a closure in Python?

✅ ANSWER

An inner function that remembers variables from the enclosing scope after it returned.

🎁 BONUS QUESTION

Why does a mutable default argument persist between calls?

Answer tomorrow!

--
Sponsored: ShipFast CI, run your tests faster.
You're receiving this because you subscribed. Unsubscribe


---------- Forwarded message ---------
From: Daily Backend Drill <hello@drill.example>
Date: Tue, Mar 5, 2024 at 7:00 AM
Subject: Interview question of the day #113

YESTERDAY'S BONUS, ANSWERED

Default values are evaluated once, when the def statement runs, so a list default is shared.

🧠 INTERVIEW QUESTION OF THE DAY

What is a CTE and when is it materialized in PostgreSQL?

✅ ANSWER

A named subquery in WITH; since PostgreSQL 12 it is inlined unless referenced twice.

--
Sponsored: ShipFast CI, run your tests faster.
You're receiving this because you subscribed. Unsubscribe
"""


def test_a_digest_answers_yesterdays_question_and_keeps_its_footers_out():
    pairs = dict(pairs_of(DIGEST))

    assert pairs["What is a closure in Python?"].startswith("An inner function")
    assert "Unsubscribe" not in pairs["What is a closure in Python?"]
    assert pairs["Why does a mutable default argument persist between calls?"] == (
        "Default values are evaluated once, when the def statement runs, so a list default is "
        "shared."
    )
    assert pairs["What is a CTE and when is it materialized in PostgreSQL?"] == (
        "A named subquery in WITH; since PostgreSQL 12 it is inlined unless referenced twice."
    )


def test_the_ways_a_list_leaves_a_question_unanswered():
    readme = """\
## Questions

### Why shouldn't containers run as root?

🚧 Help wanted — nobody has written this one yet. See CONTRIBUTING.md.

### What's the difference between CMD and ENTRYPOINT in a Dockerfile?

[e]

### How do you handle database connection pooling in an async app?

Hmm. Honestly, I'd have to pass on that one, I've only ever used the defaults.

### What is a covering index?

An index that holds every column the query reads.
"""
    assert pairs_of(readme) == [
        ("Why shouldn't containers run as root?", ""),
        ("What's the difference between CMD and ENTRYPOINT in a Dockerfile?", ""),
        ("How do you handle database connection pooling in an async app?", ""),
        ("What is a covering index?", "An index that holds every column the query reads."),
    ]


def test_a_sheets_row_that_is_only_a_note_is_no_answer_to_the_row_above():
    sheet = """\
Question,Answer,Status
How would you design a rate limiter?,,Not started
Ask Priya – are we still meeting Thursday for the mock?,,Not started
What is a covering index?,An index that holds every column the query reads.,Done
What is MVCC?,Each transaction sees a snapshot of the rows.,Done
"""
    assert pairs_of(sheet) == [
        ("How would you design a rate limiter?", ""),
        ("What is a covering index?", "An index that holds every column the query reads."),
        ("What is MVCC?", "Each transaction sees a snapshot of the rows."),
    ]
