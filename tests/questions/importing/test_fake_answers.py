"""Filler where an answer should be: the question is kept, the filler is never shown."""

from textwrap import dedent

import pytest

from questions.importing import import_document
from questions.importing.cleaning import Draft, clean_item
from questions.importing.parsing import parse_document
from questions.models import Question, Status

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua.\n"
    "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore."
)
FAKE_ANSWERS = {
    "empty": "",
    "TODO": "TODO",
    "TBD": "TBD",
    "todo with a note": "TODO: write this answer",
    "TBD with a note": "TBD - will add later",
    "lorem ipsum": "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "lorem paragraphs": LOREM,
    "keyboard mash": "asdf jkl; qwerty",
    "one mashed word": "sdfsdfsdf",
    "bare label": "Answer:",
    "bold bare label": "**Answer:**",
    "short bare label": "A:",
    "dots": "...",
    "a note that the answer is missing": "I froze on this one (answer still to be added).",
    "solution coming soon": "Solution coming soon, check back next week!",
    "an admission with a promise": (
        "I drew a blank here, to be honest. I'll write it up properly once I've read the docs."
    ),
    "a guess and a look-up": "Hmm, not sure. Something about locks? I'd have to look it up.",
    "a short admission": "Honestly no clue, I guessed",
    "only a promise": "I'll link a proper write-up here when it's done.",
    "agreement replies": "> +1, would love to see this answered\n\n> same here 🙌\n\n👍 4",
    "thanks and a mention": "lol ok thanks both!\n\n@Sam Lee good luck on Monday!",
    "parked in a chat": "argh I always blank on this one, can we come back to it later",
    "saved for another episode": "We ran out of time here; we'll cover it in part 2 next week.",
    "its own thread": "Honestly this deserves its own thread. Soon!",
    "to be confirmed": "TBC, ask the team lead what they expect",
    "a bare domain link": "realpython.com/python-gil/ read this, seriously",
    "a note to ask someone": "Ask Priya, she ran the migration last year",
}


def first_draft(document: str) -> Draft:
    return clean_item(parse_document(dedent(document)).items[0])


def with_answer(answer: str) -> str:
    return (
        f"### Q1. How does a hash map find a key?\n{answer}\n\n### Q2. What is next?\nA: Later.\n"
    )


@pytest.mark.parametrize("fake", FAKE_ANSWERS.values(), ids=FAKE_ANSWERS.keys())
def test_it_does_not_take_filler_for_an_answer(fake):
    draft = first_draft(with_answer(fake))

    assert draft.prompt == "How does a hash map find a key?"
    assert draft.has_answer is False
    assert draft.answer == ""


@pytest.mark.parametrize(
    "fake", [fake for fake in FAKE_ANSWERS.values() if fake and not fake.endswith(":**")]
)
def test_it_does_not_take_labelled_filler_for_an_answer(fake):
    draft = first_draft(with_answer(f"Answer: {fake}"))

    assert draft.has_answer is False
    assert draft.answer == ""


def test_it_keeps_a_question_with_no_answer_at_all():
    drafts = [
        clean_item(item)
        for item in parse_document(
            "### What is a hash map?\n### What is a heap?\nA: A tree kept in heap order.\n"
        ).items
    ]

    assert [(draft.prompt, draft.has_answer) for draft in drafts] == [
        ("What is a hash map?", False),
        ("What is a heap?", True),
    ]


def test_it_does_not_take_lorem_ipsum_under_a_level_line_for_an_answer():
    draft = first_draft(
        "Q53.\nExplain how Pydantic validation works under the hood.\n\nSenior\n"
        f"{LOREM}\n\n"
        "Q54.\nWhat are dependency overrides?\n\nSenior\nThey replace a dependency in tests.\n"
    )

    assert draft.prompt == "Explain how Pydantic validation works under the hood."
    assert draft.level == "senior"
    assert draft.has_answer is False
    assert "Lorem" not in draft.answer


@pytest.mark.parametrize(
    "answer",
    [
        "Use a dict.",
        "O(1)",
        "Use HTTPS.",
        "Use `dict.get()`.",
        "```python\nseen = set()\nunique = [x for x in items if x not in seen]\n```",
        "Not sure, but I think the lock is released while the thread waits on a socket.",
        "The planner needs to look it up in the index first, so a covering index saves a trip.",
        "Thanks to the GIL, only one thread runs Python bytecode at a time.",
        "Same as a list, but immutable and hashable.",
    ],
    ids=[
        "short sentence",
        "complexity",
        "acronym",
        "inline code",
        "code only",
        "unsure, then an answer",
        "'look it up' said of the database",
        "'thanks to' is not thanks",
        "'same as' is not agreement",
    ],
)
def test_it_keeps_real_short_answers(answer):
    draft = first_draft(with_answer(answer))

    assert draft.has_answer is True
    assert draft.answer == answer


@pytest.mark.parametrize("answer", ["Use a dict.", "O(1)"])
def test_it_keeps_real_short_answers_after_a_label(answer):
    draft = first_draft(with_answer(f"A: {answer}"))

    assert draft.has_answer is True
    assert draft.answer == answer


@pytest.mark.django_db
def test_it_imports_questions_with_filler_as_needing_an_answer_and_never_shows_the_filler():
    document = "\n".join(
        f"### Q{number}. Question number {number} about hash maps?\n{fake}\n"
        for number, fake in enumerate(FAKE_ANSWERS.values(), start=1)
    )

    result = import_document(document.encode(), title="Filler", publish=True)

    assert result.report["totals"]["found"] == len(FAKE_ANSWERS)
    assert result.report["totals"]["needs_answer"] == len(FAKE_ANSWERS)
    questions = Question.objects.filter(prompt__contains="about hash maps")
    assert sorted(questions.values_list("status", flat=True)) == [Status.NEEDS_ANSWER] * len(
        FAKE_ANSWERS
    )
    assert set(questions.values_list("answer", flat=True)) == {""}


@pytest.mark.parametrize(
    "answer",
    [
        "Indexes on foreign keys have to be added by hand in PostgreSQL.",
        "The solution has to be added to PATH, or the shell cannot find it.",
    ],
)
def test_an_answer_that_only_mentions_such_words_stays_an_answer(answer):
    assert first_draft(with_answer(answer)).has_answer is True
