"""Shapes met in held-out sets 60-63: a cheat sheet whose paragraphs lead with a bold
question or a bold topic title, each answered after it in the same paragraph; a candidate's
notes in blocks, each led by a numbered, lettered or bulleted title in shorthand over its
answer at the margin, under section titles between rules ("===== PYTHON =====")."""

import json

from tests.questions.importing.documents import drafts_of, pairs_of

CHEAT_SHEET = """\
# Backend cheat sheet

One-liners to re-read the morning of the interview.

**What is the GIL?** A mutex in CPython that lets one thread run Python bytecode at a time.

**Generators.** A function with `yield` returns a lazy iterator that keeps its state.

**Shallow vs deep copy.** `copy.copy()` shares the nested objects; `deepcopy` copies them.

**How are dicts implemented?** As open-addressing hash tables with a compact entries array.

**Cursor pagination.** Return an opaque cursor of the last sort key instead of an OFFSET.

**Why is `KEYS *` banned?** It walks the whole keyspace on Redis's single thread.

**Update.** Fixed a typo in the Redis section, thanks to everyone who wrote in.

**Note:** these are one-liners, so read the docs for anything that surprises you.
"""


def test_a_cheat_sheets_bold_titles_are_questions_as_its_bold_questions_are():
    pairs = pairs_of(CHEAT_SHEET)

    assert [prompt for prompt, _ in pairs] == [
        "What is the GIL?",
        "Generators",
        "Shallow vs deep copy",
        "How are dicts implemented?",
        "Cursor pagination",
        "Why is `KEYS *` banned?",
    ]
    assert dict(pairs)["Generators"].startswith("A function with `yield` returns a lazy")


NOTES_IN_BLOCKS = """\
INTERVIEW PREP - backend roles
last updated sun night, still a mess

recruiter call Tues 2pm -- ask re: remote + whether sys design is on a whiteboard

======== PYTHON ========

1. What's the GIL and why does it matter?
   - only one thread executes Python bytecode at a time in CPython
   - released during blocking I/O, so threads are fine for I/O-bound work

2) diff between a list and a tuple
list is mutable, tuple is immutable and hashable, so tuples can be dict keys.

Q3. how do decorators work
a decorator is a callable that takes a function and returns a new one; @deco is sugar.
   def timed(fn):
       return fn

- generators vs iterators??
TODO

======== DB / POSTGRES ========

a) what is an index & when does it NOT help
a b-tree keeps keys sorted, so lookups are O(log n); it does not help a leading wildcard.

b) transaction isolation levels
Postgres defaults to READ COMMITTED; SERIALIZABLE may fail and the app must retry.

- PUT vs PATCH
PUT replaces the whole resource; PATCH is a partial update and need not be idempotent.

#2 design a rate limiter
idk yet. (answer later)
"""


def test_notes_in_blocks_are_their_titles_questions_over_their_answers():
    drafts = drafts_of(NOTES_IN_BLOCKS)
    found = {draft.prompt: draft.answer for draft in drafts}

    assert list(found) == [
        "What's the GIL and why does it matter?",
        "diff between a list and a tuple",
        "how do decorators work",
        "generators vs iterators??",
        "what is an index & when does it NOT help",
        "transaction isolation levels",
        "PUT vs PATCH",
        "design a rate limiter",
    ]
    assert found["how do decorators work"].startswith("a decorator is a callable")
    assert "def timed(fn):" in found["how do decorators work"]
    assert found["transaction isolation levels"].startswith("Postgres defaults to READ")
    # The section's title between rules is no part of the answer above it.
    assert not found["generators vs iterators??"]
    assert not found["design a rate limiter"]


WRAPPED_ON_A_WHITEBOARD = """\
1) What is the diff b/w
   WSGI and ASGI ?
  -> WSGI = sync, one request per worker thread
  -> ASGI = async, supports websockets

2) why is time.sleep() bad
   in async code
  -> blocks the whole event loop, nothing else runs

3) Postgres: what is a
   HOT update ?
  -> an update that writes no new index entries

4) how does Django middleware
   order matter
  -> each wraps the next, so the order is the order of the calls
"""


