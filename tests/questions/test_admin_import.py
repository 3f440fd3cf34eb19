"""The admin's import page: upload, a worker checks the document, preview, confirm once.

The checks and imports run on the real Procrastinate worker (tests/worker.py), so the tests
that run it commit their data (`worker` makes them transactional).
"""

import datetime as dt
import json

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from questions.admin_import import SESSION_KEY
from questions.models import DocumentImport, ImportStatus, Question, Source, Status
from questions.tasks import run_import
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db
URL = "/admin/questions/source/import/"
DOCUMENT = b"""# Async

### Q1. What is an event loop?
A: It runs coroutines and callbacks one at a time, switching at await points.

### Q2. What is a coroutine?
A: TODO
"""


def upload(client, content=DOCUMENT, name="notes.md", **data):
    document = SimpleUploadedFile(name, content, content_type="text/markdown")
    return client.post(URL, {"document": document, **data})


def page_url(document_import: DocumentImport, action: str = "") -> str:
    return f"{URL}{document_import.public_id}/{action + '/' if action else ''}"


def checked(client, worker, **data) -> DocumentImport:
    """Upload, and let the worker check the document."""
    upload(client, **data)
    worker()
    return DocumentImport.objects.get()


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def test_it_queues_the_check_and_writes_nothing_in_the_request(admin_client, staff):
    response = upload(admin_client, title="Team notes")

    document_import = DocumentImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == page_url(document_import)
    assert (document_import.status, document_import.title) == (ImportStatus.QUEUED, "Team notes")
    assert document_import.requested_by == staff
    assert document_import.text == DOCUMENT.decode()
    assert not Question.objects.exists()
    assert not Source.objects.exists()


def test_it_shows_progress_while_the_document_waits(admin_client, htmx):
    upload(admin_client)
    document_import = DocumentImport.objects.get()

    page = admin_client.get(page_url(document_import))
    fragment = admin_client.get(page_url(document_import), **htmx)

    assert "<html" in page.content.decode()
    assert "waiting for a task worker" in page.content.decode()
    assert f'href="{page_url(document_import)}">Refresh</a>' in page.content.decode()
    content = fragment.content.decode()
    assert "<html" not in content
    assert 'hx-trigger="every 2s"' in content
    assert "<progress" in content
    assert "HX-Request" in fragment["Vary"]


def test_it_previews_an_import_without_writing_anything(admin_client, worker):
    document_import = checked(admin_client, worker, title="Team notes")

    response = admin_client.get(page_url(document_import))

    content = response.content.decode()
    assert document_import.status == ImportStatus.PREVIEW_READY
    assert document_import.preview["totals"]["found"] == 2
    assert "Nothing has been written yet" in content
    assert "What is an event loop?" in content
    assert "Import 2 questions" in content
    assert 'hx-trigger="every 2s"' not in content  # polling stops once the preview is ready
    assert not Question.objects.exists()
    assert not Source.objects.exists()


def test_it_imports_on_confirmation_and_shows_the_report(admin_client, staff, worker, htmx):
    document_import = checked(admin_client, worker, title="Team notes", publish="on")

    confirmed = admin_client.post(page_url(document_import, "confirm"))
    importing = admin_client.get(page_url(document_import), **htmx).content.decode()
    worker()
    response = admin_client.get(page_url(document_import))

    source = Source.objects.get()
    assert confirmed["Location"] == page_url(document_import)
    assert "Importing" in importing and "one transaction" in importing
    assert (source.title, source.imported_by) == ("Team notes", staff)
    content = response.content.decode()
    assert "Imported “Team notes”: 2 new questions, 0 merged" in content
    assert "1 need an answer" in content
    assert f'href="/admin/questions/source/{source.pk}/change/"' in content
    assert "see them" in content  # the link to the questions needing answers
    statuses = dict(Question.objects.values_list("prompt", "status"))
    assert statuses == {
        "What is an event loop?": Status.PUBLISHED,
        "What is a coroutine?": Status.NEEDS_ANSWER,
    }
    document_import.refresh_from_db()
    assert (document_import.status, document_import.source) == (ImportStatus.DONE, source)
    assert document_import.text == ""  # the Source keeps the document


def stored_session(client) -> str:
    return Session.objects.get(session_key=client.session.session_key).session_data


def large_document(questions: int) -> bytes:
    return b"\n".join(
        b"### Q%d. What does case %d show?\nA: " % (number, number) + b"It shows a lot. " * 150
        for number in range(1, questions + 1)
    )


