"""One run of the reminder task over 100,000 users with reminders on: how long the claim
(one UPDATE) and the queueing of their email jobs take, and how fast emails are written.

uv run pytest tests/perf/test_reminders_run.py -o addopts="" -s
"""

import datetime as dt
import statistics
import time

from django.contrib.auth.hashers import make_password
from django.core import mail
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts.models import User
from prep.practice.models import Card, Preferences
from prep.practice.tasks import queue_reminders
from tests.factories import QuestionFactory

USERS = 100_000
# 100,000 users spread over 24 zones (their 08:00 falls in a different UTC hour each), so
# the run at 08:00 Paris finds the one zone whose time has come, as in life; and a second
# measure with every user in that zone, the worst case.
ZONES = ["Europe/Paris", "Asia/Tokyo", "America/New_York", "UTC", "Asia/Kolkata"]
AT = dt.datetime(2026, 12, 4, 7, 0, tzinfo=dt.UTC)  # 08:00 in Paris
SENT_SAMPLE = 500


def make_users(zone_of) -> None:
    question = QuestionFactory()
    password = make_password(None)
    batch = 10_000
    for start in range(0, USERS, batch):
        users = User.objects.bulk_create(
            User(email=f"r{n}@example.com", password=password, timezone=zone_of(n))
            for n in range(start, start + batch)
        )
        Preferences.objects.bulk_create(
            Preferences(user=u, reminder_enabled=True, reminder_time=dt.time(8)) for u in users
        )
        Card.objects.bulk_create(
            Card(user=u, question=question, due=AT - dt.timedelta(days=1), state=2, stability=5)
            for u in users
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def timed_run() -> tuple[float, int]:
    started = time.perf_counter()
    claimed = queue_reminders(timestamp=int(AT.timestamp()))
    return time.perf_counter() - started, claimed


def test_one_run_over_100000_users_with_reminders(worker):
    make_users(lambda n: "Europe/Paris")
    worst, claimed = timed_run()
    assert claimed == USERS
    assert ProcrastinateJob.objects.filter(task_name="practice.send_reminder").count() == USERS
    again, none = timed_run()
    assert none == 0

    # Writing the emails: a sample, one job at a time in one worker.
    ProcrastinateJob.objects.filter(task_name="practice.send_reminder").exclude(
        id__in=ProcrastinateJob.objects.filter(task_name="practice.send_reminder").values("id")[
            :SENT_SAMPLE
        ]
    ).delete()
    started = time.perf_counter()
    worker(queues=["reminders"])
    written = time.perf_counter() - started
    assert len(mail.outbox) == 0  # written and queued for the mail queue, not yet sent
    assert ProcrastinateJob.objects.filter(queue_name="mail").count() == SENT_SAMPLE

    print(
        f"\n{USERS:,} users due a reminder at the same minute: claimed and {claimed:,} jobs "
        f"queued in {worst:.1f} s; the next run (nothing left) in {again * 1000:.0f} ms"
        f"\nwriting reminders: {SENT_SAMPLE} in {written:.1f} s = "
        f"{SENT_SAMPLE / written:.0f}/s per worker process"
    )


def test_one_run_when_users_are_spread_over_time_zones(worker):
    make_users(lambda n: ZONES[n % len(ZONES)])
    runs = [timed_run() for _ in range(3)]
    assert runs[0][1] == USERS // len(ZONES)
    print(
        f"\n{USERS:,} users with reminders over {len(ZONES)} zones: the run claims "
        f"{runs[0][1]:,} in {runs[0][0]:.1f} s; later runs of the day "
        f"(nothing left) median {statistics.median(r[0] for r in runs[1:]) * 1000:.0f} ms"
    )