def test_a_title_that_goes_on_over_its_next_line_is_one_question():
    assert [prompt for prompt, _ in pairs_of(WRAPPED_ON_A_WHITEBOARD)] == [
        "What is the diff b/w WSGI and ASGI ?",
        "why is time.sleep() bad in async code",
        "Postgres: what is a HOT update ?",
        "how does Django middleware order matter",
    ]


PHONE_SCREEN = """\
 1. FRAMEWORKS (7 min)
 Q1. Which Python web framework have you used most in production?

     LISTEN FOR: Names one of Django, FastAPI or Flask and what it provides.

     -> IF they say DJANGO:
        Q1a. How do you avoid N+1 queries in the Django ORM?
             LISTEN FOR: select_related for foreign keys (a JOIN) and
             prefetch_related for many-to-many relations (a second query).

     -> IF they say FASTAPI:
        Q1b. How does FastAPI use Pydantic when a request comes in?
             LISTEN FOR: FastAPI reads the type hints on the endpoint
             and builds a Pydantic model for the body, query and path
             params; invalid input is rejected with a 422 and a list of
             field errors before your code runs. The same models
             serialise responses via
             response_model.

 Q2. What's the difference between a process and a thread?
     LISTEN FOR: A process has its own memory; threads share their process's memory.
"""


def test_a_scripts_sub_questions_are_questions_with_what_to_listen_for():
    pairs = dict(pairs_of(PHONE_SCREEN))

    assert list(pairs) == [
        "Which Python web framework have you used most in production?",
        "How do you avoid N+1 queries in the Django ORM?",
        "How does FastAPI use Pydantic when a request comes in?",
        "What's the difference between a process and a thread?",
    ]
    assert pairs["How do you avoid N+1 queries in the Django ORM?"].startswith("select_related")
    # An answer indented under its question, wrapped over lines, is prose, not code.
    pydantic = pairs["How does FastAPI use Pydantic when a request comes in?"]
    assert pydantic.startswith("FastAPI reads the type hints")
    assert "```" not in pydantic and "response_model." in pydantic


QUIZIZZ = """\
Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,\
Time in seconds,Image Link,Answer explanation
"Under READ COMMITTED, what does a SELECT see?",Multiple Choice,Only data committed before \
the transaction began,Data committed before that statement began,Uncommitted changes,,,2,20,,\
"Each statement takes a fresh snapshot."
Which are B-tree friendly?,Checkbox,WHERE id = 5,WHERE name LIKE '%x',WHERE id > 5,,,"1,3",30,,
Describe how you would find the slowest queries.,Open-Ended,,,,,,,60,,
"""


def test_a_quiz_sheet_answers_with_its_right_options_and_their_explanation():
    assert pairs_of(QUIZIZZ) == [
        (
            "Under READ COMMITTED, what does a SELECT see?",
            "Data committed before that statement began\n\nEach statement takes a fresh snapshot.",
        ),
        ("Which are B-tree friendly?", "WHERE id = 5, WHERE id > 5"),
        ("Describe how you would find the slowest queries.", ""),
    ]


DEBRIEF = """\
record_type: interview_debrief
candidate.name: Aisha Bello
role.title: Backend Engineer II

# Question log
q01.interview: 1
q01.prompt: How does CPython's garbage collector handle reference cycles?
q01.answer: Reference counting frees most objects; a cycle collector finds the rest.
q01.rating: 4

q02.prompt: Explain SQL injection and show a safe query using psycopg.
q02.answer: User input concatenated into SQL changes the query. Pass values separately:
  cur.execute("SELECT id FROM accounts WHERE email = %s", (email,))
q02.rating: 4

q03.prompt: What is a PostgreSQL advisory lock?
q03.answer: -
q03.note: Candidate couldn't answer.
"""


def test_a_flat_record_stores_keys_are_its_records_fields():
    pairs = pairs_of(DEBRIEF)

    assert [prompt for prompt, _ in pairs] == [
        "How does CPython's garbage collector handle reference cycles?",
        "Explain SQL injection and show a safe query using psycopg.",
        "What is a PostgreSQL advisory lock?",
    ]
    assert pairs[0][1] == "Reference counting frees most objects; a cycle collector finds the rest."
    assert 'cur.execute("SELECT id' in pairs[1][1]  # the value goes on, indented
    assert pairs[2][1] == ""


