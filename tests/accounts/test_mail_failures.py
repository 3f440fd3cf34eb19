"""Mail goes out through the task queue: a mail server that is down breaks no page and
loses no email; the worker retries, and a message it gives up on shows in the admin."""

import pytest
from django.core import mail
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts.models import User
from prep.models import TaskError
from tests.factories import PASSWORD, UserFactory

SIGN_UP = {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD}


@pytest.fixture
def mail_server_down(settings):
    # A real SMTP connection, to a closed port on this machine.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2


def mail_job() -> ProcrastinateJob:
    return ProcrastinateJob.objects.get(task_name="accounts.deliver_email")


def make_retries_due() -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE procrastinate_jobs SET scheduled_at = now() WHERE status = 'todo'")


def test_sign_up_works_while_mail_is_down_and_the_email_follows_when_it_is_back(
    client, mail_server_down, settings, worker
):
    response = client.post("/accounts/signup/", SIGN_UP, follow=True)

    assert response.status_code == 200
    assert User.objects.filter(email="new@example.com").exists()
    worker(queues=["mail"])
    job = mail_job()
    assert (job.status, job.attempts) == ("todo", 1)  # waiting to be tried again
    assert "ConnectionRefusedError" in TaskError.objects.get(job_id=job.id).error
    assert mail.outbox == []

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    make_retries_due()
    worker(queues=["mail"])

    assert mail_job().status == "succeeded"
    (message,) = mail.outbox
    assert message.to == ["new@example.com"]
    assert "/accounts/confirm-email/" in message.body


def test_a_message_the_server_never_takes_ends_failed_with_its_error_in_the_admin(
    client, mail_server_down, worker, settings
):
    settings.STAFF_REQUIRE_MFA = False
    UserFactory(email="known@example.com")
    client.post("/accounts/password/reset/", {"email": "known@example.com"})

    for _ in range(10):
        worker(queues=["mail"])
        make_retries_due()

    job = mail_job()
    assert (job.status, job.attempts) == ("failed", 8)  # the first try and 7 retries
    assert TaskError.objects.filter(job_id=job.id).count() == 8
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get("/admin/prep/taskerror/").content.decode()
    assert "accounts.deliver_email" in page
    assert "ConnectionRefusedError" in page


def test_password_reset_while_mail_is_down_answers_as_usual(client, mail_server_down, worker):
    UserFactory(email="known@example.com")

    response = client.post("/accounts/password/reset/", {"email": "known@example.com"}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/accounts/password/reset/done/"
    assert mail_job().status == "todo"


def test_a_sign_up_the_form_refuses_queues_no_email(client, db):
    # An impossible address fails the form before anything is written or queued.
    response = client.post("/accounts/signup/", SIGN_UP | {"email": "not an address"})

    assert response.status_code == 200
    assert not ProcrastinateJob.objects.exists()
