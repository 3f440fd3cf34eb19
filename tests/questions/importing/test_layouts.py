"""Markdown layouts: headings, <details>, Q:/A: pairs, tables of contents, bold numbers."""

from textwrap import dedent

import pytest

from tests.questions.importing.documents import drafts_of, prompts

# --- markdown headings ----------------------------------------------------------


def test_it_keeps_sub_headings_numbered_points_and_commented_code_inside_long_answers():
    drafts = drafts_of(
        """\
        # Backend interview questions

        ## 12. How does the GIL affect threads?

        Only one thread runs Python bytecode at a time.

        ### How to explain it in an interview

        1. Use an example with two CPU-bound threads.
        2. Explain why waiting on I/O releases the lock.

        ```python
        # Two threads, no speed-up
        import threading
        # What is printed here?
        threading.Thread(target=work).start()
        ```

        ## 13. What is a process pool?

        A set of worker processes that run tasks in parallel.
        """
    )

    assert prompts(drafts) == ["How does the GIL affect threads?", "What is a process pool?"]
    assert [draft.line for draft in drafts] == [3, 19]
    assert [draft.section for draft in drafts] == ["Backend interview questions"] * 2
    gil = drafts[0].answer
    assert gil.startswith("Only one thread runs Python bytecode at a time.")
    assert "### How to explain it in an interview" in gil
    assert "1. Use an example with two CPU-bound threads.\n2. Explain why" in gil
    assert "```python\n# Two threads, no speed-up\nimport threading\n# What is printed here?" in gil
    assert drafts[1].answer == "A set of worker processes that run tasks in parallel."


def test_it_reads_q_dot_headings():
    drafts = drafts_of(
        """\
        ## Q. What is a decorator?

        A function that wraps another function.

        ## Q. What is a generator?

        A function that yields values lazily.
        """
    )

    assert prompts(drafts) == ["What is a decorator?", "What is a generator?"]
    assert [draft.answer for draft in drafts] == [
        "A function that wraps another function.",
        "A function that yields values lazily.",
    ]


def test_it_reads_question_n_headings_with_a_bold_answer_label():
    drafts = drafts_of(
        """\
        ### Question 7: What is an index?

        **Answer:**

        A structure that speeds up lookups.

        ### Question 8: What is a transaction?

        **Answer:** A unit of work that commits or rolls back as a whole.
        """
    )

    assert prompts(drafts) == ["What is an index?", "What is a transaction?"]
    assert [draft.answer for draft in drafts] == [
        "A structure that speeds up lookups.",
        "A unit of work that commits or rolls back as a whole.",
    ]


def test_it_marks_numbered_items_with_an_empty_answer_label_as_needing_an_answer():
    drafts = drafts_of(
        """\
        1. What is CORS?

        **Answer:**

        2. What is CSRF?

        **Answer:**

        3. What is XSS?

        **Answer:** Injecting scripts into pages that other users see.
        """
    )

    assert prompts(drafts) == ["What is CORS?", "What is CSRF?", "What is XSS?"]
    assert [draft.has_answer for draft in drafts] == [False, False, True]
    assert [draft.section for draft in drafts] == ["", "", ""]
    assert drafts[2].answer == "Injecting scripts into pages that other users see."


# --- <details>, Q:/A:, tables of contents, bold numbers -------------------------


def test_it_reads_single_line_details_blocks_without_their_closing_tag():
    drafts = drafts_of(
        """\
        <details><summary>What is a closure?</summary> A function that keeps its scope. </details>
        <details><summary>What is a lambda?</summary> An anonymous function. </details>
        """
    )

    assert prompts(drafts) == ["What is a closure?", "What is a lambda?"]
    assert [draft.answer for draft in drafts] == [
        "A function that keeps its scope.",
        "An anonymous function.",
    ]
    assert [draft.line for draft in drafts] == [1, 2]


def test_it_reads_multi_line_details_blocks_and_reports_the_question_line():
    document = """\
        # Python questions

        <details>
        <summary>What is a context manager?</summary>

        An object with `__enter__` and `__exit__`, used with `with`.

        ```python
        with open("notes.txt") as f:
            print(f.read())
        ```

        </details>

        <details>
        <summary>
        How do you copy a dict?
        </summary>

        Use `dict.copy()` for a shallow copy.

        </details>
        """
    drafts = drafts_of(document)

    assert prompts(drafts) == ["What is a context manager?", "How do you copy a dict?"]
    assert drafts[0].answer == (
        "An object with `__enter__` and `__exit__`, used with `with`.\n\n"
        '```python\nwith open("notes.txt") as f:\n    print(f.read())\n```'
    )
    assert drafts[1].answer == "Use `dict.copy()` for a shallow copy."
    lines = dedent(document).split("\n")
    # A question starts at its <summary> tag, as a "Q1." question starts at its number.
    assert [lines[draft.line - 1].strip() for draft in drafts] == [
        "<summary>What is a context manager?</summary>",
        "<summary>",
    ]


def test_it_reads_numbered_bold_q_and_a_pairs():
    drafts = drafts_of(
        """\
        1. **Q: What is a virtual environment?**
        **A:** An isolated set of installed packages per project.

        2. **Q: What is pip?**
        **A:** The package installer for Python.
        """
    )

    assert prompts(drafts) == ["What is a virtual environment?", "What is pip?"]
    assert [draft.answer for draft in drafts] == [
        "An isolated set of installed packages per project.",
        "The package installer for Python.",
    ]


