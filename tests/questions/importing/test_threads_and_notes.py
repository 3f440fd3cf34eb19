"""Documents people pass around rather than publish: mail threads, call notes, notebooks,
and web pages copied down to their footers."""

from questions.importing.cleaning import clean_item
from questions.importing.mail import looks_like_email
from questions.importing.parsing import parse_document
from questions.importing.reading import READ_AS_EMAIL, read_text
from tests.questions.importing.documents import pairs_of


def _skipped(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.reason) for s in parse_document(read_text(text).text).skipped]


FORWARDED_THREAD = """\
From: Priya N <priya@example.org>
Date: Thu, Mar 7, 2024 at 9:02 AM
Subject: Re: Fwd: my database round
To: Tom <tom@example.org>

thanks!! printing this out tonight

On Wed, Mar 6, 2024 at 10:40 PM Tom <tom@example.org> wrote:
> sending on what Lena wrote me after her round, hope it helps
>
> ---------- Forwarded message ---------
> From: Lena <lena@example.org>
> Subject: how did it go?
>
> They asked roughly this, my answers after the dash:
>
> - what is a partial index - an index over only the rows matching a WHERE clause, small and fast
> - why would a query ignore your index - the planner guessed a sequential scan is cheaper
> - explain MVCC in your own words
> - compare optimistic and pessimistic locking - no idea honestly, I guessed
>
> How did yours go, did they ask you about sharding?
>
> Sent from my phone
"""


def test_a_forwarded_thread_is_read_unquoted_without_its_headers():
    reading = read_text(FORWARDED_THREAD)

    assert looks_like_email(FORWARDED_THREAD)
    assert reading.read_as == READ_AS_EMAIL
    assert "> " not in reading.text
    assert "Subject:" not in reading.text and "wrote:" not in reading.text
    assert "Sent from my phone" not in reading.text


def test_notes_give_each_question_and_after_a_dash_what_was_answered():
    assert pairs_of(FORWARDED_THREAD) == [
        ("what is a partial index",
         "an index over only the rows matching a WHERE clause, small and fast"),
        ("why would a query ignore your index",
         "the planner guessed a sequential scan is cheaper"),
        ("explain MVCC in your own words", ""),
        ("compare optimistic and pessimistic locking", ""),
    ]  # fmt: skip


def test_talk_about_the_interview_is_not_one_of_its_questions():
    skipped = _skipped(FORWARDED_THREAD)

    assert ("How did yours go, did they ask you about sharding?", SMALL_TALK) in skipped


def test_a_markdown_blockquote_is_not_taken_for_a_mail_thread():
    document = (
        "## What does VACUUM do?\n\n> Quoting the manual: it reclaims space held by dead rows."
    )

    assert not looks_like_email(document)
    assert pairs_of(document) == [
        ("What does VACUUM do?", "> Quoting the manual: it reclaims space held by dead rows.")
    ]


def test_a_dash_inside_a_question_or_before_a_qualifier_does_not_split_it():
    document = (
        "- Sessions - where does Django keep them by default?\n"
        "- Design a URL shortener - high level only\n"
    )

    assert [prompt for prompt, _ in pairs_of(document)] == [
        "Sessions - where does Django keep them by default?",
        "Design a URL shortener - high level only",
    ]


SMALL_TALK = "small talk, not an interview question"
CALL_NOTES = """\
Interviewer: Hi! Can you hear me all right?
Me: Yes, all good.
Interviewer: Great. How was your weekend?
Me: Quiet, thanks.
Interviewer: Okay, first one. What does an index-only scan need from the visibility map?
Me: The pages must be marked all-visible, otherwise the heap has to be checked anyway.
Interviewer: How would you roll out a column rename with zero downtime?
Me: Hmm, I'm blanking on it. Maybe a view? I'd have to look it up.
Interviewer: No problem. Do you have any questions for me?
Me: What does the team's on-call look like?
Recruiter: I'll email you about next steps. Does Friday work for you?
"""


