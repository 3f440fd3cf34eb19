"""An interviewer's printed scorecard, a recruiter's mail answered with arrows, a sheet with a
total under it, a book's running headers with the page's number set apart, and answers that
only promise to come."""

from tests.questions.importing.documents import drafts_of, pairs_of

SCORECARD = """\
# Platform team: design round

### Q1 ★ Design a job scheduler for nightly reports.

**Look for:**
- a queue and idempotent workers
- retries with backoff

**Red flags:** cron on every web server

Rating: [ ] 1  [ ] 2  [ ] 3
Notes:
__________________________

### Q2 Describe how you would shard a chat history table.

**Look for:**
- _to be written after calibration_

Rating: [ ] 1  [ ] 2  [ ] 3
Notes:
__________________________

### Q3 Explain consistent hashing with an example.

**Look for:**

**Red flags:** —

Rating: [ ] 1  [ ] 2  [ ] 3
Notes:
__________________________
"""


def test_a_scorecard_asks_its_numbered_instructions_and_keeps_its_blanks_out():
    drafts = drafts_of(SCORECARD)

    assert [draft.prompt for draft in drafts] == [
        "Design a job scheduler for nightly reports.",
        "Describe how you would shard a chat history table.",
        "Explain consistent hashing with an example.",
    ]
    first, second, third = drafts
    assert "idempotent workers" in first.answer
    assert first.red_flags == "Cron on every web server"  # not the rating boxes and notes line
    assert "Rating" not in first.answer + first.red_flags
    assert not second.has_answer  # a label over a promise
    assert not third.has_answer  # a label over nothing
    assert third.red_flags == ""


RECRUITER_MAIL = """\
Hi Sam,

Here is what the panel likes to ask:

1) What does a database connection pool do?
   -> keeps connections open and lends them out, so a request skips the handshake

2) Explain the difference between a process and a thread
   -> processes have their own memory; threads share their process's memory

3) How would you version a public API?
   ->

4) What is a race condition?
   My answer: two operations whose outcome depends on which runs first.

Oh and quick q - are you still interested in the Berlin office or remote only?

Thanks,
Dana
"""


def test_answers_after_arrows_are_answers_and_the_recruiters_questions_are_not_asked():
    pairs = dict(pairs_of(RECRUITER_MAIL))

    assert list(pairs) == [
        "What does a database connection pool do?",
        "Explain the difference between a process and a thread",
        "How would you version a public API?",
        "What is a race condition?",
    ]
    assert pairs["What does a database connection pool do?"].startswith("keeps connections open")
    assert pairs["Explain the difference between a process and a thread"].startswith(
        "processes have their own memory"
    )  # not joined to the question as its wrapped end
    assert pairs["How would you version a public API?"] == ""
    assert pairs["What is a race condition?"].startswith("two operations")


def test_a_sheets_total_row_is_no_question():
    sheet = (
        "Topic,Question,Answer\n"
        "Indexes,What is a covering index?,One the query can be answered from alone\n"
        "Locks,What does FOR UPDATE SKIP LOCKED do?,\n"
        ",,\n"
        "Total,2,\n"
    )

    assert pairs_of(sheet) == [
        ("What is a covering index?", "One the query can be answered from alone"),
        ("What does FOR UPDATE SKIP LOCKED do?", ""),
    ]


BOOK = """\
                                                                    211
with a lock held for the whole transaction. Exercises follow.

Exercises

9.1  What does a write-ahead log guarantee after a crash?

9.2  Why can a long-running transaction make a table bloat?


212                          DATA SYSTEMS FOR WORKING ENGINEERS


9.3  When is a partial index the right choice?

Answers

9.1  Every committed change can be replayed from the log, because it was writ-
ten there before the data pages.
9.2  Old row versions cannot be vacuumed while it might still see them.

                  CHAPTER 9  ·  STORAGE INTERNALS                    213

214                          DATA SYSTEMS FOR WORKING ENGINEERS
"""


def test_a_books_spaced_running_headers_go_and_its_broken_words_are_mended():
    pairs = dict(pairs_of(BOOK))

    assert pairs["When is a partial index the right choice?"] == ""  # not the running header
    assert "because it was written" in pairs["What does a write-ahead log guarantee after a crash?"]


def test_promises_of_an_answer_are_no_answers():
    drafts = drafts_of(
        """\
        **Q:** What is a CSRF token?
        **A:** will add later

        ### How do you rotate database credentials?

        We're rewriting our answer to this one after the move to a new vault. Check back soon!

        ### Why hash passwords with a slow function?

        Each guess then costs an attacker real time; bcrypt or argon2 make it tunable.
        """
    )

    assert [draft.has_answer for draft in drafts] == [False, False, True]


def test_declining_or_asking_the_readers_is_no_answer():
    drafts = drafts_of(
        """\
        ### Design a chat service for a million users.

        Ooh. You know what, I'm going to pass on that one, I'd just be making it up.

        ### How do GIN indexes differ from B-trees?

        I'd genuinely like to see good answers to this one in the replies.

        ### How would you block phishing pages on a paste site?

        ran out of time, didnt really answer. look into this.

        ### What does VACUUM reclaim?

        Space held by dead row versions, once no transaction can still see them.
        """
    )

    assert [draft.has_answer for draft in drafts] == [False, False, False, True]
