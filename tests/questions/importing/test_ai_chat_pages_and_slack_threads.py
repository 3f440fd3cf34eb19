"""A quiz with an AI assistant saved as markdown ("## User" / "## Assistant"), a question
labelled by its number and topic over the line that asks it, Slack's channel copied with its
threads open, a report's "Q3 results..." after numbered questions, a schedule and a debrief
that answer nothing, a deck's reversed cards and a sheet whose answer opens with code."""

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import READ_AS_CHAT, read_text
from tests.questions.importing.documents import pairs_of

AI_QUIZ = """\
# Backend interview quiz

*Exported from ChatGPT on 2024-06-02 19:47*

---

## User

Can you quiz me? One question at a time, then tell me if I got it right.

## Assistant

Sure! Let's start with some Python.

**Question 1 — asyncio:**
What's the difference between `asyncio.run()` and `loop.run_until_complete()`?

## User

asyncio.run creates a new event loop, runs the coroutine and closes the loop for you.

## Assistant

Spot on ✅. It also shuts down async generators on exit.

**Question 2 — Testing:**
A module does `from payments import charge`. Why does `mock.patch("payments.charge")` not \
replace it?

## User

Maybe because patch only works on classes?

## Assistant

Not quite ❌ — patch works on functions too. The module holds its own reference to the \
function, so patch where the name is looked up: `mock.patch("billing.charge")`.

**Question 3 — Docker:**
What is the purpose of the `HEALTHCHECK` instruction in a Dockerfile?

## User

no idea, skip

## Assistant

Skipped 👍 We'll add it to the review list.

**Question 4 — Testing:**
What does the `--cov-fail-under` option of pytest-cov do?

## User

I'll come back to this tomorrow, need to run. Thanks!
"""


def test_a_quiz_with_an_assistant_saved_as_markdown_is_read_as_its_chat():
    assert read_text(AI_QUIZ).read_as == READ_AS_CHAT
    pairs = dict(pairs_of(AI_QUIZ))
    assert list(pairs) == [
        "What's the difference between `asyncio.run()` and `loop.run_until_complete()`?",
        "A module does `from payments import charge`. Why does "
        '`mock.patch("payments.charge")` not replace it?',
        "What is the purpose of the `HEALTHCHECK` instruction in a Dockerfile?",
        "What does the `--cov-fail-under` option of pytest-cov do?",
    ]
    first, second, third, fourth = pairs.values()
    assert "closes the loop for you" in first and "async generators" in first
    # the correction, not the wrong answer it corrects
    assert "patch where the name is looked up" in second
    assert "only works on classes" not in second
    assert third == "" and fourth == ""  # a pass, and a promise to come back


def test_a_number_and_topic_over_the_question_label_it():
    notes = """\
**Question 1 — asyncio:**
What is the difference between asyncio.run() and loop.run_until_complete()?

asyncio.run creates a new loop and closes it.

Question 2: Django
What does on_delete=CASCADE do?

Deletes the children too.
"""
    assert pairs_of(notes) == [
        (
            "What is the difference between asyncio.run() and loop.run_until_complete()?",
            "asyncio.run creates a new loop and closes it.",
        ),
        ("What does on_delete=CASCADE do?", "Deletes the children too."),
    ]


SLACK_THREADS = """\
#backend-interview-prep
Star channel  |  12 members

Monday, March 11th

Priya Nair  10:44 AM
Q1: what's the difference between asyncio.gather and asyncio.wait?
2 replies
Last reply today at 11:02 AM
View thread

Thread
    Priya Nair  10:44 AM
    Q1: what's the difference between asyncio.gather and asyncio.wait?
    Jonas Weber  10:51 AM
    gather returns the results in order; wait gives you (done, pending) sets :+1:
    :+1: 3
    Marco Bellini  Mar 13th at 8:55 AM
    worth mentioning asyncio.TaskGroup too

Priya Nair  10:46 AM
Q2: how would you rate limit an API with Redis?
1 reply
Last reply today at 11:20 AM
View thread

Thread
    Priya Nair  10:46 AM
    Q2: how would you rate limit an API with Redis?
    Jonas Weber  11:14 AM
    ooh good one, no idea yet. following

Priya Nair  11:30 AM
that's all from the first round, round 2 was system design, will post tomorrow
"""


