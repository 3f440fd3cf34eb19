"""The flashcard loop: show a card, reveal the answer, grade it, next card."""

import datetime as dt
import re

import pytest

from prep.practice.models import Card, Note, Preferences, Rating, Review, State
from prep.practice.sessions import grade_question
from questions.models import Level, Question, Status
from tests.factories import (
    CardFactory,
    NoteFactory,
    QuestionFactory,
    ReviewFactory,
    TopicFactory,
    UserFactory,
)
from tests.practice.helpers import (
    LOGIN_URL,
    REVEAL_URL,
    SESSION_URL,
    grade_url,
    hidden_fields,
    html,
    is_card_fragment,
    progress_line,
    shown_prompt,
)

pytestmark = pytest.mark.django_db

NOON = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
INVALID_RATING = "Choose Again, Hard, Good or Easy."


@pytest.fixture
def owner(client, clock, user, preferences):
    clock.now = NOON
    client.force_login(user)
    return client


@pytest.fixture
def first(topic):
    return QuestionFactory(topic=topic, prompt="What is the GIL?", answer="A **global** lock.")


@pytest.fixture
def second(topic):
    return QuestionFactory(topic=topic, prompt="What is a coroutine?")


# --- anonymous ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/practice/"),
        ("get", f"{SESSION_URL}?scope=due"),
        ("post", REVEAL_URL),
        ("post", "/practice/q/what-is-the-gil/grade/"),
    ],
)
def test_it_sends_anonymous_visitors_to_log_in(client, first, method, url):
    response = getattr(client, method)(url, {"scope": "due", "rating": "3", "reps": "0"})

    assert response.status_code == 302
    assert response.url.startswith(f"{LOGIN_URL}?next=")
    assert not Review.objects.exists()


# --- the card page and reveal -----------------------------------------------------------


def test_it_shows_the_first_new_question_as_a_full_page(owner, first, second):
    response = owner.get(SESSION_URL, {"scope": "due"})

    assert response.status_code == 200
    assert "<html" in html(response)
    assert shown_prompt(response) == "What is the GIL?"
    assert progress_line(response) == "0 due · 2 new left"
    assert "A <strong>global</strong> lock." not in html(response)
    assert hidden_fields(response, REVEAL_URL)["scope"] == "due"


def test_it_keeps_the_same_question_across_a_reload(owner, clock, first, second):
    shown = shown_prompt(owner.get(SESSION_URL, {"scope": "due"}))
    clock.advance(minutes=3)
    reloaded = shown_prompt(owner.get(SESSION_URL, {"scope": "due"}))

    assert shown == reloaded == "What is the GIL?"


def test_it_returns_only_the_card_to_htmx(owner, htmx, first):
    response = owner.get(SESSION_URL, {"scope": "due"}, **htmx)

    assert response.status_code == 200
    assert is_card_fragment(response)
    assert shown_prompt(response) == "What is the GIL?"
    assert "HX-Request" in response["Vary"]


def test_it_reveals_the_answer_in_the_card_fragment_to_htmx(owner, htmx, first):
    fields = hidden_fields(owner.get(SESSION_URL, {"scope": "due"}), REVEAL_URL)

    response = owner.post(REVEAL_URL, {**fields, "typed_answer": "A big lock"}, **htmx)

    assert response.status_code == 200
    assert is_card_fragment(response)
    assert 'id="practice-card"' in html(response)
    assert "A <strong>global</strong> lock." in html(response)
    assert "A big lock" in html(response)
    assert "HX-Request" in response["Vary"]
    grade_fields = hidden_fields(response, grade_url(first))
    assert grade_fields["reps"] == "0"
    assert grade_fields["scope"] == "due"
    assert grade_fields["typed_answer"] == "A big lock"
    assert not Review.objects.exists()


def test_it_reveals_the_answer_as_a_full_page_without_htmx(owner, first):
    response = owner.post(REVEAL_URL, {"scope": "due", "question": first.slug})

    assert response.status_code == 200
    assert "<html" in html(response)
    assert "A <strong>global</strong> lock." in html(response)


