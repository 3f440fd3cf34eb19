"""Questions found line by line: one test per shape of document (issue 10).

Each document mixes what a real one mixes; the rules are per shape, never per sentence.
"""

from textwrap import dedent

import pytest

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text
from tests.questions.importing.documents import drafts_of, prompts


def parsed(document: str):
    return parse_document(normalise_text(dedent(document)))


def answered(drafts) -> list[bool]:
    return [draft.has_answer for draft in drafts]


# --- 1. questions as sub-bullets under numbered bold topics ----------------------


def test_it_reads_question_bullets_under_numbered_bold_topics():
    drafts = drafts_of(
        """\
        # Spring interview prep

        1. **Core container**
           - What is dependency injection?
           - Why prefer constructor injection?
        2. **Web layer**
           - What does a view resolver do?
             It maps a view name to a template.
           - How is a request routed to a controller?
        """
    )

    assert prompts(drafts) == [
        "What is dependency injection?",
        "Why prefer constructor injection?",
        "What does a view resolver do?",
        "How is a request routed to a controller?",
    ]
    assert [d.section for d in drafts] == ["Core container"] * 2 + ["Web layer"] * 2
    assert answered(drafts) == [False, False, True, False]


# --- 2. tables of questions, also inside <details> ---------------------------------


def test_it_reads_each_row_of_a_table_of_questions_also_inside_details():
    drafts = drafts_of(
        """\
        # Database topics

        | # | Topic | Notes |
        |---|-------|-------|
        | 15 | Choosing an index for a slow query | Look at the plan first. |
        | 16 | Handling database migrations safely | |

        <details>
        <summary>Caching</summary>

        | Question | Answer |
        |---|---|
        | When is a cache harmful? | When data must be fresh. |
        | What is cache stampede? | |

        </details>

        ## Notes

        Answers will go into a separate file.
        """
    )

    assert prompts(drafts) == [
        "Choosing an index for a slow query",
        "Handling database migrations safely",
        "When is a cache harmful?",
        "What is cache stampede?",
    ]
    assert [d.line for d in drafts] == [5, 6, 13, 14]
    assert answered(drafts) == [False, False, True, False]
    assert drafts[2].answer == "When data must be fresh."
    assert drafts[3].section == "Caching"


def test_it_leaves_a_comparison_table_inside_an_answer_alone():
    drafts = drafts_of(
        """\
        ### What is the difference between a list and a tuple?

        | Feature | list | tuple |
        |---|---|---|
        | Mutable | yes | no |
        | Hashable | no | yes |

        ### What is a set?

        An unordered collection.
        """
    )

    assert prompts(drafts) == [
        "What is the difference between a list and a tuple?",
        "What is a set?",
    ]
    assert "| Mutable | yes | no |" in drafts[0].answer


# --- 3. a short heading, then the question as a paragraph ------------------------


def test_it_reads_a_question_paragraph_under_a_short_heading():
    drafts = drafts_of(
        """\
        # System design

        #### Caching

        When is a cache not useful or even dangerous?

        When hit rates are low or stale data is unacceptable.

        #### Pooling

        Why do we pool database connections?
        """
    )

    assert prompts(drafts) == [
        "When is a cache not useful or even dangerous?",
        "Why do we pool database connections?",
    ]
    assert [d.section for d in drafts] == ["Caching", "Pooling"]
    assert drafts[0].answer == "When hit rates are low or stale data is unacceptable."
    assert not drafts[1].has_answer


def test_a_short_heading_deeper_than_the_question_headings_titles_the_next_question():
    drafts = drafts_of(
        """\
        ### Q1. What does an index cost on writes?

        Every write maintains it.

        #### Caching

        When is a cache not useful or even dangerous?

        When stale data is unacceptable.

        ### Q2. What is a phantom read?

        A row that appears between two reads.

        #### Example

        What does this query return the second time?
        """
    )

    assert prompts(drafts) == [
        "What does an index cost on writes?",
        "When is a cache not useful or even dangerous?",
        "What is a phantom read?",
    ]
    assert drafts[1].section == "Caching"
    assert drafts[1].answer == "When stale data is unacceptable."
    assert "What does this query return the second time?" in drafts[2].answer


# --- 4. mixed layouts in one document -----------------------------------------------


