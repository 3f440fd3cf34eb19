"""Bury until tomorrow, suspend (and take back), and report a question to staff."""

import datetime as dt

import pytest

from prep.practice.models import Card
from questions.models import Flag, FlagReason, Question, Status
from tests.factories import CardFactory, QuestionFactory, UserFactory
from tests.practice.helpers import SESSION_URL, html, progress_line, shown_prompt

pytestmark = pytest.mark.django_db

MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # 10:00 in Paris
HTMX = {"HX-Request": "true"}


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    user.timezone = "Europe/Paris"
    user.save()
    client.force_login(user)
    return client


@pytest.fixture
def card(user):
    return CardFactory(
        user=user, question=QuestionFactory(prompt="Buried one"), due=MOMENT - dt.timedelta(days=1)
    )


@pytest.fixture
def other_card(user):
    return CardFactory(
        user=user, question=QuestionFactory(prompt="Next one"), due=MOMENT - dt.timedelta(hours=1)
    )


def post(client, action: str, question: Question, data=None, **headers):
    return client.post(
        f"/practice/q/{question.slug}/{action}/", {"scope": "due", **(data or {})}, **headers
    )


class TestBury:
    def test_it_is_out_of_practice_until_the_users_tomorrow(self, owner, clock, card, other_card):
        response = post(owner, "bury", card.question, headers=HTMX)

        assert shown_prompt(response) == "Next one"
        assert "Buried until tomorrow" in html(response)
        card.refresh_from_db()
        assert card.due == dt.datetime(2026, 3, 3, 0, 0, tzinfo=dt.UTC) - dt.timedelta(hours=1)
        assert progress_line(owner.get(f"{SESSION_URL}?scope=due")).startswith("1 due")
        clock.now = card.due  # midnight in Paris
        assert progress_line(owner.get(f"{SESSION_URL}?scope=due")).startswith("2 due")

    def test_without_javascript_it_redirects_to_the_session(self, owner, card):
        response = post(owner, "bury", card.question, follow=True)

        assert response.redirect_chain == [(f"{SESSION_URL}?scope=due", 302)]
        assert "Buried until tomorrow" in html(response)

    def test_a_card_due_later_than_tomorrow_keeps_its_date(self, owner, user):
        later = CardFactory(user=user, due=MOMENT + dt.timedelta(days=9))

        post(owner, "bury", later.question)

        assert Card.objects.get(pk=later.pk).due == later.due


class TestSuspend:
    def test_a_suspended_card_leaves_every_count_until_taken_back(self, owner, card, other_card):
        response = post(owner, "suspend", card.question, headers=HTMX)

        assert shown_prompt(response) == "Next one"
        assert Card.objects.get(pk=card.pk).suspended
        assert "1 due" in html(owner.get(f"{SESSION_URL}?scope=due"))
        due_now = '<span class="stat-value">1</span><span class="stat-label">due now'
        assert due_now in html(owner.get("/progress/"))
        home = html(owner.get("/practice/"))
        assert "Suspended" in home and "Buried one" in home

        back = owner.post(f"/practice/q/{card.question.slug}/unsuspend/", follow=True)

        assert "is back in practice" in html(back)
        assert not Card.objects.get(pk=card.pk).suspended

    def test_a_suspended_card_is_not_new_again(self, owner, card):
        post(owner, "suspend", card.question)

        assert "Buried one" not in html(owner.get(f"{SESSION_URL}?scope=new"))


class TestFlag:
    def test_a_report_reaches_the_staff_queue_with_the_comment(self, owner, user, card):
        response = post(
            owner,
            "flag",
            card.question,
            {"reason": FlagReason.WRONG, "comment": "asyncio.run creates a new loop"},
            headers=HTMX,
        )

        assert "Thank you: staff will look at this question." in html(response)
        assert "<h1" not in html(response)  # the panel, not the page
        flag = Flag.objects.get()
        assert (flag.question, flag.reported_by, flag.reason) == (
            card.question,
            user,
            FlagReason.WRONG,
        )
        assert flag.comment == "asyncio.run creates a new loop"

    def test_a_new_question_can_be_reported_too(self, owner):
        question = QuestionFactory()

        post(owner, "flag", question, {"reason": FlagReason.BETTER})

        assert Flag.objects.get().question == question

    def test_without_a_reason_nothing_is_sent_and_it_says_why(self, owner, card):
        htmx = post(owner, "flag", card.question, {"reason": "nonsense"}, headers=HTMX)
        plain = post(owner, "flag", card.question, {}, follow=True)

        assert htmx.status_code == 200
        assert 'class="errors"' in html(htmx)
        assert "Nothing was sent: choose what is wrong" in html(plain)
        assert not Flag.objects.exists()

    def test_staff_see_open_flags_in_the_admin(self, client, card):
        Flag.objects.create(question=card.question, reason=FlagReason.WRONG, comment="typo")
        client.force_login(UserFactory(is_staff=True, is_superuser=True))

        page = html(client.get("/admin/questions/flag/"))

        assert "Buried one" in page and "typo" in page


class TestNobodyElse:
    @pytest.mark.parametrize("action", ["bury", "suspend"])
    def test_another_users_card_is_a_404_and_unchanged(self, client, clock, card, action):
        clock.now = MOMENT
        client.force_login(UserFactory())

        response = post(client, action, card.question)

        assert response.status_code == 404
        unchanged = Card.objects.get(pk=card.pk)
        assert (unchanged.due, unchanged.suspended) == (card.due, False)

    def test_a_question_i_cannot_see_cannot_be_reported(self, owner):
        hidden = QuestionFactory(status=Status.DRAFT)

        response = post(owner, "flag", hidden, {"reason": FlagReason.WRONG})

        assert response.status_code == 404
        assert not Flag.objects.exists()

    @pytest.mark.parametrize("action", ["bury", "suspend", "unsuspend", "flag"])
    def test_anonymous_visitors_are_sent_to_log_in(self, client, card, action):
        response = post(client, action, card.question)

        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")
