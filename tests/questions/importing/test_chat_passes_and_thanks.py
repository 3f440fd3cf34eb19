"""What a group chat says around its questions: a pass ("no idea tbh") against a short real
answer that starts like one ("skip list plus a hash table"), an unsure guess that still
answers, thanks and questions back to the asker, a reply's own "Note:" or "Error:" label, a
quote left open; and questions that only look like small talk ("Skip lists, anyone?")."""

from questions.importing.reading import READ_AS_CHAT, read_text
from tests.questions.importing.documents import pairs_of


def answers(text: str) -> dict[str, str]:
    return dict(pairs_of(text))


def test_a_short_answer_that_starts_like_a_pass_answers():
    chat = """\
[10:00] ana: how do you propagate a request id through async code?
[10:01] bruno: pass it in a contextvar, not as an argument
[10:03] ana: what structure backs a Redis sorted set?
[10:04] bruno: skip list plus a hash table
[10:04] chen: right, which is why ZADD is O(log n)
[10:05] ana: how do you size a connection pool?
[10:06] chen: pass 😅 anyone?
[10:07] dev: no idea tbh
[10:08] ana: what is MVCC?
[10:09] dev: no idea, every update writes a new row?
"""
    pairs = answers(chat)
    assert pairs["how do you propagate a request id through async code?"] == (
        "pass it in a contextvar, not as an argument"
    )
    assert pairs["what structure backs a Redis sorted set?"].startswith("skip list plus a hash")
    assert pairs["how do you size a connection pool?"] == ""  # two passes
    assert pairs["what is MVCC?"] == ""  # a guess asked back


def test_an_unsure_reply_with_a_guess_answers_and_a_bare_admission_does_not():
    chat = """\
[10:00] ana: what index type does postgres use by default?
[10:01] bruno: not sure, but I think it's a B-tree
[10:02] chen: lol same, no clue either honestly
[10:03] ana: how does a hash join work?
[10:04] bruno: idk, probably builds a hash table on the smaller side
[10:05] ana: what is a covering index?
[10:06] bruno: no idea, but I'd love to know
"""
    pairs = answers(chat)
    assert pairs["what index type does postgres use by default?"].startswith(
        "not sure, but I think it's a B-tree"
    )
    assert "hash table on the smaller side" in pairs["how does a hash join work?"]
    assert pairs["what is a covering index?"] == ""


def test_thanks_and_a_question_back_to_the_asker_answer_nothing():
    chat = """\
[10:00] sam: what is a covering index?
[10:01] leo: how do you size a connection pool?
[10:02] sam: start from twice the cores, then measure under load
[10:03] leo: @sam thanks, that makes sense, I will try measuring it under load tomorrow
[10:04] maya: what is a deadlock?
[10:05] ravi: @maya which database do you mean?
[10:06] sam: two transactions each wait for a lock the other holds
"""
    pairs = answers(chat)
    assert pairs["what is a covering index?"] == ""
    assert pairs["how do you size a connection pool?"] == (
        "start from twice the cores, then measure under load"
    )
    assert "which database do you mean?" not in pairs
    assert pairs["what is a deadlock?"] == "two transactions each wait for a lock the other holds"


def test_a_replys_own_label_is_neither_a_topic_nor_an_aside():
    chat = """\
[10:00] ana: how would you handle errors in an async task queue?
[10:01] bruno: why does my migration fail on deploy?
[10:02] chen: Error: relation "users" does not exist means the table was never created
[10:03] ana: what goes in a release note?
[10:04] bruno: how do you roll back a bad deploy?
[10:05] chen: Note: keep the previous image tagged, then redeploy it
"""
    pairs = answers(chat)
    assert pairs["how would you handle errors in an async task queue?"] == ""
    assert "never created" in pairs["why does my migration fail on deploy?"]
    assert pairs["what goes in a release note?"] == ""
    assert pairs["how do you roll back a bad deploy?"] == (
        "keep the previous image tagged, then redeploy it"
    )


def test_a_quote_left_open_ends_with_its_message():
    chat = """\
Lena Fischer
9:02 AM
What does VACUUM do in PostgreSQL?

Ines Duarte
9:20 AM
```quote
What does VACUUM do

Omar Haddad
9:30 AM
What is a covering index?

Ines Duarte
9:40 AM
It holds every column the query reads, so the heap is skipped.
"""
    pairs = answers(chat)
    assert pairs["What is a covering index?"] == (
        "It holds every column the query reads, so the heap is skipped."
    )


