"""An email thread pasted as text: its quoted lines ("> ") are the message, its headers not.

A forwarded message or a reply keeps what was sent under "> " marks, often two or three
deep. Read as markdown, that is one long blockquote; read as mail, it is the text people
wrote, without the "From:/Date:/Subject:" blocks, the "On ... wrote:" lines and the
"Sent from my phone" footers in between.
"""

import email
import email.policy
import re

from questions.importing.html import html_to_markdown

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
MESSAGE_BREAK = "-" * 20  # a rule long enough to end an answer (parsing.py)
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
    return _mail_text(_decoded(text))


# A saved message's MIME (raw .eml, an mbox): its parts are encoded ("=E2=80=99", base64).
MIME = re.compile(r"^content-transfer-encoding\s*:\s*(?:quoted-printable|base64)\b", re.I | re.M)
MBOX_FROM = re.compile(r"^From \S{1,200} .{10,80}$", re.MULTILINE)


def _decoded(text: str) -> str:
    """A raw message (or an mbox of them, each after its "From " line) as its readable
    text: the headers that say who and when, then its plain text part, decoded (or its
    HTML part's text)."""
    if not (MIME.search(text) or MBOX_FROM.match(text)):
        return text  # a thread pasted as text
    starts = [match.start() for match in MBOX_FROM.finditer(text)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    messages = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return "\n\n".join(_message_text(message) for message in messages if message.strip())


def _message_text(raw: str) -> str:
    message = email.message_from_string(MBOX_FROM.sub("", raw, count=1).lstrip("\n"),
                                        policy=email.policy.default)  # fmt: skip
    head = [f"{name}: {message[name]}" for name in ("From", "Date", "Subject") if message[name]]
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        if part is not None and part.get_content_subtype() == "html":
            body = html_to_markdown(body)
    except (LookupError, ValueError, AttributeError):
        body = raw  # an encoding it does not know: as it was written
    body = _without_signature(body.replace("\r\n", "\n").strip())
    return "\n".join(head) + "\n\n" + body


SIGNATURE = re.compile(r"^--\s?$")
CLOSING = re.compile(
    r"^\W*(?:thanks|thank you|many thanks|cheers|best|best regards|regards|kind regards|"
    r"ta|talk soon|good luck\b.{0,60}|see you\b.{0,40}|speak soon)\W*$",
    re.IGNORECASE,
)


def _without_signature(body: str) -> str:
    """A message without its signature ("-- " and what a mailing list adds under it) and
    its closing ("Thanks!" / "Priya"): they answer nothing."""
    lines = body.split("\n")
    cut = next((i for i, line in enumerate(lines) if SIGNATURE.match(line)), len(lines))
    lines = lines[:cut]
    while lines and not lines[-1].strip():
        lines.pop()
    filled = [i for i, line in enumerate(lines) if line.strip()][-3:]
    closing = next((i for i in filled if CLOSING.match(lines[i])), None)
    after = [lines[i] for i in filled if closing is not None and i > closing]
    if closing is not None and len(after) <= 1 and all(len(x.split()) <= 3 for x in after):
        lines = lines[:closing]  # "Thanks!" / "Priya"
    return "\n".join(lines).strip()


def _mail_text(text: str) -> str:
    """The thread's text, unquoted, without headers, "wrote:" lines and phone footers."""
    out: list[str] = []
    for line in text.split("\n"):
        unquoted = QUOTE.sub("", line)
        bare = unquoted.strip()
        if WROTE.match(bare) or FORWARDED.match(bare):
            # an earlier message begins: a question asked above is not answered in it
            out.extend(["", MESSAGE_BREAK, ""])
            continue
        if HEADER.match(bare) or FOOTER.match(bare):
            continue
        if not bare and out and not out[-1]:
            continue  # ">" lines between quoted paragraphs: one blank line is enough
        out.append(unquoted.rstrip())
    return "\n".join(out).strip("\n") + "\n"
