"""The layout's links, reversed once per process, still follow where the site is mounted."""

import pytest
from django.urls import set_script_prefix


@pytest.mark.django_db
def test_header_links_follow_the_script_prefix(client):
    plain = client.get("/").content.decode()
    set_script_prefix("/prep/")  # what the WSGI handler does for a site under /prep
    try:
        mounted = client.get("/").content.decode()
    finally:
        set_script_prefix("/")

    assert 'href="/questions/"' in plain
    assert 'href="/prep/questions/"' in mounted
    assert 'href="/questions/"' not in mounted
    # and back again: the first answer was not kept for every prefix
    assert 'href="/questions/"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_signed_in_header_links_the_practice_pages(client, django_user_model):
    user = django_user_model.objects.create_user(email="nav@example.com", password="x" * 12)
    client.force_login(user)
    page = client.get("/questions/").content.decode()

    assert 'href="/practice/"' in page
    assert 'href="/progress/"' in page
    assert 'href="/questions/" aria-current="page"' in page
