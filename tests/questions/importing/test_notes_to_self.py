"""Lines that ask but are no interview question: a note to self, a narrative title, a
course's own FAQ, a question about reusing the document."""

from tests.questions.importing.documents import drafts_of, prompts

STUDY_NOTES = """\
# Queue study notes

## How I approach every question

Restate it, then answer in two sentences.

## What is a dead-letter queue?

Where messages go after too many failed attempts.

- why did my worker hang?? -> forgot to ack, fixed
- ask Sam: does prod use a fanout exchange?

## So what would I do differently?

Start with the broker's guarantees.

## About the Backend Bootcamp

### How long does the bootcamp take?

Twelve weeks.

## How do you size a consumer pool?

By measuring throughput per consumer and the queue's arrival rate.

Can I use these questions in my own course?
Yes, with a link back.
"""


def test_notes_to_self_narrative_titles_and_course_faqs_are_not_questions():
    assert prompts(drafts_of(STUDY_NOTES)) == [
        "What is a dead-letter queue?",
        "How do you size a consumer pool?",
    ]


def test_a_question_about_ones_own_code_in_the_present_is_still_a_question():
    faq = "## Why is my nested serializer read-only?\n\nIt has no create() of its own.\n"
    assert prompts(drafts_of(faq)) == ["Why is my nested serializer read-only?"]
