import re

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F
from django.template import Context, Template

from questions.fingerprint import prompt_fingerprint
from questions.models import (
    BASE_TOPICS,
    HIGHLIGHT_START,
    HIGHLIGHT_STOP,
    Level,
    Question,
    Status,
    Topic,
)
from questions.models.bank import (
    SEARCH_CONFIG,
    _bounded_websearch,
    _prefix_query,
    _split_dotted_names,
)
from tests.factories import (
    QuestionFactory,
    SourceFactory,
    SourceReferenceFactory,
    TopicFactory,
    UserFactory,
)


def prompts(questions) -> list[str]:
    return [question.prompt for question in questions]


def render_highlighted(headline: str) -> str:
    return Template("{% load bank %}{{ headline|highlighted }}").render(
        Context({"headline": headline})
    )


# --- fingerprints -------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "what is the gil",
        "WHAT IS THE GIL?",
        "  What   is\tthe\nGIL ?? ",
        "What is **the** `GIL`?",
        "## What is the _GIL_?",
        "What is the GIL?!...",
    ],
)
def test_it_fingerprints_prompts_alike_when_only_case_punctuation_markdown_or_spacing_differ(
    variant,
):
    assert prompt_fingerprint(variant) == prompt_fingerprint("What is the GIL?")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("What is the GIL?", "What is a GIL?"),
        ("What is the GIL?", "Why is the GIL?"),
        ("What is the GIL?", "What is the GIL for?"),
        ("Explain asyncio", "Explain threading"),
    ],
)
def test_it_fingerprints_prompts_with_different_words_differently(first, second):
    assert prompt_fingerprint(first) != prompt_fingerprint(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Что такое GIL?", "Зачем нужен GIL?"), ("什么是协程", "什么是线程")],
)
def test_it_fingerprints_prompts_in_other_alphabets_by_their_words(first, second):
    # Equal fingerprints mark duplicates: these are different questions.
    assert prompt_fingerprint(first) != prompt_fingerprint(second)


@pytest.mark.django_db
def test_it_stores_the_fingerprint_of_the_prompt_when_saving():
    question = QuestionFactory(prompt="What is the **GIL**?")

    assert question.fingerprint == prompt_fingerprint("what is the gil")


# --- slugs --------------------------------------------------------------------


@pytest.mark.django_db
def test_it_makes_a_readable_slug_from_the_prompt():
    question = QuestionFactory(prompt="How does asyncio schedule tasks?")

    assert question.slug == "how-does-asyncio-schedule-tasks"
    assert question.get_absolute_url() == "/questions/how-does-asyncio-schedule-tasks/"


