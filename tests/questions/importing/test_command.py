"""manage.py import_questions: JSON report, dry run, publish, and bad files."""

import codecs
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from questions.models import Question, Source, SourceReference, Status

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
