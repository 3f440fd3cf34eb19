"""The practice page and the progress page state the same numbers: what is due now, and
how many reviews the user gave today (their local day, mock interviews included)."""

import datetime as dt
import re

import pytest

from prep.practice.models import Origin
from tests.factories import CardFactory, ReviewFactory, UserFactory
from tests.practice.helpers import html

pytestmark = pytest.mark.django_db

# 01:30 in New York on 11 June: 03:00 UTC on the 11th was still the 10th there.
NOW = dt.datetime(2025, 6, 11, 5, 30, tzinfo=dt.UTC)


def stat(page: str, label: str) -> str:
    [value] = re.findall(
        r'<span class="stat-value">([^<]*)</span><span class="stat-label">' + label, page
    )
    return value


def test_both_pages_count_the_same_due_and_reviewed_today(client, clock):
    clock.now = NOW
    user = UserFactory(timezone="America/New_York")
    for hours_ago in (0.5, 1, 1.4):  # today in New York, one of them a mock interview
        ReviewFactory(card__user=user, reviewed_at=NOW - dt.timedelta(hours=hours_ago))
    ReviewFactory(card__user=user, reviewed_at=NOW - dt.timedelta(hours=1.2), origin=Origin.MOCK)
    ReviewFactory(card__user=user, reviewed_at=NOW - dt.timedelta(hours=2.5))  # yesterday there
    for _ in range(2):
        CardFactory(user=user, due=NOW - dt.timedelta(minutes=5))
    client.force_login(user)

    practice = html(client.get("/practice/"))
    progress = html(client.get("/progress/"))

    assert '<h2 id="start-heading">2 reviews due</h2>' in practice
    assert "4 reviewed today." in practice
    assert (stat(progress, "due now"), stat(progress, "reviewed today")) == ("2", "4")


def test_a_new_account_is_offered_onboarding_until_its_first_review(client, clock, user):
    clock.now = NOW
    client.force_login(user)

    assert "0 reviewed today." in html(client.get("/practice/"))
    assert 'href="/progress/welcome/"' in html(client.get("/practice/"))

    ReviewFactory(card__user=user, reviewed_at=NOW - dt.timedelta(days=3))

    assert 'href="/progress/welcome/"' not in html(client.get("/practice/"))
