"""Notes and bookmarks on the revealed card: in place with htmx, and without JavaScript
the card comes back revealed with what was typed."""

import pytest

from prep.practice.models import Bookmark, Note
from tests.factories import QuestionFactory
from tests.practice.helpers import REVEAL_URL, html

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


def test_without_javascript_bookmarking_keeps_the_revealed_card_and_the_typed_text(owner, user):
    question = QuestionFactory(answer="The answer text.")

    response = owner.post(
        REVEAL_URL,
        {
            "scope": "due",
            "question": question.slug,
            "typed_answer": "My half-remembered answer",
            "toggle_bookmark": "1",
        },
    )

    page = html(response)
    assert response.status_code == 200
    assert "The answer text." in page
    assert "My half-remembered answer" in page
    assert "★ Bookmarked" in page
    assert Bookmark.objects.filter(user=user, question=question).exists()


def test_the_revealed_card_edits_the_note_in_place(owner, user):
    question = QuestionFactory()
    revealed = html(owner.post(REVEAL_URL, {"scope": "due", "question": question.slug}))
    assert "Your note (none yet)" in revealed
    assert f'hx-post="/practice/q/{question.slug}/note/"' in revealed

    saved = owner.post(
        f"/practice/q/{question.slug}/note/",
        {"text": "Remember: **TaskGroup** cancels siblings.", "next": "/practice/session/"},
        headers={"HX-Request": "true"},
    )

    assert '<span class="saved" role="status">Saved.</span>' in html(saved)
    assert "<h1>" not in html(saved)
    assert Note.objects.get(user=user, question=question).text.startswith("Remember")
