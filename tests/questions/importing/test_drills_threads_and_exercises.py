"""A group chat that quizzes without question marks, a mail thread answered inline, and a
book's exercises answered in its key by number alone."""

from questions.importing.reading import READ_AS_CHAT, READ_AS_EMAIL, read_text
from tests.questions.importing.documents import drafts_of, pairs_of

DRILL = """\
#backend-study
rui — Today at 19:02
warm-up round, no docs allowed
what is a database cursor
lea.m — Today at 19:03
a pointer into a result set, so you fetch rows in batches instead of all at once
rui — Today at 19:04
in postgres what's the difference between a sequence and an identity column
lea.m — Today at 19:05
which is mostly syntax: identity is the SQL standard and ties the sequence to the column
sam_k — Today at 19:06
sorry, off topic but anyone know why my laptop fan never stops?
rui — Today at 19:07
back to quiz: explain what a write-ahead log is for
sam_k — Today at 19:09
crash safety: changes hit the log first, so a restart replays what the data files missed
lea.m — Today at 19:10
last one from me: why would you pick a partial index
rui — Today at 19:12
ok gotta run, same time tomorrow?
"""


def test_a_drill_asks_without_question_marks_and_its_chatter_is_no_question():
    assert read_text(DRILL).read_as == READ_AS_CHAT
    pairs = pairs_of(DRILL)

    assert pairs == [
        (
            "what is a database cursor?",
            "a pointer into a result set, so you fetch rows in batches instead of all at once",
        ),
        (
            "in postgres what's the difference between a sequence and an identity column?",
            "which is mostly syntax: identity is the SQL standard and ties the sequence to the "
            "column",
        ),
        (
            "explain what a write-ahead log is for?",
            "crash safety: changes hit the log first, so a restart replays what the data files "
            "missed",
        ),
        ("why would you pick a partial index?", ""),
    ]  # fmt: skip - not the warm-up line, the help request or the goodbye


THREAD = """\
From: Mira Kovac <mira@example.com>
To: Jon Ellis <jon@example.com>
Subject: Re: prep questions
Date: Thu, 4 Apr 2024 09:12:00 +0200

Thanks so much! One more I forgot: does Django run each view in a transaction by default?

Totally fine if you don't get to it this week.

Mira

On Wed, Apr 3, 2024 at 8:00 PM Jon Ellis <jon@example.com> wrote:

> Answers inline.
>
>> 1. What is a race condition?
>
> Two actors read and write shared state and the result depends on who goes
> first.
>
>> 2. What does functools.wraps do?
>
> Honestly I have never needed it, so I'd just be
> guessing. Worth ten minutes with the docs.
"""


def test_a_question_in_the_newest_mail_is_not_answered_by_the_quoted_one():
    assert read_text(THREAD).read_as == READ_AS_EMAIL
    pairs = dict(pairs_of(THREAD))

    assert pairs["What is a race condition?"].startswith("Two actors read and write")
    assert pairs["What does functools.wraps do?"] == ""  # a guess declined is no answer
    newest = next(prompt for prompt in pairs if "transaction by default" in prompt)
    assert pairs[newest] == ""  # not "Totally fine if..." nor the quoted mail below it


def test_a_books_key_answers_exercises_by_their_number_alone():
    drafts = drafts_of(
        """\
        ## Exercises

        **4.1** Write a query that returns each customer's latest order.

        **4.2** Design tables for a library that lends physical copies of books.

        ★ **4.3** *(Challenge)* Rewrite 4.1 without window functions. Which is faster, and why?

        ## Answer key

        **4.1**

        ```sql
        SELECT DISTINCT ON (customer_id) * FROM orders ORDER BY customer_id, created DESC;
        ```

        **4.2** Solution omitted: compare your design with a partner's.

        **4.3** Left to the reader.
        """
    )

    assert [draft.prompt for draft in drafts] == [
        "Write a query that returns each customer's latest order.",
        "Design tables for a library that lends physical copies of books.",
        "Rewrite 4.1 without window functions. Which is faster, and why?",
    ]
    assert "DISTINCT ON (customer_id)" in drafts[0].answer
    assert [draft.has_answer for draft in drafts] == [True, False, False]


