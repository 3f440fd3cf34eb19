"""A meeting's transcript that names its speakers, a RemNote outline of cards, a notes
database with both a "Name" and a "Question", a Quarto page's callouts and headings, an issue
tracker's export, a headless flashcard CSV, a filled-in scorecard, threads saved as JSON
(tweets, a Matrix room), and real answers the no-answer wordings must leave alone."""

import json

from questions.importing.reading import READ_AS_CHAT, read_text
from tests.questions.importing.documents import pairs_of

MEETING = """\
Mock interview (Ana / Tom) - Transcript
Attendees
Ana Lima, Tom Berger
Transcript
00:00:00

Ana Lima: Hi Tom, can you hear me okay?
Tom Berger: Yes, all good.
Ana Lima: How was the weekend?
Tom Berger: Quiet, thanks. Lots of reading.
Ana Lima: Great. So, first question. What does a database index cost you on writes?
Tom Berger: Every insert and update has to maintain it too, so writes get slower and the \
table takes more space.
00:04:10

Ana Lima: Sorry, you froze there. Could you repeat the last part?
Tom Berger: Just that the index takes space as well.
Ana Lima: What's write amplification in an LSM tree?
Tom Berger: Hmm. Write amplification. Honestly, I couldn't explain it properly. I'd be guessing.
Tom Berger: Okay.
Ana Lima: How would you find the slowest queries in production?
Tom Berger: Turn on pg_stat_statements and sort by total time, then EXPLAIN the worst ones.
"""


def test_a_transcript_naming_each_speaker_reads_as_the_interview_it_is():
    pairs = pairs_of(MEETING)

    assert [prompt for prompt, _ in pairs] == [
        "What does a database index cost you on writes?",
        "What's write amplification in an LSM tree?",
        "How would you find the slowest queries in production?",
    ]  # not the small talk, nor "could you repeat the last part?"
    assert pairs[0][1].startswith("Every insert and update has to maintain it")
    assert pairs[1][1] == ""  # said back, then unsure throughout: no answer
    assert pairs[2][1].startswith("Turn on pg_stat_statements")


REMNOTE = """\
- Interview prep
    - Source:: [[Job hunt]]
    - Databases
        - What does VACUUM reclaim? >> dead row versions, for reuse by the same table
        - MVCC :: each transaction sees a snapshot; writers make new row versions
        - What are the isolation levels of PostgreSQL? >>>
            - Read Committed (the default)
            - Repeatable Read
            - Serializable
        - What does a partial index store? >> ??
    - Misc
        - ask Sam for the replication notes
"""


def test_a_remnote_outline_reads_its_cards_and_leaves_its_notes_out():
    pairs = pairs_of(REMNOTE)

    assert [prompt for prompt, _ in pairs] == [
        "What does VACUUM reclaim?",
        "MVCC",
        "What are the isolation levels of PostgreSQL?",
        "What does a partial index store?",
    ]  # not "Source:: ...", nor the note to ask Sam
    assert pairs[0][1] == "dead row versions, for reuse by the same table"
    assert pairs[1][1].startswith("each transaction sees a snapshot")
    assert pairs[2][1] == "- Read Committed (the default)\n- Repeatable Read\n- Serializable"
    assert pairs[3][1] == ""


NOTES_DATABASE = """\
\ufeffName,Question,Answer,Topic,Status,Created by
Q-1,What is a circuit breaker?,"It stops calling a failing dependency for a while and fails fast.",\
Design,Reviewed,Ana
Q-2,How would you shard a PostgreSQL database?,,Databases,Needs answer,Tom
Test row,test?,,,Todo,Ana
Q-3,What is replication lag?,"The delay before a replica has applied the primary's latest \
changes.",Databases,Reviewed,Tom
"""


def test_a_notes_database_asks_its_question_column_not_its_row_names():
    pairs = pairs_of(NOTES_DATABASE)

    assert [prompt for prompt, _ in pairs] == [
        "What is a circuit breaker?",
        "How would you shard a PostgreSQL database?",
        "What is replication lag?",
    ]  # not "Q-1", and not the row someone added to try the table out
    assert pairs[0][1].startswith("It stops calling a failing dependency")
    assert pairs[1][1] == ""


QUARTO = """\
---
title: "Interview notes"
format: html
---

::: {.callout-note}
## How to use these notes
Each heading is a question; the answer under it is what I would say.
:::

::: {.callout-tip collapse="true"}
## Questions I want to ask *them* at the end
- What does on-call look like for this team?
- How is tech debt paid down?
:::

# Python {#sec-python}

## What is the MRO, and how does `super()` use it? {#sec-mro}

The C3 linearization of the class's bases; `super()` calls the next class in it.

## What goes wrong with mutable default arguments?

::: {.callout-warning}
## TODO
I know the gist, but I want a clean example first. Come back to it after the book.
:::

## What is a deadlock, and how does Postgres resolve it?

Skipping for now, need to reread the locking chapter first.
"""


