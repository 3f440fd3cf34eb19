"""Email goes out through the task queue: a request renders the message and queues it.

The message is rendered where its context is (the request), checked there (a bad header
is the caller's error, reported at once), and stored as JSON in the job. The job is
written in the request's transaction, so a change that rolls back sends nothing, and a
change that commits has its email queued for sure. The worker delivers it with retries.
"""

import base64
import enum
import smtplib
from email.mime.base import MIMEBase

from django.core.mail import EmailMessage, EmailMultiAlternatives
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from accounts.models import BouncedAddress


class Undeliverable(Exception):
    """The mail server refused every recipient for good (5xx): trying again cannot help."""


class MailRetry(RetryStrategy):
    def get_retry_decision(self, *, exception, job):
        if isinstance(exception, Undeliverable):
            return None
        return super().get_retry_decision(exception=exception, job=job)


# The first try and 7 retries, over about six hours: 4 s, 16 s, 1 min, 4 min, 17 min,
# 68 min and 4.5 h after the previous try.
RETRY = MailRetry(max_attempts=7, exponential_wait=4)


class Delivery(enum.StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


def serialise(message: EmailMessage) -> dict:
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            raise TypeError("Queued mail takes (filename, content, mimetype) attachments.")
        filename, content, mimetype = attachment
        raw = content.encode() if isinstance(content, str) else content
        attachments.append([filename, base64.b64encode(raw).decode("ascii"), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(alt) for alt in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


def queue(message: EmailMessage) -> int:
    """Queue the message for delivery and return the job's id.

    Raises BadHeaderError or ValueError for a message that could never be sent (a
    newline in the subject, an impossible address), before anything is queued.
    """
    message.message()  # builds the MIME message: the same checks the sender makes
    return deliver_email.defer(message=serialise(message))


@app.task(name="accounts.deliver_email", retry=RETRY, queue="mail")
def deliver_email(message: dict) -> None:
    """Send one queued message; any error (server down, busy) retries with backoff.

    Addresses refused for good are remembered as bounced (reminders stop going there);
    if every recipient was, the job fails at once instead of retrying for hours.
    """
    try:
        deserialise(message).send(fail_silently=False)
    except smtplib.SMTPRecipientsRefused as error:
        permanent = {
            address: reply for address, reply in error.recipients.items() if reply[0] >= 500
        }
        for address, (code, reply) in permanent.items():
            text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
            BouncedAddress.record(address, f"{code} {text}")
        if permanent and len(permanent) == len(error.recipients):
            raise Undeliverable(f"Refused for good: {', '.join(sorted(permanent))}") from error
        raise


def delivery(job_id: int | None) -> Delivery | None:
    """Where a queued message is: waiting (or retrying), sent, or given up on."""
    from procrastinate.contrib.django.models import ProcrastinateJob

    if job_id is None:
        return None
    status = ProcrastinateJob.objects.filter(id=job_id).values_list("status", flat=True).first()
    if status == "succeeded":
        return Delivery.SENT
    if status in {"failed", "cancelled", "aborted"}:
        return Delivery.FAILED
    # Succeeded jobs are forgotten after a while (failed ones are kept): it was sent.
    return Delivery.QUEUED if status else Delivery.SENT
