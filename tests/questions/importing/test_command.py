"""manage.py import_questions: JSON report, dry run, publish, bad files, and a database
that is not migrated."""

import codecs
import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import DataError, connection

from questions.importing import importer
from questions.models import Question, Source, SourceReference, Status, SuggestionState
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

ASYNC_NOTES = """\
Async interview notes

## Async basics

### Q1. What is an event loop?
A: It runs coroutines and callbacks, switching at await points.

### Q2. What is a coroutine? (Easy)


### Q3. How does asyncio.gather work?
A: It runs awaitables concurrently and returns their results in order.
"""
MORE_ASYNC = """\
### Explain asyncio.gather.
Answer: Runs coroutines concurrently and collects their results.

### What is a task?
Answer: A coroutine scheduled on the event loop.
"""


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_questions", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "async-notes.md"
    path.write_text(ASYNC_NOTES, encoding="utf-8")
    return path


@pytest.fixture
def more(tmp_path):
    path = tmp_path / "more-async.txt"
    path.write_text(MORE_ASYNC, encoding="utf-8")
    return path


def test_it_prints_a_json_report_per_document(notes):
    out, _ = run(str(notes), "--report", "json")

    [report] = json.loads(out)
    assert report["source"] == "async-notes.md"
    assert report["format_detected"] == "markdown headings"
    assert report["totals"] == {
        "found": 3,
        "created": 3,
        "merged": 0,
        "suggested": 0,
        "needs_answer": 1,
        "skipped": 0,
    }
    assert report["items"] == [
        {
            "line": 5,
            "prompt": "What is an event loop?",
            "level": "unspecified",
            "topic": "async",
            "status": "draft",
            "has_answer": True,
            "section": "Async basics",
            "duplicate_of": None,
            "suggested_answer": False,
        },
        {
            "line": 8,
            "prompt": "What is a coroutine?",
            "level": "junior",
            "topic": "async",
            "status": "needs_answer",
            "has_answer": False,
            "section": "Async basics",
            "duplicate_of": None,
            "suggested_answer": False,
        },
        {
            "line": 11,
            "prompt": "How does asyncio.gather work?",
            "level": "unspecified",
            "topic": "async",
            "status": "draft",
            "has_answer": True,
            "section": "Async basics",
            "duplicate_of": None,
            "suggested_answer": False,
        },
    ]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode(),
        lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode(),
        lambda text: text.encode("utf-16"),
    ],
    ids=["utf-8", "bom and crlf", "utf-16"],
)
def test_it_reports_the_line_each_question_is_on_in_the_file(tmp_path, encode):
    path = tmp_path / "notes.md"
    path.write_bytes(encode(ASYNC_NOTES))

    out, _ = run(str(path), "--report", "json")

    [report] = json.loads(out)
    lines = ASYNC_NOTES.split("\n")
    assert [item["line"] for item in report["items"]] == [5, 8, 11]
    for item in report["items"]:
        assert item["prompt"] in lines[item["line"] - 1]


def test_it_writes_nothing_on_a_dry_run_but_matches_across_its_documents(notes, more):
    out, _ = run(str(notes), str(more), "--dry-run", "--report", "json")

    first, second = json.loads(out)
    assert first["totals"]["created"] == 3
    assert second["totals"]["created"] == 1
    assert second["totals"]["merged"] == 1
    assert second["items"][0]["duplicate_of"] == "How does asyncio.gather work?"
    assert not Question.objects.exists()
    assert not Source.objects.exists()
    assert not SourceReference.objects.exists()


def test_it_says_what_a_dry_run_would_do_in_the_text_report(notes):
    out, err = run(str(notes), "--dry-run")

    assert "async-notes.md (markdown headings): would import 3 questions" in out
    assert "1/1 async-notes.md" in err
    assert not Question.objects.exists()


def test_it_says_how_a_web_page_or_a_chat_was_read(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(
        "<html><body><h2>What is a view?</h2><p>A callable that returns a response.</p>"
        "<h2>What is a URLconf?</h2></body></html>",
        encoding="utf-8",
    )

    out, _ = run(str(page), "--dry-run")
    [report] = json.loads(run(str(page), "--dry-run", "--report", "json")[0])

    assert "would import 2 questions" in out
    assert "Read as a web page: its HTML was read as headings" in out
    assert report["read_as"].startswith("a web page")
    assert [item["prompt"] for item in report["items"]] == ["What is a view?", "What is a URLconf?"]


def test_it_imports_for_real_without_dry_run(notes, more):
    out, _ = run(str(notes), str(more))

    assert "async-notes.md (markdown headings): imported 3 questions" in out
    assert Question.objects.count() == 4
    assert Source.objects.count() == 2
    assert set(Question.objects.values_list("status", flat=True)) == {
        Status.DRAFT,
        Status.NEEDS_ANSWER,
    }


def test_it_publishes_answered_questions_with_publish(notes):
    run(str(notes), "--publish")

    assert dict(Question.objects.values_list("prompt", "status")) == {
        "What is an event loop?": Status.PUBLISHED,
        "What is a coroutine?": Status.NEEDS_ANSWER,
        "How does asyncio.gather work?": Status.PUBLISHED,
    }


def test_it_says_a_document_was_already_imported(notes):
    run(str(notes))

    out, _ = run(str(notes))

    assert "async-notes.md: already imported, nothing changed." in out
    assert Question.objects.count() == 3


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "The file is empty."),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "This is a PDF, not a text document."),
        ("missing.md", None, "cannot read it"),
        ("notes.txt", b"Just notes.\nNothing to ask.\n", "No questions found."),
    ],
    ids=["empty", "binary", "missing", "no questions"],
)
def test_it_names_a_bad_file_and_still_imports_the_others(
    notes, more, tmp_path, name, content, reason
):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match=r"^1 of 3 document\(s\) were not imported\.$"):
        call_command(
            "import_questions", notes, bad, more, "--report", "json", stdout=out, stderr=err
        )

    assert f"{bad}: {reason}" in err.getvalue()
    assert [report["source"] for report in json.loads(out.getvalue())] == [
        "async-notes.md",
        "more-async.txt",
    ]
    assert sorted(Source.objects.values_list("title", flat=True)) == [
        "async-notes.md",
        "more-async.txt",
    ]
    assert Question.objects.count() == 4


