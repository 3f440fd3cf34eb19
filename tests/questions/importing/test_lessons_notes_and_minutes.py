"""More shapes met in held-out sets 69 and 70: a course's lesson page copied as text, a
README whose questions wear flag and status emoji, an interviewer's timed notes with "->"
answers, a prompt named as such, a list of questions under its own heading, and a study
group's minutes."""

from tests.questions.importing.documents import pairs_of

LESSON_PAGE = """\
Course content
3.1 Threads vs processes
12 min
3.3 Why does my event loop block?
9 min
Lesson 2 of 5
Warm-up
Drill 1
What is the difference between concurrency and parallelism?
Reveal answer
Concurrency is about structure: tasks make progress in overlapping time.
Drill 2
What does the event loop actually do?
Reveal answer
It runs ready callbacks, then polls the OS for sockets that became ready.
Drill 3
Write a coroutine that fetches 100 URLs with at most 10 in flight.
Reveal answer
Use a semaphore to cap concurrency:
python
Copy
sem = asyncio.Semaphore(10)
Drill 4
What is the GIL and does it matter for asyncio?
Reveal answer
🔒 Answer available after you submit your attempt.
Submit attempt
Drill 5
How do you put a timeout on an await?
Reveal answer
Use asyncio.timeout(5) on 3.11+, or asyncio.wait_for.
Drill 6
What is backpressure?
Reveal answer
Slowing the producer down when consumers cannot keep up.
Did this lesson help?
"""


def test_a_lesson_pages_numbered_drills_are_questions_and_a_locked_answer_is_none():
    pairs = dict(pairs_of(LESSON_PAGE))

    assert pairs["What is the difference between concurrency and parallelism?"] == (
        "Concurrency is about structure: tasks make progress in overlapping time."
    )
    assert pairs["What does the event loop actually do?"] == (
        "It runs ready callbacks, then polls the OS for sockets that became ready."
    )
    written = pairs["Write a coroutine that fetches 100 URLs with at most 10 in flight."]
    assert "Copy" not in written and "sem = asyncio.Semaphore(10)" in written
    assert pairs["What is the GIL and does it matter for asyncio?"] == ""
    assert "Drill" not in " ".join(pairs.values())


README_WITH_FLAGS = """\
# estudos-backend

## Por que este repositório?

Anotações para entrevistas. As respostas estão em português.

## Python

> 🇬🇧 ***Why are mutable default arguments a trap? Show an example.***

O valor padrão é avaliado uma vez só, quando o `def` é executado.

🇬🇧 **What is a middleware in FastAPI? Give an example of when you'd write one.** 📝

É uma camada que envolve todas as requisições.

🇬🇧 **How does FastAPI validate a request body?** ✅

Pelo type hint do parâmetro: um modelo Pydantic é validado antes da função.
"""


def test_questions_between_flag_and_status_emoji_are_whole_and_a_readmes_own_is_not():
    assert pairs_of(README_WITH_FLAGS) == [
        (
            "Why are mutable default arguments a trap? Show an example.",
            "O valor padrão é avaliado uma vez só, quando o `def` é executado.",
        ),
        (
            "What is a middleware in FastAPI? Give an example of when you'd write one.",
            "É uma camada que envolve todas as requisições.",
        ),
        (
            "How does FastAPI validate a request body?",
            "Pelo type hint do parâmetro: um modelo Pydantic é validado antes da função.",
        ),
    ]


TIMED_NOTES = """\
cand: R.M. (django backend)
interviewer: tk
------------------------------------------------------------
14:02 intro, skipped small talk
14:05 asked: how does the django ORM end up doing N+1 queries, how do you fix it
      -> select_related for FK (a JOIN), prefetch_related for m2m. good +
14:11 diff between null=True and blank=True on a model field
      -> null is about the db column, blank is only validation. fine
14:21 migrations: add a NOT NULL column to a big table w/o downtime, how
      -> add it nullable first, backfill in batches, then set not null. ++
14:35 what is an index-only scan, and why might PG skip it?
      -> no answer. didn't push.
14:58 end
"""


