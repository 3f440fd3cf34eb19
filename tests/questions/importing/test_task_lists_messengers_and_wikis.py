"""Shapes met in held-out set 46: a task list's CSV export (Asana), a Messenger chat saved
as JSON, a TiddlyWiki's JSON export."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

ASANA_CSV = """\
Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Notes,Projects
1201,2026-01-05,2026-01-07,2026-01-07,How do generators save memory?,Python,Nikhil,"They yield \
one item at a time and keep only their frame.
sum(x*x for x in range(10**8)) allocates no list.",Prep
1202,2026-01-06,,2026-01-12,How does super() work with multiple inheritance?,Python,Nikhil,\
look into this,Prep
1203,2026-01-09,,2026-01-16,CAP theorem - what does it actually say?,Databases,Nikhil,\
look into this - Stripe blog post,Prep
1204,2026-01-13,,2026-01-13,Read DDIA chapter 9,Infra,Nikhil,"consistency & consensus, skip \
the proofs",Prep
1205,2026-01-15,,2026-01-15,Book mock interview with Sam,Admin,Nikhil,He's free Tue/Thu \
evenings. Ask for system design.,Prep
1206,2026-01-16,,2026-01-16,What does response_model do?,FastAPI,Nikhil,"Filters the return \
value through the model, so extra fields don't leak.",Prep
"""


def test_a_task_lists_export_gives_the_tasks_that_ask_with_their_notes():
    assert pairs_of(ASANA_CSV) == [
        (
            "How do generators save memory?",
            "They yield one item at a time and keep only their frame.\n"
            "sum(x*x for x in range(10**8)) allocates no list.",
        ),
        # a note to look into it later answers nothing
        ("How does super() work with multiple inheritance?", ""),
        ("CAP theorem - what does it actually say?", ""),
        # (the to-dos, "Read DDIA chapter 9" and "Book mock interview", have notes too)
        (
            "What does response_model do?",
            "Filters the return value through the model, so extra fields don't leak.",
        ),
    ]


def _escaped(text: str) -> str:
    """Text as Messenger saves it: each byte of its UTF-8 a character of its own."""
    return text.encode("utf-8").decode("latin-1")


def _message(sender: str, at: int, content: str | None = None) -> dict:
    message = {"sender_name": _escaped(sender), "timestamp_ms": at}
    return message | ({"content": _escaped(content)} if content is not None else {"photos": []})


_SAID = [  # in the order said
    ("Tomás Ruiz", "What’s the difference between a process and a thread?"),
    ("Lena Fischer", None),  # a photo
    ("Lena Fischer", "process = own memory, threads share it"),
    ("Tomás Ruiz", "How does model_validate differ from __init__?"),
    ("Lena Fischer", "will look it up tomorrow?"),
    ("Tomás Ruiz", "When do you return 202 Accepted?"),
    ("Lena Fischer", "when the request was accepted for processing later"),
]
MESSENGER = json.dumps(
    {
        "participants": [{"name": _escaped("Tomás Ruiz")}, {"name": "Lena Fischer"}],
        "messages": [  # newest first
            _message(sender, 1_768_332_000_000 - 10_000 * n, content)
            for n, (sender, content) in enumerate(reversed(_SAID))
        ],
    }
)


def test_a_messenger_chat_is_read_in_the_order_it_was_said_with_its_own_characters():
    assert "chat" in read_text(MESSENGER).read_as
    assert "Tomás" not in read_text(MESSENGER).text  # (names are left out of a chat)
    assert pairs_of(MESSENGER) == [
        (
            "What’s the difference between a process and a thread?",
            "process = own memory, threads share it",
        ),
        # the answerer putting it off, with a question mark: no answer, and no question
        ("How does model_validate differ from __init__?", ""),
        ("When do you return 202 Accepted?", "when the request was accepted for processing later"),
    ]


def _tiddler(title: str, text: str, tags: str = "Question") -> dict:
    return {"title": title, "text": text, "tags": tags, "modified": "20260122215530911"}


TIDDLYWIKI = json.dumps(
    [
        {"title": "$:/SiteTitle", "text": "Backend Interview Prep"},
        {"title": "$:/StoryList", "text": "", "list": "[[Kubernetes questions]]"},
        _tiddler(
            "Backend Interview Prep",
            "! Index\n\nEverything tagged <<tag Question>>.\n\n"
            '<<list-links filter:"[tag[Question]]">>',
            tags="",
        ),
        _tiddler(
            "What is CORS and what does it protect?",
            "''Cross-Origin Resource Sharing.'' Server B opts in with headers.\n\n"
            "!!! Gotcha\nIt protects //users in the browser//, not the server.",
        ),
        _tiddler("When would you choose JWTs over server-side sessions?", "<<todo>>"),
        _tiddler(
            "Kubernetes questions",
            "! Kubernetes\n\n* What is a Pod?\n** One or more containers that share a network "
            "namespace.\n* What does a Service of type ClusterIP do?\n** ",
            tags="[[Kubernetes]] Question",
        ),
    ]
)


def test_a_tiddlywikis_export_gives_its_tiddlers_that_ask_and_its_pages_of_questions():
    assert pairs_of(TIDDLYWIKI) == [
        (
            "What is CORS and what does it protect?",
            # its title within the answer stays in it
            "**Cross-Origin Resource Sharing.** Server B opts in with headers.\n\n"
            "**Gotcha**\nIt protects *users in the browser*, not the server.",
        ),
        ("When would you choose JWTs over server-side sessions?", ""),
        ("What is a Pod?", "- One or more containers that share a network namespace."),
        ("What does a Service of type ClusterIP do?", ""),
    ]
    assert "SiteTitle" not in read_text(TIDDLYWIKI).text


STUDY_GROUP_THREAD = """\
Here are this week's questions:

