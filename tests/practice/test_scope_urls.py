"""Every link into practice is built one way, and leads back to the same scope."""

import pytest

from prep.practice.scopes import Scope
from questions.models import Visibility
from tests.factories import QuestionSetFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("scope", "url"),
    [
        (Scope(), "/practice/session/?scope=due"),
        (Scope("topic", "async"), "/practice/session/?scope=topic:async"),
        (Scope("level", "senior"), "/practice/session/?scope=level:senior"),
        (Scope("topics", "async,databases"), "/practice/session/?scope=topics:async,databases"),
        (Scope("ahead", "topic:async"), "/practice/session/?scope=ahead:topic:async"),
        (Scope("ahead", "due"), "/practice/session/?scope=ahead:due"),
    ],
)
def test_it_builds_the_session_url_of_a_scope(scope, url):
    assert scope.session_url() == url
    assert Scope.parse(url.split("scope=")[1]) == scope


def test_it_links_the_chooser_to_each_of_the_users_sets(client, user):
    question_set = QuestionSetFactory(owner=user, title="Onsite at Acme")
    client.force_login(user)

    page = client.get("/practice/").content.decode()

    assert f'href="{Scope.for_set(question_set).session_url()}">Onsite at Acme</a>' in page


def test_it_offers_own_and_shared_sets_but_not_the_whole_directory(client, user, outsider):
    shared = QuestionSetFactory(owner=outsider, visibility=Visibility.LINK, title="Shared kit")
    shared.open_for(user)
    QuestionSetFactory(owner=outsider, visibility=Visibility.PUBLIC, title="Someone's public set")
    QuestionSetFactory(owner=user, title="My list")
    client.force_login(user)

    page = client.get("/practice/").content.decode()

    assert "Shared kit" in page and "My list" in page
    assert "Someone's public set" not in page
