"""An email thread pasted as text: its quoted lines ("> ") are the message, its headers not.

A forwarded message or a reply keeps what was sent under "> " marks, often two or three
deep. Read as markdown, that is one long blockquote; read as mail, it is the text people
wrote, without the "From:/Date:/Subject:" blocks, the "On ... wrote:" lines and the
"Sent from my phone" footers in between.
"""

import re

QUOTE = re.compile(r"^(?:[ \t]{0,3}>)+ ?")
HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s+\S", re.IGNORECASE)
# "On Tue, Apr 16, 2024 at 8:47 PM Jamie <jamie@example.com> wrote:"
WROTE = re.compile(r"^on\s.{4,160}\swrote\s*:\s*$", re.IGNORECASE)
# "---------- Forwarded message ---------", "-----Original Message-----"
FORWARDED = re.compile(
    r"^-{2,}\s*(?:forwarded message|original message|begin forwarded message)\s*-*\s*:?$",
    re.IGNORECASE,
)
FOOTER = re.compile(
    r"^(?:sent from my \w+|get outlook for \w+|sent from (?:outlook|yahoo mail|mail for)\b)",
    re.IGNORECASE,
)
HEAD_LINES = 40  # an email starts with its headers or a quote soon


def looks_like_email(text: str) -> bool:
    """Mail headers ("From:" with "Subject:" or "Date:"), or a reply's "On ... wrote:" with
    quoted lines under it, or a forwarded message's marker."""
    lines = [QUOTE.sub("", line).strip() for line in text.split("\n", HEAD_LINES * 4)[:-1]]
    fields = {line.split(":", 1)[0].lower() for line in lines if HEADER.match(line)}
    if "from" in fields and fields & {"subject", "date", "sent"}:
        return True
    raw = text.split("\n")
    for index, line in enumerate(raw[: HEAD_LINES * 4]):
        if FORWARDED.match(QUOTE.sub("", line).strip()):
            return True
        if WROTE.match(QUOTE.sub("", line).strip()) and any(
            QUOTE.match(after) for after in raw[index + 1 : index + 3]
        ):
            return True
    return False


def mail_text(text: str) -> str:
    """The thread's text, unquoted, without headers, "wrote:" lines and phone footers."""
    out: list[str] = []
    for line in text.split("\n"):
        unquoted = QUOTE.sub("", line)
        bare = unquoted.strip()
        if HEADER.match(bare) or WROTE.match(bare) or FORWARDED.match(bare) or FOOTER.match(bare):
            continue
        if not bare and out and not out[-1]:
            continue  # ">" lines between quoted paragraphs: one blank line is enough
        out.append(unquoted.rstrip())
    return "\n".join(out).strip("\n") + "\n"
