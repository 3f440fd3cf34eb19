"""A study guide as pdftotext gives it (a form feed where each page starts, its title and
licence line on every page), an interviewer's scorecard template in markdown, and a README
whose table of contents groups its questions under bold rows."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of, read_drafts

FOOTER = "© 2024 Prep Press. Licensed to Sam Lee (sam@example.com)."
HEADER = "Backend Study Guide\nv1.2\n"
GUIDE = (
    "Backend Study Guide\n\n1 Networking\n"
    "Q1.1 ★ What happens when you type a URL into the browser?\n"
    "The browser resolves the name with DNS, opens a TCP connection and sends the re-\n"
    "quest; the server answers with HTML.\n\n"
    "Q1.2 Design the home feed for a network with 50 million users.\n"
    "How do you generate and serve each feed?\n"
    "Fan out on write for most users, on read for accounts with millions of followers.\n\n"
    f"{FOOTER}\n2\n\f{HEADER}\n"
    "Q1.3 Design a rate limiter for a gateway that runs in several re-\ngions.\n"
    "[Model answer will be added in the next edition of this guide.]\n\n"
    "Q1.4 Estimate the storage a photo service needs over five years.\n"
    "Write down assumptions: a million photos a day at 2.5 MB is 2.5 TB a day.\n\n"
    f"{FOOTER}\n3\n\f{HEADER}\n"
    "Q1.5 How would you split a monolith's users table into a service?\n\n"
    "Appendix A Numbers every engineer should know\n"
    "L1 cache reference 0.5 ns\n"
    f"{FOOTER}\n4\n"
)


def test_a_pdfs_running_lines_and_page_numbers_around_its_page_breaks_are_no_text():
    text = read_text(GUIDE).text
    assert FOOTER not in text
    assert "v1.2" not in text
    assert "the request; the server" in text.replace("\n", " ")  # the broken word mended
    answers = dict(pairs_of(GUIDE))
    url = answers["What happens when you type a URL into the browser?"]  # (its ★ a mark)
    assert url.endswith("the server answers with HTML.")


def test_a_guides_numbered_questions_each_end_where_they_should():
    answers = dict(pairs_of(GUIDE))
    assert list(answers) == [
        "What happens when you type a URL into the browser?",
        "Design the home feed for a network with 50 million users. "
        "How do you generate and serve each feed?",
        "Design a rate limiter for a gateway that runs in several regions.",
        "Estimate the storage a photo service needs over five years.",
        "How would you split a monolith's users table into a service?",
    ]
    assert answers["Design a rate limiter for a gateway that runs in several regions."] == ""
    assert answers["Estimate the storage a photo service needs over five years."].startswith(
        "Write down assumptions"
    )
    assert answers["How would you split a monolith's users table into a service?"] == ""


SCORECARD = """\
# Backend deep-dive scorecard

### Rating scale

| Score | Meaning |
|---|---|
| 1 | Strong no — wrong or no answer, even with hints |
| 2 | No — partial answer, needed significant help |
| 3 | Yes — solid answer, covers the key points |

---

### A1. How do pytest fixtures work?

*Follow-up if they answer quickly: how do you share fixtures across test files?*

**Strong answer:** A fixture is a function tests ask for by name; code after its yield is
teardown, and conftest.py shares fixtures across files.

**Weak answer:** "It's like setUp in unittest." Can't explain teardown.

**Score:** ☐ 1 ☐ 2 ☐ 3 ☐ 4

**Notes:**

&nbsp;

### A2. When do you use mocks?

**Strong answer:** At the boundaries you don't own: third-party APIs, email, the clock.

**Score:** ☐ 1 ☐ 2 ☐ 3 ☐ 4

**Notes:**

&nbsp;

### A3. What is property-based testing?

**Strong answer:** _TBD — Jonas to write guidance._

**Score:** ☐ 1 ☐ 2 ☐ 3 ☐ 4
"""


def test_a_scorecards_rating_scale_is_no_question_and_a_follow_up_stays_with_its_question():
    drafts = read_drafts(SCORECARD)
    assert [draft.prompt for draft in drafts] == [
        "How do pytest fixtures work?",
        "When do you use mocks?",
        "What is property-based testing?",
    ]


def test_a_scorecards_strong_and_weak_answers_are_its_outline_and_red_flags_without_its_fields():
    fixtures, mocks, properties = read_drafts(SCORECARD)
    assert fixtures.answer_outline.startswith("A fixture is a function tests ask for by name")
    assert "conftest.py shares fixtures across files." in fixtures.answer_outline
    assert fixtures.red_flags.startswith('"It\'s like setUp in unittest."')
    for draft in (fixtures, mocks):
        assert "Score" not in draft.red_flags + draft.answer_outline + draft.answer
        assert "&nbsp;" not in draft.red_flags + draft.answer_outline + draft.answer
    assert mocks.answer_outline.startswith("At the boundaries you don't own")
    assert not properties.has_answer  # its guidance is still to be written


README = """\
### Table of Contents

| No. | Questions |
| --- | --------- |
| | **Python** |
| 1 | [What is a tuple?](#1-what-is-a-tuple) |
| 2 | [What is the GIL?](#2-what-is-the-gil) |
| | **Databases** |
| 3 | [What is an index?](#3-what-is-an-index) |

## Python

### 1. What is a tuple?

**Answer:** An immutable sequence.

<sub>[⬆ back to top](#table-of-contents)</sub>

### 2. What is the GIL?

**Answer:** _TODO_

<sub>[⬆ back to top](#table-of-contents)</sub>

## Databases

### 3. What is an index?

**Answer:** A structure that finds rows without reading the whole table.

<sub>[⬆ back to top](#table-of-contents)</sub>
"""


def test_a_contents_tables_group_rows_and_back_to_top_links_are_neither_questions_nor_answers():
    assert pairs_of(README) == [
        ("What is a tuple?", "An immutable sequence."),
        ("What is the GIL?", ""),
        ("What is an index?", "A structure that finds rows without reading the whole table."),
    ]


def test_a_bold_scenario_whose_last_sentence_asks_is_a_question():
    bank = """\
**SEC-5 · Mid**

**How do you store and rotate secrets for our services?**

Expected answer

In a secret manager, read at runtime; rotate with two valid credentials at once.

**SEC-6 · Senior**

**A developer pushed a production API key to a public repo. Walk me through what you do.**

Expected answer

Revoke the key first, then rotate it, then look for where it was used.
"""
    _, scenario = read_drafts(bank)
    assert scenario.prompt == (
        "A developer pushed a production API key to a public repo. Walk me through what you do."
    )
    assert scenario.answer_outline.startswith("Revoke the key first")


def test_a_quizs_short_answers_at_its_pages_feet_are_not_running_lines():
    pages = [
        "1. How many bits are in a byte?\nAnswer: 8\n",
        "2. How many layers does the OSI model have?\nAnswer: 7\n",
        "3. What is the default port of PostgreSQL?\nAnswer: 5432\n",
    ]
    answers = dict(pairs_of("\f".join(pages)))
    assert answers["How many bits are in a byte?"] == "8"
    assert answers["What is the default port of PostgreSQL?"] == "5432"


def test_plain_question_and_expected_answer_labels_still_make_cards():
    cards = """\
Question
What is a mutex?

Expected answer
A lock that one thread holds at a time.

Question
What is a semaphore?

Expected answer
A counter that any thread can signal.
"""
    drafts = read_drafts(cards)
    assert [draft.prompt for draft in drafts] == ["What is a mutex?", "What is a semaphore?"]
    assert drafts[0].answer_outline == "A lock that one thread holds at a time."
