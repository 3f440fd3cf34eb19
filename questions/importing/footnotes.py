"""Markdown footnotes that hold the answers of a note's questions, so that the answers stay
out of sight while the questions are practised:

    5. What is a covering index?[^5]
    ...
    [^5]: An index that holds every column the query reads, so...

Each answer is written under its question (indented under a list's item, as a list's
answers are), and the footnotes' own lines go. Footnotes on lines that ask nothing (a
source cited in prose) are left as they are.
"""

import re
from collections import Counter

from questions.importing import lines as L

REFERENCE = re.compile(r"\[\^([^\]\s]{1,20})\]")
DEFINITION = re.compile(r"^\[\^([^\]\s]{1,20})\]:[ \t]*(.*)$")
LIST_ITEM = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)")
MIN_ANSWERS = 2  # footnoted questions: fewer is a note's citation
MAX_SHARED = 5  # questions one footnote answers


def footnotes_under_questions(text: str) -> str:
    if "[^" not in text:
        return text
    lines = text.split("\n")
    notes, defined = _definitions(lines)
    asking = {
        index
        for index, line in enumerate(lines)
        if index not in defined
        and any(ref in notes for ref in REFERENCE.findall(line))
        and L.asks(REFERENCE.sub("", line).strip())
    }
    if len(asking) < MIN_ANSWERS:
        return text
    out: list[str] = []
    used: Counter[str] = Counter()
    for index, line in enumerate(lines):
        if index in defined:
            continue
        if index not in asking:
            out.append(line)
            continue
        # (a footnote shared by a few questions answers each; by many, a bounded few)
        refs = [ref for ref in REFERENCE.findall(line) if ref in notes and used[ref] < MAX_SHARED]
        used.update(refs)
        out.append(REFERENCE.sub(lambda ref: "" if ref.group(1) in notes else ref[0], line))
        item = LIST_ITEM.match(line)
        indent = " " * len(item.group(1)) if item else ""
        for ref in refs:
            out += ["", *(f"{indent}{row}" if row else "" for row in notes[ref])]
        out.append("")
    return "\n".join(out)


def _definitions(lines: list[str]) -> tuple[dict[str, list[str]], set[int]]:
    """Each footnote's lines by its label ("[^5]: ..." and the indented lines under it), and
    the numbers of the lines they take."""
    notes: dict[str, list[str]] = {}
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        found = DEFINITION.match(lines[index])
        if found is None:
            index += 1
            continue
        body = [found.group(2)]
        taken.add(index)
        index += 1
        while index < len(lines) and _goes_on(lines, index):
            body.append(lines[index].strip())
            taken.add(index)
            index += 1
        notes[found.group(1)] = body
    return notes, taken


def _goes_on(lines: list[str], index: int) -> bool:
    """A footnote's next line: indented, or a blank line before one."""
    if lines[index].startswith(("    ", "\t")):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return not lines[index].strip() and following.startswith(("    ", "\t"))
