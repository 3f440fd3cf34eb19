"""The rules for a group's plans, a call's own questions, passes, cut-off answers and a page's
comments, against the real questions and answers that read like them: "Is the fsync call on
commit what makes PostgreSQL durable?" is asked, "Anyone." answers "Who can read a JWT's
payload?", and a question's code, its "Explain with an example." and its premise stay its."""

from questions.importing.reading import READ_AS_GITHUB_ISSUE, read_text
from tests.questions.importing.documents import pairs_of

ASKED = [
    "Is the fsync call on commit what makes PostgreSQL durable?",
    "Why is the sync call on the event loop a problem in FastAPI?",
    "With unittest.mock.patch, is the mock on the class or on the instance?",
    "With optimistic locking, who's going to win when two transactions update the same row?",
    "Do we need to prepare statements for every query, or does asyncpg cache them for us?",
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
"""
    assert [prompt for prompt, _ in pairs_of(chat)] == [
        "What is a closure? Explain with an example.",
        "Switching to HTTP/2 removes head-of-line blocking at the HTTP layer. Why not at TCP?",
        "What does VACUUM reclaim?",
        "What is a B-tree?",
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