def test_it_reads_every_layout_of_a_mixed_document():
    drafts = drafts_of(
        """\
        Plain notes before the markdown

        What is a closure?

        A function with its enclosing variables.

        # Python

        ## Basics

        <details>
        <summary>What is a list?</summary>

        A mutable sequence.
        </details>

        What is a set?

        An unordered collection.

        - What is a frozenset?
        - What is a dict view?

        ## Numbers

        1. What is integer overflow in Python?
        2. How are floats stored?
        """
    )

    assert prompts(drafts) == [
        "What is a closure?",
        "What is a list?",
        "What is a set?",
        "What is a frozenset?",
        "What is a dict view?",
        "What is integer overflow in Python?",
        "How are floats stored?",
    ]
    assert answered(drafts) == [True, True, True, False, False, False, False]
    assert drafts[2].answer == "An unordered collection."


def test_a_list_of_points_introduced_by_a_colon_stays_in_the_answer():
    drafts = drafts_of(
        """\
        ### How do you review a pull request?

        Ask yourself:

        - Is it tested?
        - Is it readable?

        ### What is CI?

        Building and testing every change.
        """
    )

    assert prompts(drafts) == ["How do you review a pull request?", "What is CI?"]
    assert "- Is it tested?" in drafts[0].answer


# --- 5. bold numbered titles, the question on the next line ----------------------


def test_it_reads_the_question_under_a_bold_numbered_title():
    drafts = drafts_of(
        """\
        # ORM questions

        5. **Object mapping:**
           Can you explain what an ORM is?

           It maps tables to classes.

        6. **Lazy loading:**
           What does lazy loading mean for queries?
        """
    )

    assert prompts(drafts) == [
        "Can you explain what an ORM is?",
        "What does lazy loading mean for queries?",
    ]
    assert [d.section for d in drafts] == ["Object mapping", "Lazy loading"]
    assert answered(drafts) == [True, False]


# --- 6. lowercase question headings; card heading + instruction ------------------


def test_it_reads_lowercase_question_headings_and_card_instructions():
    drafts = drafts_of(
        """\
        # 1 what is seo

        Search engine optimisation.

        # 2 what is a sitemap

        A list of the site's pages.

        ### 25. Code Review Scenario

        Review this snippet and point out what breaks under load.
        """
    )

    assert prompts(drafts) == [
        "what is seo",
        "what is a sitemap",
        "Review this snippet and point out what breaks under load.",
    ]
    assert drafts[1].answer == "A list of the site's pages."
    assert drafts[2].section == "25. Code Review Scenario"
    assert not drafts[2].has_answer


# --- 7. consecutive questions without answers -----------------------------------


def test_consecutive_questions_are_each_a_question_without_an_answer():
    drafts = drafts_of(
        """\
        # Networking

        #### Q. What is TCP?
        #### Q. What is UDP?

        What is a socket?
        What is a port?

        - What is DNS?
        - What is a CDN?
        """
    )

    assert prompts(drafts) == [
        "What is TCP?",
        "What is UDP?",
        "What is a socket?",
        "What is a port?",
        "What is DNS?",
        "What is a CDN?",
    ]
    assert answered(drafts) == [False] * 6


# --- 8. wrapped questions; a question ending in ":" and its list -----------------


def test_a_hard_wrapped_question_is_one_question():
    drafts = drafts_of(
        """\
        1. How would you design a rate limiter that works across
           several application servers without a single point
           of failure?

           Use a shared store such as Redis with a token bucket.

        How do you keep a cache and its database
        consistent when both are written?

        Write to the database, then invalidate.
        """
    )

    assert prompts(drafts) == [
        "How would you design a rate limiter that works across several application servers "
        "without a single point of failure?",
        "How do you keep a cache and its database consistent when both are written?",
    ]
    assert answered(drafts) == [True, True]


def test_a_question_ending_in_a_colon_keeps_its_list():
    drafts = drafts_of(
        """\
        1. Describe how you would debug a slow endpoint. Cover:
           - what you measure first
           - which tools you use

           Start with timings and a profiler.

        2. Name two HTTP methods that are idempotent:
           - GET
           - PUT
        """
    )

    assert prompts(drafts) == [
        "Describe how you would debug a slow endpoint. Cover:\n"
        "- what you measure first\n- which tools you use",
        "Name two HTTP methods that are idempotent",
    ]
    assert drafts[0].answer == "Start with timings and a profiler."
    assert "- GET" in drafts[1].answer


