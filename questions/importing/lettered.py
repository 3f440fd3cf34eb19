"""An outline marked with Roman numerals and letters ("I. PYTHON CORE" / "A. Internals" /
"i) What is the GIL?" / "a) a lock in CPython..."), as people type one in a plain text
editor or a word processor saves it. Markdown knows only "1." and "-" for list items, so the
marks would make every line a paragraph of its own; read as list items at their indentation,
the questions are items with their notes under them.

Several marks must be there, at two depths or more, Roman numerals ("ii)", "IV.") and letters
both, with a second item in some list ("ii)", "B."): the options of multiple-choice questions
("A) ... B) ... C) ...") are letters alone. Marks in a code block are the code's.
"""

import re
from collections.abc import Iterator

from questions.importing import lines as L

MARK = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>[IVXLC]{1,5}|[ivxlc]{1,5}|[A-Za-z])[.)][ \t]+(?=\S)"
)
# A list's second item: "ii)", "II.", "b)", "B."
SECOND = {"ii", "II", "b", "B"}
MIN_MARKS = 6
MIN_DEPTHS = 2


def looks_like_lettered_outline(text: str) -> bool:
    lines = text[:200_000].split("\n")
    marks = [(match["indent"], match["mark"]) for _, match in _marks(lines)]
    if len(marks) < MIN_MARKS:
        return False
    depths = {len(indent.expandtabs(4)) for indent, _ in marks}
    # Roman numerals of two letters or more ("ii", "IV"): a single "C" or "i" may be a letter
    roman = any(len(mark) > 1 for _, mark in marks)
    letters = any(len(mark) == 1 for _, mark in marks)
    return (
        len(depths) >= MIN_DEPTHS and roman and letters and any(mark in SECOND for _, mark in marks)
    )


def lettered_outline_to_markdown(text: str) -> str:
    lines = text.split("\n")
    for index, match in _marks(lines):
        lines[index] = f"{match['indent']}- {lines[index][match.end() :]}"
    return "\n".join(lines)


def _marks(lines: list[str]) -> Iterator[tuple[int, re.Match]]:
    """The marks of the lines outside code blocks, with the lines' indexes."""
    code = L.in_code_blocks(lines)
    for index, line in enumerate(lines):
        match = None if index in code else MARK.match(line)
        if match:
            yield index, match
