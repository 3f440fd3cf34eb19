"""Bookmarks and private notes on the questions of the bank."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.messages import get_messages

from prep.practice.models import Bookmark, Note
from tests.factories import BookmarkFactory, NoteFactory, QuestionFactory, UserFactory
from tests.practice.helpers import LOGIN_URL, REVEAL_URL, html

pytestmark = pytest.mark.django_db

HOSTILE_NOTE = """Remember **this**.

<script>alert("script")</script>
<img src=x onerror="alert('img')">
[a link](javascript:alert('link'))
![an image](javascript:alert('image'))
<a href="javascript:alert('raw')">raw</a>
"""


def bookmark_url(question) -> str:
    return f"/practice/q/{question.slug}/bookmark/"


def note_url(question) -> str:
    return f"/practice/q/{question.slug}/note/"


def rendered_note(response) -> str:
    """The HTML of the user's note as shown on the page."""
    [note] = re.findall(r'<div class="markdown note">(.*?)</div>', html(response), re.S)
    return note


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(fragment: str) -> list[tuple[str, dict]]:
    """The elements of an HTML fragment (escaped text is text, not elements)."""
    parser = _Tags()
    parser.feed(fragment)
    return parser.tags


def aria_pressed(response) -> str:
    [pressed] = re.findall(r'aria-pressed="(\w+)"', html(response))
    return pressed


def messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


@pytest.fixture(params=["draft", "needs_answer", "archived", "private"])
def outside_the_bank(request, topic):
    if request.param == "private":
        return QuestionFactory(topic=topic, owner=UserFactory())
    return QuestionFactory(topic=topic, status=request.param)


# --- anonymous ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url"),
    [("post", bookmark_url), ("get", note_url), ("post", note_url)],
    ids=["bookmark", "note-form", "note-save"],
)
def test_it_sends_anonymous_visitors_to_log_in(client, question, method, url):
    response = getattr(client, method)(url(question), {"text": "Mine"})

    assert response.status_code == 302
    assert response.url.startswith(f"{LOGIN_URL}?next=")
    assert not Bookmark.objects.exists()
    assert not Note.objects.exists()


def test_it_invites_an_anonymous_visitor_to_log_in_on_the_question_page(client, question):
    NoteFactory(question=question, text="Somebody's private thoughts")

    response = client.get(question.get_absolute_url())

    assert response.status_code == 200
    assert "to bookmark this question, keep notes and practise it" in html(response)
    assert "Somebody&#x27;s private thoughts" not in html(response)
    assert "Somebody's private thoughts" not in html(response)


# --- bookmarks ------------------------------------------------------------------------


def test_it_bookmarks_and_unbookmarks_and_goes_back_to_a_local_next(owner, user, question):
    next_url = "/practice/session/?scope=bookmarks"

    added = owner.post(bookmark_url(question), {"next": next_url})
    assert list(Bookmark.objects.values_list("user", "question")) == [(user.pk, question.pk)]
    removed = owner.post(bookmark_url(question), {"next": next_url})

    assert added.status_code == removed.status_code == 302
    assert added.url == removed.url == next_url
    assert not Bookmark.objects.exists()


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/phish", "javascript:alert(1)", "", None],
)
def test_it_goes_back_to_the_question_page_rather_than_off_site(owner, question, next_url):
    data = {} if next_url is None else {"next": next_url}

    bookmark = owner.post(bookmark_url(question), data)
    note = owner.post(note_url(question), {**data, "text": "Mine"})

    assert bookmark.status_code == note.status_code == 302
    assert bookmark.url == note.url == question.get_absolute_url()


def test_it_returns_the_bookmark_button_to_htmx(owner, htmx, user, question):
    added = owner.post(bookmark_url(question), {"next": "/questions/"}, **htmx)
    removed = owner.post(bookmark_url(question), {"next": "/questions/"}, **htmx)

    assert added.status_code == removed.status_code == 200
    assert html(added).strip().startswith('<form class="bookmark"')
    assert "<html" not in html(added)
    assert (aria_pressed(added), aria_pressed(removed)) == ("true", "false")
    assert "★ Bookmarked" in html(added)
    assert '<input type="hidden" name="next" value="/questions/">' in html(added)
    assert not Bookmark.objects.exists()


def test_it_keeps_each_users_bookmarks_apart(owner, user, outsider, question):
    BookmarkFactory(user=outsider, question=question)

    owner.post(bookmark_url(question))
    page = owner.get(question.get_absolute_url())

    assert Bookmark.objects.filter(question=question).count() == 2
    assert aria_pressed(page) == "true"
    owner.post(bookmark_url(question))
    assert list(Bookmark.objects.values_list("user", flat=True)) == [outsider.pk]


# --- notes ----------------------------------------------------------------------------


def test_it_shows_the_note_form_with_the_current_note(owner, user, question):
    NoteFactory(user=user, question=question, text="Use a *lock*.")

    response = owner.get(note_url(question), {"next": "/practice/"})

    assert response.status_code == 200
    assert rendered_note(response) == "<p>Use a <em>lock</em>.</p>\n"
    assert '<input type="hidden" name="next" value="/practice/">' in html(response)
    assert "Use a *lock*.</textarea>" in html(response)