def test_it_reveals_the_question_that_was_shown_even_if_another_fell_due_since(
    owner, clock, user, preferences, first, second
):
    grade_question(
        user=user,
        question=second,
        rating=Rating.AGAIN,
        expected_reps=0,
        now=NOON,
    )  # back in one minute
    shown = owner.get(SESSION_URL, {"scope": "due"})
    assert shown_prompt(shown) == "What is the GIL?"

    clock.advance(minutes=2)  # the user thinks; "What is a coroutine?" falls due meanwhile
    response = owner.post(
        REVEAL_URL, {**hidden_fields(shown, REVEAL_URL), "typed_answer": "A lock"}
    )

    assert shown_prompt(response) == "What is the GIL?"
    assert "A <strong>global</strong> lock." in html(response)


# --- grading ----------------------------------------------------------------------------


def test_it_records_a_grade_and_redirects_to_the_session_in_the_same_scope(owner, user, first):
    response = owner.post(
        grade_url(first), {"scope": f"topic:{first.topic.slug}", "rating": "3", "reps": "0"}
    )

    assert response.status_code == 302
    assert response.url == f"{SESSION_URL}?scope=topic:{first.topic.slug}&undo={first.slug}:0"
    review = Review.objects.get()
    assert (review.user, review.question, review.rating) == (user, first, Rating.GOOD)
    assert (review.sequence, review.state_before, review.reviewed_at) == (0, State.NEW, NOON)
    card = Card.objects.get(user=user, question=first)
    assert (card.reps, card.state, card.due) == (1, State.LEARNING, NOON + dt.timedelta(minutes=10))
    assert review.due_after == card.due


def test_it_returns_the_next_card_fragment_to_htmx_after_a_grade(owner, htmx, first, second):
    response = owner.post(grade_url(first), {"scope": "due", "rating": "3", "reps": "0"}, **htmx)

    assert response.status_code == 200
    assert is_card_fragment(response)
    assert shown_prompt(response) == "What is a coroutine?"
    assert progress_line(response) == "0 due · 1 new left"
    assert "HX-Request" in response["Vary"]


def test_it_says_all_caught_up_after_the_last_card(owner, htmx, first):
    # "Easy" graduates a new card at once: no learning step brings it back today.
    response = owner.post(grade_url(first), {"scope": "due", "rating": "4", "reps": "0"}, **htmx)

    assert shown_prompt(response) is None
    assert "All caught up" in html(response)
    assert "Next review due" in html(response)


def test_it_stores_the_typed_answer_and_how_long_the_answer_took(owner, first):
    shown_at = (NOON - dt.timedelta(seconds=42)).isoformat()

    owner.post(
        grade_url(first),
        {
            "scope": "due",
            "rating": "2",
            "reps": "0",
            "shown_at": shown_at,
            "typed_answer": "One thread runs Python bytecode at a time.",
        },
    )

    review = Review.objects.get()
    assert review.typed_answer == "One thread runs Python bytecode at a time."
    assert review.duration_ms == 42_000
    assert review.rating == Rating.HARD


def test_a_typed_answer_is_stored_as_typed_whatever_characters_it_holds(owner, first):
    # The grade's writes go as one statement with their values bound in by the driver.
    typed = "It's 100% %s and %(user)s; O'Brien said \\n -- DROP TABLE x; ü → 🐍"

    owner.post(
        grade_url(first), {"scope": "due", "rating": "3", "reps": "0", "typed_answer": typed}
    )

    assert Review.objects.get().typed_answer == typed
    assert Card.objects.get(question=first).reps == 1


def test_the_next_cards_time_starts_when_it_is_shown_not_with_the_card_before(
    owner, clock, first, second
):
    started = (NOON - dt.timedelta(seconds=30)).isoformat()
    data = {"scope": "due", "rating": "4", "reps": "0", "shown_at": started}
    response = owner.post(grade_url(first), data, headers={"HX-Request": "true"})
    [shown_at] = re.findall(r'name="shown_at" value="([^"]+)"', html(response))
    clock.advance(seconds=20)

    owner.post(grade_url(second), {**data, "shown_at": shown_at})

    assert Review.objects.get(question=second).duration_ms == 20_000


@pytest.mark.parametrize(
    ("shown_at", "duration_ms"),
    [
        ("2025-06-11T10:00:00+00:00", 600_000),  # left open for two hours: capped at 10 min
        ("2025-06-11T12:05:00+00:00", 0),  # a clock in the future does not go negative
        ("2025-06-11T11:59:59", None),  # no time zone: unknown
        ("yesterday", None),
        ("", None),
    ],
)
def test_it_stores_a_sensible_duration_or_none(owner, first, shown_at, duration_ms):
    owner.post(grade_url(first), {"scope": "due", "rating": "3", "reps": "0", "shown_at": shown_at})

    assert Review.objects.get().duration_ms == duration_ms


