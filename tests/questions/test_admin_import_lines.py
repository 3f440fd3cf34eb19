"""The import preview's lines: found questions marked, skipped question-like lines with
their reason, and staff's include / exclude ticks, checked again before confirming."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from questions.models import DocumentImport, ImportStatus, Question
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/admin/questions/source/import/"
# Line 5 asks inside Q1's answer; line 7 is a question the staff member does not want.
DOCUMENT = b"""### Q1. What is a deadlock?

Two transactions wait for each other.

1. Why does ordering locks help?

### Q2. What is MVCC?

Readers see a snapshot.
"""


def upload(client) -> DocumentImport:
    document = SimpleUploadedFile("locks.md", DOCUMENT, content_type="text/markdown")
    client.post(URL, {"document": document})
    return DocumentImport.objects.get()


def page_url(document_import: DocumentImport, action: str = "") -> str:
    return f"{URL}{document_import.public_id}/{action + '/' if action else ''}"


def choose(client, document_import, **choices):
    data = {"lines_from": 1, "lines_to": 10, "recheck": "Check again with these choices", **choices}
    return client.post(page_url(document_import, "confirm"), data, follow=True)


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def checked(admin_client, worker) -> DocumentImport:
    upload(admin_client)
    worker()
    return DocumentImport.objects.get()


def test_it_shows_each_line_with_what_was_found_on_it(admin_client, checked):
    content = admin_client.get(page_url(checked)).content.decode()

    assert "The document, line by line" in content
    assert content.count('class="import-line-question"') == 2
    assert content.count('class="import-line-skipped"') == 1
    assert "Not imported: inside the answer to line 1" in content
    assert 'name="exclude" value="1"' in content  # a found question: "not a question"
    assert 'name="include" value="5"' in content  # a skipped line: "question"
    assert 'name="include" value="2"' not in content  # a blank line: nothing to tick


def test_it_checks_again_with_staff_choices_then_imports_them(admin_client, checked, worker):
    response = choose(admin_client, checked, include=["5"], exclude=["7"])
    checked.refresh_from_db()

    assert "Checking the document again with your choices" in response.content.decode()
    assert (checked.status, checked.include_lines, checked.exclude_lines) == (
        ImportStatus.QUEUED,
        [5],
        [7],
    )
    worker()
    checked.refresh_from_db()
    assert [item["line"] for item in checked.preview["items"]] == [1, 5]
    content = admin_client.get(page_url(checked)).content.decode()
    assert 'name="include" value="5" checked' in content
    assert 'name="exclude" value="7" checked' in content

    admin_client.post(page_url(checked, "confirm"))
    worker()

    assert sorted(Question.objects.values_list("prompt", flat=True)) == [
        "What is a deadlock?",
        "Why does ordering locks help?",
    ]


def test_confirming_with_unchanged_ticks_imports_at_once(admin_client, checked, worker):
    data = {"lines_from": 1, "lines_to": 10}

    admin_client.post(page_url(checked, "confirm"), data)
    checked.refresh_from_db()

    assert checked.status == ImportStatus.IMPORTING


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ({"include": ["99"]}, "the document has 10 lines, and no line 99."),
        ({"include": ["0"]}, "the document has 10 lines, and no line 0."),
        ({"include": ["five"]}, "the line numbers sent are not numbers."),
        ({"include": ["5"], "exclude": ["5"]}, "line 5 cannot be both"),
        ({"lines_to": "3", "include": ["5"]}, "a line outside the page that was shown"),
    ],
)
def test_it_refuses_bad_line_numbers_and_changes_nothing(admin_client, checked, choices, message):
    response = choose(admin_client, checked, **choices)
    checked.refresh_from_db()

    assert f"Nothing was changed: {message}" in response.content.decode()
    assert (checked.status, checked.include_lines, checked.exclude_lines) == (
        ImportStatus.PREVIEW_READY,
        [],
        [],
    )


def test_only_a_ready_preview_is_checked_again(admin_client, checked):
    admin_client.post(page_url(checked, "confirm"))

    response = choose(admin_client, checked, include=["5"])
    checked.refresh_from_db()

    assert "Only a preview that is ready can be checked again." in response.content.decode()
    assert (checked.status, checked.include_lines) == (ImportStatus.IMPORTING, [])


def test_another_staff_members_import_is_not_found(client, checked):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    response = choose(client, checked, include=["5"])

    assert response.status_code == 404
    checked.refresh_from_db()
    assert (checked.status, checked.include_lines) == (ImportStatus.PREVIEW_READY, [])


def test_staff_who_may_not_add_questions_are_refused(client, checked):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_question"))
    client.force_login(viewer)

    response = client.post(
        page_url(checked, "confirm"), {"lines_from": 1, "lines_to": 10, "include": ["5"]}
    )

    assert response.status_code == 403
    checked.refresh_from_db()
    assert checked.include_lines == []


def test_visitors_are_sent_to_the_login(client, checked):
    client.logout()

    response = client.post(page_url(checked, "confirm"), {"lines_from": 1, "lines_to": 10})

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    checked.refresh_from_db()
    assert checked.status == ImportStatus.PREVIEW_READY
