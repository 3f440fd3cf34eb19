"""Levels in other words (Basic, Hard, Expert...) and the base topic of each question."""

import pytest

from tests.questions.importing.documents import drafts_of, prompts

# --- levels in other words ----------------------------------------------------------


def test_it_reads_level_words_on_the_line_after_the_question():
    drafts = drafts_of(
        """\
        Q1. What is a list?
        Basic
        A: An ordered, mutable sequence.

        Q2. What is a generator?
        Intermediate
        A: A function that yields values lazily.

        Q3. What is a metaclass?
        Advanced
        A: The class of a class.

        Q4. How would you design a plugin system?
        Professional
        A: Entry points and a registry.
        """
    )

    assert [draft.level for draft in drafts] == ["junior", "mid", "senior", "senior"]
    assert drafts[0].answer == "An ordered, mutable sequence."


@pytest.mark.parametrize(
    ("junior", "mid", "senior"),
    [("Easy", "Medium", "Hard"), ("Beginner", "Intermediate", "Expert")],
)
def test_it_reads_level_words_as_section_headers(junior, mid, senior):
    drafts = drafts_of(
        f"""\
        ## {junior}

        ### What is a variable?
        A name bound to an object.

        ## {mid}

        ### What is a closure?
        A function that captures variables from its enclosing scope.

        ## {senior}

        ### What is a descriptor?
        An object that defines __get__, __set__ or __delete__.
        """
    )

    assert prompts(drafts) == ["What is a variable?", "What is a closure?", "What is a descriptor?"]
    assert [draft.level for draft in drafts] == ["junior", "mid", "senior"]


def test_it_reads_inline_level_words_and_drops_them_from_the_prompt():
    drafts = drafts_of(
        """\
        ### What is a list? (Easy)
        An ordered, mutable sequence.

        ### How does asyncio schedule tasks? (Medium)
        With an event loop and a ready queue.

        ### How does the GIL interact with C extensions? (Hard)
        Extensions can release it around long computations.

        ### [Beginner] What is PEP 8?
        The style guide for Python code.
        """
    )

    assert prompts(drafts) == [
        "What is a list?",
        "How does asyncio schedule tasks?",
        "How does the GIL interact with C extensions?",
        "What is PEP 8?",
    ]
    assert [draft.level for draft in drafts] == ["junior", "mid", "senior", "junior"]


# --- topics --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "question", "topic"),
    [
        ("Async & Concurrency", "What happens if you block inside a handler?", "async"),
        ("FastAPI Core", "How do you return a custom status code?", "fastapi"),
        ("Pydantic", "How do you make a field optional?", "pydantic"),
        ("Database & ORM", "How do you avoid loading too many rows?", "databases"),
        ("Security & Auth", "How do you store user sessions?", "security"),
        ("Testing & Debugging", "How do you find a flaky failure?", "testing"),
        ("Deployment & DevOps", "How do you roll back a release?", "devops"),
        ("System Design", "How would you handle ten times more traffic?", "system-design"),
        ("Frontend + Full Stack", "How do you show a loading state?", "frontend"),
        ("Core Python", "What does the walrus operator do?", "core-python"),
        ("", "How do you run coroutines concurrently with asyncio?", "async"),
        ("", "How do you declare a dependency in FastAPI?", "fastapi"),
        ("", "How do you validate a field with Pydantic?", "pydantic"),
        ("", "How do you add an index to a SQL table?", "databases"),
        ("", "How do you hash passwords?", "security"),
        ("", "How do you mock a function with pytest?", "testing"),
        ("", "How do you run the app in Docker?", "devops"),
        ("", "How would you design a rate limiter?", "system-design"),
        ("", "How does React fetch data from an API?", "frontend"),
        ("", "What is a Python decorator?", "core-python"),
        (
            "",
            "Explain the difference between path parameters and query parameters in FastAPI.",
            "fastapi",
        ),
    ],
)
def test_it_picks_the_topic_from_the_section_and_the_question(section, question, topic):
    heading = f"## {section}\n\n" if section else ""
    [draft] = drafts_of(f"{heading}### {question}\nAnswer: It depends on the case.\n")

    assert draft.prompt == question
    assert draft.topic == topic
