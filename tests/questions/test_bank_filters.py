"""The bank filtered by the visitor's own state, sorted, paged, and practised from."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from questions.models import Level
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    NoteFactory,
    QuestionFactory,
    SourceReferenceFactory,
    TopicFactory,
)
from tests.questions.test_views import LIST_URL, alert, listed, result_count

pytestmark = pytest.mark.django_db

STATES = ["", "new", "due", "seen", "bookmarked", "notes"]
SORTS = ["", "newest", "asked"]


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def mine(user, outsider, topic, clock):
    """One question in each state for `user`; the outsider's rows on every question."""
    questions = {
        name: QuestionFactory(prompt=f"Question {name}", topic=topic)
        for name in ["untouched", "due", "later", "bookmarked", "noted"]
    }
    CardFactory(user=user, question=questions["due"], due=clock.now - dt.timedelta(hours=1))
    CardFactory(user=user, question=questions["later"], due=clock.now + dt.timedelta(days=3))
    BookmarkFactory(user=user, question=questions["bookmarked"])
    NoteFactory(user=user, question=questions["noted"])
    for question in questions.values():  # someone else's progress counts for nothing here
        CardFactory(user=outsider, question=question, due=clock.now - dt.timedelta(days=1))
        BookmarkFactory(user=outsider, question=question)
        NoteFactory(user=outsider, question=question)
    return questions


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        ("new", ["Question untouched", "Question bookmarked", "Question noted"]),
        ("due", ["Question due"]),
        ("seen", ["Question due", "Question later"]),
        ("bookmarked", ["Question bookmarked"]),
        ("notes", ["Question noted"]),
        ("", ["Question untouched", "Question due", "Question later"]),
    ],
)
def test_it_filters_the_bank_by_the_users_own_state(owner, mine, state, shown):
    response = owner.get(LIST_URL, {"state": state})

    assert response.status_code == 200
    assert listed(response)[: len(shown)] == shown
    if state:
        assert len(listed(response)) == len(shown)


def test_it_offers_the_state_filter_only_to_signed_in_users(client, owner, mine):
    assert 'name="state"' in owner.get(LIST_URL).content.decode()
    client.logout()
    assert 'name="state"' not in client.get(LIST_URL).content.decode()


def test_it_asks_an_anonymous_visitor_to_log_in_to_filter_by_state(client, mine):
    response = client.get(LIST_URL, {"state": "due"})

    assert response.status_code == 200
    assert alert(response).startswith("Show: Log in to filter by what you have practised.")
    assert len(listed(response)) == 5


@pytest.mark.parametrize("state", ["wizard", "\x00", "due\x00", "DUE"])
def test_it_explains_an_unknown_state_and_lists_without_it(owner, mine, state):
    response = owner.get(LIST_URL, {"state": state})

    assert response.status_code == 200
    assert alert(response).startswith("Show: ")
    assert len(listed(response)) == 5


def test_it_sorts_by_newest_and_by_most_asked(client, topic, clock):
    old = QuestionFactory(prompt="Old and asked everywhere", topic=topic)
    clock.advance(days=1)
    new = QuestionFactory(prompt="New and asked once", topic=topic)
    clock.advance(days=1)
    QuestionFactory(prompt="Newest, never asked", topic=topic)
    SourceReferenceFactory.create_batch(3, question=old)
    SourceReferenceFactory(question=new)

    newest = client.get(LIST_URL, {"sort": "newest"})
    asked = client.get(LIST_URL, {"sort": "asked"})

    assert listed(newest) == [
        "Newest, never asked",
        "New and asked once",
        "Old and asked everywhere",
    ]
    assert listed(asked) == [
        "Old and asked everywhere",
        "New and asked once",
        "Newest, never asked",
    ]


def test_it_sorts_a_search_by_relevance_unless_asked_otherwise(client, topic, clock):
    QuestionFactory(prompt="What is a thread?", answer="Not the event loop.", topic=topic)
    clock.advance(days=1)
    QuestionFactory(prompt="How does the event loop run?", answer="One loop.", topic=topic)

    relevance = client.get(LIST_URL, {"q": "loop"})
    newest = client.get(LIST_URL, {"q": "loop", "sort": "newest"})

    assert [re.sub("<[^>]+>", "", p) for p in listed(relevance)] == [
        "How does the event loop run?",
        "What is a thread?",
    ]
    assert re.sub("<[^>]+>", "", listed(newest)[0]) == "How does the event loop run?"


