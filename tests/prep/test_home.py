import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.practice.models import Preferences
from questions.models import Status
from tests.factories import QuestionFactory, ReviewFactory, TopicFactory

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


# --- the bank's summary, cached for every visitor ---------------------------------------


def recently_added(response) -> list[str]:
    html = response.content.decode()
    [section] = re.findall(r'<h2 id="recent-heading">.*?</ul>', html, re.S)
    return [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li>(.*?)</li>", section)]


def test_it_shows_a_newly_published_question_at_once(client, topic, clock):
    QuestionFactory(topic=topic, prompt="What is the GIL?")
    assert b"Browse 1 question<" in client.get("/").content  # now in the cache
    clock.advance(minutes=1)
    draft = QuestionFactory(topic=topic, prompt="What is an event loop?", status=Status.DRAFT)
    assert b"Browse 1 question<" in client.get("/").content

    draft.status = Status.PUBLISHED
    draft.save()
    response = client.get("/")

    assert b"Browse 2 questions" in response.content
    assert recently_added(response) == ["What is an event loop?", "What is the GIL?"]
    assert re.search(rf'{topic.name}</strong> <span class="count">2<', response.content.decode())


def test_a_signed_in_user_sees_a_newly_published_question_at_once(client, user, topic, clock):
    QuestionFactory(topic=topic, prompt="What is the GIL?")
    ReviewFactory(card__user=user, card__question__topic=topic)
    client.force_login(user)
    client.get("/")  # their greeting and the bank's summary, kept together
    clock.advance(seconds=5)

    QuestionFactory(topic=topic, prompt="What is an event loop?")
    response = client.get("/")

    assert recently_added(response)[:1] == ["What is an event loop?"]
    assert re.search(rf'{topic.name}</strong> <span class="count">3<', response.content.decode())


def test_it_drops_an_archived_or_edited_question_at_once(client, topic, clock):
    kept = QuestionFactory(topic=topic, prompt="What is the GIL?")
    clock.advance(minutes=1)
    archived = QuestionFactory(topic=topic, prompt="What is an event loop?")
    client.get("/")

    archived.status = Status.ARCHIVED
    archived.save()
    kept.prompt = "Why does the GIL exist?"
    kept.save()
    response = client.get("/")

    assert b"Browse 1 question<" in response.content
    assert recently_added(response) == ["Why does the GIL exist?"]


def test_it_shows_each_visitor_their_own_header_around_the_shared_summary(client, topic, user):
    QuestionFactory(topic=topic)
    client.force_login(user)
    signed_in = client.get("/").content.decode()
    client.logout()

    anonymous = client.get("/").content.decode()

    assert user.name in signed_in
    assert user.name not in anonymous
    assert "Log in" in anonymous
    assert topic.name in anonymous


def test_it_reads_the_summary_from_the_cache_in_one_query(client, topic, django_assert_num_queries):
    QuestionFactory.create_batch(3, topic=topic)
    client.get("/")  # fills the cache
    QuestionFactory.create_batch(27, topic=TopicFactory())  # forgets it again
    client.get("/")

    with django_assert_num_queries(1):  # the cache read
        response = client.get("/")

    assert b"Browse 30 questions" in response.content


def test_it_counts_the_bank_in_constant_queries(client, topic, django_assert_num_queries):
    QuestionFactory.create_batch(3, topic=topic)
    with CaptureQueriesContext(connection) as small:
        client.get("/")
    QuestionFactory.create_batch(30, topic=topic)
    QuestionFactory.create_batch(30, topic=TopicFactory())

    with django_assert_num_queries(len(small)):  # a cache miss: read, count, write
        response = client.get("/")

    assert b"Browse 63 questions" in response.content


def test_it_greets_a_returning_user_from_the_cached_summary_in_few_queries(
    client, user, topic, django_assert_num_queries
):
    ReviewFactory(card__user=user, card__question__topic=topic)
    client.force_login(user)
    client.get("/")  # fills the cache

    # session, user, and one read of the cache: their due count and whether they have
    # practised, kept with the bank's summary
    with django_assert_num_queries(3):
        response = client.get("/")

    assert f"Welcome back, {user.name}".encode() in response.content
