import pytest

from accounts.admin import UserEditForm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_it_sends_visitors_to_log_in(client):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/profile/"


def test_it_shows_the_profile_to_its_owner(client, user):
    client.force_login(user)

    response = client.get("/accounts/profile/")

    assert response.status_code == 200
    assert user.display_name.encode() in response.content


def test_it_saves_the_profile_and_redirects(client):
    user = UserFactory(display_name="Old", timezone="UTC")
    client.force_login(user)

    response = client.post(
        "/accounts/profile/", {"display_name": "New Name", "timezone": "Europe/Paris"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/"
    user.refresh_from_db()
    assert (user.display_name, user.timezone) == ("New Name", "Europe/Paris")


def test_it_refuses_an_unknown_timezone_and_changes_nothing(client):
    user = UserFactory(display_name="Kept", timezone="UTC")
    client.force_login(user)

    response = client.post(
        "/accounts/profile/", {"display_name": "Changed", "timezone": "Mars/Base"}
    )

    assert response.status_code == 200
    assert b"Select a valid choice" in response.content
    user.refresh_from_db()
    assert (user.display_name, user.timezone) == ("Kept", "UTC")


def test_it_tells_htmx_to_go_to_the_login_page_when_the_session_expired(client):
    response = client.get(
        "/accounts/profile/",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL="http://testserver/questions/?q=gil",
    )

    assert response.status_code == 200
    assert response["HX-Redirect"] == "/accounts/login/?next=%2Fquestions%2F%3Fq%3Dgil"


def test_it_leaves_plain_redirects_alone_for_htmx(client, user):
    client.force_login(user)

    response = client.post(
        "/accounts/profile/",
        {"display_name": "X", "timezone": "UTC"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 302
    assert "HX-Redirect" not in response


def test_a_deactivated_account_stays_signed_out_when_re_enabled(client, admin_client, user):
    client.force_login(user)
    assert client.get("/accounts/profile/").status_code == 200
    form = UserEditForm(instance=user)
    data = {name: form[name].value() for name in ("email", "display_name", "timezone")}
    data["password"] = form["password"].value()  # unchecked "is_active": deactivate

    deactivated = admin_client.post(f"/admin/accounts/user/{user.pk}/change/", data)
    user.refresh_from_db()
    user.is_active = True
    user.save()

    assert deactivated.status_code == 302
    assert client.get("/accounts/profile/").status_code == 302  # to the login page