def test_slacks_channel_copied_with_its_threads_open_keeps_each_question_once():
    assert read_text(SLACK_THREADS).read_as == READ_AS_CHAT
    pairs = pairs_of(SLACK_THREADS)
    assert [question for question, _ in pairs] == [
        "what's the difference between asyncio.gather and asyncio.wait?",
        "how would you rate limit an API with Redis?",
    ]
    gather, redis = (answer for _, answer in pairs)
    assert "(done, pending)" in gather and "TaskGroup" in gather  # an older reply's date too
    assert ":+1:" not in gather and "View thread" not in gather and "Mar 13th" not in gather
    assert redis == ""  # no answer, and the asker's remark after it is none either


def test_a_reports_numbered_line_after_the_questions_is_no_question():
    notes = """\
Q1 What drove the revenue growth?
Mostly the enterprise tier and two large renewals.

Q2 How did churn change?
It fell from 4% to 3% after the onboarding revamp.

Q3 results will be shared at the next meeting.
"""
    assert [question for question, _ in pairs_of(notes)] == [
        "What drove the revenue growth?",
        "How did churn change?",
    ]


def test_a_dashed_list_under_a_new_heading_answers_nothing_by_number():
    notes = """\
## Round 1 questions

1. What is a race condition?
2. How does a mutex differ from a semaphore?

## Schedule

1 — intro and warm-up, 10 minutes
2 — coding exercise, 40 minutes
"""
    assert pairs_of(notes) == [
        ("What is a race condition?", ""),
        ("How does a mutex differ from a semaphore?", ""),
    ]


def test_a_debrief_with_what_was_expected_and_a_verdict_keeps_the_verdict_out():
    debrief = """\
### Q1. What is a closure?

**Expected:** A function that keeps the variables of the scope it was defined in.
**Signal:** strong hire
"""
    (item,) = parse_document(read_text(debrief).text).items
    draft = clean_item(item)
    assert "keeps the variables" in draft.answer_outline
    assert "strong hire" not in draft.answer + draft.answer_outline


ANKI_MARKDOWN = """\
# Backend::Interview prep

## Card 1
**Type:** Basic
**Front:** What is an event loop?
**Back:** The scheduler at the heart of asyncio: it runs each task until its next await.
#python #async

## Card 2
**Type:** Basic (reversed)
**Front:** `FOR UPDATE SKIP LOCKED` — each worker grabs rows nobody else has locked.
**Back:** Which PostgreSQL clause lets several workers pull jobs from one table?
#postgres #queues

## Card 3
**Type:** Basic (and reversed card)
**Front:** What is a Redis pipeline?
**Back:** ?
#redis
"""


def test_a_decks_cards_ask_on_their_front_or_on_a_reversed_cards_back():
    assert pairs_of(ANKI_MARKDOWN) == [
        (
            "What is an event loop?",
            "The scheduler at the heart of asyncio: it runs each task until its next await.",
        ),
        (
            "Which PostgreSQL clause lets several workers pull jobs from one table?",
            "`FOR UPDATE SKIP LOCKED` — each worker grabs rows nobody else has locked.",
        ),
        ("What is a Redis pipeline?", ""),  # "?" and its tags: no answer
    ]


def test_a_sheets_answer_that_opens_with_code_leaves_the_next_rows_questions():
    sheet = """Summary,Issue Type,Description
"Write a FastAPI dependency that returns the current user.",Question,"```python
async def current_user(token: str = Depends(bearer)) -> User:
    return await users.get(decode(token))
```
Endpoints then declare it."
"What is the difference between PUT and PATCH?",Question,"PUT replaces it; PATCH changes part."
"How would you design webhook delivery?",Question,"An outbox, signed payloads, retries."
"""
    pairs = dict(pairs_of(sheet))
    assert (
        "async def current_user"
        in pairs["Write a FastAPI dependency that returns the current user."]
    )
    assert pairs["What is the difference between PUT and PATCH?"].startswith("PUT replaces")
    assert "outbox" in pairs["How would you design webhook delivery?"]