ASHBY_KIT = {
    "interviewPlan": {"stages": [{"id": "a1", "title": "Recruiter Screen"}]},
    "feedbackForms": [
        {
            "title": "Technical Deep Dive (scorecard)",
            "formDefinition": {
                "sections": [
                    {
                        "title": "Questions",
                        "fields": [
                            {
                                "isRequired": False,
                                "field": {
                                    "path": "q_gather",
                                    "title": "gather vs TaskGroup?",
                                    "description": "TaskGroup cancels the others.",
                                },
                            },
                            {
                                "isRequired": False,
                                "field": {
                                    "path": "q_gil",
                                    "title": "How does the GIL affect a CPU-bound endpoint?",
                                    "description": "Only one thread runs bytecode: use processes.",
                                },
                            },
                        ],
                    }
                ]
            },
        }
    ],
}

STANDARD_NOTES = {
    "version": "004",
    "items": [
        {"uuid": "1", "content_type": "SN|UserPreferences", "content": {"sortBy": "created_at"}},
        {
            "uuid": "2",
            "content_type": "Note",
            "content": {"title": "How do you store user passwords?", "text": "Use argon2id."},
        },
        {
            "uuid": "3",
            "content_type": "Note",
            "content": {"title": "JWT vs server-side sessions", "text": "Sessions revoke at once."},
        },
        {
            "uuid": "4",
            "content_type": "Note",
            "content": {"title": "Groceries", "text": "oat milk"},
        },
        {"uuid": "5", "content_type": "Tag", "content": {"title": "interview.security"}},
    ],
}


def test_records_wrapped_in_another_are_read_as_the_records_they_wrap():
    assert pairs_of(json.dumps(ASHBY_KIT)) == [
        ("gather vs TaskGroup?", "TaskGroup cancels the others."),
        (
            "How does the GIL affect a CPU-bound endpoint?",
            "Only one thread runs bytecode: use processes.",
        ),
    ]
    # A notes app's notes under their titles; not its settings, its tags, nor a note that
    # does not ask.
    assert pairs_of(json.dumps(STANDARD_NOTES)) == [
        ("How do you store user passwords?", "Use argon2id."),
        ("JWT vs server-side sessions", "Sessions revoke at once."),
    ]


def _anytype_block(name, style, text, children=()):
    return {"id": name, "childrenIds": list(children), "text": {"text": text, "style": style}}


ANYTYPE = {
    "sbType": "Page",
    "snapshot": {
        "data": {
            "blocks": [
                {"id": "root", "childrenIds": ["intro", "h", "t1", "t2"], "smartblock": {}},
                _anytype_block("intro", "Paragraph", "Click a toggle to reveal my answer."),
                _anytype_block("h", "Header2", "FastAPI"),
                _anytype_block("t1", "Toggle", "How does dependency injection work?", ["a1"]),
                _anytype_block("a1", "Paragraph", "FastAPI calls each Depends() callable."),
                _anytype_block("t2", "Toggle", "What is response_model for?", ["a2"]),
                _anytype_block("a2", "Paragraph", "It filters and documents the response."),
            ]
        }
    },
}


def test_an_anytype_pages_toggles_are_its_questions():
    assert pairs_of(json.dumps(ANYTYPE)) == [
        ("How does dependency injection work?", "FastAPI calls each Depends() callable."),
        ("What is response_model for?", "It filters and documents the response."),
    ]


INTERVIEW_REPORT = """\
<html><body>
<h1>Interview report KR-5521907</h1>
<div class="q">
  <h4>1. How does HTTP caching with <code>ETag</code> work? <span class="chip">Correct</span></h4>
  <div class="label">Candidate response</div>
  <p>The server sends an ETag; the client revalidates with If-None-Match.</p>
</div>
<div class="q">
  <h4>2. What does <code>SKIP LOCKED</code> do? <span class="chip">Not answered</span></h4>
  <div class="label">Candidate response</div>
  <p><em>No response.</em></p>
</div>
</body></html>
"""

FEEDBACK_MAIL = """\
Feedback from the systems round.

Q: What is a covering index?
A: He didn't know the term and didn't want to guess. When I described it he recognised \
INCLUDE columns from a migration he'd reviewed, but I'm counting this as not answered.

Q: How would you find which service exhausts the connection pool?
A: Query pg_stat_activity grouped by application_name and state, and look for idle sessions.
"""