@pytest.mark.parametrize("rating", ["9", "x", "0", None])
def test_it_explains_an_invalid_rating_and_records_nothing(owner, first, rating):
    data = {"scope": "due", "reps": "0", "typed_answer": "My answer"}
    if rating is not None:
        data["rating"] = rating

    response = owner.post(grade_url(first), data)

    assert response.status_code == 200
    assert INVALID_RATING in html(response)
    assert shown_prompt(response) == "What is the GIL?"
    assert hidden_fields(response, grade_url(first))["typed_answer"] == "My answer"
    assert not Review.objects.exists()
    assert not Card.objects.exists()


def test_it_explains_an_invalid_rating_in_the_card_fragment_to_htmx(owner, htmx, first):
    response = owner.post(grade_url(first), {"scope": "due", "rating": "x", "reps": "0"}, **htmx)

    assert response.status_code == 200
    assert is_card_fragment(response)
    assert f'<span class="errors" role="alert">{INVALID_RATING}</span>' in html(response)
    assert not Review.objects.exists()


def test_it_explains_a_missing_rep_count_and_records_nothing(owner, first):
    response = owner.post(grade_url(first), {"scope": "due", "rating": "3"})

    assert INVALID_RATING in html(response)
    assert not Review.objects.exists()


@pytest.mark.parametrize(
    "kind", ["draft", "needs_answer", "archived", "private_of_another_user", "unknown"]
)
def test_it_404s_for_a_question_not_in_the_bank(owner, user, topic, kind):
    questions = {
        "draft": lambda: QuestionFactory(topic=topic, status=Status.DRAFT),
        "needs_answer": lambda: QuestionFactory(topic=topic, status=Status.NEEDS_ANSWER),
        "archived": lambda: QuestionFactory(topic=topic, status=Status.ARCHIVED),
        "private_of_another_user": lambda: QuestionFactory(topic=topic, owner=UserFactory()),
        "unknown": lambda: QuestionFactory.build(slug="no-such-question"),
    }
    question = questions[kind]()

    response = owner.post(grade_url(question), {"scope": "due", "rating": "3", "reps": "0"})

    assert response.status_code == 404
    assert not Review.objects.exists()
    assert not Card.objects.filter(user=user).exists()


def test_it_never_shows_another_users_cards(owner, outsider, first):
    grade_question(
        user=outsider,
        question=first,
        rating=Rating.AGAIN,
        expected_reps=0,
        now=NOON - dt.timedelta(hours=1),
    )

    response = owner.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(response) == "What is the GIL?"
    assert progress_line(response) == "0 due · 1 new left"
    assert '<span class="tag">new</span>' in html(response)


@pytest.mark.parametrize(("retention", "soonest"), [(0.97, True), (None, False), (0.75, False)])
def test_a_grade_schedules_by_the_graders_own_desired_retention(first, retention, soonest):
    def due_after_a_good_grade(retention):
        user = UserFactory()
        if retention is not None:  # (None: the user never saved their settings)
            Preferences.objects.create(user=user, desired_retention=retention)
        card = CardFactory(
            user=user, question=first, state=State.REVIEW, stability=20.0, difficulty=5.0,
            reps=5, due=NOON, last_review=NOON - dt.timedelta(days=20),
        )  # fmt: skip
        grade_question(user=user, question=first, rating=Rating.GOOD, expected_reps=5, now=NOON)
        card.refresh_from_db()
        return card.due - NOON

    interval, default = due_after_a_good_grade(retention), due_after_a_good_grade(None)

    # remembering more asks for shorter intervals; no settings is the default's 90%
    assert (interval < default * 0.8) is soonest
    assert (interval > default * 1.2) is (retention == 0.75)


# --- what the revealed card shows -----------------------------------------------------


@pytest.mark.parametrize(("fresh_mode", "note_shown"), [(False, True), (True, False)])
def test_it_shows_the_users_note_unless_in_fresh_mode(
    owner, user, preferences, first, fresh_mode, note_shown
):
    preferences.fresh_mode = fresh_mode
    preferences.save()
    NoteFactory(user=user, question=first, text="Mnemonic: **one** lock")

    response = owner.post(REVEAL_URL, {"scope": "due", "question": first.slug})

    assert shown_prompt(response) == "What is the GIL?"
    assert ("Mnemonic: <strong>one</strong> lock" in html(response)) is note_shown
    assert ("Your note" in html(response)) is note_shown


