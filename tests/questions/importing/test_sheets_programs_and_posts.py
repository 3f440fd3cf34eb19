"""A sheet published as a web page with its margins, a Python file that keeps its questions
in a literal list, and posts from channels and threads."""

import json

from questions.importing.reading import (
    READ_AS_CHANNEL,
    READ_AS_CHAT,
    READ_AS_DIFF,
    READ_AS_PYTHON,
    read_text,
)
from tests.questions.importing.documents import pairs_of

SHEET = """<html><body><table>
<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead>
<tbody>
<tr><th>1</th><td>#</td><td>Question</td><td>Answer / Notes</td><td>Status</td></tr>
<tr><th>2</th><td>1</td><td>What is the event loop?</td><td>A scheduler of tasks.</td>
<td>Done</td></tr>
<tr><th>3</th><td>2</td><td>What does a 409 mean?</td><td>TBD</td><td>Needs answer</td></tr>
<tr><th>4</th><td></td><td></td><td></td><td></td></tr>
</tbody></table></body></html>"""


def test_a_sheet_published_with_its_letters_and_row_numbers_is_read_by_its_own_header():
    assert pairs_of(SHEET) == [
        ("What is the event loop?", "A scheduler of tasks."),
        ("What does a 409 mean?", ""),
    ]


QUIZ = '''#!/usr/bin/env python3
"""Flashcards for the phone screen.

Run it, answer out loud.
"""

import random
import textwrap
from functools import wraps

CARDS = [
    {
        "topic": "python",
        "q": "What is the difference between __repr__ and __str__?",
        "a": "__repr__ is for developers, "
             "__str__ for people.",
    },
    {"topic": "redis", "q": "Why is KEYS * dangerous?", "a": None},
    {
        "topic": "asyncio",
        "q": "What does asyncio.to_thread do?",
        "a": textwrap.dedent("""
            Runs a blocking call in a thread,
            and gives back an awaitable.
        """),
    },
]

PAIRS = (
    ("Which HTTP methods are idempotent?", "GET, PUT, DELETE and the safe ones."),
    ("What is a savepoint?", ""),
)


# ---------------------------------------------------------------------------
# Coding drills: the answer is the code.
# ---------------------------------------------------------------------------

# Q: Write a decorator that retries a call three times.
# A:
def retry(func):
    """Retries.

    Q: What does functools.wraps keep?
    A: The wrapped function's name, docstring and signature.
    """
    @wraps(func)
    def wrapper(*args):
        for attempt in range(3):
            try:
                return func(*args)
            except OSError:
                pass
    return wrapper


# Q: Fetch 100 URLs with at most 10 in flight.
# A: ???
async def fetch_all(urls):
    raise NotImplementedError


if __name__ == "__main__":
    random.shuffle(CARDS)
'''


def test_a_python_quiz_gives_its_literal_cards_and_its_commented_drills():
    assert read_text(QUIZ).read_as == READ_AS_PYTHON
    pairs = pairs_of(QUIZ)

    assert [prompt for prompt, _ in pairs] == [
        "What is the difference between __repr__ and __str__?",
        "Why is KEYS * dangerous?",
        "What does asyncio.to_thread do?",
        "Which HTTP methods are idempotent?",
        "What is a savepoint?",
        "Write a decorator that retries a call three times.",
        "What does functools.wraps keep?",  # asked in the decorator's docstring
        "Fetch 100 URLs with at most 10 in flight.",
    ]
    answers = dict(pairs)
    assert answers["What is the difference between __repr__ and __str__?"] == (
        "__repr__ is for developers, __str__ for people."
    )
    assert answers["Why is KEYS * dangerous?"] == ""
    assert answers["What does asyncio.to_thread do?"].startswith("Runs a blocking call")
    # the decorator is the drill's answer, whole, with the loop after its docstring
    assert (
        "for attempt in range(3)" in answers["Write a decorator that retries a call three times."]
    )
    assert answers["What does functools.wraps keep?"].startswith("The wrapped function's name")
    assert answers["Fetch 100 URLs with at most 10 in flight."] == ""
    # the comment between rulers is a title, not the last card's answer
    assert answers["What is a savepoint?"] == ""


def node(node_id: str, role: str | None, text: str, parent: str | None, child: str | None):
    message = None
    if role is not None:
        message = {"author": {"role": role}, "content": {"content_type": "text", "parts": [text]}}
    return node_id, {"id": node_id, "message": message, "parent": parent,
                     "children": [child] if child else []}  # fmt: skip