def test_a_quarto_page_leaves_its_callout_titles_and_heading_attributes_out():
    pairs = pairs_of(QUARTO)

    assert [prompt for prompt, _ in pairs] == [
        "What is the MRO, and how does `super()` use it?",
        "What goes wrong with mutable default arguments?",
        "What is a deadlock, and how does Postgres resolve it?",
    ]  # not the note on using the notes, nor the questions for the interviewers
    assert pairs[0][1].startswith("The C3 linearization")
    assert pairs[1][1] == ""  # a TODO callout
    assert pairs[2][1] == ""


TRACKER = """\
# Interview question backlog

## ENG-1 · GIL and threads

| Field | Value |
|---|---|
| Status | Done |

### Description

**Question:** How does the GIL affect CPU-bound and I/O-bound work differently?

> Good follow-up: "so why do people still use threads in Python?"

### Comments

**Priya Raman** · May 3, 2024 at 10:18 AM
Only one thread runs Python bytecode at a time, but the GIL is released while waiting \
on I/O, so threads still help there.

---

## ENG-2 · Rate limiter

### Description

**Question:** Design a rate limiter for an API served by 20 app servers. Walk me through it.

### Comments

**Priya Raman** · May 3, 2024 at 9:10 AM
Taking this one. I want to write up token bucket vs sliding window properly, after the offsite.

---

## ENG-3 · Idempotency keys

### Description

**Question:** How do idempotency keys make a POST safe to retry?

### Comments

**Marcus Lee** · May 7, 2024 at 2:31 PM
This overlaps with PAY-88, the writeup there should cover it. Linking instead of duplicating.

---

## ENG-4 · Who reviews the system design questions?

### Description

Someone senior should read them before they go into the bank.
"""


def test_an_issue_trackers_export_asks_each_issues_question_and_answers_with_its_comments():
    pairs = pairs_of(TRACKER)

    assert [prompt for prompt, _ in pairs] == [
        "How does the GIL affect CPU-bound and I/O-bound work differently?",
        "Design a rate limiter for an API served by 20 app servers. Walk me through it.",
        "How do idempotency keys make a POST safe to retry?",
    ]  # not the follow-up said with the first, nor the issue about the bank itself
    assert "the GIL is released while waiting on I/O" in pairs[0][1]
    assert "Priya Raman" not in pairs[0][1]  # the comment's byline is not part of it
    assert "### Comments" not in pairs[0][1]
    assert pairs[1][1] == ""  # someone taking it on, to write up later
    assert pairs[2][1] == ""  # a pointer to another issue's write-up


def _answers(text: str) -> list[str]:
    return [answer for _, answer in pairs_of(text)]


REAL_ANSWERS = [
    "We used Celery with Redis. Flower monitoring was on the roadmap but we never got to it.",
    "Add an index on (user_id, created_at). Taking this one step further, a covering index "
    "avoids the heap lookup.",
    "A bucket refilled at a fixed rate. I want to write the sliding window version up too.",
    "A balanced tree keeps lookups to a few pages. Covered in the lecture.",
    "Postgres is writing it to the WAL first; fsync then forces it to disk.",
    "Failed jobs go to a delayed queue and the worker will come back to it after the backoff.",
    "Timing: the test waits 100ms. We still don't have a good answer for CI machines, so we retry.",
    "Linear. I couldn't explain the proof in the interview.",
]


def test_answers_that_mention_putting_things_off_are_still_answers():
    text = "\n\n".join(
        f"## Question {n}: What happens in case {n}?\n\n{answer}"
        for n, answer in enumerate(REAL_ANSWERS, 1)
    )

    assert _answers(text) == REAL_ANSWERS


def test_notes_with_shift_operators_or_type_signatures_are_no_flashcards():
    cpp = (
        "## What do the C++ stream operators do?\n\n- cin >> x reads into x\n"
        "- cout << x writes x\n- a >> b on integers shifts right\n"
    )
    haskell = (
        "## What are the types?\n\n- length :: [a] -> Int\n- map :: (a -> b) -> [a] -> [b]\n"
        "- id :: a -> a\n"
    )

    assert pairs_of(cpp) == [
        (
            "What do the C++ stream operators do?",
            "- cin >> x reads into x\n- cout << x writes x\n- a >> b on integers shifts right",
        )
    ]
    assert [prompt for prompt, _ in pairs_of(haskell)] == ["What are the types?"]