# --- 9. emoji and curly quotes; anchors ------------------------------------------


def test_it_reads_questions_led_by_an_emoji_or_in_curly_quotes_without_anchors():
    drafts = drafts_of(
        """\
        # Quick questions

        🚀 What is a coroutine?

        A function that can pause.

        “Why is the GIL there?”

        To protect reference counts.

        ### <a id="q3"></a> What is asyncio?

        An event loop library.
        """
    )

    assert prompts(drafts) == ["What is a coroutine?", "Why is the GIL there?", "What is asyncio?"]
    assert answered(drafts) == [True, True, True]


# --- not questions ------------------------------------------------------------------


def test_headings_about_the_document_and_answer_parts_are_not_questions():
    result = parsed(
        """\
        # Python interview questions

        ## What makes this repo different?

        Every answer is tested.

        ## 1. What is a decorator?

        A function that wraps another.

        ## How to explain in interview

        Say it wraps behaviour.

        ## Example

        Use @cache.
        """
    )

    assert [item.prompt for item in result.items] == ["What is a decorator?"]
    assert result.skipped[0].line == 3
    assert result.skipped[0].reason == "about the document itself"
    draft = clean_item(result.items[0])
    assert "Say it wraps behaviour." in draft.answer and "Use @cache." in draft.answer


def test_a_blog_posts_call_to_action_is_not_a_question():
    result = parsed(
        """\
        ## 1. What is a decorator?

        A function that wraps another.

        ## Still have questions?

        Book a mock interview with one of our coaches.

        ## Was this article helpful?

        Share it with a friend who is job hunting.

        ## What's next?

        Read our guide to system design rounds.

        ## Want more practice?

        Subscribe to get ten new questions every week.
        """
    )

    assert [item.prompt for item in result.items] == ["What is a decorator?"]
    # The decorator's answer stops at the outro; the outro's lines are reported, not lost.
    assert clean_item(result.items[0]).answer == "A function that wraps another."
    assert [skip.line for skip in result.skipped] == [5, 9, 13, 17]
    assert {skip.reason for skip in result.skipped} == {"about the document itself"}


def test_a_call_to_action_paragraph_is_not_the_last_questions_answer():
    drafts = drafts_of(
        """\
        **Q: What does HTTP 429 mean?**

        Still have questions? Write to us, we answer within a day.
        """
    )

    assert prompts(drafts) == ["What does HTTP 429 mean?"]
    assert answered(drafts) == [False]


def test_section_summaries_tables_of_contents_and_tips_are_not_questions():
    drafts = drafts_of(
        """\
        ## Table of contents

        1. What is Linux?
        2. What is a shell?

        <details>
        <summary><h3>Linux</h3></summary>

        <details>
        <summary>What is Linux?</summary>

        A kernel.
        </details>

        <details>
        <summary>What is a shell?</summary>

        Tip: what does `echo $SHELL` print?
        </details>

        </details>
        """
    )

    assert prompts(drafts) == ["What is Linux?", "What is a shell?"]
    assert [d.section for d in drafts] == ["Linux", "Linux"]


# --- honest answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "<b></b>",
        "<br>",
        "**Answer:**",
        "Coming soon",
        "To be added.",
        "Lorem ipsum dolor sit amet.",
        "...",
        "Answer here",
        "[Docs](https://docs.python.org/3/library/asyncio.html)",
        "See https://example.com/answers/42",
        "&nbsp;",
        "**Answer**: <https://redis.io/docs/cluster-spec/>",
        "#### Answer\n\n#### Example",
        "> Note: you might also be asked about normal forms.",
        "```python\n# TODO\n```",
        "hmm, I wasn't sure here",
        "See section 5.2.",
        "(see the lecture slides)",
        "(skipped: we ran out of time)",
        "*Coming soon!* (I am writing a longer post about the garbage collector and will link it.)",
    ],
)
def test_an_answer_that_says_nothing_is_missing(answer):
    drafts = drafts_of(
        f"### What is an event loop?\n\n{answer}\n\n### What is a task?\n\nA unit.\n"
    )

    assert prompts(drafts) == ["What is an event loop?", "What is a task?"]
    assert answered(drafts) == [False, True]


