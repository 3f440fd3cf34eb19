"""The daily tally of reviews, counted from the review log for every user who has one."""

import datetime as dt
import zoneinfo

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def count_every_users_reviews(apps, schema_editor):
    """The same count as prep.practice.daily.count_from_log, with the models of this state:
    reviews placed between the local midnights of each user's zone."""
    User = apps.get_model(settings.AUTH_USER_MODEL)
    Review = apps.get_model("practice", "Review")
    DailyReviews = apps.get_model("practice", "DailyReviews")
    spans = Review.objects.values("user").annotate(
        first=models.Min("reviewed_at"), last=models.Max("reviewed_at")
    )
    zones = dict(User.objects.values_list("pk", "timezone"))
    cursor = schema_editor.connection.cursor()
    for span in spans.order_by("user"):
        name = zones[span["user"]]
        zone = zoneinfo.ZoneInfo(name)
        first, last = (span[end].astimezone(zone).date() for end in ("first", "last"))
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 2)]
        midnights = [dt.datetime.combine(day, dt.time(), tzinfo=zone) for day in days]
        cursor.execute(
            "SELECT width_bucket(reviewed_at, %s::timestamptz[]), COUNT(*) FROM practice_review"
            " WHERE user_id = %s GROUP BY 1",
            [midnights, span["user"]],
        )
        DailyReviews.objects.bulk_create(
            DailyReviews(user_id=span["user"], day=days[bucket - 1], zone=name, reviews=count)
            for bucket, count in cursor.fetchall()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0006_preferences_onboarded"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="DailyReviews",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("zone", models.CharField(max_length=64)),
                ("reviews", models.PositiveIntegerField()),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "daily reviews",
                "constraints": [
                    models.UniqueConstraint(fields=("user", "day"), name="one_tally_per_user_day")
                ],
            },
        ),
        migrations.RunPython(count_every_users_reviews, migrations.RunPython.noop, elidable=True),
    ]
