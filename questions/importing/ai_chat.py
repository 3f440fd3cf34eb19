"""A conversation with an AI assistant exported as JSON (ChatGPT's conversations.json: each
conversation a "mapping" of message nodes, each with its author's role, its text in
"content.parts", its parent and children), or kept as the messages a chat API takes (each
with its "role" and "content"), as local chat apps and API logs save them: a list of them,
an object's "messages", or JSON Lines, a message a line.

Each conversation is read in the order it was held (from its first message down to its
"current_node", the branch the user kept), written as its page shows it ("You said:" /
"ChatGPT said:"), and then read as any such chat: when the assistant quizzes the user, its
questions are the questions and what the user answers (or the assistant's model answer)
their answers.
"""

import itertools
import json
import re
from functools import lru_cache

from questions.importing import lines as L
from questions.importing.chat import messages_only
from questions.importing.exports import json_lines

SPEAKERS = {"user": "You", "assistant": "ChatGPT"}
# The roles of a chat API's messages ("system" and "tool" messages are not the chat).
ROLES = {"user": "user", "human": "user", "assistant": "assistant", "model": "assistant"}
MAX_MESSAGES = 20_000
# A paragraph that asks: "**Question 3:** What happens when...?", "...and when would you?"
ASKS = re.compile(r"^\W{0,4}question[ \t]*\d{1,3}\b|\?\W{0,4}$", re.IGNORECASE | re.MULTILINE)
PASSED = re.compile(r"^\W*(?:skip|pass|next|no idea|i don'?t know)\b|\bskip\W*$", re.IGNORECASE)
WRONG = re.compile(
    r"^\W*(?:incorrect|nope|wrong|that(?:'s|’s| is) (?:not (?:right|"
    r"correct|it)|incorrect|wrong))\b|^[^\n]{0,30}❌",
    re.IGNORECASE,
)
# Feedback that only praises ("Correct. 👍", "Great. That's exactly it."): nothing to learn.
PRAISE = re.compile(
    r"^\W*(?:(?:that(?:'s|’s| is) )?(?:exactly |absolutely |totally )?(?:right|correct|it|"
    r"spot on|perfect)|(?:very |really )?(?:good|great|nice|excellent)(?: answer| job| one)?|"
    r"exactly|well done|nailed it|yes|yep)\W*$",
    re.IGNORECASE,
)
MODEL_ANSWER = 200  # after a pass, feedback this long is a model answer, not "Skipped!"


