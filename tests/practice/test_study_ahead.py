"""Nothing due and no new question left in a topic, a level or a set: the page says so, when
the next card is due, and offers custom study: more new questions today, or the scope's
cards due soonest, reviewed early ("study ahead", graded with FSRS as early reviews)."""

import datetime as dt
import re

import fsrs
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.practice import scheduling
from prep.practice.models import Card, Rating, Review, State
from prep.practice.progress import due_summary
from prep.practice.scopes import Scope
from questions.models import Level, Question, Visibility
from tests.factories import CardFactory, QuestionFactory, QuestionSetFactory, SetItemFactory
from tests.practice.helpers import (
    REVEAL_URL,
    SESSION_URL,
    grade_url,
    progress_line,
    shown_prompt,
)

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def owner(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


def reviewed(user, prompt: str, *, due_in: dt.timedelta, topic, days_ago: int = 8) -> Card:
    """A card in review, last seen `days_ago` days ago, due `due_in` from now."""
    return CardFactory(
        user=user,
        question=QuestionFactory(topic=topic, prompt=prompt, level=Level.MID),
        state=State.REVIEW,
        stability=10.0,
        difficulty=5.0,
        last_review=NOON - days_ago * DAY,
        due=NOON + due_in,
        reps=3,
    )


def html(response) -> str:
    """The page, with the no-break spaces of "2\xa0days" as plain spaces."""
    return response.content.decode().replace("\xa0", " ")


def ahead_link(response) -> tuple[str, str]:
    """The "Study ahead" button on a caught-up page: (its text, its URL)."""
    [(url, text)] = re.findall(
        r'<a class="button[^"]*" href="([^"]+)">(Study ahead:[^<]*)</a>', html(response)
    )
    return text, url.replace("&amp;", "&")


# --- the caught-up page of a chosen scope -------------------------------------------------


def test_a_topic_with_nothing_due_and_nothing_new_says_so_and_offers_study_ahead(
    owner, user, topic
):
    reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    reviewed(user, "Due in a month", due_in=30 * DAY, topic=topic)

    response = owner.get(SESSION_URL, {"scope": f"topic:{topic.slug}"})

    page = html(response)
    assert response.status_code == 200
    assert shown_prompt(response) is None
    assert "All caught up" in page
    assert f"Nothing is due in “{topic.name}”, and you have seen all of its questions." in page
    assert f"The next review in “{topic.name}” is due in 2 days (Fri 13 Jun, 12:00)." in page
    assert ahead_link(response) == (
        "Study ahead: 1 card due in the next 7 days",
        f"/practice/session/?scope=ahead:topic:{topic.slug}",
    )
    assert "Study ahead" not in page.split("All caught up")[0]  # not in the chooser's place


def test_the_caught_up_page_takes_a_constant_number_of_queries(owner, user, topic):
    def queries_with(cards: int) -> int:
        Card.objects.all().delete()
        Question.objects.filter(topic=topic).delete()
        for n in range(cards):
            reviewed(user, f"Reviewed {n}", due_in=(n % 12 + 1) * DAY, topic=topic)
        cache.clear()  # as after changes to the user's cards, the bank and the sets
        with CaptureQueriesContext(connection) as captured:
            response = owner.get(SESSION_URL, {"scope": f"topic:{topic.slug}"})
        # Due in 1 to 6 days: at noon, the 7th day's card falls after the week's last midnight.
        ahead = f"Study ahead: {cards // 2} cards due in the next 7 days"
        assert ahead_link(response)[0] == ahead
        return len(captured)

    few, many = queries_with(12), queries_with(120)

    assert few == many
    # The card page's budget, and the cache's: its read, and new tokens for the user, the
    # bank and the sets (nothing is kept when caught up; what a card page keeps is not true
    # once they change)
    assert many <= 10 + 4


def test_the_daily_limit_reached_offers_more_new_and_study_ahead(owner, user, topic, preferences):
    preferences.new_per_day = 0
    preferences.save()
    QuestionFactory(topic=topic, prompt="Never seen one")
    QuestionFactory(topic=topic, prompt="Never seen two")
    reviewed(user, "Due tomorrow", due_in=DAY, topic=topic)

    response = owner.get(SESSION_URL, {"scope": f"topic:{topic.slug}"})

    page = html(response)
    assert shown_prompt(response) is None
    assert "Today’s new questions are done" in page
    assert f"2 new questions are left in “{topic.name}”" in page
    assert "Study 2 more today" in page
    assert ahead_link(response)[0] == "Study ahead: 1 card due in the next 7 days"


@pytest.mark.parametrize("kind", ["level", "set", "due"])
def test_a_level_a_set_and_due_reviews_offer_study_ahead_too(owner, user, topic, kind):
    card = reviewed(user, "Due in three days", due_in=3 * DAY, topic=topic)
    question_set = QuestionSetFactory(owner=user)
    SetItemFactory(question_set=question_set, question=card.question)
    scope = {
        "level": Scope("level", Level.MID),
        "set": Scope.for_set(question_set),
        "due": Scope(),
    }[kind]

    response = owner.get(scope.session_url())

    assert ahead_link(response)[1] == scope.ahead().session_url()
    assert re.search(r"(Next review|The next review in “[^”]+” is) due in 3 days", html(response))


def test_it_offers_no_study_ahead_when_nothing_is_due_within_a_week(owner, user, topic):
    reviewed(user, "Due in a fortnight", due_in=14 * DAY, topic=topic)

    response = owner.get(SESSION_URL, {"scope": f"topic:{topic.slug}"})

    assert "Study ahead" not in html(response)
    assert "is due in 2 weeks" in html(response)


def test_picked_scopes_and_new_questions_do_not_offer_study_ahead(owner, user, topic):
    card = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic, days_ago=0)

    for scope in (Scope("new"), Scope.for_question(card.question)):
        assert "Study ahead" not in html(owner.get(scope.session_url()))


