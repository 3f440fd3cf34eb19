"""OneNote's pasted bullets, a course's quiz review, a newsletter's mailbag and homework,
and the many ways a short note says the answer is somewhere else or not written yet."""

import pytest

from questions.importing.cleaning import is_placeholder
from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

ONENOTE = """\
Docker + k8s prep
Monday, 4 March 2024    21:14

Docker
• What happens when you run docker stop?
\to sends SIGTERM to PID 1, waits the grace period, then SIGKILL
\to exec form, or an init like tini, so the app gets the signal
• What is a HEALTHCHECK?
\to ???
• What is the 12-factor app?
\to Pasted from <https://12factor.net/>
"""


def test_onenotes_o_bullets_under_its_dots_are_bullets_and_a_pasted_from_link_no_answer():
    pairs = dict(pairs_of(ONENOTE))
    assert pairs["What happens when you run docker stop?"].startswith("- sends SIGTERM to PID 1")
    assert pairs["What is a HEALTHCHECK?"] == ""
    assert pairs["What is the 12-factor app?"] == ""


COURSE_QUIZ = """\
Graded Quiz: Concurrency with asyncio
Latest Submission Grade 80%
1.
Question 1
What does calling an async def function without awaiting it return?

1 / 1 point

The function's return value

A coroutine object

Correct
Right. Calling a coroutine function only creates a coroutine object; none of its body runs.

2.
Question 2
What is the purpose of asyncio.Semaphore?

0 / 1 point

To make sure only one coroutine runs at a time

To limit how many coroutines are inside a section at once

You didn't select an answer.

3.
Question 3
Which primitive lets one coroutine wake many waiting ones?

0 / 1 point

asyncio.Lock

asyncio.Event

Incorrect
Incorrect. Please review the lesson on synchronisation primitives.
"""


def test_a_quiz_reviews_skipped_and_missed_questions_show_no_right_answer():
    pairs = dict(pairs_of(COURSE_QUIZ))
    assert (
        "only creates a coroutine object"
        in pairs["What does calling an async def function without awaiting it return?"]
    )
    assert pairs["What is the purpose of asyncio.Semaphore?"] == ""
    assert pairs["Which primitive lets one coroutine wake many waiting ones?"] == ""


NEWSLETTER = """\
PART 3 — READER MAILBAG

Q: "What's the difference between vertical and horizontal scaling?" — Kemi

Vertical scaling means a bigger machine; horizontal scaling means more machines behind a
load balancer.

Q: "How would you design a distributed rate limiter?" — Jakub

Great question, and it deserves more than a paragraph — I'll make it the lead of next issue.

HOMEWORK

Sketch this before next issue and reply with your design:

How would you design a notification system that fans out one event to 10 million users?

— Priya

[1] Phil Karlton's "two hard things" quote gets used in every second interview.

Discussion about this post

Ravi S.
Apr 20
Any chance of a consistent hashing diagram in the next issue?
Reply
"""


def test_a_title_in_capitals_apart_ends_the_answer_above_and_the_signature_its_question():
    pairs = pairs_of(NEWSLETTER)
    asked = [prompt for prompt, _ in pairs]
    assert "Any chance of a consistent hashing diagram in the next issue?" not in asked
    answers = dict(pairs)
    rate_limiter = next(prompt for prompt in asked if "rate limiter" in prompt)
    assert answers[rate_limiter] == ""
    assert "Sketch this" not in "".join(answers.values())
    homework = (
        "How would you design a notification system that fans out one event to 10 million users?"
    )
    assert answers[homework] == ""  # (the writer's name and footnotes under it are no answer)


@pytest.mark.parametrize(
    "note",
    [
        "- ((r9LmQ2vXc))",
        "We cover this in depth in [our complete guide to settings](https://example.com/guide/).",
        "👉 We cover this one in detail in a dedicated post: [Signals](https://example.com/s/)",
        "Super Fast Python has a better write-up than I could do:\n"
        "[asyncio.Queue vs queue.Queue](https://example.com/queues/)",
        "TODO - ran out of time in the mock, copy Kofi's version here later\n\n"
        "```python\nclass TokenBucket:\n    pass\n```",
        "I'll leave the answer as an exercise for the reader ;)",
        "[Unlock all answers – $9/month](https://example.com/premium/)\n\n"
        "Cancel anytime. Includes 600+ answered questions and mock interviews.",
        "We haven't agreed on this internally yet — see the discussion in PLAT-482.",
        "n/a (behavioral)",
        "See [The USE Method](https://example.com/use/).\n\n"
        "_Maintainers: platform-team. Questions about this doc → #platform-hiring on Slack._",
    ],
)
def test_a_note_of_where_the_answer_is_or_why_it_is_missing_is_no_answer(note):
    page = f"# Prep\n\n## What is the question here?\n\n{note}\n"
    assert pairs_of(page) == [("What is the question here?", "")]


@pytest.mark.parametrize(
    "answer",
    [
        "```python\nclass NotFound(Exception):\n    pass\n```",
        "We cover this in depth: a partial index holds only the rows its WHERE clause keeps.",
        "Cancel the task with task.cancel(), then await it to let it clean up.",
    ],
)
def test_answers_that_look_like_those_notes_stay_answers(answer):
    assert not is_placeholder(answer)


