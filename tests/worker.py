"""Run the real Procrastinate worker inside a test, until the queue is empty.

The worker reads the jobs the code under test wrote to PostgreSQL over its own
connection, as in production, so a test that runs it must commit its data:
mark it `django_db(transaction=True)` (the `worker` fixture does).
"""

import threading

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection, connections
from django.db.models import Q
from django.utils import timezone
from procrastinate.contrib.django import app, procrastinate_app
from procrastinate.contrib.django.models import ProcrastinateJob
from procrastinate.periodic import PeriodicRegistry


def run_jobs(*, queues: list[str] | None = None) -> int:
    """Run every job that is due, the way `manage.py procrastinate worker` does; return
    how many finished (succeeded or failed)."""
    before = _finished()
    # In a thread of its own: the browser tests' page already runs an event loop here.
    errors: list[BaseException] = []

    def run() -> None:
        try:
            _run_until_empty(queues)
        except BaseException as error:  # handed to the test below
            errors.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return _finished() - before


def _run_until_empty(queues) -> None:
    # The test defers a periodic task itself, at the moment it chooses; the clock of the
    # machine running the suite never defers one (a reminder due at CI's real hour).
    real_app = procrastinate_app.current_app  # `app` is a proxy: attributes set on it stay there
    periodic_tasks, real_app.periodic_registry = real_app.periodic_registry, PeriodicRegistry()
    try:
        with app.replace_connector(app.connector.get_worker_connector()):
            _run_worker_until_empty(queues)
    finally:
        real_app.periodic_registry = periodic_tasks
    connections.close_all()  # this thread's own connection


def _run_worker_until_empty(queues) -> None:
    # One job at a time, and again while a due job is left (one deferred by a job).
    for _ in range(10):
        app.run_worker(
            queues=queues,
            wait=False,
            concurrency=1,
            listen_notify=False,
            install_signal_handlers=False,
        )
        if not _due(queues).exists():
            break


def _due(queues):
    jobs = ProcrastinateJob.objects.filter(status="todo").filter(
        Q(scheduled_at__isnull=True) | Q(scheduled_at__lte=timezone.now())
    )
    return jobs.filter(queue_name__in=queues) if queues else jobs


def _finished() -> int:
    return ProcrastinateJob.objects.exclude(status__in=["todo", "doing"]).count()


@pytest.fixture
def worker(transactional_db):
    """`worker()` runs the queue until it is empty.

    Procrastinate's tables are not Django-managed, so the flush between transactional
    tests leaves them alone: each test starts with an empty queue here instead.
    """
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE procrastinate_jobs, procrastinate_workers CASCADE")
    # The database cache survives the flush too, and with it allauth's rate limits
    # (one confirmation email per address every few minutes).
    cache.clear()
    yield run_jobs
    cache.clear()


@pytest.fixture
def sent_mail(worker):
    """`sent_mail()` lets the worker deliver the queued mail, then returns the outbox."""

    def deliver() -> list:
        worker(queues=["mail"])
        return mail.outbox

    return deliver
