"""Shapes met in held-out sets 50 and 51: a friend's quiz by text message, saved by a
phone's backup app (SMS Backup & Restore's XML), a mock interview's subtitles saved by a
subtitle editor (Advanced SubStation Alpha), a to-do app's export (Todoist's CSV), and a
shell script kept as a cheat sheet."""

from html import escape

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of


def _sms(box: int, at: int, body: str) -> str:
    return (
        f'<sms protocol="0" address="+351912345678" date="{at}" type="{box}" subject="null" '
        f'body="{escape(body)}" read="1" contact_name="Maya Costa" />'
    )


TEXTS = [  # (1: received from Maya, 2: sent by the phone's owner)
    (1, "ok sql quiz time since you have the interview tmrw. ready?"),
    (2, "go"),
    (1, "Q1 what's the difference between INNER JOIN and LEFT JOIN"),
    (2, "inner only keeps rows that match on both sides, left keeps every left row"),
    (1, "nice. Q2 when is a GIN index useful"),
    (2, "for values with many elements: jsonb, arrays, tsvector"),
    (1, "ok you're too good at this 😂 Q3 materialized view vs normal view"),
    (2, "idk tbh, never used one"),
    (1, "yeah let's open with that next week. Q3 carried over"),
]
SMS_BACKUP = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    "<!--File Created By SMS Backup & Restore v10.20.002 on 14/05/2024 07:30:02-->\n"
    '<smses count="9" type="full">\n'
    # (saved newest first: read in the order sent)
    + "\n".join(
        _sms(box, 1715630568000 + 60_000 * n, said)
        for n, (box, said) in reversed([*enumerate(TEXTS)])
    )
    + "\n</smses>\n"
)


def test_text_messages_from_a_phones_backup_are_read_as_the_quiz_they_hold():
    reading = read_text(SMS_BACKUP)

    assert reading.read_as.startswith("text messages from a phone's backup")
    assert pairs_of(SMS_BACKUP) == [
        (
            "what's the difference between INNER JOIN and LEFT JOIN",
            "inner only keeps rows that match on both sides, left keeps every left row",
        ),
        # a numbered question after a word of praise, or a remark, is still one
        ("when is a GIN index useful?", "for values with many elements: jsonb, arrays, tsvector"),
        ("materialized view vs normal view?", ""),
    ]


SUBTITLES = r"""[Script Info]
Title: Mock interview #12
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Alignment
Style: Interviewer,Arial,20,&H00FFFFFF,0,2
Style: Candidate,Arial,20,&H0000FFFF,0,2

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:04.40,0:00:07.90,Interviewer,Raj,0,0,0,,Hey Emily, can you hear me okay?
Dialogue: 0,0:00:08.10,0:00:10.30,Candidate,Emily,0,0,0,,Yep, loud and clear.
Dialogue: 0,0:00:37.80,0:00:40.10,Interviewer,Raj,0,0,0,,{\fad(300,300)}How do pytest fixtures work?
Dialogue: 0,0:00:40.10,0:00:42.60,Interviewer,Raj,0,0,0,,And what does fixture scope mean?
Dialogue: 0,0:00:43.00,0:00:48.70,Candidate,Emily,0,0,0,,A fixture is what a test\Nnames.
Dialogue: 0,0:00:49.00,0:00:52.70,Candidate,Emily,0,0,0,,Its scope: how often it is built.
"""


def test_a_subtitle_editors_dialogue_is_read_as_the_interview_held():
    assert pairs_of(SUBTITLES) == [
        (
            # (two cues in a row, one question)
            "How do pytest fixtures work? And what does fixture scope mean?",
            "A fixture is what a test names.\n\nIts scope: how often it is built.",
        ),
    ]


