"""A conversation saved as JSON by the service it happened on: a Matrix room's export
(Element), a Reddit or Hacker News thread from its JSON API, tweets from an X archive or
bookmarks export, a Gitter archive, a Mattermost export or a YouTube live chat's replay
(JSON Lines). Read as the chat it is.

Each message is an object with its text ("content.body", "full_text", "body", a post's
"title" and "selftext"), its author ("sender", "author", "user.screen_name") and, for a
reply, the message it answers ("m.relates_to" / "m.in_reply_to", "parent_id",
"in_reply_to_status_id_str"). Messages are found wherever they sit in the document
(Reddit nests replies in replies) and written in order, each reply after the thread of
the message it answers.
"""

import datetime as dt
import html
import json
import re
from functools import lru_cache

from questions.importing import lines as L
from questions.importing.chat import messages_only
from questions.importing.exports import ANSWER_KEYS, holds_answered_records, json_lines
from questions.importing.html import html_to_markdown
from questions.importing.unanswered import only_agreement, says_no_answer

MIN_MESSAGES = 3
MAX_DEPTH = 300  # Reddit nests each reply in its parent, five levels a reply
MAX_MESSAGES = 20_000
TEXT_KEYS = ("full_text", "body", "text", "selftext", "message")
TIME_KEYS = (
    "origin_server_ts",
    "created_utc",
    "created_at",
    "create_at",
    "timestamp",
    "timestamp_ms",
    "date",
    "sent",
)
HTML_TAG = re.compile(r"</?(?:p|i|b|em|strong|a|pre|code|br|ul|ol|li|blockquote)\b[^<>]{0,300}>")
AUTHOR_KEYS = (
    "sender",
    "author",
    "user",
    "from",
    "fromUser",
    "sender_name",
    "creator",
    "authorName",  # a live chat's replay (YouTube), its name under "simpleText"
)


def looks_like_json_thread(text: str) -> bool:
    messages = _messages(text)
    return len(messages) >= MIN_MESSAGES and len({m["author"] for m in messages}) >= 2


def json_thread_as_chat(text: str) -> str:
    messages = _messages(text)
    position = {m["id"]: index for index, m in enumerate(messages) if m["id"]}
    thread: list[int] = []  # where each message's thread starts
    for index, message in enumerate(messages):
        earlier = position.get(message["parent"])
        thread.append(thread[earlier] if earlier is not None and earlier < index else index)
    # "One question per tweet, my answer in the reply right under it": the asker's reply
    # that does not ask is the answer to the question it replies to; both are labelled.
    # (a thread's "10/ " numbers its posts: "10/ Explain the outbox pattern." asks)
    asks = [
        L.looks_like_question(POST_NUMBER.sub("", m["text"].split("\n", 1)[0])) for m in messages
    ]
    answered = {}  # question -> the asker's own answer to it
    for index, message in enumerate(messages):
        earlier = position.get(message["parent"])
        own = earlier is not None and messages[earlier]["author"] == message["author"]
        if own and earlier < index and asks[earlier] and not asks[index]:
            answered.setdefault(earlier, index)
    answers = set(answered.values())
    # ... and so is each question of that series whose answer came from someone else
    # ("9/ What is SSRF...?" answered by a reader's reply): still the thread's question.
    # Numbered as the series is ("9/ ..."); a reply that asks or only agrees answers nothing.
    series = {
        index
        for index, message in enumerate(messages)
        if asks[index]
        and POST_NUMBER.match(message["text"])
        and (earlier := position.get(message["parent"])) is not None
        and messages[earlier]["author"] == message["author"]
    }
    if len(answered) >= MIN_LISTED:
        first_reply: dict[int, int] = {}
        for index, message in enumerate(messages):
            parent = position.get(message["parent"])
            if parent is not None and parent not in first_reply:
                first_reply[parent] = index
        for index in sorted(series - set(answered)):
            reply = first_reply.get(index)
            if reply is not None and reply not in answers and _answers(messages[reply]["text"]):
                answered[index] = reply  # the first reply to it, labelled its answer
        answers = set(answered.values())
    asked = set(answered)
    lines: list[str] = []
    for index in sorted(range(len(messages)), key=lambda i: (thread[i], i)):
        message = messages[index]
        said = message["text"].split("\n")
        if position.get(message["parent"]) is None:  # the thread's own post
            said = _without_lists_tail(said)
        if index in asked:
            said[0] = f"Q: {POST_NUMBER.sub('', said[0])}"
        elif index in answers:
            said[0] = f"A: {said[0]}"
        lines.append(f"[{message['time']}] {message['author']}: {said[0]}")
        lines.extend(row for row in said[1:] if row.strip())
    return messages_only("\n".join(lines))


