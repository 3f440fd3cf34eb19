"""A LINE chat saved as text ("[LINE] Chat history in ..."), read as the chat it is.

A date line ("Tue, 12/1/2026") stands over each day's messages; a message is its time, its
sender and its text, apart by tabs ("21:02<TAB>Kenji Sato<TAB>Q1. What is...?"), a text of
several lines in double quotes; a notice ("Aiko joined the group.") has no sender, and a
sticker or a photo no words. Written as a chat's lines ("[21:02] Kenji Sato: ...") and read
as any chat is.
"""

import re

from questions.importing.chat import messages_only

MESSAGE = re.compile(r"^(\d{1,2}:\d{2})\t([^\t\n]*)\t(.*)$")
MEDIA = re.compile(r"^\[(?:sticker|photo|video|file|album|voice message|location)\]$", re.I)
MIN_MESSAGES = 3
MAX_LINES_READ = 2000  # to tell whether it is one


def looks_like_line_chat(text: str) -> bool:
    lines = text.split("\n", MAX_LINES_READ)[:MAX_LINES_READ]
    said = [found.group(2) for line in lines if (found := MESSAGE.match(line)) and found.group(2)]
    return len(said) >= MIN_MESSAGES and len(set(said)) >= 2


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
        if said.startswith('"') and not (len(said) > 1 and said.endswith('"')):
            # (its lines up to the one that closes its quotes)
            while index < len(lines) and not MESSAGE.match(lines[index]):
                body.append(lines[index])
                index += 1
                if body[-1].endswith('"'):
                    break
        if len(body) > 1 or (said.startswith('"') and said.endswith('"') and len(said) > 1):
            body[0], body[-1] = body[0][1:], body[-1].removesuffix('"')
            body = [line.replace('""', '"') for line in body]
        if not sender.strip() or MEDIA.match(said.strip()):
            continue  # a notice, a sticker
        out.append(f"[{time}] {sender.strip()}: {body[0]}")
        out.extend(line for line in body[1:] if line.strip())
    return messages_only("\n".join(out))
