"""The "Delete account" page: it says what goes, asks for the password again, deletes."""

import pytest
from django.urls import reverse

from accounts.models import User
from prep.practice.models import Card, Review
from tests.factories import PASSWORD, CardFactory, ReviewFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("delete_account")


def sign_in(client, user):
    """Signed in, and the password entered again just now (as the page asks)."""
    client.force_login(user)
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


def test_the_page_says_what_is_deleted_and_what_stays(client, user):
    ReviewFactory(card=CardFactory(user=user))
    sign_in(client, user)

    page = client.get(URL).content.decode()

    assert "1 card and 1 review" in page
    assert "What stays, without your name" in page
    assert "Delete my account" in page


def test_deleting_needs_the_box_ticked(client, user):
    sign_in(client, user)

    response = client.post(URL, {})

    assert response.status_code == 400
    assert "nothing has been deleted" in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


def test_deleting_asks_for_the_password_again_and_a_wrong_one_deletes_nothing(client, user):
    client.force_login(user)

    response = client.post(URL, {"confirm": "on"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": "not my password"})
    assert client.post(URL, {"confirm": "on"}).status_code == 302
    assert User.objects.filter(pk=user.pk).exists()


def test_it_deletes_the_account_and_its_data_and_signs_out_leaving_others(client, user):
    mine = ReviewFactory(card=CardFactory(user=user))
    other = UserFactory()
    theirs = ReviewFactory(card=CardFactory(user=other, question=mine.question))
    sign_in(client, user)

    response = client.post(URL, {"confirm": "on"}, follow=True)

    assert response.redirect_chain[-1][0] == "/"
    assert "and its data are deleted" in response.content.decode()
    assert not response.context["user"].is_authenticated
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Review.objects.filter(pk=mine.pk).exists()
    assert Review.objects.filter(pk=theirs.pk).exists()
    assert Card.objects.filter(user=other).count() == 1


def test_a_second_submit_after_deletion_changes_nothing(client, user):
    sign_in(client, user)
    client.post(URL, {"confirm": "on"})
    users = User.objects.count()

    response = client.post(URL, {"confirm": "on"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert User.objects.count() == users


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
