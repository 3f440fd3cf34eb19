"""Several topics in one session ("topics:async,databases"): the first session after
onboarding covers every topic chosen, and the chooser offers "My topics"."""

import datetime as dt

import pytest

from prep.practice.scopes import MAX_TOPICS, Scope
from questions.models import Status
from tests.factories import CardFactory, QuestionFactory, TopicFactory
from tests.practice.helpers import (
    SESSION_URL,
    grade_url,
    html,
    progress_line,
    shown_prompt,
)

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
ONBOARDING_URL = "/progress/welcome/"


@pytest.fixture
def owner(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


@pytest.fixture
def topics():
    return (
        TopicFactory(name="Async", slug="async", order=1),
        TopicFactory(name="Databases", slug="databases", order=2),
        TopicFactory(name="Security", slug="security", order=3),
    )


def grade_through(client, scope: str, count: int) -> list[str]:
    """Grade `count` cards "Easy" in a row (no learning step brings one back): their prompts."""
    response = client.get(SESSION_URL, {"scope": scope})
    shown = []
    for _ in range(count):
        prompt = shown_prompt(response)
        if prompt is None:
            break
        shown.append(prompt)
        question = QuestionFactory._meta.model.objects.get(prompt=prompt)
        reps = str(question.cards.first().reps) if question.cards.exists() else "0"
        response = client.post(
            grade_url(question),
            {"scope": scope, "rating": "4", "reps": reps},
            HTTP_HX_REQUEST="true",
        )
    return shown


def test_new_questions_take_turns_between_the_chosen_topics(owner, topics):
    async_, databases, security = topics
    for n in range(3):
        QuestionFactory(topic=async_, prompt=f"Async {n}")
        QuestionFactory(topic=databases, prompt=f"Databases {n}")
        QuestionFactory(topic=security, prompt=f"Security {n}")

    shown = grade_through(owner, "topics:async,databases", count=10)

    assert shown == ["Async 0", "Databases 0", "Async 1", "Databases 1", "Async 2", "Databases 2"]


def test_it_shows_the_due_cards_of_every_chosen_topic_and_no_other(owner, user, topics):
    for topic in topics:
        CardFactory(
            user=user,
            question=QuestionFactory(topic=topic, prompt=f"Due in {topic.name}"),
            due=NOON - dt.timedelta(hours=1),
        )

    response = owner.get(SESSION_URL, {"scope": "topics:databases,async"})

    assert "<title>Practice: Async, Databases · Interview Prep</title>" in html(response)
    assert progress_line(response) == "2 due · 0 new left"
    assert shown_prompt(response) in {"Due in Async", "Due in Databases"}


def test_it_never_shows_questions_the_user_may_not_open(owner, outsider, topics):
    async_, databases, _ = topics
    QuestionFactory(topic=async_, owner=outsider, prompt="Their private question")
    QuestionFactory(topic=databases, status=Status.DRAFT, prompt="A draft")

    response = owner.get(SESSION_URL, {"scope": "topics:async,databases"})

    assert response.status_code == 200
    assert shown_prompt(response) is None
    assert "Their private question" not in html(response)
    assert "A draft" not in html(response)


def test_it_reads_each_topic_once(topics):
    assert Scope.parse("topics:async,databases,async") == Scope("topics", "async,databases")


@pytest.mark.parametrize(
    "scope",
    [
        "topics:",
        "topics:,",
        "topics:async,,databases",
        "topics:async,unknown",
        "topics:async\x00",
        "topics:<script>",
        "topics:async;databases",
        "topics:" + ",".join(f"t{n}" for n in range(MAX_TOPICS + 1)),
    ],
)
def test_it_404s_for_a_malformed_or_unknown_list_of_topics(owner, topics, scope):
    QuestionFactory(topic=topics[0], prompt="Async question")

    assert owner.get(SESSION_URL, {"scope": scope}).status_code == 404
    # A NUL byte in a form is refused before the view (400), like any other.
    assert owner.post(grade_url(QuestionFactory()), {"scope": scope}).status_code in {400, 404}


def test_onboarding_starts_a_session_over_every_chosen_topic(owner, user, topics):
    async_, _, security = topics

    response = owner.post(
        ONBOARDING_URL,
        {"target_topics": [str(security.pk), str(async_.pk)], "new_per_day": "10"},
    )

    assert response.status_code == 302
    assert response.url == "/practice/session/?scope=topics:async,security"


def test_one_chosen_topic_is_a_topic_session(owner, topics):
    response = owner.post(
        ONBOARDING_URL, {"target_topics": [str(topics[1].pk)], "new_per_day": "5"}
    )

    assert response.url == "/practice/session/?scope=topic:databases"


def test_the_chooser_offers_my_topics_with_their_counts(owner, user, preferences, topics):
    async_, databases, security = topics
    preferences.target_topics.set([async_, databases])
    QuestionFactory(topic=async_)
    QuestionFactory(topic=databases)
    QuestionFactory(topic=security)
    CardFactory(
        user=user, question=QuestionFactory(topic=databases), due=NOON - dt.timedelta(hours=1)
    )

    page = html(owner.get("/practice/"))

    assert (
        '<a class="button" href="/practice/session/?scope=topics:async,databases">My topics '
        '<span class="count">(1 due · 2 new)</span></a>'
    ) in page
    assert "Your topics: Async, Databases" in page


def test_the_chooser_has_no_my_topics_without_chosen_topics(owner, topics):
    assert "My topics" not in html(owner.get("/practice/"))
