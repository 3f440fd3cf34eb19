"""A sheet published as a web page with its margins, a Python file that keeps its questions
in a literal list, and posts from channels and threads."""

from questions.importing.reading import READ_AS_PYTHON, read_text
from tests.questions.importing.documents import pairs_of

SHEET = """<html><body><table>
<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead>
<tbody>
<tr><th>1</th><td>#</td><td>Question</td><td>Answer / Notes</td><td>Status</td></tr>
<tr><th>2</th><td>1</td><td>What is the event loop?</td><td>A scheduler of tasks.</td>
<td>Done</td></tr>
<tr><th>3</th><td>2</td><td>What does a 409 mean?</td><td>TBD</td><td>Needs answer</td></tr>
<tr><th>4</th><td></td><td></td><td></td><td></td></tr>
</tbody></table></body></html>"""


def test_a_sheet_published_with_its_letters_and_row_numbers_is_read_by_its_own_header():
    assert pairs_of(SHEET) == [
        ("What is the event loop?", "A scheduler of tasks."),
        ("What does a 409 mean?", ""),
    ]


QUIZ = '''#!/usr/bin/env python3
"""Flashcards for the phone screen.

Run it, answer out loud.
"""

import random
import textwrap
from functools import wraps

CARDS = [
    {
        "topic": "python",
        "q": "What is the difference between __repr__ and __str__?",
        "a": "__repr__ is for developers, "
             "__str__ for people.",
    },
    {"topic": "redis", "q": "Why is KEYS * dangerous?", "a": None},
    {
        "topic": "asyncio",
        "q": "What does asyncio.to_thread do?",
        "a": textwrap.dedent("""
            Runs a blocking call in a thread,
            and gives back an awaitable.
        """),
    },
]

PAIRS = (
    ("Which HTTP methods are idempotent?", "GET, PUT, DELETE and the safe ones."),
    ("What is a savepoint?", ""),
)


# ---------------------------------------------------------------------------
# Coding drills: the answer is the code.
# ---------------------------------------------------------------------------

# Q: Write a decorator that retries a call three times.
# A:
def retry(func):
    """Retries.

    Q: What does functools.wraps keep?
    A: The wrapped function's name, docstring and signature.
    """
    @wraps(func)
    def wrapper(*args):
        for attempt in range(3):
            try:
                return func(*args)
            except OSError:
                pass
    return wrapper


# Q: Fetch 100 URLs with at most 10 in flight.
# A: ???
async def fetch_all(urls):
    raise NotImplementedError


if __name__ == "__main__":
    random.shuffle(CARDS)
'''


def test_a_python_quiz_gives_its_literal_cards_and_its_commented_drills():
    assert read_text(QUIZ).read_as == READ_AS_PYTHON
    pairs = pairs_of(QUIZ)

    assert [prompt for prompt, _ in pairs] == [
        "What is the difference between __repr__ and __str__?",
        "Why is KEYS * dangerous?",
        "What does asyncio.to_thread do?",
        "Which HTTP methods are idempotent?",
        "What is a savepoint?",
        "Write a decorator that retries a call three times.",
        "What does functools.wraps keep?",  # asked in the decorator's docstring
        "Fetch 100 URLs with at most 10 in flight.",
    ]
    answers = dict(pairs)
    assert answers["What is the difference between __repr__ and __str__?"] == (
        "__repr__ is for developers, __str__ for people."
    )
    assert answers["Why is KEYS * dangerous?"] == ""
    assert answers["What does asyncio.to_thread do?"].startswith("Runs a blocking call")
    # the decorator is the drill's answer, whole, with the loop after its docstring
    assert (
        "for attempt in range(3)" in answers["Write a decorator that retries a call three times."]
    )
    assert answers["What does functools.wraps keep?"].startswith("The wrapped function's name")
    assert answers["Fetch 100 URLs with at most 10 in flight."] == ""
    # the comment between rulers is a title, not the last card's answer
    assert answers["What is a savepoint?"] == ""