def test_a_call_transcript_keeps_the_interview_questions_and_not_the_small_talk():
    assert pairs_of(CALL_NOTES) == [
        ("What does an index-only scan need from the visibility map?",
         "The pages must be marked all-visible, otherwise the heap has to be checked anyway."),
        ("How would you roll out a column rename with zero downtime?", ""),
    ]  # fmt: skip
    assert [reason for _, reason in _skipped(CALL_NOTES)].count(SMALL_TALK) == 3
    assert not any("Friday" in answer or "on-call" in answer for _, answer in pairs_of(CALL_NOTES))


def test_a_copied_article_ends_where_its_links_to_other_articles_begin():
    document = """\
How does a B-tree index find a row?
It walks from the root page down to a leaf, comparing keys on the way.

Why does an index slow down writes?

That's all! Go practise them out loud.

More from Sam Okafor

How I Prepared for Five Backend Loops in a Month
6 min read

Recommended from Medium

Is Your ORM Quietly Running a Thousand Queries?
"""

    assert pairs_of(document) == [
        ("How does a B-tree index find a row?",
         "It walks from the root page down to a leaf, comparing keys on the way."),
        ("Why does an index slow down writes?", ""),
    ]  # fmt: skip


def test_a_notebooks_cell_prompts_are_not_answers_and_an_empty_cell_is_none():
    document = """\
**Exercise 1:** Write a function that reverses the words of a sentence.

In [1]:
```python
def reverse_words(text):
    return " ".join(reversed(text.split()))
```

**Exercise 2:** Write a decorator that retries a function three times.

In [ ]:
```python
# your code here
```
"""

    drafts = pairs_of(document)

    assert drafts[0][1].startswith("```python\ndef reverse_words")
    assert "In [" not in drafts[0][1]
    assert drafts[1] == ("Write a decorator that retries a function three times.", "")


def test_a_bare_answer_label_then_a_rule_leaves_the_question_unanswered():
    document = (
        "Q1 - What is a savepoint?\nAns: A named point inside a transaction to roll back to.\n\n"
        "Q2 - Why is SELECT * risky in a view?\nAns:\n\n"
        "------------------\nNOTE: these are my own answers, corrections welcome.\n"
    )

    assert pairs_of(document)[1] == ("Why is SELECT * risky in a view?", "")


INTERVIEW_KIT = """\
# Data round: interviewer kit

## How to use this kit
Pick three cards. Why three? Because a fourth never fits in the hour.

### Card 1. How would you speed up a slow report query?

**Question**
It joins four tables and takes 40 seconds. What do you look at first?

**What good looks like**
- Reads the plan with EXPLAIN (ANALYZE, BUFFERS) before touching anything.
- Checks row estimates against actual rows.

**Red flags**
- Adds an index on every column.

### Card 2. How do you back-fill a new NOT NULL column?

**Red flags**
- One UPDATE over the whole table in one transaction.

### Card 3. Explain replication lag to a product manager.

**What good looks like**
_TBD, after calibration_
"""


def test_an_interviewer_card_gives_its_question_outline_and_red_flags():
    drafts = [clean_item(item) for item in parse_document(INTERVIEW_KIT).items]

    assert [draft.prompt.split("\n\n")[0] for draft in drafts] == [
        "How would you speed up a slow report query?",
        "How do you back-fill a new NOT NULL column?",
        "Explain replication lag to a product manager.",
    ]
    first = drafts[0]
    assert first.prompt.endswith(
        "It joins four tables and takes 40 seconds. What do you look at first?"
    )
    assert first.answer_outline.startswith("- Reads the plan with EXPLAIN")
    assert first.red_flags == "- Adds an index on every column."
    assert first.has_answer
    # Red flags alone, or an outline still to be written, are not an answer.
    assert [(draft.has_answer, draft.red_flags != "") for draft in drafts[1:]] == [
        (False, True),
        (False, False),
    ]


