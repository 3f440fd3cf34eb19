import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from questions.models import Level, Question, Status, Visibility
from questions.views.bank import BankPaginator
from tests.factories import (
    QuestionFactory,
    QuestionSetFactory,
    SourceFactory,
    SourceReferenceFactory,
    TopicFactory,
    UserFactory,
    make_interviewer,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/questions/"


def listed(response) -> list[str]:
    """The prompts on a list page, as shown (highlight marks included)."""
    html = response.content.decode()
    return re.findall(r'<a class="question-link" href="[^"]*">\s*(.*?)\s*</a>', html, re.S)


def result_count(response) -> str:
    """The line above the results that says how many questions match."""
    [line] = re.findall(r'<p class="result-count"[^>]*>(.*?)</p>', response.content.decode(), re.S)
    return " ".join(line.split())


def snippets(response) -> list[str]:
    return re.findall(r'<p class="snippet">(.*?)</p>', response.content.decode(), re.S)


def alert(response) -> str:
    """The text of the error box above the results."""
    [box] = re.findall(
        r'<div class="message error" role="alert">(.*?)</div>', response.content.decode(), re.S
    )
    return " ".join(re.sub(r"<[^>]+>", " ", box).split())


def assert_same_queries_as_data_grows(django_assert_num_queries, client, url, *, grow, at_most):
    """Run the page at a small and a large data size: an N+1 shows up as a difference."""
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow()
    with django_assert_num_queries(len(small)):
        assert client.get(url).status_code == 200
    assert len(small) <= at_most


def make_bank_questions(count: int, *, topic):
    for _ in range(count):
        question = QuestionFactory(topic=topic, level=Level.MID)
        SourceReferenceFactory.create_batch(2, question=question)


# --- the list: who sees what ---------------------------------------------------


def test_it_lists_only_published_public_questions(client, topic):
    QuestionFactory(prompt="Published and public", topic=topic)
    QuestionFactory(prompt="A draft", status=Status.DRAFT, topic=topic)
    QuestionFactory(prompt="Waiting for an answer", status=Status.NEEDS_ANSWER, topic=topic)
    QuestionFactory(prompt="Archived long ago", status=Status.ARCHIVED, topic=topic)
    QuestionFactory(prompt="Someone's private question", owner=UserFactory(), topic=topic)

    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert listed(response) == ["Published and public"]
    assert result_count(response) == "1 question"


@pytest.mark.parametrize(
    ("status", "private"),
    [
        (Status.DRAFT, False),
        (Status.NEEDS_ANSWER, False),
        (Status.ARCHIVED, False),
        (Status.PUBLISHED, True),
    ],
)
def test_it_hides_unpublished_and_private_questions(client, outsider, status, private):
    owner = outsider if private else None
    question = QuestionFactory(prompt="A hidden asyncio question", status=status, owner=owner)

    assert listed(client.get(LIST_URL)) == []
    assert listed(client.get(LIST_URL, {"q": "asyncio"})) == []
    assert listed(client.get(LIST_URL, {"topic": question.topic.slug})) == []
    assert client.get(f"/questions/{question.slug}/").status_code == 404
    assert client.get("/questions/no-such-question/").status_code == 404


def test_it_lists_the_bank_in_a_stable_topic_order(client):
    later, first = TopicFactory(name="Later", order=2), TopicFactory(name="First", order=1)
    QuestionFactory(prompt="In the later topic", topic=later)
    QuestionFactory(prompt="In the first topic", topic=first)

    response = client.get(LIST_URL)

    assert listed(response) == ["In the first topic", "In the later topic"]


def test_it_filters_by_topic_slug_and_level(client):
    asyncio, security = TopicFactory(slug="async"), TopicFactory(slug="security")
    QuestionFactory(prompt="Async senior", topic=asyncio, level=Level.SENIOR)
    QuestionFactory(prompt="Async junior", topic=asyncio, level=Level.JUNIOR)
    QuestionFactory(prompt="Security senior", topic=security, level=Level.SENIOR)

    by_topic = client.get(LIST_URL, {"topic": "async"})
    by_level = client.get(LIST_URL, {"level": "senior"})
    by_both = client.get(LIST_URL, {"topic": "async", "level": "senior"})

    assert listed(by_topic) == ["Async senior", "Async junior"]
    assert listed(by_level) == ["Async senior", "Security senior"]
    assert listed(by_both) == ["Async senior"]


@pytest.mark.parametrize(
    ("params", "error"),
    [
        (
            {"topic": "no-such-topic"},
            "Topic: Select a valid choice. That choice is not one of the available choices.",
        ),
        ({"topic": "\x00"}, "Topic: Null characters are not allowed."),
        (
            {"level": "wizard"},
            "Level: Select a valid choice. wizard is not one of the available choices.",
        ),
        ({"level": "\x00"}, "Level: Select a valid choice."),
        ({"q": "\x00"}, "Search: Null characters are not allowed."),
        ({"q": "x" * 201}, "Search: Ensure this value has at most 200 characters (it has 201)."),
    ],
)
def test_it_explains_a_bad_filter_and_still_lists_questions(client, topic, params, error):
    QuestionFactory(prompt="The only question", topic=topic)

    response = client.get(LIST_URL, params)

    assert response.status_code == 200
    assert alert(response).startswith(error)
    assert listed(response) == ["The only question"]


def test_it_still_applies_the_good_filters_beside_a_bad_one(client, topic):
    QuestionFactory(prompt="How does asyncio schedule tasks?", topic=topic)
    QuestionFactory(prompt="What is a database index?", topic=topic)

    response = client.get(LIST_URL, {"q": "asyncio", "level": "wizard"})

    assert response.status_code == 200
    assert alert(response).startswith("Level: Select a valid choice.")
    assert listed(response) == ["How does <mark>asyncio</mark> schedule tasks?"]
    assert result_count(response) == "1 question matching “asyncio”"


@pytest.mark.parametrize(
    ("page", "shown_page"),
    [("abc", 1), ("", 1), ("1.5", 1), ("0", 2), ("-1", 2), ("99999", 2), ("2", 2)],
)
def test_it_shows_a_sensible_page_for_any_page_number(client, topic, page, shown_page):
    QuestionFactory.create_batch(25, topic=topic)

    response = client.get(LIST_URL, {"page": page})

    assert response.status_code == 200
    assert f"Page {shown_page} of 2".encode() in response.content
    assert len(listed(response)) == {1: 20, 2: 5}[shown_page]


# --- search ------------------------------------------------------------------


def test_it_highlights_search_matches_and_escapes_the_prompt(client, topic):
    QuestionFactory(prompt="<b>Why</b> use asyncio?", answer="When asyncio fits.", topic=topic)
    QuestionFactory(prompt="What is a database index?", topic=topic)

    response = client.get(LIST_URL, {"q": "asyncio"})

    assert listed(response) == ["&lt;b&gt;Why&lt;/b&gt; use <mark>asyncio</mark>?"]
    assert snippets(response) == ["When <mark>asyncio</mark> fits"]
    assert result_count(response) == "1 question matching “asyncio”"


def test_it_shows_an_answer_snippet_without_markdown_syntax(client, topic):
    QuestionFactory(
        prompt="Why use asyncio?",
        answer="## Short answer\n\n**Waiting** on `asyncio` sockets | cheaply",
        topic=topic,
    )

    response = client.get(LIST_URL, {"q": "asyncio"})

    assert snippets(response) == ["Short answer Waiting on <mark>asyncio</mark> sockets cheaply"]


def test_it_keeps_python_syntax_in_an_answer_snippet(client, topic):
    QuestionFactory(
        prompt="How do you pass options through?",
        answer="Forward `**kwargs` to `super().__init__()` so that options reach the parent.",
        topic=topic,
    )

    response = client.get(LIST_URL, {"q": "options"})

    [snippet] = snippets(response)
    assert "**kwargs" in snippet
    assert "__init__()" in snippet


def test_it_says_when_a_search_finds_nothing(client, topic):
    QuestionFactory(prompt="What is a database index?", topic=topic)

    response = client.get(LIST_URL, {"q": "kubernetes"})

    assert listed(response) == []
    assert "No question matches “kubernetes”".encode() in response.content


@pytest.mark.parametrize("query", ["\"&|!:*()'", "the and of", "日本語", "-", "a:* & !b"])
def test_it_survives_garbage_searches(client, topic, query):
    QuestionFactory(prompt="How does asyncio schedule tasks?", topic=topic)

    assert client.get(LIST_URL, {"q": query}).status_code == 200


# --- htmx ---------------------------------------------------------------------


def test_it_returns_only_the_results_to_htmx(client, topic, htmx):
    QuestionFactory(prompt="How does asyncio schedule tasks?", topic=topic)

    response = client.get(LIST_URL, {"q": "asyncio"}, **htmx)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.strip().startswith('<section id="results"')
    assert listed(response) == ["How does <mark>asyncio</mark> schedule tasks?"]
    assert "HX-Request" in response["Vary"]


def test_it_tells_caches_the_full_page_depends_on_htmx(client, topic):
    response = client.get(LIST_URL)

    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]


