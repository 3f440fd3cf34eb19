import datetime as dt
import os

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from prep.database import pid_alive, start_embedded_database
from tests.factories import QuestionFactory, TopicFactory, UserFactory
from tests.worker import sent_mail, worker  # noqa: F401  (fixtures)

# The database cache tidies its table on a write in 200, at random: never here, so that a
# page's queries are counted exactly (tests/prep/test_cache.py tidies on its own).
if settings.CACHES["default"]["BACKEND"] == "prep.cache.UpsertDatabaseCache":
    settings.CACHES["default"]["OPTIONS"]["TIDY_EVERY"] = 0


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, django_db_blocker):
    """Give each pytest run its own test database.

    Two runs at once (two terminals, CI beside a developer) would otherwise create
    and drop the same "test_interviewprep" under each other. Databases left by
    runs that were killed are dropped here too.
    """
    start_embedded_database()  # settings only point at it; the test setup starts it
    database = settings.DATABASES["default"]
    # The live server's threads would otherwise keep connections open past the run's end,
    # and the test database could not be dropped.
    database["CONN_MAX_AGE"] = 0
    prefix = f"test_{database['NAME']}_"
    database.setdefault("TEST", {})["NAME"] = f"{prefix}{os.getpid()}"
    with django_db_blocker.unblock():
        _drop_abandoned_test_databases(prefix)


def _drop_abandoned_test_databases(prefix: str) -> None:
    from django.db import connection

    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"])
        for (name,) in cursor.fetchall():
            pid = name.removeprefix(prefix)
            if pid.isdigit() and not pid_alive(int(pid)):
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def empty_cache():
    """The cache empty before and after the test: it is not a model's table, and outlives
    a transactional test (pytestmark = pytest.mark.usefixtures("empty_cache"))."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_tests(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Files a test writes (data exports) go to its own folder, never to var/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def outsider(db):
    return UserFactory()


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def topic(db):
    return TopicFactory()


@pytest.fixture
def question(db, topic):
    return QuestionFactory(topic=topic)


@pytest.fixture
def htmx():
    """Headers htmx sends with its requests."""
    return {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/"}


class Clock:
    """The time the whole process sees (time-machine), moved by the test.

    Log in after setting it: sessions expire by it too.
    """

    def __init__(self, traveller):
        self._traveller = traveller

    @property
    def now(self) -> dt.datetime:
        return timezone.now()

    @now.setter
    def now(self, moment: dt.datetime) -> None:
        self._traveller.move_to(moment)

    def advance(self, **delta) -> dt.datetime:
        self._traveller.shift(dt.timedelta(**delta))
        return self.now


@pytest.fixture
def clock():
    """Time stands still at 2025-06-11 09:00 UTC until the test moves it."""
    with time_machine.travel(dt.datetime(2025, 6, 11, 9, 0, tzinfo=dt.UTC), tick=False) as t:
        yield Clock(t)


@pytest.fixture
def interviewer(db):
    from tests.factories import make_interviewer

    return make_interviewer(UserFactory(display_name="Ines Interviewer"))
