"""After a grade with HTMX, the next card is carried forward from the page kept before it
(advance.py): the page is the one worked out afresh, with fewer queries, and where the
page kept is no longer the user's latest, it is worked out afresh."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from prep.practice import advance, kept, sessions
from prep.practice.kept import VERSION_OF_USER
from prep.practice.models import Card, Preferences, Rating, Review, State
from prep.practice.views import practice
from questions import summary
from tests.factories import CardFactory, QuestionFactory
from tests.practice.helpers import (
    MOMENT,
    REVEAL_URL,
    SESSION_URL,
    grade_url,
    hidden_fields,
    html,
    progress_line,
    shown_prompt,
)

# Committed as on the site: a grade drops the user's token when it commits.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("empty_cache")]
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    Preferences.objects.create(user=user, new_per_day=1)
    QuestionFactory(prompt="Never seen")
    client.force_login(user)
    return client


def due_card(user, prompt: str, hours_ago: float, state=State.REVIEW, reps=3, **fields) -> Card:
    due = MOMENT - dt.timedelta(hours=hours_ago)
    question = QuestionFactory(prompt=prompt)
    return CardFactory(user=user, question=question, due=due, state=state, reps=reps, **fields)


def grade_with_htmx(client, page, rating: int):
    """Reveal the card on `page` and grade it as its buttons do, with HTMX."""
    revealed = client.post(REVEAL_URL, hidden_fields(page, REVEAL_URL), **HTMX)
    question = Card.objects.get(question__prompt=shown_prompt(revealed)).question
    fields = hidden_fields(revealed, grade_url(question))
    with CaptureQueriesContext(connection) as queries:
        graded = client.post(grade_url(question), {**fields, "rating": str(rating)}, **HTMX)
    assert graded.status_code == 200
    return graded, [query["sql"] for query in queries]


def afresh(client, user, graded):
    """The card page worked out from scratch, with the same offer to undo the grade."""
    cache.delete(VERSION_OF_USER.format(user.pk))
    review = Review.objects.filter(user=user).latest("reviewed_at", "pk")
    undo = f"{review.question.slug}:{review.sequence}"
    return client.get(SESSION_URL, {"scope": "due", "undo": undo}, **HTMX)


def same_page(response) -> str:
    """The card fragment without its CSRF tokens (masked afresh on every page)."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html(response))


# How many due cards a page keeps after its own: none (each grade reads the next), one (the
# grades read the next two every other time), or more than the session has.
@pytest.mark.parametrize("following", [0, 1, 5])
def test_each_card_after_a_grade_is_the_page_worked_out_afresh(owner, user, monkeypatch, following):
    monkeypatch.setattr(sessions, "FOLLOWING", following)
    monkeypatch.setattr(advance, "FOLLOWING", following)
    due_card(user, "Relearning", 3, state=State.RELEARNING, step=0)
    due_card(user, "Review one", 2)
    due_card(user, "Review two", 1)
    due_card(user, "Review three", 0.5)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    assert progress_line(page) == "4 due (1 learning) · 1 new left"

    seen = []
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.HARD):
        graded, _ = grade_with_htmx(owner, page, rating)
        seen.append((shown_prompt(graded), progress_line(graded)))
        assert same_page(graded) == same_page(afresh(owner, user, graded))
        page = graded
    assert seen == [
        ("Review one", "3 due · 1 new left"),
        ("Review two", "2 due · 1 new left"),
        ("Review three", "1 due · 1 new left"),
    ]
    assert "Card 4 of 5" in html(page)  # and the new question


def test_a_card_forgotten_comes_back_due_when_its_step_ends(owner, clock, user, monkeypatch):
    # However long pages are kept (a minute, as the bank's tokens: a step's length)
    monkeypatch.setattr(kept, "KEEP_SECONDS", 60 * 60)
    monkeypatch.setattr(summary, "SUMMARY_SECONDS", 60 * 60)
    for hours in (3, 2, 1):
        due_card(user, f"Due {hours} hours ago", hours)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    graded, _ = grade_with_htmx(owner, page, Rating.AGAIN)
    assert progress_line(graded) == "2 due · 1 new left"
    step = Card.objects.get(question__prompt="Due 3 hours ago").due - MOMENT

    clock.advance(seconds=step.total_seconds() - 1)
    assert progress_line(owner.get(SESSION_URL, {"scope": "due"})) == "2 due · 1 new left"
    clock.advance(seconds=1)
    back = owner.get(SESSION_URL, {"scope": "due"})
    assert progress_line(back) == "3 due (1 learning) · 1 new left"


def test_the_last_due_card_leads_to_a_new_question_worked_out_afresh(owner, user):
    due_card(user, "Only one", 1)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)

    graded, _ = grade_with_htmx(owner, page, Rating.GOOD)

    assert (shown_prompt(graded), progress_line(graded)) == ("Never seen", "0 due · 1 new left")
    assert same_page(graded) == same_page(afresh(owner, user, graded))


def test_a_carried_page_costs_fewer_queries_than_one_worked_out(owner, user):
    for hours in (4, 3, 2, 1):
        due_card(user, f"Due {hours} hours ago", hours)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    _, carried = grade_with_htmx(owner, page, Rating.GOOD)

    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    cache.delete(VERSION_OF_USER.format(user.pk))  # nothing kept: worked out afresh
    _, worked_out = grade_with_htmx(owner, page, Rating.GOOD)

    # the scope's due and new counts, the day's new cards, the settings and the sitting
    assert len(carried) <= len(worked_out) - 4