def test_notes_after_a_rule_are_not_the_answer_of_an_unanswered_question():
    drafts = drafts_of(
        """\
        ### What is an index?

        ---

        Compiled by the team, March 2024.
        """
    )

    assert prompts(drafts) == ["What is an index?"]
    assert answered(drafts) == [False]


# --- what was not imported, and staff's overrides --------------------------------


def test_question_like_lines_inside_answers_are_reported_with_their_line():
    result = parsed(
        """\
        ### Q1. What is a deadlock?

        Two transactions wait for each other.

        1. Why does ordering locks help?

        ### Q2. What is MVCC?

        Readers see a snapshot. Follow-up questions you may get:

        - Is a snapshot free?
        - Who cleans old row versions?
        """
    )

    assert [item.line for item in result.items] == [1, 7]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (5, "inside the answer to line 1"),
        (11, "a follow-up inside the answer to line 7"),
        (12, "a follow-up inside the answer to line 7"),
    ]


def test_a_run_of_questions_after_an_answer_is_questions():
    drafts = drafts_of(
        """\
        ### What is the same-origin policy?

        Pages read responses only from their own origin.

        Some quick ones from a phone screen:

        What is XSS?
        What is SQL injection?

        - What is a CSP nonce?
        - Why is pickle on user input dangerous?
        """
    )

    assert prompts(drafts) == [
        "What is the same-origin policy?",
        "What is XSS?",
        "What is SQL injection?",
        "What is a CSP nonce?",
        "Why is pickle on user input dangerous?",
    ]
    assert answered(drafts) == [True, False, False, False, False]


def test_staff_can_include_and_exclude_lines():
    document = """\
        ### Q1. What is a deadlock?

        Two transactions wait for each other.

        1. Why does ordering locks help?

        ### Q2. What is MVCC?

        Readers see a snapshot.
        """

    result = parsed(document)
    assert [item.line for item in result.items] == [1, 7]

    result = parse_document(normalise_text(dedent(document)), include={5}, exclude={7})

    assert [(item.line, item.prompt) for item in result.items] == [
        (1, "What is a deadlock?"),
        (5, "Why does ordering locks help?"),
    ]
    assert clean_item(result.items[1]).answer.startswith("### Q2. What is MVCC?")


@pytest.mark.parametrize(
    ("include", "exclude", "message"),
    [
        ({0}, set(), "no line 0"),
        ({99}, set(), "no line 99"),
        ({1}, {1}, "both included and excluded: line 1"),
    ],
)
def test_overrides_outside_the_document_are_refused(include, exclude, message):
    with pytest.raises(ValueError, match=message):
        parse_document("### What is X?\n\nY.\n", include=include, exclude=exclude)


# --- more shapes: bold question lines, numbered summaries -------------------------


def test_it_reads_bold_question_lines_beside_question_headings():
    drafts = drafts_of(
        """\
        ## Behavioral

        **Tell me about a time you disagreed with a teammate.**

        Use the STAR method.

        **Why do you want to work here?**

        ## Technical

        ### Implement an LRU cache

        Keep an ordered dict.
        """
    )

    assert prompts(drafts) == [
        "Tell me about a time you disagreed with a teammate.",
        "Why do you want to work here?",
        "Implement an LRU cache",
    ]
    assert answered(drafts) == [True, False, True]


def test_it_drops_the_number_of_a_numbered_summary():
    drafts = drafts_of(
        """\
        <details>
        <summary><b>1. What is the GIL?</b></summary>

        A lock that lets one thread run bytecode at a time.
        </details>

        <details>
        <summary><b>2. What are decorators?</b></summary>

        TODO
        </details>
        """
    )

    assert prompts(drafts) == ["What is the GIL?", "What are decorators?"]
    assert answered(drafts) == [True, False]


def test_it_reads_a_pasted_interview_transcript():
    drafts = drafts_of(
        """\
        Interviewer: How would you find a memory leak in a Node service?
        Me: Take heap snapshots and compare them.

        Interviewer: What is the event loop?
        Me: The loop that runs callbacks when the stack is empty.

        Interviewer: Why is Node single-threaded?
        """
    )

    assert prompts(drafts) == [
        "How would you find a memory leak in a Node service?",
        "What is the event loop?",
        "Why is Node single-threaded?",
    ]
    assert drafts[0].answer == "Take heap snapshots and compare them."
    assert answered(drafts) == [True, True, False]