def test_it_returns_the_full_page_when_htmx_restores_history(client, topic, htmx):
    QuestionFactory(prompt="How does asyncio schedule tasks?", topic=topic)

    response = client.get(
        LIST_URL, {"q": "asyncio"}, **htmx, HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )

    html = response.content.decode()
    assert html.startswith("<!DOCTYPE html>")
    assert 'id="results"' in html
    assert listed(response) == ["How does <mark>asyncio</mark> schedule tasks?"]


# --- detail -------------------------------------------------------------------


def test_it_shows_a_question_with_its_rendered_answer(client, topic):
    question = QuestionFactory(
        prompt="What does asyncio.gather return?",
        answer=(
            "A **list** of results.\n\n```python\nawait asyncio.gather(a(), b())\n```\n\n"
            "<script>alert(1)</script>"
        ),
        topic=topic,
    )

    response = client.get(f"/questions/{question.slug}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="prompt">What does asyncio.gather return?</h1>' in html
    assert "A <strong>list</strong> of results." in html
    assert '<span class="k">await</span>' in html
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_says_when_a_question_has_no_answer_yet(client, topic):
    question = QuestionFactory(answer="", topic=topic)

    response = client.get(f"/questions/{question.slug}/")

    assert b"This question has no answer yet." in response.content


@pytest.mark.parametrize(
    ("rubric", "shown", "absent"),
    [
        (
            {"what_it_tests": "Concurrency basics", "answer_outline": "", "red_flags": ""},
            ["What it tests"],
            ["Answer outline", "Red flags"],
        ),
        (
            {
                "what_it_tests": "",
                "answer_outline": "1. loop\n2. tasks",
                "red_flags": "- *threads*",
            },
            ["Answer outline", "Red flags", "<em>threads</em>"],
            ["What it tests"],
        ),
        (
            {"what_it_tests": "", "answer_outline": "", "red_flags": ""},
            [],
            ["What the interviewer is listening for", "What it tests", "Red flags"],
        ),
    ],
)
def test_it_shows_only_the_parts_of_the_rubric_that_exist(client, topic, rubric, shown, absent):
    question = QuestionFactory(topic=topic, **rubric)

    html = client.get(f"/questions/{question.slug}/").content.decode()

    for text in shown:
        assert text in html
    for text in absent:
        assert text not in html


def test_it_counts_the_distinct_sources_a_question_was_seen_in(client, topic):
    question = QuestionFactory(topic=topic)
    handbook = SourceFactory(title="Backend handbook")
    notes = SourceFactory(title="Interview notes")
    SourceReferenceFactory(question=question, source=handbook, line=3, label="Q3")
    SourceReferenceFactory(question=question, source=handbook, line=90, label="Q41")
    SourceReferenceFactory(question=question, source=notes, line=12, label="")

    response = client.get(f"/questions/{question.slug}/")

    html = response.content.decode()
    assert "asked in 2 sources" in html
    assert html.count("<li>Backend handbook (Q3, Q41)</li>") == 1
    assert "<li>Interview notes</li>" in html


def test_it_shows_the_source_count_in_the_list_when_seen_more_than_once(client, topic):
    question = QuestionFactory(prompt="Seen twice", topic=topic)
    SourceReferenceFactory(question=question)
    SourceReferenceFactory(question=question)
    QuestionFactory(prompt="Seen once", topic=topic)

    response = client.get(LIST_URL)

    assert response.content.decode().count("asked in") == 1
    assert b"asked in 2 sources" in response.content


@pytest.mark.parametrize("url", [LIST_URL, "/questions/{slug}/"])
def test_it_refuses_to_post(client, question, url):
    response = client.post(url.format(slug=question.slug), {"q": "x"})

    assert response.status_code == 405


# --- query counts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "at_most"),
    [
        ("", 3),
        ("?q=feature", 3),
        ("?topic=async&level=mid", 4),
        ("?q=feature+number&topic=async&level=mid&page=2", 4),
    ],
)
def test_it_lists_with_the_same_queries_for_3_or_60_questions(
    client, django_assert_num_queries, params, at_most
):
    asyncio = TopicFactory(slug="async")
    make_bank_questions(3, topic=asyncio)

    # The first visit after a change to the bank works the page out and keeps it (a cache
    # read, its rows' ids, and the cache's own writes: 12 more queries with the database
    # cache)...
    assert_same_queries_as_data_grows(
        django_assert_num_queries,
        client,
        LIST_URL + params,
        grow=lambda: make_bank_questions(57, topic=asyncio),
        at_most=at_most + 12,
    )
    # ...and the next ones read its rows and count from the cache, and check by primary
    # key that its questions are all still in the bank.
    with CaptureQueriesContext(connection) as again:
        assert client.get(LIST_URL + params).status_code == 200
    assert len(again) <= at_most


