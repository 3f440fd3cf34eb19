"""The tally of each user's latest practice sitting, counted from the review log for the
sittings under way (the grades of the last six hours with no 30-minute pause since)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Per user, each practice grade newest first, with whether a pause follows it; the grades
# with no pause after them are the latest sitting. Older sittings are over: no row.
COUNT_SITTINGS_UNDER_WAY = """
INSERT INTO practice_sittingtally
    (user_id, started_at, last_at, reviews, seconds, again, hard, good, easy)
SELECT user_id, MIN(reviewed_at), MAX(reviewed_at), COUNT(*),
    SUM(COALESCE(duration_ms, 0) / 1000), COUNT(*) FILTER (WHERE rating = 1),
    COUNT(*) FILTER (WHERE rating = 2), COUNT(*) FILTER (WHERE rating = 3),
    COUNT(*) FILTER (WHERE rating = 4)
FROM (
    SELECT user_id, rating, duration_ms, reviewed_at, COUNT(*) FILTER (WHERE paused) OVER (
        PARTITION BY user_id ORDER BY reviewed_at DESC, id DESC ROWS UNBOUNDED PRECEDING
    ) AS pauses
    FROM (
        SELECT id, user_id, rating, duration_ms, reviewed_at,
            LAG(reviewed_at, 1, now()) OVER (
                PARTITION BY user_id ORDER BY reviewed_at DESC, id DESC
            ) - reviewed_at > interval '30 minutes' AS paused
        FROM practice_review
        WHERE origin = 'practice' AND reviewed_at >= now() - interval '6 hours'
    ) AS graded
) AS counted
WHERE pauses = 0
GROUP BY user_id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_bounced_addresses"),
        ("practice", "0008_card_and_review_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SittingTally",
            fields=[
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("started_at", models.DateTimeField()),
                ("last_at", models.DateTimeField()),
                ("reviews", models.PositiveIntegerField()),
                ("seconds", models.PositiveIntegerField()),
                ("again", models.PositiveIntegerField()),
                ("hard", models.PositiveIntegerField()),
                ("good", models.PositiveIntegerField()),
                ("easy", models.PositiveIntegerField()),
            ],
        ),
        migrations.RunSQL(COUNT_SITTINGS_UNDER_WAY, migrations.RunSQL.noop),
    ]
