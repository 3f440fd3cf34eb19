"""Answers kept apart from their questions: an answer key at the end of a chapter, and cards
exported as rows (a flashcard deck, a spreadsheet)."""

from questions.importing.reading import READ_AS_ROWS, read_text
from tests.questions.importing.documents import pairs_of

CHAPTER = """\
# Chapter 4: Message queues

## 4.1 Delivery guarantees

Brokers promise at-most-once, at-least-once or, with care, exactly-once processing.

> **Try it yourself.** Start two consumers on one queue. Which one gets the next message?

## Exercises

4.1 What does at-least-once delivery demand of a consumer?

4.2 Why does a dead-letter queue need an alert on it?

4.3 When would you pick a log (Kafka) over a queue (RabbitMQ)?

## Answers to selected exercises

**4.1** Idempotent handling: the same message may arrive twice, so processing it twice
must leave the same result.

**4.3** *Left as an exercise for the reader.*
"""


def test_an_answer_key_answers_the_numbered_questions_it_cites():
    assert pairs_of(CHAPTER) == [
        ("What does at-least-once delivery demand of a consumer?",
         "Idempotent handling: the same message may arrive twice, so processing it twice\n"
         "must leave the same result."),
        ("Why does a dead-letter queue need an alert on it?", ""),
        ("When would you pick a log (Kafka) over a queue (RabbitMQ)?", ""),
    ]  # fmt: skip


def test_a_books_numbered_sections_and_try_it_boxes_are_not_questions():
    prompts = [prompt for prompt, _ in pairs_of(CHAPTER)]

    assert "Delivery guarantees" not in prompts
    assert not any(prompt.startswith("Try it") for prompt in prompts)


ANKI_EXPORT = (
    "#separator:tab\n#html:true\n#deck column:1\n#tags column:4\n"
    "Backend::SQL\tWHERE vs HAVING\tWHERE filters rows, HAVING filters groups.<br>"
    "HAVING can use <b>aggregates</b>.\tsql\n"
    "Backend::SQL\tWhat is a phantom read?\t\tsql\n"
    "Backend::SQL\tGIL\tA lock that lets one thread run Python bytecode at a time.\tpython\n"
)


def test_a_flashcard_export_is_one_card_per_row_whatever_its_front_says():
    assert read_text(ANKI_EXPORT).read_as == READ_AS_ROWS
    assert pairs_of(ANKI_EXPORT) == [
        ("WHERE vs HAVING",
         "WHERE filters rows, HAVING filters groups.\n\nHAVING can use **aggregates**."),
        ("What is a phantom read?", ""),
        ("GIL", "A lock that lets one thread run Python bytecode at a time."),
    ]  # fmt: skip


def test_a_csv_names_its_question_and_answer_columns_in_its_header():
    document = (
        "topic,question,answer\n"
        'redis,"What does SET NX do?","Sets the key only if it does not exist, so two '
        'workers cannot both take a lock."\n'
        "http,Why is PUT idempotent?,Sending it twice leaves the same state as once.\n"
        "http,What is a 418?,\n"
        "python,Name two immutable types,tuple and frozenset\n"
    )

    assert [prompt for prompt, _ in pairs_of(document)] == [
        "What does SET NX do?",
        "Why is PUT idempotent?",
        "What is a 418?",
        "Name two immutable types",
    ]
    assert pairs_of(document)[2] == ("What is a 418?", "")


def test_prose_with_commas_or_an_indented_tab_is_not_a_table_of_cards():
    document = "What is a tuple?\nAn ordered, immutable, hashable sequence.\n\tfor example (1, 2)\n"

    assert read_text(document).read_as == ""


def test_a_glossary_row_that_asks_is_a_question_and_a_comparison_table_stays_an_answer():
    document = """\
## Terms

| Term | Meaning |
|---|---|
| ETag | A version tag for a resource |
| What is HSTS for? | Telling browsers to use HTTPS only for this host |

## What is the difference between a list and a tuple?

| | list | tuple |
|---|---|---|
| Is it mutable? | yes | no |
"""

    drafts = pairs_of(document)

    assert drafts[0] == ("What is HSTS for?", "Telling browsers to use HTTPS only for this host")
    assert [prompt for prompt, _ in drafts] == [
        "What is HSTS for?",
        "What is the difference between a list and a tuple?",
    ]