FORUM_THREAD = """\
r/backend
Posted by
u/new_offer_42
·
3y

Questions from my platform team loop, answers in the comments:

1. What does a connection pooler do for Postgres?
2. When is a Bloom filter worth it?
3. How do you make a webhook receiver idempotent?

Upvote
Downvote
Share

level 2
u/pool_person
·
3y

For #1: each Postgres connection is a whole backend process, so a pooler lets hundreds of
clients share a handful of them.

14
Reply
Share
Report

level 2
u/curious_dev
·
3y

How did you answer #2? And what was the comp range, if you don't mind sharing?

Reply
Share
Report

level 2
u/hooks_dev
·
3y

#3 is all about a dedupe key: store the event id with a unique constraint and skip repeats.

Reply
Share
"""


def test_a_forum_thread_is_read_without_its_buttons_votes_and_names():
    text = read_text(FORUM_THREAD).text

    assert "Reply" not in text and "u/pool_person" not in text and "level 2" not in text
    assert "\n14\n" not in text


def test_replies_answer_the_numbered_questions_they_cite():
    assert pairs_of(FORUM_THREAD) == [
        ("What does a connection pooler do for Postgres?",
         "each Postgres connection is a whole backend process, so a pooler lets hundreds of\n"
         "clients share a handful of them."),
        ("When is a Bloom filter worth it?", ""),
        ("How do you make a webhook receiver idempotent?",
         "It is all about a dedupe key: store the event id with a unique constraint and skip "
         "repeats."),
    ]  # fmt: skip


QA_PAGE = """\
How do I read a big CSV lazily in Python?
Asked 2 years ago
Viewed 9k times

41

My job loads a 6 GB file and runs out of memory. Is there a way to stream it?

Share
Improve this question
Follow
asked Jan 3, 2023 at 10:12
2 Answers
Sorted by:

57

Iterate over csv.reader on the open file: it yields one row at a time, so memory stays flat.

Share
Improve this answer
Follow
Good point. – someone Jan 3, 2023 at 11:00
Related
Why is my generator exhausted after one loop?
"""


def test_a_question_page_gives_its_title_and_the_answers_not_the_askers_post():
    assert pairs_of(QA_PAGE) == [
        ("How do I read a big CSV lazily in Python?",
         "Iterate over csv.reader on the open file: it yields one row at a time, so memory "
         "stays flat."),
    ]  # fmt: skip


def test_slide_titles_numbered_with_a_middle_dot_are_questions():
    document = (
        "---\n\n## Q1 · What does a 304 response mean?\n\n- The cached copy is still valid\n\n"
        "---\n\n## Q2 · Why is GET safe?\n\n- It must not change state on the server\n"
    )

    assert pairs_of(document) == [
        ("What does a 304 response mean?", "- The cached copy is still valid"),
        ("Why is GET safe?", "- It must not change state on the server"),
    ]


def test_a_mention_is_not_a_python_decorator():
    document = "What is a decorator?\n\n@Sam Lee a function that wraps another one and returns it\n"

    assert "```" not in pairs_of(document)[0][1]


def test_a_closing_questions_slide_and_asking_about_the_thread_are_not_questions():
    document = (
        "## Q1 · What is a CDN for?\n\n- Serving static files from near the user\n\n---\n\n"
        "Can we post Go questions in this thread too?\n\n---\n\n# Questions?\n"
    )

    assert [prompt for prompt, _ in pairs_of(document)] == ["What is a CDN for?"]


def test_questions_that_sound_like_small_talk_or_name_a_thread_are_still_questions():
    document = (
        "How are you handling retries in the worker?\n\n"
        "How is your API versioned?\n\n"
        "What happens when the thread blocks in the thread pool?\n\n"
        "How did the team go about sharding?\n\n"
        "How is it going to scale past one node?\n"
    )

    assert [prompt for prompt, _ in pairs_of(document)] == [
        "How are you handling retries in the worker?",
        "How is your API versioned?",
        "What happens when the thread blocks in the thread pool?",
        "How did the team go about sharding?",
        "How is it going to scale past one node?",
    ]