MIN_LISTED = 3


def _answers(text: str) -> bool:
    return not (text.rstrip().endswith("?") or only_agreement(text) or says_no_answer(text))


POST_NUMBER = re.compile(r"^\s*\d{1,3}/(?:\d{1,3})?\s+")


def _without_lists_tail(said: list[str]) -> list[str]:
    """A post that lists its questions ("1. What is...?" ... "10. ..."): what its writer
    adds under the list ("Thanks in advance!", "**Edit:** ...") is not the last one's
    answer, unless it asks one more."""
    listed = [
        i for i, row in enumerate(said) if L.PLAIN_NUMBER.match(row) and L.looks_like_question(row)
    ]
    if len(listed) < MIN_LISTED:
        return said
    last = listed[-1]
    return said[: last + 1] + [row for row in said[last + 1 :] if row.rstrip().endswith("?")]


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _messages(text: str) -> tuple[dict, ...]:
    start = text.lstrip()[:1]
    if start not in ("{", "[") or not any(f'"{key}"' in text for key in AUTHOR_KEYS):
        return ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = json_lines(text)  # a message (or a post and its replies) a line: Mattermost's
        if data is None:
            return ()
    if holds_answered_records(data):  # a bank, whatever comments or history it keeps
        return ()
    found: list[dict] = []
    _walk(data, found, 0)
    stamps = [message["stamp"] for message in found]
    if len(found) > 1 and None not in stamps and stamps[0] > stamps[-1]:
        found.reverse()  # newest first, as Messenger saves them: read in the order said
    return tuple(found)


def _walk(node, found: list[dict], depth: int) -> None:
    if depth > MAX_DEPTH or len(found) >= MAX_MESSAGES:
        return
    if isinstance(node, dict):
        message = _message(node)
        if message is not None:
            found.append(message)
        for value in node.values():
            if isinstance(value, (dict, list)):
                _walk(value, found, depth + 1)
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, (dict, list)):
                _walk(value, found, depth + 1)


# A record of a question bank, not a message: it has its answer in it.
BANK_KEYS = {*ANSWER_KEYS, "answers", "correct_answer"} - {"body"}


def _message(node: dict) -> dict | None:
    """The message an object is, if it has words and an author (and is no bank's record)."""
    if BANK_KEYS.intersection(str(key).lower() for key in node):
        return None
    author = _author(node)
    said = _text(node)
    if not author or not said:
        return None
    return {
        "author": author,
        "text": said,
        "id": _first_str(node, ("event_id", "name", "id_str", "id")),
        "parent": _parent(node),
        "time": _time(node),
        "stamp": _stamp(node),
    }


def _text(node: dict) -> str:
    content = node.get("content")
    if isinstance(content, dict) and isinstance(content.get("body"), str):
        return _reply_quote_removed(content["body"]).strip()
    if isinstance(content, str) and "sender_name" in node:  # Messenger's
        return _utf8_as_latin1(content).strip()
    said = next((node[key] for key in TEXT_KEYS if isinstance(node.get(key), str)), "")
    said = said or _runs(node.get("message"))
    title = node.get("title") if isinstance(node.get("title"), str) else ""
    return "\n\n".join(_unescaped(part) for part in (title, said) if part and part.strip())


