"""A page printed in two columns and copied as text (a cheat sheet, a handout through
`pdftotext -layout`): each line holds a line of the left column, spaces, and a line of the
right one. Read side by side, a question of one column runs into the other's answer; read
as the page means it, the left column comes first, then the right one.

The gutter is a column of spaces that lines with text on both sides share; a line that
crosses it (a title across the page) ends the columns, and they start again under it. Only
a part where both columns ask questions is split: aligned code, tables and listings stay.
"""

import re

from questions.importing.line_model import ends_with_question_mark

MIN_SIDE_BY_SIDE = 8  # lines with text on both sides of one gutter
MIN_WIDTH = 24  # the left column's, at least
MAX_CROSSING = 0.3  # lines that run through the gutter, for each side by side (titles, rules)
MIN_ASKING = 2  # questions in each column
MIN_GAPPED = 0.2  # the share of lines with a wide gap inside them
MAX_PAGE_WIDTH = 250  # characters: a longer line is no printed page's
_SPACES = re.compile(r" +")


def split_columns(text: str) -> str:
    """The text with each part printed in two columns read a column at a time."""
    lines = text.split("\n")
    gapped = sum(1 for line in lines if "   " in line.strip())  # (a cheap look first)
    if gapped < MIN_SIDE_BY_SIDE or gapped < MIN_GAPPED * sum(1 for line in lines if line):
        return text
    gutter = _gutter(lines)
    if gutter is None:
        return text
    out: list[str] = []
    start = 0
    for run_start, run_end in _runs(lines, gutter):
        out.extend(lines[start:run_start])
        out.extend(_columns(lines[run_start:run_end], gutter))
        start = run_end
    out.extend(lines[start:])
    return "\n".join(out)


def _gutter(lines: list[str]) -> int | None:
    """The column of spaces the most lines have text on both sides of, if enough do.

    Counted from each line's runs of spaces (not column by column): for every column, how
    many lines reach past it, how many have a space there, and how many have two spaces
    there with text on both sides."""
    page = [line for line in lines if len(line) <= MAX_PAGE_WIDTH]
    width = max((len(line) for line in page), default=0)
    if width < 2 * MIN_WIDTH:
        return None
    ending, spaces, both = [0] * (width + 2), [0] * (width + 2), [0] * (width + 2)
    for line in page:
        ending[len(line)] += 1
        for run in _SPACES.finditer(line):
            start, end = run.span()
            spaces[start] += 1
            spaces[end] -= 1
            if start and end < len(line) and end - start >= 2:  # inside, two spaces or more
                both[start + 1] += 1
                both[end] -= 1
    best, best_count = None, 0
    longer, spaced, beside = len(page), 0, 0
    for column in range(width):
        longer -= ending[column]  # (lines longer than `column`)
        spaced += spaces[column]
        beside += both[column]
        crossing = longer - spaced
        if column >= MIN_WIDTH and beside > best_count and crossing <= MAX_CROSSING * beside + 2:
            best, best_count = column, beside
    return best if best_count >= MIN_SIDE_BY_SIDE else None


def _runs(lines: list[str], gutter: int) -> list[tuple[int, int]]:
    """The parts (start, end) where no line crosses the gutter and both columns ask."""
    runs, start = [], None
    for index, line in enumerate([*lines, "\0" * (gutter + 1)]):
        crosses = len(line) > gutter and line[gutter] != " "
        if crosses and start is not None:
            if _both_ask(lines[start:index], gutter):
                runs.append((start, index))
            start = None
        elif not crosses and start is None:
            start = index
    return runs


def _both_ask(lines: list[str], gutter: int) -> bool:
    left = [line[:gutter] for line in lines]
    right = [line[gutter:] for line in lines]
    side_by_side = sum(1 for a, b in zip(left, right, strict=True) if a.strip() and b.strip())
    return side_by_side >= MIN_SIDE_BY_SIDE and all(
        sum(1 for row in rows if _asks(row)) >= MIN_ASKING for rows in (left, right)
    )


def _asks(row: str) -> bool:
    """Ends with "?" (an answer may well start "When..." or "How...": a page of questions
    beside their answers is one column, not two)."""
    return ends_with_question_mark(row.strip())


def _columns(lines: list[str], gutter: int) -> list[str]:
    left = [line[:gutter].rstrip() for line in lines]
    right = [line[gutter:].rstrip() for line in lines]
    margin = min((len(row) - len(row.lstrip()) for row in right if row.strip()), default=0)
    return left + [""] + [row[margin:] for row in right]
