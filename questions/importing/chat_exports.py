"""Chats saved as text by a phone's app, read as the chats they are: LINE's and iMessage's
(imessage-exporter's), each message written as a chat's line ("[21:02] Kenji Sato: ...").

LINE ("[LINE] Chat history in ..."): a date line ("Tue, 12/1/2026") stands over each day's
messages; a message is its time, its sender and its text, apart by tabs ("21:02<TAB>Kenji
Sato<TAB>Q1. What is...?"), a text of several lines in double quotes; a notice ("Aiko
joined the group.") has no sender, and a sticker or a photo no words.

iMessage: each message a block, its time ("Nov 18, 2026  7:46:42 PM (Read by you after 3
seconds)") over its sender ("Me", a number) over its text; its reactions under
"Tapbacks:", and a reply in a thread indented under the message it follows.
"""

import re

from questions.importing.chat import messages_only

MESSAGE = re.compile(r"^(\d{1,2}:\d{2})\t([^\t\n]*)\t(.*)$")
MEDIA = re.compile(r"^\[(?:sticker|photo|video|file|album|voice message|location)\]$", re.I)
MIN_MESSAGES = 3
MAX_LINES_READ = 2000  # to tell whether it is one


def looks_like_line_chat(text: str) -> bool:
    """Messages from a few senders, each sending several (not a sheet's "0:45<TAB>What is
    the GIL?<TAB>A lock...", each row's second cell its own)."""
    lines = text.split("\n", MAX_LINES_READ)[:MAX_LINES_READ]
    said = [found.group(2) for line in lines if (found := MESSAGE.match(line)) and found.group(2)]
    senders = len(set(said))
    return len(said) >= MIN_MESSAGES and 2 <= senders <= len(said) // 2


def line_chat_as_chat(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        message = MESSAGE.match(lines[index])
        index += 1
        if message is None:
            continue  # the header, a day's date, a blank line
        time, sender, said = message.groups()
        body = [said]
        if said.startswith('"'):
            # its lines up to the one that closes its quotes (a quote in it is doubled: "")
            end = index
            closed = _closes(said[1:])
            while not closed and end < len(lines) and not MESSAGE.match(lines[end]):
                closed = _closes(lines[end])
                end += 1
            if closed:  # (one never closed is its first line only)
                body += lines[index:end]
                index = end
                body[0] = body[0][1:]  # (one line maybe: opened, then closed)
                body[-1] = body[-1][:-1]
                body = [line.replace('""', '"') for line in body]
        if not sender.strip() or MEDIA.match(said.strip()):
            continue  # a notice, a sticker
        out.append(f"[{time}] {sender.strip()}: {body[0]}")
        out.extend(line for line in body[1:] if line.strip())
    return messages_only("\n".join(out))


def _closes(line: str) -> bool:
    """Whether a quoted message's line ends its quotes: an odd number of them at its end."""
    return (len(line) - len(line.rstrip('"'))) % 2 == 1


# "Nov 18, 2026  7:46:42 PM (Read by you after 3 seconds)", indented in a thread's reply
STAMP = re.compile(
    r"^( {4})?[A-Z][a-z]{2} \d{1,2}, \d{4} +(\d{1,2}):(\d{2}):\d{2} ([AP]M)"
    r"(?: \([^()\n]{0,80}\))?[ \t]*$"
)
REPLIED = "This message responded to an earlier message."
DELETED = re.compile(r"^This message was deleted\b")


def looks_like_imessage_export(text: str) -> bool:
    lines = text.split("\n", MAX_LINES_READ)[:MAX_LINES_READ]
    stamps = [index for index, line in enumerate(lines) if STAMP.match(line)]
    senders = {lines[index + 1].strip() for index in stamps if index + 1 < len(lines)}
    return len(stamps) >= MIN_MESSAGES and len(senders) >= 2


def imessage_as_chat(text: str) -> str:
    out: list[str] = []
    numbers: dict[str, int] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        stamp = STAMP.match(lines[index])
        index += 1
        if stamp is None:
            continue
        indent, hour, minute, noon = stamp.group(1) or "", *stamp.group(2, 3, 4)
        if index < len(lines) and lines[index].strip() == REPLIED:
            index += 1
        if index >= len(lines) or STAMP.match(lines[index]):
            continue  # a time with nothing under it: the next line starts a message
        sender = lines[index].strip()
        body: list[str] = []
        index += 1
        while index < len(lines) and not STAMP.match(lines[index]):
            if lines[index].strip() == "Tapbacks:":  # and the reactions under it
                index += 1
                while (
                    index < len(lines)
                    and lines[index].startswith(" ")
                    and not STAMP.match(lines[index])
                ):
                    index += 1
                continue
            line = lines[index].removeprefix(indent)
            body.append(line)
            index += 1
        said = [line for line in body if line.strip()]
        if not sender or not said or DELETED.match(said[0]):
            continue
        if not sender[:1].isalpha():  # a number: as a chat names who it does not know
            sender = f"Person {numbers.setdefault(sender, len(numbers) + 1)}"
        hour24 = int(hour) % 12 + (12 if noon == "PM" else 0)
        out.append(f"[{hour24:02d}:{minute}] {sender}: {said[0]}")
        out.extend(said[1:])
    return messages_only("\n".join(out))
