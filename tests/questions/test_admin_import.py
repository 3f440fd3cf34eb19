"""The admin's import page: upload, preview without writing, confirm once."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from questions.models import Question, Source, Status
from tests.factories import UserFactory

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
