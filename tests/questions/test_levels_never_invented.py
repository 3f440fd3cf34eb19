"""A level comes from the document or from staff: without one, a question is 'any level'."""

import pytest

from questions.importing import import_document
from questions.models import Level, Question
from tests.questions.importing.test_seeds import import_seed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_the_seeds_without_levels_stay_any_level(prefix):
    report = import_seed(prefix).report

    assert {item["level"] for item in report["items"]} == {Level.UNSPECIFIED}
    assert set(Question.objects.values_list("level", flat=True)) == {Level.UNSPECIFIED}


def test_level_words_that_are_not_levels_invent_none():
    text = (
        "# Advanced Python (15 Questions)\n\n"
        "## Core Python (Basics to Advanced)\n\n"
        "### What is an advanced index in PostgreSQL?\n\nA partial or expression index.\n\n"
        "### How does a lead developer review a pull request?\n\nThey read it twice.\n\n"
        "### Why is hard-coding secrets a problem?\n\nThey leak through version control.\n\n"
        "### Explain the basics of asyncio for a junior developer.\n\nOne event loop runs "
        "coroutines.\n\n"
        "### What is an intermediate representation?\n\nCode between source and machine code.\n"
    )

    report = import_document(text, title="No levels").report

    assert report["totals"]["created"] == 5
    assert {item["level"] for item in report["items"]} == {Level.UNSPECIFIED}


def test_a_duplicate_without_a_level_leaves_the_banks_level_alone():
    import_document("## What is a closure?\n\n(Senior)\n\nA function with its scope.\n", title="A")
    import_document("## What is a closure?\n\nA function and the names it keeps.\n", title="B")
    import_document("## What are Python decorators?\n\nWrappers.\n", title="C")
    import_document("## Explain Python decorators.\n\nFunctions of functions.\n", title="D")

    levels = dict(Question.objects.values_list("prompt", "level"))
    assert levels == {
        "What is a closure?": Level.SENIOR,
        "What are Python decorators?": Level.UNSPECIFIED,
    }
