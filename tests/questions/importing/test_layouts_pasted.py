"""Pasted layouts: plain text, "Q1." on its own line, level sections, tezvyn cards."""

from tests.questions.importing.documents import drafts_of, prompts

# --- pasted text without markup --------------------------------------------------


def test_it_reads_plain_pasted_questions_ending_in_a_question_mark():
    drafts = drafts_of(
        """\
        What is the difference between a list and a tuple?

        A list can change after it is created; a tuple cannot.
        Tuples can be used as dictionary keys.

        How do you merge two dicts?

        Use the | operator in Python 3.9 and later.
        """
    )

    assert prompts(drafts) == [
        "What is the difference between a list and a tuple?",
        "How do you merge two dicts?",
    ]
    assert drafts[0].answer == (
        "A list can change after it is created; a tuple cannot.\n"
        "Tuples can be used as dictionary keys."
    )
    assert drafts[1].answer == "Use the | operator in Python 3.9 and later."


def test_it_reads_q_numbers_alone_on_a_line_with_level_bullets_and_unfenced_code():
    drafts = drafts_of(
        """\
        Q1.
        What is a coroutine?

        Junior

        A coroutine is a function defined with async def.

          • Calling it returns a coroutine object

            • Nothing runs until it is awaited.

          • It can pause at await

        python

        async def main():
            await asyncio.sleep(1)

        Q2.
        What is an event loop?

        Senior

          • It schedules coroutines and callbacks.
          • It runs in one thread.
        """
    )

    assert prompts(drafts) == ["What is a coroutine?", "What is an event loop?"]
    assert [draft.level for draft in drafts] == ["junior", "senior"]
    assert [draft.line for draft in drafts] == [1, 19]  # the line of "Q1." and "Q2."
    assert drafts[0].answer == (
        "A coroutine is a function defined with async def.\n\n"
        "- Calling it returns a coroutine object\n"
        "  - Nothing runs until it is awaited.\n"
        "- It can pause at await\n\n"
        "```python\nasync def main():\n    await asyncio.sleep(1)\n```"
    )
    assert drafts[1].answer == (
        "- It schedules coroutines and callbacks.\n- It runs in one thread."
    )


def test_it_reads_q_colon_items_under_level_sections_with_code_after_a_python_line():
    drafts = drafts_of(
        """\
        Junior Level

        Q1: What is a decorator?

        A function that takes a function and returns a new one.

        Python
        import functools

        def logged(func):
            # keep the name and docstring
            @functools.wraps(func)
            def wrapper(*args, **kwargs):

                # log before calling
                return func(*args, **kwargs)
            return wrapper

        The wrapper keeps the original function's name thanks to functools.wraps.

        Mid Level

        Q2: What is a metaclass?

        The class of a class.

        Senior Level

        Q3: How does the MRO work?

        C3 linearisation decides the order.
        """
    )

    assert prompts(drafts) == [
        "What is a decorator?",
        "What is a metaclass?",
        "How does the MRO work?",
    ]
    assert [draft.level for draft in drafts] == ["junior", "mid", "senior"]
    assert [draft.section for draft in drafts] == ["Junior Level", "Mid Level", "Senior Level"]
    code, after = drafts[0].answer.split("\n```\n")
    assert code.startswith(
        "A function that takes a function and returns a new one.\n\n```python\nimport functools\n"
    )
    assert "\n\n        # log before calling\n" in code
    assert code.endswith("    return wrapper")
    assert after.strip() == (
        "The wrapper keeps the original function's name thanks to functools.wraps."
    )


# --- tezvyn cards -----------------------------------------------------------------


def test_it_splits_tezvyn_cards_into_what_it_tests_outline_and_red_flags():
    drafts = drafts_of(
        """\
        Python & FastAPI30 sec read

        How do you include a router in your main FastAPI app?

        WHAT IT TESTS: knowledge of the APIRouter wiring pattern. ANSWER OUTLINE: create APIRouter in another file, then call app.include_router(router). RED FLAG: rewriting endpoints in main.py.

        Python & FastAPI30 sec read

        When should you use asyncio.Lock over threading.Lock?

        This tests cooperative multitasking: asyncio.Lock yields to the loop. A strong answer says threading.Lock blocks the loop. Red flag: claiming locks are universal.

        Backend Dev · Tezvyn
        """  # noqa: E501
    )

    assert prompts(drafts) == [
        "How do you include a router in your main FastAPI app?",
        "When should you use asyncio.Lock over threading.Lock?",
    ]
    router, lock = drafts
    assert router.what_it_tests == "Knowledge of the APIRouter wiring pattern."
    assert router.answer_outline == (
        "Create APIRouter in another file, then call app.include_router(router)."
    )
    assert router.red_flags == "Rewriting endpoints in main.py."
    assert lock.what_it_tests == "This tests cooperative multitasking."
    assert lock.answer_outline == (
        "asyncio.Lock yields to the loop. A strong answer says threading.Lock blocks the loop."
    )
    assert lock.red_flags == "Claiming locks are universal."
    assert [draft.answer for draft in drafts] == ["", ""]
    assert [draft.has_answer for draft in drafts] == [True, True]
