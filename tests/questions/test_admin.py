import re
from dataclasses import dataclass

import pytest
from django.contrib.messages import constants

from questions.models import Level, Question, Source, Status, Topic
from tests.factories import QuestionFactory, SourceFactory, SourceReferenceFactory, TopicFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/questions/question/"


@dataclass
class Bank:
    asyncio: Topic
    security: Topic
    handbook: Source
    notes: Source
    scheduling: Question
    csrf: Question
    private: Question


@pytest.fixture
def bank(outsider) -> Bank:
    asyncio = TopicFactory(name="Async", slug="async")
    security = TopicFactory(name="Security", slug="security")
    handbook = SourceFactory(title="Backend handbook")
    notes = SourceFactory(title="Interview notes")
    scheduling = QuestionFactory(
        prompt="How does asyncio schedule tasks?",
        answer="With an event loop.",
        status=Status.PUBLISHED,
        topic=asyncio,
        level=Level.SENIOR,
    )
    csrf = QuestionFactory(
        prompt="What is CSRF?",
        answer="A forged cross-site request.",
        status=Status.DRAFT,
        topic=security,
        level=Level.JUNIOR,
    )
    private = QuestionFactory(
        prompt="My own question", status=Status.PUBLISHED, topic=asyncio, owner=outsider
    )
    SourceReferenceFactory(question=scheduling, source=handbook, line=4)
    SourceReferenceFactory(question=scheduling, source=notes, line=9)
    SourceReferenceFactory(question=csrf, source=notes, line=30)
    return Bank(asyncio, security, handbook, notes, scheduling, csrf, private)


def rows(response) -> dict[str, str]:
    """Each listed question's prompt and its "Sources" column."""
    html = response.content.decode()
    prompts = re.findall(r'<th class="field-prompt_short"><a href="[^"]*">(.*?)</a>', html)
    counts = re.findall(r'<td class="field-source_count">(\d+)</td>', html)
    return dict(zip(prompts, counts, strict=True))


def run_action(client, action: str, questions: list[Question]):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [question.pk for question in questions]},
        follow=True,
    )


def shown_messages(response) -> list[tuple[str, int]]:
    return [(message.message, message.level) for message in response.context["messages"]]


def statuses() -> dict[str, str]:
    return dict(Question.objects.values_list("prompt", "status"))


# --- the changelist -------------------------------------------------------------


def test_it_lists_every_question_with_its_distinct_source_count(client, staff, bank):
    client.force_login(staff)

    response = client.get(CHANGELIST)

    assert response.status_code == 200
    assert rows(response) == {
        "How does asyncio schedule tasks?": "2",
        "What is CSRF?": "1",
        "My own question": "0",
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (lambda bank: {"status__exact": "draft"}, {"What is CSRF?": "1"}),
        (
            lambda bank: {"status__exact": "published"},
            {"How does asyncio schedule tasks?": "2", "My own question": "0"},
        ),
        (lambda bank: {"topic__id__exact": bank.security.pk}, {"What is CSRF?": "1"}),
        (lambda bank: {"level__exact": "senior"}, {"How does asyncio schedule tasks?": "2"}),
        (
            lambda bank: {"references__source__id__exact": bank.handbook.pk},
            {"How does asyncio schedule tasks?": "2"},
        ),
        (
            lambda bank: {"references__source__id__exact": bank.notes.pk},
            {"How does asyncio schedule tasks?": "2", "What is CSRF?": "1"},
        ),
        (
            lambda bank: {"owner__isempty": "1"},
            {"How does asyncio schedule tasks?": "2", "What is CSRF?": "1"},
        ),
        (lambda bank: {"owner__isempty": "0"}, {"My own question": "0"}),
        (lambda bank: {"q": "forged"}, {"What is CSRF?": "1"}),
        (lambda bank: {"q": "schedule"}, {"How does asyncio schedule tasks?": "2"}),
        (
            lambda bank: {"q": "asyncio", "status__exact": "published", "level__exact": "senior"},
            {"How does asyncio schedule tasks?": "2"},
        ),
    ],
)
def test_it_filters_and_searches_the_changelist(client, staff, bank, params, expected):
    client.force_login(staff)

    response = client.get(CHANGELIST, params(bank))

    assert response.status_code == 200
    assert rows(response) == expected


def test_it_offers_a_filter_link_for_each_source(client, staff, bank):
    client.force_login(staff)

    html = client.get(CHANGELIST).content.decode()

    assert f"?references__source__id__exact={bank.handbook.pk}" in html
    assert f"?references__source__id__exact={bank.notes.pk}" in html


# --- the change page ------------------------------------------------------------


def test_it_previews_the_answer_as_rendered_markdown(client, staff, topic):
    question = QuestionFactory(
        topic=topic,
        answer="Use **gather**:\n\n```python\nawait gather(a())\n```\n\n<script>alert(1)</script>",
    )
    client.force_login(staff)

    html = client.get(f"/admin/questions/question/{question.pk}/change/").content.decode()

    [preview] = re.findall(r'<div class="readonly">(<div class="markdown">.*?</div>)', html, re.S)
    assert "<p>Use <strong>gather</strong>:</p>" in preview
    assert '<span class="k">await</span>' in preview
    assert "<script>alert(1)" not in html


