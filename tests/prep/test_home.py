import pytest

from prep.practice.models import Preferences
from questions.models import Status
from tests.factories import QuestionFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_it_explains_the_product_to_a_visitor(client, topic):
    QuestionFactory.create_batch(3, topic=topic)
    QuestionFactory(topic=topic, status=Status.DRAFT)

    response = client.get("/")

    assert response.status_code == 200
    assert b"Create a free account" in response.content
    assert b"Browse 3 questions" in response.content
    assert topic.name.encode() in response.content


def test_it_welcomes_back_a_user_who_has_practised_and_links_into_their_work(client, user):
    ReviewFactory(card__user=user)
    client.force_login(user)

    response = client.get("/")

    assert f"Welcome back, {user.name}".encode() in response.content
    assert b"Create a free account" not in response.content
    assert b'href="/practice/session/?scope=due"' in response.content
    assert b'href="/progress/"' in response.content


def test_it_welcomes_a_new_user_and_leads_them_to_set_up_their_practice(client, user):
    client.force_login(user)

    response = client.get("/")

    assert f"Welcome, {user.name}.".encode() in response.content
    assert b"Welcome back" not in response.content
    assert b'href="/progress/welcome/">Set up your practice' in response.content


def test_it_offers_a_first_session_to_a_user_who_set_up_but_has_not_practised(client, user):
    Preferences.objects.create(user=user, onboarded=True)
    client.force_login(user)

    response = client.get("/")

    assert f"Welcome, {user.name}.".encode() in response.content
    assert b"Welcome back" not in response.content
    assert b"Start your first session" in response.content
    assert b"/progress/welcome/" not in response.content