@pytest.mark.django_db
def test_it_makes_a_unique_slug_when_two_prompts_slugify_alike():
    first = QuestionFactory(prompt="What is the GIL?")
    second = QuestionFactory(prompt="What is the GIL!")

    assert first.slug == "what-is-the-gil"
    assert re.fullmatch(r"what-is-the-gil-[0-9a-f]{6}", second.slug)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("什么是协程", "question"),
        ("Что такое GIL?", "gil"),
        ("¿Qué es asyncio?", "que-es-asyncio"),
    ],
)
def test_it_gives_a_prompt_in_another_alphabet_a_working_slug(client, prompt, expected):
    question = QuestionFactory(prompt=prompt)

    assert question.slug == expected
    assert client.get(question.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_it_gives_two_prompts_without_latin_letters_distinct_slugs():
    first = QuestionFactory(prompt="什么是协程")
    second = QuestionFactory(prompt="什么是线程")

    assert first.slug != second.slug


@pytest.mark.django_db
def test_it_keeps_a_long_prompts_slug_within_the_column():
    question = QuestionFactory(prompt="Why " * 200)

    question.refresh_from_db()
    assert 0 < len(question.slug) <= 100
    assert not question.slug.endswith("-")


@pytest.mark.django_db
def test_it_keeps_the_slug_when_the_prompt_is_edited():
    question = QuestionFactory(prompt="What is the GIL?")

    question.prompt = "What is the global interpreter lock?"
    question.save()

    question.refresh_from_db()
    assert question.slug == "what-is-the-gil"


# --- querysets ----------------------------------------------------------------


@pytest.mark.django_db
def test_it_selects_published_questions(topic):
    QuestionFactory(prompt="Published one", status=Status.PUBLISHED, topic=topic)
    QuestionFactory(prompt="A draft", status=Status.DRAFT, topic=topic)
    QuestionFactory(prompt="Unanswered", status=Status.NEEDS_ANSWER, topic=topic)
    QuestionFactory(prompt="Old one", status=Status.ARCHIVED, topic=topic)

    assert prompts(Question.objects.published()) == ["Published one"]


@pytest.mark.django_db
def test_it_selects_the_public_bank_without_private_questions(topic, user):
    QuestionFactory(prompt="Public one", owner=None, topic=topic)
    QuestionFactory(prompt="Private one", owner=user, topic=topic)

    assert prompts(Question.objects.public_bank()) == ["Public one"]


@pytest.mark.django_db
def test_it_selects_questions_of_one_topic_and_one_level():
    asyncio, security = TopicFactory(slug="async"), TopicFactory(slug="security")
    QuestionFactory(prompt="Async senior", topic=asyncio, level=Level.SENIOR)
    QuestionFactory(prompt="Async junior", topic=asyncio, level=Level.JUNIOR)
    QuestionFactory(prompt="Security senior", topic=security, level=Level.SENIOR)

    # Filters promise which questions, not in what order.
    assert set(prompts(Question.objects.for_topic(asyncio))) == {"Async senior", "Async junior"}
    assert set(prompts(Question.objects.at_level(Level.SENIOR))) == {
        "Async senior",
        "Security senior",
    }
    assert prompts(Question.objects.for_topic(asyncio).at_level(Level.SENIOR)) == ["Async senior"]


@pytest.mark.django_db
def test_it_counts_distinct_sources_not_references(topic):
    seen_twice = QuestionFactory(topic=topic)
    never_seen = QuestionFactory(topic=topic)
    first_document, second_document = SourceFactory(), SourceFactory()
    SourceReferenceFactory(question=seen_twice, source=first_document, line=3)
    SourceReferenceFactory(question=seen_twice, source=first_document, line=40)
    SourceReferenceFactory(question=seen_twice, source=second_document, line=7)

    counts = dict(Question.objects.with_source_count().values_list("pk", "source_count"))

    assert counts == {seen_twice.pk: 2, never_seen.pk: 0}


# --- search -------------------------------------------------------------------


@pytest.mark.django_db
def test_it_ranks_a_prompt_match_above_an_answer_match(topic):
    QuestionFactory(prompt="What is the GIL?", answer="It also affects asyncio code.", topic=topic)
    QuestionFactory(prompt="How does asyncio schedule tasks?", answer="An event loop.", topic=topic)
    QuestionFactory(prompt="What is a database index?", answer="A B-tree.", topic=topic)

    results = Question.objects.search("asyncio")

    assert prompts(results) == ["How does asyncio schedule tasks?", "What is the GIL?"]


@pytest.mark.django_db
def test_it_finds_an_exact_phrase_in_quotes(topic):
    QuestionFactory(prompt="What is the event loop?", answer="It runs tasks.", topic=topic)
    QuestionFactory(prompt="Does the loop handle each event?", answer="Yes.", topic=topic)

    assert prompts(Question.objects.search('"event loop"')) == ["What is the event loop?"]


@pytest.mark.django_db
def test_it_leaves_out_questions_with_a_word_after_a_minus(topic):
    QuestionFactory(
        prompt="How does asyncio work?", answer="One event loop, no threads.", topic=topic
    )
    QuestionFactory(prompt="When to use asyncio?", answer="For many slow sockets.", topic=topic)

    assert prompts(Question.objects.search("asyncio -threads")) == ["When to use asyncio?"]


@pytest.mark.django_db
def test_it_finds_either_word_with_or(topic):
    QuestionFactory(prompt="What is the GIL?", answer="A lock.", topic=topic)
    QuestionFactory(
        prompt="What does gather do in asyncio?", answer="Runs awaitables.", topic=topic
    )
    QuestionFactory(prompt="What is a database index?", answer="A B-tree.", topic=topic)

    results = Question.objects.search("gil or gather")

    assert sorted(prompts(results)) == ["What does gather do in asyncio?", "What is the GIL?"]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["asyncio gather", "gather", "asyncio.gather"])
def test_it_finds_a_dotted_name_by_its_parts(topic, typed):
    # "asyncio gather" is the example the search box itself suggests.
    QuestionFactory(prompt="What does asyncio.gather do?", answer="Runs awaitables.", topic=topic)

    assert prompts(Question.objects.search(typed)) == ["What does asyncio.gather do?"]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["asyn", "Async", "asyncio sched", "how does asyncio s"])
def test_it_finds_questions_while_the_last_word_is_still_being_typed(topic, typed):
    QuestionFactory(prompt="How does asyncio schedule tasks?", answer="An event loop.", topic=topic)
    QuestionFactory(prompt="What is a database index?", answer="A B-tree.", topic=topic)

    assert prompts(Question.objects.search(typed)) == ["How does asyncio schedule tasks?"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "garbage",
    [
        "\"&|!:*()'",
        "& | ! :* ( ) <-> <2>",
        "'",
        "-",
        "--",
        '"',
        "\\",
        "asyncio:*",
        "a & (b | !c",
        "the and of or",
        "x" * 5000,
        " ".join(f"word{n}" for n in range(2000)),
        "日本語の質問",
        "naïve café",
        "🐍 asyncio",
        "\u200b\u00a0",
    ],
)
def test_it_survives_garbage_queries(topic, garbage):
    QuestionFactory(prompt="How does asyncio schedule tasks?", topic=topic)

    results = list(Question.objects.search(garbage))

    assert all(isinstance(result, Question) for result in results)