def test_it_previews_no_answer_as_a_dash(client, staff, topic):
    question = QuestionFactory(topic=topic, answer="")
    client.force_login(staff)

    html = client.get(f"/admin/questions/question/{question.pk}/change/").content.decode()

    assert re.search(r"<label>Rendered answer:</label>\s*<div class=\"readonly\">—</div>", html)


def test_it_shows_the_sources_a_question_was_seen_in(client, staff, bank):
    SourceReferenceFactory(
        question=bank.csrf, source=bank.handbook, line=77, original_prompt="Explain CSRF tokens"
    )
    client.force_login(staff)

    html = client.get(f"/admin/questions/question/{bank.csrf.pk}/change/").content.decode()

    assert "Seen in (sources)" in html
    assert f'<a href="/admin/questions/source/{bank.handbook.pk}/change/">Backend handbook</a>' in (
        html
    )
    assert f'<a href="/admin/questions/source/{bank.notes.pk}/change/">Interview notes</a>' in html
    assert "<p>Explain CSRF tokens</p>" in html


# --- bulk actions ---------------------------------------------------------------


def test_it_publishes_answered_questions_and_leaves_unanswered_ones(client, staff, topic):
    answered = QuestionFactory(prompt="Answered", answer="Yes.", status=Status.DRAFT, topic=topic)
    unanswered = QuestionFactory(
        prompt="Unanswered", answer="", status=Status.NEEDS_ANSWER, topic=topic
    )
    QuestionFactory(prompt="Not selected", answer="Yes.", status=Status.DRAFT, topic=topic)
    client.force_login(staff)

    response = run_action(client, "publish", [answered, unanswered])

    assert response.status_code == 200
    assert statuses() == {
        "Answered": Status.PUBLISHED,
        "Unanswered": Status.NEEDS_ANSWER,
        "Not selected": Status.DRAFT,
    }
    assert shown_messages(response) == [
        ("1 question(s) published.", constants.SUCCESS),
        ("1 question(s) without an answer were left as they are.", constants.WARNING),
    ]


def test_it_publishes_without_a_warning_when_all_are_answered(client, staff, topic):
    first = QuestionFactory(prompt="First", answer="A.", status=Status.DRAFT, topic=topic)
    second = QuestionFactory(prompt="Second", answer="B.", status=Status.ARCHIVED, topic=topic)
    client.force_login(staff)

    response = run_action(client, "publish", [first, second])

    assert statuses() == {"First": Status.PUBLISHED, "Second": Status.PUBLISHED}
    assert shown_messages(response) == [("2 question(s) published.", constants.SUCCESS)]


def test_it_archives_selected_questions(client, staff, topic):
    old = QuestionFactory(prompt="Old", status=Status.PUBLISHED, topic=topic)
    QuestionFactory(prompt="Kept", status=Status.PUBLISHED, topic=topic)
    client.force_login(staff)

    response = run_action(client, "archive", [old])

    assert statuses() == {"Old": Status.ARCHIVED, "Kept": Status.PUBLISHED}
    assert shown_messages(response) == [("1 question(s) archived.", constants.SUCCESS)]


def test_it_marks_selected_questions_as_needing_an_answer(client, staff, topic):
    weak = QuestionFactory(prompt="Weak answer", status=Status.PUBLISHED, topic=topic)
    draft = QuestionFactory(prompt="Draft", status=Status.DRAFT, topic=topic)
    QuestionFactory(prompt="Good answer", status=Status.PUBLISHED, topic=topic)
    client.force_login(staff)

    response = run_action(client, "mark_needs_answer", [weak, draft])

    assert statuses() == {
        "Weak answer": Status.NEEDS_ANSWER,
        "Draft": Status.NEEDS_ANSWER,
        "Good answer": Status.PUBLISHED,
    }
    assert shown_messages(response) == [
        ("2 question(s) marked as needing an answer.", constants.SUCCESS)
    ]


# --- who gets in ----------------------------------------------------------------


@pytest.mark.parametrize("url", ["/admin/", CHANGELIST])
def test_it_sends_a_signed_in_non_staff_user_away(client, user, url):
    client.force_login(user)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_it_sends_an_anonymous_visitor_away(client):
    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_it_ignores_a_bulk_action_from_a_non_staff_user(client, user, topic):
    draft = QuestionFactory(prompt="Draft", answer="Yes.", status=Status.DRAFT, topic=topic)
    client.force_login(user)

    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]})

    assert response.status_code == 302
    assert statuses() == {"Draft": Status.DRAFT}


def test_a_bulk_publish_shows_on_the_landing_at_once(client, staff, topic):
    draft = QuestionFactory(
        prompt="Freshly published?", answer="A.", status=Status.DRAFT, topic=topic
    )
    assert "Freshly published?" not in client.get("/").content.decode()  # the summary is cached
    client.force_login(staff)

    run_action(client, "publish", [draft])

    client.logout()
    assert "Freshly published?" in client.get("/").content.decode()
