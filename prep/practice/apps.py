from django.apps import AppConfig
from django.core.management.base import CommandError
from django.db.models.signals import pre_migrate

OLD_LAYOUT_MESSAGE = (
    "This database was created before practice moved into its own app (its migrations are "
    "recorded under 'prep'), and it cannot be migrated in place. It holds development data "
    "only: start afresh with `rm -rf var/ && uv run manage.py serve` (with DATABASE_URL, "
    "drop and recreate that database, then run `uv run manage.py migrate`)."
)


def refuse_old_layout(using: str = "default", **kwargs) -> None:
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connections[using])
    # The old layout's practice models were prep's 0001_initial; prep's own migrations
    # today start at 0001_task_error.
    old = recorder.migration_qs.filter(app="prep", name="0001_initial")
    if recorder.has_table() and old.exists():
        raise CommandError(OLD_LAYOUT_MESSAGE)


class PracticeConfig(AppConfig):
    name = "prep.practice"
    label = "practice"
    verbose_name = "Practice"

    def ready(self) -> None:
        pre_migrate.connect(refuse_old_layout, sender=self, dispatch_uid="practice-old-layout")
        from prep.practice import panels  # noqa: F401 - registers the question page panel
        from prep.practice.kept import connect_signals

        connect_signals()
        from prep.practice.merging import follow_merge
        from questions.services import question_merged

        question_merged.connect(follow_merge, dispatch_uid="practice-follows-merge")
