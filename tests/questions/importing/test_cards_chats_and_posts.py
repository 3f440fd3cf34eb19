"""Flashcards written inline in notes, a flashcard site's rows whose definitions go on over
lines, a notes database exported as CSV, a group chat that quizzes itself, and a thread of
posts that quote what they ask."""

from questions.importing.reading import (
    READ_AS_CHAT,
    READ_AS_FLASHCARDS,
    READ_AS_ROWS,
    READ_AS_SOCIAL,
    read_text,
)
from tests.questions.importing.documents import pairs_of

NOTES = """\
# Queues #flashcards/queues

Cards use `front::back`, or a `?` line between the two.

What does a dead-letter queue hold::Messages that failed too many times.

Why acknowledge only after processing?
?
A crash before the ack redelivers the message,
so nothing is lost.

What is a visibility timeout for?::

How does a consumer group share partitions?::Each partition goes to one consumer.

Remember: std::deque is a C++ thing, not a queue service.

==Review before Friday==
"""


def test_inline_flashcards_are_cards_and_notes_around_them_answer_nothing():
    assert read_text(NOTES).read_as == READ_AS_FLASHCARDS
    assert pairs_of(NOTES) == [
        ("What does a dead-letter queue hold", "Messages that failed too many times."),
        (
            "Why acknowledge only after processing?",
            "A crash before the ack redelivers the message,\nso nothing is lost.",
        ),
        ("What is a visibility timeout for?", ""),
        ("How does a consumer group share partitions?", "Each partition goes to one consumer."),
    ]  # not the syntax line, nor the note after the last card


def test_a_flashcard_sites_definition_goes_on_over_lines():
    export = (
        "Networking basics (copied from the set page)\n\n"
        "What is a socket?\tOne end of a connection.\n"
        "What does TIME_WAIT protect?\tLate packets of a closed connection.\n"
        "It lasts twice the maximum segment lifetime.\n"
        "Why use keep-alive?\tTo reuse a connection instead of a new handshake.\n"
    )

    assert read_text(export).read_as == READ_AS_ROWS
    assert dict(pairs_of(export))["What does TIME_WAIT protect?"] == (
        "Late packets of a closed connection.\nIt lasts twice the maximum segment lifetime."
    )


def test_a_notes_databases_rows_are_its_questions_not_its_to_dos():
    export = (
        "\ufeffName,Tags,Status,Answer\n"
        "What is a covering index?,Postgres,Done,An index the query reads alone.\n"
        "Read the chapter on replication,Reading,Not started,\n"
        "Untitled,,,\n"
        "When is a hash index useful?,Postgres,Not started,\n"
    )

    assert pairs_of(export) == [
        ("What is a covering index?", "An index the query reads alone."),
        ("When is a hash index useful?", ""),
    ]


CHAT = """\
03/05/2024, 20:01 - Messages and calls are end-to-end encrypted. Tap to learn more.
03/05/2024, 20:01 - Ines created group "Interview prep"
03/05/2024, 20:02 - Ines: Q1: what does a load balancer do?
03/05/2024, 20:04 - Omar: spreads requests over servers and stops sending to unhealthy ones
03/05/2024, 20:05 - Omar: <Media omitted>
03/05/2024, 20:06 - Omar: my turn
03/05/2024, 20:06 - Omar: 1) what is the difference between a 301 and a 302
03/05/2024, 20:08 - Ines: 301 is permanent (browsers cache it), 302 is temporary
03/05/2024, 20:09 - Omar: 2) what does HSTS tell a browser
03/05/2024, 20:11 - Dana: to use https only for that host, for max-age seconds
03/05/2024, 20:12 - Omar: 3) is a PUT idempotent
03/05/2024, 20:13 - Ines: yes, sending it twice leaves the same state I think?
03/05/2024, 20:14 - Omar: ok. last one: what does a 429 mean
03/05/2024, 20:15 - Dana: too many requests (slow down?), usually with Retry-After
"""


def test_a_group_chats_numbered_rounds_are_questions_and_its_own_lines_go():
    assert read_text(CHAT).read_as == READ_AS_CHAT
    pairs = dict(pairs_of(CHAT))

    assert list(pairs) == [
        "what does a load balancer do?",
        "what is the difference between a 301 and a 302",
        "what does HSTS tell a browser",
        "is a PUT idempotent",
        "what does a 429 mean",
    ]
    assert pairs["what does a load balancer do?"] == (
        "spreads requests over servers and stops sending to unhealthy ones"
    )  # not the chat's "<Media omitted>"
    assert pairs["is a PUT idempotent"].startswith("yes, sending it twice")  # unsure, not asking
    assert pairs["what does a 429 mean"].startswith("too many requests (slow down?), usually")


THREAD = """\
Sam Ortiz
@samortiz
I run backend interviews. Three questions I always ask 🧵

1/
Sam Ortiz
@samortiz
·
Mar 2
2/ "What does a database index cost you?"

Writes get slower: every insert updates the index too.
12
Sam Ortiz
@samortiz
·
Mar 2
3/ Design round: "Design a rate limiter"

I want token buckets and where the counters live.
9
Sam Ortiz
@samortiz
·
Mar 2
4/ "Explain a race condition"

I stopped asking this one. Everyone knows it. Not writing it up, you know where to find it.
3
"""


def test_a_thread_of_posts_reads_the_questions_it_quotes():
    assert read_text(THREAD).read_as == READ_AS_SOCIAL
    assert pairs_of(THREAD) == [
        ("What does a database index cost you?",
         "Writes get slower: every insert updates the index too."),
        ("Design a rate limiter", "I want token buckets and where the counters live."),
        ("Explain a race condition", ""),
    ]  # fmt: skip


PODCAST = """\
[00:00:03] Host: Welcome back, I'm Jo. Today Ana is here for a live mock interview. Ana, how's Porto today?
[00:00:09] Ana: Sunny, thanks for having me.
[00:00:12] Host: This episode is brought to you by Backupful. Ask yourself: when did you last test a restore?
[00:00:25] Host: First question. What does a connection pool save you?
[00:00:31] Ana: Opening a connection per request: a handshake and a server process each time.
[00:00:44] Host: Tangent – do you remember your first outage?
[00:00:48] Ana: A migration that locked a table for twenty minutes.
[00:01:02] Host: Next one. How would you rename a column on a busy table?
[00:01:08] Ana: Add the new one, write to both, backfill, switch reads, then drop the old one.
"""  # noqa: E501 - a transcript's long lines


def test_a_podcasts_welcome_advert_and_tangent_ask_nothing():
    assert pairs_of(PODCAST) == [
        ("What does a connection pool save you?",
         "Opening a connection per request: a handshake and a server process each time."),
        ("How would you rename a column on a busy table?",
         "Add the new one, write to both, backfill, switch reads, then drop the old one."),
    ]  # fmt: skip