@pytest.mark.parametrize("sort", ["oldest", "\x00", "-created"])
def test_it_explains_an_unknown_sort(client, question, sort):
    response = client.get(LIST_URL, {"sort": sort})

    assert response.status_code == 200
    assert alert(response).startswith("Sort: ")
    assert listed(response) == [question.prompt]


# --- pages ----------------------------------------------------------------------------


def page_links(response) -> list[str]:
    nav = re.search(r'<ol class="page-numbers">(.*?)</ol>', response.content.decode(), re.S)
    return [
        " ".join(re.sub(r"<[^>]+>", "", item).split())
        for item in re.findall(r"<li[^>]*>(.*?)</li>", nav.group(1), re.S)
    ]


@pytest.mark.parametrize(
    ("page", "numbers"),
    [
        ("1", ["1", "2", "3", "…", "9", "10"]),
        ("5", [str(n) for n in range(1, 11)]),
        ("10", ["1", "2", "…", "8", "9", "10"]),
        ("abc", ["1", "2", "3", "…", "9", "10"]),
        ("99999", ["1", "2", "…", "8", "9", "10"]),
    ],
)
def test_it_numbers_the_pages_with_an_ellipsis(client, topic, page, numbers):
    QuestionFactory.create_batch(200, topic=topic)

    response = client.get(LIST_URL, {"page": page, "level": "mid"})

    assert response.status_code == 200
    assert page_links(response) == numbers


@pytest.mark.parametrize("visit", ["first", "kept"])
def test_it_links_each_page_for_htmx_and_without_javascript(client, topic, visit):
    QuestionFactory.create_batch(45, topic=topic)
    if visit == "kept":  # the page and its links are drawn once, then kept
        client.get(LIST_URL, {"q": "feature", "page": "2"})

    html = client.get(LIST_URL, {"q": "feature", "page": "2"}).content.decode()

    assert '<a aria-current="page" href="?q=feature&amp;page=2#results">2</a>' in html
    assert 'href="?q=feature&amp;page=3#results" hx-get="?q=feature&amp;page=3"' in html
    assert 'href="?q=feature&amp;page=1#results" hx-get="?q=feature&amp;page=1"' in html
    assert "Page 2 of 3" in html
    assert 'hx-target="#results"' in html
    assert '<section id="results"' in html and 'tabindex="-1"' in html


def test_it_returns_the_next_page_as_a_fragment_to_htmx(client, topic, htmx):
    QuestionFactory.create_batch(25, topic=topic)

    response = client.get(LIST_URL, {"page": "2"}, **htmx)

    html = response.content.decode()
    assert html.strip().startswith('<section id="results"')
    assert "<html" not in html
    assert len(listed(response)) == 5


# --- no results -----------------------------------------------------------------------


def test_it_names_the_active_filters_when_nothing_matches_and_offers_to_clear_them(owner, mine):
    response = owner.get(
        LIST_URL, {"q": "kubernetes", "topic": mine["due"].topic.slug, "state": "due"}
    )

    slug = mine["due"].topic.slug
    html = response.content.decode()
    assert listed(response) == []
    assert (
        f"No question matches “kubernetes”, topic {mine['due'].topic.name} and due for review."
        in text(response)
    )
    [clear] = re.findall(r'<ul class="clear-filters"[^>]*>(.*?)</ul>', html, re.S)
    links = {label: href for href, label in re.findall(r'<a href="([^"]*)">([^<]*)</a>', clear)}
    assert links == {
        "Remove “kubernetes”": f"?topic={slug}&amp;state=due",
        f"Remove topic {mine['due'].topic.name}": "?q=kubernetes&amp;state=due",
        "Remove due for review": f"?q=kubernetes&amp;topic={slug}",
        "Clear all filters": "/questions/",
    }


def test_it_offers_no_clear_links_when_the_bank_is_empty(client, db):
    response = client.get(LIST_URL)

    assert "No published questions here yet." in text(response)
    assert "Clear all" not in text(response)


# --- practise these / practise this ---------------------------------------------------


