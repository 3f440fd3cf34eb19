"""Shapes met in held-out set 53: MyST markdown (Jupyter Book), its questions in dropdown
directives; a ClickUp task export (each task's name the question, its content the answer);
an Azure DevOps wiki page whose entries each say "What a strong answer covers"."""

from tests.questions.importing.documents import drafts_of, pairs_of

MYST = """\
---
myst:
  html_meta:
    "keywords": "python, asyncio"
---

(asyncio-interview)=
# asyncio: interview questions

```{admonition} How to use this page
:class: tip
Try to answer out loud before you open the dropdown.
```

````{dropdown} What is an event loop?
:open:

The scheduler at the heart of asyncio: it runs ready callbacks one at a time.
````

````{dropdown} How do you limit concurrency to N requests at a time?
:color: warning

Use an `asyncio.Semaphore`:

```python
sem = asyncio.Semaphore(10)
```
````

:::{admonition} Still to write up
:class: warning

- How does `asyncio.shield` interact with cancellation?
:::

(interview-log)=
## Where these came from

```{list-table}
:header-rows: 1

* - Company
  - Round
* - fintech, Berlin
  - tech screen
```
"""


def test_myst_dropdowns_are_folded_questions_and_an_admonitions_list_asks_too():
    loop, limit, shield = pairs_of(MYST)

    assert loop == (
        "What is an event loop?",
        "The scheduler at the heart of asyncio: it runs ready callbacks one at a time.",
    )
    assert limit[0] == "How do you limit concurrency to N requests at a time?"
    assert limit[1].startswith("Use an `asyncio.Semaphore`:")
    assert "```python\nsem = asyncio.Semaphore(10)\n```" in limit[1]
    assert ":color:" not in limit[1]
    # (and "Where these came from", over its table, tells rather than asks)
    assert shield == ("How does `asyncio.shield` interact with cancellation?", "")


CLICKUP = """\
"Task ID","Task Name","Task Content","Status","Parent ID","Assignees","Tags"
"86b0q1a2m","FastAPI interview prep","Parent task for everything FastAPI.","in progress","",\
"[Lucia]","[fastapi]"
"86b0q1c0k","def vs async def path operations - what's the difference?","async def \
endpoints run directly on the event loop. Plain def endpoints run in a threadpool.
Rule: if you call blocking libs, use def.","complete","86b0q1a2m","[Lucia]","[fastapi]"
"86b0q1d3p","What are lifespan events?","A lifespan context manager passed to \
FastAPI(lifespan=...): code before yield runs at startup.","complete","86b0q1a2m","[Lucia]",""
"86b0q1e5r","How to structure a large FastAPI project?","","to do","86b0q1a2m","[Lucia]",""
"86b0q1f7s","Book a mock interview with Marco","","to do","","[Lucia]",""
"""


def test_a_task_exports_tasks_that_ask_are_questions_their_content_the_answer():
    assert pairs_of(CLICKUP) == [
        (
            "def vs async def path operations - what's the difference?",
            # prose that begins with "async def": not code (a definition has its brackets)
            "async def endpoints run directly on the event loop. Plain def endpoints run in a "
            "threadpool.\nRule: if you call blocking libs, use def.",
        ),
        (
            "What are lifespan events?",
            "A lifespan context manager passed to FastAPI(lifespan=...): code before yield runs "
            "at startup.",
        ),
        ("How to structure a large FastAPI project?", ""),
    ]


WIKI = """\
# System Design - Question Bank

Each entry has the prompt, followed by **What a strong answer covers**.

## 1. Design a URL shortener

**What a strong answer covers**
- Clarifies scale first: reads far outnumber writes.
- Key generation: base62 of a counter.

## 2. How would you design a rate limiter for a public API?

**What a strong answer covers**
- Token bucket per API key, state in Redis.
"""


def test_what_a_strong_answer_covers_heads_the_answers_outline_it_is_no_question():
    shortener, limiter = drafts_of(WIKI)

    assert shortener.prompt == "Design a URL shortener"
    assert "base62 of a counter" in shortener.answer_outline
    assert limiter.prompt == "How would you design a rate limiter for a public API?"
    assert "Token bucket per API key" in limiter.answer_outline


OBSIDIAN = """\
---
title: Pydantic v2 + FastAPI - interview drill
tags:
  - interview/backend
---

> [!question] Strict mode vs lax mode - when would you enable strict?
> [!answer]-
> ?? ask in #backend, I don't remember why

> [!question] How do you return a different response model than the input model?
> [!answer]-
> Declare `response_model=UserOut`: FastAPI filters the return value through it.

> [!question] How does FastAPI generate the OpenAPI schema?
> [!answer]-
> TODO

---
Related: [[asyncio drill]] · [[PostgreSQL drill]]
#review-weekly
"""


def test_an_answer_callout_right_under_its_questions_line_opens_the_answer():
    assert pairs_of(OBSIDIAN) == [
        ("Strict mode vs lax mode - when would you enable strict?", ""),
        (
            "How do you return a different response model than the input model?",
            "Declare `response_model=UserOut`: FastAPI filters the return value through it.",
        ),
        # a "TODO" under its label, and a rule: what follows is the note's links, no answer
        ("How does FastAPI generate the OpenAPI schema?", ""),
    ]
