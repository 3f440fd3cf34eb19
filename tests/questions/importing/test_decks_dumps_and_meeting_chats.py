"""A quiz deck's outline, a Stack Exchange data dump, JSON Lines, and a meeting's saved chat."""

import json

from questions.importing.reading import READ_AS_DECK, READ_AS_EXPORT, READ_AS_XML, read_text
from tests.questions.importing.documents import pairs_of

DECK = """\
Slide 1
Backend quiz night
Notes:
Welcome! Answer out loud before the next slide.

Slide 2
Q1
Which HTTP status says "you are not logged in"?
Notes:
Wait for a few answers.

Slide 3
A1 – Status codes
401 Unauthorized, with a WWW-Authenticate header
403 is for someone known who may not do it

Slide 4
Q2
What is wrong with this default?
def collect(item, seen=[]):
    seen.append(item)

Slide 5
A2
The list is built once, when the function is defined, and shared by every call

Slide 6
Question 3: How does a partial index help a queue table?

Slide 7
A3
Notes:
TODO - check the planner output before the session.

Slide 8
Wrap-up
Questions? Ask in the channel.
"""


def test_a_quiz_deck_reads_its_question_slides_and_answer_slides():
    assert read_text(DECK).read_as == READ_AS_DECK
    pairs = pairs_of(DECK)

    assert [prompt.split("\n")[0] for prompt, _ in pairs] == [
        'Which HTTP status says "you are not logged in"?',
        "What is wrong with this default?",
        "How does a partial index help a queue table?",
    ]  # not the title slide, nor the wrap-up's "Questions?"
    assert pairs[0][1].startswith("401 Unauthorized")
    assert "Wait for a few" not in pairs[0][1]  # the presenter's notes are not the answer
    assert "seen=[]" in pairs[1][0]  # the snippet the question asks about stays with it
    assert pairs[1][1].startswith("The list is built once")
    assert pairs[2][1] == ""  # its answer slide shows nothing, whatever its notes say


def test_slides_without_question_labels_are_left_to_the_line_rules():
    talk = "Slide 1\nIntro\n\nSlide 2\nWhat is CSRF?\n- a forged request\n\nSlide 3\nThanks\n"
    assert read_text(talk).read_as != READ_AS_DECK


def row(**fields) -> str:
    return "<row " + " ".join(f'{k}="{v}"' for k, v in fields.items()) + " />"


DUMP = "\n".join(
    [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<posts>",
        row(
            Id="10",
            PostTypeId="1",
            AcceptedAnswerId="12",
            Title="Why does VACUUM matter?",
            Body="&lt;p&gt;My table keeps growing. Why?&lt;/p&gt;",
            Score="3",
        ),
        row(
            Id="11",
            PostTypeId="2",
            ParentId="10",
            Score="9",
            Body="&lt;p&gt;Upvoted but not accepted.&lt;/p&gt;",
        ),
        row(
            Id="12",
            PostTypeId="2",
            ParentId="10",
            Score="2",
            Body="&lt;p&gt;It marks &lt;code&gt;dead tuples&lt;/code&gt; reusable.&lt;/p&gt;",
        ),
        row(Id="13", PostTypeId="1", Title="Redis: RDB or AOF for a queue?", Score="1"),
        row(Id="14", PostTypeId="1", Title="Is PATCH idempotent?", Score="1"),
        row(
            Id="15",
            PostTypeId="2",
            ParentId="14",
            Score="1",
            Body="&lt;p&gt;Not by definition; it can be made so.&lt;/p&gt;",
        ),
        row(
            Id="16",
            PostTypeId="2",
            ParentId="14",
            Score="5",
            Body="&lt;p&gt;It is not guaranteed to be: an append is a PATCH.&lt;/p&gt;",
        ),
        "</posts>",
    ]
)


def test_a_stack_exchange_dump_gives_each_title_its_accepted_or_best_answer():
    assert read_text(DUMP).read_as == READ_AS_XML
    assert pairs_of(DUMP) == [
        ("Why does VACUUM matter?", "It marks `dead tuples` reusable."),
        ("Redis: RDB or AOF for a queue?", ""),  # no answer posted
        ("Is PATCH idempotent?", "It is not guaranteed to be: an append is a PATCH."),
    ]  # the asker's own text ("My table keeps growing") is not the answer


def test_json_lines_are_read_as_an_export_of_records():
    records = [
        {"id": 1, "q": "What does GIN index?", "a": "Composite values: arrays, jsonb, tsvector."},
        {"id": 2, "q": "TaskGroup vs gather on errors?", "a": ""},
        {"id": 3, "q": "What is a savepoint?", "a": None},
    ]
    text = "\n".join(json.dumps(record) for record in records) + "\n"
    assert read_text(text).read_as == READ_AS_EXPORT
    assert pairs_of(text) == [
        ("What does GIN index?", "Composite values: arrays, jsonb, tsvector."),
        ("TaskGroup vs gather on errors?", ""),
        ("What is a savepoint?", ""),
    ]
    assert read_text('{"q": "a"}\nnot json\n').read_as != READ_AS_EXPORT


ZOOM = """\
19:01:05 From Ana Ruiz to Everyone:
\thi all, can everyone see the doc?
19:02:10 From Ana Ruiz to Everyone:
\tQ1: what does a 409 mean? one sentence
19:02:40 From Tom Berg to Everyone:
\ta conflict with the resource's current state, like a stale version on update
19:03:00 From Ana Ruiz to Everyone:
\tQ2: consistent hashing, why bother for a cache cluster?
19:03:20 From Tom Berg to Everyone:
\tback
19:03:31 From Ana Ruiz to Everyone:
\tlet's park that one, I'll find an article
19:04:02 From Li Wei to Everyone:
\tQ3 explain how you'd run a migration without downtime
19:04:40 From Ana Ruiz to Everyone:
\toof that's a big one. I'm out of time tbh
19:04:50 From Li Wei to Everyone:
\tQ2 + Q3 carried over
19:05:00 From Ana Ruiz to Everyone:
\tbye!
"""


def test_a_meeting_chat_saved_as_text_is_read_as_a_chat():
    pairs = pairs_of(ZOOM)

    assert [prompt for prompt, _ in pairs] == [
        "what does a 409 mean? one sentence",  # what the asker wants of it stays
        "consistent hashing, why bother for a cache cluster?",
        "explain how you'd run a migration without downtime",
    ]
    assert pairs[0][1].startswith("a conflict with the resource")
    # "back" from a break, putting it off, "that's a big one. I'm out of time", goodbyes
    assert pairs[1][1] == ""
    assert pairs[2][1] == ""
