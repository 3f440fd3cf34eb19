"""Polling: "no change" costs two queries and no template; a change sends the new stage."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prep.interviews import services

pytestmark = pytest.mark.django_db


def poll_url(interview, **versions):
    query = "&".join(f"{key}={value}" for key, value in versions.items())
    return reverse("interviews:poll", args=[interview.public_id]) + f"?{query}"


def console_poll_url(interview, **versions):
    query = "&".join(f"{key}={value}" for key, value in versions.items())
    return reverse("interviews:console_poll", args=[interview.public_id]) + f"?{query}"


def test_nothing_changed_is_204_in_two_queries_without_a_template(
    client, candidate, running, htmx, django_assert_num_queries
):
    client.force_login(candidate)

    with django_assert_num_queries(2):
        response = client.get(poll_url(running, v=running.version), **htmx)

    assert response.status_code == 204
    assert not response.content
    assert not getattr(response, "templates", None)


def test_the_interviewers_next_reaches_the_candidate(client, candidate, running, htmx, clock):
    client.force_login(candidate)
    seen = running.version
    services.move(interview=running, from_position=0, to_position=1, now=clock.now)

    response = client.get(poll_url(running, v=seen), **htmx)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Question 2 of 3" in page and 'id="stage"' in page
    assert "<html" not in page


def test_the_console_sees_the_candidate_typing(client, interviewer, running, htmx):
    client.force_login(interviewer)
    url = console_poll_url(running, v=running.version, a=running.answer_version)
    assert client.get(url, **htmx).status_code == 204

    services.save_typed_answer(
        interview=running, position=0, text="selectors and callbacks", now=running.started_at
    )
    response = client.get(url, **htmx)

    assert response.status_code == 200
    assert "selectors and callbacks" in response.content.decode()


def test_typing_does_not_refresh_the_candidates_own_screen(client, candidate, running, htmx):
    client.force_login(candidate)
    services.save_typed_answer(
        interview=running, position=0, text="half a thought", now=running.started_at
    )

    assert client.get(poll_url(running, v=running.version), **htmx).status_code == 204


def test_an_ended_session_gets_no_204(client, candidate, running, htmx):
    client.force_login(candidate)
    candidate.end_all_sessions()
    candidate.save()

    response = client.get(poll_url(running, v=running.version), **htmx)

    assert response.status_code == 200 and "HX-Redirect" in response.headers


@pytest.mark.parametrize("who", ["outsider", "interviewer"])
def test_someone_else_polling_the_candidate_screen_gets_404(client, request, running, htmx, who):
    client.force_login(request.getfixturevalue(who))

    assert client.get(poll_url(running, v=running.version), **htmx).status_code == 404


@pytest.mark.parametrize("version", ["", "abc", "-5", "9" * 30])
def test_a_garbage_version_gets_the_current_stage(client, candidate, running, htmx, version):
    client.force_login(candidate)

    response = client.get(poll_url(running, v=version), **htmx)

    assert response.status_code == 200


def test_the_poll_check_does_not_read_the_users_table(client, candidate, running):
    client.force_login(candidate)
    with CaptureQueriesContext(connection) as queries:
        client.get(poll_url(running, v=running.version))

    assert not any('FROM "accounts_user"' in q["sql"] for q in queries.captured_queries)
