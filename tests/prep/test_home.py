import pytest

from questions.models import Status
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def test_it_explains_the_product_to_a_visitor(client, topic):
    QuestionFactory.create_batch(3, topic=topic)
    QuestionFactory(topic=topic, status=Status.DRAFT)

    response = client.get("/")

    assert response.status_code == 200
    assert b"Create a free account" in response.content
    assert b"Browse 3 questions" in response.content
    assert topic.name.encode() in response.content


def test_it_greets_a_signed_in_user_and_links_into_their_work(client, user):
    client.force_login(user)

    response = client.get("/")

    assert f"Welcome back, {user.name}".encode() in response.content
    assert b"Create a free account" not in response.content
    assert b'href="/practice/session/?scope=due"' in response.content
    assert b'href="/progress/"' in response.content
