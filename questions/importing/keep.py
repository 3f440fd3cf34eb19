"""Notes copied out of a notes app one after another (Google Keep, Apple's "copy all"): each
note a title, its lines (often a checklist, "☐ is redis single threaded? - commands yes"),
and the app's footer, "Labels: interview, redis" and "Edited Mar 3".

Each note is a section. A line of it that asks (or names two things to compare, "jsonb vs
json"), or that has an answer (after " - ", or on the lines indented under it), is a
question; its answer is what follows the dash, else what is indented under it, else the
lines up to the next blank one in a note without a checklist. "☐ book dentist" is a to-do,
not a question. The footers go.
"""

import re

from questions.importing import lines as L

EDITED = re.compile(
    r"^[ \t]*edited[ \t]+(?:yesterday|today|just now|\d{1,2}:\d{2}(?:[ \t]*[ap]m)?|"
    r"[A-Za-z]{3,9}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Za-z]{3,9}(?:[ \t]+\d{4})?)"
    r"[ \t]*$",
    re.IGNORECASE,
)
LABELS = re.compile(r"^[ \t]*labels?[ \t]*:[ \t]", re.IGNORECASE)
# A checklist's item, its box already read as a list item's "- " (as in any document)
CHECKBOX = re.compile(r"^[ \t]{0,3}(?:[☐☑☒✓✔]|\[[ xX]\]|[-*•])[ \t]+")
# "jsonb vs json - jsonb = parsed binary": a dash with spaces around it, once
DASH = re.compile(r"[ \t][-–—][ \t]+(?=\S)")
MAX_ASKED = 120  # what comes before the dash, at most, to be a question
MIN_NOTES = 2
HEADING = re.compile(r"^#{1,6}[ \t]")


def looks_like_keep_notes(text: str) -> bool:
    """Notes that end with the app's footer: "Edited ..." right under their labels or their
    last line (not a markdown document's "Edited Mar 3" after a blank line, nor one with
    headings of its own)."""
    lines = text.split("\n")
    if any(HEADING.match(line) for line in lines):
        return False
    footers = sum(
        1
        for before, line in zip(["", *lines], lines, strict=False)
        if EDITED.match(line) and (LABELS.match(before) or CHECKBOX.match(before))
    )
    return footers >= MIN_NOTES and any(LABELS.match(line) for line in lines)


def keep_notes_to_markdown(text: str) -> str:
    parts = []
    for note in _notes(text):
        title, body = note[0].strip(), note[1:]
        parts.append(f"## {title}")
        checklist = any(CHECKBOX.match(line) for line in body)
        parts += _checklist(body) if checklist else _paragraphs(body)
    return "\n\n".join(parts)


def _notes(text: str) -> list[list[str]]:
    """Each note's lines (its title first), without its footer."""
    notes: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if EDITED.match(line):
            if current:
                notes.append(current)
            current = []
        elif LABELS.match(line):
            continue
        elif line.strip() or current:
            current.append(line)
    if any(line.strip() for line in current):
        notes.append(current)
    for note in notes:
        while note and not note[0].strip():
            note.pop(0)
    return [note for note in notes if note]


def _checklist(body: list[str]) -> list[str]:
    """Each item as a question with its answer, or as a line of the note."""
    items: list[tuple[str, list[str]]] = []
    before: list[str] = []  # the note's lines before its checklist: kept as they are
    for line in body:
        if CHECKBOX.match(line):
            items.append((line[CHECKBOX.match(line).end() :].strip(), []))
        elif items and line.strip():
            items[-1][1].append(line.strip())
        elif line.strip():
            before.append(line.strip())
    return ["\n".join(before)] * bool(before) + _cards(items)


def _paragraphs(body: list[str]) -> list[str]:
    """A note without a checklist: each paragraph its first line and what follows it."""
    paragraphs: list[list[str]] = [[]]
    for line in body:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return _cards([(lines[0], lines[1:]) for lines in paragraphs if lines])


def _cards(items: list[tuple[str, list[str]]]) -> list[str]:
    """A note of questions (a third of its items ask at least) as "Q:"/"A:" pairs; another
    ("☐ book dentist", "☐ email Sam re referral") as its lines."""
    split = [_split(first, rest) for first, rest in items]
    asking = sum(1 for asked, _ in split if _asks(asked))
    if asking * 3 < len(split):
        return ["\n".join([first, *rest]) for first, rest in items]
    cards = []
    for (first, rest), (asked, said) in zip(items, split, strict=True):
        if not (said or _asks(asked)):
            cards.append("\n".join([first, *rest]))
            continue
        answer = "\n".join(said)
        cards.append(f"Q: {asked}\nA: {answer}" if answer else f"Q: {asked}\nA:")
    return cards


def _split(first: str, rest: list[str]) -> tuple[str, list[str]]:
    """(what an item asks, its answer's lines): after its dash, or under it."""
    dash = DASH.search(first)
    if dash and dash.start() <= MAX_ASKED:
        return first[: dash.start()].strip(), [first[dash.end() :], *rest]
    return first, list(rest)


def _asks(text: str) -> bool:
    return L.asks(text) or bool(re.search(r"\bvs\.?\s", text, re.IGNORECASE))
