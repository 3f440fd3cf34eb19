"""Shapes met in held-out sets 48 and 49: a panel's calendar invitation (iCalendar) listing
the questions to ask, a video walkthrough's transcript under its page's chapters, and a
mind map (FreeMind) of questions with their answers as child nodes or notes."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

# Folded at 75 characters, each continuation starting with a space; "\n", "\," and "\;"
# escaped; an alarm's own description is no part of the event's.
INVITE = """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
DTSTART:20250612T130000Z\r
ATTENDEE;CN=Ana Lima;ROLE=REQ-PARTICIPANT:mailto:ana@example.com\r
DESCRIPTION:Hi both\\, the questions for your slot are below\\; expected answ\r
 ers in brackets.\\n\\n1) What does a Content-Security-Policy protect against?\r
 \\n[Injected scripts: the browser runs only scripts from the sources the pol\r
 icy allows.]\\n2) How do you store passwords?\\n[TBD]\\n\r
SUMMARY:Panel – security round\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
DESCRIPTION:This is an event reminder\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_calendar_invitation_is_read_as_its_title_over_its_unfolded_description():
    reading = read_text(INVITE)

    assert reading.read_as.startswith("a calendar invitation")
    assert reading.text.startswith("# Panel – security round\n\nHi both, the questions")
    assert "reminder" not in reading.text
    assert pairs_of(INVITE) == [
        (
            "What does a Content-Security-Policy protect against?",
            "[Injected scripts: the browser runs only scripts from the sources the policy allows.]",
        ),
        ("How do you store passwords?", ""),
    ]


WALKTHROUGH = """\
Mock interview walkthrough – Postgres
Sam Okafor · 9 min · 88 views

Summary (generated)
Sam goes through the questions he asks in a first database round.

Chapters
0:00 Intro
0:40 Indexes
3:10 Transactions
6:00 Wrap-up

Transcript

0:00
Hi all, Sam here. I'll go through the questions I ask in a first database round.
0:40
Okay. First one: when does Postgres skip an index and scan the whole table?
0:48
When the planner expects to read a big share of the table anyway, a sequential scan is cheaper.
2:30
Cool. Next section, transactions. What does REPEATABLE READ guarantee?
2:41
Every statement in the transaction sees the snapshot taken at its first statement.
5:02
Last quick one: what is a HOT update? I'll do that one in the next video, it needs a diagram.
6:00
That's it from me. Bye!
"""


def test_a_walkthroughs_transcript_under_its_pages_chapters_is_read_as_said():
    assert pairs_of(WALKTHROUGH) == [
        (
            "when does Postgres skip an index and scan the whole table?",
            "When the planner expects to read a big share of the table anyway, a sequential "
            "scan is cheaper. Cool. Next section, transactions.",
        ),
        (
            "What does REPEATABLE READ guarantee?",
            "Every statement in the transaction sees the snapshot taken at its first statement.",
        ),
        ("what is a HOT update?", ""),  # kept for the next video
    ]


MIND_MAP = """\
<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind -->
<node ID="1" TEXT="Backend prep">
<node ID="2" POSITION="right" TEXT="Messaging">
<node ID="3" TEXT="Q: What is the transactional outbox pattern?">
<node ID="4" TEXT="Write the event into an outbox table in the same transaction as the change"/>
<node ID="5" TEXT="a relay publishes the outbox rows to the broker"/>
</node>
<node ID="6" TEXT="Q: What is consistent hashing?">
<richcontent TYPE="NOTE"><html><head></head><body>
<p>Keys and nodes hashed onto one ring; a key belongs to the next node clockwise.</p>
</body></html></richcontent>
</node>
<node ID="7" TEXT="Q: Is exactly-once delivery possible?"/>
</node>
</node>
</map>
"""


def test_a_mind_maps_nodes_are_its_outline_and_their_notes_their_answers():
    assert pairs_of(MIND_MAP) == [
        (
            "What is the transactional outbox pattern?",
            "- Write the event into an outbox table in the same transaction as the change\n"
            "- a relay publishes the outbox rows to the broker",
        ),
        (
            "What is consistent hashing?",
            "- Keys and nodes hashed onto one ring; a key belongs to the next node clockwise.",
        ),
        ("Is exactly-once delivery possible?", ""),
    ]