def _without_code(said: str) -> str:
    """The text outside its "<pre>" blocks (whose code keeps its lines), read in one pass
    (a block left open runs to the end)."""
    parts, start = [], 0
    while (opening := said.find("<pre", start)) != -1:
        parts.append(said[start:opening])
        closing = said.find("</pre>", opening)
        start = len(said) if closing == -1 else closing + len("</pre>")
    parts.append(said[start:])
    return "".join(parts)


def _runs(message) -> str:
    """A live chat's message as YouTube saves it: its text in runs, an emoji run by its
    shortcut (":fire:")."""
    runs = message.get("runs") if isinstance(message, dict) else None
    if not isinstance(runs, list):
        return ""
    parts = []
    for run in runs:
        if isinstance(run, dict) and isinstance(run.get("text"), str):
            parts.append(run["text"])
        elif isinstance(run, dict) and isinstance(run.get("emoji"), dict):
            shortcuts = run["emoji"].get("shortcuts")
            parts.append(shortcuts[0] if isinstance(shortcuts, list) and shortcuts else "")
    return "".join(part for part in parts if isinstance(part, str))


def _unescaped(said: str) -> str:
    """A message's text as its reader sees it: HTML (Hacker News writes its comments so,
    paragraphs as "<p>", on one line but for its code) as markdown, entities ("&amp;",
    "&#x27;") as their characters."""
    if HTML_TAG.search(said) and "\n" not in _without_code(said).strip():
        return html_to_markdown(said).strip()
    return html.unescape(said).strip() if "&" in said else said.strip()


def _reply_quote_removed(body: str) -> str:
    """A Matrix reply's fallback: the quoted message ("> <@ana:x.org> ...") before the reply."""
    rows = body.split("\n")
    while rows and rows[0].startswith("> "):
        rows.pop(0)
    return "\n".join(rows)


def _author(node: dict) -> str:
    for key in AUTHOR_KEYS:
        value = node.get(key)
        if isinstance(value, dict):
            value = (
                value.get("screen_name")
                or value.get("username")
                or value.get("name")
                or value.get("simpleText")
            )
        if isinstance(value, str) and value.strip():
            value = _utf8_as_latin1(value)
            return " ".join(value.replace(":", " ").split())[:60]
    return ""


def _utf8_as_latin1(text: str) -> str:
    """Messenger's export escapes each byte of its UTF-8 as a character of its own
    ("Tom\u00c3\u00a1s" for "Tomás"): the text those bytes spell, where they spell one."""
    if not any("\x80" <= char <= "\xff" for char in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:  # a character past Latin-1, or bytes that are no UTF-8: as it is
        return text


def _stamp(node: dict) -> float | None:
    """When a message was sent, as a number, to put them in order (None: not said so)."""
    for key in TIME_KEYS:
        value = node.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                return float(value)
            except OverflowError:  # an integer of hundreds of digits
                continue
    return None


def _parent(node: dict) -> str:
    content = node.get("content")
    relates = content.get("m.relates_to") if isinstance(content, dict) else None
    replied = relates.get("m.in_reply_to") if isinstance(relates, dict) else None
    if isinstance(replied, dict) and isinstance(replied.get("event_id"), str):
        return replied["event_id"]
    return _first_str(node, ("parent_id", "in_reply_to_status_id_str", "in_reply_to"))


def _first_str(node: dict, keys: tuple[str, ...]) -> str:
    for key in keys:
        value = node.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            return str(value)
    return ""


def _time(node: dict) -> str:
    for key in TIME_KEYS:
        value = node.get(key)
        try:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                seconds = value / 1000 if value > 1e11 else value  # Matrix counts milliseconds
                return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).strftime("%H:%M")
            if isinstance(value, str):
                return _parsed_time(value)
        except (ValueError, OverflowError, OSError):
            continue
    return "00:00"


def _parsed_time(value: str) -> str:
    for pattern in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return dt.datetime.strptime(value, pattern).strftime("%H:%M")
        except ValueError:
            continue
    return dt.datetime.fromisoformat(value).strftime("%H:%M")
