"""A Discord channel exported as JSON by a chat exporter ({"guild": ..., "channel": ...,
"messages": [...]}), read as the chat it is.

Each message has its author ({"name", "nickname", "isBot"}), an ISO time and its content in
Discord's markdown, which is the markdown the parser reads; "<@123>" mentions a member
listed in the message's "mentions". A reply names the message it answers ("reference":
{"messageId": ...}) and is written right after that message's thread, as the channel
shows it beside what it quotes. Joins, pins and calls are notices, not messages.
"""

import datetime as dt
import json
import re
from functools import lru_cache

from questions.importing.chat import messages_only

MIN_MESSAGES = 3
SAID = {"Default", "Reply"}  # the other types are notices: joins, pins, calls, boosts
MENTION = re.compile(r"<@!?(\d{1,25})>")
CUSTOM_EMOJI = re.compile(r"<a?:\w{1,40}:\d{1,25}>")


def looks_like_discord_export(text: str) -> bool:
    return len(_messages(text)) >= MIN_MESSAGES


def discord_as_chat(text: str) -> str:
    messages = _messages(text)
    lines: list[str] = []
    for message in _in_threads(messages):
        content = _plain(message)
        if not content or str(message.get("type")) not in SAID:
            continue
        said = content.split("\n")
        lines.append(f"[{_time(message)}] {_author(message.get('author'))}: {said[0]}")
        lines.extend(row for row in said[1:] if row.strip())  # the message goes on
    return messages_only("\n".join(lines))


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _messages(text: str) -> tuple[dict, ...]:
    start = text.lstrip()[:3000]
    if start[:1] != "{" or '"messages"' not in text or '"guild"' not in start:
        return ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        return ()
    return tuple(m for m in messages if isinstance(m, dict) and isinstance(m.get("content"), str))


def _answered(message: dict) -> str | None:
    reference = message.get("reference")
    return str(reference.get("messageId")) if isinstance(reference, dict) else None


def _in_threads(messages: tuple[dict, ...]) -> list[dict]:
    """The messages in order, each reply right after the thread of the message it answers
    (that message, and the replies to it before this one)."""
    position = {str(m.get("id")): index for index, m in enumerate(messages)}
    thread: list[int] = []  # where each message's thread starts (an earlier one's, or its own)
    for index, message in enumerate(messages):
        earlier = position.get(_answered(message))
        thread.append(thread[earlier] if earlier is not None and earlier < index else index)
    return [messages[i] for i in sorted(range(len(messages)), key=lambda i: (thread[i], i))]


def _plain(message: dict) -> str:
    mentions = message.get("mentions")
    names = {
        str(member.get("id")): _author(member)
        for member in (mentions if isinstance(mentions, list) else [])
        if isinstance(member, dict)
    }
    text = MENTION.sub(lambda m: "@" + names.get(m.group(1), "someone"), message["content"])
    return CUSTOM_EMOJI.sub("", text).strip()


def _author(author) -> str:
    if not isinstance(author, dict):
        return "someone"
    name = author.get("nickname") or author.get("name") or "someone"
    return " ".join(str(name).replace(":", " ").split())[:60] or "someone"


def _time(message: dict) -> str:
    try:
        when = dt.datetime.fromisoformat(str(message.get("timestamp")))
    except ValueError:
        return "00:00"
    return when.strftime("%H:%M")
