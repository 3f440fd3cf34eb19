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


def test_notes_that_show_a_chat_as_an_example_stay_notes():
    notes = """\
# LLM interview notes

## What is a system prompt?

Instructions the model reads before the conversation, for example:

### User

Summarise this ticket.

### Assistant

The customer cannot log in since the last release.

## What is temperature?

How random the sampling is: 0 picks the likeliest token every time.

### User

Write a haiku.

### Assistant

Autumn logs scroll past.

## What is a context window?

How many tokens the model reads at once.
"""
    assert read_text(notes).read_as != READ_AS_CHAT
    questions = [question for question, _ in pairs_of(notes)]
    for asked in ("What is a system prompt?", "What is temperature?", "What is a context window?"):
        assert asked in questions


def test_cards_without_spaces_around_the_separator_split_there():
    deck = """\
What is the capital of France::Paris
Who created the Python language::Guido van Rossum
What does Vec::new return in Rust::An empty vector
"""
    assert pairs_of(deck) == [
        ("What is the capital of France", "Paris"),
        ("Who created the Python language", "Guido van Rossum"),
        ("What does Vec::new return in Rust", "An empty vector"),
    ]


def test_a_mostly_right_answer_keeps_its_words_beside_the_assistants_correction():
    quiz = """\
## User

Quiz me on Postgres.

## Assistant

**Question 1:**
What does VACUUM FULL do that VACUUM does not?

## User

It rewrites the table into a new file and gives the space back to the operating system.

## Assistant

Not quite — it does rewrite the table, but it also takes an ACCESS EXCLUSIVE lock.

**Question 2:**
What is a HOT update?

## User

no idea, skip

## Assistant

Skipped.
"""
    pairs = dict(pairs_of(quiz))
    vacuum = pairs["What does VACUUM FULL do that VACUUM does not?"]
    assert "gives the space back" in vacuum and "ACCESS EXCLUSIVE" in vacuum
    assert pairs["What is a HOT update?"] == ""


def test_a_numbered_topic_first_in_its_series_is_one_of_its_questions():
    notes = """\
Q1 horizontal vs vertical scaling
Horizontal adds machines; vertical makes one machine bigger.

Q2 how does consistent hashing work?
Keys and nodes sit on a ring; each key goes to the next node clockwise.

Q3 what is a write-ahead log?
Changes are logged durably before they are applied to the data files.
"""
    assert pairs_of(notes)[0] == (
        "horizontal vs vertical scaling",
        "Horizontal adds machines; vertical makes one machine bigger.",
    )


def test_a_numbered_task_over_its_follow_up_keeps_the_task():
    notes = """\
Q1. Reverse a linked list
Can you do it in O(1) extra space?
Yes: walk the list once, flipping each next pointer.

Q2. Implement an LRU cache
What structures would you use?
A hash map plus a doubly linked list.
"""
    first, second = (question for question, _ in pairs_of(notes))
    assert first.startswith("Reverse a linked list") and second.startswith("Implement an LRU cache")


def test_dashed_answers_under_my_answers_answer_and_a_tip_does_not():
    answered = """\
## Questions

1. What is a race condition?
2. How does a mutex differ from a semaphore?

## My answers

1 — two threads touch shared state and the result depends on timing

2 — a mutex has an owner and admits one holder; a semaphore counts permits
"""
    assert [answer for _, answer in pairs_of(answered)] == [
        "two threads touch shared state and the result depends on timing",
        "a mutex has an owner and admits one holder; a semaphore counts permits",
    ]
    tips = """\
# Questions from my onsite

1. How would you design an idempotent payments API?
2. What happens when a webhook is delivered twice?

## Final tips

Re #2, read the provider's docs on webhooks before the interview.
"""
    assert [answer for _, answer in pairs_of(tips)] == ["", ""]


def test_a_lower_case_label_right_over_a_question_titles_it():
    notes = """\
what is a closure?

python internals
what is the GIL?
a lock that lets one thread run bytecode at a time

what is a decorator?
a function that wraps another function
"""
    assert [question for question, _ in pairs_of(notes)] == [
        "what is a closure?",
        "what is the GIL?",
        "what is a decorator?",
    ]


def test_a_cards_tags_go_but_code_that_ends_in_endif_keeps_it():
    notes = """\
### How do you guard a C header?

    #ifndef UTIL_H
    #define UTIL_H
    int add(int a, int b);
    #endif

### What is an include guard for?

Stopping a header from being included twice.
#c #headers
"""
    pairs = dict(pairs_of(notes))
    assert pairs["How do you guard a C header?"].rstrip("`\n ").endswith("#endif")
    assert pairs["What is an include guard for?"] == "Stopping a header from being included twice."


def test_one_slack_thread_copied_open_is_still_a_chat():
    thread = """\
#backend-interview-prep

Priya Nair  10:44 AM
what is the difference between a mutex and a semaphore?
1 reply
Last reply today at 11:02 AM
View thread

Thread
    Priya Nair  10:44 AM
    what is the difference between a mutex and a semaphore?
    Jonas Weber  10:51 AM
    a mutex has an owner and admits one holder; a semaphore counts permits
"""
    assert pairs_of(thread) == [
        (
            "what is the difference between a mutex and a semaphore?",
            "a mutex has an owner and admits one holder; a semaphore counts permits",
        )
    ]


def test_an_assistants_question_keeps_its_code_and_what_it_asks_for_after_the_mark():
    quiz = """\
## User

Quiz me, one question at a time.

## Assistant

**Question 1 — PostgreSQL:**
You have an index on `orders (customer_id, created_at)`. Which of these queries can use it?

```sql
SELECT * FROM orders WHERE customer_id = 42;
SELECT * FROM orders WHERE created_at > now() - interval '1 day';
```

## User

Both, the index has both columns.

## Assistant

Not quite ❌. Only the first: a B-tree is sorted by its leftmost column first.

**Question 2 — Redis:**
What is a Redis sorted set good for? Give a concrete use case.

## User

A leaderboard: ZADD scores, ZREVRANGE for the top ten.

## Assistant

Correct ✅.
"""
    (first, first_answer), (second, second_answer) = pairs_of(quiz)
    assert "SELECT * FROM orders WHERE customer_id = 42;" in first
    assert first_answer.startswith("Not quite ❌. Only the first")
    assert second == "What is a Redis sorted set good for? Give a concrete use case."
    assert second_answer.startswith("A leaderboard")


def test_a_pages_comments_under_its_last_question_are_not_its_answer():
    page = """\
<html><body><article>
<h1>12 questions I ask every backend candidate</h1>
<h2>1. How would you cache a hot endpoint?</h2>
<p>Cache-aside in Redis with a short TTL and a lock against stampedes.</p>
<h2>2. Design the backend for a collaborative document editor.</h2>
<p class="paywall">This post is for paid subscribers.</p>
</article>
<h3>37 Comments</h3>
<div class="comment"><p>Sofia Marin · May 14</p>
<p>Great list. Would you ever ask #1 to a mid-level candidate?</p></div>
<div class="comment"><p>Daniel Okafor · Author · May 14</p>
<p>I ask it to everyone, I just expect less depth from mid-level folks.</p></div>
</body></html>
"""
    answers = dict(pairs_of(page))
    assert answers["How would you cache a hot endpoint?"].startswith("Cache-aside in Redis")
    assert answers["Design the backend for a collaborative document editor."] == ""
