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