1. What is a clustered index, and does Postgres have one?
2. What is the outbox pattern?

Taking 1 and 2.

1. What is a clustered index, and does Postgres have one?

Rows stored in index order. Postgres tables are heaps; CLUSTER is a one-time rewrite.

2. What is the outbox pattern?

Write the event into an outbox table in the same transaction; a relay publishes it.

7. Why is SELECT * bad in production queries?

Skipping this one, someone else?

7. Why is SELECT * bad in production queries?

Skipping this one, someone else?

It reads columns you don't need and breaks when columns are added.

Two more for the pile:

9. How does a CDN decide what to cache?
10. What's an ETag used for?
   -> conditional requests: If-None-Match gets a 304 when nothing changed.
"""


def test_each_reply_in_a_thread_answers_as_it_writes_its_answers():
    # (answers at the margin in one reply, indented in another: each list as it is written)
    assert pairs_of(STUDY_GROUP_THREAD) == [
        (
            "What is a clustered index, and does Postgres have one?",
            "Rows stored in index order. Postgres tables are heaps; CLUSTER is a one-time rewrite.",
        ),
        (
            "What is the outbox pattern?",
            "Write the event into an outbox table in the same transaction; a relay publishes it.",
        ),
        # passed on (which asks nothing), then answered by the next reply that quotes it
        (
            "Why is SELECT * bad in production queries?",
            "It reads columns you don't need and breaks when columns are added.",
        ),
        ("How does a CDN decide what to cache?", ""),
        (
            "What's an ETag used for?",
            "conditional requests: If-None-Match gets a 304 when nothing changed.",
        ),
    ]


POLL_RESULTS = """\
Mentimeter results export
Presentation,Async Python & APIs
Total participants,41

Slide 1 - Word cloud: One word for how you feel about asyncio
Response,Count
confusing,9

Slide 3 - Open ended: What does the GIL prevent?
Participant,Response,Submitted at
Anonymous,race conditions in my code,14:06:20
Model answer (presenter),"More than one thread running Python bytecode at once, in one process.",

Slide 4 - Multiple choice: Which HTTP method is NOT idempotent?
Option,Votes,Percentage
GET,1,3%
POST,29,74%
Correct answer,POST - sending it twice can create two resources,

Slide 7 - Open ended: Why does FastAPI use Pydantic models for request bodies?
Participant,Response,Submitted at
Anonymous,validation,14:24:40

Slide 10 - Q&A
Question,Upvotes,Marked as answered,Presenter reply,Asked at
Is asyncio faster than threads?,14,Yes,"Not per operation; it scales better for many waits.",14:18
Will the slides be shared after the session?,11,Yes,Yes - link goes out tonight,14:03
Should I use SQLAlchemy async or asyncpg directly?,5,Yes,,14:37
can we get a break at 3?,2,Yes,,14:44
"""


def test_a_polls_results_give_each_slides_question_and_the_presenters_answer():
    assert "audience-response" in read_text(POLL_RESULTS).read_as
    assert pairs_of(POLL_RESULTS) == [
        (
            "What does the GIL prevent?",
            "More than one thread running Python bytecode at once, in one process.",
        ),
        (
            "Which HTTP method is NOT idempotent?",
            "POST - sending it twice can create two resources",
        ),
        # what the room answered is not the answer
        ("Why does FastAPI use Pydantic models for request bodies?", ""),
        ("Is asyncio faster than threads?", "Not per operation; it scales better for many waits."),
        ("Should I use SQLAlchemy async or asyncpg directly?", ""),
    ]


def test_a_decks_outline_of_slides_is_no_polls_results():
    deck = (
        "Slide 1 - Intro: Who am I\nTen years of backend work.\n\n"
        "Slide 2 - Quiz: What is the GIL?\nA lock around the interpreter.\n\n"
        "Slide 3 - Quiz: What is MVCC?\nEach transaction sees a snapshot.\n"
    )
    assert "audience-response" not in read_text(deck).read_as


MOCK_TRANSCRIPT = """\
Interviewer (00:02:40):
Nice. What changed between Pydantic v1 and v2 for validators?

