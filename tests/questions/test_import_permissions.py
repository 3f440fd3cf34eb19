"""The importer respects the admin's permissions (security issue, finding 3)."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from questions.models import DocumentImport, ImportStatus, Question, Source, Status
from tests.factories import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = "/admin/questions/source/import/"
PROMPT = "What is an event loop?"
DOCUMENT = f"""# Async

### Q1. {PROMPT}
A: It runs coroutines and callbacks one at a time, switching at await points, and it
keeps a ready queue of callbacks plus a selector that waits for IO readiness.

### Q2. What is a coroutine, in Python's asyncio?
A: A function defined with async def whose execution can be suspended at await.
""".encode()


def staff_with(*codenames: str):
    user = UserFactory(is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="questions", codename__in=codenames)
    )
    return user


def upload(client, **data):
    document = SimpleUploadedFile("notes.md", DOCUMENT, content_type="text/markdown")
    return client.post(URL, {"document": document, **data})


def page_url(document_import: DocumentImport, action: str = "") -> str:
    return f"{URL}{document_import.public_id}/{action + '/' if action else ''}"


def checked(client, worker, **data) -> DocumentImport:
    upload(client, **data)
    worker()
    return DocumentImport.objects.get()


def import_as(client, worker, user, **data):
    """Upload, let the worker check it, confirm, let the worker import it: the result page."""
    client.force_login(user)
    document = SimpleUploadedFile("notes.md", DOCUMENT, content_type="text/markdown")
    uploaded = client.post(URL, {"document": document, **data})
    if uploaded.status_code != 302:
        return uploaded
    worker()
    client.post(uploaded["Location"] + "confirm/")
    worker()
    return client.get(uploaded["Location"])


@pytest.fixture
def existing():
    return QuestionFactory(
        prompt=PROMPT, answer="", answer_outline="", status=Status.NEEDS_ANSWER, red_flags=""
    )


def test_adding_without_change_permission_leaves_bank_questions_as_they_were(
    client, worker, existing
):
    response = import_as(client, worker, staff_with("add_question", "view_question", "view_source"))

    existing.refresh_from_db()
    assert (existing.answer, existing.status) == ("", Status.NEEDS_ANSWER)
    assert existing.references.count() == 1  # linked to the document, nothing more
    assert "not changed: you may add questions, not change them" in response.content.decode()
    new = Question.objects.exclude(pk=existing.pk).get()
    assert new.status == Status.DRAFT


def test_change_permission_lets_the_import_fill_the_missing_answer(client, worker, existing):
    import_as(client, worker, staff_with("add_question", "change_question", "view_source"))

    existing.refresh_from_db()
    assert existing.answer.startswith("It runs coroutines")


def test_publishing_needs_the_publish_permission(client, worker):
    adder = staff_with("add_question", "change_question")

    response = import_as(client, worker, adder, publish="on")

    assert response.status_code == 200
    assert "You may not publish questions" in response.content.decode()
    assert not Source.objects.exists()


def test_with_the_publish_permission_answered_questions_are_published(client, worker):
    import_as(
        client,
        worker,
        staff_with("add_question", "change_question", "publish_question"),
        publish="on",
    )

    assert Question.objects.filter(status=Status.PUBLISHED).count() == 2


def test_the_publish_checkbox_is_offered_only_to_who_may_publish(client):
    client.force_login(staff_with("add_question"))

    page = client.get(URL).content.decode()

    assert 'type="checkbox" name="publish"' not in page


def test_the_admin_publish_action_needs_the_publish_permission(client):
    draft = QuestionFactory(status=Status.DRAFT)
    client.force_login(staff_with("change_question", "view_question"))

    client.post(
        "/admin/questions/question/",
        {"action": "publish", "_selected_action": [draft.pk]},
    )

    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_change_form_does_not_publish_without_the_permission(client):
    draft = QuestionFactory(status=Status.DRAFT)
    client.force_login(staff_with("change_question", "view_question"))
    form = client.get(f"/admin/questions/question/{draft.pk}/change/").context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list | dict)
    }
    data |= {
        "status": Status.PUBLISHED,
        "topic": draft.topic_id,
        "references-TOTAL_FORMS": 0,
        "references-INITIAL_FORMS": 0,
    }

    response = client.post(f"/admin/questions/question/{draft.pk}/change/", data)

    assert "You may not publish questions" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


# --- the import pages: checked at the upload, and again at the confirmation ---


def test_it_keeps_people_without_the_permission_out(client, staff):
    upload(client_for(client, staff))
    document_import = DocumentImport.objects.get()
    client.force_login(UserFactory(is_staff=True))

    assert client.get(URL).status_code == 403
    assert client.get(page_url(document_import)).status_code == 403
    assert client.post(page_url(document_import, "confirm")).status_code == 403


def client_for(client, user):
    client.force_login(user)
    return client


def test_it_shows_another_staff_members_import_to_nobody_else(client, staff):
    upload(client_for(client, staff))
    document_import = DocumentImport.objects.get()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert client.get(page_url(document_import)).status_code == 404
    for action in ("confirm", "cancel", "retry"):
        assert client.post(page_url(document_import, action)).status_code == 404
    assert DocumentImport.objects.get().status == ImportStatus.QUEUED
    assert document_import.title not in client.get(URL).content.decode()


def test_it_imports_as_drafts_for_someone_who_may_not_publish(client, worker):
    client.force_login(staff_with("add_question"))

    response = upload(client, publish="on")

    assert "You may not publish questions" in response.content.decode()
    upload(client)
    worker()
    document_import = DocumentImport.objects.get()
    assert not document_import.publish and not document_import.change_existing


def test_it_checks_the_publish_permission_again_on_confirmation(client, worker):
    user = staff_with("add_question", "publish_question")
    client.force_login(user)
    document_import = checked(client, worker, publish="on")
    user.user_permissions.remove(Permission.objects.get(codename="publish_question"))

    client.post(page_url(document_import, "confirm"))
    worker()

    document_import.refresh_from_db()
    assert (document_import.status, document_import.publish) == (ImportStatus.DONE, False)
    assert not Question.objects.filter(status=Status.PUBLISHED).exists()
    assert Question.objects.filter(status=Status.DRAFT).count() == 2
