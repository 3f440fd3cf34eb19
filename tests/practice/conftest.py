import datetime as dt

import pytest

from prep.practice.models import Preferences


class Clock:
    """The time the views see (django.utils.timezone.now), moved by the test."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def advance(self, **delta) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(dt.datetime(2025, 6, 11, 9, 0, tzinfo=dt.UTC))
    # Every `timezone.now()` reads it, so log in after setting it: sessions expire by it too.
    monkeypatch.setattr("django.utils.timezone.now", lambda: clock.now)
    return clock


@pytest.fixture
def preferences(user):
    return Preferences.objects.create(user=user, new_per_day=10, desired_retention=0.9)
