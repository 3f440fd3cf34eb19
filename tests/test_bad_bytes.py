"""NUL bytes and impossible dates anywhere a person can type: a clear answer, never a 500
(security issue, finding 6)."""

import pytest
from django.urls import reverse

from tests.factories import QuestionFactory, QuestionSetFactory

pytestmark = pytest.mark.django_db
NUL = "bad\x00text"


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/questions/?q=" + "%00",
        "/questions/?q=a%00b&topic=%00&level=%00",
        "/questions/bad%00slug/",
        "/sets/?q=%00",
        "/practice/session/?scope=%00",
        "/practice/session/?scope=topic:%00",
        "/practice/session/?scope=due&show=a%00b",
        "/sets/add/?question=a%00b&next=%00",
        "/interviews/invitation/%00/",
    ],
)
def test_a_nul_byte_in_a_url_is_never_a_500(signed_in, path):
    assert signed_in.get(path).status_code in (200, 302, 400, 404)


def test_a_nul_byte_in_practice_posts_is_never_a_500(signed_in):
    question = QuestionFactory()

    reveal = signed_in.post(
        reverse("practice:reveal"),
        {"scope": "due", "question": question.slug, "typed_answer": NUL, "shown_at": NUL},
    )
    grade = signed_in.post(
        reverse("practice:grade", args=[question.slug]),
        {
            "scope": "due",
            "rating": "3",
            "reps": "0",
            "shown_at": "2026-13-45T99:99",
            "typed_answer": NUL,
        },
    )
    note = signed_in.post(reverse("practice:note", args=[question.slug]), {"text": NUL})

    assert reveal.status_code in (200, 400)
    assert grade.status_code in (200, 302, 400)
    assert note.status_code in (200, 302, 400)


@pytest.mark.parametrize("shown_at", ["2026-13-45T99:99:99", "yesterday", "9" * 40, "\x00"])
def test_an_impossible_date_in_a_hidden_field_is_never_a_500(signed_in, shown_at):
    question = QuestionFactory()

    response = signed_in.post(
        reverse("practice:grade", args=[question.slug]),
        {"scope": "due", "rating": "3", "reps": "0", "shown_at": shown_at},
    )

    assert response.status_code in (200, 302, 400)


def test_a_nul_byte_in_set_forms_is_a_form_error(signed_in, user):
    question_set = QuestionSetFactory(owner=user)

    create = signed_in.post(reverse("sets:create"), {"title": NUL, "visibility": "private"})
    edit = signed_in.post(
        reverse("sets:edit", args=[question_set.public_id]),
        {"title": "ok", "description": NUL, "visibility": "private"},
    )

    assert create.status_code in (200, 400)
    assert edit.status_code in (200, 400)


def test_a_nul_byte_in_the_profile_is_a_form_error(signed_in):
    response = signed_in.post(reverse("accounts:profile"), {"display_name": NUL, "timezone": "UTC"})

    assert response.status_code in (200, 400)


def test_a_nul_byte_at_login_is_never_a_500(client):
    response = client.post("/accounts/login/", {"login": NUL, "password": NUL})

    assert response.status_code in (200, 400)


def test_a_nul_byte_is_refused_with_a_reason_and_nothing_is_stored(signed_in, user):
    question = QuestionFactory()

    response = signed_in.post(reverse("practice:note", args=[question.slug]), {"text": NUL})

    assert response.status_code == 400
    assert "NUL character" in response.content.decode()
    assert not user.notes.exists()