# --- the study-ahead session --------------------------------------------------------------


def test_study_ahead_shows_the_cards_due_soonest_within_a_week_in_the_scope(
    owner, user, topic, outsider
):
    reviewed(user, "Due in five days", due_in=5 * DAY, topic=topic)
    reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    reviewed(user, "Due in ten days", due_in=10 * DAY, topic=topic)
    reviewed(user, "Other topic, due tomorrow", due_in=DAY, topic=QuestionFactory().topic)
    CardFactory(user=outsider, question=QuestionFactory(topic=topic), due=NOON + DAY)

    response = owner.get(SESSION_URL, {"scope": f"ahead:topic:{topic.slug}"})

    page = html(response)
    assert shown_prompt(response) == "Due in two days"
    assert f"<title>Practice: Study ahead: {topic.name} · Interview Prep</title>" in page
    assert progress_line(response) == "0 due · 0 new left"
    assert "2 to study ahead" in page
    assert "Card 1 of 2" in page
    assert "studied ahead: due 13 Jun" in page


def test_an_early_review_is_scheduled_by_fsrs_from_the_days_that_really_passed(owner, user, topic):
    card = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic, days_ago=8)
    scope = f"ahead:topic:{topic.slug}"

    response = owner.post(grade_url(card.question), {"scope": scope, "rating": "3", "reps": "3"})

    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.state_before, review.rating, review.reviewed_at) == (State.REVIEW, 3, NOON)
    card.refresh_from_db()
    # What FSRS makes of a Good after 8 days (not the 10 it was scheduled for).
    expected, _ = scheduling.scheduler(0.9).review_card(
        fsrs.Card(
            state=fsrs.State.Review,
            stability=10.0,
            difficulty=5.0,
            due=NOON + 2 * DAY,
            last_review=NOON - 8 * DAY,
        ),
        fsrs.Rating.Good,
        review_datetime=NOON,
    )
    on_time, _ = scheduling.scheduler(0.9).review_card(
        fsrs.Card(
            state=fsrs.State.Review,
            stability=10.0,
            difficulty=5.0,
            due=NOON,
            last_review=NOON - 10 * DAY,
        ),
        fsrs.Rating.Good,
        review_datetime=NOON,
    )
    assert card.stability == pytest.approx(expected.stability)
    assert card.stability < on_time.stability  # reviewed early, it grows less
    assert card.difficulty == pytest.approx(expected.difficulty)
    assert (card.state, card.reps, card.last_review) == (State.REVIEW, 4, NOON)
    assert card.due > NOON + 7 * DAY


def test_each_card_is_studied_ahead_once_a_sitting_then_the_session_ends(owner, user, topic):
    first = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    second = reviewed(user, "Due in five days", due_in=5 * DAY, topic=topic)
    scope = f"ahead:topic:{topic.slug}"

    after_first = owner.post(
        grade_url(first.question),
        {"scope": scope, "rating": "4", "reps": "3"},
        HTTP_HX_REQUEST="true",
    )
    after_second = owner.post(
        grade_url(second.question),
        {"scope": scope, "rating": "4", "reps": "3"},
        HTTP_HX_REQUEST="true",
    )

    assert shown_prompt(after_first) == "Due in five days"
    assert "Card 2 of 2" in html(after_first)
    assert shown_prompt(after_second) is None
    page = html(after_second)
    assert "You have studied ahead every card due in the next 7 days." in page
    assert "2 cards in under a minute." in page
    assert ">Study ahead:" not in page  # no study ahead of a study ahead


def test_a_card_forgotten_ahead_waits_for_its_step_behind_the_other_cards(owner, user, topic):
    first = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    reviewed(user, "Due in five days", due_in=5 * DAY, topic=topic)
    scope = f"ahead:topic:{topic.slug}"

    response = owner.post(
        grade_url(first.question),
        {"scope": scope, "rating": str(Rating.AGAIN), "reps": "3"},
        HTTP_HX_REQUEST="true",
    )

    first.refresh_from_db()
    assert (first.state, first.lapses) == (State.RELEARNING, 1)
    assert shown_prompt(response) == "Due in five days"


