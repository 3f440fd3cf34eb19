"""What a practice session draws from: its scope, due cards before new ones, the daily limit."""

import datetime as dt
import uuid

import pytest

from prep.practice.models import Preferences, Rating, Review
from prep.practice.sessions import grade_question
from questions.models import Question, Status, Visibility
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    QuestionFactory,
    QuestionSetFactory,
    SetItemFactory,
    TopicFactory,
    UserFactory,
)
from tests.practice.helpers import (
    REVEAL_URL,
    SESSION_URL,
    grade_url,
    html,
    progress_line,
    shown_prompt,
)

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def owner(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


@pytest.fixture
def topics():
    return TopicFactory(order=0, slug="first"), TopicFactory(order=1, slug="second")


# --- scopes that do not exist or are not the user's -------------------------------------


BAD_SCOPES = [
    "nope",
    "topic:unknown",
    "topic:",
    "level:principal",
    "level:",
    f"set:{uuid.UUID(int=7)}",
    "set:not-a-uuid",
    "set:",
    "question:no-such-question",
    "question:",
    "search:",
    "search:made-up",
    "search:eyJuIjoiWCIsImkiOlsxXX0:1tWq3Z:forged-signature",
]


@pytest.mark.parametrize("scope", BAD_SCOPES)
def test_it_404s_for_an_unknown_scope_on_the_card_page(owner, question, scope):
    assert owner.get(SESSION_URL, {"scope": scope}).status_code == 404


@pytest.mark.parametrize("scope", BAD_SCOPES)
def test_it_404s_for_an_unknown_scope_when_revealing_or_grading(owner, question, scope):
    reveal = owner.post(REVEAL_URL, {"scope": scope})
    grade = owner.post(grade_url(question), {"scope": scope, "rating": "3", "reps": "0"})

    assert (reveal.status_code, grade.status_code) == (404, 404)
    assert not Review.objects.exists()


def test_it_404s_for_another_users_private_set(owner, outsider, question):
    private = QuestionSetFactory(owner=outsider, visibility=Visibility.PRIVATE)
    SetItemFactory(question_set=private, question=question)
    scope = f"set:{private.public_id}"

    session = owner.get(SESSION_URL, {"scope": scope})
    reveal = owner.post(REVEAL_URL, {"scope": scope})
    grade = owner.post(grade_url(question), {"scope": scope, "rating": "3", "reps": "0"})

    assert (session.status_code, reveal.status_code, grade.status_code) == (404, 404, 404)
    assert private.title.encode() not in session.content
    assert not Review.objects.exists()


@pytest.mark.parametrize("visibility", [Visibility.PUBLIC, Visibility.LINK])
def test_it_practises_another_users_shared_set(owner, user, outsider, topic, visibility):
    shared = QuestionSetFactory(owner=outsider, visibility=visibility, title="Backend loop")
    QuestionFactory(topic=topic, prompt="Not in the set")
    in_set = QuestionFactory(topic=topic, prompt="In the set")
    SetItemFactory(question_set=shared, question=in_set)
    scope = f"set:{shared.public_id}"

    session = owner.get(SESSION_URL, {"scope": scope})
    grade = owner.post(grade_url(in_set), {"scope": scope, "rating": "3", "reps": "0"})

    assert session.status_code == 200
    assert shown_prompt(session) == "In the set"
    assert "Practice: Backend loop" in html(session)
    assert grade.status_code == 302
    assert grade.url == f"{SESSION_URL}?scope={scope}&undo={in_set.slug}:0"
    assert Review.objects.get().question == in_set


def test_it_practises_the_users_own_private_set(owner, user, question):
    own = QuestionSetFactory(owner=user, visibility=Visibility.PRIVATE, title="Mine")
    SetItemFactory(question_set=own, question=question)

    response = owner.get(SESSION_URL, {"scope": f"set:{own.public_id}"})

    assert response.status_code == 200
    assert shown_prompt(response) == question.prompt


def test_a_grade_counts_for_a_visible_question_outside_the_scope_and_the_scope_goes_on(
    owner, user, topic
):
    # A card can leave its scope while shown (un-bookmarked, a set no longer shared): its
    # grade is the user's own and still counts; the scope only decides what comes next.
    own = QuestionSetFactory(owner=user)
    SetItemFactory(question_set=own, question=QuestionFactory(topic=topic, prompt="In set"))
    outside = QuestionFactory(topic=topic)

    response = owner.post(
        grade_url(outside),
        {"scope": f"set:{own.public_id}", "rating": "3", "reps": "0"},
        headers={"HX-Request": "true"},
    )

    assert Review.objects.get().question == outside
    assert shown_prompt(response) == "In set"


# --- what comes next --------------------------------------------------------------------


def test_it_shows_due_cards_before_new_questions(owner, user, topics):
    QuestionFactory(topic=topics[0], prompt="Never seen, first topic")
    due = QuestionFactory(topic=topics[1], prompt="Seen, due an hour ago")
    later = QuestionFactory(topic=topics[1], prompt="Seen, due tomorrow")
    CardFactory(user=user, question=due, due=NOON - dt.timedelta(hours=1))
    CardFactory(user=user, question=later, due=NOON + dt.timedelta(days=1))

    response = owner.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(response) == "Seen, due an hour ago"
    assert progress_line(response) == "1 due · 1 new left"


def test_it_shows_the_most_overdue_card_first(owner, user, topic):
    for prompt, hours in [("Due an hour ago", 1), ("Due a day ago", 24), ("Due now", 0)]:
        question = QuestionFactory(topic=topic, prompt=prompt)
        CardFactory(user=user, question=question, due=NOON - dt.timedelta(hours=hours))

    response = owner.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(response) == "Due a day ago"
    assert progress_line(response) == "3 due · 0 new left"


def test_it_shows_only_unseen_questions_in_the_new_scope(owner, user, topics):
    due = QuestionFactory(topic=topics[0], prompt="Seen and due")
    CardFactory(user=user, question=due, due=NOON - dt.timedelta(days=2))
    QuestionFactory(topic=topics[1], prompt="Never seen")

    response = owner.get(SESSION_URL, {"scope": "new"})

    assert shown_prompt(response) == "Never seen"
    assert '<span class="tag">new</span>' in html(response)


def test_it_is_done_with_the_new_scope_when_every_question_was_seen(owner, user, question):
    CardFactory(user=user, question=question, due=NOON - dt.timedelta(days=2))

    response = owner.get(SESSION_URL, {"scope": "new"})

    assert shown_prompt(response) is None
    assert "All caught up" in html(response)


def test_it_shows_only_bookmarked_questions_in_the_bookmarks_scope(owner, user, outsider, topics):
    due_unmarked = QuestionFactory(topic=topics[0], prompt="Due but not bookmarked")
    CardFactory(user=user, question=due_unmarked, due=NOON - dt.timedelta(days=1))
    QuestionFactory(topic=topics[0], prompt="New, not bookmarked")
    BookmarkFactory(user=outsider, question=QuestionFactory(topic=topics[0], prompt="Theirs"))
    BookmarkFactory(user=user, question=QuestionFactory(topic=topics[1], prompt="Bookmarked"))

    response = owner.get(SESSION_URL, {"scope": "bookmarks"})

    assert shown_prompt(response) == "Bookmarked"
    assert progress_line(response) == "0 due · 1 new left"
    assert "Practice: Your bookmarks" in html(response)


def test_it_leaves_out_questions_withdrawn_from_the_bank(owner, user, topics):
    withdrawn = QuestionFactory(topic=topics[0], prompt="Archived since")
    CardFactory(user=user, question=withdrawn, due=NOON - dt.timedelta(days=1))
    withdrawn.status = Status.ARCHIVED
    withdrawn.save()
    QuestionFactory(topic=topics[1], prompt="Still published")

    response = owner.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(response) == "Still published"
    assert progress_line(response) == "0 due · 1 new left"


# --- the daily limit of new questions, by the user's calendar ---------------------------

# Tokyo is UTC+9: its midnight is 15:00 UTC.
BEFORE_TOKYO_MIDNIGHT = dt.datetime(2025, 6, 11, 14, 30, tzinfo=dt.UTC)  # 23:30 on 11 June
AFTER_TOKYO_MIDNIGHT = dt.datetime(2025, 6, 11, 15, 30, tzinfo=dt.UTC)  # 00:30 on 12 June


@pytest.fixture
def tokyo(client, clock):
    user = UserFactory(timezone="Asia/Tokyo")
    Preferences.objects.create(user=user, new_per_day=2)
    topic = TopicFactory(order=0)
    questions = [QuestionFactory(topic=topic, prompt=f"Question {n}") for n in range(1, 6)]
    # Both on 11 June in Tokyo, although the first is on 10 June in UTC.
    for question, moment in [
        (questions[0], dt.datetime(2025, 6, 10, 16, 0, tzinfo=dt.UTC)),  # 01:00 in Tokyo
        (questions[1], dt.datetime(2025, 6, 11, 1, 0, tzinfo=dt.UTC)),  # 10:00 in Tokyo
    ]:
        grade_question(
            user=user,
            question=question,
            rating=Rating.EASY,
            expected_reps=0,
            now=moment,
        )
    clock.now = BEFORE_TOKYO_MIDNIGHT
    client.force_login(user)
    return user


def test_it_stops_introducing_new_questions_at_the_daily_limit(client, clock, tokyo):
    new = client.get(SESSION_URL, {"scope": "new"})
    due = client.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(new) is None
    assert progress_line(new) == "0 due · 0 new left"
    assert shown_prompt(due) is None
    assert "Today’s new questions are done" in html(due)
    assert "Study " in html(due) and " more today" in html(due)


def test_it_introduces_new_questions_again_after_local_midnight(client, clock, tokyo):
    clock.now = AFTER_TOKYO_MIDNIGHT

    response = client.get(SESSION_URL, {"scope": "new"})

    assert shown_prompt(response) == "Question 3"
    assert progress_line(response) == "0 due · 2 new left"


def test_it_counts_todays_new_questions_towards_the_limit_as_they_are_graded(client, clock, tokyo):
    clock.now = AFTER_TOKYO_MIDNIGHT
    third = Question.objects.get(prompt="Question 3")

    client.post(grade_url(third), {"scope": "new", "rating": "4", "reps": "0"})
    response = client.get(SESSION_URL, {"scope": "new"})

    assert shown_prompt(response) == "Question 4"
    assert progress_line(response) == "0 due · 1 new left"


# --- past the daily limit, on purpose ---------------------------------------------------


def test_it_says_how_many_new_are_left_when_the_limit_empties_a_chosen_set(
    owner, user, preferences
):
    preferences.new_per_day = 0
    preferences.save()
    question_set = QuestionSetFactory(owner=user, title="Onsite")
    for _ in range(3):
        question_set.append(QuestionFactory())
    scope = f"set:{question_set.public_id}"

    card = owner.get(SESSION_URL, {"scope": scope})

    assert shown_prompt(card) is None
    assert "3 new questions are left in “Onsite”" in html(card)
    assert "Study 3 more today" in html(card)


def test_it_counts_the_new_questions_left_only_as_far_as_it_shows_them(owner, user, preferences):
    preferences.new_per_day = 0
    preferences.save()
    question_set = QuestionSetFactory(owner=user, title="Everything")
    for _ in range(52):
        question_set.append(QuestionFactory())

    card = owner.get(SESSION_URL, {"scope": f"set:{question_set.public_id}"})

    assert "50+ new questions are left in “Everything”" in html(card)
    assert "Study 10 more today" in html(card)


def test_it_studies_n_more_today_and_only_today(owner, clock, user, preferences):
    preferences.new_per_day = 1
    preferences.save()
    question_set = QuestionSetFactory(owner=user)
    questions = [QuestionFactory() for _ in range(4)]
    for question in questions:
        question_set.append(question)
    scope = f"set:{question_set.public_id}"
    grade_question(
        user=user,
        question=questions[0],
        rating=Rating.GOOD,
        expected_reps=0,
        now=clock.now,
    )

    more = owner.post("/practice/more/", {"scope": scope, "count": "2"})
    today = owner.get(SESSION_URL, {"scope": scope})
    clock.advance(days=1)
    tomorrow = owner.get(SESSION_URL, {"scope": scope})

    assert more.status_code == 302 and more.url == f"{SESSION_URL}?scope={scope}"
    assert progress_line(today).endswith("2 new left")
    assert progress_line(tomorrow).endswith("1 new left")


@pytest.mark.parametrize("count", ["", "0", "-5", "many"])
def test_it_refuses_a_nonsense_count_and_changes_nothing(owner, preferences, count):
    response = owner.post("/practice/more/", {"scope": "due", "count": count}, follow=True)

    preferences.refresh_from_db()
    assert "Choose how many more" in html(response)
    assert preferences.extra_new == 0