def test_lines_that_ask_in_a_tips_section_are_reported_not_imported():
    result = parsed(
        """\
        # SQL

        1. What is a CTE?
        2. Why would you denormalize?

        ## Tips

        - Why not index everything? Writes slow down.
        """
    )

    assert [item.prompt for item in result.items] == [
        "What is a CTE?",
        "Why would you denormalize?",
    ]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (8, "in a section of tips, notes or links")
    ]


def test_details_answers_wrapped_in_bold_tags_and_empty_ones():
    drafts = drafts_of(
        """\
        <details>
        <summary>What is DevOps?</summary><br><b>

        A culture that brings development and operations together.
        </b></details>

        <details>
        <summary>What is continuous integration?</summary><br><b>
        </b></details>

        ### Linux

        |Name|Topic|Objective|Solution|
        |---|---|---|---|
        | Navigation | cd, pwd | [Exercise](x.md) | [Solution](y.md) |
        """
    )

    assert prompts(drafts) == ["What is DevOps?", "What is continuous integration?"]
    assert drafts[0].answer == "A culture that brings development and operations together."
    assert not drafts[1].has_answer


def test_multiple_choice_questions_with_a_hidden_answer():
    drafts = drafts_of(
        """\
        ###### 1. What's the output?

        ```javascript
        console.log(name);
        var name = 'Lydia';
        ```

        - A: `Lydia`
        - B: `undefined`

        <details><summary><b>Answer</b></summary>
        <p>

        #### Answer: B

        Variables declared with var are hoisted.

        </p>
        </details>

        ---

        ###### 2. What's the output?

        ```javascript
        for (var i = 0; i < 3; i++) {}
        ```
        """
    )

    assert [d.prompt.split("\n")[0] for d in drafts] == ["What's the output?"] * 2
    assert "console.log(name);" in drafts[0].prompt
    assert drafts[0].answer.startswith("- A: `Lydia`\n- B: `undefined`")
    assert "Variables declared with var are hoisted." in drafts[0].answer
    assert "<summary>" not in drafts[0].answer
    assert not drafts[1].has_answer


def test_interview_notes_under_short_lowercase_labels():
    drafts = drafts_of(
        """\
        Round 1 - phone screen
        1. Walk me through your last project.
        2. How would you store money amounts?
           As integers in the smallest unit, never floats.

        Round 2 - system design
        Design a ledger service that handles 10k transactions per second.
        My notes: double-entry, append-only, partition by account.

        Round 3 - culture
        - Why do you want to leave your current job?
        - Tell me about a conflict with a manager.

        Overall: good experience, got the offer!
        """
    )

    assert prompts(drafts) == [
        "Walk me through your last project.",
        "How would you store money amounts?",
        "Design a ledger service that handles 10k transactions per second.",
        "Why do you want to leave your current job?",
        "Tell me about a conflict with a manager.",
    ]
    assert [d.section for d in drafts] == ["Round 1 - phone screen"] * 2 + [
        "Round 2 - system design",
        "Round 3 - culture",
        "Round 3 - culture",
    ]
    assert answered(drafts) == [False, True, True, False, False]


def test_a_table_of_contents_as_a_table_of_links_is_not_questions():
    drafts = drafts_of(
        """\
        | No. | Questions |
        |-----|-----------|
        | 1 | [What is Docker?](#what-is-docker) |

        ## What is Docker?

        A platform to build and run containers.

        **[⬆ Back to Top](#table-of-contents)**
        """
    )

    assert prompts(drafts) == ["What is Docker?"]
    assert drafts[0].answer == "A platform to build and run containers."


@pytest.mark.parametrize("answer", ["Answer coming soon", "*Coming soon*", "Solution: TBD"])
def test_answers_still_to_come_are_missing(answer):
    drafts = drafts_of(f"**Q12. What is XSS?**\n{answer}\n\n**Q13. What is CSRF?**\nForgery.\n")

    assert prompts(drafts) == ["What is XSS?", "What is CSRF?"]
    assert answered(drafts) == [False, True]