BAD_AHEAD = [
    "ahead:",
    "ahead:ahead:due",
    "ahead:new",
    "ahead:question:anything",
    "ahead:search:made-up",
    "ahead:topic:unknown",
    "ahead:level:principal",
    "ahead:set:not-a-uuid",
    "ahead:topic:a\x00b",
    "ahead:\x00",
    pytest.param("ahead:" * 2000 + "due", id="ahead-nested-2000-times"),
]


@pytest.mark.parametrize("scope", BAD_AHEAD)
def test_it_404s_for_a_study_ahead_of_an_unknown_scope(owner, user, topic, scope):
    reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)

    response = owner.get(SESSION_URL, {"scope": scope})

    assert response.status_code == 404
    assert b"Due in two days" not in response.content


def test_it_404s_for_study_ahead_in_another_users_private_set(owner, outsider, topic):
    private = QuestionSetFactory(owner=outsider, visibility=Visibility.PRIVATE)

    response = owner.get(SESSION_URL, {"scope": f"ahead:set:{private.public_id}"})

    assert response.status_code == 404


def test_study_ahead_grades_without_javascript_and_lands_back_in_the_session(owner, user, topic):
    first = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    reviewed(user, "Due in five days", due_in=5 * DAY, topic=topic)
    scope = Scope.parse(f"ahead:topic:{topic.slug}")

    graded = owner.post(
        grade_url(first.question), {"scope": str(scope), "rating": "3", "reps": "3"}
    )
    shown = owner.get(graded.url)

    assert graded.url.startswith(scope.session_url())
    assert shown_prompt(shown) == "Due in five days"


# --- found in review ----------------------------------------------------------------------


def test_a_card_studied_ahead_offers_no_bury_and_a_bury_post_changes_nothing(owner, user, topic):
    card = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    scope = f"ahead:topic:{topic.slug}"

    revealed = owner.post(REVEAL_URL, {"scope": scope, "question": card.question.slug})
    response = owner.post(f"/practice/q/{card.question.slug}/bury/", {"scope": scope}, follow=True)

    assert "Bury until tomorrow" not in html(revealed)
    assert "<summary>Suspend or report this question</summary>" in html(revealed)
    assert "Suspend</button>" in html(revealed)
    card.refresh_from_db()
    assert card.due == NOON + 2 * DAY
    page = html(response)
    assert "Buried until tomorrow" not in page
    assert "Not buried: this card is not due yet" in page


def test_practise_this_offers_no_bury_on_a_card_not_yet_due(owner, user, topic):
    card = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    scope = str(Scope.for_question(card.question))

    revealed = owner.post(REVEAL_URL, {"scope": scope, "question": card.question.slug})
    response = owner.post(
        f"/practice/q/{card.question.slug}/bury/", {"scope": scope}, HTTP_HX_REQUEST="true"
    )

    assert "Bury until tomorrow" not in html(revealed)
    card.refresh_from_db()
    assert card.due == NOON + 2 * DAY
    assert "Not buried: this card is not due yet" in html(response)


def test_the_card_count_is_the_same_after_reveal_in_a_study_ahead_session(owner, user, topic):
    first = reviewed(user, "Due in two days", due_in=2 * DAY, topic=topic)
    reviewed(user, "Due in five days", due_in=5 * DAY, topic=topic)
    scope = f"ahead:topic:{topic.slug}"

    shown = owner.get(SESSION_URL, {"scope": scope})
    revealed = owner.post(REVEAL_URL, {"scope": scope, "question": first.question.slug})
    again = owner.get(SESSION_URL, {"scope": scope, "show": first.question.slug})

    assert "Card 1 of 2" in html(shown)
    assert "Card 1 of 2" in html(revealed)
    assert "Card 1 of 2" in html(again)


def test_study_ahead_and_progress_mean_the_same_next_7_days(owner, user, topic):
    user.timezone = "Europe/Berlin"  # 14:00 on Wed 11 June; the 7 days end at 00:00 on 18 June
    user.save()
    reviewed(user, "Due late on the 17th", due_in=7 * DAY - dt.timedelta(hours=16), topic=topic)
    reviewed(user, "Due early on the 18th", due_in=7 * DAY - dt.timedelta(hours=4), topic=topic)

    response = owner.get(SESSION_URL, {"scope": f"topic:{topic.slug}"})

    assert due_summary(user, NOON)["week"] == 1
    assert ahead_link(response)[0] == "Study ahead: 1 card due in the next 7 days"


def test_a_study_ahead_session_with_nothing_to_study_says_nothing_is_due(owner, user, topic):
    reviewed(user, "Due in a month", due_in=30 * DAY, topic=topic)

    response = owner.get(SESSION_URL, {"scope": f"ahead:topic:{topic.slug}"})

    page = html(response)
    assert "Nothing is due in the next 7 days." in page
    assert "You have studied ahead" not in page