def test_it_checks_a_large_document_in_the_background(admin_client, worker):
    document = large_document(1200)
    assert len(document) > 2 * 1024 * 1024

    upload(admin_client, content=document, name="large.md")
    assert DocumentImport.objects.get().status == ImportStatus.QUEUED
    worker()

    document_import = DocumentImport.objects.get()
    response = admin_client.get(page_url(document_import))
    content = response.content.decode()
    assert document_import.preview["totals"] == {
        "found": 1200,
        "created": 1200,
        "merged": 0,
        "suggested": 0,
        "needs_answer": 0,
        "skipped": 0,
    }
    assert "Import 1200 questions" in content
    assert "Questions 1–500 of 1,200" in content  # the table comes a page at a time
    assert "What does case 500 show?" in content
    assert "What does case 501 show?" not in content
    second = admin_client.get(page_url(document_import) + "?page=2").content.decode()
    assert "What does case 501 show?" in second
    assert len(stored_session(admin_client)) < 2000


def test_it_cancels_a_waiting_preview_and_writes_nothing(admin_client, worker):
    document_import = checked(admin_client, worker)

    response = admin_client.post(page_url(document_import, "cancel"), follow=True)

    assert "Import cancelled: nothing was written." in response.content.decode()
    assert not DocumentImport.objects.exists()
    assert admin_client.post(page_url(document_import, "confirm")).status_code == 404
    assert not Source.objects.exists()


def test_it_cancels_before_the_worker_starts(admin_client, worker):
    upload(admin_client)
    document_import = DocumentImport.objects.get()

    admin_client.post(page_url(document_import, "cancel"))
    worker()  # the job finds nothing to check

    assert not DocumentImport.objects.exists()
    assert not Source.objects.exists()


def test_it_keeps_each_upload_apart(admin_client, worker):
    upload(admin_client, name="older.md")
    upload(admin_client, content=DOCUMENT + b"\n### Q3. What is a task?\nA: A job.\n")
    worker()
    older, newer = DocumentImport.objects.order_by("created")

    admin_client.post(page_url(newer, "confirm"))
    admin_client.post(page_url(older, "confirm"))
    worker()

    assert Question.objects.count() == 3
    assert sorted(Source.objects.values_list("title", flat=True)) == ["notes.md", "older.md"]
    listing = admin_client.get(URL).content.decode()
    assert "Your recent imports" in listing and "older.md" in listing


def test_it_says_a_preview_expired_after_a_day(admin_client, worker):
    document_import = checked(admin_client, worker)

    with time_machine.travel(timezone.now() + dt.timedelta(hours=25), tick=False):
        response = admin_client.post(page_url(document_import, "confirm"), follow=True)

    assert response.redirect_chain == [(URL, 302)]
    assert "That preview has expired" in response.content.decode()
    assert not Source.objects.exists()
    assert not DocumentImport.objects.exists()


def test_it_drops_previews_that_earlier_versions_kept_in_the_session(admin_client):
    session = admin_client.session
    session[SESSION_KEY] = {"old-token": {"text": "x" * 100_000, "title": "t", "publish": False}}
    session.save()

    admin_client.get(URL)

    assert SESSION_KEY not in admin_client.session
    assert len(stored_session(admin_client)) < 2000


def test_it_says_which_better_answers_wait_for_review(admin_client, worker):
    QuestionFactory(owner=None, prompt="What is an event loop?", answer="A loop.")
    document_import = checked(admin_client, worker)
    preview = admin_client.get(page_url(document_import)).content.decode()

    admin_client.post(page_url(document_import, "confirm"))
    worker()

    content = admin_client.get(page_url(document_import)).content.decode()
    assert "1 better answer for published questions, waiting for review" in preview
    assert "1 better answer for published questions, waiting for review" in content
    assert Question.objects.get(prompt="What is an event loop?").answer == "A loop."


def test_it_imports_once_when_the_confirmation_is_sent_twice(admin_client, worker):
    document_import = checked(admin_client, worker)
    admin_client.post(page_url(document_import, "confirm"))

    response = admin_client.post(page_url(document_import, "confirm"), follow=True)
    worker()

    assert "already confirmed: it is imported only once" in response.content.decode()
    assert Question.objects.count() == 2
    assert Source.objects.count() == 1


def test_it_changes_nothing_when_the_import_job_runs_again(admin_client, worker):
    """A worker killed after the commit runs the job again (retry_stalled_jobs)."""
    document_import = checked(admin_client, worker)
    admin_client.post(page_url(document_import, "confirm"))
    worker()
    DocumentImport.objects.filter(pk=document_import.pk).update(
        status=ImportStatus.IMPORTING, text=DOCUMENT.decode()
    )
    run_import.defer(import_id=document_import.pk)
    worker()

    document_import.refresh_from_db()
    assert document_import.status == ImportStatus.DONE
    assert document_import.report["totals"]["created"] == 2
    assert (Question.objects.count(), Source.objects.count()) == (2, 1)


