"""Roles: interviewers are the members of one group that carries their permissions."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from accounts.models import INTERVIEWERS_GROUP, User

INTERVIEWER_PERMISSIONS = ("host_mock_interviews", "share_question_sets")


def interviewers_group() -> Group:
    """The group (a migration makes it; this remakes it where a test flushed the tables)."""
    group, created = Group.objects.get_or_create(name=INTERVIEWERS_GROUP)
    if created or not group.permissions.exists():
        user_type = ContentType.objects.get_for_model(User)
        group.permissions.set(
            Permission.objects.filter(content_type=user_type, codename__in=INTERVIEWER_PERMISSIONS)
        )
    return group


def make_interviewer(user: User) -> User:
    """Give a user the interviewer role; returns a fresh object (permissions are cached)."""
    user.groups.add(interviewers_group())
    return User.objects.get(pk=user.pk)