def test_it_shows_a_question_with_the_same_queries_for_3_or_60_sources(
    client, django_assert_num_queries, topic
):
    question = QuestionFactory(topic=topic)
    SourceReferenceFactory.create_batch(3, question=question)

    # The first visit after a change to the bank reads the question, its sources and the
    # cache, and keeps the drawn page (the database cache's own writes)...
    assert_same_queries_as_data_grows(
        django_assert_num_queries,
        client,
        f"/questions/{question.slug}/",
        grow=lambda: SourceReferenceFactory.create_batch(57, question=question),
        at_most=2 + 11,
    )
    # ...and the next ones read the question (is it still in the bank?) and the cache.
    with CaptureQueriesContext(connection) as again:
        response = client.get(f"/questions/{question.slug}/")
    assert len(again) <= 2
    assert response.content.decode().count("<li>Interview document") == 60


def test_a_question_page_shows_a_change_to_its_answer_or_sources_at_once(client, topic):
    question = QuestionFactory(topic=topic, answer="Old answer.")
    reference = SourceReferenceFactory(question=question, source__title="Blog post")
    client.get(question.get_absolute_url())  # kept

    question.answer = "New answer."
    question.save()
    reference.source.title = "Renamed post"
    reference.source.save()
    page = client.get(question.get_absolute_url()).content.decode()

    assert "New answer." in page and "Old answer." not in page
    assert "Renamed post" in page and "Blog post" not in page


