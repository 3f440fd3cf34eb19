"""Shapes met in held-out set 45: a wiki page's table printed to PDF (each cell on a line of
its own, page breaks through it), a spreadsheet with its columns named in German, a notes
app's JSON export, and a take-home's follow-up questions with their expected answers quoted
under them."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import drafts_of, pairs_of

PDF_TABLE = """\
Backend Interview Question Bank
Pick 2-3 questions per section. Questions about this page? Ping Dana.
Python & asyncio
Question
What good looks like
What is the difference between a process, a thread and a coroutine?
Processes have separate memory; threads share memory; coroutines switch only at await points.
How do you share a database connection pool across requests in FastAPI?
Create the pool in the lifespan handler and hand out connections through a dependency.
Explain what a context manager is and write one with contextlib.
TBD
APIs & HTTP

https://wiki.example.com/display/ENG/Backend+Interview+Question+Bank
Engineering Wiki / Interviews / Backend — Page 1 of 3
Created by Dana Ruiz, last modified on Mar 03, 2026

Question
What good looks like
PUT vs PATCH?
PUT replaces the whole resource; PATCH applies a partial update.
What is CORS and what does a preflight request do?
The browser sends OPTIONS first and checks the Access-Control-Allow-* headers.
It does not protect the server from curl.
What is SSRF and how would you prevent it in a webhook feature?

https://wiki.example.com/display/ENG/Backend+Interview+Question+Bank
Engineering Wiki / Interviews / Backend — Page 2 of 3
Created by Dana Ruiz, last modified on Mar 03, 2026

Resolve the host, refuse private ranges, and fetch through an egress proxy.
Change log
Date
Author
Mar 03, 2026
Dana Ruiz

https://wiki.example.com/display/ENG/Backend+Interview+Question+Bank
Engineering Wiki / Interviews / Backend — Page 3 of 3
Created by Dana Ruiz, last modified on Mar 03, 2026
"""


def test_a_table_printed_a_cell_a_line_is_read_row_by_row_across_its_pages():
    # (what good looks like: each question's rubric)
    drafts = drafts_of(PDF_TABLE)
    assert [(draft.prompt, draft.answer_outline) for draft in drafts] == [
        (
            "What is the difference between a process, a thread and a coroutine?",
            "Processes have separate memory; threads share memory; coroutines switch only at "
            "await points.",
        ),
        (
            "How do you share a database connection pool across requests in FastAPI?",
            # the line under a question is its answer, though it starts as a task would
            "Create the pool in the lifespan handler and hand out connections through a "
            "dependency.",
        ),
        ("Explain what a context manager is and write one with contextlib.", ""),
        ("PUT vs PATCH?", "PUT replaces the whole resource; PATCH applies a partial update."),
        (
            "What is CORS and what does a preflight request do?",
            "The browser sends OPTIONS first and checks the Access-Control-Allow-* headers. "
            "It does not protect the server from curl.",
        ),
        (
            "What is SSRF and how would you prevent it in a webhook feature?",
            # its answer on the next page; the change log after it is no part of it
            "Resolve the host, refuse private ranges, and fetch through an egress proxy.",
        ),
    ]


def test_a_table_printed_a_cell_a_line_keeps_its_sections_as_headings():
    text = read_text(PDF_TABLE).text
    assert "## Python & asyncio" in text
    assert "## APIs & HTTP" in text
    assert "Change log" in text and "## Change log" not in text


def test_lines_that_only_name_columns_are_no_table_of_questions():
    prose = "Question\nAnswer\nWe will ask about your project first.\nThen the exercise.\n"
    assert read_text(prose).text == prose


SEMICOLON_CSV = (
    "\ufeffNr;Thema;Frage;Antwort;Schwierigkeit\r\n"
    '1;Python;What is the difference between a shallow and a deep copy?;"copy.copy keeps '
    'references to the nested objects.\r\ncopy.deepcopy copies them too.";easy\r\n'
    "2;Python;Explain how Python manages memory.;;medium\r\n"
    "3;SQL;What does a LEFT JOIN return without a match?;NULLs for the right table's columns."
    ";easy\r\n"
)


def test_a_sheet_naming_its_columns_in_german_gives_its_questions_and_answers():
    assert pairs_of(SEMICOLON_CSV) == [
        (
            "What is the difference between a shallow and a deep copy?",
            "copy.copy keeps references to the nested objects.\ncopy.deepcopy copies them too.",
        ),
        ("Explain how Python manages memory.", ""),
        ("What does a LEFT JOIN return without a match?", "NULLs for the right table's columns."),
    ]


def _note(title: str, **fields) -> dict:
    return {"color": "DEFAULT", "isTrashed": False, "isArchived": False, "title": title, **fields}


KEEP_EXPORT = json.dumps(
    [
        _note("What is the difference between 401 and 403?", textContent="401: who are you?"),
        _note(
            "What is a covering index?",
            textContent="",
            listContent=[
                {"text": "An index holding every column the query reads", "isChecked": True},
                {"text": "INCLUDE (...) in Postgres", "isChecked": False},
            ],
        ),
        _note("Onsite Thu 10am", textContent="Bring ID. Ask for Marta at reception."),
        _note("What is a bloom filter?", textContent="A set that may say yes wrongly.")
        | {"isTrashed": True},
        _note("Why is Redis fast?", textContent="todo", isArchived=True),
    ]
)


def test_a_notes_apps_export_gives_its_notes_that_ask_and_not_those_in_the_bin():
    assert pairs_of(KEEP_EXPORT) == [
        ("What is the difference between 401 and 403?", "401: who are you?"),
        (
            "What is a covering index?",
            "- An index holding every column the query reads\n- INCLUDE (...) in Postgres",
        ),
        ("Why is Redis fast?", ""),
    ]


TAKE_HOME = """\
## Follow-up questions we will ask