Speaker 2 (00:02:46):
Honestly, I don't know. I've only ever used v2, I never touched v1.

Interviewer (00:02:51):
That's fine. What's the difference between a liveness probe and a readiness probe?

Speaker 2 (00:05:31):
So liveness is, uh- [crosstalk 00:05:33]

Interviewer (00:05:33):
Sorry, you cut out.

Speaker 2 (00:05:38):
Can you hear me now? [inaudible 00:05:40]

Interviewer (00:05:44):
Okay, you're back. We're tight on time, so let's skip that one.

Speaker 2 (00:05:50):
Sure.

Interviewer (00:05:52):
What does idempotent mean?

Speaker 2 (00:05:57):
Doing the same request once or ten times leaves the server in the same state.

Interviewer (00:06:18):
How do you handle a slow consumer in Kafka?

Speaker 2 (00:06:22):
Um. I'm not sure, to be honest. I haven't run Kafka in production.

Interviewer (00:06:30):
Do you want a quick break, or keep going?

Speaker 2 (00:06:33):
Keep going, I'm good.

Interviewer (00:06:40):
What is CSRF, and does it matter for a JSON API?

Speaker 2 (00:06:44):
So CSRF is, uh, cross-site request

Interviewer (00:06:49):
Actually, let's park that one, we're at time for this section. I want to get to testing. \
How would you test an async FastAPI endpoint?

Speaker 2 (00:06:58):
pytest with httpx AsyncClient, and app.dependency_overrides for the database.

Interviewer (00:07:10):
What does EXPLAIN ANALYZE show that plain EXPLAIN doesn't?

Speaker 2 (00:07:14):
EXPLAIN only shows the estimated plan. EXPLAIN ANALYZE actually executes the query.

Interviewer (00:07:30):
Last technical one. What is a Pydantic discriminated union?

Speaker 2 (00:07:35):
Oh, I'm blanking on that. Can we skip it?

Interviewer (00:07:40):
Sure. That's everything from my side.

Speaker 2 (00:07:45):
Thanks, this was really useful.
"""


def test_a_mock_interviews_transcript_keeps_what_was_answered_and_not_what_was_not():
    assert pairs_of(MOCK_TRANSCRIPT) == [
        # unsure, and why: no answer
        ("What changed between Pydantic v1 and v2 for validators?", ""),
        # cut off, the call's "can you hear me now?", then skipped: no answer
        ("What's the difference between a liveness probe and a readiness probe?", ""),
        (
            "What does idempotent mean?",
            "Doing the same request once or ten times leaves the server in the same state.",
        ),
        ("How do you handle a slow consumer in Kafka?", ""),
        # parked by the interviewer for the next one: what was said to it answered nothing
        ("What is CSRF, and does it matter for a JSON API?", ""),
        (
            "How would you test an async FastAPI endpoint?",
            "pytest with httpx AsyncClient, and app.dependency_overrides for the database.",
        ),
        (
            "What does EXPLAIN ANALYZE show that plain EXPLAIN doesn't?",
            # the SQL command saying what it does is no task
            "EXPLAIN only shows the estimated plan. EXPLAIN ANALYZE actually executes the query.",
        ),
        # passed, in words and then asking to skip (the call's business is not the answer)
        ("What is a Pydantic discriminated union?", ""),
    ]


MEETING_NOTES = """\
## Questions asked

5. **What are Python's context variables (contextvars) used for?** (25:48)
   - Candidate did not answer.
6. **How does row-level locking work in PostgreSQL?** (28:45)
   - The second UPDATE blocks until the first commits or rolls back.
9. **How does a Kubernetes Service route traffic to pods?** (36:30)
   - Skipped (Ravi moved on due to time).