def test_a_reports_grades_and_an_interviewers_verdict_say_what_was_not_answered():
    assert pairs_of(INTERVIEW_REPORT) == [
        (
            "How does HTTP caching with `ETag` work?",
            "The server sends an ETag; the client revalidates with If-None-Match.",
        ),
        ("What does `SKIP LOCKED` do?", ""),
    ]
    pairs = dict(pairs_of(FEEDBACK_MAIL))
    assert pairs["What is a covering index?"] == ""
    assert pairs["How would you find which service exhausts the connection pool?"]


NOTION_DATABASE = """\
## Rapid-fire

| Name | Answer | Area | Confidence |
| --- | --- | --- | --- |
| [What is a CTE?](Rapid-fire%2091c2/What%20is%20a%20CTE%20a1b2.md) | A named subquery \
defined with WITH. | SQL | High |
| [WHERE vs HAVING](Rapid-fire%2091c2/WHERE%20vs%20HAVING%20b2c3.md) | WHERE filters rows \
before grouping, HAVING filters groups. | SQL | High |
"""


def test_a_databases_rows_are_their_names_with_their_answers():
    assert pairs_of(NOTION_DATABASE) == [
        ("What is a CTE?", "A named subquery defined with WITH."),
        ("WHERE vs HAVING", "WHERE filters rows before grouping, HAVING filters groups."),
    ]


WORKFLOWY = """\
- Backend interview prep
  "Collected from my loops. #asked = came up more than once."
  - Logistics
    - Ledgerly onsite Thu 10:00 - bring ID
  - Python
    - What is the GIL and when does it actually hurt you? #asked
      "A lock in CPython that lets one thread run bytecode at a time."
    - Difference between a list and a tuple beyond mutability?
      - Tuples are hashable if their items are.
    - Mutable default arguments - why is def f(x=[]) a bug? #asked
      "Defaults are evaluated once, when the def runs."
    - [COMPLETE] Optimistic vs pessimistic locking
      "Pessimistic locks up front; optimistic checks a version column."
  - HTTP
    - PUT vs PATCH
      "PUT replaces the whole resource; PATCH changes part of it."
    - What makes an endpoint idempotent? #asked
      "Doing it N times leaves the same state as doing it once."
    - 401 vs 403
      - 401: not authenticated; 403: authenticated but not allowed.
    - How would you version a public REST API?
"""


def test_an_outliners_topics_are_lists_of_their_own_questions():
    assert [prompt for prompt, _ in pairs_of(WORKFLOWY)] == [
        "What is the GIL and when does it actually hurt you?",
        "Difference between a list and a tuple beyond mutability?",
        "Mutable default arguments - why is def f(x=[]) a bug?",
        "Optimistic vs pessimistic locking",
        "PUT vs PATCH",
        "What makes an endpoint idempotent?",
        "401 vs 403",
        "How would you version a public REST API?",
    ]


def test_what_the_new_rules_leave_alone():
    # (from a review of this stop's change, each input read as before it)
    written_out = (
        "Question,Option 1,Option 2,Option 3,Option 4,Correct Answer\n"
        "What is 2+2?,3,4,5,6,4\n"
        "What is the capital of France?,Paris,Lyon,Nice,Lille,Paris\n"
    )
    assert pairs_of(written_out) == [
        ("What is 2+2?", "4"),
        ("What is the capital of France?", "Paris"),
    ]
    pasted_output = (
        "Q1. Why does my fixture run once per test?\n"
        "A: Its scope is the function's. The run says so:\n"
        "=================== test session starts ===================\n"
        "collected 3 items\n"
        "Make it module-scoped."
    )
    assert "Make it module-scoped." in pairs_of(pasted_output)[0][1]
    cache_answer = (
        "Q: What happens when a key expires?\nA: Redis deletes it and treats it as a miss."
    )
    assert pairs_of(cache_answer)[0][1] == "Redis deletes it and treats it as a miss."
    assert pairs_of("Q: When should you prefer const over #define\nA: Always, in C++.")[0][0] == (
        "When should you prefer const over #define"
    )