def test_emoji_led_headings_quoted_questions_and_questions_answered_on_their_line():
    drafts = drafts_of(
        """\
        Are you preparing for an interview? Here are the questions.

        ## Closures

        ### 🔥 What is a closure?

        A function plus its captured environment.

        ## Streams

        > "Explain partitioning in Spark."

        > "How do you handle late-arriving data?"
        > Use watermarks.

        ## Ownership

        What is ownership in Rust? Each value has a single owner.

        What is borrowing? Taking a reference without taking ownership.
        """
    )

    assert prompts(drafts) == [
        "What is a closure?",
        "Explain partitioning in Spark.",
        "How do you handle late-arriving data?",
        "What is ownership in Rust?",
        "What is borrowing?",
    ]
    assert answered(drafts) == [True, False, True, True, True]
    assert drafts[4].answer == "Taking a reference without taking ownership."


def test_a_bold_numbered_topic_that_starts_with_a_verb_is_still_a_topic():
    drafts = drafts_of(
        """\
        1. **Design patterns**
           - What is a factory?
           - Why avoid singletons?
        2. **Model layer**
           - What does an ORM do?
        """
    )

    assert prompts(drafts) == [
        "What is a factory?",
        "Why avoid singletons?",
        "What does an ORM do?",
    ]
    assert [d.section for d in drafts] == ["Design patterns"] * 2 + ["Model layer"]


def test_outline_numbers_and_scenarios_under_bold_titles():
    drafts = drafts_of(
        """\
        1. Basics
        1.1 What is a variable?
        A name bound to a value.
        1.2 What is a constant?

        2. Functions
        2.1 What is recursion?
        A function calling itself.

        **Scenario 1**
        You must move a 2 TB database to another region with little downtime. Describe your plan.

        **Scenario 2**
        A batch job now takes 9 hours instead of 2. How do you find the bottleneck?
        Profile each stage.
        """
    )

    assert prompts(drafts) == [
        "What is a variable?",
        "What is a constant?",
        "What is recursion?",
        "You must move a 2 TB database to another region with little downtime. Describe your plan.",
        "A batch job now takes 9 hours instead of 2. How do you find the bottleneck?",
    ]
    assert [d.section for d in drafts] == [
        "1. Basics",
        "1. Basics",
        "2. Functions",
        "Scenario 1",
        "Scenario 2",
    ]
    assert answered(drafts) == [True, False, True, False, True]


def test_closing_words_at_the_end_of_the_file_are_not_the_last_answer():
    drafts = drafts_of(
        """\
        ### What is Redis persistence?

        ### What is a Redis cluster?

        Good luck with your interviews!

        If you found this useful, star the repo ⭐
        """
    )

    assert prompts(drafts) == ["What is Redis persistence?", "What is a Redis cluster?"]
    assert answered(drafts) == [False, False]


def test_interview_rounds_with_a_blank_line_under_each_label():
    drafts = drafts_of(
        """\
        Round 1 – coding

        Implement a function that merges overlapping intervals.
        Sort by start, then extend the last interval.

        Write a generator that yields a file's lines in reverse order.

        Round 2 - system design

        Design a ledger service that never loses money.
        Double-entry, append-only.

        How would you reconcile the ledger with the bank's statement?
        """
    )

    assert prompts(drafts) == [
        "Implement a function that merges overlapping intervals.",
        "Write a generator that yields a file's lines in reverse order.",
        "Design a ledger service that never loses money.",
        "How would you reconcile the ledger with the bank's statement?",
    ]
    assert answered(drafts) == [True, False, True, False]


def test_notes_at_the_margin_of_a_numbered_list_with_indented_answers_are_not_answers():
    drafts = drafts_of(
        """\
        1. What is a serializer in DRF?

        2. How is a ModelViewSet different from an APIView?
           A ModelViewSet bundles the actions for one model.

        3. How do you paginate a list endpoint?

        Next question is about permissions, which trips people up:

        4. What is content negotiation?

        (notes to self: ask Maria about throttling)
        """
    )

    assert len(drafts) == 4
    assert answered(drafts) == [False, True, False, False]


def test_consecutive_question_sub_headings_each_wait_for_an_answer():
    drafts = drafts_of(
        """\
        ## 1. What is a decorator?

        A function that wraps another.

        ## Behavioural

        #### Tell me about a production incident you handled.

        #### How do you review a pull request?

        Description and tests first.
        """
    )

    assert prompts(drafts)[1:] == [
        "Tell me about a production incident you handled.",
        "How do you review a pull request?",
    ]
    assert answered(drafts) == [True, False, True]