"""


def test_meeting_notes_leave_the_recordings_times_out_of_the_answers():
    assert pairs_of(MEETING_NOTES) == [
        ("What are Python's context variables (contextvars) used for?", ""),
        (
            "How does row-level locking work in PostgreSQL?",
            "- The second UPDATE blocks until the first commits or rolls back.",
        ),
        ("How does a Kubernetes Service route traffic to pods?", ""),
    ]


def _turns(*said: tuple[str, str]) -> str:
    return "\n\n".join(
        f"{who} (00:{n // 60:02d}:{n % 60:02d}):\n{text}" for n, (who, text) in enumerate(said)
    )


PASSED_AT_THE_END = _turns(
    *[
        turn
        for question, answer in [
            ("What is the GIL?", "A lock that lets one thread run bytecode at a time."),
            ("What does asyncio.gather return?", "The results, in the order of the awaitables."),
            ("What is a B-tree index good for?", "Equality and range lookups, and ordering."),
            ("What does HTTP 409 mean?", "A conflict with the resource's current state."),
            ("What is a Kubernetes Pod?", "One or more containers sharing a network namespace."),
        ]
        for turn in (("Interviewer", question), ("Speaker 2", answer))
    ],
    ("Interviewer", "Last technical one. What is a Pydantic discriminated union?"),
    ("Speaker 2", "Oh, I'm blanking on that. Can we skip it?"),
    ("Interviewer", "Sure. That's everything from my side."),
    ("Speaker 2", "Yeah, um, is the real interview with you as well, or with the team lead?"),
)


def test_a_candidate_asking_to_skip_passes_and_what_they_ask_after_answers_nothing():
    assert pairs_of(PASSED_AT_THE_END)[-1] == ("What is a Pydantic discriminated union?", "")


SIMPLENOTE = json.dumps(
    {
        "activeNotes": [
            {
                "id": "4c1b",
                "content": "Python interview prep\n\nQ: What does yield do in a function?\n"
                "A: Makes it a generator function.\n\nQ: explain __slots__\nA: TBD\n",
                "tags": ["interview"],
            },
            {
                "id": "7d2e",
                "content": "SQL / Postgres one-liners\n\n"
                "1) DELETE vs TRUNCATE? — DELETE removes rows one at a time; TRUNCATE empties "
                "the table at once\n2) When would you use a partial index? — \n",
                "tags": [],
            },
        ],
        "trashedNotes": [
            {"id": "0a0a", "content": "Old Java questions\n\nQ: What is the JVM?\nA: A VM.\n"}
        ],
    }
)


def test_a_notes_apps_export_of_texts_reads_each_note_and_not_its_bin():
    assert pairs_of(SIMPLENOTE) == [
        ("What does yield do in a function?", "Makes it a generator function."),
        ("explain __slots__", ""),
        # a question and its answer on one line, a dash between them
        (
            "DELETE vs TRUNCATE?",
            "DELETE removes rows one at a time; TRUNCATE empties the table at once",
        ),
        ("When would you use a partial index?", ""),
    ]


GOOGLE_CHAT = json.dumps(
    {
        "messages": [
            {
                "creator": {"name": name, "email": f"{name.lower()}@example.com"},
                "created_date": f"Tuesday, January 13, 2026 at 9:0{n}:11 AM UTC",
                "text": text,
            }
            for n, (name, text) in enumerate(
                [
                    ("Ana", "what's the difference between CMD and ENTRYPOINT in a Dockerfile?"),
                    ("Ben", "ENTRYPOINT always runs, CMD supplies its default arguments"),
                    ("Ana", "what's the difference between a Deployment and a StatefulSet?"),
                    ("Ben", "🤷"),
                    ("Cleo", "ok moving on 😅"),
                    ("Ana", "why do people use multi-stage builds?"),
                    ("Ben", "smaller final images: build deps stay in the builder stage"),
                ]
            )
        ]
    }
)


def test_a_google_chat_export_is_read_as_the_chat_it_is():
    assert pairs_of(GOOGLE_CHAT) == [
        (
            "what's the difference between CMD and ENTRYPOINT in a Dockerfile?",
            "ENTRYPOINT always runs, CMD supplies its default arguments",
        ),
        # a shrug, and someone moving on: no answer
        ("what's the difference between a Deployment and a StatefulSet?", ""),
        (
            "why do people use multi-stage builds?",
            "smaller final images: build deps stay in the builder stage",
        ),
    ]


def test_a_decks_speaker_notes_putting_a_question_off_are_no_answer():
    deck = (
        "## What is the GIL?\n\nA lock around the interpreter.\n\n"
        "## Bonus: what is structured concurrency?\n\n::: {.notes}\n"
        "Only if we have time, otherwise punt to next session.\n:::\n"
    )
    assert pairs_of(deck)[-1] == ("Bonus: what is structured concurrency?", "")


def test_an_answer_of_boxes_still_to_tick_is_no_answer():
    note = (
        "### How are BackgroundTasks different from Celery?\n- [ ] write this up\n\n"
        "### How do you test a FastAPI app?\nTestClient, or httpx.AsyncClient with ASGITransport.\n"
    )
    assert pairs_of(note) == [
        ("How are BackgroundTasks different from Celery?", ""),
        ("How do you test a FastAPI app?", "TestClient, or httpx.AsyncClient with ASGITransport."),
    ]