def test_an_interviewers_timed_notes_have_each_asked_line_with_its_arrow_answer():
    assert pairs_of(TIMED_NOTES) == [
        (
            "how does the django ORM end up doing N+1 queries, how do you fix it?",
            "select_related for FK (a JOIN), prefetch_related for m2m. good +",
        ),
        (
            "diff between null=True and blank=True on a model field",
            "null is about the db column, blank is only validation. fine",
        ),
        (
            "add a NOT NULL column to a big table w/o downtime, how",
            "add it nullable first, backfill in batches, then set not null. ++",
        ),
        ("what is an index-only scan, and why might PG skip it?", ""),
    ]


def test_a_prompt_named_as_such_and_an_expect_label_under_a_question():
    notes = (
        "Priya: system design, 60 min.\n\n"
        "Main prompt: Design a URL shortener that serves 50k redirects per second.\n"
        "  A strong answer covers: a cache in front of the store, 301 vs 302.\n\n"
        "Explain CSRF and why SameSite cookies help.\n"
        "  expect: the browser attaches cookies to cross-site requests automatically.\n"
    )

    assert pairs_of(notes) == [
        (
            "Design a URL shortener that serves 50k redirects per second.",
            "A strong answer covers: a cache in front of the store, 301 vs 302.",
        ),
        (
            "Explain CSRF and why SameSite cookies help.",
            "the browser attaches cookies to cross-site requests automatically.",
        ),
    ]


HELP_CENTER = """\
### How do BackgroundTasks differ from a task queue like Celery?

They run in the same process after the response is sent, with no retries.

### Try these on your own

We deliberately do not publish answers for these.

- Explain what happens at startup when you pass a lifespan context manager to the app.
- How would you version a public API built with FastAPI?
- What is the purpose of Annotated in FastAPI signatures?

### Sketch the API contract for cursor-based pagination.

🔒 Unlock the model answer with Sprint Pro.
"""


def test_a_list_of_questions_under_its_own_heading_is_not_the_answer_above_it():
    assert pairs_of(HELP_CENTER) == [
        (
            "How do BackgroundTasks differ from a task queue like Celery?",
            "They run in the same process after the response is sent, with no retries.",
        ),
        (
            "Explain what happens at startup when you pass a lifespan context manager to the app.",
            "",
        ),
        ("How would you version a public API built with FastAPI?", ""),
        ("What is the purpose of Annotated in FastAPI signatures?", ""),
        ("Sketch the API contract for cursor-based pagination.", ""),
    ]


MINUTES = """\
Backend study group — minutes, week 6

2. ROUND ROBIN

Tomasz asked Aylin: "How would you design rate limiting for a public API that
runs behind several gateway instances?"
Aylin went for a token bucket per API key in Redis, refilled lazily, checked in
a Lua script so it stays atomic.

Second round, quicker (answers summarised):

  Tomasz → Aylin: Design a notification service that sends email and push.
    Queue per channel, stateless workers, retries with backoff.

  Aylin → Ravi: When would you choose RabbitMQ over Kafka?
    RabbitMQ for task distribution; Kafka when you need replay.
"""


def test_a_groups_minutes_have_the_questions_one_asked_another():
    assert [(prompt, " ".join(answer.split())) for prompt, answer in pairs_of(MINUTES)] == [
        (
            "How would you design rate limiting for a public API that runs behind several "
            "gateway instances?",
            "Aylin went for a token bucket per API key in Redis, refilled lazily, checked in a "
            "Lua script so it stays atomic.",
        ),
        (
            "Design a notification service that sends email and push.",
            "Queue per channel, stateless workers, retries with backoff.",
        ),
        (
            "When would you choose RabbitMQ over Kafka?",
            "RabbitMQ for task distribution; Kafka when you need replay.",
        ),
    ]
