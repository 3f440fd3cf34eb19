"""A Telegram chat exported as HTML (Telegram Desktop's "Export chat history"), read as
the chat it is.

Each message is a block with its time, its sender ("from_name", left out when the sender
goes on: a "joined" message) and its text; notices ("Lena joined group by link") and
stickers have none. A forwarded message speaks for where it came from, so what the one
who forwarded it says next can answer it. The messages are written as a chat's lines
("[19:04] Marco Rossi: ...") and read as any chat is.
"""

import html
import re

from questions.importing.chat import messages_only

MESSAGE = re.compile(r'<div class="message (default|service)[^"]{0,80}"[^>]{0,80}>')
TIME = re.compile(r'class="[^"]{0,40}\bdate details"[^>]{0,120}>\s*(\d{1,2}:\d{2})')
SENDER = re.compile(r'<div class="from_name">\s*([^<\n]{1,120})')
FORWARDED = re.compile(r'<div class="forwarded body">')
TEXT = re.compile(r'<div class="text">(.*?)</div>', re.DOTALL)
TAG = re.compile(r"<[^<>]{0,500}>")
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
MIN_MESSAGES = 3


def looks_like_telegram_export(text: str) -> bool:
    return (
        text.count('class="from_name"') >= MIN_MESSAGES
        and len(MESSAGE.findall(text[:200_000])) >= MIN_MESSAGES
    )


def telegram_as_chat(text: str) -> str:
    return messages_only("\n".join(_lines(text)))


def _lines(text: str) -> list[str]:
    lines: list[str] = []
    sender, time = "", ""
    starts = list(MESSAGE.finditer(text))
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        block = text[start.end() : end]
        if start.group(1) == "service":
            continue  # "Anna invited Deniz", a date between days
        stamp = TIME.search(block)
        time = stamp.group(1) if stamp else time
        forwarded = FORWARDED.search(block)
        own = block[: forwarded.start()] if forwarded else block
        named = SENDER.search(own)
        sender = " ".join(named.group(1).split()) if named else sender
        speaker = sender
        if forwarded:  # it speaks for the channel it was forwarded from
            source = SENDER.search(block[forwarded.end() :])
            speaker = " ".join(source.group(1).split()) if source else sender
        said = TEXT.search(block)
        words = _plain(said.group(1)) if said else ""
        if words:
            first, *more = words.split("\n")
            lines += [f"[{time}] {speaker}: {first}", *(f"    {line}" for line in more)]
    return lines


def _plain(fragment: str) -> str:
    text = html.unescape(TAG.sub("", BREAK.sub("\n", fragment)))
    return "\n".join(line.strip() for line in text.strip().split("\n") if line.strip())