def test_it_saves_a_note_and_goes_back(owner, user, question):
    response = owner.post(note_url(question), {"text": "  Use a *lock*.  ", "next": "/practice/"})

    assert response.status_code == 302
    assert response.url == "/practice/"
    assert Note.objects.get(user=user, question=question).text == "Use a *lock*."
    assert messages(response) == ["Your note is saved."]


def test_it_updates_the_existing_note(owner, user, question):
    NoteFactory(user=user, question=question, text="First thought")

    owner.post(note_url(question), {"text": "Second thought"})

    assert list(Note.objects.values_list("text", flat=True)) == ["Second thought"]


def test_it_returns_the_note_editor_to_htmx(owner, htmx, user, question):
    response = owner.post(note_url(question), {"text": "Use a *lock*."}, **htmx)

    assert response.status_code == 200
    assert html(response).strip().startswith('<div id="note-editor">')
    assert "<html" not in html(response)
    assert rendered_note(response) == "<p>Use a <em>lock</em>.</p>\n"
    assert "HX-Request" in response["Vary"]
    assert Note.objects.get(user=user).text == "Use a *lock*."


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_it_deletes_the_note_when_saved_empty(owner, user, question, text):
    NoteFactory(user=user, question=question, text="To be forgotten")

    response = owner.post(note_url(question), {"text": text})

    assert response.status_code == 302
    assert not Note.objects.exists()
    assert messages(response) == ["Your note is deleted."]


def test_it_saves_nothing_for_an_empty_new_note(owner, htmx, question):
    response = owner.post(note_url(question), {"text": ""}, **htmx)

    assert response.status_code == 200
    assert not Note.objects.exists()


def test_it_leaves_another_users_note_alone(owner, user, outsider, question):
    NoteFactory(user=outsider, question=question, text="Their note")

    form = owner.get(note_url(question))
    owner.post(note_url(question), {"text": ""})
    owner.post(note_url(question), {"text": "My note"})

    assert "Their note" not in html(form)
    assert sorted(Note.objects.values_list("user", "text")) == sorted(
        [(outsider.pk, "Their note"), (user.pk, "My note")]
    )


def test_it_shows_a_note_only_to_its_author_on_the_question_page(client, user, outsider, question):
    NoteFactory(user=user, question=question, text="My secret mnemonic")

    client.force_login(outsider)
    theirs = client.get(question.get_absolute_url())
    client.force_login(user)
    mine = client.get(question.get_absolute_url())

    assert "My secret mnemonic" not in html(theirs)
    assert "No note yet. Only you will see it." in html(theirs)
    assert rendered_note(mine) == "<p>My secret mnemonic</p>\n"


@pytest.mark.parametrize("mine", [False, True])
def test_it_reads_the_users_bookmark_and_note_in_one_query(
    owner, user, question, django_assert_num_queries, mine
):
    if mine:
        BookmarkFactory(user=user, question=question)
        NoteFactory(user=user, question=question, text="Mine")
    owner.get(question.get_absolute_url())  # the bank's part of the page is kept

    # The session, the user and the kept page, then the user's own part.
    with django_assert_num_queries(3 + 1):
        page = owner.get(question.get_absolute_url())

    assert aria_pressed(page) == str(mine).lower()
    assert ('<div class="markdown note"><p>Mine</p>\n</div>' in html(page)) is mine
    assert ("No note yet." in html(page)) is not mine


def test_it_sanitises_the_markdown_of_a_note_wherever_it_is_shown(owner, user, question):
    NoteFactory(user=user, question=question, text=HOSTILE_NOTE)

    pages = {
        "question page": owner.get(question.get_absolute_url()),
        "note editor": owner.get(note_url(question)),
        "revealed card": owner.post(REVEAL_URL, {"scope": "due", "question": question.slug}),
    }

    for where, response in pages.items():
        elements = tags(rendered_note(response))
        attributes = [(name, value or "") for _, attrs in elements for name, value in attrs.items()]
        assert ("strong", {}) in elements, where
        assert "script" not in [tag for tag, _ in elements], where
        assert not [name for name, _ in attributes if name.startswith("on")], where
        assert not [value for _, value in attributes if "javascript:" in value.lower()], where


# --- questions outside the bank -------------------------------------------------------


def test_it_404s_for_a_question_outside_the_bank(owner, htmx, user, outside_the_bank):
    responses = [
        owner.post(bookmark_url(outside_the_bank)),
        owner.post(bookmark_url(outside_the_bank), **htmx),
        owner.get(note_url(outside_the_bank)),
        owner.post(note_url(outside_the_bank), {"text": "Mine"}),
    ]

    assert [response.status_code for response in responses] == [404, 404, 404, 404]
    assert not Bookmark.objects.exists()
    assert not Note.objects.exists()


def test_it_404s_for_a_question_that_does_not_exist(owner):
    assert owner.post("/practice/q/no-such-question/bookmark/").status_code == 404
    assert owner.get("/practice/q/no-such-question/note/").status_code == 404


def test_it_refuses_other_methods(owner, question):
    assert owner.get(bookmark_url(question)).status_code == 405
    assert owner.put(note_url(question)).status_code == 405


def test_it_refuses_a_note_longer_than_ten_thousand_characters(client, user, question):
    client.force_login(user)

    response = client.post(f"/practice/q/{question.slug}/note/", {"text": "x" * 10_001})

    assert response.status_code == 200
    assert "at most 10000 characters" in response.content.decode()
    assert not Note.objects.exists()