**How would you count clicks without adding latency to the redirect?**

> Expected: Don't write to Postgres on the hot path. Push an event (Redis INCR, Kafka)
> and aggregate asynchronously.

**How do you run database migrations when the app is deployed with several replicas?**

> Expected: (open discussion)

**What changes at 50k redirects per second across three regions?**

> Expected: open-ended

**Who said "premature optimisation is the root of all evil"?**

> Knuth, quoting Hoare (or so he said).
"""


def test_an_expected_answer_quoted_under_its_question_is_its_answer():
    assert pairs_of(TAKE_HOME) == [
        (
            "How would you count clicks without adding latency to the redirect?",
            "Don't write to Postgres on the hot path. Push an event (Redis INCR, Kafka)\n"
            "and aggregate asynchronously.",
        ),
        # "open discussion" where the answer goes: none is written
        ("How do you run database migrations when the app is deployed with several replicas?", ""),
        ("What changes at 50k redirects per second across three regions?", ""),
        # a quotation with no label stays one
        (
            'Who said "premature optimisation is the root of all evil"?',
            "> Knuth, quoting Hoare (or so he said).",
        ),
    ]


MEETING_RECAP = """\
Questions discussed

1. What is the difference between asyncio.gather and asyncio.wait?
   Alex explained that gather returns the results in argument order, whereas wait
   returns two sets (done and pending).

2. Explain how a B-tree index helps a query with ORDER BY created_at DESC LIMIT 20.
   Alex explained that the planner can walk the index backwards and stop after 20 entries,
   which avoids sorting the whole table.

3. How does Pydantic v2 differ from v1 in terms of performance and API?
   Alex said he had only used v1 in production and did not answer; Marcus suggested
   reviewing the migration guide.

4. What happens in Kafka when a consumer in a group crashes?
   This question was skipped due to time.

5. How would you protect an internal admin API?
   Marcus planned to ask this but ran out of time; it was not discussed.
"""


def test_a_meeting_recap_gives_what_was_said_and_not_what_was_skipped():
    assert pairs_of(MEETING_RECAP) == [
        (
            "What is the difference between asyncio.gather and asyncio.wait?",
            "Alex explained that gather returns the results in argument order, whereas wait\n"
            "returns two sets (done and pending).",
        ),
        (
            # its sentence over on its line: the lines under it answer, however many
            "Explain how a B-tree index helps a query with ORDER BY created_at DESC LIMIT 20.",
            "Alex explained that the planner can walk the index backwards and stop after 20 "
            "entries,\nwhich avoids sorting the whole table.",
        ),
        ("How does Pydantic v2 differ from v1 in terms of performance and API?", ""),
        ("What happens in Kafka when a consumer in a group crashes?", ""),
        ("How would you protect an internal admin API?", ""),
    ]


def test_an_answer_that_says_a_server_did_not_answer_in_time_is_an_answer():
    said = "The gateway's upstream took the request but didn't answer in time."
    assert pairs_of(f"1. What is a 504?\n   {said}\n") == [("What is a 504?", said)]


TALK_QA = """\
[00:45:15] LENA: Tom asks: would you recommend Aurora over regular RDS for Postgres?

