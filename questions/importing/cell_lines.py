"""A table of questions that lost its grid: each cell on a line of its own, as a PDF of a
wiki page, or a table copied out of a viewer, gives it.

    Python & asyncio
    Question
    What good looks like
    What is the difference between a process, a thread and a coroutine?
    Processes have separate memory; threads share it; ...
    Explain what a context manager is and write one with contextlib.
    TBD

Its header is two lines that name a question column and an answer's ("Question" /
"Answer", "What good looks like"). Under it, a row is a line that asks and the lines up to
the next one that asks (the first always its answer, whatever it says: "Create the pool in
the lifespan handler"). A title over a header repeated is a section's ("Databases"); a
title that no header follows ends the table ("Change log"). The rows are written back as a
markdown table under the same header, read as any table is.
"""

import re

from questions.importing import lines as L
from questions.importing.delimited import ANSWER_PART, ASKED, BACK_NAMES, QUESTION_NAMED
from questions.importing.tables import OUTLINE_HEADER

MIN_ROWS = 3
MAX_NAME = 60  # a column's name, not a line of text
# A title, not a cell of text: a few words, no sentence's end ("Distributed systems & infra").
TITLE = re.compile(r"^[^.!?:;]{1,60}$")
MAX_TITLE_WORDS = 6


def looks_like_cell_lines(text: str) -> bool:
    return len(_rows(text.split("\n"))) >= MIN_ROWS


def cell_lines_to_markdown(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not _header_at(lines, index):
            out.append(lines[index])
            index += 1
            continue
        if out and _is_title(out[-1].strip()):  # the table's own title
            out[-1] = f"## {out[-1].strip()}"
        rows, index = _table_from(lines, index)
        out.extend(rows)
    return "\n".join(out)


def _header_at(lines: list[str], index: int) -> bool:
    """A question column's name on this line, an answer column's on the next."""
    if index + 1 >= len(lines) or max(map(len, lines[index : index + 2])) > MAX_NAME:
        return False
    first = _name(lines[index])
    if not (first in ASKED or QUESTION_NAMED.match(first)):
        return False
    second = _name(lines[index + 1])
    return bool(second in BACK_NAMES or ANSWER_PART.match(second) or OUTLINE_HEADER.match(second))


def _name(line: str) -> str:
    return " ".join(line.split()).lower()


def _rows(lines: list[str]) -> list[tuple[str, str]]:
    rows, index = [], 0
    while index < len(lines):
        if _header_at(lines, index):
            found, index = _cells_from(lines, index + 2)
            rows += found
        else:
            index += 1
    return rows


def _table_from(lines: list[str], index: int) -> tuple[list[str], int]:
    """The table whose header is at `index`, as markdown (a section's title over the same
    header again starts another table), and where the text after it starts."""
    header = [" ".join(line.split()) for line in lines[index : index + 2]]
    top = [f"| {header[0]} | {header[1]} |", "| --- | --- |"]
    out = ["", *top]
    while True:
        rows, index = _cells_from(lines, index + 2)
        out += [f"| {_cell(question)} | {_cell(answer)} |" for question, answer in rows]
        at = _next_text(lines, index)
        if at is not None and _header_at(lines, at):  # the header again, on the next page
            index = at
            continue
        after = _next_text(lines, at + 1) if at is not None else None
        if after is None or not _is_title(lines[at].strip()) or not _header_at(lines, after):
            return [*out, ""], index
        out += ["", f"## {lines[at].strip()}", "", *top]
        index = after


def _cells_from(lines: list[str], index: int) -> tuple[list[tuple[str, str]], int]:
    """The rows from `index` on: each a line that asks and what follows it up to the next
    line that asks, a title or a header; and where they stop."""
    rows: list[tuple[str, list[str]]] = []
    while (at := _next_text(lines, index)) is not None:
        text = lines[at].strip()
        starts_row = not rows or rows[-1][1]  # (a row's first line after it is its answer)
        if _header_at(lines, at) or (starts_row and _is_title(text)):
            break
        if starts_row and (L.looks_like_question(text) or L.starts_with_task(text)):
            rows.append((text, []))
        elif rows:
            rows[-1][1].append(text)
        else:
            break
        index = at + 1
    return [(question, " ".join(answer)) for question, answer in rows], index


def _is_title(text: str) -> bool:
    return (
        text[:1].isupper()
        and bool(TITLE.match(text))
        and len(text.split()) <= MAX_TITLE_WORDS
        and not L.asks(text)
    )


def _next_text(lines: list[str], index: int) -> int | None:
    """The next line from `index` with text (a page's furniture left blank lines)."""
    for at in range(index, len(lines)):
        if lines[at].strip():
            return at
    return None


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