def test_it_does_not_double_questions_listed_in_a_linked_table_of_contents():
    drafts = drafts_of(
        """\
        # Python interview questions

        ## Table of contents

        - [What is a list comprehension?](#what-is-a-list-comprehension)
        - [How do you sort a dict by value?](#how-do-you-sort-a-dict-by-value)

        ## What is a list comprehension?

        A compact way to build a list: `[x * 2 for x in items]`.

        ## How do you sort a dict by value?

        `sorted(d.items(), key=lambda kv: kv[1])`.
        """
    )

    assert prompts(drafts) == ["What is a list comprehension?", "How do you sort a dict by value?"]
    assert [draft.line for draft in drafts] == [8, 12]
    assert [draft.section for draft in drafts] == ["Python interview questions"] * 2


@pytest.mark.parametrize("marker", ["## 1.", "1."])
def test_it_does_not_double_questions_listed_in_a_plain_numbered_table_of_contents(marker):
    drafts = drafts_of(
        f"""\
        Contents

        1. What is a list comprehension?
        2. What is a set?

        {marker} What is a list comprehension?
        A compact way to build a list.

        {marker.replace("1", "2")} What is a set?
        An unordered collection of unique items.
        """
    )

    assert prompts(drafts) == ["What is a list comprehension?", "What is a set?"]
    assert [draft.line for draft in drafts] == [6, 9]
    assert [draft.answer for draft in drafts] == [
        "A compact way to build a list.",
        "An unordered collection of unique items.",
    ]


def test_it_reads_bold_numbered_tasks_whose_answer_is_only_code():
    drafts = drafts_of(
        """\
        **1)** Write a function that reverses a string.

        ```python
        def reverse(s: str) -> str:
            return s[::-1]
        ```

        **2)** Write a function that checks for a palindrome.

        ```python
        def is_palindrome(s: str) -> bool:
            return s == s[::-1]
        ```
        """
    )

    assert prompts(drafts) == [
        "Write a function that reverses a string.",
        "Write a function that checks for a palindrome.",
    ]
    assert drafts[0].answer == "```python\ndef reverse(s: str) -> str:\n    return s[::-1]\n```"
    assert drafts[1].answer.startswith("```python\ndef is_palindrome(s: str) -> bool:")
    assert [draft.has_answer for draft in drafts] == [True, True]


def test_it_keeps_the_code_of_an_output_question_in_the_prompt_and_its_short_answer():
    drafts = drafts_of(
        """\
        ### Q1. What is the output of the following?
        ```python
        print(1 + 1)
        ```
        Answer: 2

        ### Q2. What is the output of the following?
        ```python
        print("a" * 3)
        ```
        Answer: aaa
        """
    )

    assert prompts(drafts) == [
        "What is the output of the following?\n\n```python\nprint(1 + 1)\n```",
        'What is the output of the following?\n\n```python\nprint("a" * 3)\n```',
    ]
    assert [draft.answer for draft in drafts] == ["2", "aaa"]
    assert [draft.section for draft in drafts] == ["", ""]


def test_it_reads_the_long_markdown_list_styles_and_skips_section_headers():
    drafts = drafts_of(
        """\
        # Python

        ---------

        ### 1. Core Python (30 Questions)

        ### Q1. What is a tuple?
        A: An immutable sequence.

        ### Q2. What is a dict?
        Answer: A mapping from keys to values.

        ### Q3. What is a set?

        A collection of unique items.

        It supports union and intersection.

        Q4. What is a frozenset?
        A: An immutable set.

        -----

        Data Structures & Algorithms

        ### Q1. How do you implement a stack?

        Use a list with append() and pop().

        ### What is ASGI?

        The asynchronous successor of WSGI.

        ### 2. FastAPI Core (20 Questions)

        ### Q5. What is APIRouter?
        A: A way to group routes.
        """
    )

    assert prompts(drafts) == [
        "What is a tuple?",
        "What is a dict?",
        "What is a set?",
        "What is a frozenset?",
        "How do you implement a stack?",
        "What is ASGI?",
        "What is APIRouter?",
    ]
    assert [draft.line for draft in drafts] == [7, 10, 13, 19, 26, 30, 36]
    assert [draft.section for draft in drafts] == [
        "1. Core Python (30 Questions)",
        "1. Core Python (30 Questions)",
        "1. Core Python (30 Questions)",
        "1. Core Python (30 Questions)",
        "Data Structures & Algorithms",
        "Data Structures & Algorithms",
        "2. FastAPI Core (20 Questions)",
    ]
    assert [draft.answer for draft in drafts] == [
        "An immutable sequence.",
        "A mapping from keys to values.",
        "A collection of unique items.\n\nIt supports union and intersection.",
        "An immutable set.",
        "Use a list with append() and pop().",
        "The asynchronous successor of WSGI.",
        "A way to group routes.",
    ]


def test_it_reads_numbered_headings_that_ask_without_a_question_word():
    drafts = drafts_of(
        """\
        ## 26. Advanced: implement an LRU cache

        Use an OrderedDict and move keys to the end on access.

        ## 27. Explain the Global Interpreter Lock

        Only one thread runs Python bytecode at a time.
        """
    )

    assert prompts(drafts) == [
        "Advanced: implement an LRU cache",
        "Explain the Global Interpreter Lock",
    ]
