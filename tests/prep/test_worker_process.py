"""The real worker process, killed in the middle of a job: the job runs again, once."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core import mail as outbox
from django.core.mail import EmailMessage
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts import mail
from prep.tasks import retry_stalled_jobs

MANAGE = Path(settings.BASE_DIR) / "manage.py"


@pytest.fixture
def silent_mail_server():
    """An SMTP port that accepts connections and never answers: a send hangs there."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()
    for client in accepted:
        client.close()


def worker_process(smtp_port: int = 25, queue: str = "mail") -> subprocess.Popen:
    db = connection.settings_dict
    host = quote(db["HOST"], safe="") if db["HOST"].startswith("/") else db["HOST"]
    url = f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'] or '')}@{host}"
    url += f":{db['PORT']}/{db['NAME']}" if db["PORT"] else f"/{db['NAME']}"
    env = os.environ | {
        "DATABASE_URL": url,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
    }
    return subprocess.Popen(
        [sys.executable, str(MANAGE), "procrastinate", "worker", "--queues", queue],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_a_job_whose_worker_is_killed_runs_again_and_delivers_once(silent_mail_server, worker):
    job_id = mail.queue(EmailMessage("Your reminder", "Due today", to=["c@example.com"]))
    process = worker_process(silent_mail_server)
    try:
        started = wait_for(lambda: ProcrastinateJob.objects.get(id=job_id).status == "doing")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert started, "the worker never picked the job up"
    assert ProcrastinateJob.objects.get(id=job_id).status == "doing"  # left mid-job

    # Time passes: the dead worker's heartbeat grows old, and the upkeep task finds it.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour'"
        )
    upkeep = ProcrastinateJob.objects.filter(task_name=retry_stalled_jobs.name, status="todo")
    if not upkeep.exists():  # the killed worker may have queued this minute's run already
        # the sync call: an earlier test may have left an event loop running in this thread
        retry_stalled_jobs.defer(timestamp=int(time.time()))
    worker()

    assert ProcrastinateJob.objects.get(id=job_id).status == "succeeded"
    assert [m.subject for m in outbox.outbox] == ["Your reminder"]
