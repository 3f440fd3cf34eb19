"""A Slack channel exported as JSON, read as the chat it is."""

import json

from questions.importing.reading import READ_AS_CHAT, read_text
from tests.questions.importing.documents import pairs_of


def message(ts: str, user: str, text: str, **more) -> dict:
    return {"type": "message", "ts": ts, "user": user, "text": text, **more}


EXPORT = json.dumps(
    [
        message("1712149200.000100", "U2", "<@U2> has joined the channel", subtype="channel_join"),
        message(
            "1712150401.000200",
            "U1",
            "quiz time :sunrise:\n*Q1: What does `EXPLAIN ANALYZE` add to `EXPLAIN`?*",
            user_profile={"display_name": "noor"},
        ),
        message(
            "1712150877.000300",
            "U2",
            "it runs the query and shows the real rows and times next to the estimates",
            thread_ts="1712150401.000200",
        ),
        message("1712151000.000400", "U2", "does anyone know if friday's call moved?"),
        message("1712151100.000500", "U1", "<@U2> same time, link is pinned"),
        message(
            "1712152000.000600",
            "U1",
            "list from my recruiter:\n• `only()` vs `defer()`?\n• What does `iterator()` save?",
        ),
        message("1712152300.000700", "U2", "last one today :wave: in Redis, what does WAIT do?"),
    ]
)


def test_a_slack_export_is_read_as_its_chat():
    assert read_text(EXPORT).read_as == READ_AS_CHAT
    pairs = pairs_of(EXPORT)

    assert [prompt for prompt, _ in pairs] == [
        "What does `EXPLAIN ANALYZE` add to `EXPLAIN`?",
        "`only()` vs `defer()`?",
        "What does `iterator()` save?",
        "in Redis, what does WAIT do?",
    ]  # not the join notice, nor the question about the call
    assert pairs[0][1] == (
        "it runs the query and shows the real rows and times next to the estimates"
    )


def test_a_slack_export_with_odd_fields_is_read_without_failing():
    odd = json.dumps(
        [
            message("1e20", "U1", "what does a 502 mean?"),  # no time: not a message
            message("1712150401.1", {"id": "U1"}, "what does a 504 mean?", subtype=["x"]),
            message("1712150402.1", "U2", "a gateway gave up waiting, at 09:15:30 :hourglass:"),
            message("1712150403.1", "U3", "```a[1:2:3]```"),
            message("1712150404.1", "U1", "what does a 429 mean?"),
            message("1712150405.1", "U3", "too many requests, slow down :turtle:"),
        ]
    )

    pairs = pairs_of(odd)

    assert [prompt for prompt, _ in pairs] == ["what does a 504 mean?", "what does a 429 mean?"]
    assert "at 09:15:30" in pairs[0][1] and "a[1:2:3]" in pairs[0][1]  # times and code kept
    assert pairs[1][1] == "too many requests, slow down"
