"""Every page counts the same live cards, and no page links to a question the user cannot open."""

import datetime as dt
import re

import pytest

from prep.practice.models import Bookmark, Card, Review
from questions.models import Status, Visibility
from tests.factories import (
    CardFactory,
    QuestionFactory,
    QuestionSetFactory,
    SetItemFactory,
    UserFactory,
)
from tests.practice.helpers import REVEAL_URL, SESSION_URL, grade_url, hidden_fields, html

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def signed_in(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


def due_numbers(client) -> dict[str, int]:
    """The due count as each page states it."""
    landing = re.search(r"(\d+) reviews? due now", html(client.get("/")))
    home = re.search(r"(\d+) reviews? due", html(client.get("/practice/")))
    progress = re.search(
        r'<span class="stat-value">(\d+)</span><span class="stat-label">due now',
        html(client.get("/progress/")),
    )
    session = re.search(r"(\d+) due</span>", html(client.get(SESSION_URL, {"scope": "due"})))
    return {
        name: int(found.group(1)) if found else 0
        for name, found in [
            ("landing", landing),
            ("practice", home),
            ("progress", progress),
            ("session", session),
        ]
    }


def test_an_archived_question_stops_being_due_everywhere(signed_in, user, topic):
    cards = [
        CardFactory(
            user=user,
            question=QuestionFactory(topic=topic, prompt=f"Due question {n}?"),
            last_review=NOON - dt.timedelta(days=20),
            lapses=9,  # leeches too, so the leech list shows them
        )
        for n in range(3)
    ]
    assert set(due_numbers(signed_in).values()) == {3}

    archived = cards[0].question
    archived.status = Status.ARCHIVED
    archived.save()

    assert set(due_numbers(signed_in).values()) == {2}
    for url in ("/", "/practice/", "/progress/", f"{SESSION_URL}?scope=due"):
        assert archived.get_absolute_url() not in html(signed_in.get(url)), url


def test_a_card_left_open_on_an_archived_question_cannot_be_graded(signed_in, user, topic):
    card = CardFactory(user=user, question=QuestionFactory(topic=topic))
    card.question.status = Status.ARCHIVED
    card.question.save()

    data = {"scope": "due", "rating": "3", "reps": str(card.reps)}
    assert signed_in.post(grade_url(card.question), data).status_code == 404
    assert not Review.objects.exists()


def test_an_archived_question_stays_in_the_review_history_without_a_link(signed_in, user, topic):
    question = QuestionFactory(topic=topic, prompt="What does VACUUM do?")
    card = CardFactory(user=user, question=question)
    Review.objects.create(
        user=user,
        card=card,
        question=question,
        sequence=0,
        rating=3,
        reviewed_at=NOON,
        state_before=0,
        due_after=NOON,
    )
    question.status = Status.ARCHIVED
    question.save()

    progress = html(signed_in.get("/progress/"))

    assert "What does VACUUM do?" in progress
    assert "no longer in the bank" in progress
    assert question.get_absolute_url() not in progress


@pytest.fixture
def link_set(user):
    """An interviewer's link-shared set holding one of their private questions."""
    interviewer = UserFactory()
    question = QuestionFactory(owner=interviewer, prompt="How would you shard the orders table?")
    shared = QuestionSetFactory(owner=interviewer, visibility=Visibility.LINK, title="Onsite")
    SetItemFactory(question_set=shared, question=question)
    return shared, question


def test_a_candidate_practising_a_link_set_can_open_bookmark_and_grade_its_questions(
    signed_in, user, link_set
):
    shared, question = link_set
    scope = f"set:{shared.public_id}"

    card_page = signed_in.get(SESSION_URL, {"scope": scope})
    revealed = signed_in.post(
        REVEAL_URL, {"scope": scope, "question": question.slug, "typed_answer": ""}
    )
    bookmark = signed_in.post(f"/practice/q/{question.slug}/bookmark/")
    page = signed_in.get(question.get_absolute_url())
    note = signed_in.get(f"/practice/q/{question.slug}/note/")
    grade = signed_in.post(
        grade_url(question), {**hidden_fields(revealed, grade_url(question)), "rating": "3"}
    )

    assert "How would you shard the orders table?" in html(card_page)
    assert (revealed.status_code, bookmark.status_code, grade.status_code) == (200, 302, 302)
    assert (page.status_code, note.status_code) == (200, 200)
    assert Bookmark.objects.filter(user=user, question=question).exists()
    assert Review.objects.filter(user=user, question=question).count() == 1


def test_a_link_sets_question_is_graded_again_from_its_card(signed_in, user, link_set):
    shared, question = link_set
    shared.open_for(user)
    card = CardFactory(user=user, question=question, last_review=NOON - dt.timedelta(days=20))

    data = {"scope": f"set:{shared.public_id}", "rating": "3", "reps": str(card.reps)}
    assert signed_in.post(grade_url(question), data).status_code == 302
    assert Review.objects.get(user=user).card == card


def test_someone_without_the_link_cannot_reach_its_private_questions(signed_in, link_set):
    _, question = link_set

    page = signed_in.get(question.get_absolute_url())
    bookmark = signed_in.post(f"/practice/q/{question.slug}/bookmark/")
    grade = signed_in.post(grade_url(question), {"scope": "due", "rating": "3", "reps": "0"})

    assert (page.status_code, bookmark.status_code, grade.status_code) == (404, 404, 404)
    assert not Review.objects.exists()


def test_a_set_made_private_again_takes_its_cards_out_of_the_candidates_reviews(
    signed_in, user, link_set
):
    shared, question = link_set
    shared.open_for(user)
    CardFactory(user=user, question=question, last_review=NOON - dt.timedelta(days=20))
    assert due_numbers(signed_in)["session"] == 1

    shared.visibility = Visibility.PRIVATE
    shared.save()

    assert set(due_numbers(signed_in).values()) == {0}
    assert signed_in.get(question.get_absolute_url()).status_code == 404
    # a card page left open: its card cannot be graded either
    data = {"scope": "due", "rating": "3", "reps": str(Card.objects.get(user=user).reps)}
    assert signed_in.post(grade_url(question), data).status_code == 404
    assert not Review.objects.exists()
