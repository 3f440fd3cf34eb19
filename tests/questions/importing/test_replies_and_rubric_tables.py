"""A thread where replies answer the asker's numbered list by number, a hiring team's rubric
kept as a table, slides with speaker notes: each answer comes from where the document
gives it, and a reply that only points elsewhere is no answer."""

from questions.importing.cleaning import is_placeholder
from questions.importing.reading import READ_AS_FORUM, read_text
from tests.questions.importing.documents import drafts_of, pairs_of

THREAD = """\
r/backend
Posted by u/queue_curious
5 hr. ago

Onsite questions I got, how would you answer them?

1. What does a dead-letter queue give you?
2. How do you make a consumer idempotent?
3. Design a job scheduler.
4. What is backpressure?

Comments 12
Share
Save

level 1
u/broker_fan · 4 hr. ago
Q1: failed messages are parked there after N attempts, so one bad message cannot block the rest.
Q2: record each message id in the same transaction as its effect.
20
Reply

level 1
u/sre_sam · 3 hr. ago
3 is a whole book tbh, just read this page: https://example.com/schedulers
8
Reply

    level 2
    u/queue_curious OP · 3 hr. ago
    Good luck everyone. Did they at least give you feedback?
    2
    Reply
"""


def test_replies_that_cite_a_question_number_answer_that_question():
    assert read_text(THREAD).read_as == READ_AS_FORUM
    assert pairs_of(THREAD) == [
        ("What does a dead-letter queue give you?",
         "failed messages are parked there after N attempts, so one bad message cannot block "
         "the rest."),
        ("How do you make a consumer idempotent?",
         "record each message id in the same transaction as its effect."),
        ("Design a job scheduler.", ""),
        ("What is backpressure?", ""),
    ]  # fmt: skip


RUBRIC_TABLE = """\
# Backend L4 question bank

## Why do we have a question bank?

So that every candidate at a level gets a comparable interview.

## 1. Queues

| Question | What good looks like | Red flags |
|---|---|---|
| What is a dead-letter queue for? | Parking failed messages after N tries. | "Retry forever." |
| How do you make a consumer idempotent? | | Relies on exactly-once delivery. |
| What is backpressure? | TBD - Sam to fill in | |
"""


def test_a_rubric_table_gives_its_outline_and_red_flags_and_its_section_is_no_question():
    drafts = {d.prompt: d for d in drafts_of(RUBRIC_TABLE)}
    assert list(drafts) == [
        "What is a dead-letter queue for?",
        "How do you make a consumer idempotent?",
        "What is backpressure?",
    ]
    first = drafts["What is a dead-letter queue for?"]
    assert first.answer_outline == "Parking failed messages after N tries."
    assert first.red_flags == '"Retry forever."'
    unanswered = [drafts["How do you make a consumer idempotent?"], drafts["What is backpressure?"]]
    assert [(d.answer, d.answer_outline) for d in unanswered] == [("", ""), ("", "")]
    assert unanswered[0].red_flags == "Relies on exactly-once delivery."


FOLLOW_UPS = """\
## Follow-up questions (for interviewers)

**FU1. How does your worker avoid sending the same email twice?**

> *Interviewer notes:* An idempotency key stored with the send, checked in the same
> transaction; retries are then safe.

**FU2. What would you log for a failed payment?**

> *Interviewer notes:* TBD after calibration.

**FU3. Why did you pick Redis for the rate limiter?**

Notes: the candidate asked for a break here.
"""


def test_interviewer_notes_under_a_question_are_its_outline_and_the_writers_notes_are_not():
    drafts = {d.prompt: d for d in drafts_of(FOLLOW_UPS)}
    assert list(drafts) == [
        "How does your worker avoid sending the same email twice?",
        "What would you log for a failed payment?",
        "Why did you pick Redis for the rate limiter?",
    ]
    first = drafts["How does your worker avoid sending the same email twice?"]
    assert first.answer == ""
    assert " ".join(first.answer_outline.split()) == (  # its quote marks gone
        "An idempotency key stored with the send, checked in the same transaction; "
        "retries are then safe."
    )
    assert first.has_answer
    placeholder = drafts["What would you log for a failed payment?"]
    writers = drafts["Why did you pick Redis for the rate limiter?"]
    assert not placeholder.has_answer and not writers.has_answer
    assert (writers.answer, writers.answer_outline) == ("", "")


SLIDES = """\
Slide 4
What is CSRF?
- A forged request that rides on the victim's cookies
- Defence: SameSite cookies and a CSRF token

Slide 5
Sessions or JWT - which would you choose and why?

Speaker notes:
TODO: add a comparison table
"""


def test_speaker_notes_that_only_say_todo_are_no_answer():
    assert pairs_of(SLIDES)[1] == ("Sessions or JWT - which would you choose and why?", "")


def test_idk_and_a_bare_pointer_are_no_answers_but_a_reference_after_an_answer_is_one():
    assert is_placeholder("idk")
    assert is_placeholder("It is a whole book, just read this: https://example.com/tls")
    assert not is_placeholder("Use a pool in transaction mode; see https://example.com/pooling")
