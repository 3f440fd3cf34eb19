"""After reveal, a typed answer is checked against the outline: a hint, not a grade."""

import pytest

from prep.practice.coverage import coverage
from tests.factories import QuestionFactory
from tests.practice.helpers import REVEAL_URL, html

OUTLINE = "- The event loop schedules coroutines\n- await yields control\n- Blocking calls stall it"


def test_a_point_is_covered_by_its_key_words_or_their_forms():
    points = coverage(
        "The loop is scheduling each coroutine, and a blocking call stalls everything.",
        answer="",
        outline=OUTLINE,
    )

    assert [(p.text, p.covered) for p in points] == [
        ("The event loop schedules coroutines", True),
        ("await yields control", False),
        ("Blocking calls stall it", True),
    ]


def test_nothing_typed_means_no_hint():
    assert coverage("   ", answer="", outline=OUTLINE) == []


def test_without_an_outline_the_answers_main_points_are_used():
    answer = "## Threads share memory\n\ntext\n\n## Processes do not\n\ntext"

    points = coverage("Threads share one memory space.", answer=answer, outline="")

    assert [(p.text, p.covered) for p in points] == [
        ("Threads share memory", True),
        ("Processes do not", False),
    ]


@pytest.mark.django_db
def test_the_revealed_card_shows_covered_and_missed_points(client, user):
    question = QuestionFactory(answer="A long answer.", answer_outline=OUTLINE)
    client.force_login(user)

    response = client.post(
        REVEAL_URL,
        {"scope": "due", "question": question.slug, "typed_answer": "await yields to the loop"},
    )

    page = html(response)
    assert '<span class="mark">Covered</span> await yields control' in page
    assert '<span class="mark">Missed</span> Blocking calls stall it' in page
    assert "not a grade" in page
