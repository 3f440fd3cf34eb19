import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.db import IntegrityError

from accounts.models import INTERVIEWERS_GROUP, User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_it_stores_emails_in_lower_case():
    user = User.objects.create_user("  Ada@Example.COM ", PASSWORD)

    assert user.email == "ada@example.com"


def test_it_refuses_the_same_email_in_other_case():
    UserFactory(email="ada@example.com")

    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="ADA@example.com")])


def test_it_authenticates_with_the_email_in_any_case():
    user = UserFactory(email="ada@example.com")

    assert authenticate(username="ADA@Example.com", password=PASSWORD) == user
    assert authenticate(username="ada@example.com", password="wrong password") is None


def test_it_names_a_user_by_display_name_or_email():
    assert UserFactory(email="grace@example.com", display_name="Grace H").name == "Grace H"
    assert UserFactory(email="grace2@example.com", display_name="").name == "grace2"


def test_it_makes_members_of_the_interviewers_group_interviewers():
    candidate = UserFactory()
    interviewer = UserFactory()
    interviewer.groups.add(Group.objects.get(name=INTERVIEWERS_GROUP))

    assert not candidate.is_interviewer
    assert User.objects.get(pk=interviewer.pk).is_interviewer
    assert User.objects.get(pk=interviewer.pk).has_perm("accounts.share_question_sets")


def test_it_creates_superusers_as_staff():
    admin = User.objects.create_superuser("root@example.com", PASSWORD)

    assert admin.is_staff and admin.is_superuser