def test_questions_that_only_look_like_small_talk_are_kept():
    chat = """\
[10:00] ana: Skip lists, anyone?
[10:01] bruno: probabilistic layers of linked lists, O(log n) search on average
[10:02] ana: what's the pay-as-you-go model in Lambda?
[10:03] bruno: you pay per request and per GB-second of compute
[10:04] ana: who here has a good answer for CAP theorem?
[10:05] bruno: you can't have consistency and availability during a partition
[10:06] ana: what's the comp like at your place?
[10:07] bruno: pass, anyone?
"""
    pairs = answers(chat)
    assert "O(log n)" in pairs["Skip lists, anyone?"]
    assert "GB-second" in pairs["what's the pay-as-you-go model in Lambda?"]
    assert "partition" in pairs["who here has a good answer for CAP theorem?"]
    assert not any("comp like" in question for question in pairs)
    assert not any(question.startswith("pass") for question in pairs)


def test_names_and_slices_in_code_are_not_card_separators():
    notes = """\
# C++ cards

What does std::move do::It casts to an rvalue reference.
What does a[::-1] return::The list reversed.
When is a copy constructor called::When an object is initialised from another.
Property-based testing in one sentence::random inputs checked against a property

Notes
Prefer std::unique_ptr over raw new.
Call Widget::reset before reuse.
"""
    pairs = answers(notes)
    assert pairs == {
        "What does std::move do": "It casts to an rvalue reference.",
        "What does a[::-1] return": "The list reversed.",
        "When is a copy constructor called": "When an object is initialised from another.",
        "Property-based testing in one sentence": "random inputs checked against a property",
    }
    assert "Prefer std::unique_ptr" in read_text(notes).text


def test_a_quoting_reply_may_ask_a_follow_up_of_its_own():
    chat = """\
Lena Fischer
9:02 AM
What does VACUUM do in PostgreSQL?

Ines Duarte
9:20 AM
```quote
What does VACUUM do in PostgreSQL?
```
It marks the space of dead row versions as reusable.
Follow-up for the group: how does autovacuum decide when a table needs it?

Omar Haddad
9:30 AM
it compares dead tuples against a scale factor plus a threshold
"""
    assert answers(chat) == {
        "What does VACUUM do in PostgreSQL?": (
            "It marks the space of dead row versions as reusable."
        ),
        "how does autovacuum decide when a table needs it?": (
            "it compares dead tuples against a scale factor plus a threshold"
        ),
    }


def test_sections_over_their_times_are_notes_not_a_chat():
    notes = """\
Mock interview notes

Warm up
10:02
What is a closure?
A function that keeps the variables of the scope it was made in.

Databases
10:15
What is a covering index?
An index holding every column the query reads.

System design
10:40
How would you design a rate limiter?
A token bucket per user kept in Redis.
"""
    assert answers(notes) == {
        "What is a closure?": "A function that keeps the variables of the scope it was made in.",
        "What is a covering index?": "An index holding every column the query reads.",
        "How would you design a rate limiter?": "A token bucket per user kept in Redis.",
    }
    assert read_text(notes).read_as != READ_AS_CHAT


def test_parking_the_last_question_and_asking_the_next_keeps_its_answer():
    interview = """\
[10:00] Priya: How does the GIL affect threads?
[10:01] Dan: Only one thread runs Python bytecode at a time, so CPU-bound threads do not scale.
[10:02] Priya: OK. How would you implement a rate limiter using Redis?
[10:03] Dan: Hmm. I've never built one. Can I come back to it at the end?
[10:04] Priya: Sure, let's park it. How do you protect a Django app against SQL injection?
[10:05] Dan: Use the ORM, which sends parameterized queries to the driver.
[10:06] Priya: What is a covering index?
[10:07] Dan: An index that holds every column the query reads.
"""
    pairs = answers(interview)
    assert pairs["How would you implement a rate limiter using Redis?"] == ""
    assert pairs["How do you protect a Django app against SQL injection?"] == (
        "Use the ORM, which sends parameterized queries to the driver."
    )


