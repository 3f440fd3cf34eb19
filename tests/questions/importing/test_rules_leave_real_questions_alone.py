"""The rules for a group's plans, a call's own questions, passes, cut-off answers and a page's
comments, against the real questions and answers that read like them: "Is the fsync call on
commit what makes PostgreSQL durable?" is asked, "Anyone." answers "Who can read a JWT's
payload?", and a question's code, its "Explain with an example." and its premise stay its."""

from questions.importing.reading import READ_AS_CHAT, READ_AS_GITHUB_ISSUE, read_text
from tests.questions.importing.documents import pairs_of

ASKED = [
    "Is the fsync call on commit what makes PostgreSQL durable?",
    "Why is the sync call on the event loop a problem in FastAPI?",
    "With unittest.mock.patch, is the mock on the class or on the instance?",
    "With optimistic locking, who's going to win when two transactions update the same row?",
    "Do we need to prepare statements for every query, or does asyncpg cache them for us?",
    "Will the loop be blocked if a coroutine calls time.sleep()?",
    "Who is in charge of closing the session in a FastAPI dependency?",
    "Should I prepare statements for PostgreSQL, or does asyncpg cache them?",
    "What does the stream look like on my end when the server sends RST?",
    "Is the consumer group at 3 members enough for 6 partitions?",
    "Is the transaction still open after an exception inside the context manager?",
    "Is the event loop still running when a sync endpoint blocks?",
    "Do any updates happen in place in PostgreSQL?",
]
PLANS = [
    "Is the study group tonight at 7?",
    "Who else is coming to the meetup on Saturday?",
    "Should I prep Kafka for the Acme onsite?",
    "Can someone double-check my answer?",
    "Should we move this to Slack?",
    "Did you get the offer? What was the range?",
    "How many rounds is normal for senior backend these days?",
    "Is leetcode even relevant for backend roles anymore?",
]


def test_questions_that_sound_like_a_groups_plans_are_asked():
    chat = "\n".join(
        f"[10:{2 * n:02d}] ana: {question}\n[10:{2 * n + 1:02d}] ben: An answer of a few words."
        for n, question in enumerate(ASKED)
    )
    assert [prompt for prompt, _ in pairs_of(chat)] == ASKED


def test_a_groups_plans_are_not_interview_questions():
    lines = [f"[10:{n:02d}] ana: {said}" for n, said in enumerate(PLANS)]
    chat = "\n".join([*lines, "[10:20] ana: What is a GIN index?", "[10:21] ben: An inverted one."])
    assert pairs_of(chat) == [("What is a GIN index?", "An inverted one.")]


def test_a_question_about_this_query_keeps_the_query_under_it():
    notes = """\
## What is wrong with this query?

```sql
SELECT * FROM orders WHERE created_at::date = '2024-03-01';
```

The cast hides the column from its index: compare with a range instead.

## Which of these is faster for membership tests, a list or a set?

A set: a hash lookup instead of a scan.
"""
    (query, answer), (_, set_answer) = pairs_of(notes)
    assert "SELECT * FROM orders" in query and "SELECT" not in answer
    assert answer.startswith("The cast hides the column")
    assert set_answer.startswith("A set")


def test_what_a_question_asks_after_its_mark_and_what_it_sets_up_before_are_its():
    chat = """\
[10:00] ana: What is a closure? Explain with an example.
[10:01] ben: A function that keeps the variables of the scope it was made in, like a counter.
[10:02] ana: Switching to HTTP/2 removes head-of-line blocking at the HTTP layer. Why not at TCP?
[10:03] ben: TCP still delivers bytes in order, so one lost packet stalls every stream.
[10:04] ana: Can you hear me now? What does VACUUM reclaim?
[10:05] ben: Dead row versions, for reuse.
[10:06] ana: Still with me? What is a B-tree?
[10:07] ben: A balanced tree of sorted keys.
[10:08] ana: Switching to uvloop doubled our throughput. Why would that be?
[10:09] ben: Its event loop is written in Cython on libuv, so each iteration costs less.
"""
    assert [prompt for prompt, _ in pairs_of(chat)] == [
        "What is a closure? Explain with an example.",
        "Switching to HTTP/2 removes head-of-line blocking at the HTTP layer. Why not at TCP?",
        "What does VACUUM reclaim?",
        "What is a B-tree?",
        "Switching to uvloop doubled our throughput. Why would that be?",
    ]


def test_a_one_word_answer_and_an_answer_cut_off_after_it_says_something_are_answers():
    notes = """\
## Who can read a JWT's payload without the signing key?

Anyone.

## How would you rate limit a public API?

Token bucket per API key in Redis, refilled by a Lua script so check-and-decrement is atomic, and—

## What is a deadlock?

Okay, so, um, first I'd want to know whether—
"""
    assert [answer for _, answer in pairs_of(notes)] == [
        "Anyone.",
        "Token bucket per API key in Redis, refilled by a Lua script so check-and-decrement is "
        "atomic, and—",
        "",
    ]


