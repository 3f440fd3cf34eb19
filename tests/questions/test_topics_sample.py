"""Topics: what the prompt names decides, measured on a sample of the bank labelled by hand."""

import pytest

from questions.importing.topics import guess_topic
from tests.questions.importing.topic_accuracy import misses


def test_it_guesses_the_topic_of_at_least_nine_in_ten_hand_labelled_bank_questions():
    wrong, size = misses()

    assert size >= 100
    assert 1 - len(wrong) / size >= 0.90, wrong


GENERATOR_ANSWER = (
    "A generator function yields values lazily; the code after yield runs when the "
    "generator resumes, like a context manager's exit. Generators, iterators, yield."
)


@pytest.mark.parametrize(
    ("prompt", "answer", "expected"),
    [
        (
            "How does the yield keyword work within a FastAPI dependency?",
            GENERATOR_ANSWER,
            "fastapi",
        ),
        ("What is the difference between async def and def in FastAPI routes?", "", "fastapi"),
        ("How do you implement rate limiting in FastAPI?", "", "system-design"),
        ("How to use async SQLAlchemy in FastAPI?", "await session.execute()", "databases"),
        ("How to implement session-based authentication in FastAPI?", "", "security"),
        ("How do you define a Pydantic model and use it in FastAPI?", "", "pydantic"),
        ("Explain the GIL in Python and its implications for FastAPI apps.", "", "core-python"),
        ("How does dependency injection work in FastAPI?", "", "fastapi"),
        ("How does asyncio.gather work in a FastAPI endpoint?", "", "async"),
    ],
)
def test_a_framework_named_in_the_prompt_wins_over_the_words_of_the_answer(
    prompt, answer, expected
):
    assert guess_topic(prompt, answer) == expected


def test_the_section_breaks_a_silent_prompt_and_the_answer_speaks_last():
    assert guess_topic("What is it for?", "", section="Async & Concurrency") == "async"
    assert guess_topic("What is it for?", "Use pytest fixtures.") == "testing"
    assert guess_topic("What is it for?") is None


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("What does SERIALIZABLE guarantee that REPEATABLE READ does not?", "databases"),
        ("When can a phantom read happen under READ COMMITTED?", "databases"),
        ("Is this Pydantic model serializable?", "pydantic"),
        ("How do you serialize a datetime in a response model?", "pydantic"),
    ],
)
def test_isolation_levels_are_databases_and_serializing_data_is_pydantic(prompt, expected):
    assert guess_topic(prompt) == expected