[00:45:20] HANNAH: I'm going to take that one offline, it's mostly a pricing question.

[00:46:10] LENA: We have time for maybe one more. From Daniel — and this one has a lot of \
votes — what's an under-appreciated postgresql.conf setting?

[00:46:18] HANNAH: Enable pg_stat_statements on day one. It needs shared_preload_libraries.

[00:46:45] LENA: Oleg asks: how should we tune autovacuum for a two terabyte table?

[00:46:51] HANNAH: Not in thirty seconds, sorry Oleg, we'll take that one offline.

[00:46:58] LENA: Alright, that's all the time we have. Thank you, Hannah!
"""


def test_a_talks_qa_gives_the_questions_read_out_and_not_those_taken_offline():
    assert pairs_of(TALK_QA) == [
        ("would you recommend Aurora over regular RDS for Postgres?", ""),
        (
            "what's an under-appreciated postgresql.conf setting?",
            "Enable pg_stat_statements on day one. It needs shared_preload_libraries.",
        ),
        ("how should we tune autovacuum for a two terabyte table?", ""),
    ]


WRAPPED_TASK = """\
Topics and sample questions
We don't share the exact questions, but these are representative.

Python & asyncio
  - What is the difference between concurrency and parallelism in Python?
    Hint: asyncio gives concurrency on a single thread; multiprocessing
    gives parallelism across CPU cores.
  - How would you limit an async HTTP client to 10 concurrent requests?
    Hint: wrap each request in an asyncio.Semaphore(10).

System design
  - Design a notification service that sends email, SMS and push to
    5 million users.
  - How would you make the notification service resilient to a
    provider outage?
    Hint: a queue per channel, retries with exponential backoff and
    jitter, a circuit breaker and a dead-letter queue.
"""


def test_a_task_wrapped_before_a_number_is_one_task():
    assert pairs_of(WRAPPED_TASK)[2:] == [
        ("Design a notification service that sends email, SMS and push to 5 million users.", ""),
        (
            "How would you make the notification service resilient to a provider outage?",
            "Hint: a queue per channel, retries with exponential backoff and\n"
            "jitter, a circuit breaker and a dead-letter queue.",
        ),
    ]


VIMWIKI = """\
%title Backend interview prep

= Backend interview prep =

== PostgreSQL ==

* How do you do an upsert in Postgres?
  {{{sql
  INSERT INTO users (email, name) VALUES ($1, $2)
  ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name;
  }}}
  * needs a unique index on email
* What is VACUUM for?
  * removes dead tuples left by MVCC

== Python ==

* What does the GIL protect?
  * the interpreter's own state, one thread running bytecode at a time
"""


def test_a_vimwiki_pages_code_block_is_kept_as_code():
    assert pairs_of(VIMWIKI)[0] == (
        "How do you do an upsert in Postgres?",
        "```sql\nINSERT INTO users (email, name) VALUES ($1, $2)\n"
        "ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name;\n```\n"
        "* needs a unique index on email",
    )


TERSE_NOTES = """\
python
------
diff between list and tuple?
    tuple immutable + hashable, list mutable
what is __slots__ for?
    no per-instance __dict__ -> saves memory

db
--
what does EXPLAIN ANALYZE do?
    actually runs the query, shows real timings next to the estimates
what is MVCC?
    each tx sees a snapshot, old row versions kept until vacuum cleans them
hash index vs btree?


redis
-----
redis persistence options?
    RDB = periodic snapshots, AOF = append only log
"""


def test_a_question_without_notes_under_the_notes_of_the_one_before_is_still_asked():
    assert ("hash index vs btree?", "") in pairs_of(TERSE_NOTES)
