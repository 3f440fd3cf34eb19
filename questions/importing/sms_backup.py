"""Text messages saved by a phone's backup app (SMS Backup & Restore: <smses> of <sms> and
<mms> elements), read as the chat they are.

Each message is its "body" (a multimedia message's text parts), sent by the contact it
names when received ("type" 1, "msg_box" 1) or by the phone's owner when sent (2), at
its "date" (milliseconds); read in the order sent, as any chat is.
"""

import datetime as dt
import re
from functools import lru_cache

from questions.importing.chat import messages_only
from questions.importing.xml_exports import parsed_xml

ROOT = re.compile(r"^\s*(?:<\?xml[^>]{0,200}\?>\s*|<!--.{0,2000}?-->\s*)*<smses\b", re.DOTALL)
RECEIVED = "1"
OWNER = "Me"
MIN_MESSAGES = 3


def looks_like_sms_backup(text: str) -> bool:
    return ROOT.match(text[:5000]) is not None and len(_messages(text)) >= MIN_MESSAGES


def sms_backup_as_chat(text: str) -> str:
    return messages_only("\n".join(f"[{at}] {who}: {said}" for _, at, who, said in _messages(text)))


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _messages(text: str) -> tuple[tuple[int, str, str, str], ...]:
    """(when, its time of day, who, what) of each message, in the order sent."""
    root = parsed_xml(text)
    if root is None:
        return ()
    found = []
    for message in root:
        if message.tag == "sms":
            said, box = message.get("body") or "", message.get("type")
        elif message.tag == "mms":
            parts = message.iter("part")
            said = "\n".join(p.get("text") or "" for p in parts if p.get("ct") == "text/plain")
            box = message.get("msg_box")
        else:
            continue
        said = "\n".join(line.strip() for line in said.strip().split("\n") if line.strip())
        if said and said != "null":
            contact = message.get("contact_name") or message.get("address") or "Contact"
            who = contact if box == RECEIVED else OWNER
            when = _millis(message.get("date"))
            found.append((when, _clock(when), " ".join(who.split()), said))
    return tuple(sorted(found, key=lambda message: message[0]))


def _millis(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def _clock(millis: int) -> str:
    try:
        return dt.datetime.fromtimestamp(millis / 1000, tz=dt.UTC).strftime("%H:%M")
    except (OverflowError, OSError, ValueError):
        return "00:00"