@pytest.mark.django_db
def test_it_finds_nothing_for_only_stopwords(topic):
    QuestionFactory(prompt="What is the GIL and why does it exist?", topic=topic)

    assert list(Question.objects.search("the and of")) == []


def ranked_as_before(text: str) -> list[int]:
    """The bank's matches of `text` by the rule search had before it found matches with the
    prefix query alone: websearch OR prefix both finds and ranks them."""
    text = _bounded_websearch(_split_dotted_names(text))
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    if (prefix := _prefix_query(text)) is not None:
        query |= prefix
    matches = Question.objects.filter(search_vector=query)
    ranked = matches.annotate(rank=SearchRank(F("search_vector"), query)).order_by("-rank", "pk")
    return list(ranked.values_list("pk", flat=True))


SEARCHED_BANK = [
    ("How does the event loop run tasks?", "One loop per thread runs every task in turn."),
    ("What is an event?", "Something that happened; the loop reacts to events."),
    ("Why use asyncio.gather?", "It runs awaitables concurrently on the event loop."),
    ("What is the GIL?", "A lock: one thread runs Python bytecode at a time."),
    ("When are threads better than asyncio?", "Blocking libraries; the GIL is released on I/O."),
    ("What does an index cost?", "Writes and space; a B-tree keeps keys sorted."),
    ("Explain database transactions", "Atomic units of work: the event of a commit."),
    ("What is Python's data model?", "Dunder methods: __len__, __iter__, __eq__."),
    ("How do you cache in Python 3.12?", "functools.cache, or Redis for many processes."),
    ("Ordering of middleware?", "Order matters: each wraps the next."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "event loop",
        "event lo",
        "loop",
        "python",
        "pyth",
        "asyncio gather",
        "asyncio.gather",
        "gil or threads",
        "the",
        "Order",
        "event -thread",
        '"event loop"',
        "3 12",
        "naïve event",
        "don't cache",
    ],
)
def test_it_finds_and_ranks_the_same_questions_as_before(topic, text):
    for prompt, answer in SEARCHED_BANK:
        QuestionFactory(prompt=prompt, answer=answer, topic=topic)

    found = list(Question.objects.search(text).values_list("pk", flat=True))

    assert found == ranked_as_before(text)


@pytest.mark.django_db
def test_it_marks_the_matches_in_the_prompt_and_answer_headlines(topic):
    QuestionFactory(
        prompt="How does asyncio schedule tasks?",
        answer="Since Python 3.4 asyncio runs every task on a single event loop thread.",
        topic=topic,
    )

    [result] = Question.objects.search("asyncio").with_headlines("asyncio")

    start, stop = HIGHLIGHT_START, HIGHLIGHT_STOP
    assert result.prompt_headline == f"How does {start}asyncio{stop} schedule tasks?"
    assert f"{start}asyncio{stop} runs" in result.answer_headline


@pytest.mark.django_db
def test_it_escapes_html_in_a_highlighted_prompt_but_keeps_the_marks(topic):
    QuestionFactory(prompt="<script>alert(1)</script> Explain asyncio & gather", topic=topic)

    [result] = Question.objects.search("asyncio").with_headlines("asyncio")

    assert render_highlighted(result.prompt_headline) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; Explain <mark>asyncio</mark> &amp; gather"
    )


def test_it_highlights_nothing_for_an_empty_headline():
    assert render_highlighted(None) == ""


# --- topics -------------------------------------------------------------------


@pytest.mark.django_db
def test_it_creates_the_base_topics_once():
    assert Topic.objects.ensure_base_topics() == 10
    assert Topic.objects.ensure_base_topics() == 0

    assert list(Topic.objects.values_list("slug", flat=True)) == [
        slug for _, slug, _ in BASE_TOPICS
    ]


@pytest.mark.django_db
def test_it_keeps_an_edited_base_topic_as_it_is():
    TopicFactory(slug="async", name="Concurrency", order=99)

    assert Topic.objects.ensure_base_topics() == 9
    assert Topic.objects.get(slug="async").name == "Concurrency"


@pytest.mark.django_db
def test_it_counts_only_published_public_questions_per_topic():
    busy, empty = TopicFactory(name="Busy", order=1), TopicFactory(name="Empty", order=2)
    owner = UserFactory()
    QuestionFactory.create_batch(2, topic=busy, status=Status.PUBLISHED)
    QuestionFactory(topic=busy, status=Status.DRAFT)
    QuestionFactory(topic=busy, status=Status.NEEDS_ANSWER)
    QuestionFactory(topic=busy, status=Status.ARCHIVED)
    QuestionFactory(topic=busy, status=Status.PUBLISHED, owner=owner)
    QuestionFactory(topic=empty, status=Status.DRAFT)

    counts = dict(Topic.objects.with_published_counts().values_list("name", "published_count"))

    assert counts == {"Busy": 2, "Empty": 0}