ZETTELKASTEN = """\
---
id: 202401161000
title: What is consistent hashing?
tags: [distributed, interview]
created: 2024-01-16 10:00
---
# What is consistent hashing?

Keys and nodes share a hash ring; a key belongs to the first node clockwise from it.

---
id: 202401161010
title: How does a write-ahead log give durability?
tags: [databases, interview]
created: 2024-01-16 10:10
status: stub
---
# How does a write-ahead log give durability?

#stub

> TODO: fill in after DDIA ch. 3 and ch. 7.

Related: [[202401171145]]
"""


def test_each_notes_front_matter_is_no_text_and_a_stub_note_needs_an_answer():
    assert pairs_of(ZETTELKASTEN) == [
        (
            "What is consistent hashing?",
            "Keys and nodes share a hash ring; a key belongs to the first node clockwise from it.",
        ),
        ("How does a write-ahead log give durability?", ""),
    ]


def test_cards_between_rules_are_no_front_matter():
    page = (
        "# Notes\n\n---\nQ: What is a GIL?\nA: A lock that lets one thread run at a time.\n\n"
        "---\nQ: What is MVCC?\nA: A row has versions; readers see a snapshot.\n\n---\n"
    )
    assert "Q: What is a GIL?" in read_text(page).text
    assert [prompt for prompt, _ in pairs_of(page)] == ["What is a GIL?", "What is MVCC?"]


def test_blanking_and_saying_why_is_no_answer_and_a_guess_after_it_is_one():
    assert is_placeholder(
        "I blanked on this one. Completely. I've written a dozen of them at work, but in the "
        "moment I couldn't produce a single line on the whiteboard. Lesson learned."
    )
    assert not is_placeholder(
        "I blanked on this one at first, then said: middleware wraps every request, in the "
        "order of MIDDLEWARE, and each can return a response early. The interviewer nodded."
    )


def test_notes_as_the_documents_title_is_no_aside_over_its_questions():
    page = (
        "# Notes\n\nQ: What is a GIL?\nA: A lock that lets one thread run at a time.\n\n"
        "Q: What is MVCC?\nA: A row has versions; readers see a snapshot.\n\n"
        "## Notes\n\nQ: Why did I write this?\nA: For the Tuesday group.\n"
    )
    assert [prompt for prompt, _ in pairs_of(page)] == ["What is a GIL?", "What is MVCC?"]


SLACK_COPY = """\
Dana Okafor  10:02 AM
ok next weird one. what happens when you raise HTTPException inside a BackgroundTasks function?
:thinking_face:
3

Priya Raman  10:20 AM
hm no idea honestly :sweat_smile: anyone?

Tuesday, March 12th

Wei Zhang  8:15 AM
how does postgres decide between an index scan and a seq scan?

Marco Bellini  8:40 AM
there's a great talk on exactly this, can't find it rn :confused: will post if I do

Wei Zhang  9:02 AM
what's an idempotency key?

Marco Bellini  9:10 AM
a unique key per logical operation :+1: the server stores the first response under it
"""


def test_a_slack_copys_faces_mid_sentence_and_day_dividers_are_no_answer():
    assert pairs_of(SLACK_COPY) == [
        ("what happens when you raise HTTPException inside a BackgroundTasks function?", ""),
        ("how does postgres decide between an index scan and a seq scan?", ""),
        (
            "what's an idempotency key?",
            "a unique key per logical operation the server stores the first response under it",
        ),
    ]


def test_a_spanish_heading_that_asks_in_the_imperative_is_a_question():
    page = (
        "# Preguntas de Python\n\n### ¿Qué es el GIL?\n\nUn mutex de CPython.\n\n"
        "### Explica qué es un context manager y cómo se implementa.\n\n"
        "Un objeto con `__enter__` y `__exit__` que envuelve un bloque `with`.\n"
    )
    assert [prompt for prompt, _ in pairs_of(page)] == [
        "¿Qué es el GIL?",
        "Explica qué es un context manager y cómo se implementa.",
    ]


def test_a_quoted_scenario_after_its_lead_is_the_question():
    thread = (
        "jcrowley 2 days ago | next [–]\n\n"
        'I ask exactly one question and go deep: "An endpoint that used to take 50ms now takes '
        "5 seconds. Walk me through how you'd debug it.\"\n\n"
        "Good candidates start by measuring instead of guessing: traces first, then EXPLAIN.\n\n"
        "reply\n\n"
        "mkent 2 days ago | prev | next [–]\n\n"
        'Mine: "What does SELECT ... FOR UPDATE do?"\n\n'
        "It locks the selected rows until the transaction ends.\n\n"
        "reply\n"
    )
    assert pairs_of(thread) == [
        (
            "An endpoint that used to take 50ms now takes 5 seconds. Walk me through how you'd "
            "debug it.",
            "Good candidates start by measuring instead of guessing: traces first, then EXPLAIN.",
        ),
        (
            "What does SELECT ... FOR UPDATE do?",
            "It locks the selected rows until the transaction ends.",
        ),
    ]


