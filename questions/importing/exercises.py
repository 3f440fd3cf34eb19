"""A book's exercises: each numbered entry under "Exercises" (or "Review questions",
"Problems") is one question, however it is phrased, with its hanging lines and parts.

    EXERCISES

    4.13  A web handler reads a product's stock with a SELECT, decrements the value
          in Python, and writes it back with an UPDATE.
          (a) Show an interleaving of two concurrent requests that loses an update.
          (b) Give two different ways to fix the handler.

The entry sets the scene and its parts ask: all of it is the question (its answer, if the
book gives one, is in its key, by number). Only an entry's lines that go on its sentence (in
lower case, or after a line that ends none) or give its parts ("(a) ...") are read so: an
answer written under its question ("1. What is a lost update?" / "   Two transactions...")
is left to the other rules.
"""

import re

from questions.importing import lines as L
from questions.importing.line_model import Line

EXERCISES_TITLE = re.compile(
    r"^[#\s*_]*(?:(?:chapter|section)\s+\d{1,3}\s*[:.—–-]?\s*)?(?:exercises|problems|"
    r"review questions|practice (?:questions|problems)|self[- ]check(?: questions)?)"
    r"[\s*_:]*$",
    re.IGNORECASE,
)
# A printed page's edge between two entries: "132      CHAPTER 4  Transactions and ...",
# "4.9  Summary      131", and the rule under it.
PAGE_EDGE = re.compile(
    r"^\s*(?:\d{1,4}\s+(?:chapter|part)\s+\d{1,3}\b.{0,100}|(?:chapter|part)\s+\d{1,3}\b.{0,100}"
    r"\s\d{1,4}|[_=-]{10,})\s*$",
    re.IGNORECASE,
)
ENTRY = re.compile(r"^\s{0,3}(\d{1,2}(?:\.\d{1,3}){0,2})[.)]?\s{1,8}(?=\S)")
MAX_ENTRY_LINES = 30


def titles_exercises(text: str) -> bool:
    """ "EXERCISES", "Review questions": the part of a chapter that asks (no answer's)."""
    return EXERCISES_TITLE.match(text) is not None


def mark_exercises(lines: list[Line]) -> None:
    index = 0
    while index < len(lines):
        line = lines[index]
        titled = not line.in_code and titles_exercises(line.text.strip())
        index = _mark_entries(lines, index + 1) if titled else index + 1


def _mark_entries(lines: list[Line], start: int) -> int:
    """Each entry from `start` to the end of the part; returns where the part ends."""
    index = start
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        if line.heading_level or line.in_code or titles_exercises(text):
            return index
        entry = ENTRY.match(line.text)
        if entry is None:
            if text and PAGE_EDGE.match(text):
                line.text = ""  # (no part of the entry above it)
            elif text and line.indent == 0:
                return index  # the next part: "FURTHER READING", "Answers to selected ..."
            index += 1
            continue
        end = _entry_end(lines, index)
        if end > index:
            _one_question(lines, index, end, entry)
        index = end + 1
    return index


def _entry_end(lines: list[Line], index: int) -> int:
    """The entry's last line: its lines hang deeper than its number, and go on its sentence
    or give its parts; a blank line is inside it when such a line follows ("4.14  Consider
    the schedule" / "" / "    S: r1(X) w2(X)")."""
    margin = lines[index].indent
    end = index
    for following in range(index + 1, min(index + 1 + MAX_ENTRY_LINES, len(lines))):
        line = lines[following]
        text = line.text.strip()
        if not text:
            continue
        if line.indent <= margin or line.heading_level or not _goes_on(lines[end].text, text):
            break
        end = following
    return end


PART = re.compile(r"^\(?[a-h]\)\s")  # "(a) Show an interleaving...", "b) Give..."


def _goes_on(last: str, text: str) -> bool:
    """Whether `text` is more of the entry whose last line is `last`."""
    ended = last.rstrip().endswith((".", "?", "!"))
    return bool(PART.match(text)) or text[:1].islower() or not ended


def _one_question(lines: list[Line], index: int, end: int, entry: re.Match) -> None:
    hanging = [lines[i] for i in range(index + 1, end + 1)]
    if any(line.marker is not None and line.marker.kind == "heading" for line in hanging):
        return
    if any(L.BULLET_LINE.match(line.text) for line in hanging):
        return  # a list's item with its answer in bullets under it, as markdown nests them
    first = lines[index].text[entry.end() :].strip()
    rest = " ".join(line.text.strip() for line in hanging if line.text.strip())
    cited = entry.group(1)
    number = int(cited.rpartition(".")[2])
    lines[index].marker = L.Marker(
        "numbered-line", f"{first} {rest}".strip(), number, cited=cited if "." in cited else ""
    )
    for line in hanging:
        line.joined, line.marker = True, None
