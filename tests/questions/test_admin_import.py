"""The admin's import page: upload, preview without writing, confirm once."""

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from questions.admin_import import SESSION_KEY
from questions.models import Question, Source, Status
from tests.factories import QuestionFactory, UserFactory

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


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def test_it_previews_an_import_without_writing_anything(admin_client):
    response = upload(admin_client, title="Team notes")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing has been written yet" in content
    assert "What is an event loop?" in content
    assert "Import 2 questions" in content
    assert not Question.objects.exists()
    assert not Source.objects.exists()


def test_it_imports_on_confirmation_and_shows_the_report(admin_client, staff):
    preview = upload(admin_client, title="Team notes", publish="on")
    token = preview.context["token"]

    response = admin_client.post(URL, {"token": token}, follow=True)

    source = Source.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/questions/source/{source.pk}/change/"
    assert (source.title, source.imported_by) == ("Team notes", staff)
    assert "Imported “Team notes”: 2 new questions" in response.content.decode()
    assert "see them" in response.content.decode()  # the link to the questions needing answers
    statuses = dict(Question.objects.values_list("prompt", "status"))
    assert statuses == {
        "What is an event loop?": Status.PUBLISHED,
        "What is a coroutine?": Status.NEEDS_ANSWER,
    }


def stored_session(client) -> str:
    return Session.objects.get(session_key=client.session.session_key).session_data


def pending_preview(user):
    return cache.get(f"questions:import-preview:{user.pk}")


def large_document(questions: int) -> bytes:
    return b"\n".join(
        b"### Q%d. What does case %d show?\nA: " % (number, number) + b"It shows a lot. " * 150
        for number in range(1, questions + 1)
    )


def test_it_keeps_the_session_small_while_a_large_document_waits(admin_client, staff):
    document = large_document(120)
    assert len(document) > 256 * 1024

    response = upload(admin_client, content=document, name="large.md")

    assert "Import 120 questions" in response.content.decode()
    assert len(stored_session(admin_client)) < 2000
    assert pending_preview(staff)["text"] == document.decode()


def test_it_drops_the_preview_on_confirmation(admin_client, staff):
    upload(admin_client, title="Team notes", publish="on")

    admin_client.post(URL, {"token": pending_preview(staff)["token"]})

    assert pending_preview(staff) is None
    assert Source.objects.get().title == "Team notes"


def test_it_drops_the_preview_on_cancel_and_writes_nothing(admin_client, staff):
    token = upload(admin_client).context["token"]

    response = admin_client.post(URL, {"token": token, "cancel": "Cancel"}, follow=True)

    assert "Import cancelled: nothing was written." in response.content.decode()
    assert pending_preview(staff) is None
    assert admin_client.post(URL, {"token": token}).status_code == 302
    assert not Source.objects.exists()


def test_it_keeps_only_the_latest_preview(admin_client):
    older = upload(admin_client, name="older.md").context["token"]
    newer = upload(admin_client, content=DOCUMENT + b"\n### Q3. What is a task?\nA: A job.\n")
    newer = newer.context["token"]

    refused = admin_client.post(URL, {"token": older}, follow=True)
    admin_client.post(URL, {"token": newer})

    assert "That preview has expired or was already imported" in refused.content.decode()
    assert list(Source.objects.values_list("title", flat=True)) == ["notes.md"]
    assert Question.objects.count() == 3


def test_it_says_a_preview_expired_after_an_hour(clock, client, staff):
    client.force_login(staff)
    token = upload(client).context["token"]
    clock.advance(minutes=61)

    response = client.post(URL, {"token": token}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain == [(URL, 302)]
    assert "That preview has expired or was already imported" in response.content.decode()
    assert not Source.objects.exists()


def test_it_drops_previews_that_earlier_versions_kept_in_the_session(admin_client):
    session = admin_client.session
    session[SESSION_KEY] = {"old-token": {"text": "x" * 100_000, "title": "t", "publish": False}}
    session.save()

    admin_client.get(URL)

    assert SESSION_KEY not in admin_client.session
    assert len(stored_session(admin_client)) < 2000


def test_it_says_which_better_answers_wait_for_review(admin_client):
    QuestionFactory(owner=None, prompt="What is an event loop?", answer="A loop.")
    preview = upload(admin_client)

    response = admin_client.post(URL, {"token": preview.context["token"]}, follow=True)

    content = response.content.decode()
    assert "1 better answer for published questions, waiting for review" in preview.content.decode()
    assert "1 better answer(s) for published questions wait for review." in content
    assert "1 better answer for published questions, waiting for review" in content
    assert Question.objects.get(prompt="What is an event loop?").answer == "A loop."


def test_it_imports_once_when_the_confirmation_is_sent_twice(admin_client):
    token = upload(admin_client).context["token"]
    admin_client.post(URL, {"token": token})

    response = admin_client.post(URL, {"token": token}, follow=True)

    assert "That preview has expired or was already imported" in response.content.decode()
    assert Question.objects.count() == 2
    assert Source.objects.count() == 1


def test_it_says_when_a_document_was_already_imported(admin_client):
    admin_client.post(URL, {"token": upload(admin_client).context["token"]})

    response = upload(admin_client, name="same-again.txt")

    assert response.status_code == 302
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.md", "The submitted file is empty."),
        (b"%PDF-1.7 binary", "notes.md", "This is a PDF, not a text document."),
        (b"just some words, nothing asked", "notes.txt", "No questions found."),
        (DOCUMENT, "notes.docx", "Upload a text document: a .txt or .md file."),
    ],
)
def test_it_refuses_bad_uploads_with_a_clear_message(admin_client, content, name, message):
    response = upload(admin_client, content=content, name=name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Source.objects.exists()
    assert not Question.objects.exists()


def test_it_refuses_a_file_over_the_size_limit(admin_client, settings, monkeypatch):
    monkeypatch.setattr("questions.admin_import.MAX_BYTES", 100)

    response = upload(admin_client, content=DOCUMENT * 3)

    assert "the limit is" in response.content.decode()
    assert not Source.objects.exists()


def test_it_keeps_people_without_the_permission_out(client):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(URL).status_code == 403


def test_it_sends_visitors_to_the_login(client):
    assert client.get(URL).status_code == 302


def test_it_links_to_the_import_page_from_the_sources_list(admin_client):
    response = admin_client.get("/admin/questions/source/")

    assert 'href="/admin/questions/source/import/"' in response.content.decode()