def test_it_offers_to_practise_the_results_keeping_the_filters_but_not_the_page(client, topic):
    QuestionFactory.create_batch(25, topic=topic, level=Level.SENIOR)

    html = client.get(LIST_URL, {"level": "senior", "page": "2"}).content.decode()

    assert '<a class="button primary practise-these" href="/practice/these/?level=senior"' in html
    assert ">Practise these 25</a>" in html


def test_it_says_when_practising_takes_only_the_first_matches(client, topic, monkeypatch):
    monkeypatch.setattr("prep.practice.panels.MAX_PICKED", 3)
    QuestionFactory.create_batch(5, topic=topic)

    html = client.get(LIST_URL).content.decode()

    assert ">Practise the first 3</a>" in html
    assert "the first 3 of these 5 questions" in html


def test_it_offers_no_practice_when_nothing_matches(client, question):
    assert "practise-these" not in client.get(LIST_URL, {"q": "kubernetes"}).content.decode()


@pytest.mark.parametrize("signed_in", [False, True])
def test_it_offers_to_practise_a_question_from_its_page(client, user, question, signed_in):
    if signed_in:
        client.force_login(user)

    html = client.get(question.get_absolute_url()).content.decode()

    assert f'href="/practice/session/?scope=question:{question.slug}">Practise this</a>' in html


# --- sources and staff --------------------------------------------------------------


def test_it_counts_in_the_list_the_sources_the_question_page_lists(client, topic):
    question = QuestionFactory(prompt="Seen at three places", topic=topic)
    first = SourceReferenceFactory(question=question, line=12, label="Q12")
    SourceReferenceFactory(question=question, source=first.source, line=9, label="Q9")
    SourceReferenceFactory(question=question, source=first.source, line=30, label="Q9")
    SourceReferenceFactory(question=question, line=4)

    listing = client.get(LIST_URL).content.decode()
    page = client.get(question.get_absolute_url()).content.decode()

    seen_in = re.search(r'<h2 id="sources-heading">Seen in</h2>\s*<ul>(.*?)</ul>', page, re.S)
    assert "asked in 2 sources" in listing
    assert "asked in 2 sources" in page
    assert seen_in.group(1).count("<li>") == 2
    assert f"<li>{first.source.title} (Q9, Q12)</li>" in seen_in.group(1)


def test_it_shows_staff_an_edit_in_admin_link(client, staff, user, question):
    url = question.get_absolute_url()
    admin_link = f'href="/admin/questions/question/{question.pk}/change/">Edit in admin</a>'

    anonymous = client.get(url).content.decode()
    client.force_login(user)
    candidate = client.get(url).content.decode()
    client.force_login(staff)
    curator = client.get(url).content.decode()

    assert admin_link not in anonymous
    assert admin_link not in candidate
    assert admin_link in curator


# --- query counts ---------------------------------------------------------------------


def grow_bank(user, topic, clock, count: int) -> None:
    for n in range(count):
        question = QuestionFactory(topic=topic, level=Level.MID)
        SourceReferenceFactory.create_batch(2, question=question)
        if n % 2:
            CardFactory(user=user, question=question, due=clock.now - dt.timedelta(hours=1))
        if n % 3 == 0:
            BookmarkFactory(user=user, question=question)
            NoteFactory(user=user, question=question)


@pytest.mark.parametrize("q", ["", "feature"])
@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("state", STATES)
def test_it_lists_every_filter_and_sort_in_constant_queries(
    owner, user, clock, django_assert_num_queries, state, sort, q
):
    topic = TopicFactory(slug="async")
    grow_bank(user, topic, clock, 4)
    params = {"q": q, "state": state, "sort": sort, "topic": "async", "page": "2"}

    with CaptureQueriesContext(connection) as small:
        assert owner.get(LIST_URL, params).status_code == 200
    grow_bank(user, topic, clock, 80)
    with django_assert_num_queries(len(small)):
        response = owner.get(LIST_URL, params)
    assert response.status_code == 200
    assert result_count(response)
    # Seen again (without a filter of the user's own, the page's rows and count come from
    # the cache): session, user, topic filter, count, ids and drawn rows (or the cache and
    # a check that they are all still in the bank), topics. The first visit after a change
    # also reads the ids and the rows, and writes the cache.
    with CaptureQueriesContext(connection) as again:
        assert owner.get(LIST_URL, params).status_code == 200
    assert len(again) <= 7
    assert len(small) <= 7 + (12 if not state else 0)
