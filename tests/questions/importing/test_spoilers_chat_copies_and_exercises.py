"""HackMD's spoilers, a ChatGPT conversation copied from its page, a book's exercises with
hanging lines and parts, pandoc's markdown of a Word handout, a Medium page, podcast
chapters, outliner links alone, and notes that say the answer is not written yet."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

HACKMD = """\
---
title: SQL prep
tags: interview
---

# SQL prep 🐘

:::info
**Rules**
1. One question per spoiler, the question is its title.
2. Write TODO if you don't know.
:::

## 1. SQL basics

:::spoiler What is the difference between WHERE and HAVING?
`WHERE` filters rows before grouping; `HAVING` filters groups after `GROUP BY`.
:::

:::spoiler What do LAG and LEAD do?
TODO
:::

## 3. Indexes & performance

:::spoiler How does a B-tree index work?
A balanced tree whose sorted leaves point to the heap rows.
:::

:::spoiler How does replication work in Postgres?
streaming replication uses WAL... (didn't finish, someone pls complete)
:::
"""


def test_each_hackmd_spoiler_is_a_question_and_its_numbered_sections_are_titles():
    assert pairs_of(HACKMD) == [
        (
            "What is the difference between WHERE and HAVING?",
            "`WHERE` filters rows before grouping; `HAVING` filters groups after `GROUP BY`.",
        ),
        ("What do LAG and LEAD do?", ""),
        (
            "How does a B-tree index work?",
            "A balanced tree whose sorted leaves point to the heap rows.",
        ),
        ("How does replication work in Postgres?", ""),  # (half written, and it says so)
    ]


def test_a_vitepress_details_container_is_a_question_too():
    page = (
        "# FAQ\n\n::: details What is a partial index?\nAn index with a WHERE clause.\n:::\n\n"
        "::: tip\nRead the docs.\n:::\n\n::: details Why use EXPLAIN ANALYZE?\n"
        "It runs the query and shows the real plan.\n:::\n"
    )
    assert pairs_of(page) == [
        ("What is a partial index?", "An index with a WHERE clause."),
        ("Why use EXPLAIN ANALYZE?", "It runs the query and shows the real plan."),
    ]


CHAT = """\
Skip to content
ChatGPT 4o

You said:
can you give me likely python backend interview questions with answers?
ChatGPT said:

Absolutely — here are a few.

1. What is the GIL?

A mutex in CPython that lets one thread run Python bytecode at a time.

2. What is a generator?

A function that yields values lazily, one at a time.

You said:
thanks! can you give me 3 harder ones WITHOUT answers? I want to practise out loud
ChatGPT said:

Great idea. Here are 3 harder ones:

How would you make a POST /payments endpoint idempotent?

Explain the difference between optimistic and pessimistic locking.

How would you find a memory leak in a long-running Python service?

Try answering each in 1–2 minutes, then paste your answers here and I'll review them. 💪

Is this conversation helpful so far?
"""


def test_a_chatgpt_copy_ends_each_answer_at_the_next_turn_and_its_last_list_asks_alone():
    assert pairs_of(CHAT) == [
        (
            "What is the GIL?",
            "A mutex in CPython that lets one thread run Python bytecode at a time.",
        ),
        ("What is a generator?", "A function that yields values lazily, one at a time."),
        ("How would you make a POST /payments endpoint idempotent?", ""),
        ("Explain the difference between optimistic and pessimistic locking.", ""),
        ("How would you find a memory leak in a long-running Python service?", ""),
    ]


TEXTBOOK = """\
REVIEW QUESTIONS

4.1   What is a lost update? Give an example.

4.2   What is two-phase locking (2PL)?
      (a) What are its two phases?
      (b) How does strict 2PL differ from basic 2PL?


EXERCISES

4.3   A web handler reads a product's stock with a SELECT, decrements the value
      in Python, and writes it back with an UPDATE.
      (a) Show an interleaving of two requests that loses an update.
      (b) Give two ways to fix the handler.

4.4   Consider the schedule

          S:  r1(X)  w2(X)  c2  c1

      (a) Is S conflict-serializable?

132      CHAPTER 4  Transactions and Concurrency Control
______________________________________________________________________________

4.5   (Project) Extend the booking service so that two users can never book the
      same seat.


FURTHER READING

  Kleppmann, M. Designing Data-Intensive Applications, Chapter 7.


ANSWERS TO SELECTED REVIEW QUESTIONS AND EXERCISES

4.1   Two transactions read a value and both write back a new one: the second
      write silently overwrites the first.

4.3   (a) A reads 5, B reads 5, A writes 4, B writes 4.
      (b) UPDATE with stock = stock - 1, or SELECT ... FOR UPDATE first.
"""


def test_a_books_exercises_are_questions_whole_with_their_parts_and_their_keys_answers():
    pairs = pairs_of(TEXTBOOK)
    assert [prompt for prompt, _ in pairs] == [
        "What is a lost update? Give an example.",
        "What is two-phase locking (2PL)? (a) What are its two phases? "
        "(b) How does strict 2PL differ from basic 2PL?",
        "A web handler reads a product's stock with a SELECT, decrements the value in Python, "
        "and writes it back with an UPDATE. (a) Show an interleaving of two requests that "
        "loses an update. (b) Give two ways to fix the handler.",
        "Consider the schedule S: r1(X) w2(X) c2 c1 (a) Is S conflict-serializable?",
        "(Project) Extend the booking service so that two users can never book the same seat.",
    ]
    answers = [answer for _, answer in pairs]
    assert answers[0].startswith("Two transactions read a value")
    assert answers[1] == answers[3] == answers[4] == ""  # (the page's edge is no answer)
    assert "A reads 5, B reads 5" in answers[2]


PANDOC = """\
# Part A

**5. What does [idempotent]{.underline} mean for an API, and which
HTTP methods are idempotent?** \\[\\*\\*\\*\\]

An operation is idempotent if doing it twice has the effect of doing it once.

**6. What is a recursive CTE?** \\[\\*\\*\\]

A CTE that refers to itself; use it for trees such as threaded
comments.

**7. When would you denormalize?**

When reads dominate and the joins are measurably too slow.

**8. What is the difference between a clustered and a non-clustered
index?**

> **Sven:** I'll write this one up, remind me.
"""


def test_pandocs_spans_ratings_and_wrapped_bold_questions_read_as_written():
    assert pairs_of(PANDOC) == [
        (
            "What does idempotent mean for an API, and which HTTP methods are idempotent?",
            "An operation is idempotent if doing it twice has the effect of doing it once.",
        ),
        (
            "What is a recursive CTE?",
            "A CTE that refers to itself; use it for trees such as threaded\ncomments.",
        ),
        (
            "When would you denormalize?",
            "When reads dominate and the joins are measurably too slow.",
        ),
        ("What is the difference between a clustered and a non-clustered index?", ""),
    ]


MEDIUM = """\
<!DOCTYPE html><html><head><title>Postgres questions</title></head><body><article>
<h1>17 PostgreSQL interview questions</h1>
<h3>6. How does PostgreSQL handle JSONB?</h3>
<figure><img src="https://example.com/cheat.png" alt=""><figcaption>My JSONB cheat sheet, save
it</figcaption></figure>
<h3>7. What is MVCC?</h3><p>Every UPDATE writes a new row version; readers never block writers.</p>
<h3>8. What is table partitioning?</h3><p>This one deserves an article of its own and I'm
halfway through writing it.</p>
<h3>9. How does streaming replication work?</h3><p>I ran out of space for this one. It will be
the first question in Part 2.</p>
<p>If this was useful, give it a few claps so more people see it, and tell me in the responses
which question you'd add.</p>
</article>
<div><a href="https://example.com/tag/postgresql"><div>PostgreSQL</div></a></div>
<div><h2>More from Ifeoma Chukwu</h2><a href="https://example.com/p/1"><h2>Why Is Your Django App
Slow?</h2></a><p>Nov 2, 2023</p></div>
</body></html>
"""


def test_a_medium_pages_caption_alone_notes_of_a_later_post_and_other_posts_are_no_answers():
    assert pairs_of(MEDIUM) == [
        ("How does PostgreSQL handle JSONB?", ""),
        ("What is MVCC?", "Every UPDATE writes a new row version; readers never block writers."),
        ("What is table partitioning?", ""),
        ("How does streaming replication work?", ""),
    ]


def test_a_link_around_blocks_is_only_their_words():
    text = read_text(MEDIUM).text
    assert "PostgreSQL" in text
    assert "](https://example.com/tag/postgresql)" not in text


SHOW_NOTES = """\
# Ep. 87: What senior FastAPI interviews ask

## Chapters

- 00:00 Intro
- 08:02 How does FastAPI's dependency injection work?
- 12:31 What's the difference between sync and async path operations?
- 47:05 How do you version a public API?

## Q&A write-up

### How does FastAPI's dependency injection work?

You declare what an endpoint needs with `Depends()`, and FastAPI resolves it per request.

### What's the difference between sync and async path operations?

A plain `def` runs in a thread pool; an `async def` runs on the event loop.
"""


def test_podcast_chapters_asking_what_the_write_up_answers_are_its_contents_without_times():
    assert pairs_of(SHOW_NOTES) == [
        ("How do you version a public API?", ""),
        (
            "How does FastAPI's dependency injection work?",
            "You declare what an endpoint needs with `Depends()`, and FastAPI resolves it per "
            "request.",
        ),
        (
            "What's the difference between sync and async path operations?",
            "A plain `def` runs in a thread pool; an `async def` runs on the event loop.",
        ),
    ]


def test_a_note_that_is_only_a_link_to_another_note_needs_an_answer():
    obsidian = (
        "#flashcards\n\nWhat is a coroutine?\n?\nA function defined with async def.\n\n"
        "What is structured concurrency?\n?\n[[Structured concurrency]]\n"
    )
    logseq = (
        "tags:: system-design, interview\n\n"
        "- What is a CDN? #card\n  id:: 65b6f0a2-c4b7-49aa-8d5e-1f3a2b9c0e86\n\t- [[CDN]]\n"
        "- What is a cache stampede? #card\n  collapsed:: true\n"
        "\t- Many requests miss the same key at once and all hit the [[database]].\n"
    )
    assert dict(pairs_of(obsidian))["What is structured concurrency?"] == ""
    assert pairs_of(logseq) == [
        ("What is a CDN?", ""),
        (
            "What is a cache stampede?",
            "- Many requests miss the same key at once and all hit the database.",
        ),
    ]


def test_a_sphinx_todo_with_only_where_to_read_on_is_no_answer():
    page = (
        "Celery questions\n================\n\nWhat is a Celery beat?\n"
        "----------------------\n\nA scheduler that sends tasks at set times.\n\n"
        "How do you monitor Celery in production?\n----------------------------------------\n\n"
        ".. todo:: Flower vs. celery-exporter? Ask SRE what we run.\n\n.. seealso::\n\n"
        "   * :ref:`interview-system-design`\n   * :doc:`/handbook/rubric`\n"
    )
    assert pairs_of(page) == [
        ("What is a Celery beat?", "A scheduler that sends tasks at set times."),
        ("How do you monitor Celery in production?", ""),
    ]