DISCORD_THREAD = """\
Share your Docker interview questions (answers pls 🙏)
Original Post
mira_codes — Today at 14:02
starting with the ones I already know they ask:
Q: why does the order of instructions in a Dockerfile matter?
🔥 7
dev_ola — Today at 14:07
@mira_codes Q: why does the order of instructions in a Dockerfile matter?
because of layer caching: once one layer changes, every layer after it is rebuilt
👍 6
noodle — Today at 14:16
cool. mine was CMD vs ENTRYPOINT?
kaito — Today at 14:19
@noodle cool. mine was CMD vs ENTRYPOINT?
ENTRYPOINT is the executable that always runs; CMD gives its default arguments
👍 5
Tomasz — Today at 14:24
one I got: why shouldn't you run containers as root?
dev_ola — Today at 14:27
@Tomasz one I got: why shouldn't you run containers as root?
root in the container is root on the host kernel if anything breaks out, so add a USER
Priya — Today at 14:30
Deployment vs StatefulSet? got asked and had no idea tbh
mira_codes — Today at 14:33
bump, also want to know
Tomasz — Today at 14:40
how do you debug a container that keeps crash-looping?
kaito — Today at 14:52
@Tomasz I have a whole checklist for this, will post tomorrow, on mobile rn
"""


def test_a_discord_replys_preview_of_the_message_it_answers_is_not_its_answer():
    answers = dict(pairs_of(DISCORD_THREAD))
    order = next(prompt for prompt in answers if "order of instructions" in prompt)
    assert answers[order].startswith("because of layer caching")
    entrypoint = next(prompt for prompt in answers if "ENTRYPOINT" in prompt)
    assert answers[entrypoint].startswith("ENTRYPOINT is the executable that always runs")
    assert answers["why shouldn't you run containers as root?"].startswith("root in the")
    statefulset = next(prompt for prompt in answers if "StatefulSet" in prompt)
    assert answers[statefulset] == ""  # ("bump, also want to know" waits for one too)
    assert answers["how do you debug a container that keeps crash-looping?"] == ""


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "## Practice questions\n\n1. What is a lost update?\n"
            "   Two transactions read the same value and both write it back.\n",
            [
                (
                    "What is a lost update?",
                    "Two transactions read the same value and both write it back.",
                )
            ],
        ),
        (
            "# Notes\n\n## What is a GIL?\n\nA lock.\n\n## Recommended reading\n\n- DDIA\n\n"
            "## What is MVCC?\n\nRow versions.\n",
            [("What is a GIL?", "A lock."), ("What is MVCC?", "Row versions.")],
        ),
        (
            "### Which caches do you use?\n\nSeveral, for different jobs:\n\n– Redis\n"
            "– Memcached for sessions\n",
            [
                (
                    "Which caches do you use?",
                    "Several, for different jobs:\n\n- Redis\n- Memcached for sessions",
                )
            ],
        ),
        (
            "### Why not optimise early?\n\n> Premature optimization is the root of all evil.\n\n"
            "— Donald Knuth\n\nMeasure first.\n",
            [
                (
                    "Why not optimise early?",
                    "> Premature optimization is the root of all evil.\n\n— Donald Knuth\n\n"
                    "Measure first.",
                )
            ],
        ),
        (
            "### 2:00 AM, the database is at 100% CPU. What do you check first?\n\n"
            "pg_stat_activity.\n",
            [
                (
                    "2:00 AM, the database is at 100% CPU. What do you check first?",
                    "pg_stat_activity.",
                )
            ],
        ),
    ],
)
def test_this_stops_rules_leave_ordinary_questions_and_answers_alone(document, expected):
    assert pairs_of(document) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "None (unless you pass a default).",
        "Image: a read-only template built from a Dockerfile.",
        "The disk ran out of space for it, so we added log rotation and an alert at 80%.",
        "Give it a timeout; if it didn't finish in 5 s, kill it and retry later.",
        "#draft\nA B-tree keeps keys sorted, so range scans read neighbouring pages.",
        "0 / 1 point\n\nA lock\n\nAn event\n\nIncorrect\n"
        "Incorrect. An Event wakes every waiting coroutine at once; a lock wakes one.",
    ],
)
def test_answers_that_share_words_with_notes_of_missing_answers_stay_answers(answer):
    assert not is_placeholder(answer)


def test_a_reply_that_starts_like_waiting_but_answers_is_the_answer():
    chat = (
        "ana — Today at 10:00\nhow do you stop a slow API call from hanging a worker?\n"
        "bo — Today at 10:02\nfollowing the docs: set a timeout on the client and retry once\n"
        "ana — Today at 10:03\nwhat is a circuit breaker?\n"
        "cy — Today at 10:04\nbump, also want to know\n"
    )
    assert pairs_of(chat) == [
        (
            "how do you stop a slow API call from hanging a worker?",
            "following the docs: set a timeout on the client and retry once",
        ),
        ("what is a circuit breaker?", ""),
    ]
