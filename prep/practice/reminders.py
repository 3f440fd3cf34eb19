"""The daily reminder: who is due one now, what it says, and the link that stops it.

Finding whose local time has come is one statement for all users: it claims today's
reminder for each of them (so a second run, or a second worker, sends nothing more) and
returns who to write to. Each email is then built by a job of its own, which counts
what is still due (and sends nothing if the user has caught up meanwhile).
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import connection
from django.template.loader import render_to_string
from django.urls import reverse

from accounts import mail
from accounts.models import BouncedAddress, User
from accounts.timezones import local_midnight
from prep.practice import progress
from prep.practice.models import Card, Preferences, Review

# A run that comes late (a worker was down) still sends within this window after the
# chosen time; later than that, the day's reminder is skipped rather than sent at night.
CATCH_UP = dt.timedelta(hours=3)
UNSUBSCRIBE_SALT = "practice.reminders.unsubscribe"
# An unsubscribe link keeps working this long; an older one asks to sign in instead.
UNSUBSCRIBE_MAX_AGE = dt.timedelta(days=180)


def claim_due(now: dt.datetime) -> list[int]:
    """Mark today's reminder as sent for every user whose time has come and who has a
    card due, and return their ids: one UPDATE, however many users there are.

    Cards count if due at all here; the email's job counts only live ones and sends
    nothing if none is left.
    """
    preferences, users = Preferences._meta.db_table, User._meta.db_table
    cards, bounced = Card._meta.db_table, BouncedAddress._meta.db_table
    sql = f"""
        WITH local AS (
            SELECT p.id, (%(now)s AT TIME ZONE u.timezone) AS moment
            FROM {preferences} p JOIN {users} u ON u.id = p.user_id
            WHERE p.reminder_enabled AND u.is_active
              AND NOT EXISTS (SELECT 1 FROM {bounced} b WHERE b.email = lower(u.email))
              AND EXISTS (SELECT 1 FROM {cards} c WHERE c.user_id = u.id AND c.due <= %(now)s)
        )
        UPDATE {preferences} p SET reminder_sent_on = local.moment::date
        FROM local
        WHERE p.id = local.id
          AND local.moment::time >= p.reminder_time
          AND local.moment::time - p.reminder_time < %(catch_up)s
          AND (p.reminder_sent_on IS NULL OR p.reminder_sent_on < local.moment::date)
        RETURNING p.user_id
    """  # noqa: S608 - table names are ours; every value is a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, {"now": now, "catch_up": CATCH_UP})
        return [user_id for (user_id,) in cursor.fetchall()]


@dataclass(frozen=True)
class Reminder:
    due: int
    streak: int
    streak_at_risk: bool  # a streak that ends tonight without a review today


def reminder_for(user, now: dt.datetime) -> Reminder:
    today = local_midnight(now, user.zone)
    streak = progress.streaks(user, now).current
    reviewed_today = Review.objects.filter(user=user, reviewed_at__gte=today).exists()
    return Reminder(
        due=Card.objects.live(user).due(now).count(),
        streak=streak,
        streak_at_risk=streak > 0 and not reviewed_today,
    )


def turn_on(preferences: Preferences) -> None:
    """The user asks for reminders (the caller saves): they vouch for their address, so
    a bounce recorded for it is forgotten."""
    preferences.reminder_enabled = True
    preferences.reminder_offered = True
    BouncedAddress.objects.filter(email=preferences.user.email.lower()).delete()


def unsubscribe_token(user) -> str:
    return signing.dumps(str(user.public_id), salt=UNSUBSCRIBE_SALT, compress=True)


def user_for_token(token: str):
    """The user an unsubscribe link is for; raises signing.SignatureExpired for an old
    link and signing.BadSignature for one that was altered."""
    public_id = signing.loads(
        token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE.total_seconds()
    )
    return User.objects.filter(public_id=public_id).first()


def send(user, reminder: Reminder) -> None:
    site = settings.SITE_URL.rstrip("/")
    unsubscribe = site + reverse("progress:unsubscribe", args=[unsubscribe_token(user)])
    context = {
        "user": user,
        "reminder": reminder,
        "practice_url": site + reverse("practice:session") + "?scope=due",
        "settings_url": site + reverse("progress:settings"),
        "unsubscribe_url": unsubscribe,
    }
    noun = "question is" if reminder.due == 1 else "questions are"
    message = EmailMessage(
        subject=f"{reminder.due} {noun} due for review",
        body=render_to_string("practice/email/reminder.txt", context),
        to=[user.email],
        headers={
            # RFC 8058: mail clients offer their own unsubscribe button, which POSTs here.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    mail.queue(message)