TODOIST_CSV = """\
TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE
section,Day 1 – HTTP,,,,,,,,
task,Reread the MDN HTTP overview,,4,1,Ana (41729305),,Apr 8,en,Europe/Lisbon
task,Q: What's the difference between PUT and PATCH?,"PUT replaces the whole resource.
PATCH changes only the fields sent.",3,1,Ana (41729305),,Apr 8,en,Europe/Lisbon
task,Q: Which HTTP methods are idempotent?,,3,1,Ana (41729305),,Apr 8,en,Europe/Lisbon
note,"GET, HEAD, PUT and DELETE are; POST and PATCH are not.",,,,Ana (41729305),,,,
task,Q: How does the TLS handshake work?,,2,1,Ana (41729305),,Apr 8,en,Europe/Lisbon
task,Do 3 SQL problems on pgexercises,,4,1,Ana (41729305),,Apr 9,en,Europe/Lisbon
"""


def test_a_to_do_apps_export_gives_its_questions_with_their_descriptions_and_notes():
    assert pairs_of(TODOIST_CSV) == [
        (
            "What's the difference between PUT and PATCH?",
            "PUT replaces the whole resource.\nPATCH changes only the fields sent.",
        ),
        # a note on the task is its answer, as its description is
        (
            "Which HTTP methods are idempotent?",
            "GET, HEAD, PUT and DELETE are; POST and PATCH are not.",
        ),
        ("How does the TLS handshake work?", ""),
    ]


CHEAT_SHEET = """\
#!/usr/bin/env bash
# HTTP cheat sheet: run any block to see it for yourself.
set -euo pipefail

# -----------------------------------------------------------------------------
# Q: What's the difference between PUT and PATCH?
# A: PUT replaces the whole resource with the body you send.
#    PATCH changes only the fields you send.
http PATCH "$API/patch" email=new@example.com

# -----------------------------------------------------------------------------
# Q: What does a CORS preflight request do?
# A: The browser asks with OPTIONS before a non-simple cross-origin request.
curl -si -X OPTIONS "$API/items" -H 'Origin: https://app.example.com'
"""


def test_a_shell_cheat_sheets_comments_are_its_text_and_its_commands_code():
    assert pairs_of(CHEAT_SHEET) == [
        (
            "What's the difference between PUT and PATCH?",
            "PUT replaces the whole resource with the body you send.\n"
            "PATCH changes only the fields you send.\n\n"
            '```bash\nhttp PATCH "$API/patch" email=new@example.com\n```',
        ),
        (
            "What does a CORS preflight request do?",
            "The browser asks with OPTIONS before a non-simple cross-origin request.\n\n"
            "```bash\ncurl -si -X OPTIONS \"$API/items\" -H 'Origin: https://app.example.com'\n```",
        ),
    ]


PYTEST_DRILLS = '''\
"""Interview drills: each test's docstring is the question, the answer in its body."""
import hmac

import pytest


def test_mutable_default():
    """Q: Why is a mutable default argument a trap?"""
    # A: The default is built once, when the function is defined, and shared by every call.
    def append(item, bucket=[]):
        bucket.append(item)
        return bucket

    assert append(1) == [1] and append(2) == [1, 2]


@pytest.mark.skip(reason="TODO: look this up")
def test_constant_time_compare():
    """Q: How do you prevent timing attacks when comparing tokens?"""


@pytest.mark.skip(reason="no idea yet")
def test_pickle_untrusted():
    """Q: Why is unpickling untrusted data unsafe?"""
    ...
'''


def test_a_drill_files_test_stub_under_its_question_is_no_answer():
    drafts = dict(pairs_of(PYTEST_DRILLS))

    assert list(drafts) == [
        "Why is a mutable default argument a trap?",
        "How do you prevent timing attacks when comparing tokens?",
        "Why is unpickling untrusted data unsafe?",
    ]
    assert "built once" in drafts["Why is a mutable default argument a trap?"]
    assert drafts["How do you prevent timing attacks when comparing tokens?"] == ""
    assert drafts["Why is unpickling untrusted data unsafe?"] == ""