def test_a_carried_page_is_kept_without_asking_the_cache_again(owner, user):
    for hours in (3, 2, 1):
        due_card(user, f"Due {hours} hours ago", hours)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)

    _, queries = grade_with_htmx(owner, page, Rating.GOOD)
    peeked = practice.peek_card_view(user, practice.Scope.parse("due"), MOMENT)

    cached = [sql.split()[0] for sql in queries if '"django_cache"' in sql]
    # the page peeked at; the user's token dropped as it is read, and again on commit; the
    # next page kept with a new token, in one statement (WITH ... INSERT)
    assert cached == ["SELECT", "DELETE", "DELETE", "WITH"]
    assert peeked.value.upcoming.question.prompt == "Due 2 hours ago"
    assert peeked.value.upcoming.due_count == 2


# Another tab keeps a page of its own after this grade's commit, before this grade keeps
# the one it carried: that page read the rows since, and wins.
def test_a_page_kept_elsewhere_after_the_grade_is_not_overwritten(owner, user, monkeypatch):
    first = due_card(user, "First", 3)
    second = due_card(user, "Second", 2)
    due_card(user, "Third", 1)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    carry = advance.keep_card_view

    def another_tab_first(*args):
        other = Client()
        other.force_login(user)
        other.post(f"/practice/q/{second.question.slug}/suspend/", {"scope": "due"})
        other.get(SESSION_URL, {"scope": "due"})  # keeps the page it works out
        return carry(*args)

    monkeypatch.setattr(advance, "keep_card_view", another_tab_first)
    graded, _ = grade_with_htmx(owner, page, Rating.GOOD)

    assert Card.objects.get(pk=first.pk).reps == first.reps + 1
    assert (shown_prompt(graded), progress_line(graded)) == ("Third", "1 due · 1 new left")
    peeked = practice.peek_card_view(user, practice.Scope.parse("due"), MOMENT)
    assert peeked.value.upcoming.question.prompt == "Third"


def test_another_cache_backend_carries_the_same_page(owner, user, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    for hours in (3, 2, 1):
        due_card(user, f"Due {hours} hours ago", hours)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)

    graded, queries = grade_with_htmx(owner, page, Rating.GOOD)

    assert (shown_prompt(graded), progress_line(graded)) == (
        "Due 2 hours ago",
        "2 due · 1 new left",
    )
    # carried (the card graded is the only card read), and kept for the next request
    assert len([sql for sql in queries if sql.startswith('SELECT "practice_card"')]) == 1
    assert practice.peek_card_view(user, practice.Scope.parse("due"), MOMENT) is not None
    assert same_page(graded) == same_page(afresh(owner, user, graded))


def test_the_next_cards_kept_with_the_page_are_not_read_again(owner, user):
    for hours in (4, 3, 2, 1):
        due_card(user, f"Due {hours} hours ago", hours)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)

    graded, queries = grade_with_htmx(owner, page, Rating.GOOD)

    assert (shown_prompt(graded), progress_line(graded)) == (
        "Due 3 hours ago",
        "3 due · 1 new left",
    )
    read = [sql for sql in queries if sql.startswith('SELECT "practice_card"')]
    assert len(read) == 1  # the card graded, locked; not the scope's cards in their order
    assert "FOR UPDATE" in read[0]


# Another tab acts on the second card just after this grade read the kept page, and (or
# not) its browser follows the redirect to the session page, keeping a page of its own.
@pytest.mark.parametrize("reloaded", [False, True])
@pytest.mark.parametrize("action", ["suspend", "grade"])
def test_a_change_elsewhere_since_the_page_was_kept_is_not_carried(
    owner, user, monkeypatch, action, reloaded
):
    first = due_card(user, "First", 3)
    second = due_card(user, "Second", 2)
    due_card(user, "Third", 1)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    peeked = practice.peek_card_view(user, practice.Scope.parse("due"), MOMENT)
    kept = peeked[0]
    assert kept.upcoming.card == first and kept.upcoming.due_count == 3
    assert kept.upcoming.following[0] == second

    if action == "suspend":
        owner.post(f"/practice/q/{second.question.slug}/suspend/", {"scope": "due"})
    else:
        data = {"scope": "due", "rating": str(Rating.EASY), "reps": str(second.reps)}
        owner.post(grade_url(second.question), data)
    if reloaded:
        owner.get(SESSION_URL, {"scope": "due"})
    monkeypatch.setattr(practice, "peek_card_view", lambda *args: peeked)
    graded, _ = grade_with_htmx(owner, page, Rating.GOOD)

    assert (shown_prompt(graded), progress_line(graded)) == ("Third", "1 due · 1 new left")


def test_a_card_never_graded_counts_against_the_new_questions_of_the_day(owner, user):
    due_card(user, "Added, never graded", 2, state=State.NEW, reps=0)
    due_card(user, "Due", 1)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    assert progress_line(page) == "2 due · 1 new left"

    graded, _ = grade_with_htmx(owner, page, Rating.GOOD)

    assert (shown_prompt(graded), progress_line(graded)) == ("Due", "1 due · 0 new left")


def test_a_card_graded_that_was_not_due_leaves_the_due_count_as_it_was(owner, user):
    due_card(user, "First", 3)
    due_card(user, "Second", 2)
    later = due_card(user, "Not due yet", -2)
    page = owner.get(SESSION_URL, {"scope": "due"}, **HTMX)
    assert (shown_prompt(page), progress_line(page)) == ("First", "2 due · 1 new left")

    # as from a card page of another scope, left open in a tab
    data = {"scope": "due", "rating": str(Rating.GOOD), "reps": str(later.reps)}
    graded = owner.post(grade_url(later.question), data, **HTMX)

    assert (shown_prompt(graded), progress_line(graded)) == ("First", "2 due · 1 new left")