# --- published answers -----------------------------------------------------------------


def test_it_says_which_better_answers_wait_for_review(more):
    published = QuestionFactory(
        owner=None, prompt="What is a task?", answer="Task.", status=Status.PUBLISHED
    )

    out, _ = run(str(more))

    assert (
        "  1 better answer(s) for published questions wait for review (admin: Suggested "
        "answers); the published answers stay as they are." in out
    )
    published.refresh_from_db()
    assert published.answer == "Task."
    reference = published.references.get()
    assert reference.suggested_answer == "A coroutine scheduled on the event loop."
    assert reference.suggestion == SuggestionState.PENDING


# --- one transaction per document ------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_it_keeps_the_documents_before_one_the_database_refuses(notes, more, tmp_path, monkeypatch):
    refused = tmp_path / "refused.md"
    refused.write_text("### Q1. What is a semaphore?\nA: A counter that limits access.\n")
    report = importer._report

    def refuse(title, parsed, matches):  # after its source and questions were written
        if title == "refused.md":
            raise DataError("value too long for type character varying(60)")
        return report(title, parsed, matches)

    monkeypatch.setattr(importer, "_report", refuse)
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match=r"^1 of 3 document\(s\) were not imported\.$"):
        call_command("import_questions", notes, refused, more, stdout=out, stderr=err)

    assert (
        f"{refused}: not imported, the database refused it "
        "(value too long for type character varying(60))." in err.getvalue()
    )
    assert "more-async.txt (markdown headings): imported 2 questions" in out.getvalue()
    assert sorted(Source.objects.values_list("title", flat=True)) == [
        "async-notes.md",
        "more-async.txt",
    ]
    assert not Question.objects.filter(prompt="What is a semaphore?").exists()
    assert Question.objects.count() == 4


# --- a database without tables ----------------------------------------------------------


@pytest.fixture
def empty_database():
    """A database beside the test database, on the same server, that nothing migrated."""
    name = f"{connection.settings_dict['NAME']}_unmigrated"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user, host = connection.settings_dict["USER"], connection.settings_dict["HOST"]
    # The embedded server listens on a unix socket: HOST is its directory.
    yield f"postgres://{user}@/{name}?host={quote(host, safe='')}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_it_says_to_migrate_first_on_a_database_without_tables(notes, empty_database):
    result = subprocess.run(
        [sys.executable, "manage.py", "import_questions", str(notes)],
        cwd=Path(settings.BASE_DIR),
        env={**os.environ, "DATABASE_URL": empty_database},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1
    assert "The database is not set up yet" in result.stderr
    assert "Run `uv run manage.py migrate` first." in result.stderr
    assert "Traceback" not in result.stderr


MIXED = """\
### Q1. What is a deadlock?

Two transactions wait for each other.

1. Why does ordering locks help?

### Q2. What is MVCC?

Readers see a snapshot.
"""


def test_it_lists_every_question_like_line_it_did_not_import_with_its_line(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_text(MIXED, encoding="utf-8")

    out, _ = run(str(path), "--dry-run", "--report", "json")

    [report] = json.loads(out)
    assert [(item["line"], item["prompt"]) for item in report["items"]] == [
        (1, "What is a deadlock?"),
        (7, "What is MVCC?"),
    ]
    assert report["skipped"] == [
        {
            "line": 5,
            "text": "Why does ordering locks help?",
            "reason": "inside the answer to line 1",
        }
    ]
    assert Question.objects.count() == 0


def test_it_takes_lines_to_include_and_exclude(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_text(MIXED, encoding="utf-8")

    out, _ = run(str(path), "--dry-run", "--report", "json", "--include", "5", "--exclude", "7")

    [report] = json.loads(out)
    assert [item["line"] for item in report["items"]] == [1, 5]


def test_it_refuses_a_line_the_document_does_not_have(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_text(MIXED, encoding="utf-8")

    with pytest.raises(CommandError):
        run(str(path), "--dry-run", "--include", "500")

    with pytest.raises(CommandError, match="one document"):
        run(str(path), str(path), "--include", "5")
