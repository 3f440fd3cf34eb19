"""Cards exported as rows: an Anki deck (tab-separated, "#separator:tab" headers), a
spreadsheet saved as TSV, or a CSV whose header names its question and answer columns.

Every row is a card, whatever its front looks like ("GIL", "INNER JOIN vs LEFT JOIN"), so
the rows are written out as "Q:"/"A:" pairs, which the parser reads one card at a time.
"""

import csv
import io
import re

from questions.importing.html import html_to_markdown

# Anki's export headers: "#separator:tab", "#html:true", "#deck column:2", "#tags column:5".
ANKI_HEADER = re.compile(r"^#(?:separator|html|notetype|deck|tags|guid)(?: column)?:", re.I)
ANKI_COLUMN = re.compile(r"^#(?:notetype|deck|tags|guid) column:(\d{1,2})\s*$", re.I)
SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
FRONT_NAMES = {"question", "questions", "front", "prompt", "q", "term"}
BACK_NAMES = {"answer", "answers", "back", "response", "a", "definition"}
MIN_ROWS = 3
TAG = re.compile(r"<[a-zA-Z/][^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,6});")


def looks_like_rows(text: str) -> bool:
    return _table(text) is not None


def rows_as_cards(text: str) -> str:
    table = _table(text)
    if table is None:
        return text
    rows, front, back = table
    cards = []
    for row in rows:
        question = " ".join(_cell(row, front).split())
        if question:
            cards.append(f"Q: {question}\nA: {_cell(row, back)}\n")
    return "\n".join(cards)


def _cell(row: list[str], column: int) -> str:
    value = row[column].strip() if column < len(row) else ""
    return html_to_markdown(value).strip() if TAG.search(value) else value


def _table(text: str) -> tuple[list[list[str]], int, int] | None:
    """(rows, front column, back column) when the text is a table of cards."""
    lines = text.strip("\n").split("\n")
    headers = [line for line in lines if ANKI_HEADER.match(line)]
    body = "\n".join(line for line in lines if not ANKI_HEADER.match(line))
    if headers:
        return _anki(headers, body)
    block = _tabbed_block(lines)
    if block is not None:
        rows = _rows(block, "\t")
        widths = [len(row) for row in rows]
        fronts = sum(1 for row in rows if row[0].strip())
        # a table of contents ("Basics<TAB>2") has page numbers where cards have answers
        numbers = sum(1 for row in rows if row[1].strip().isdigit())
        if (
            len(rows) >= MIN_ROWS
            and min(widths) >= 2
            and widths.count(widths[0]) >= 0.8 * len(rows)
            and fronts >= 0.8 * len(rows)
            and numbers < 0.5 * len(rows)
        ):
            return _named(rows) or (rows, 0, 1)
    first = lines[0] if lines else ""
    if "," in first:
        rows = _rows(body, ",")
        named = _named(rows) if len(rows) > MIN_ROWS else None
        if named is not None:
            return named
    return None


def _tabbed_block(lines: list[str]) -> str | None:
    """The lines from the first with a tab to the last, when they hold little else: a
    flashcard site's export copied with its page ("14 terms", "Upgrade to remove ads")
    around the rows."""
    tabbed = [i for i, line in enumerate(lines) if "\t" in line]
    if len(tabbed) < MIN_ROWS:
        return None
    block = lines[tabbed[0] : tabbed[-1] + 1]
    written = sum(1 for line in lines if line.strip())
    in_block = sum(1 for line in block if line.strip())
    # The rows are most of their block (a cell may go on over lines) and much of the text.
    if len(tabbed) < 0.9 * in_block or len(tabbed) < 0.3 * written:
        return None
    return "\n".join(block)


def _anki(headers: list[str], body: str) -> tuple[list[list[str]], int, int] | None:
    separator = "\t"
    taken = set()
    for header in headers:
        if header.lower().startswith("#separator:"):
            name = header.split(":", 1)[1].strip().lower()
            separator = SEPARATORS.get(name, name[:1] or "\t")
        column = ANKI_COLUMN.match(header)
        if column:
            taken.add(int(column.group(1)) - 1)
    rows = _rows(body, separator)
    if not rows:
        return None
    width = max(len(row) for row in rows)
    fields = [column for column in range(width) if column not in taken]
    if len(fields) < 2:
        return None
    return rows, fields[0], fields[1]


def _named(rows: list[list[str]]) -> tuple[list[list[str]], int, int] | None:
    """A header row naming the question and answer columns ("question,answer,topic")."""
    names = [cell.strip().lower() for cell in rows[0]]
    front = next((i for i, name in enumerate(names) if name in FRONT_NAMES), None)
    back = next((i for i, name in enumerate(names) if name in BACK_NAMES), None)
    if front is None or back is None:
        return None
    return rows[1:], front, back


def _rows(body: str, separator: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(body), delimiter=separator)
    try:
        return [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return []
