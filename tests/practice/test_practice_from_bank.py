"""Practise from anywhere: one question ("Practise this") or the bank's matches ("Practise
these"), as a session over exactly those questions."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from prep.practice.models import Review
from prep.practice.scopes import Scope
from questions.models import Status
from tests.factories import (
    CardFactory,
    QuestionFactory,
    QuestionSetFactory,
    SetItemFactory,
    TopicFactory,
)
from tests.practice.helpers import (
    LOGIN_URL,
    SESSION_URL,
    grade_url,
    html,
    progress_line,
    shown_prompt,
)

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
THESE_URL = "/practice/these/"


@pytest.fixture
def owner(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


def scope_of(response) -> str:
    """The scope a redirect to the practice session carries."""
    assert response.status_code == 302
    url = urlsplit(response.url)
    assert url.path == SESSION_URL
    return parse_qs(url.query)["scope"][0]


# --- practise this ---------------------------------------------------------------------


def test_it_practises_one_question_named_by_its_title(owner, topic):
    QuestionFactory(topic=topic, prompt="Another question, first in topic order")
    question = QuestionFactory(
        topic=topic, prompt="How does the `event loop` run?\n\n```py\nx\n```"
    )
    scope = str(Scope.for_question(question))

    response = owner.get(SESSION_URL, {"scope": scope})
    grade = owner.post(grade_url(question), {"scope": scope, "rating": "3", "reps": "0"})

    assert response.status_code == 200
    assert "How does the <code>event loop</code> run?" in shown_prompt(response)
    assert "<title>Practice: How does the event loop run? · Interview Prep</title>" in html(
        response
    )
    assert grade.status_code == 302
    assert Review.objects.get().question == question


def test_it_is_done_with_one_question_once_it_is_graded(owner, user, question):
    CardFactory(user=user, question=question, due=NOON + dt.timedelta(days=3))

    response = owner.get(SESSION_URL, {"scope": f"question:{question.slug}"})

    assert shown_prompt(response) is None


def test_practise_this_studies_a_scheduled_question_ahead_once(owner, user, question):
    CardFactory(
        user=user,
        question=question,
        last_review=NOON - dt.timedelta(days=3),
        due=NOON + dt.timedelta(days=3),
    )
    scope = f"question:{question.slug}"

    shown = owner.get(SESSION_URL, {"scope": scope})
    graded = owner.post(
        grade_url(question), {"scope": scope, "rating": "3", "reps": "3"}, HTTP_HX_REQUEST="true"
    )

    assert shown_prompt(shown) == question.prompt
    assert "studied ahead: due" in html(shown)
    assert shown_prompt(graded) is None  # once a sitting
    assert Review.objects.get().question == question


@pytest.mark.parametrize("status", [Status.DRAFT, Status.ARCHIVED])
def test_it_404s_for_a_question_the_user_may_not_open(owner, topic, status):
    hidden = QuestionFactory(topic=topic, status=status, prompt="Hidden question")

    response = owner.get(SESSION_URL, {"scope": f"question:{hidden.slug}"})

    assert response.status_code == 404
    assert b"Hidden question" not in response.content


def test_it_404s_for_another_users_private_question(owner, outsider, topic):
    private = QuestionFactory(topic=topic, owner=outsider, prompt="Their private question")
    kit = QuestionSetFactory(owner=outsider)
    SetItemFactory(question_set=kit, question=private)

    response = owner.get(SESSION_URL, {"scope": f"question:{private.slug}"})

    assert response.status_code == 404
    assert b"Their private question" not in response.content


def test_it_sends_an_anonymous_visitor_to_log_in_and_back_to_the_question(client, question):
    url = Scope.for_question(question).session_url()

    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_URL)
    assert parse_qs(urlsplit(response.url).query)["next"] == [url]


# --- practise these --------------------------------------------------------------------


def test_it_practises_the_matches_of_a_search_in_the_order_shown(owner, topic):
    later = TopicFactory(order=9)
    QuestionFactory(topic=topic, prompt="What is a database index?")
    QuestionFactory(topic=later, prompt="How is the event loop scheduled?", answer="loop")
    QuestionFactory(topic=topic, prompt="Why block the event loop?", answer="never")

    scope = scope_of(owner.get(THESE_URL, {"q": "event loop"}))
    response = owner.get(SESSION_URL, {"scope": scope})

    assert scope.startswith("search:")
    assert "<title>Practice: Search: event loop · Interview Prep</title>" in html(response)
    assert shown_prompt(response) in {
        "How is the event loop scheduled?",
        "Why block the event loop?",
    }
    assert "1 new left" in html(response) or "2 new left" in html(response)


def test_it_keeps_exactly_the_questions_matched_when_clicked(owner, user, topic):
    first = QuestionFactory(topic=topic, prompt="Event loop one")
    scope = scope_of(owner.get(THESE_URL, {"q": "event loop", "state": "new"}))
    QuestionFactory(topic=topic, prompt="Event loop two, published since")

    response = owner.get(SESSION_URL, {"scope": scope})
    grade = owner.post(grade_url(first), {"scope": scope, "rating": "1", "reps": "0"})
    again = owner.get(SESSION_URL, {"scope": scope})

    assert shown_prompt(response) == "Event loop one"
    assert grade.status_code == 302
    # Graded Again, it is no longer "new to me", and still comes back in this session.
    assert shown_prompt(again) == "Event loop one"


def test_a_grade_outside_the_matches_counts_and_the_matches_go_on(owner, topic):
    # A grade is the user's own on a question they may open, whatever the scope; the scope
    # only decides what comes next (prep/practice/views/practice.py: _graded_question).
    QuestionFactory(topic=topic, prompt="Event loop")
    outside = QuestionFactory(topic=topic, prompt="Database index")
    scope = scope_of(owner.get(THESE_URL, {"q": "event loop"}))

    response = owner.post(
        grade_url(outside), {"scope": scope, "rating": "4", "reps": "0"}, HTTP_HX_REQUEST="true"
    )

    assert Review.objects.get().question == outside
    assert shown_prompt(response) == "Event loop"


def test_it_filters_the_matches_by_the_users_state(owner, user, outsider, topic):
    due = QuestionFactory(topic=topic, prompt="Due for me")
    QuestionFactory(topic=topic, prompt="Never seen")
    CardFactory(user=user, question=due, due=NOON - dt.timedelta(hours=1))
    CardFactory(user=outsider, question=QuestionFactory(topic=topic, prompt="Due for them"))

    scope = scope_of(owner.get(THESE_URL, {"state": "due", "topic": topic.slug}))
    response = owner.get(SESSION_URL, {"scope": scope})

    assert shown_prompt(response) == "Due for me"
    assert f"Practice: Bank · {topic.name} · Due for review" in html(response)
    assert progress_line(response) == "1 due · 0 new left"


def test_it_takes_at_most_the_first_matches_in_the_order_shown(owner, user, topic, monkeypatch):
    monkeypatch.setattr("prep.practice.views.bank.MAX_PICKED", 3)
    questions = [QuestionFactory(topic=topic, prompt=f"Question {n}") for n in range(5)]

    scope = scope_of(owner.get(THESE_URL, {"sort": "newest"}))

    picked = Scope.parse(scope).pool(user).questions
    assert set(picked) == set(questions[2:])
    assert shown_prompt(owner.get(SESSION_URL, {"scope": scope})) == "Question 4"


def test_it_leaves_out_a_match_archived_since(owner, topic):
    archived = QuestionFactory(topic=topic, prompt="Event loop, archived since")
    QuestionFactory(topic=topic, prompt="Event loop, still here")
    scope = scope_of(owner.get(THESE_URL, {"q": "event loop"}))
    archived.status = Status.ARCHIVED
    archived.save()

    response = owner.get(SESSION_URL, {"scope": scope})
    grade = owner.post(grade_url(archived), {"scope": scope, "rating": "3", "reps": "0"})

    assert shown_prompt(response) == "Event loop, still here"
    assert grade.status_code == 404


def test_it_never_shows_another_users_private_question_named_in_a_scope(owner, outsider, topic):
    private = QuestionFactory(topic=topic, owner=outsider, prompt="Their private question")
    scope = str(Scope.for_search("Search: private", [private.pk]))

    response = owner.get(SESSION_URL, {"scope": scope})

    assert response.status_code == 200
    assert shown_prompt(response) is None
    assert b"Their private question" not in response.content


def test_it_goes_back_to_the_bank_when_nothing_matches(owner, question):
    response = owner.get(THESE_URL, {"q": "kubernetes"}, follow=True)

    assert response.redirect_chain[-1][0] == "/questions/?q=kubernetes"
    assert "No question matches these filters: nothing to practise." in html(response)


@pytest.mark.parametrize(
    "params",
    [{"state": "wizard"}, {"page": "abc"}, {"page": "99999"}, {"sort": "x"}, {"topic": "nope"}],
)
def test_it_leaves_out_bad_filters_and_practises_the_rest(owner, question, params):
    scope = scope_of(owner.get(THESE_URL, params))

    assert shown_prompt(owner.get(SESSION_URL, {"scope": scope})) == question.prompt


def test_it_sends_an_anonymous_visitor_to_log_in_and_back_to_the_search(client, question):
    response = client.get(THESE_URL, {"q": "feature", "state": "new"})

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_URL)
    assert parse_qs(urlsplit(response.url).query)["next"] == [f"{THESE_URL}?q=feature&state=new"]


def test_it_refuses_to_post(owner):
    assert owner.post(THESE_URL).status_code == 405
