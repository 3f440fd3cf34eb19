"""Files saved by other programs (a notebook, a quiz app's JSON export), a thread of posts,
a document's table of contents with page numbers, and an interviewer's notes."""

import json

from questions.importing.reading import (
    READ_AS_EXPORT,
    READ_AS_FORUM,
    READ_AS_NOTEBOOK,
    READ_AS_SOCIAL,
    read_text,
)
from tests.questions.importing.documents import pairs_of

EXPORT = json.dumps(
    {
        "deck": "Queues",
        "cards": [
            {"id": 1, "Question": "What is a dead-letter queue?", "Answer": "Where failed "
             "messages are parked.", "notes": "ask Sam: do we use one?"},
            {"id": 2, "question": "What is backpressure?", "answer": None},
            {"id": 3, "question": "Explain at-least-once delivery.", "answer": ""},
        ],
    },
    indent=2,
)  # fmt: skip


def test_an_apps_json_export_gives_each_records_question_and_answer_not_its_notes():
    assert read_text(EXPORT).read_as == READ_AS_EXPORT
    assert pairs_of(EXPORT) == [
        ("What is a dead-letter queue?", "Where failed messages are parked."),
        ("What is backpressure?", ""),
        ("Explain at-least-once delivery.", ""),
    ]


def test_json_that_holds_no_questions_is_read_as_text():
    assert read_text('[{"name": "a"}, {"name": "b"}]').read_as == ""
    assert read_text("[" * 100_000).read_as == ""  # nested past what json can read


NOTEBOOK = json.dumps(
    {
        "cells": [
            {"cell_type": "markdown", "source": ["# Prep notebook\n", "\n", "Scratch work."]},
            {"cell_type": "markdown", "source": ["### 1. What does `is` compare?"]},
            {"cell_type": "code", "source": ["a = [1]\n", "print(a is a)"], "outputs": []},
            {"cell_type": "markdown", "source": ["### 2. What is the GIL?"]},
            {"cell_type": "markdown", "source": []},
            {"cell_type": "markdown", "source": ["### 3. What is a generator?"]},
            {"cell_type": "markdown", "source": ["A function that yields values lazily."]},
        ],
        "nbformat": 4,
    }
)


def test_a_notebook_reads_its_markdown_cells_and_fences_its_code_cells():
    assert read_text(NOTEBOOK).read_as == READ_AS_NOTEBOOK
    assert pairs_of(NOTEBOOK) == [
        ("What does `is` compare?", "```python\na = [1]\nprint(a is a)\n```"),
        ("What is the GIL?", ""),
        ("What is a generator?", "A function that yields values lazily."),
    ]


THREAD = """\
Post
Conversation
Ana Lee
@ana_builds
1/5 🧵 The queue questions I got asked this year. Ready? 👇
10:42 AM · Feb 6, 2024
48.2K
 Views
Ana Lee
@ana_builds
·
Feb 6
2/5 Warm-up:
What is a dead-letter queue?
3
14
Ana Lee
@ana_builds
·
Feb 6
3/5 Where messages go after too many failed attempts, so they stop blocking the rest.
Ana Lee
@ana_builds
·
Feb 6
4/5 Bonus, answers tomorrow!
• What is backpressure?
• Why do consumers need acks?
Drop your guesses below 👇
Sam K.
@samk
·
Feb 7
Replying to @ana_builds
How do you find time to write these?
New to X?
Sign up now to get your own personalized timeline!
"""


def test_a_thread_of_posts_keeps_its_authors_posts_without_names_counts_or_replies():
    assert read_text(THREAD).read_as == READ_AS_SOCIAL
    pairs = pairs_of(THREAD)
    assert [prompt for prompt, _ in pairs] == [
        "What is a dead-letter queue?",
        "What is backpressure?",
        "Why do consumers need acks?",
    ]
    # The next post's lead-in ("Bonus, answers tomorrow!") still trails the first answer.
    assert pairs[0][1].startswith(
        "Where messages go after too many failed attempts, so they stop blocking the rest."
    )
    assert [answer for _, answer in pairs[1:]] == ["", ""]


GOOGLE_DOC = """\
Queue interview bank

Table of Contents
1. Basics\t2
1.1 What is a dead-letter queue?\t2
1.2 What is backpressure?\t3
2. Parking lot\t4


1. Basics

1.1 What is a dead-letter queue?
Where failed messages are parked.

1.2 What is backpressure?
TBD


2. Parking lot
* Should we add a Kafka section?
"""


def test_a_table_of_contents_with_page_numbers_is_not_read_as_questions():
    assert pairs_of(GOOGLE_DOC) == [
        ("What is a dead-letter queue?", "Where failed messages are parked."),
        ("What is backpressure?", ""),
    ]


INTERVIEW_NOTES = """\
(00:30) Interviewer: How do you avoid a thundering herd when a hot key expires?
Candidate: idk honestly, never hit that.
Interviewer: (gave a hint about locking, moved on)

(00:33) Interviewer: How would you retry calls to a flaky service?
Candidate: Exponential backoff with jitter, and only for idempotent calls.

Summary / scores:
- Design: 3.5/4
- Communication: 4/4
"""


def test_interviewer_remarks_and_scores_are_not_answers_or_questions():
    assert pairs_of(INTERVIEW_NOTES) == [
        ("How do you avoid a thundering herd when a hot key expires?", ""),
        ("How would you retry calls to a flaky service?",
         "Exponential backoff with jitter, and only for idempotent calls."),
    ]  # fmt: skip


NEWS_THREAD = """\
Ask: Which queue questions do you ask in interviews?
212 points by hiring_lead 2 days ago | hide | past | favorite | 87 comments

  kvn 2 days ago | next [–]

  "How would you make a webhook handler idempotent?"

  Store the provider's event id under a unique constraint, in the same transaction as the effect.

  reply


      hiring_lead 2 days ago | parent | next [–]

      Great one, stealing it.

      reply


  mara 1 day ago | prev | next [–]

  "What is a dead-letter queue for?"

  Parking messages that keep failing, so they stop blocking the queue.

  reply
"""


def test_a_news_forum_thread_reads_its_comments_at_the_margin_without_headers():
    assert read_text(NEWS_THREAD).read_as == READ_AS_FORUM
    assert pairs_of(NEWS_THREAD)[0] == (
        "How would you make a webhook handler idempotent?",
        # the reply under the comment ("Great one, stealing it.") is discussion, not answer
        "Store the provider's event id under a unique constraint, in the same transaction as "
        "the effect.",
    )
    assert pairs_of(NEWS_THREAD)[1] == (
        "What is a dead-letter queue for?",
        "Parking messages that keep failing, so they stop blocking the queue.",
    )