def test_a_pages_responses_counted_once_end_its_last_answer():
    for tail in ("### Responses (12)", "### Comments (37)", "### 37 Comments"):
        page = f"""\
## What is an index-only scan?

A scan that answers from the index alone.

{tail}

Great post, thanks! Nice, but you forgot MVCC.
"""
        assert pairs_of(page) == [
            ("What is an index-only scan?", "A scan that answers from the index alone.")
        ], tail


def test_a_section_coming_soon_with_its_reason_answers_nothing():
    notes = """\
## How does FastAPI's dependency cache work?

This section is coming soon, I'm rewriting it for FastAPI 0.115.

## What does model_validate do in Pydantic v2?

🚧 Work in progress (see #42).
"""
    assert [answer for _, answer in pairs_of(notes)] == ["", ""]


def test_an_issue_copied_without_its_handles_is_read_by_its_posts():
    issue = """\
Interview questions for the backend role #47
dkowalski opened this issue on Mar 4 · 2 comments
dkowalski commented on Mar 4
Please answer in the comments.

 What is a multi-stage Docker build?

lena-sz commented on Mar 5
What is a multi-stage Docker build?

A builder stage with the toolchain and a slim final image with only the artifacts.

github-actions bot commented on Apr 11
This issue has been automatically marked as stale.
"""
    assert read_text(issue).read_as == READ_AS_GITHUB_ISSUE
    assert pairs_of(issue) == [
        (
            "What is a multi-stage Docker build?",
            "A builder stage with the toolchain and a slim final image with only the artifacts.",
        )
    ]


def test_show_notes_with_a_sponsors_chapter_are_chapters_not_a_chat():
    notes = """\
Episode 42: Backend interview questions with Ana Ruiz

Chapters:
(00:00) Intro
(00:45) Sponsor: Linode
(01:10) Q1: What is the GIL?
(05:30) Q2: How does asyncio schedule coroutines?
(09:15) Q3: What is an index-only scan in PostgreSQL?
(14:00) Q4: How would you design a rate limiter?
(20:00) Outro

**(01:10) The GIL.** A lock that lets one thread run Python bytecode at a time.
"""
    answers = dict(pairs_of(notes))
    assert answers["What is the GIL?"].startswith("A lock that lets one thread")
    assert answers["How would you design a rate limiter?"] == ""


def test_a_new_lists_numbered_question_is_no_answer_to_an_old_one():
    notes = """\
# Phone screen

1. What are the trade-offs of caching in a web API?

# Onsite

1. Caching. How would you invalidate a cache when the row changes?

Delete the key after the write commits.
"""
    assert [prompt for prompt, _ in pairs_of(notes)] == [
        "What are the trade-offs of caching in a web API?",
        "Caching. How would you invalidate a cache when the row changes?",
    ]


def test_a_lone_questions_counted_comments_hold_its_answers():
    page = """\
## How do you run a CPU-bound task from async code?

### Comments (2)

Use loop.run_in_executor with a ProcessPoolExecutor, so the event loop keeps serving.
"""
    assert "Use loop.run_in_executor" in pairs_of(page)[0][1]


def test_what_a_chat_says_it_will_do_and_finds_for_itself_is_read_as_said():
    chat = """\
[10:00] ana: will update lock the row if another transaction holds FOR SHARE
[10:01] ben: yes, it waits for the share lock to be released
[10:02] ana: what's the default isolation level in postgres? never mind, found it: read \
committed, each statement sees its own snapshot. does that allow non-repeatable reads?
[10:03] ben: yes, two reads in one transaction can see different committed values
[10:04] ana: will answer later
"""
    pairs = pairs_of(chat)
    assert pairs[0][0].startswith("will update lock the row")
    assert "will answer later" not in " ".join(prompt for prompt, _ in pairs)
    # the asker found the first answer: not a question left unanswered
    assert ("what's the default isolation level in postgres?", "") not in pairs


def test_a_question_set_up_by_where_it_happened_keeps_its_setting():
    chat = """\
[10:00] ana: got this on a FastAPI app with a sync def endpoint calling requests. why does \
throughput collapse under load?
[10:01] ben: each request holds a threadpool worker while it waits on the network
[10:02] ana: had this one at a fintech onsite in May. what does idempotency mean for payments?
[10:03] ben: retrying a request has the effect of doing it once
"""
    prompts = [prompt for prompt, _ in pairs_of(chat)]
    assert prompts[0].startswith("got this on a FastAPI app")
    assert prompts[1] == "what does idempotency mean for payments?"


STEPS_UNDER_A_CITATION = """\
## Questions from the Acme screen

1. How do you debug a slow PostgreSQL query?
2. What is a connection pool for?
3. How do you deploy a schema migration without downtime?

## My answers

For #2: it keeps server connections open and lends them out, so each request skips the handshake.

For #3: expand and contract, in order:

1. Slow rollout first. Deploy code that reads both the old and the new column.
2. Migrate. Add the new column and backfill it in batches.
3. Contract. Drop the old column once nothing reads it.
"""