# The same chat saved as markdown by an export tool or an extension: each message under its
# speaker's heading ("## User" / "## Assistant", "### You", "**ChatGPT:**", "## 🤖 Claude").
_ROLE_HEADING = re.compile(
    r"^[ \t]*(?:#{1,4}[ \t]+|(?=\*\*))(?:\*\*)?(?:[^\w\s*]{1,3}[ \t]*)?(?P<role>user|you|human|me|"
    r"assistant|chatgpt|gpt-?[\w.-]{0,12}|claude|gemini|bard|copilot|model|ai)[ \t]*:?[ \t]*"
    r"(?:\*\*)?[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
USER_ROLES = frozenset({"user", "you", "human", "me"})
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S[^\n]*", re.MULTILINE)
NOT_A_HEADING = 7  # a bold "**User:**": below every heading


def _level(line: str) -> int:
    hashes = len(line.strip()) - len(line.strip().lstrip("#"))
    return hashes or NOT_A_HEADING


MIN_PAGE_MESSAGES = 4  # two of each


def looks_like_ai_chat_export(text: str) -> bool:
    return bool(_conversations(text) or _page_messages(text))


def ai_chat_to_markdown(text: str) -> str:
    conversations = _conversations(text) or (_page_messages(text),)
    return "\n\n".join(messages_only(_as_page(c)) for c in conversations if c)


@lru_cache(maxsize=2)
def _page_messages(text: str) -> tuple:
    """The messages of a chat saved as markdown, under their speakers' headings: ((speaker,
    text), ...), or () when it is not one (both speakers, twice each)."""
    marks = list(itertools.islice(_ROLE_HEADING.finditer(text[:2_000_000]), MAX_MESSAGES))
    users = [mark.group("role").lower() in USER_ROLES for mark in marks]
    if len(marks) < MIN_PAGE_MESSAGES or min(users.count(True), users.count(False)) < 2:
        return ()
    # (the page's own headings: not notes whose "## What is...?" shows a chat as an example)
    level = _level(marks[0].group(0))
    below = text[marks[0].start() : 2_000_000]
    if any(
        _level(heading) <= level
        for heading in _HEADING.findall(below)
        if not _ROLE_HEADING.match(heading)
    ):
        return ()
    said = []
    for mark, user, following in zip(marks, users, [*marks[1:], None], strict=True):
        words = text[mark.end() : following.start() if following else len(text)]
        words = re.sub(r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", "", words.rstrip()).strip()
        if words:
            said.append((SPEAKERS["user" if user else "assistant"], words))
    return tuple(said)


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _conversations(text: str) -> tuple:
    """The messages of each conversation, in order: ((speaker, text), ...) each."""
    if text.lstrip()[:1] not in ("[", "{"):
        return ()
    if '"mapping"' not in text[:200_000]:
        said = _role_messages(text)
        users = [speaker == SPEAKERS["user"] for speaker, _ in said]
        enough = len(said) >= MIN_PAGE_MESSAGES and min(users.count(True), users.count(False)) >= 2
        return (said,) if enough else ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    conversations = data if isinstance(data, list) else [data]
    read = tuple(
        _messages(conversation)
        for conversation in conversations
        if isinstance(conversation, dict) and isinstance(conversation.get("mapping"), dict)
    )
    return read if any(read) else ()


def _messages(conversation: dict) -> tuple:
    mapping = conversation["mapping"]
    order = _branch(mapping, conversation.get("current_node"))
    said = []
    for node_id in order:
        message = _get(mapping.get(node_id), "message")
        role, parts = _get(_get(message, "author"), "role"), _get(_get(message, "content"), "parts")
        parts = parts if isinstance(parts, list) else []
        words = "\n".join(part for part in parts if isinstance(part, str)).strip()
        if isinstance(role, str) and role in SPEAKERS and words:
            said.append((SPEAKERS[role], words))
    return tuple(said)


def _role_messages(text: str) -> tuple:
    if '"role"' not in text[:200_000]:
        return ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = json_lines(text)
    if isinstance(data, dict):
        data = data.get("messages")
    said = []
    for record in itertools.islice(data if isinstance(data, list) else (), MAX_MESSAGES):
        role = ROLES.get(str(_get(record, "role")).lower())
        words = _words(_get(record, "content"))
        if role and words:
            said.append((SPEAKERS[role], words))
    return tuple(said)


def _words(content) -> str:
    """A message's text: a string, or its parts' ("content": [{"type": "text", ...}])."""
    if isinstance(content, list):
        content = "\n".join(
            part if isinstance(part, str) else str(_get(part, "text") or "") for part in content
        )
    return content.strip() if isinstance(content, str) else ""


def _branch(mapping: dict, current) -> list:
    """The nodes from the first down to `current` (else down the first children)."""
    if isinstance(current, str) and current in mapping:
        path, seen = [], set()
        while isinstance(current, str) and current in mapping and current not in seen:
            seen.add(current)
            path.append(current)
            current = _get(mapping[current], "parent")
        return path[::-1][:MAX_MESSAGES]
    roots = [key for key, node in mapping.items() if not _get(node, "parent")]
    path, seen = [], set()
    node_id = roots[0] if roots else None
    while isinstance(node_id, str) and node_id in mapping and node_id not in seen:
        seen.add(node_id)
        path.append(node_id)
        children = _get(mapping[node_id], "children")
        node_id = children[0] if isinstance(children, list) and children else None
    return path[:MAX_MESSAGES]


def _get(node, key: str):
    return node.get(key) if isinstance(node, dict) else None


def _as_page(messages: tuple) -> str:
    """The chat as its page shows it; what the assistant says back about an answer before
    its next question ("Not quite. The default is READ COMMITTED...") goes with the answer
    it corrects or completes (after a pass, only a model answer does: "Skipped!" does not)."""
    said = [[speaker, words] for speaker, words in messages]
    for before, after in itertools.pairwise(said):
        if before[0] != "You" or after[0] != "ChatGPT":
            continue
        feedback, rest = _feedback(after[1])
        passed = PASSED.search(before[1])
        praise = all(PRAISE.match(part) for part in re.split(r"(?<=[.!?])\s+", feedback))
        if feedback and praise:
            after[1] = rest
        elif feedback and (not passed or len(feedback) >= MODEL_ANSWER):
            # "Not quite ❌ — patch works fine on functions...": the correction, not the
            # wrong answer it corrects, is what to learn
            before[1] = feedback if WRONG.match(feedback) else f"{before[1]}\n\n{feedback}"
            after[1] = rest
    return "\n\n".join(f"{speaker} said:\n{words}" for speaker, words in said if words.strip())


def _feedback(words: str) -> tuple[str, str]:
    """(what a message says before the question it asks, the rest)."""
    paragraphs = re.split(r"\n[ \t]*\n", words)
    for index, paragraph in enumerate(paragraphs):
        if L.Q_NUMBER.match(L.strip_bold(paragraph)) or ASKS.search(paragraph):
            return "\n\n".join(paragraphs[:index]).strip(), "\n\n".join(paragraphs[index:])
    return "", words
