"""import_document against the real database: one transaction, duplicates joined, statuses."""

import codecs

import pytest

from questions.importing import DocumentError, import_document, importer
from questions.models import Question, Source, SourceReference, Status, SuggestionState, Topic
from tests.factories import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

ASYNC_NOTES = (
    "# Async\n\n"
    "### Q1. What is an event loop?\n"
    "A: It runs coroutines and callbacks, switching at await points.\n\n"
    "### Q2. What is a coroutine?\n"
    "\n\n"
    "### Q3. What is Python's GIL?\n"
    "A: A lock that lets one thread run Python bytecode at a time.\n"
)


def document(*items: tuple[str, str]) -> bytes:
    """A markdown list of (question, answer) pairs; an empty answer is left out."""
    parts = [
        f"### Q{number}. {prompt}\n" + (f"A: {answer}\n" if answer else "")
        for number, (prompt, answer) in enumerate(items, start=1)
    ]
    return "\n".join(parts).encode()


def bank_state() -> tuple:
    """Everything an import may touch, to compare before and after."""
    return (
        list(Question.objects.order_by("pk").values_list("prompt", "answer", "status")),
        list(Source.objects.values_list("title", flat=True)),
        list(SourceReference.objects.order_by("pk").values_list("question__prompt", "line")),
    )


def source_count(prompt: str) -> int:
    return Question.objects.with_source_count().get(prompt=prompt).source_count


# --- one document, one transaction ----------------------------------------------


def test_it_writes_nothing_when_the_import_fails_halfway(monkeypatch):
    QuestionFactory(owner=None, prompt="What is an event loop?", answer="A loop.")
    before = bank_state()

    real_copy, questions_then = importer.copy_new, []

    def fail_on_references(objects):
        if isinstance(objects[0], SourceReference):
            questions_then.append(Question.objects.count())
            raise RuntimeError("the database went away")
        real_copy(objects)

    monkeypatch.setattr(importer, "copy_new", fail_on_references)

    with pytest.raises(RuntimeError, match="the database went away"):
        import_document(ASYNC_NOTES.encode(), title="Async notes", publish=True)

    assert questions_then[0] > 1  # the new questions were written when it failed
    assert bank_state() == before
    assert Question.objects.get(prompt="What is an event loop?").answer == "A loop."


def test_it_refuses_a_document_without_questions_and_writes_nothing():
    with pytest.raises(DocumentError, match=r"^No questions found\. Looked for: "):
        import_document(b"Some notes from the meeting.\nNothing to ask here.\n", title="Notes")

    assert bank_state() == ([], [], [])


@pytest.mark.parametrize("markup", ["#", "***", "**"])
def test_it_skips_a_numbered_question_whose_text_is_only_markup(markup):
    text = f"Q1.\n{markup}\n\nQ2.\nWhat is a heap?\nA tree kept in heap order.\n"

    result = import_document(text.encode(), title="Heaps")

    assert [item["prompt"] for item in result.report["items"]] == ["What is a heap?"]
    assert list(Question.objects.values_list("prompt", flat=True)) == ["What is a heap?"]


def test_it_imports_a_document_and_reports_it():
    result = import_document(ASYNC_NOTES.encode(), title="Async notes")

    assert result.already_imported is False
    assert result.report["source"] == "Async notes"
    assert result.report["totals"] == {
        "found": 3,
        "created": 3,
        "merged": 0,
        "suggested": 0,
        "needs_answer": 1,
        "skipped": 0,
    }
    assert [(item["line"], item["prompt"], item["status"]) for item in result.report["items"]] == [
        (3, "What is an event loop?", Status.DRAFT),
        (6, "What is a coroutine?", Status.NEEDS_ANSWER),
        (9, "What is Python's GIL?", Status.DRAFT),
    ]
    assert Source.objects.get().report == result.report
    assert list(SourceReference.objects.values_list("line", "label")) == [
        (3, "Async"),
        (6, "Async"),
        (9, "Async"),
    ]


# --- importing the same document again ------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        ASYNC_NOTES.encode(),
        ASYNC_NOTES.replace("\n", "\r\n").encode(),
        codecs.BOM_UTF8 + ASYNC_NOTES.encode(),
        ASYNC_NOTES.encode("utf-16"),
    ],
    ids=["same bytes", "crlf", "utf-8 bom", "utf-16"],
)
def test_it_changes_nothing_when_the_same_document_comes_again(again):
    import_document(ASYNC_NOTES.encode(), title="Async notes")
    before = bank_state()

    result = import_document(again, title="Async notes, again")

    assert result.already_imported is True
    assert result.report["totals"]["created"] == 0
    assert result.report["totals"]["merged"] == 0
    assert bank_state() == before