def conversation(*turns: tuple[str, str]) -> str:
    ids = ["root", *[f"m{n}" for n in range(len(turns))]]
    nodes = [node("root", None, "", None, ids[1])]
    for n, (role, text) in enumerate(turns, start=1):
        nodes.append(node(ids[n], role, text, ids[n - 1], ids[n + 1] if n + 1 < len(ids) else None))
    return json.dumps([{"title": "Quiz", "mapping": dict(nodes), "current_node": ids[-1]}])


AI_QUIZ = conversation(
    ("user", "Quiz me on Postgres, one question at a time. If I say skip, move on."),
    ("assistant", "Sure!\n\n**Question 1:** What is the default isolation level in Postgres?"),
    ("user", "repeatable read?"),
    (
        "assistant",
        "Not quite. The default is READ COMMITTED: each statement sees a fresh snapshot.\n\n"
        "**Question 2 (design):** How would you make a payment endpoint idempotent?",
    ),
    ("user", "skip"),
    ("assistant", "Skipped!\n\n**Question 3:** What does VACUUM reclaim?"),
    ("user", "the space of dead row versions"),
    ("assistant", "Spot on. Want another round?"),
)


def test_an_ai_quiz_exported_as_json_gives_its_questions_with_the_corrections():
    assert read_text(AI_QUIZ).read_as == READ_AS_CHAT
    pairs = pairs_of(AI_QUIZ)

    assert [prompt for prompt, _ in pairs] == [
        "What is the default isolation level in Postgres?",
        "How would you make a payment endpoint idempotent?",  # its label says "(design)"
        "What does VACUUM reclaim?",
    ]
    assert "The default is READ COMMITTED" in pairs[0][1]  # the correction goes with it
    assert pairs[1][1] == ""  # "skip", and "Skipped!" is no model answer
    assert pairs[2][1].startswith("the space of dead row versions")


PULL_REQUEST = """\
Add Postgres questions #482
mk wants to merge 1 commit into main

mk commented 3 days ago
Adds three questions. One still needs an answer, can someone help?

docs/question-bank.md
@@ -10,4 +10,18 @@ Model answers are a guide.
-## 3. Databases
+## 4. Databases
~
-_Nothing here yet._
+### What is a partial index?
+
+An index with a WHERE clause: it covers only the rows you query.

dn commented 2 days ago
nit: say it is smaller too.

Suggested change
- An index with a WHERE clause: it covers only the rows you query.
+ An index with a WHERE clause, smaller, over the rows you query.

mk replied 2 days ago
Should we also add one on BRIN?
+
+### How does VACUUM relate to wraparound?
+
+> TODO(mk): need to research this before writing a model answer.
+
+### Why can a query ignore an index?
+
+Reading most of the table in order is cheaper than jumping through the index.
~
 ## 5. Security

dn approved these changes
""".replace("\n~\n", "\n \n")  # "~": a kept blank line (" " in a diff)


def test_a_pull_request_page_reads_as_the_file_its_diff_makes():
    assert read_text(PULL_REQUEST).read_as == READ_AS_DIFF
    assert pairs_of(PULL_REQUEST) == [
        (
            "What is a partial index?",
            "An index with a WHERE clause: it covers only the rows you query.",
        ),
        ("How does VACUUM relate to wraparound?", ""),
        (
            "Why can a query ignore an index?",
            "Reading most of the table in order is cheaper than jumping through the index.",
        ),
    ]  # not the description's question, nor a reviewer's, nor the suggestion's lines


THREAD = """\
Lena H
@lenah@hachyderm.io
Following
CW: long thread 🧵
Show less
1/4 Questions I got asked this month, with what I said.
Feb 26, 2024, 18:02
·
Web
·
1+

Lena H
@lenah@hachyderm.io
2h
2/4 "Explain idempotency keys."

The client sends a unique key per operation; the server stores key → result.
0
7

Lena H
@lenah@hachyderm.io
2h
3/4 "Design a URL shortener for 10k writes per second."

I froze and talked about hashing the URL, then blanked on collisions. How would you all approach it?
1+
9

Lena H
@lenah@hachyderm.io
2h
4/4 "When would you not cache in Redis?"

I rambled and I don't think I really answered it. Not sure what they wanted 🤷
0
4

Marco
@marco@fosstodon.org
1h
{reply}
1

Sam
@sam@toot.cafe
47m
@lenah 4/4 is such a good one, following because I want to know too 👀 same here honestly
0
""".format(
    reply="@lenah for 3/4 don't hash at all: hand out ids from a counter in ranges per app "
    "server and encode them in base62, so there are no collisions to handle."
)