def test_numbered_questions_wrapped_at_72_columns():
    drafts = drafts_of(
        """\
        1. Walk me through what happens between a user typing a URL into the
           browser and the first byte of the HTML arriving.

           DNS lookup, TCP and TLS handshakes, the request, and back.

        2. Your service's p99 latency is fine in staging but terrible in
           production. How would you investigate?

        3. Implement an LRU cache with the following requirements:
           - get and put in O(1)
           - a fixed capacity
        """
    )

    assert prompts(drafts) == [
        "Walk me through what happens between a user typing a URL into the browser and the "
        "first byte of the HTML arriving.",
        "Your service's p99 latency is fine in staging but terrible in production. "
        "How would you investigate?",
        "Implement an LRU cache with the following requirements:\n"
        "- get and put in O(1)\n- a fixed capacity",
    ]
    assert answered(drafts) == [True, False, False]


def test_tasks_under_short_headings_cards_and_after_plain_questions():
    drafts = drafts_of(
        """\
        #### Pagination

        Compare offset pagination with keyset pagination.

        Offset gets slower as it grows.

        ### 25. Code Review Scenario

        Review this snippet and list what you would change:

        ```python
        def get_user(id): return db.execute(f"SELECT {id}")
        ```

        ### 27. Design Scenario

        Design a URL shortener that handles 10k writes per second.

        What is a generator?
        A function that yields.

        Explain the difference between is and ==.
        is compares identity.

        ✅ “Explain the request/response cycle in Django.”
        """
    )

    assert [d.prompt.split("\n")[0] for d in drafts] == [
        "Compare offset pagination with keyset pagination.",
        "Review this snippet and list what you would change",
        "Design a URL shortener that handles 10k writes per second.",
        "What is a generator?",
        "Explain the difference between is and ==.",
        "Explain the request/response cycle in Django.",
    ]
    assert "def get_user(id)" in drafts[1].prompt
    assert answered(drafts) == [True, False, False, True, True, False]


def test_a_task_paragraph_ending_in_a_colon_keeps_its_list_and_the_next_task_follows():
    drafts = drafts_of(
        """\
        ## Round 3: on-site

        Talk me through how you would roll out a schema change. Think about:
          - old and new code running side by side
          - a table with 200 million rows

        Describe what happens when a Celery worker dies mid-task.
        With acks_late the broker hands the message to another worker.

        Explain how you would find a memory leak in a worker.

        Notes: the hiring manager joined for the last ten minutes.
        """
    )

    assert prompts(drafts) == [
        "Talk me through how you would roll out a schema change. Think about:\n"
        "- old and new code running side by side\n- a table with 200 million rows",
        "Describe what happens when a Celery worker dies mid-task.",
        "Explain how you would find a memory leak in a worker.",
    ]
    # What to think about is part of the question, not its answer; the writer's notes
    # are not the answer of the question above them.
    assert answered(drafts) == [False, True, False]
    assert drafts[1].answer == "With acks_late the broker hands the message to another worker."


def test_questions_copied_from_an_accordion_or_a_checklist():
    drafts = drafts_of(
        """\
        Frequently asked questions

        What is Django? +
        A batteries-included Python web framework.

        How do I run migrations? ⌄
        Run migrate after makemigrations.

        Can I use async views? ▾

        ## Checklist

        ☐ Explain the difference between a process and a thread
        ☑ What is a race condition? 🔥
        """
    )

    assert prompts(drafts) == [
        "What is Django?",
        "How do I run migrations?",
        "Can I use async views?",
        "Explain the difference between a process and a thread",
        "What is a race condition?",
    ]
    assert answered(drafts) == [True, True, False, False, False]
    assert drafts[1].answer == "Run migrate after makemigrations."


def test_a_bold_question_with_its_answer_on_the_same_line():
    drafts = drafts_of(
        """\
        **Q: What is the GIL?** A: A mutex that lets one thread run bytecode at a time.

        **Q3. What is a coroutine?** A function that can pause at await.

        **Q: What is a future?**

        **Q: Is `a ** b` right-associative?** Yes: 2 ** 3 ** 2 is 512.
        """
    )

    assert prompts(drafts) == [
        "What is the GIL?",
        "What is a coroutine?",
        "What is a future?",
        "Is `a ** b` right-associative?",
    ]
    assert [d.answer for d in drafts] == [
        "A mutex that lets one thread run bytecode at a time.",
        "A function that can pause at await.",
        "",
        "Yes: 2 ** 3 ** 2 is 512.",
    ]