def test_it_shows_the_leech_tag_on_a_card_forgotten_eight_times(owner, user, first):
    CardFactory(user=user, question=first, lapses=8, due=NOON - dt.timedelta(hours=1))

    response = owner.get(SESSION_URL, {"scope": "due"})

    assert shown_prompt(response) == "What is the GIL?"
    assert '<span class="tag leech">leech</span>' in html(response)
    assert Note.objects.count() == 0


def test_it_labels_the_grade_buttons_with_their_intervals(owner, first):
    response = owner.post(REVEAL_URL, {"scope": "due", "question": first.slug})

    intervals = re.findall(r'<span class="interval">· (.*?)</span>', html(response))

    assert intervals == ["1m", "6m", "10m", "8d"]


@pytest.mark.parametrize(
    ("scope", "expected"), [("topic:later", "In the later topic"), ("level:junior", "A junior one")]
)
def test_it_practises_only_the_questions_of_a_topic_or_level(owner, scope, expected):
    earlier, later = TopicFactory(order=0, slug="earlier"), TopicFactory(order=5, slug="later")
    QuestionFactory(topic=earlier, prompt="A junior one", level=Level.JUNIOR)
    QuestionFactory(topic=earlier, prompt="In the earlier topic", level=Level.MID)
    QuestionFactory(topic=later, prompt="In the later topic", level=Level.SENIOR)

    response = owner.get(SESSION_URL, {"scope": scope})

    assert response.status_code == 200
    assert shown_prompt(response) == expected
    assert progress_line(response) == "0 due · 1 new left"


def test_it_explains_an_invalid_rating_on_the_question_being_graded(
    owner, clock, user, preferences, first, second
):
    grade_question(
        user=user,
        question=second,
        rating=Rating.AGAIN,
        expected_reps=0,
        now=NOON,
    )  # back in one minute
    clock.advance(minutes=2)  # "What is a coroutine?" is due now, but the user was grading the GIL

    response = owner.post(grade_url(first), {"scope": "due", "reps": "0", "typed_answer": "A lock"})

    assert INVALID_RATING in html(response)
    assert shown_prompt(response) == "What is the GIL?"
    assert hidden_fields(response, grade_url(first))["typed_answer"] == "A lock"


def test_it_keeps_at_most_ten_thousand_characters_of_a_typed_answer(owner, first):
    owner.post(
        grade_url(first), {"scope": "due", "rating": "3", "reps": "0", "typed_answer": "a" * 20_000}
    )

    assert Review.objects.get().typed_answer == "a" * 10_000


def test_it_returns_the_full_page_to_an_htmx_history_restore(owner, htmx, first):
    response = owner.get(
        SESSION_URL, {"scope": "due"}, **htmx, HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )

    assert "<html" in html(response)
    assert shown_prompt(response) == "What is the GIL?"


def test_it_shows_the_last_typed_answer_and_the_bookmark_on_the_revealed_card(owner, user, first):
    card = CardFactory(user=user, question=first)
    ReviewFactory(card=card, typed_answer="A mutex around the interpreter")

    response = owner.post(REVEAL_URL, {"scope": "due", "question": first.slug})

    assert "Last time you answered" in html(response)
    assert "A mutex around the interpreter" in html(response)
    assert 'aria-pressed="false"' in html(response)
    # A plain bookmark POST comes back to the session, not to the reveal URL.
    assert '<input type="hidden" name="next" value="/practice/session/?scope=due">' in html(
        response
    )


def test_new_questions_come_in_topic_order_then_in_order_of_addition_then_untopicked(owner):
    later = TopicFactory(order=5, slug="later-topic")
    earlier = TopicFactory(order=1, slug="earlier-topic")
    QuestionFactory(topic=None, prompt="No topic at all")
    QuestionFactory(topic=later, prompt="Later topic, added first")
    QuestionFactory(topic=earlier, prompt="Earlier topic, added second")
    QuestionFactory(topic=earlier, prompt="Earlier topic, added third")

    shown = []
    for _ in range(4):
        response = owner.get(SESSION_URL, {"scope": "due"})
        shown.append(shown_prompt(response))
        question = Question.objects.get(prompt=shown[-1])
        owner.post(grade_url(question), {"scope": "due", "rating": "4", "reps": "0"})

    assert shown == [
        "Earlier topic, added second",
        "Earlier topic, added third",
        "Later topic, added first",
        "No topic at all",
    ]
