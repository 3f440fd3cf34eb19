"""Practice's background work: the daily reminders."""

import datetime as dt

from django.db import transaction
from procrastinate.contrib.django import app

from accounts.models import BouncedAddress
from prep.practice import reminders
from prep.practice.models import Preferences

# Jobs are written in chunks: one INSERT per chunk, not one per reminder.
DEFER_CHUNK = 5000


def _moment(timestamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, tz=dt.UTC)


@app.periodic(cron="*/5 * * * *")
@app.task(name="practice.queue_reminders", queueing_lock="queue_reminders")
def queue_reminders(timestamp: int) -> int:
    """Every five minutes: claim the reminders whose local time has come and queue one
    job per email. The claim and the jobs commit together: a run killed half-way leaves
    nothing claimed, and the next run does it all."""
    with transaction.atomic():
        user_ids = reminders.claim_due(_moment(timestamp))
        for start in range(0, len(user_ids), DEFER_CHUNK):
            chunk = user_ids[start : start + DEFER_CHUNK]
            send_reminder.batch_defer(*({"user_id": pk, "timestamp": timestamp} for pk in chunk))
    return len(user_ids)


@app.task(name="practice.send_reminder", retry=3, queue="reminders")
def send_reminder(user_id: int, timestamp: int) -> None:
    """Write one user's reminder, if they still want it and something is due."""
    preferences = (
        Preferences.objects.filter(user_id=user_id, reminder_enabled=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    if preferences is None or BouncedAddress.is_bounced(preferences.user.email):
        return
    user = preferences.user
    reminder = reminders.reminder_for(user, _moment(timestamp))
    if reminder.due:
        reminders.send(user, reminder)