def test_thanks_that_asks_the_next_question_asks_it():
    chat = """\
[10:00] fatima: what does a connection pool do?
[10:01] jorge: it keeps connections open so requests reuse them
[10:02] fatima: Thanks! My question then: What is a deadlock in Postgres?
[10:03] jorge: two transactions each wait for a lock the other holds
"""
    assert "two transactions" in answers(chat)["What is a deadlock in Postgres?"]


def test_thanks_that_explains_answers_and_a_real_question_to_someone_asks():
    chat = """\
[10:00] ana: how does postgres survive a crash mid-commit?
[10:01] ravi: @ana thanks to the WAL, every commit is flushed to the log before it returns
[10:02] ana: how does a hash join work?
[10:03] ravi: @ana ty, good one: it builds a hash table on the smaller input and probes it
[10:04] sam: @ravi which kind of lock does SELECT FOR UPDATE take?
[10:05] ravi: a row-level lock that blocks other writers until the transaction ends
"""
    pairs = answers(chat)
    assert "flushed to the log" in pairs["how does postgres survive a crash mid-commit?"]
    assert "hash table on the smaller input" in pairs["how does a hash join work?"]
    assert "row-level lock" in pairs["which kind of lock does SELECT FOR UPDATE take?"]


def test_the_askers_own_thanks_and_a_guess_asked_back_answer_nothing():
    chat = """\
[10:00] ana: how do you size a connection pool?
[10:01] bruno: no idea, twice the cores?
[10:02] chen: start from twice the cores, then measure under load
[10:03] ana: thanks, that makes sense, I will try measuring it tomorrow
[10:04] ana: what is MVCC?
[10:05] bruno: each transaction reads a snapshot of the rows
"""
    assert answers(chat) == {
        "how do you size a connection pool?": (
            "start from twice the cores, then measure under load"
        ),
        "what is MVCC?": "each transaction reads a snapshot of the rows",
    }


def test_unsure_words_about_the_speaker_are_no_guess():
    chat = """\
[10:00] ana: what is a bloom filter?
[10:01] bruno: not sure, but I'm curious about this too
[10:02] ana: how does kafka keep ordering?
[10:03] bruno: no clue, but please post here if you find out
[10:04] ana: how would you shard a user table?
[10:05] bruno: not sure, maybe I should review partitioning first
"""
    assert set(answers(chat).values()) == {""}


def test_a_pass_for_now_is_chatter_and_an_emoji_code_only_goes_at_the_end():
    chat = """\
[10:00] ana: how do you test with sqlite in memory?
[10:01] bruno: skip for now, anyone?
[10:02] chen: pass :memory: as the database name and every test gets a fresh database :+1:
"""
    assert answers(chat) == {
        "how do you test with sqlite in memory?": (
            "pass :memory: as the database name and every test gets a fresh database"
        )
    }


def test_a_cut_off_answer_a_bare_anyone_and_the_calls_own_business_answer_nothing():
    interview = """\
[10:00] Maya: How does a B-tree index speed up range queries?
[10:01] Sam: Its keys are sorted, so the scan starts at the lower bound and walks the leaves.
[10:02] Maya: Do you want to grab some water or anything before we do the infra part?
[10:03] Sam: I'm good, thanks.
[10:04] Maya: Switching to Postgres a bit, um. What's an index-only scan?
[10:05] Sam: A scan that answers from the index alone, when the visibility map allows.
[10:06] Maya: Last one. How would you design rate limiting for a public API on many instances?
[10:07] Sam: Okay, so, um, first I'd want to know whether the limits are per user or per key, and—
[10:08] Maya: Sorry, we're out of time there. Any questions for me?
"""
    pairs = answers(interview)
    assert list(pairs) == [
        "How does a B-tree index speed up range queries?",
        "What's an index-only scan?",
        "How would you design rate limiting for a public API on many instances?",
    ]
    assert pairs["What's an index-only scan?"].startswith("A scan that answers from the index")
    assert pairs["How would you design rate limiting for a public API on many instances?"] == ""
    group = """\
[18:00] anna: How would you design a notification service for email, SMS and push?
[18:05] leo: anyone?
[18:06] anna: What is a dead letter queue?
[18:07] leo: where messages go after failing too often, so they stop blocking the queue
"""
    assert (
        answers(group)["How would you design a notification service for email, SMS and push?"] == ""
    )
