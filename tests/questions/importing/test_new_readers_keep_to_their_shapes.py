"""What the newer readers and rules must leave alone: notes that quote a GitHub comment, a
timed transcript labelled "Q1:", questions that only sound like a thread's business, code
that is an answer, a remark after a question's mark, an outline whose answers are code, a
tracker's "### Comments (2)" under each question, a reply that starts with a number, and
real answers that start like an unwritten section."""

import pytest

from questions.importing.reading import READ_AS_CHAT, READ_AS_GITHUB_ISSUE, read_text
from tests.questions.importing.documents import pairs_of


def test_notes_quoting_github_comments_are_not_an_issue():
    notes = """\
# Backend interview prep

## What is an idempotency key?

A client-chosen id the server stores with the result, so a retried POST is applied once.

## Notes from the FastAPI issue I read

tiangolo commented on Mar 4
Use lifespan instead of on_event.

Kludex commented on Mar 5
on_event is deprecated since 0.93.
"""
    assert read_text(notes).read_as != READ_AS_GITHUB_ISSUE
    assert pairs_of(notes)[0][1].startswith("A client-chosen id")


def test_an_issues_sentences_that_read_like_its_events_are_kept():
    issue = """\
@dkowalski
dkowalski commented on Mar 4
Please answer in the comments.

 How do Pydantic v2 validators differ from v1 validators?

@lena-sz
lena-sz commented on Mar 5
How do Pydantic v2 validators differ from v1 validators?

Pydantic added field_validator and model_validator in v2; the old @validator is deprecated.
"""
    assert read_text(issue).read_as == READ_AS_GITHUB_ISSUE
    assert pairs_of(issue) == [
        (
            "How do Pydantic v2 validators differ from v1 validators?",
            "Pydantic added field_validator and model_validator in v2; the old @validator is "
            "deprecated.",
        )
    ]


def test_a_timed_transcript_labelled_q1_is_a_chat():
    transcript = """\
[00:10] Q1: What is the GIL?
[00:40] Tom: A lock around the interpreter.
[01:05] Q2: What is a deadlock?
[01:30] Tom: Two threads waiting on each other.
[02:00] Q3: What does an index cost on writes?
[02:20] Tom: Every insert updates the B-tree too.
"""
    assert read_text(transcript).read_as == READ_AS_CHAT
    assert [answer for _, answer in pairs_of(transcript)] == [
        "A lock around the interpreter.",
        "Two threads waiting on each other.",
        "Every insert updates the B-tree too.",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Could someone explain how to check for cycles in a linked list?",
        "How would you design a rate limiter for a public API? Thoughts?",
        "When should we move this to a message queue instead of a cron job?",
    ],
)
def test_questions_that_sound_like_a_threads_business_are_kept(question):
    notes = f"# Interview questions\n\n## {question}\n\nA real answer with several words in it.\n"
    assert pairs_of(notes) == [(question, "A real answer with several words in it.")]


def test_code_under_which_of_these_is_the_answer_not_the_question():
    notes = """\
## Which of these is faster for membership tests, a list or a set?

```python
x in my_set  # O(1) on average, a list is O(n)
```
"""
    ((question, answer),) = pairs_of(notes)
    assert question == "Which of these is faster for membership tests, a list or a set?"
    assert "x in my_set" in answer


def test_a_remark_after_a_questions_mark_is_not_asked():
    chat = """\
[10:05] maria: how does a hash map handle collisions? Given time, we'll do resizing too.
[10:06] tom: chaining or open addressing
[10:07] maria: what is a closure? Give me a sec, my dog is barking
[10:08] tom: a function that captures variables from its enclosing scope
"""
    assert pairs_of(chat) == [
        ("how does a hash map handle collisions?", "chaining or open addressing"),
        ("what is a closure?", "a function that captures variables from its enclosing scope"),
    ]


def test_an_outline_whose_answers_are_code_is_an_outline():
    outline = (
        "Git\n\tHow do you see which commit introduced a bug?\n\t\tgit bisect start\n"
        "\t\tgit bisect bad\n\t\tgit bisect good v1.2\n"
        "SQL\n\tHow do you find duplicate emails?\n\t\tSELECT email FROM users\n"
        "\t\tGROUP BY email\n\t\tHAVING COUNT(*) > 1;\n"
        "Python\n\tHow do you count words?\n\t\tfrom collections import Counter\n"
        "\t\tcounts = Counter(text.split())\n\t\tprint(counts.most_common(3))\n"
    )
    assert [question for question, _ in pairs_of(outline)] == [
        "How do you see which commit introduced a bug?",
        "How do you find duplicate emails?",
        "How do you count words?",
    ]


def test_a_trackers_counted_comments_under_each_question_hold_its_answer():
    export = """\
## How would you cache a hot endpoint?

Proposed by Dana.

### Comments (2)

Cache-aside in Redis with a short TTL and a lock against stampedes.

## What is an idempotency key?

Proposed by Kevin.

### Comments (1)

A client-chosen id the server stores with the result, so a retried POST is applied once.
"""
    answers = [answer for _, answer in pairs_of(export)]
    assert "Cache-aside in Redis" in answers[0]
    assert "client-chosen id" in answers[1]


def test_real_answers_that_start_like_an_unwritten_section_are_kept():
    notes = """\
## What does work in progress mean for a team?

Work in progress, or WIP, is every item started but not finished; limiting it helps.

## How should a docs page mark an unfinished section?

This section is coming soon banners are fine, but link to the tracking issue.
"""
    assert [answer for _, answer in pairs_of(notes)] == [
        "Work in progress, or WIP, is every item started but not finished; limiting it helps.",
        "This section is coming soon banners are fine, but link to the tracking issue.",
    ]


def test_a_quiz_summarys_graded_questions_about_email_and_code_after_a_blank_line_are_kept():
    summary = """\
Which DNS record lets receivers check that an email really comes from your domain?
15 / 23 correct responses

Correct answer
SPF
Feedback
SPF lists the servers allowed to send mail for the domain.

It is usually paired with DKIM and DMARC.

What does this function return?

```python
def f():
    return [i * 2 for i in range(3)]
```
12 / 23 correct responses

Correct answer
[0, 2, 4]

Which header tells browsers to only use HTTPS for your site?
20 / 23 correct responses

Correct answer
Strict-Transport-Security
"""
    pairs = pairs_of(summary)
    assert [question.split("\n")[0] for question, _ in pairs] == [
        "Which DNS record lets receivers check that an email really comes from your domain?",
        "What does this function return?",
        "Which header tells browsers to only use HTTPS for your site?",
    ]
    assert "paired with DKIM and DMARC" in pairs[0][1]
    assert "return [i * 2 for i in range(3)]" in pairs[1][0]


def test_a_groups_plans_are_not_interview_questions():
    chat = """\
[19:00] anna: Is the mock session tonight at 19:00 or 20:00?
[19:01] leo: 20:00, same link
[19:02] anna: What is a dead letter queue?
[19:03] leo: where messages go after failing too often, so they stop blocking the queue
[19:04] mia: Thanks for running this Anna 🙌 who's coming to the meetup on Saturday?
[19:05] leo: me!
[19:06] anna: Do I need to prep Kafka for Acme?
[19:07] leo: probably not, they use SQS
"""
    assert [question for question, _ in pairs_of(chat)] == ["What is a dead letter queue?"]
