"""Obsidian's callouts that hold a card: "> [!question] What is...?" over "> [!answer]-"
(folded until clicked), each quoting its text.

    > [!question] Why doesn't the GIL make your code thread-safe?

    > [!answer]-
    > The GIL only guarantees that one thread runs bytecode at a time...

reads as "Q: Why doesn't...?" and "A: The GIL only guarantees...", the quote marks gone.
A question callout whose title is empty asks what it quotes. An answer callout answers
only right after a question's ("> [!success] Tip" elsewhere is a note); other callouts
("> [!tip]") are left as they are.

MkDocs' admonitions (Python-Markdown, Material): a line "!!! tip "How to use this page""
or, folded, "??? question "What is a fixture?"" over its text, indented by four. A folded
one whose title asks is a question and its text the answer (a <details> block, as the
parser reads one); any other is an aside: its title labelled as one ("Info: Last
reviewed"), its text under it.
"""

import re

from questions.importing import lines as L

CALLOUT = re.compile(
    r"^[ \t]*>[ \t]*\[!(question|faq|help|q|answer|a|solution|success|check)\][+-]?[ \t]*(.*)$",
    re.IGNORECASE,
)
ASKING = ("question", "faq", "help", "q")
QUOTED = re.compile(r"^[ \t]*>[ \t]?")


def has_card_callouts(text: str) -> bool:
    return "[!" in text and any(CALLOUT.match(line) for line in text.split("\n"))


def callouts_to_cards(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    index = 0
    asked = False  # a question callout came last (blank lines apart): an answer may follow
    while index < len(lines):
        callout = CALLOUT.match(lines[index])
        label = "Q" if callout and callout.group(1).lower() in ASKING else "A"
        if callout is None or (label == "A" and not asked):
            asked = asked and not lines[index].strip()
            out.append(lines[index])  # ("> [!success] Tip" in an answer stays as it is)
            index += 1
            continue
        asked = label == "Q"
        quoted = []
        index += 1
        # (up to the next callout: "> [!answer]-" right under the question's line opens its own)
        while index < len(lines) and QUOTED.match(lines[index]) and not CALLOUT.match(lines[index]):
            quoted.append(QUOTED.sub("", lines[index], count=1))
            index += 1
        title, joined = callout.group(2).strip(), 0
        if label == "Q" and not title:
            words = []  # the question is what it quotes, however it wraps
            while quoted and quoted[0].strip():
                words.append(quoted.pop(0).strip())
            title, joined = " ".join(words), len(words)
        # (as many lines as before: the report's line numbers stay the document's)
        out.extend([f"{label}: {title}".rstrip(), *quoted, *[""] * joined])
    return "\n".join(out)


ADMONITION = re.compile(
    r'^([ \t]*)(!!!|\?\?\?\+?)[ \t]+([\w-]{1,30})(?:[ \t]+"([^"\n]{0,300})")?[ \t]*$'
)


def has_admonitions(text: str) -> bool:
    return ("!!! " in text or "??? " in text or "???+ " in text) and any(
        ADMONITION.match(line) for line in text.split("\n")
    )


def admonitions_to_markdown(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        opened = ADMONITION.match(lines[index])
        if opened is None:
            out.append(lines[index])
            index += 1
            continue
        margin, folded, kind, title = opened.groups()
        body_end = index + 1  # its text: the lines indented deeper, and blank lines between
        while body_end < len(lines) and (
            not lines[body_end].strip() or _indent(lines[body_end]) > len(margin)
        ):
            body_end += 1
        while body_end > index + 1 and not lines[body_end - 1].strip():
            body_end -= 1
        body = [
            line[len(margin) + 4 :] if line.strip() else "" for line in lines[index + 1 : body_end]
        ]
        title = (title or "").strip()
        if folded.startswith("?") and title and L.asks(title):
            out.append(f"{margin}<details><summary>{title}</summary>")
            out.extend(margin + line if line else "" for line in body)
            out.append(f"{margin}</details>")  # (on its own line: what follows is not in it)
        else:
            out.append(f"{margin}{kind.capitalize()}:" + (f" {title}" if title else ""))
            out.extend(margin + line if line else "" for line in body)
        index = body_end
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))