def test_an_answers_steps_answer_no_question_they_share_one_word_with():
    answers = dict(pairs_of(STEPS_UNDER_A_CITATION))
    assert answers["How do you debug a slow PostgreSQL query?"] == ""


CODE_UNDER_AN_ANSWER = """\
## How do you prevent this class of bug (SQL injection) in Python?

```python
cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))
```

Pass values as parameters and let the driver quote them; never format them into the SQL.

## Which of these isolation levels does PostgreSQL actually implement?

Read committed, repeatable read and serializable; read uncommitted behaves as read committed.

```sql
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
```

## How would you test this kind of code? What about these two approaches: mocks and fakes?

```python
def fetch(client): return client.get("/users").json()
```

Inject the client and pass a fake in tests.
"""


def test_this_class_of_bug_is_no_code_the_question_points_at():
    (bug, answer), *_ = pairs_of(CODE_UNDER_AN_ANSWER)
    assert bug == "How do you prevent this class of bug (SQL injection) in Python?"
    assert answer.startswith("```python")


TOPICS_OVER_QUESTIONS = """\
Python
What is the GIL?
A mutex that lets one thread run Python bytecode at a time.

Python
What does asyncio.gather do with exceptions?
It raises the first one unless return_exceptions=True.

Postgres
What is a covering index?
An index holding every column the query reads.

Postgres
What does VACUUM reclaim?
Dead row versions.

Redis
What does RDB persist?
Point-in-time snapshots.

Redis
What is AOF?
A log of every write.

Reviewed on
11:30
"""


def test_a_notes_topics_said_twice_over_a_time_are_no_chat_room():
    assert read_text(TOPICS_OVER_QUESTIONS).read_as != READ_AS_CHAT
    assert (
        dict(pairs_of(TOPICS_OVER_QUESTIONS))["What does VACUUM reclaim?"] == "Dead row versions."
    )


PAGE_UNDER_ITS_MENU = """\
- Home
- Questions
- Tags
- Users

Why does asyncio.gather not cancel the other tasks when one fails?

Asked 8 months ago
Viewed 1k times
7

I run three tasks with gather and the first one raises. The other two keep running and print \
after the exception. I expected them to stop. Is this a bug?

python
python-asyncio
Share
Improve this question
Follow
asked Mar 2, 2025 at 9:12
lena_k
211 1 5
Add a comment
1 Answer
Sorted by:
12

It is documented: gather propagates the first exception but leaves the other awaitables \
running. Use a TaskGroup (3.11+) if you want the rest cancelled.

Share
Improve this answer
Follow
answered Mar 2, 2025 at 10:02
Bo Lindgren
4,120 2 19 33
Add a comment
"""


def test_a_pages_title_under_its_bulleted_menu_is_its_question():
    assert pairs_of(PAGE_UNDER_ITS_MENU)[0] == (
        "Why does asyncio.gather not cancel the other tasks when one fails?",
        "It is documented: gather propagates the first exception but leaves the other "
        "awaitables running. Use a TaskGroup (3.11+) if you want the rest cancelled.",
    )


OUTPUT_IN_AN_ANSWER = """\
Stack Overflow
Products
Search…
Log in
Sign up
In what order does asyncio.as_completed yield results?
Ask Question
Asked 8 months ago
Viewed 1k times
7

I start three tasks that sleep 3, 1 and 2 seconds. What order do I get them back in?

python
python-asyncio
Share
Improve this question
Follow
asked Mar 2, 2025 at 9:12
lena_k
211 1 5
Add a comment
1 Answer
Sorted by:
12

In the order they finish, not the order you created them. With sleeps of 3, 1 and 2 it prints

1 2 3

while gather returns them in argument order:

3 1 2

Changed in 3.13: as_completed can also be iterated with async for.
Released Oct 7
and the old form still works.

Share
Improve this answer
Follow
answered Mar 2, 2025 at 10:02
Bo Lindgren
4,120 2 19 33
Add a comment
"""


def test_a_programs_output_of_numbers_is_no_writers_reputation():
    answer = pairs_of(OUTPUT_IN_AN_ANSWER)[0][1]
    assert "1 2 3" in answer and "3 1 2" in answer


def test_an_answer_cut_off_after_saying_something_answers_even_after_well():
    notes = (
        "## How would you shard a users table?\n\nWell, by tenant id with a consistent hash so "
        "a tenant's rows stay together, and—\n"
    )
    assert pairs_of(notes)[0][1].startswith("Well, by tenant id")


def test_a_greeting_before_a_real_question_leaves_it_asked():
    # "evening all 👋 drill time?" is a group's plan; a greeting before what it asks is not
    notes = "Hi everyone, what is a CDN?\n\nA network of edge caches close to the users.\n"
    assert pairs_of(notes) == [
        ("Hi everyone, what is a CDN?", "A network of edge caches close to the users.")
    ]