def test_bold_dated_lines_of_an_answer_are_not_comment_bylines():
    text = (
        "## What changed in Python 3.11?\n\n**Python 3.11** — Oct 24, 2022: CPython got "
        "about 25% faster.\n**Python 3.12** — Oct 2, 2023: per-interpreter GIL.\n"
    )

    assert "25% faster" in _answers(text)[0]


def test_a_todo_before_the_answers_own_paragraph_leaves_the_answer():
    text = (
        "## What is the MRO?\n\n**TODO**\nAdd a diagram.\n\nThe order Python searches a "
        "class's bases in (C3 linearization).\n"
    )

    assert "C3 linearization" in _answers(text)[0]


def test_a_template_tag_in_inline_code_stays_in_the_question():
    text = (
        '{% hint style="info" %}\nTwo of these.\n{% endhint %}\n\n'
        "## What does `{{ user.name }}` print for a missing attribute?\n\nAn empty string.\n\n"
        "{% highlight python %}\nx = 1\n{% endhighlight %}\n"
    )

    assert pairs_of(text)[0][0] == "What does `{{ user.name }}` print for a missing attribute?"


def test_a_glossary_row_named_testing_is_a_card():
    text = (
        "term,definition\nTesting,Checking that code does what it should\n"
        "Mocking,Replacing a dependency with a stand-in\nStubbing,Returning canned answers\n"
    )

    assert pairs_of(text)[0] == ("Testing", "Checking that code does what it should")


def test_a_cheat_sheet_of_labelled_lines_is_not_a_chat():
    text = "".join(
        f"## {name} sort\n\nTime Complexity: O(n log n)\nSpace Complexity: O(n)\n\n"
        for name in ("Merge", "Heap", "Quick", "Tim")
    )

    assert read_text(text).read_as != READ_AS_CHAT


FLASHCARD_CSV = """\
"What does functools.wraps copy?","The wrapped function's name and docstring<br>onto the wrapper"
"@property vs a plain attribute?","A property runs code on access; an attribute is stored"
"What is a partial index?",""
"Why is VACUUM needed?","Dead row versions stay until it reclaims them"
"""


def test_a_flashcard_apps_csv_without_a_header_is_read_as_cards():
    pairs = pairs_of(FLASHCARD_CSV)

    assert [prompt for prompt, _ in pairs] == [
        "What does functools.wraps copy?",
        "@property vs a plain attribute?",
        "What is a partial index?",
        "Why is VACUUM needed?",
    ]
    assert pairs[2][1] == ""
    assert pairs[3][1] == "Dead row versions stay until it reclaims them"


FILLED_SCORECARD = """\
INTERVIEW SCORECARD

Candidate:\tJ. Okafor
Interviewer:\tMiriam Hale

Question\tCandidate's answer\tScore 1-4
1. How does a Python dict find a key?\tHashes it to pick a slot, then probes on collisions.\t4
2. What is a Redis sorted set?\t\t
3. What does EXPLAIN ANALYZE add to EXPLAIN?\tIt runs the query and shows actual rows and times.\t3

Overall score\t3
Recommendation\tProceed
"""


def test_a_filled_in_scorecard_reads_its_table_under_its_fields():
    pairs = pairs_of(FILLED_SCORECARD)

    assert [prompt for prompt, _ in pairs] == [
        "How does a Python dict find a key?",
        "What is a Redis sorted set?",
        "What does EXPLAIN ANALYZE add to EXPLAIN?",
    ]  # not the candidate's fields, nor the summary under the table
    assert pairs[0][1] == "Hashes it to pick a slot, then probes on collisions."
    assert pairs[1][1] == ""


def _tweet(number: int, author: str, text: str, replying_to: int | None = None) -> dict:
    return {
        "id_str": str(100 + number),
        "created_at": f"Tue Mar 12 08:{number:02d}:00 +0000 2024",
        "full_text": text,
        "in_reply_to_status_id_str": str(100 + replying_to) if replying_to else None,
        "user": {"screen_name": author, "name": author.title()},
    }


TWEETS = json.dumps(
    [
        _tweet(1, "beth", "Backend questions I ask, one per tweet, my answer right under it."),
        _tweet(2, "beth", "1/ Why put a queue between your API and its workers?", 1),
        _tweet(3, "beth", "Latency stops depending on the work: the API returns at once.", 2),
        _tweet(4, "sam", "@beth great thread", 3),
        _tweet(5, "beth", "2/ How do you make a POST safe to retry?", 3),
        _tweet(6, "beth", "An idempotency key: the server stores the first response per key.", 5),
    ]
)

