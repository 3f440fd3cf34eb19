"""A Slack channel exported as JSON (a day's file of the workspace export), read as the chat
it is.

Each message is an object with its sender, its time ("ts", seconds since 1970) and its text
in Slack's own markup: "<@U04TMSZ9K2B>" for a mention, "&gt;" for ">", "*bold*", and
"```code```" that may open and close on the text's own lines. Joins and other notices
carry a "subtype". The messages are written as a chat's lines ("[09:40] priya: ...") and
read as any chat is; a thread's replies follow the message they reply to.
"""

import datetime as dt
import html
import json
import re

from questions.importing.chat import messages_only

MIN_MESSAGES = 3
MENTION = re.compile(r"<@([A-Z0-9]{2,20})(?:\|([^>\n]{1,80}))?>")
LINK = re.compile(r"<(https?://[^|>\s]{1,500})(?:\|([^>\n]{1,200}))?>")
EMOJI = re.compile(r"(?<![\w:]):[a-z_+\-][a-z0-9_+\-]{0,39}:(?![\w:])")  # not "09:15:30"
LATEST = 4e9  # seconds since 1970 up to the year 2096: anything else is no time
NOTICES = {"channel_join", "channel_leave", "channel_topic", "channel_purpose"}


def looks_like_slack_export(text: str) -> bool:
    return len(_messages(text)) >= MIN_MESSAGES


def slack_as_chat(text: str) -> str:
    messages = _messages(text)
    names = {_user(m): _name(m) for m in messages if _user(m) and _name(m)}
    lines: list[str] = []
    for message in sorted(messages, key=_thread_order):
        if str(message.get("subtype")) in NOTICES or not str(message.get("text", "")).strip():
            continue
        sender = names.get(_user(message)) or _user(message) or "someone"
        said = _plain(str(message["text"]), names).split("\n")
        lines.append(f"[{_time(message)}] {sender}: {said[0]}")
        lines.extend(row for row in said[1:] if row.strip())  # the message goes on
    return messages_only("\n".join(lines))


def _messages(text: str) -> list[dict]:
    if text.lstrip()[:1] not in ("[", "{") or '"ts"' not in text[:5000]:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        data = data["messages"]  # the API's answer: {"ok": true, "messages": [...]}
    if not isinstance(data, list):
        return []
    # a thread's replies, where the export nests them under the message they answer
    data = [*data, *(r for m in data if isinstance(m, dict) for r in _replies(m))]
    messages = [m for m in data if isinstance(m, dict) and m.get("type") == "message"]
    timed = [m for m in messages if _seconds(m) is not None]
    return timed if len(timed) >= 0.8 * max(len(data), 1) else []


def _replies(message: dict) -> list:
    replies = message.get("replies")
    return (
        [r for r in replies if isinstance(r, dict) and "text" in r]
        if isinstance(replies, list)
        else []
    )


def _seconds(message: dict) -> float | None:
    try:
        seconds = float(message.get("ts"))
    except (TypeError, ValueError):
        return None
    return seconds if 0 <= seconds <= LATEST else None  # not "inf", "nan" or "-1e13"


def _thread_order(message: dict) -> tuple[float, float]:
    """A reply right after the message that started its thread (and its earlier replies)."""
    start = message.get("thread_ts")
    try:
        thread = float(start) if start is not None else _seconds(message)
    except (TypeError, ValueError):
        thread = _seconds(message)
    if thread is None or not 0 <= thread <= LATEST:  # a reply to no time: in its own place
        thread = _seconds(message)
    return thread, _seconds(message)


def _time(message: dict) -> str:
    when = dt.datetime.fromtimestamp(_seconds(message), tz=dt.UTC)
    return when.strftime("%H:%M")


def _user(message: dict) -> str:
    user = message.get("user")
    return user if isinstance(user, str) and re.fullmatch(r"[\w.\-]{1,40}", user) else ""


def _name(message: dict) -> str:
    profile = message.get("user_profile")
    if not isinstance(profile, dict):
        return ""
    name = profile.get("display_name") or profile.get("real_name") or profile.get("name") or ""
    return " ".join(str(name).split())[:60]


def _alternate(parts: list[str]):
    """(inside code, part) of text split on its fences: every other part is code."""
    return ((index % 2 == 1, part) for index, part in enumerate(parts))


def _plain(text: str, names: dict) -> str:
    """Slack's markup as a chat's plain text (markdown where it has a twin)."""
    text = MENTION.sub(lambda m: "@" + (m.group(2) or names.get(m.group(1)) or m.group(1)), text)
    text = LINK.sub(lambda m: m.group(2) or m.group(1), text)
    parts = html.unescape(text).split("```")
    text = "```".join(part if odd else EMOJI.sub("", part) for odd, part in _alternate(parts))
    # "```code```" on one line with its text, or opening after a sentence: fences of their own
    text = re.sub(r"```(?=\S)", "```\n", text, count=1) if text.startswith("```") else text
    text = re.sub(r"(?<=\S)```", "\n```", text)
    return text.strip()