def test_it_shows_an_outline_as_the_answer_of_a_rubric_only_question(client):
    question = QuestionFactory(
        answer="", what_it_tests="Cooperative multitasking.", answer_outline="Yields at **await**."
    )

    response = client.get(question.get_absolute_url())

    content = response.content.decode()
    assert "This question has no answer yet." not in content
    assert "Yields at <strong>await</strong>." in content
    assert "An outline of a strong answer." in content


@pytest.mark.parametrize("page", ["list", "detail", "card"])
def test_it_never_reads_the_search_vector_to_show_questions(client, user, question, page):
    client.force_login(user)
    url = {
        "list": "/questions/",
        "detail": question.get_absolute_url(),
        "card": "/practice/session/?scope=new",
    }[page]

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert question.prompt in response.content.decode()
    assert not [q["sql"] for q in queries if "search_vector" in q["sql"]]


@pytest.mark.parametrize(
    "query",
    ["-" * 40, "- " * 100, "a -" * 50, '"' * 99, "!(" * 80, "or " * 200, "-" * 33 + "gil"],
)
def test_it_answers_any_pile_of_search_operators(client, topic, query):
    QuestionFactory(topic=topic, prompt="What is the GIL?")

    response = client.get("/questions/", {"q": query})

    assert response.status_code == 200