def test_it_writes_nothing_on_a_dry_run_and_reports_what_a_real_import_would_do():
    QuestionFactory(owner=None, prompt="What is an event loop?", answer="A loop.")
    before = bank_state()

    dry = import_document(ASYNC_NOTES.encode(), title="Async notes", dry_run=True)

    assert dry.dry_run is True
    assert dry.source is None
    assert bank_state() == before
    real = import_document(ASYNC_NOTES.encode(), title="Async notes")
    assert (
        dry.report["totals"]
        == real.report["totals"]
        == {
            "found": 3,
            "created": 2,
            "merged": 1,
            "suggested": 1,  # the bank's "A loop." is published: it stays
            "needs_answer": 1,
            "skipped": 0,
        }
    )
    assert dry.report["items"] == real.report["items"]


# --- duplicates ---------------------------------------------------------------------


def test_it_joins_a_question_asked_twice_in_one_document():
    result = import_document(
        document(
            ("What is a closure?", "A function that keeps its enclosing scope."),
            ("What is a generator?", "A function that yields."),
            ("What is a closure?", "An inner function that remembers outer variables."),
        ),
        title="Python notes",
    )

    assert result.report["totals"]["created"] == 2
    assert result.report["totals"]["merged"] == 1
    assert result.report["items"][2]["duplicate_of"] == "What is a closure?"
    closure = Question.objects.get(prompt="What is a closure?")
    assert list(closure.references.values_list("line", flat=True)) == [1, 7]
    assert source_count("What is a closure?") == 1


def test_it_joins_a_question_already_imported_from_another_document():
    import_document(
        document(("What is a Python decorator?", "A function that wraps a function.")),
        title="One",
    )

    result = import_document(
        document(("Explain Python decorators.", "Functions that wrap other functions.")),
        title="Two",
    )

    assert result.report["totals"]["created"] == 0
    assert result.report["totals"]["merged"] == 1
    assert result.report["items"][0]["duplicate_of"] == "What is a Python decorator?"
    assert Question.objects.count() == 1
    assert source_count("What is a Python decorator?") == 2


def test_it_joins_a_question_already_in_the_bank(topic):
    QuestionFactory(
        owner=None, prompt="What is Python's GIL?", answer="A lock.", topic=topic, level="mid"
    )
    assert source_count("What is Python's GIL?") == 0

    result = import_document(document(("Explain Python’s GIL.", "")), title="Python notes")

    assert result.report["totals"]["merged"] == 1
    assert Question.objects.count() == 1
    question = Question.objects.get()
    assert question.answer == "A lock."
    assert question.references.get().original_prompt == "Explain Python’s GIL."
    assert source_count("What is Python's GIL?") == 1


def test_it_keeps_the_better_answer_and_the_other_on_its_source_reference():
    short = "A function with its scope."
    better = (
        "An inner function that remembers the variables of the scope it was defined in:\n\n"
        "```python\ndef counter():\n    count = 0\n    def step():\n        nonlocal count\n"
        "        count += 1\n        return count\n    return step\n```"
    )
    import_document(document(("What is a closure?", short)), title="One")
    import_document(f"### What is a closure?\n{better}\n".encode(), title="Two")
    import_document(document(("What is a closure?", "A function.")), title="Three")

    question = Question.objects.get()
    assert question.status == Status.DRAFT
    assert question.answer == better
    kept = dict(question.references.values_list("source__title", "original_answer"))
    assert short in kept["One"]
    assert "A function." in kept["Three"]
    replaced = dict(question.references.values_list("source__title", "replaced_answer"))
    assert replaced == {"One": "", "Two": short, "Three": ""}
    assert not question.references.exclude(suggestion=SuggestionState.NONE).exists()


# --- published answers: suggested, never replaced -------------------------------------

CLOSURE = "A function with its scope."
BETTER_CLOSURE = (
    "An inner function that remembers the variables of the scope it was defined in, "
    "even after that scope has returned:\n\n"
    "```python\ndef counter():\n    count = 0\n    def step():\n        nonlocal count\n"
    "        count += 1\n        return count\n    return step\n```"
)


def suggestions() -> list[tuple[str, str, str]]:
    return list(
        SourceReference.objects.exclude(suggestion=SuggestionState.NONE)
        .order_by("pk")
        .values_list("source__title", "suggested_answer", "suggestion")
    )


@pytest.mark.parametrize("publish", [False, True], ids=["draft import", "published import"])
def test_it_never_replaces_a_published_answer_and_suggests_the_better_one(publish):
    import_document(document(("What is a closure?", CLOSURE)), title="One", publish=True)

    result = import_document(
        f"### What is a closure?\n{BETTER_CLOSURE}\n".encode(), title="Two", publish=publish
    )

    question = Question.objects.get()
    assert (question.answer, question.status) == (CLOSURE, Status.PUBLISHED)
    assert suggestions() == [("Two", BETTER_CLOSURE, SuggestionState.PENDING)]
    assert question.references.get(source__title="Two").replaced_answer == ""
    assert result.report["totals"]["merged"] == 1
    assert result.report["totals"]["suggested"] == 1
    assert result.report["items"][0]["suggested_answer"] is True


def test_it_suggests_nothing_when_the_published_answer_is_as_good():
    import_document(document(("What is a closure?", BETTER_CLOSURE)), title="One", publish=True)

    result = import_document(document(("What is a closure?", CLOSURE)), title="Two")

    assert result.report["totals"]["suggested"] == 0
    assert suggestions() == []
    assert Question.objects.get().answer == BETTER_CLOSURE


