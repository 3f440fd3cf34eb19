"""The database cache keeps every user's values, and a write is one statement."""

import datetime as dt

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from prep.practice.kept import kept_for_user
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_users_kept_value_survives_many_other_users_visits():
    # Django's database cache deleted a third of its table past 300 entries: a few hundred
    # signed-in users threw each other's kept statistics (and failed-login counters) away.
    first = UserFactory()
    now = timezone.now()
    until = now + dt.timedelta(minutes=1)
    kept_for_user(first, now, "landing", lambda: ("first", until))
    for number in range(400):
        cache.set(f"someone-else:{number}", number, 60)
    computed = []
    value = kept_for_user(first, now, "landing", lambda: computed.append(1) or ("again", until))
    assert (value, computed) == ("first", [])


def test_a_write_is_one_statement_and_overwrites():
    cache.set("answer", 41, 60)
    with CaptureQueriesContext(connection) as queries:
        cache.set("answer", 42, 60)
    assert len(queries) == 1
    assert cache.get("answer") == 42


def test_values_expire_and_none_means_forever():
    cache.set("gone", 1, -1)
    cache.set("kept", 2, None)
    cache.add("added", 3, 60)
    assert (cache.get("gone"), cache.get("kept"), cache.get("added")) == (None, 2, 3)


def test_tidying_deletes_expired_rows():
    tidy = caches.create_connection("default")
    tidy._tidy_every = 1  # tidy on every write
    tidy.set("expired", 1, -1)
    tidy.set("fresh", 2, 60)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM django_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert any(key.endswith(":fresh") for key in keys)
    assert not any(key.endswith(":expired") for key in keys)
