"""Error pages are the site's own, and bad input never turns into a 500."""

import io

import pytest
from django.test import Client
from django.urls import include, path

from tests.factories import QuestionFactory


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view), path("", include("prep.urls"))]


@pytest.mark.django_db
def test_it_shows_a_friendly_404_in_the_site_layout(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert b"We could not find that page" in response.content
    assert b'href="/questions/"' in response.content  # inside our layout, with navigation


@pytest.mark.django_db
@pytest.mark.urls("tests.test_errors")
def test_it_shows_a_friendly_500_without_leaking_details():
    client = Client(raise_request_exception=False)

    response = client.get("/broken/")

    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"boom" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/questions/?page=abc", 200),
        ("/questions/?page=-3", 200),
        ("/questions/?page=10000000000000000000000", 200),
        ("/questions/?q=%00", 200),
        ("/questions/?q=" + "x" * 5000, 200),
        ("/questions/?q=%22%27%26%7C%21%3A%2A%28%29%3C%3E", 200),
        ("/questions/?topic=%00&level=%00", 200),
        ("/questions/?topic=no-such-topic&level=principal", 200),
        ("/questions/%E2%98%83/", 404),
        ("/accounts/login/?next=%00", 200),
    ],
)
def test_it_never_answers_bad_input_with_a_500(client, url, status):
    QuestionFactory.create_batch(3)

    response = client.get(url)

    assert response.status_code == status


@pytest.mark.django_db
def test_it_refuses_a_body_larger_than_any_page_needs_before_reading_it(client, settings):
    settings.MAX_REQUEST_BYTES = 1024 * 1024
    upload = io.BytesIO(b"x" * (2 * 1024 * 1024))
    upload.name = "huge.bin"

    response = client.post("/accounts/login/", {"login": "a@example.com", "file": upload})

    assert response.status_code == 413
    assert "the limit is 1 MB" in response.content.decode()


@pytest.mark.django_db
def test_it_still_takes_a_body_under_the_limit(client, settings):
    settings.MAX_REQUEST_BYTES = 1024 * 1024

    response = client.post("/accounts/login/", {"login": "a@example.com", "password": "x"})

    assert response.status_code == 200