@pytest.mark.parametrize("state", [SuggestionState.PENDING, SuggestionState.DISMISSED])
def test_it_suggests_the_same_answer_once(state):
    import_document(document(("What is a closure?", CLOSURE)), title="One", publish=True)
    import_document(f"### What is a closure?\n{BETTER_CLOSURE}\n".encode(), title="Two")
    SourceReference.objects.filter(source__title="Two").update(suggestion=state)

    result = import_document(f"## What is a closure?\n{BETTER_CLOSURE}\n".encode(), title="Three")

    assert result.report["totals"]["suggested"] == 0
    assert suggestions() == [("Two", BETTER_CLOSURE, state)]


def test_it_takes_the_better_answer_for_a_question_this_document_publishes():
    result = import_document(
        document(("What is a closure?", CLOSURE), ("What is a closure?", BETTER_CLOSURE)),
        title="Python notes",
        publish=True,
    )

    question = Question.objects.get()
    assert (question.answer, question.status) == (BETTER_CLOSURE, Status.PUBLISHED)
    assert result.report["totals"]["suggested"] == 0


def test_it_never_merges_into_an_interviewers_private_question():
    owner = UserFactory()
    private = QuestionFactory(owner=owner, prompt="What is a closure?", answer="My notes.")

    result = import_document(
        document(("What is a closure?", "A function that keeps its scope.")), title="Public"
    )

    assert result.report["totals"]["created"] == 1
    private.refresh_from_db()
    assert private.answer == "My notes."
    assert not private.references.exists()
    public = Question.objects.public_bank().get(prompt="What is a closure?")
    assert public.answer == "A function that keeps its scope."


def test_it_keeps_apart_questions_that_differ_in_one_word():
    result = import_document(
        document(
            ("How do you set a cookie?", 'response.set_cookie("theme", "dark") in the view.'),
            ("How do you read a cookie?", 'request.cookies.get("theme") in the view.'),
        ),
        title="HTTP notes",
    )

    assert result.report["totals"]["created"] == 2
    assert sorted(Question.objects.values_list("prompt", flat=True)) == [
        "How do you read a cookie?",
        "How do you set a cookie?",
    ]


def test_it_keeps_apart_output_questions_about_different_code():
    code = ["print(1 + 1)", 'print("a" * 3)', "print([1, 2][::-1])"]
    text = "\n".join(
        f"### Q{number}. What is the output of the following?\n```python\n{snippet}\n```\n"
        f"A: It prints the result of line {number}.\n"
        for number, snippet in enumerate(code, start=1)
    )

    result = import_document(text.encode(), title="Output puzzles")

    assert result.report["totals"]["created"] == 3
    prompts = list(Question.objects.order_by("pk").values_list("prompt", flat=True))
    assert prompts == [
        f"What is the output of the following?\n\n```python\n{snippet}\n```" for snippet in code
    ]


# --- statuses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("publish", "answered_status"), [(True, Status.PUBLISHED), (False, Status.DRAFT)]
)
def test_it_publishes_answered_questions_only_when_asked(publish, answered_status):
    import_document(ASYNC_NOTES.encode(), title="Async notes", publish=publish)

    assert dict(Question.objects.values_list("prompt", "status")) == {
        "What is an event loop?": answered_status,
        "What is a coroutine?": Status.NEEDS_ANSWER,
        "What is Python's GIL?": answered_status,
    }


@pytest.mark.parametrize(("publish", "status"), [(True, Status.PUBLISHED), (False, Status.DRAFT)])
def test_it_takes_a_missing_answer_from_a_later_document(publish, status):
    import_document(document(("What is a coroutine?", "TODO")), title="One", publish=publish)
    assert Question.objects.get().status == Status.NEEDS_ANSWER

    result = import_document(
        document(("What is a coroutine?", "A function defined with async def.")),
        title="Two",
        publish=publish,
    )

    assert result.report["totals"]["needs_answer"] == 0
    question = Question.objects.get()
    assert question.answer == "A function defined with async def."
    assert question.status == status


def test_it_takes_a_missing_answer_from_later_in_the_same_document():
    import_document(
        document(
            ("What is a coroutine?", ""),
            ("What is a task?", "A scheduled coroutine."),
            ("What is a coroutine?", "A function defined with async def."),
        ),
        title="Async notes",
        publish=True,
    )

    question = Question.objects.get(prompt="What is a coroutine?")
    assert question.answer == "A function defined with async def."
    assert question.status == Status.PUBLISHED


def test_a_published_import_shows_on_the_landing_at_once(client):
    Topic.objects.ensure_base_topics()  # (saving a topic would forget the summary by itself)
    client.get("/")  # the landing's summary of the bank is cached from here on
    document = "## What does asyncio.gather return?\n\nThe results, in the order given.\n"

    import_document(document.encode(), title="Fresh", publish=True)

    assert "What does asyncio.gather return?" in client.get("/").content.decode()
