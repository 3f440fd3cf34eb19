"""Times are the user's own: their midnight, and their zone on every page."""

import datetime as dt
import zoneinfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from accounts.timezones import TimezoneMiddleware, local_midnight
from tests.factories import UserFactory

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def test_it_finds_the_users_midnight_not_utcs():
    late_evening_utc = dt.datetime(2025, 6, 11, 20, 0, tzinfo=dt.UTC)  # 05:00 on the 12th in Tokyo

    assert local_midnight(late_evening_utc, TOKYO) == dt.datetime(2025, 6, 12, tzinfo=TOKYO)
    assert local_midnight(late_evening_utc, TOKYO, 1) == dt.datetime(2025, 6, 13, tzinfo=TOKYO)
    assert local_midnight(late_evening_utc, TOKYO, -1) == dt.datetime(2025, 6, 11, tzinfo=TOKYO)


def test_it_counts_days_across_a_daylight_saving_change():
    # New York springs forward on 9 March 2025: that day has 23 hours.
    before = dt.datetime(2025, 3, 9, 12, 0, tzinfo=NEW_YORK)

    tomorrow = local_midnight(before, NEW_YORK, 1)

    assert tomorrow.isoformat() == "2025-03-10T00:00:00-04:00"
    today = local_midnight(before, NEW_YORK)
    # Same-zone subtraction is wall-clock time in Python: compare real instants.
    assert tomorrow.astimezone(dt.UTC) - today.astimezone(dt.UTC) == dt.timedelta(hours=23)


def zone_seen_by_view(user) -> str:
    request = RequestFactory().get("/")
    request.user = user
    seen = []

    def view(request):
        seen.append(timezone.get_current_timezone_name())

    middleware = TimezoneMiddleware(
        lambda request: middleware.process_view(request, view, (), {}) or view(request)
    )
    middleware(request)
    return seen[0]


@pytest.mark.django_db
def test_it_shows_a_signed_in_user_their_own_time_zone():
    assert zone_seen_by_view(UserFactory(timezone="Asia/Tokyo")) == "Asia/Tokyo"


@pytest.mark.django_db
def test_it_shows_a_visitor_utc_even_after_a_signed_in_request():
    zone_seen_by_view(UserFactory(timezone="Asia/Tokyo"))

    assert zone_seen_by_view(AnonymousUser()) == "UTC"
