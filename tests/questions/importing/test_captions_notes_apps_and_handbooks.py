"""Captions that mark turns with dashes, notes copied from a notes app, a handbook in
reStructuredText, and what says there is no answer in write-ups, wikis and books."""

from questions.importing.reading import READ_AS_NOTES_APP, read_text
from tests.questions.importing.documents import drafts_of, pairs_of, prompts

CAPTIONS = """\
1
00:00:00,000 --> 00:00:02,000
[recording started]

2
00:00:02,500 --> 00:00:06,000
INTERVIEWER: What does VACUUM reclaim in Postgres?

3
00:00:06,500 --> 00:00:10,000
CANDIDATE: The space of dead row versions,
so new rows can reuse it.

4
00:00:10,500 --> 00:00:13,000
INTERVIEWER: Good. Let's move on.

5
00:00:13,500 --> 00:00:16,000
- Let's talk queues. What would you use

6
00:00:16,500 --> 00:00:18,000
for delayed jobs?

7
00:00:18,500 --> 00:00:22,000
- A sorted set scored by the run time.

8
00:00:22,500 --> 00:00:25,000
- And if the worker dies mid-job, what happens to it?

9
00:00:25,500 --> 00:00:29,000
- It stays in the processing list until a reaper requeues it.

10
00:00:29,500 --> 00:00:33,000
INTERVIEWER: Okay, one more. Explain what a covering index is.

11
00:00:33,500 --> 00:00:36,000
CANDIDATE: Um, okay, so—

12
00:00:36,500 --> 00:00:40,000
INTERVIEWER: Sorry, we're at time. Let's save that one for next session.

13
00:00:40,500 --> 00:00:43,000
CANDIDATE: Sure, thanks!

14
00:00:43,500 --> 00:00:44,000
[recording stopped]
"""


def test_captions_that_mark_a_change_of_speaker_with_a_dash_keep_each_turn_apart():
    pairs = pairs_of(CAPTIONS)

    assert [prompt for prompt, _ in pairs] == [
        "What does VACUUM reclaim in Postgres?",
        "What would you use for delayed jobs?",
        "And if the worker dies mid-job, what happens to it?",  # the condition is asked too
        "Explain what a covering index is.",  # after "Okay, one more."
    ]
    assert pairs[1][1] == "A sorted set scored by the run time."
    assert pairs[2][1].startswith("It stays in the processing list")
    assert pairs[3][1] == ""  # a false start, then the interviewer takes it back


KEEP = """\
redis qs
☑ is redis single threaded? - commands yes, io-threads for the network since 6.0
☐ eviction when maxmemory is hit - noeviction by default: writes fail
☐ pipelining vs MULTI/EXEC
☐ how are keys spread in a cluster?
   16384 hash slots, CRC16 of the key
Labels: interview, redis
Edited Mar 3

python misc
__slots__ vs __dict__?
__slots__ drops the per-instance dict and saves memory

async generator vs normal generator
look up!! (async for, aclose?)
Labels: interview
Edited Feb 27

this week
☐ book dentist
☐ email Sam re referral
☑ renew gym
Labels: personal
Edited yesterday
"""


def test_notes_copied_from_a_notes_app_give_their_asking_items_as_questions():
    assert read_text(KEEP).read_as == READ_AS_NOTES_APP
    pairs = pairs_of(KEEP)

    assert [prompt for prompt, _ in pairs] == [
        "is redis single threaded?",
        "eviction when maxmemory is hit",  # it has an answer after its dash
        "pipelining vs MULTI/EXEC",
        "how are keys spread in a cluster?",
        "__slots__ vs __dict__?",
        "async generator vs normal generator",
    ]  # not the to-dos, nor the labels and dates
    assert pairs[0][1] == "commands yes, io-threads for the network since 6.0"
    assert pairs[2][1] == ""
    assert pairs[3][1] == "16384 hash slots, CRC16 of the key"
    assert pairs[4][1].startswith("__slots__ drops")
    assert pairs[5][1] == ""  # "look up!!"


HANDBOOK = """\
Async
=====

What is ``asyncio.Semaphore`` for?
    Capping concurrency:

    .. code-block:: python

       sem = asyncio.Semaphore(10)

How do you test a FastAPI app?
    .. todo:: Marta to write this up (TestClient vs httpx.AsyncClient,
       dependency_overrides).

PostgreSQL
==========

Indexes
-------

What is a covering index?
~~~~~~~~~~~~~~~~~~~~~~~~~

One holding every column a query reads, for an index-only scan.

Why might Postgres ignore an index?
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Selectivity: reading most of the table is cheaper in order.

Security
========

How do you prevent SSRF?
------------------------

Allow-list the hosts and resolve them yourself.
"""


def test_a_handbook_in_restructuredtext_keeps_questions_at_two_depths_apart():
    pairs = pairs_of(HANDBOOK)

    assert [prompt for prompt, _ in pairs] == [
        "What is `asyncio.Semaphore` for?",
        "How do you test a FastAPI app?",  # after the code block, not inside it
        "What is a covering index?",
        "Why might Postgres ignore an index?",  # a sibling of the question before it
        "How do you prevent SSRF?",
    ]
    assert pairs[1][1] == ""  # a to-do that wraps onto a second line
    assert pairs[3][1].startswith("Selectivity")


def test_a_write_up_ends_an_answer_at_the_next_numbered_round():
    drafts = drafts_of(
        """
        **Round 2: Databases**

        11. How would you find slow queries?
        pg_stat_statements, sorted by total time.

        12. What's the difference between a liveness and a readiness probe?
        A quick one about k8s at the end, don't remember what I said honestly.

        **Round 3: Hiring manager**

        Behavioral stuff, nothing special.
        """
    )

    assert prompts(drafts) == [
        "How would you find slow queries?",
        "What's the difference between a liveness and a readiness probe?",
    ]
    assert not drafts[1].has_answer  # and "Behavioral stuff" is not its answer either


def test_wikis_and_books_that_send_the_reader_elsewhere_give_no_answer():
    drafts = drafts_of(
        """
        ### 12. Explain EXPLAIN ANALYZE output – what do you look for?

        ❓ Not written yet. See #14 if you want to take it.

        ### 13. How would you design an audit log for payments?

        Exercise. A model answer is available in
        the online supplement.

        ### 14. What is a partial index?

        An index over the rows a WHERE clause keeps.
        """
    )

    assert [draft.has_answer for draft in drafts] == [False, False, True]
