"""A document's lines as the parser sees them, and how a rule looks at a line's neighbours.

Each `Line` carries its features (lines.py) and what the passes of marking.py and
plain_lines.py decided about it in its context.
"""

import re
from dataclasses import dataclass

from questions.importing import lines as L

STRONG = {"heading", "q-number", "q-label", "details", "labelled", "table", "titled-block"}
BULLETS = set(L.BULLET_GLYPHS)


@dataclass
class Line:
    text: str
    in_code: bool = False
    heading_level: int = 0
    heading_text: str = ""
    marker: L.Marker | None = None
    fence_open: str = ""  # a bare "python" line that starts an unfenced code block
    fence_close: bool = False  # the last line of such a block
    indent: int = 0
    region: int = 0  # which region (lines between two section headings) it is in
    joined: bool = False  # a wrapped question's later line, already in its prompt
    section_title: bool = False  # "2. **Web layer**": a section, not a question
    details_section: bool = False  # <summary> of a <details> that holds questions
    included: bool = False
    excluded: bool = False
    short_label: bool = False  # "Round 2 - system design" over the lines it titles
    card: bool = False  # "### 25. Code Review Scenario" over its task(s): a section
    question_list: bool = False  # a list whose every item asks: each is a question
    follow_up: bool = False  # an item of a list under "Follow-ups:": part of the answer
    table_head: bool = False  # header or divider of a table of questions: ends an answer


def is_list_item(line: Line) -> bool:
    first = line.text.lstrip()[:1]
    if line.in_code or not (first in BULLETS or first.isdigit() or first == "("):
        return False
    return bool(L.BULLET_LINE.match(line.text) or L.PLAIN_NUMBER.match(line.text))


def next_text(lines: list[Line], index: int, window: int = 3) -> int | None:
    for following in range(index + 1, min(index + 1 + window, len(lines))):
        if lines[following].text.strip():
            return following
    return None


def previous_text(lines: list[Line], index: int, window: int = 3) -> int | None:
    for previous in range(index - 1, max(index - 1 - window, -1), -1):
        if lines[previous].text.strip():
            return previous
    return None


ends_with_question_mark = L.ends_with_question_mark  # (where the line rules look for it)


def plain_prompt(text: str) -> str:
    """A plain question line without its emoji and its curly quotes."""
    text = L.strip_bold(text)
    if not text[:1].isalnum():
        text = L.strip_lead(text)
    text = text.strip()
    if text[-1:] in '”"’' and not re.search(r"[“\"‘]", text[:-1]):
        text = text[:-1]  # its opening quote went with the emoji
    elif text[:1] in '“"‘' and text[-1:] in '”"’':
        text = text[1:-1]
    return L.strip_bold(text.strip())