MATRIX = json.dumps(
    {
        "room_name": "interview-drills",
        "messages": [
            {
                "type": "m.room.message",
                "sender": "@ana:x.org",
                "event_id": "$1",
                "origin_server_ts": 1710356650000,
                "content": {"body": "What does a GIN index speed up?"},
            },
            {
                "type": "m.room.message",
                "sender": "@tom:x.org",
                "event_id": "$2",
                "origin_server_ts": 1710356710000,
                "content": {"body": "What is the GIL?"},
            },
            {
                "type": "m.room.message",
                "sender": "@kim:x.org",
                "event_id": "$3",
                "origin_server_ts": 1710356770000,
                "content": {
                    "body": "> <@ana:x.org> What does a GIN index speed up?\n\nContainment "
                    "and full-text searches: it indexes each element of a value.",
                    "m.relates_to": {"m.in_reply_to": {"event_id": "$1"}},
                },
            },
        ],
    }
)


def test_a_thread_of_tweets_pairs_each_question_with_its_askers_answer():
    pairs = pairs_of(TWEETS)

    assert [prompt for prompt, _ in pairs] == [
        "Why put a queue between your API and its workers?",
        "How do you make a POST safe to retry?",
    ]
    assert pairs[0][1].startswith("Latency stops depending on the work")
    assert pairs[1][1].startswith("An idempotency key")


def test_a_matrix_rooms_export_puts_a_reply_with_the_message_it_answers():
    assert read_text(MATRIX).read_as == READ_AS_CHAT
    pairs = pairs_of(MATRIX)

    assert pairs[0][0] == "What does a GIN index speed up?"
    assert pairs[0][1].startswith("Containment and full-text searches")
    assert "What does a GIN index" not in pairs[0][1]  # the reply's quote of it is left out


def test_a_json_bank_whose_records_name_their_authors_is_still_a_bank():
    bank = json.dumps(
        [
            {
                "text": "What is a savepoint?",
                "answer": "A named point to roll back to.",
                "author": n,
            }
            for n in ("ana", "bo", "cy")
        ]
    )

    assert read_text(bank).read_as != READ_AS_CHAT
    assert pairs_of(bank)[0] == ("What is a savepoint?", "A named point to roll back to.")


NOT_ANSWERED_HERE = [
    "🤷 blanked completely. ask Tom",
    "- [ ] @Rafael Ortiz to write this one up",
    "No notes — I'll improvise this one live.",
    "Leave for Q&A if there's time. If not, skip it.",
    "Still need to write this up — Dan said he'd add his notes.",
    "Rating    ☆ ☆ ☆ ☆ ☆\nNotes     ______________________________",
    "[Comment: Jordan Lee, Apr 12, 2024 at 10:20 AM — skip this one? not for this role]",
]


def test_more_ways_of_saying_there_is_no_answer_yet():
    text = "\n\n".join(
        f"## Question {n}: What happens in case {n}?\n\n{said}"
        for n, said in enumerate(NOT_ANSWERED_HERE, 1)
    )

    assert _answers(text) == [""] * len(NOT_ANSWERED_HERE)


def test_a_bank_keeping_reviewers_comments_is_still_a_bank():
    bank = json.dumps(
        {
            "deck": "Python",
            "questions": [
                {
                    "question": f"What does step {n} of the request cycle do?",
                    "answer": f"Step {n} hands the request on.",
                    "comments": [
                        {"author": "ana", "text": "Looks good."},
                        {"author": "bo", "text": "ok"},
                    ],
                }
                for n in range(4)
            ],
        }
    )

    assert read_text(bank).read_as != READ_AS_CHAT
    assert len([answer for _, answer in pairs_of(bank) if answer]) == 4


def test_a_list_of_questions_with_commas_in_them_is_no_csv():
    text = (
        "What is a closure, and when would you use one?\n"
        "How does the GIL affect threads, and how do you work around it?\n"
        "Why are tuples immutable, and what does that buy you?\n"
    )

    assert pairs_of(text)[0][0] == "What is a closure, and when would you use one?"


def test_what_the_candidate_said_is_no_part_of_the_model_answer():
    text = (
        "Question\tAnswer\tCandidate answer\tScore\n"
        "What is a generator?\tA lazy iterator built with yield.\tA list I think\t2\n"
        "What is MVCC?\tRow versions per transaction.\tNo idea\t1\n"
        "What is CORS?\tA browser rule for cross-origin reads.\tHeaders?\t2\n"
    )

    assert [answer for _, answer in pairs_of(text)] == [
        "A lazy iterator built with yield.",
        "Row versions per transaction.",
        "A browser rule for cross-origin reads.",
    ]


def test_a_scorecards_table_goes_on_past_a_blank_line_between_its_rows():
    text = FILLED_SCORECARD.replace(
        "3. What does EXPLAIN",
        "\n3. What does EXPLAIN",
    )

    assert len(pairs_of(text)) == 3
