"""A mail server that refuses an address for good: the address is remembered as bounced,
the job fails at once instead of retrying for hours, and reminders stop going there."""

import datetime as dt
import socketserver
import threading

import pytest
from django.core.mail import EmailMessage
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts import mail
from accounts.models import BouncedAddress
from prep.models import TaskError
from prep.practice import reminders
from prep.practice.models import Preferences
from tests.factories import CardFactory, UserFactory


class RefusingSMTP(socketserver.StreamRequestHandler):
    """Just enough SMTP to answer every RCPT with the server's `rcpt_reply`."""

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 stub ready")
        for raw in self.rfile:
            command = raw.decode().strip().upper()
            if command.startswith("RCPT"):
                self.reply(self.server.rcpt_reply)
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


@pytest.fixture
def smtp_refusing(settings):
    """A real SMTP server on this machine; set `.rcpt_reply` to what it says to RCPT."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RefusingSMTP)
    server.daemon_threads = True
    server.rcpt_reply = "550 5.1.1 no such mailbox"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.shutdown()
    server.server_close()


def queue_to(address: str) -> None:
    mail.queue(EmailMessage(subject="Hello", body="Hi", to=[address]))


def mail_job() -> ProcrastinateJob:
    return ProcrastinateJob.objects.get(task_name="accounts.deliver_email")


@pytest.mark.django_db(transaction=True)
def test_a_hard_bounce_is_remembered_and_not_retried(worker, smtp_refusing):
    queue_to("Gone@Example.com")

    worker(queues=["mail"])

    job = mail_job()
    assert (job.status, job.attempts) == ("failed", 1)
    assert "Undeliverable" in TaskError.objects.get(job_id=job.id).error
    bounce = BouncedAddress.objects.get()
    assert bounce.email == "gone@example.com"
    assert bounce.reason == "550 5.1.1 no such mailbox"


@pytest.mark.django_db(transaction=True)
def test_a_temporary_refusal_is_retried_and_bounces_nothing(worker, smtp_refusing):
    smtp_refusing.rcpt_reply = "451 4.2.0 try again later"
    queue_to("busy@example.com")

    worker(queues=["mail"])

    assert mail_job().status == "todo"  # waiting for its retry
    assert not BouncedAddress.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_reminders_stop_going_to_a_bounced_address(worker, smtp_refusing):
    now = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
    user = UserFactory(timezone="UTC")
    Preferences.objects.create(user=user, reminder_enabled=True, reminder_time=dt.time(9))
    CardFactory(user=user, due=now - dt.timedelta(days=1))
    queue_to(user.email)
    worker(queues=["mail"])

    assert reminders.claim_due(now) == []