def test_it_still_excludes_a_word_with_a_dash_and_keeps_hyphenated_words(client, topic):
    QuestionFactory(topic=topic, prompt="Why is asyncio not thread-safe?")
    QuestionFactory(topic=topic, prompt="What does asyncio gather return?")

    excluding = client.get("/questions/", {"q": "asyncio -gather"}).content.decode()
    hyphenated = client.get("/questions/", {"q": "thread-safe"}).content.decode()

    assert "not thread-safe" in excluding and "gather return" not in excluding
    assert "<mark>thread</mark>-<mark>safe</mark>" in hyphenated
    assert "gather return" not in hyphenated


# --- big searches: capped counts, headlines for the page's rows only -----------------


def test_it_counts_a_big_search_only_up_to_a_cap(client, topic, monkeypatch):
    monkeypatch.setattr("questions.views.bank.SEARCH_COUNT_CAP", 5)
    QuestionFactory.create_batch(6, topic=topic, prompt="How does the event loop run?")

    capped = client.get(LIST_URL, {"q": "event loop"})
    QuestionFactory.create_batch(1, topic=topic, prompt="What is a thread?")
    exact = client.get(LIST_URL, {"q": "thread"})

    assert result_count(capped) == "5+ questions matching “event loop”"
    assert len(listed(capped)) == 5
    assert "Only the first 5 matches are listed" in capped.content.decode()
    assert result_count(exact) == "1 question matching “thread”"
    assert "Only the first" not in exact.content.decode()


@pytest.mark.parametrize(
    ("count", "capped", "shown"),
    [(20_000, False, "20,000"), (999, False, "999"), (1_000, True, "1,000+")],
)
def test_it_says_a_big_count_with_its_thousands_apart(count, capped, shown):
    paginator = BankPaginator(Question.objects.bank, 20, search="loop" if capped else "")
    paginator.__dict__["count"], paginator.capped = count, capped  # as counted, or kept

    assert paginator.shown_count == shown


def test_it_pages_a_search_in_rank_order_with_headlines(client, topic):
    for n in range(25):
        loops = " loop" * (n % 5)
        QuestionFactory(topic=topic, prompt=f"Case {n}: the event{loops}?", answer="A loop.")
    ranked = [
        question.prompt
        for question in Question.objects.bank().search("loop").order_by("-rank", "pk")
    ]

    first = client.get(LIST_URL, {"q": "loop"})
    second = client.get(LIST_URL, {"q": "loop", "page": "2"})

    shown = [re.sub("<[^>]+>", "", prompt) for prompt in listed(first) + listed(second)]
    assert shown == ranked
    assert all("<mark>loop</mark>" in prompt for prompt in listed(first))  # 20 with "loop"
    assert len(snippets(second)) == 5
    assert all("<mark>loop</mark>" in snippet for snippet in snippets(second))


def test_it_shows_a_private_question_of_a_public_set_with_the_same_queries_for_3_or_60_sources(
    client, django_assert_num_queries, topic
):
    owner = make_interviewer(UserFactory())
    question_set = QuestionSetFactory(
        owner=owner, visibility=Visibility.PUBLIC, answers_visible=False
    )
    private = QuestionFactory(owner=owner, topic=topic, answer="Kept by the interviewer.")
    question_set.append(private)
    SourceReferenceFactory.create_batch(3, question=private)

    assert_same_queries_as_data_grows(
        django_assert_num_queries,
        client,
        private.get_absolute_url(),
        grow=lambda: SourceReferenceFactory.create_batch(57, question=private),
        # After a change to the bank, the lookup in the bank finds nothing and keeps that
        # (the database cache's writes: 11 more queries)...
        at_most=3 + 11,
    )
    # ...then: the cache says it is not in the bank, the rule for everything else, sources.
    with CaptureQueriesContext(connection) as again:
        response = client.get(private.get_absolute_url())
    assert len(again) <= 3
    assert "keeps its answer and rubric to themselves" in response.content.decode()