def test_it_says_when_a_document_was_already_imported(admin_client, worker):
    document_import = checked(admin_client, worker)
    admin_client.post(page_url(document_import, "confirm"))
    worker()

    response = upload(admin_client, name="same-again.txt")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/questions/source/{Source.objects.get().pk}/change/"
    assert Source.objects.count() == 1
    assert DocumentImport.objects.count() == 1


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.md", "The submitted file is empty."),
        (b"%PDF-1.7 binary", "notes.md", "This is a PDF, not a text document."),
        (DOCUMENT, "notes.docx", "Upload a text document: a .txt, .md or .html file (or a"),
    ],
)
def test_it_refuses_bad_uploads_with_a_clear_message(admin_client, content, name, message):
    response = upload(admin_client, content=content, name=name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DocumentImport.objects.exists()


NOTEBOOK = json.dumps(
    {
        "cells": [
            {"cell_type": "markdown", "source": ["### What is a dependency?"]},
            {"cell_type": "markdown", "source": ["A callable FastAPI runs first."]},
            {"cell_type": "markdown", "source": ["### What is a background task?"]},
            {"cell_type": "code", "source": ["background_tasks.add_task(send)"]},
        ]
    }
).encode()


def test_a_notebook_can_be_uploaded_and_is_read_by_its_cells(admin_client, worker):
    document_import = checked(admin_client, worker, content=NOTEBOOK, name="prep.ipynb")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("a Jupyter notebook")


GIFT_QUIZ = b"""::ack::When should a consumer acknowledge a message?{=after processing ~before}

::dlq::Which queue holds messages that failed too often?{=the dead-letter queue}
"""


def test_a_moodle_quiz_can_be_uploaded_and_is_read_as_one(admin_client, worker):
    document_import = checked(admin_client, worker, content=GIFT_QUIZ, name="queues.gift")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("a Moodle quiz")


def test_a_videos_sbv_captions_can_be_uploaded_and_are_read_as_captions(admin_client, worker):
    captions = (
        b"0:00:00.000,0:00:03.000\nWhat does VACUUM reclaim?\n\n"
        b"0:00:03.000,0:00:06.000\n>> Dead row versions, for reuse.\n\n"
        b"0:00:06.000,0:00:09.000\n>> And what is a Redis pipeline?\n\n"
        b"0:00:09.000,0:00:12.000\n>> Commands sent without waiting for each reply.\n"
    )
    document_import = checked(admin_client, worker, content=captions, name="mock.sbv")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("a recording's captions")


def test_a_json_lines_export_can_be_uploaded_and_is_read_by_its_records(admin_client, worker):
    lines = b'{"q": "What does GIN index?", "a": "jsonb, arrays"}\n{"q": "What is WAL?", "a": ""}\n'
    document_import = checked(admin_client, worker, content=lines, name="bank.jsonl")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("an app's export")


def test_an_obsidian_canvas_can_be_uploaded_and_is_read_by_its_cards(admin_client, worker):
    card = {"type": "text", "y": 0, "width": 300, "height": 100}
    canvas = json.dumps(
        {
            "nodes": [
                {**card, "id": "q", "x": 0, "text": "**Q:** What is WAL?"},
                {**card, "id": "a", "x": 400, "text": "A log written before the data pages."},
                {**card, "id": "q2", "x": 0, "y": 200, "text": "**Q:** What is TOAST?"},
            ],
            "edges": [{"id": "e", "fromNode": "q", "toNode": "a"}],
        }
    ).encode()
    document_import = checked(admin_client, worker, content=canvas, name="prep.canvas")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("an app's export")


def test_a_sql_script_of_drills_can_be_uploaded_and_is_read_by_its_comments(admin_client, worker):
    script = (
        b"-- Q1: Count orders per customer.\nSELECT customer_id, COUNT(*) FROM orders\n"
        b"GROUP BY customer_id;\n\n-- Q2: Remove duplicate emails.\n"
        b"DELETE FROM users a USING users b WHERE a.email = b.email AND a.id > b.id;\n\n"
        b"-- Q3: When does a partial index help?\n-- tbd\n"
    )
    document_import = checked(admin_client, worker, content=script, name="drill.sql")

    assert document_import.preview["totals"]["found"] == 3
    assert document_import.read_as.startswith("a SQL script")


def test_it_shows_why_a_document_has_no_questions_and_offers_a_retry(admin_client, worker):
    document_import = checked(admin_client, worker, content=b"just some words, nothing asked")

    response = admin_client.get(page_url(document_import))

    content = response.content.decode()
    assert response.status_code == 200
    assert document_import.status == ImportStatus.FAILED
    assert "No questions found." in content
    assert "Try again" in content and "Cancel" in content
    assert not Source.objects.exists()
    retried = admin_client.post(page_url(document_import, "retry"))
    assert retried["Location"] == page_url(document_import)
    document_import.refresh_from_db()
    assert document_import.status == ImportStatus.QUEUED
    worker()
    document_import.refresh_from_db()
    assert document_import.status == ImportStatus.FAILED  # the same document fails the same way


def test_pasted_text_is_checked_like_a_file_and_titled_by_its_first_line(admin_client, worker):
    admin_client.post(URL, {"pasted": DOCUMENT.decode()})
    worker()

    document_import = DocumentImport.objects.get()
    assert document_import.title == "Pasted: Async"
    assert document_import.status == ImportStatus.PREVIEW_READY
    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as == ""  # markdown is read as it is


PASTED_PAGE = """<html><body><nav>Home | Blog</nav>
<h1>FastAPI questions</h1>
<h2>What is a dependency?</h2>
<p>A callable FastAPI runs before the endpoint and injects its result.</p>
<h2>What is a background task?</h2>
<p>Work that runs after the response is sent.</p>
</body></html>"""


def test_a_pasted_web_page_says_it_was_read_as_one(admin_client, worker):
    admin_client.post(URL, {"pasted": PASTED_PAGE, "title": "Blog post"})
    worker()
    document_import = DocumentImport.objects.get()

    content = admin_client.get(page_url(document_import)).content.decode()

    assert document_import.read_as.startswith("a web page")
    assert "Read as a web page: its HTML was read as headings" in content
    assert document_import.preview["totals"]["found"] == 2
    assert "<h2>" not in document_import.text and "## What is a dependency?" in document_import.text


def test_a_saved_web_page_can_be_uploaded(admin_client, worker):
    document_import = checked(admin_client, worker, content=PASTED_PAGE.encode(), name="p.html")

    assert document_import.preview["totals"]["found"] == 2
    assert document_import.read_as.startswith("a web page")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose a file to upload, or paste the document&#x27;s text."),
        ({"pasted": "   \n\n  "}, "Choose a file to upload, or paste the document&#x27;s text."),
        ({"pasted": "\u200b\u200b\n"}, "The pasted text has nothing to read."),
    ],
)
def test_it_refuses_nothing_to_read_with_a_clear_message(admin_client, data, message):
    response = admin_client.post(URL, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DocumentImport.objects.exists()


def test_pasted_text_with_a_nul_character_is_refused_whole(admin_client):
    response = admin_client.post(URL, {"pasted": "What is a\x00 view?"})

    assert response.status_code == 400
    assert "NUL character" in response.content.decode()
    assert not DocumentImport.objects.exists()


def test_it_refuses_a_file_and_pasted_text_together(admin_client):
    response = upload(admin_client, pasted="### What is a view?")

    assert "Upload a file or paste its text, not both." in response.content.decode()
    assert not DocumentImport.objects.exists()


def test_it_refuses_a_file_over_the_size_limit(admin_client, settings, monkeypatch):
    monkeypatch.setattr("questions.admin_import.MAX_BYTES", 100)

    response = upload(admin_client, content=DOCUMENT * 3)

    assert "the limit is" in response.content.decode()
    assert not DocumentImport.objects.exists()


def test_it_sends_visitors_to_the_login(client):
    assert client.get(URL).status_code == 302


def test_it_links_to_the_import_page_from_the_sources_list(admin_client):
    response = admin_client.get("/admin/questions/source/")

    assert 'href="/admin/questions/source/import/"' in response.content.decode()


def test_a_poll_reads_the_row_without_its_document(admin_client, django_assert_max_num_queries):
    upload(admin_client, content=large_document(50), name="large.md")
    document_import = DocumentImport.objects.get()

    # The session, the user, the import (without text or reports).
    with django_assert_max_num_queries(4) as queries:
        admin_client.get(page_url(document_import), HTTP_HX_REQUEST="true")

    selected = [query["sql"].split(" FROM ")[0] for query in queries.captured_queries]
    assert not [columns for columns in selected if '"text"' in columns], selected
