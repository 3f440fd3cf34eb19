"""Progress statistics by the user's own calendar, and the /progress/ page."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from prep.practice import charts, progress, scheduling, sessions
from prep.practice.models import Preferences, Rating, State
from questions.models import Status
from tests.factories import (
    CardFactory,
    QuestionFactory,
    QuestionSetFactory,
    ReviewFactory,
    SetItemFactory,
    TopicFactory,
    UserFactory,
)
from tests.practice.helpers import LOGIN_URL, html

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")  # UTC-7 in June


def la(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, day, hour, minute, tzinfo=LA)


@pytest.fixture
def angeleno():
    return UserFactory(timezone="America/Los_Angeles")


def reviewed(user, *moments: dt.datetime, **fields) -> None:
    for moment in moments:
        ReviewFactory(card__user=user, reviewed_at=moment, **fields)


# --- streaks and activity by local day --------------------------------------------------


def test_it_counts_reviews_either_side_of_local_midnight_as_two_days(angeleno):
    late, early = la(10, 23, 30), la(11, 0, 30)
    assert late.astimezone(dt.UTC).date() == early.astimezone(dt.UTC).date()  # one UTC day
    reviewed(angeleno, late, early)

    assert progress.streaks(angeleno, la(11, 12)) == progress.Streaks(current=2, best=2)


def test_it_counts_reviews_either_side_of_utc_midnight_as_one_local_day(angeleno):
    reviewed(angeleno, la(10, 16), la(10, 18))  # 23:00 and 01:00 UTC

    assert progress.streaks(angeleno, la(10, 20)) == progress.Streaks(current=1, best=1)


def test_it_breaks_a_streak_on_a_day_without_reviews(angeleno):
    reviewed(angeleno, la(6, 9), la(7, 9), la(8, 22), la(10, 23, 30), la(11, 0, 30))

    assert progress.streaks(angeleno, la(11, 12)) == progress.Streaks(current=2, best=3)


def test_it_keeps_the_current_streak_alive_until_the_end_of_the_next_local_day(angeleno):
    reviewed(angeleno, la(10, 23, 30), la(11, 0, 30))
    yesterday_evening = la(12, 20)  # already 13 June in UTC
    assert yesterday_evening.astimezone(dt.UTC).date() == dt.date(2025, 6, 13)

    assert progress.streaks(angeleno, yesterday_evening) == progress.Streaks(current=2, best=2)
    assert progress.streaks(angeleno, la(13, 0, 30)) == progress.Streaks(current=0, best=2)


def test_it_has_no_streak_without_reviews(angeleno, outsider):
    reviewed(outsider, la(11, 9))

    assert progress.streaks(angeleno, la(11, 12)) == progress.Streaks(current=0, best=0)


def test_it_counts_activity_by_local_day(angeleno, outsider):
    reviewed(angeleno, la(10, 23, 30), la(11, 0, 30), la(11, 16, 30))
    reviewed(angeleno, la(11, 12) - dt.timedelta(days=400))  # older than the heatmap
    reviewed(outsider, la(11, 9))

    counts = progress.activity(angeleno, la(11, 17))
    heatmap = charts.heatmap(counts, dt.date(2025, 6, 11))

    assert counts == {dt.date(2025, 6, 10): 1, dt.date(2025, 6, 11): 2}
    assert (heatmap["total"], heatmap["active_days"]) == (3, 2)
    cells = {cell.day: cell for cell in heatmap["cells"]}
    assert (cells[dt.date(2025, 6, 11)].count, cells[dt.date(2025, 6, 11)].level) == (2, 4)
    assert (cells[dt.date(2025, 6, 10)].count, cells[dt.date(2025, 6, 10)].level) == (1, 2)
    assert heatmap["cells"][-1].day == dt.date(2025, 6, 11)


# --- what is due ----------------------------------------------------------------------


def test_it_forecasts_overdue_cards_on_today_by_local_day(angeleno):
    now = la(11, 12)
    for due in [
        now - dt.timedelta(days=3),
        la(10, 23),  # yesterday
        la(11, 8),
        la(11, 23, 30),  # today in Los Angeles, tomorrow in UTC
        la(12, 9),
        now + dt.timedelta(days=29),
        now + dt.timedelta(days=30),  # beyond the forecast
    ]:
        CardFactory(user=angeleno, due=due)
    CardFactory(due=now)  # someone else's

    days = progress.forecast(angeleno, now)

    assert len(days) == 30
    assert days[0] == (dt.date(2025, 6, 11), 4)
    assert days[1] == (dt.date(2025, 6, 12), 1)
    assert days[29] == (dt.date(2025, 7, 10), 1)
    assert sum(count for _, count in days) == 6
    summary = progress.due_summary(angeleno, now)
    assert summary == {
        "now": 3,
        "today": 4,
        "tomorrow": 1,
        "week": 5,
        "cards": 7,
        "leeches": 0,
        "first_review_due": now - dt.timedelta(days=3),  # the factory's cards are in review
    }


# --- true retention and mastery -------------------------------------------------------


def test_it_measures_true_retention_on_reviews_of_cards_in_review_only(user, outsider):
    now = dt.datetime(2025, 6, 11, 12, tzinfo=dt.UTC)
    recent = now - dt.timedelta(days=2)
    for rating in (Rating.GOOD, Rating.EASY, Rating.HARD, Rating.AGAIN):
        reviewed(user, recent, rating=rating, state_before=State.REVIEW)
    for state in (State.NEW, State.LEARNING, State.RELEARNING):
        reviewed(user, recent, rating=Rating.AGAIN, state_before=state)
    reviewed(user, now - dt.timedelta(days=31), rating=Rating.AGAIN, state_before=State.REVIEW)
    reviewed(outsider, recent, rating=Rating.AGAIN, state_before=State.REVIEW)

    assert progress.retention(user, now) == {
        "total": 4,
        "recalled": 3,
        "graded": 7,  # every grade of the last 30 days, learning included
        "graded_recalled": 3,
    }


def test_it_counts_seen_and_mature_questions_per_topic(user):
    now = dt.datetime(2025, 6, 11, 12, tzinfo=dt.UTC)
    studied = TopicFactory(name="Studied", order=0)
    untouched = TopicFactory(name="Untouched", order=1)
    TopicFactory(name="Empty", order=2)
    mature, young, _ = QuestionFactory.create_batch(3, topic=studied)
    QuestionFactory(topic=studied, status=Status.DRAFT)
    QuestionFactory.create_batch(2, topic=untouched)
    last_month, two_days_ago = now - dt.timedelta(days=30), now - dt.timedelta(days=2)
    mature_card = CardFactory(
        user=user, question=mature, stability=60.0, last_review=last_month, due=now
    )  # after a 30-day interval
    young_card = CardFactory(
        user=user, question=young, stability=3.0, last_review=two_days_ago, due=now
    )  # after a 2-day interval
    CardFactory(question=young, due=last_month + dt.timedelta(days=55), last_review=last_month)

    rows = {row["topic"].name: row for row in progress.topic_mastery(user, now)}

    assert list(rows) == ["Studied", "Untouched"]
    studied_row = rows["Studied"]
    assert (studied_row["total"], studied_row["seen"], studied_row["mature"]) == (3, 2, 1)
    assert studied_row["recall"] == pytest.approx(
        (scheduling.retrievability(mature_card, now) + scheduling.retrievability(young_card, now))
        / 2
    )
    untouched_row = {"topic": untouched, "total": 2, "seen": 0, "mature": 0, "recall": 0.0}
    assert rows["Untouched"] == untouched_row


def test_it_lists_the_weakest_questions_least_likely_recalled_first(user):
    now = dt.datetime(2025, 6, 11, 12, tzinfo=dt.UTC)
    long_ago = now - dt.timedelta(days=30)
    lapsed = CardFactory(user=user, lapses=3, stability=50.0, last_review=now)
    fading = CardFactory(user=user, stability=1.0, last_review=long_ago, due=long_ago)
    CardFactory(user=user, stability=100.0, last_review=now - dt.timedelta(days=1))

    assert list(progress.weakest(user, now)) == [fading, lapsed]


# --- the interview plan ---------------------------------------------------------------


@pytest.fixture
def target(user):
    """Six target questions, in their own topic."""
    topic = TopicFactory()
    QuestionFactory.create_batch(6, topic=topic)
    preferences = Preferences.objects.create(user=user, new_per_day=2)
    preferences.target_topics.add(topic)
    return preferences


NOW = dt.datetime(2025, 6, 11, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("new_per_day", "on_track"), [(2, True), (1, False)], ids=["enough", "too-few"]
)
def test_it_says_whether_the_daily_limit_introduces_every_target_in_time(
    user, target, new_per_day, on_track
):
    target.new_per_day = new_per_day
    target.interview_date = dt.date(2025, 6, 14)
    QuestionFactory()  # in the bank, not a target

    plan = progress.interview_plan(user, target, NOW)

    assert (plan.days_left, plan.total, plan.introduced) == (3, 6, 0)
    assert plan.new_per_day_needed == 2
    assert plan.on_track is on_track


def test_it_plans_for_the_questions_of_a_target_set(user):
    question_set = QuestionSetFactory(owner=user)
    items = SetItemFactory.create_batch(3, question_set=question_set)
    CardFactory(user=user, question=items[0].question, last_review=NOW, due=NOW)
    preferences = Preferences.objects.create(
        user=user, new_per_day=1, target_set=question_set, interview_date=dt.date(2025, 6, 13)
    )

    plan = progress.interview_plan(user, preferences, NOW)

    assert (plan.total, plan.introduced, plan.days_left, plan.new_per_day_needed) == (3, 1, 2, 1)
    assert plan.recall_at_date == pytest.approx(0.9)
    assert plan.on_track is True


def test_it_is_not_on_track_for_an_interview_in_the_past(user, target):
    target.interview_date = dt.date(2025, 6, 1)

    plan = progress.interview_plan(user, target, NOW)

    assert plan.days_left == -10
    assert plan.on_track is False


def test_it_has_no_plan_without_an_interview_date(user, target):
    assert progress.interview_plan(user, target, NOW) is None


def test_it_counts_days_left_by_the_users_calendar(target, user):
    user.timezone = "Asia/Tokyo"  # 21:00 UTC on 11 June is 12 June in Tokyo
    target.interview_date = dt.date(2025, 6, 14)

    plan = progress.interview_plan(user, target, dt.datetime(2025, 6, 11, 21, tzinfo=dt.UTC))

    assert (plan.days_left, plan.new_per_day_needed) == (2, 3)


# --- the page -------------------------------------------------------------------------


def test_it_sends_anonymous_visitors_to_log_in(client):
    response = client.get("/progress/")

    assert response.status_code == 302
    assert response.url == f"{LOGIN_URL}?next=/progress/"


def test_it_leads_a_new_user_to_onboarding_instead_of_zeros(client, user, outsider):
    reviewed(outsider, dt.datetime.now(dt.UTC))
    client.force_login(user)

    response = client.get("/progress/")

    assert response.status_code == 200
    assert "Set up your practice" in html(response)
    assert 'href="/progress/welcome/"' in html(response)
    assert 'href="/practice/session/?scope=due">Skip: practise now' in html(response)
    assert "day streak" not in html(response)
    assert "due now" not in html(response)


def test_it_shows_an_onboarded_user_what_will_appear_and_their_first_session(client, user):
    topic = TopicFactory(slug="async", order=1)
    preferences = Preferences.objects.create(user=user, onboarded=True)
    preferences.target_topics.add(topic, TopicFactory(slug="python", order=2))
    client.force_login(user)

    response = client.get("/progress/")

    assert "Nothing to show yet" in html(response)
    assert "Set up your practice" not in html(response)
    assert (
        'href="/practice/session/?scope=topics:async,python">Practise your first questions'
        in html(response)
    )


def test_it_shows_the_users_progress(client, clock, user):
    clock.now = NOW
    for rating in (Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN):
        reviewed(user, NOW - dt.timedelta(hours=1), rating=rating, state_before=State.REVIEW)
    Preferences.objects.create(user=user, new_per_day=2, interview_date=dt.date(2025, 6, 21))
    client.force_login(user)

    response = client.get("/progress/")

    assert response.status_code == 200
    assert "Nothing to show yet" not in html(response)
    assert '<span class="stat-value">75%</span>' in html(response)
    assert "(3/4)" in html(response)
    assert '<span class="stat-value">1</span><span class="stat-label">day streak (best 1)' in html(
        response
    )
    assert "You are on track." in html(response)
    assert "4 reviews on 1 day." in html(response)


def test_it_says_when_the_interview_date_has_passed(client, clock, user):
    clock.now = NOW
    reviewed(user, NOW - dt.timedelta(hours=1))
    Preferences.objects.create(user=user, interview_date=dt.date(2025, 6, 1))
    client.force_login(user)

    response = client.get("/progress/")

    assert "That date has passed." in html(response)
    assert "You are on track." not in html(response)


# --- an "Again" shows at once ---------------------------------------------------------


def test_an_again_grade_shows_at_once_in_recall_now_and_the_weakest_questions(user):
    topic = TopicFactory()
    Preferences.objects.create(user=user)
    known = CardFactory(
        user=user, question=QuestionFactory(topic=topic), stability=100.0, last_review=NOW
    )
    card = CardFactory(
        user=user,
        question=QuestionFactory(topic=topic),
        stability=30.0,
        last_review=NOW - dt.timedelta(days=2),
    )
    assert list(progress.weakest(user, NOW)) == []

    sessions.grade_question(
        user=user,
        question=card.question,
        rating=Rating.AGAIN,
        expected_reps=card.reps,
        now=NOW,
    )

    card.refresh_from_db()
    assert (card.state, card.last_review) == (State.RELEARNING, NOW)
    assert scheduling.retrievability(card, NOW) == pytest.approx(1.0)  # FSRS's curve alone
    [weakest] = progress.weakest(user, NOW)
    assert (weakest, weakest.recall) == (card, 0.0)
    [row] = [row for row in progress.topic_mastery(user, NOW) if row["topic"] == topic]
    assert row["recall"] == pytest.approx(scheduling.retrievability(known, NOW) / 2)

    # Recalled again ten minutes later: FSRS's curve counts from that grade.
    later = NOW + dt.timedelta(minutes=10)
    sessions.grade_question(
        user=user,
        question=card.question,
        rating=Rating.GOOD,
        expected_reps=card.reps,
        now=later,
    )
    [weakest] = progress.weakest(user, later)  # still listed: it lapsed
    assert (weakest, weakest.lapses) == (card, 1)
    assert weakest.recall == pytest.approx(1.0)


def test_the_page_says_a_question_graded_again_was_just_forgotten(client, clock, user):
    clock.now = NOW
    card = CardFactory(user=user, last_review=NOW - dt.timedelta(days=2), stability=30.0)
    sessions.grade_question(
        user=user,
        question=card.question,
        rating=Rating.AGAIN,
        expected_reps=card.reps,
        now=NOW,
    )
    client.force_login(user)

    page = html(client.get("/progress/"))

    weakest = page.split('id="weakest-heading"')[1].split("</section>")[0]
    assert card.question.get_absolute_url() in weakest
    assert "just forgotten, 1 lapse" in weakest


# --- retention before any card is in review --------------------------------------------


def test_it_shows_grades_recalled_and_when_true_retention_starts_before_any_review(
    client, clock, user
):
    clock.now = NOW
    for rating in (Rating.GOOD, Rating.GOOD, Rating.AGAIN):
        reviewed(user, NOW - dt.timedelta(hours=1), rating=rating, state_before=State.NEW)
    CardFactory(user=user, state=State.REVIEW, due=dt.datetime(2025, 6, 14, 9, tzinfo=dt.UTC))
    Preferences.objects.create(user=user, onboarded=True)
    client.force_login(user)

    page = html(client.get("/progress/"))

    assert (
        '<span class="stat-value">67%</span><span class="stat-label">recalled while learning, '
        "30 days (2/3)</span>"
    ) in page
    assert "none has come back yet: the first is due Saturday 14 June" in page


def test_it_says_there_were_no_reviews_lately_instead_of_a_percentage(client, clock, user):
    clock.now = NOW
    reviewed(user, NOW - dt.timedelta(days=40))
    client.force_login(user)

    page = html(client.get("/progress/"))

    assert "retention: no reviews in 30 days" in page


# --- charts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("peak", "ticks"),
    [(0, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]), (33, [0, 10, 20, 30, 40])],
)
def test_the_forecast_has_a_y_axis_of_round_numbers_up_to_the_busiest_day(peak, ticks):
    days = [(dt.date(2025, 6, 11) + dt.timedelta(days=n), 0) for n in range(30)]
    days[3] = (days[3][0], peak)

    chart = charts.forecast_bars(days)

    assert [value for value, _ in chart["ticks"]] == ticks
    top_y = chart["ticks"][-1][1]
    busiest = chart["bars"][3]
    assert chart["ticks"][0][1] == chart["base"]
    assert top_y > 0  # the top number is inside the chart
    if peak == ticks[-1]:
        assert busiest.y == pytest.approx(top_y)


def test_the_heatmap_keeps_its_labels_inside_and_escapes_its_text():
    today = dt.date(2025, 6, 11)
    chart = charts.heatmap({today: 4, today - dt.timedelta(days=1): 1}, today)

    svg = str(charts.heatmap_svg(chart))

    # From the Monday of the week a year ago to today, one cell a day.
    assert svg.count("<rect") == len(chart["cells"]) == 365 + today.weekday()
    for x, _ in chart["months"]:
        assert x >= charts.HEATMAP_LEFT
        assert x + 26 <= chart["width"]
    xs = [x for x, _ in chart["months"]]
    assert all(b - a >= 3 * chart["step"] for a, b in itertools.pairwise(xs))
    assert 'viewBox="0 0 ' in svg and ">Mon<" in svg and ">Fri<" in svg
    assert "<title>Wed 11 Jun 2025: 4</title>" in svg
    assert charts.heatmap_legend(chart["busiest"]) == [
        (0, "no reviews"),
        (1, "1 review"),
        (2, "2 reviews"),
        (3, "3 reviews"),
        (4, "4 reviews"),
    ]