def test_a_fediverse_thread_keeps_its_author_posts_and_the_replies_that_answer_them():
    pairs = pairs_of(THREAD)

    assert [prompt for prompt, _ in pairs] == [
        "Explain idempotency keys.",
        "Design a URL shortener for 10k writes per second.",  # not "How would you all...?"
        "When would you not cache in Redis?",
    ]
    assert pairs[0][1].startswith("The client sends a unique key")
    assert "encode them in base62" in pairs[1][1]  # the reply that names post 3/4
    assert pairs[2][1] == ""  # "following because I want to know too" answers nothing


CHANNEL = """\
Backend Daily
@backend_daily
12.4K subscribers

Pinned message
👋 New question every weekday, the answer the next day.

March 4

Backend Daily
❓ Question of the day #41

What's the difference between PUT and PATCH?

Answer tomorrow, guesses in the comments 👇
#http
👁 1.4K  09:00
💬 37 comments

Backend Daily
❓ Question of the day #42

How does Redis Cluster pick the node for a key?

#redis
👁 1.3K  09:00

March 5

Backend Daily
✅ Answer to #41

PUT replaces the whole resource; PATCH changes part of it.

#http #answers
👁 1.3K  08:55

Backend Daily
📢 #ad
Looking for a job? 3,000 roles on our board.
👁 1.1K  10:30

Backend Daily
📊 Poll: What is the default isolation level in PostgreSQL?
Quiz
○ Read committed
○ Serializable
2 317 votes
👁 2.0K  12:00

Backend Daily
✅ Answer to yesterday's quiz: Read committed

Each statement sees a snapshot taken at its start.
👁 1.9K  09:02
"""


def test_a_channel_pairs_each_numbered_question_with_the_post_that_answers_it():
    assert read_text(CHANNEL).read_as == READ_AS_CHANNEL
    assert pairs_of(CHANNEL) == [
        (
            "What's the difference between PUT and PATCH?",
            "PUT replaces the whole resource; PATCH changes part of it.",
        ),
        ("How does Redis Cluster pick the node for a key?", ""),  # its answer never came
        (
            "What is the default isolation level in PostgreSQL?",
            "Read committed\n\nEach statement sees a snapshot taken at its start.",
        ),
    ]  # not the welcome, the advert, nor "Answer tomorrow, guesses in the comments"


ROAM = """\
- Tags:: #[[Interview Prep]] #backend
- Status:: #in-progress
- **asyncio**
    - Q:: What is the difference between `gather` and `TaskGroup`?
        - A:: A TaskGroup cancels the others when one fails ((gT5x_Lq2a))
    - why would `time.sleep(1)` freeze the whole app
        - it blocks the one thread the event loop runs on
    - Q:: When would you use `BackgroundTasks` instead of Celery?
        - A:: ??? ask [[Sam]] what they use at work
- **misc**
    - {{[[TODO]]}} Explain the GIL and when it matters
        - need to research the free-threaded build first
"""


def test_a_roam_page_reads_its_question_attributes_like_its_other_blocks():
    pairs = pairs_of(ROAM)

    assert [prompt for prompt, _ in pairs] == [
        "What is the difference between `gather` and `TaskGroup`?",
        "why would `time.sleep(1)` freeze the whole app",
        "When would you use `BackgroundTasks` instead of Celery?",
        "Explain the GIL and when it matters",  # without Roam's "{{[[TODO]]}}"
    ]
    assert pairs[0][1].endswith("A TaskGroup cancels the others when one fails")  # no block ref
    assert pairs[1][1] == "- it blocks the one thread the event loop runs on"
    assert pairs[2][1] == ""  # "??? ask Sam"
    assert pairs[3][1] == ""  # "need to research"


CALLOUTS = """\
---
id: 202402141432
tags: [zettel, interview]
---

# CPython and the GIL

> [!question] Why doesn't the GIL make your code thread-safe?

> [!answer]-
> A thread can be switched out between any two bytecodes, so `counter += 1` loses
> updates.

> [!question]
> Design a notification service that sends email, SMS and push
> to millions of users. Where do the queues go?

> [!answer]-
> One queue per channel, so a slow SMS provider never holds up push.

> [!question] Does free-threaded Python change any of this?

> [!answer]-
> #todo read PEP 703 first

## Related
- [[MVCC]]
"""


def test_obsidian_question_and_answer_callouts_are_cards():
    assert pairs_of(CALLOUTS) == [
        (
            "Why doesn't the GIL make your code thread-safe?",
            "A thread can be switched out between any two bytecodes, so `counter += 1` loses\n"
            "updates.",
        ),
        (
            "Design a notification service that sends email, SMS and push to millions of users. "
            "Where do the queues go?",
            "One queue per channel, so a slow SMS provider never holds up push.",
        ),
        ("Does free-threaded Python change any of this?", ""),  # "#todo read PEP 703 first"
    ]
