"""The bank's pages are kept while the bank is unchanged: a change shows at once, and a
filter of the user's own is never kept."""

import pytest

from questions.models import Question, Status
from tests.factories import BookmarkFactory, QuestionFactory, UserFactory
from tests.questions.test_views import LIST_URL, listed, result_count


def test_a_question_published_since_is_listed_at_once(client, topic):
    QuestionFactory(topic=topic, prompt="What is a mutex?")
    assert listed(client.get(LIST_URL, {"q": "mutex"})) == ["What is a <mark>mutex</mark>?"]

    QuestionFactory(topic=topic, prompt="When is a mutex not enough?")

    page = client.get(LIST_URL, {"q": "mutex"})
    assert result_count(page) == "2 questions matching “mutex”"
    assert len(listed(page)) == 2


def test_a_bulk_change_by_the_admin_shows_at_once(admin_client, client, topic):
    questions = QuestionFactory.create_batch(3, topic=topic, prompt="Why use a queue?")
    assert len(listed(client.get(LIST_URL))) == 3

    admin_client.post(
        "/admin/questions/question/",
        {"action": "archive", "_selected_action": [questions[0].pk]},
    )

    assert Question.objects.get(pk=questions[0].pk).status == Status.ARCHIVED
    assert len(listed(client.get(LIST_URL))) == 2


def test_a_question_gone_without_a_signal_is_still_never_shown(client, topic):
    kept, gone = QuestionFactory.create_batch(2, topic=topic)
    client.get(LIST_URL)  # the page is kept with both

    Question.objects.filter(pk=gone.pk).update(status=Status.ARCHIVED)  # no signal

    assert listed(client.get(LIST_URL)) == [kept.prompt]


@pytest.mark.django_db
def test_a_filter_of_the_users_own_is_never_kept(client, topic):
    user = UserFactory()
    first, second = QuestionFactory.create_batch(2, topic=topic)
    BookmarkFactory(user=user, question=first)
    client.force_login(user)
    assert listed(client.get(LIST_URL, {"state": "bookmarked"})) == [first.prompt]

    BookmarkFactory(user=user, question=second)  # not a change to the bank

    assert len(listed(client.get(LIST_URL, {"state": "bookmarked"}))) == 2
