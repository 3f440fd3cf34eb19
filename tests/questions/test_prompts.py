"""A prompt with code in it reads as code: on the bank, the question page and the card."""

import pytest

from questions.markdown import split_prompt
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

CODE_PROMPT = (
    "What does `await asyncio.sleep(0)` do here?\n\n```python\nawait asyncio.sleep(0)\n```"
)


def test_it_splits_a_prompt_into_its_question_and_the_code_below():
    assert split_prompt(CODE_PROMPT) == (
        "What does `await asyncio.sleep(0)` do here?",
        "```python\nawait asyncio.sleep(0)\n```",
    )
    assert split_prompt("What is the GIL?") == ("What is the GIL?", "")


@pytest.fixture
def code_question(topic):
    return QuestionFactory(topic=topic, prompt=CODE_PROMPT)


def test_it_shows_inline_code_and_a_code_block_on_the_question_page(client, code_question):
    page = client.get(code_question.get_absolute_url()).content.decode()

    assert '<h1 class="prompt">What does <code>await asyncio.sleep(0)</code> do here?</h1>' in page
    assert '<pre tabindex="0"><code class="language-python">' in page
    assert "`" not in page.split('<h1 class="prompt">')[1].split("</h1>")[0]


def test_it_shows_inline_code_in_the_bank_list_and_search(client, code_question):
    listing = client.get("/questions/").content.decode()
    search = client.get("/questions/", {"q": "asyncio"}).content.decode()

    assert "<code>await asyncio.sleep(0)</code>" in listing
    assert "<code>await" in search
    assert "`await" not in listing
    assert "```" not in listing and "```" not in search


def test_it_shows_inline_code_and_the_code_block_on_the_practice_card(
    client, clock, user, code_question
):
    client.force_login(user)

    card = client.get("/practice/session/", {"scope": "new"}).content.decode()

    assert "What does <code>await asyncio.sleep(0)</code> do here?</h1>" in card
    assert '<div class="markdown prompt-body">' in card


def test_it_never_lets_markup_through_a_prompt(client, topic):
    question = QuestionFactory(topic=topic, prompt="Why <script>alert(1)</script> **now**?")

    page = client.get(question.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in page
    assert "<strong>now</strong>" in page