def test_a_social_media_post_with_emoji_numbering_and_hashtags():
    drafts = drafts_of(
        """\
        Top Python questions I was asked this month 👇

        🔹 Q1: What is the difference between a list and a tuple?
        👉 Lists are mutable, tuples are not.

        🔹 Q2: How do you profile a slow function?

        🔹 Q3: What is a metaclass?
        👉 The class of a class.

        #python #interviews #backend
        """
    )

    assert prompts(drafts) == [
        "What is the difference between a list and a tuple?",
        "How do you profile a slow function?",
        "What is a metaclass?",
    ]
    assert answered(drafts) == [True, False, True]
    assert "#python" not in drafts[2].answer


def test_question_labels_and_dashed_numbers_are_not_part_of_the_prompt():
    drafts = drafts_of(
        """\
        1 - What is connection pooling?
        Reusing open connections.

        2 - Describe when you would denormalise a table.

        ### Question-driven development: what is it?
        Docs written as answers.

        Question: What is eventual consistency?
        Answer: Replicas converge once writes stop.
        """
    )

    assert prompts(drafts) == [
        "What is connection pooling?",
        "Describe when you would denormalise a table.",
        "Question-driven development: what is it?",
        "What is eventual consistency?",
    ]
    assert answered(drafts) == [True, False, True, True]


def test_follow_ups_under_an_answer_and_a_section_of_resources_are_not_questions():
    drafts = drafts_of(
        """\
        ## Round 2: design

        How would you design a rate limiter for a public API?
        Consider:
        - a token bucket per key
        Follow-ups:
        - What if the limiter's store goes down?
        - How do you limit per IP as well?
        (went for a fixed window first)

        How would you cache the limiter's rules?
        In process, refreshed every minute.

        <details>
        <summary>📎 Resources I used</summary>

        - [A blog post](https://example.com/rate-limits)
        </details>
        """
    )

    assert prompts(drafts) == [
        "How would you design a rate limiter for a public API?",
        "How would you cache the limiter's rules?",
    ]
    assert "What if the limiter's store goes down?" in drafts[0].answer


def test_a_table_whose_divider_has_short_aligned_cells_is_a_table_of_questions():
    drafts = drafts_of(
        """\
        ## What you'll learn?

        Redis basics.

        | # | Question | Answer |
        |:-:|:--|--:|
        | 1 | What is Redis Sentinel? | Processes that watch the master and fail over. |
        | 2 | What is a cache stampede? | — |
        """
    )

    assert prompts(drafts) == ["What is Redis Sentinel?", "What is a cache stampede?"]
    assert answered(drafts) == [True, False]


def test_a_run_of_digits_too_long_for_a_question_number_is_no_number():
    document = "Q" + "7" * 20_000 + ". What is this?\n\n1234567. Neither is this one?\n"

    items = parse_document(document).items  # int() refused the 20,000 digits: a crash

    # Seven digits are not a list number either: the line keeps them, as a plain question.
    assert [(item.kind, item.prompt) for item in items] == [
        ("plain-question", "1234567. Neither is this one?")
    ]


def test_question_labelled_sub_headings_in_a_row_are_each_a_question():
    drafts = drafts_of(
        """\
        ## Basics

        ### What is a queue?
        A first-in, first-out buffer.

        ## Kubernetes

        #### Q. What is a pod?
        The smallest deployable unit.

        #### Q. What is a readiness probe?

        #### Q. What is a liveness probe?
        A check that restarts a stuck container.
        """
    )

    assert prompts(drafts) == [
        "What is a queue?",
        "What is a pod?",
        "What is a readiness probe?",
        "What is a liveness probe?",
    ]
    assert answered(drafts) == [True, True, False, True]


def test_a_closing_remark_after_the_last_question_is_not_its_answer():
    drafts = drafts_of(
        """\
        What is a generator?
        A function that yields values lazily.

        What is a decorator?

        That's all for this round. Next time: system design.
        """
    )

    assert prompts(drafts) == ["What is a generator?", "What is a decorator?"]
    assert answered(drafts) == [True, False]
