"""The database cache keeps every user's values, and a write is one statement."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from prep.cache import UpsertDatabaseCache
from prep.practice.kept import kept_for_user
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


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
    assert (cache.get("gone"), cache.get("kept")) == (None, 2)


def test_add_writes_only_over_a_missing_or_expired_value_and_touch_only_a_live_one():
    cache.set("expired", "old", -1)
    assert cache.add("new", 1, 60) is True
    assert cache.add("new", 2, 60) is False
    assert cache.add("expired", "fresh", 60) is True
    assert (cache.get("new"), cache.get("expired")) == (1, "fresh")
    assert cache.touch("new", 120) is True
    assert cache.touch("missing", 120) is False


def test_a_key_too_long_for_the_table_is_refused_not_an_error():
    long_key = "k" * 300
    with pytest.warns(CacheKeyWarning):  # Django's warning, for memcached's sake
        assert cache.add(long_key, 1, 60) is False
        cache.set(long_key, 1, 60)  # no error: nothing kept
        assert cache.get(long_key) is None


def test_a_failed_login_with_a_very_long_address_is_counted(client):
    address = f"{'a' * 240}@example.com"  # longer than a cache key may be
    for _ in range(2):
        response = client.post("/accounts/login/", {"login": address, "password": "wrong"})
        assert response.status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_cache WHERE cache_key LIKE %s", ["%failures%"])
        assert cursor.fetchone()[0] == 1


def table_size() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_cache")
        return cursor.fetchone()[0]


def test_tidying_deletes_expired_rows_then_the_excess():
    tidy = UpsertDatabaseCache("django_cache", {"OPTIONS": {"MAX_ENTRIES": 5, "TIDY_EVERY": 1}})
    tidy.set("expired", 1, -1)
    for number in range(12):
        tidy.set(f"fresh:{number}", number, 60)
    assert tidy.get("expired") is None
    assert 1 <= table_size() <= 8  # a third culled whenever over five


def test_set_each_writes_several_keys_each_with_its_timeout_in_one_statement():
    cache.set("token", "old", 60)
    with CaptureQueriesContext(connection) as queries:
        assert cache.set_each({"token": ("new", 3600), "page": ({"card": 1}, -1)}) is True
    assert len(queries) == 1
    assert (cache.get("token"), cache.get("page")) == ("new", None)  # the page's expired


def test_set_each_refuses_a_key_too_long_and_writes_none_of_them():
    with pytest.warns(CacheKeyWarning):
        assert cache.set_each({"short": (1, 60), "k" * 300: (2, 60)}) is False
    assert cache.get("short") is None


def test_pop_returns_the_value_it_deletes_in_one_statement():
    cache.set("token", "abc", 60)
    cache.set("stale", "old", -1)
    with CaptureQueriesContext(connection) as queries:
        assert cache.pop("token") == "abc"
    assert len(queries) == 1
    assert cache.get("token") is None
    assert (cache.pop("token"), cache.pop("stale", "gone")) == (None, "gone")


def test_set_each_adding_its_first_key_writes_all_or_none():
    entries = {"token": ("mine", 3600), "page": ("my page", 60)}
    assert cache.set_each(entries, add_first=True) is True
    assert (cache.get("token"), cache.get("page")) == ("mine", "my page")

    taken = {"token": ("other", 3600), "page": ("other page", 60)}
    assert cache.set_each(taken, add_first=True) is False  # a token is there: nothing written
    assert (cache.get("token"), cache.get("page")) == ("mine", "my page")

    cache.set("token", "stale", -1)
    assert cache.set_each(taken, add_first=True) is True  # over an expired one
    assert cache.set_each({"alone": (1, 60)}, add_first=True) is True
    assert cache.set_each({"alone": (2, 60)}, add_first=True) is False
    assert (cache.get("page"), cache.get("alone")) == ("other page", 1)