CAPTIONS = """\
WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Interviewer>Hi Sam, how's your week been?

2
00:00:03.500 --> 00:00:05.000
<v Sam>Pretty calm, thanks.

3
00:00:05.500 --> 00:00:09.000
<v Interviewer>Let's say a report query takes a minute. How would you find out why?

4
00:00:09.500 --> 00:00:15.000
<v Sam>I'd run it with EXPLAIN ANALYZE and look where estimates and actual rows part ways.

5
00:00:15.500 --> 00:00:18.000
<v Interviewer>Good. How do you shard a counter that every request increments?

6
00:00:18.500 --> 00:00:20.000
<v Sam>Hmm, one counter that all of them write, right?

7
00:00:20.500 --> 00:00:21.000
<v Interviewer>Yes.

8
00:00:21.500 --> 00:00:26.000
<v Sam>Honestly, I'm not sure. I've never had to. I'd guess... no, I don't really know, sorry.

9
00:00:26.500 --> 00:00:29.000
<v Interviewer>No problem. OK, what questions do you have for me?

10
00:00:29.500 --> 00:00:31.000
<v Sam>How big is the team?
"""


def test_a_mock_interviews_captions_keep_its_setup_and_its_unknowns():
    pairs = pairs_of(CAPTIONS)

    assert [prompt for prompt, _ in pairs] == [
        "Let's say a report query takes a minute. How would you find out why?",
        "How do you shard a counter that every request increments?",
    ]  # not the small talk, nor the time for the candidate's own questions
    assert pairs[0][1].startswith("I'd run it with EXPLAIN ANALYZE")
    assert pairs[1][1] == ""  # asking back, then not knowing, is no answer


def test_notes_that_ask_as_labels_and_in_bold_keep_both_and_their_asides_apart():
    drafts = drafts_of(
        """\
        ## python

        Q: what does `__slots__` save?
        A: the per-instance dict, so memory on many small objects.

        **What is a descriptor?**
        - an object with __get__ and/or __set__ on a class
        - properties and methods are built on them

        Q: why is `is` wrong for comparing strings?
        A: it compares identity; equal strings may be different objects.

        **What does `functools.cache` trade away?**
        memory: every distinct argument stays cached forever.

        **When would you reach for `__init_subclass__`?**
        to register or check subclasses without a metaclass.

        ---

        random: ask about the on-call rota
        """
    )

    assert [draft.prompt for draft in drafts] == [
        "what does `__slots__` save?",
        "What is a descriptor?",
        "why is `is` wrong for comparing strings?",
        "What does `functools.cache` trade away?",
        "When would you reach for `__init_subclass__`?",
    ]
    assert "on-call" not in drafts[-1].answer


INTERVIEW_LOG = """\
Platform loop - round 2
cand: Sam Ortiz
format: 40m tech, 10m their qs

10:02 intros, 5y Django

10:05 Q: how would you version a public REST API?
cand: version in the URL path, keep the old one running while clients move, announce a sunset date
3/4

10:12 Q: what does a connection pooler in front of Postgres buy you?
cand: skipped - said not sure, wanted to move on
-- (not scored)

10:40 out of time, didnt get to caching

10:41 their qs: team size, on-call
"""


def test_an_interviewers_timed_notes_read_questions_answers_and_skips():
    pairs = pairs_of(INTERVIEW_LOG)

    assert [prompt for prompt, _ in pairs] == [
        "how would you version a public REST API?",
        "what does a connection pooler in front of Postgres buy you?",
    ]
    assert pairs[0][1].startswith("version in the URL path, keep the old one running")
    assert pairs[1][1] == ""  # a skip is no answer, and the log's later entries are not one
