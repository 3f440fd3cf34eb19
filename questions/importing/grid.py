"""Tables and boxes drawn in ASCII ("+-----+-----+" rules, "|" down the sides), as a plain
text cheat sheet or a terminal prints them.

A cell wraps over as many lines as it needs, up to the next rule: read line by line, each
line of a wrapped question would be a fragment of its own. A table with a header row (a
"+====+" rule under it) becomes a markdown table, one row per group of lines between two
rules, its rows together where it starts; a box of one column holding a question ("| Q.
How should...") gives back its lines, and other boxes (tips, a title) stay as drawn. The
document keeps its number of lines.
"""

import re
from itertools import pairwise

from questions.importing import lines as L

RULE = re.compile(r"^[ \t]{0,8}\+(?:[-=]{2,400}\+){1,12}[ \t]*$")
ROW = re.compile(r"^[ \t]{0,8}\|.{0,2000}\|[ \t]*$")
MIN_COLUMNS = 2
MIN_QUESTIONS = 2
# A box drawn with the box-drawing characters ("┌───┐" / "│ ... │" / "└───┘", or doubled),
# when it holds questions: read as the same box in ASCII. Other boxes stay as drawn, and so
# does anything in a code block (a diagram, a tree's "├── app/").
BOX_TOP = re.compile(r"^[ \t]{0,8}[┌╔][─═┬╦]{2,400}[┐╗][ \t]*$")
BOX_SIDE = re.compile(r"^[ \t]{0,8}[│║├╠]")
BOX_BOTTOM = re.compile(r"^[ \t]{0,8}[└╚][─═┴╩]{2,400}[┘╝][ \t]*$")
MAX_BOX_LINES = 200
TO_ASCII = str.maketrans(
    dict.fromkeys("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬", "+") | {"─": "-", "═": "=", "│": "|", "║": "|"}
)


def unbox_grids(text: str) -> str:
    """`text` with each ASCII table as markdown and each box's lines unboxed."""
    if "┌" in text or "╔" in text:
        text = _drawn_boxes_in_ascii(text)
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        index = _grid(lines, index) if RULE.match(lines[index]) else index + 1
    return "\n".join(lines)


def _grid(lines: list[str], start: int) -> int:
    """Rewrite the grid whose top rule is at `start`; return the index after it."""
    edges = [at for at, char in enumerate(lines[start]) if char == "+"]
    groups: list[tuple[int, int, bool]] = []  # (first line, last line + 1, a header row)
    index, first = start + 1, None
    while index < len(lines):
        if RULE.match(lines[index]):
            if first is not None:
                groups.append((first, index, "=" in lines[index]))
            first = None
        elif ROW.match(lines[index]):
            first = index if first is None else first
        else:
            break
        index += 1
    end = groups[-1][1] + 1 if groups else start + 1
    if not groups:
        return end
    if len(edges) - 1 < MIN_COLUMNS:
        if not (_holds_a_card(lines[groups[0][0]]) or _holds_questions(lines[start:end])):
            return end  # a box of tips or a title: a sidebar, as drawn
        for at in range(start, end):  # a box: its lines where it stands, without its sides
            line = lines[at]
            indent = line[: len(line) - len(line.lstrip())]
            lines[at] = "" if RULE.match(line) else indent + line.strip().strip("|").strip()
        return end
    if not groups[0][2]:
        return end  # no header row ("+====+" under it) to name the columns: left as drawn
    rows = [_joined(lines[first:stop], edges) for first, stop, _ in groups]
    table = ["| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |" for cells in rows]
    table.insert(1, "| " + " | ".join("---" for _ in rows[0]) + " |")
    # the table's lines together at its top (markdown ends a table at a blank line), then
    # blank lines for the rest of what it took
    lines[start:end] = table + [""] * (end - start - len(table))
    return end


def _drawn_boxes_in_ascii(text: str) -> str:
    lines = text.split("\n")
    index, in_code = 0, False
    while index < len(lines):
        line = lines[index]
        if L.FENCE.match(line):
            in_code = not in_code
        elif not in_code and BOX_TOP.match(line):
            end = _box_end(lines, index)
            rows = lines[index + 1 : end] if end else []
            if end and (_holds_a_card(rows[0]) or _holds_questions(rows)):
                for at in range(index, end + 1):
                    lines[at] = lines[at].translate(TO_ASCII)
                index = end
        index += 1
    return "\n".join(lines)


def _box_end(lines: list[str], top: int) -> int | None:
    for index in range(top + 1, min(top + 1 + MAX_BOX_LINES, len(lines))):
        if BOX_BOTTOM.match(lines[index]):
            return index if index > top + 1 else None
        if not BOX_SIDE.match(lines[index]):
            return None
    return None


def _holds_a_card(first_row: str) -> bool:
    """A box whose first line labels a question ("| Q. How should a REST API...")."""
    text = first_row.strip().strip("|│║").strip()
    return bool(L.Q_LABEL.match(text) or L.Q_NUMBER.match(text))


def _holds_questions(rows: list[str]) -> bool:
    """A sidebar of numbered questions ("CHECK YOUR UNDERSTANDING" / "1. Why does...")."""
    texts = [row.strip().strip("|│║").strip() for row in rows]
    numbered = [text for text in texts if L.PLAIN_NUMBER.match(text)]
    asked = [text for text in texts if text.endswith("?")]  # (a question wraps in its box)
    return len(numbered) >= MIN_QUESTIONS and len(asked) >= MIN_QUESTIONS


def _joined(rows: list[str], edges: list[int]) -> list[str]:
    """Each column's text over the group's lines, cut where the rule puts its "+"."""
    columns = [[] for _ in edges[1:]]
    for row in rows:
        for column, (left, right) in enumerate(pairwise(edges)):
            text = row[left + 1 : right].strip(" |\t")
            if text:
                columns[column].append(text)
    return [" ".join(parts) for parts in columns]
