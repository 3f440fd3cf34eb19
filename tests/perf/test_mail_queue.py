"""How fast the worker delivers queued mail, and what queueing costs a request.

uv run pytest tests/perf/test_mail_queue.py -o addopts="" -s
"""

import statistics
import time

from django.core import mail
from django.core.mail import EmailMessage
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts.mail import queue

MESSAGES = 2000


def test_queueing_and_delivering_mail(worker):
    costs = []
    for number in range(MESSAGES):
        message = EmailMessage(f"Reminder {number}", "You have 12 reviews due.", to=["a@b.c"])
        started = time.perf_counter()
        queue(message)
        costs.append(time.perf_counter() - started)

    started = time.perf_counter()
    worker(queues=["mail"])
    elapsed = time.perf_counter() - started

    assert len(mail.outbox) == MESSAGES
    assert not ProcrastinateJob.objects.filter(status="todo", queue_name="mail").exists()
    costs.sort()
    print(
        f"\nqueue(): median {statistics.median(costs) * 1000:.2f} ms, "
        f"p99 {costs[int(len(costs) * 0.99)] * 1000:.2f} ms per message"
        f"\nworker (1 process, 1 job at a time, locmem backend): {MESSAGES} messages in "
        f"{elapsed:.1f} s = {MESSAGES / elapsed:.0f} messages/s"
    )
