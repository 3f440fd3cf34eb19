from django.core.management import call_command
from django.db import migrations

INTERVIEWER_PERMISSIONS = {
    "host_mock_interviews": "Can host mock interviews for candidates",
    "share_question_sets": "Can share question sets by link or publish them",
}


def create_interviewers_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    user_type, _ = ContentType.objects.get_or_create(app_label="accounts", model="user")
    group, _ = Group.objects.get_or_create(name="Interviewers")
    for codename, name in INTERVIEWER_PERMISSIONS.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=user_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def create_cache_table(apps, schema_editor):
    # The database cache backs allauth's rate limits; `migrate` alone must set it up.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_interviewers_group, migrations.RunPython.noop),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
