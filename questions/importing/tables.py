"""Questions in markdown tables: `| 16 | Handling database migrations safely | ... |`.

A table is a table of questions when its header names a question column ("Question",
"Topic", "Prompt", "Scenario"), or when most of its rows have a cell that asks. Any
other table (a comparison inside an answer) stays part of the answer, untouched.
"""

import re
from dataclasses import dataclass

from questions.importing import lines as L

TABLE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
DIVIDER_CELL = re.compile(r"^\s*(?::-+:?|-{2,}:?|-:)\s*$")  # "---", ":--", ":-:", "--:"
QUESTION_HEADER = re.compile(
    r"^\W*(?:questions?|interview questions?|prompts?|q|ask|what to ask)\W*$", re.IGNORECASE
)
# A column of topics: a cell is a question when it asks, or names its subject in a few words
# ("Handling database migrations safely"), not when it is a label ("cd, pwd").
TOPIC_HEADER = re.compile(
    r"^\W*(?:topics?|scenarios?|tasks?|titles?|problems?|challenges?)\W*$", re.IGNORECASE
)
# (an interview report's "Candidate response (interviewer notes)": what was answered; in
# German, Spanish, French too: "Antwort (EN)")
# A database's first column, its rows' names, beside a column of answers (Notion: "Name").
NAME_HEADER = re.compile(r"^\W*(?:name|title|card|term)\W*$", re.IGNORECASE)
# A cell that links to its row's own page: "[What is a CTE?](Rapid-fire/What%20is%20a%20CTE.md)"
PAGE_LINK = re.compile(r"^\[([^\[\]\n]{1,300})\]\((?!#)[^()\s]{1,500}\)$")
ANSWER_HEADER = re.compile(
    r"^\W*(?:(?:candidate(?:'s|’s)? |their |my |reference |suggested |sample |model )?"
    r"(?:answers?|responses?)|short answers?|"
    r"solutions?|explanations?|a|key points?|what (?:they|the candidate|i) said|antwort(?:en)?|"
    r"respuestas?|réponses?)"
    r"(?:\s*\([^()]{0,40}\))?\W*$",
    re.IGNORECASE,
)
# A rubric's columns: what a strong answer covers, and the red flags in a weak one.
OUTLINE_HEADER = re.compile(
    r"^\W*(?:what (?:a )?good (?:answer )?looks like|"
    r"(?:what |(?:(?:positive|strong) )?signals )?(?:(?:we|to) )?look for|"
    r"(?:positive |strong )?signals|"
    r"what we (?:expect|want|hope) to (?:hear|see)|"
    r"(?:what )?(?:a )?(?:good|strong) answer (?:covers|includes|contains|mentions)|"
    r"(?:expected|model|ideal|strong|good) answers?(?: looks like)?|answer outline|outline)\W*$",
    re.IGNORECASE,
)
RED_FLAGS_HEADER = re.compile(r"^\W*(?:red flags?|warning signs?|bad answers?)\W*$", re.IGNORECASE)
HEADER_PARTS = re.compile(r"/|&|\+|,|\band\b|\bor\b", re.IGNORECASE)  # parts are stripped
MIN_ASKING_ROWS = 2
CODE_ONLY = re.compile(r"^\s*`[^`]+`\s*$")
ESCAPED_BAR = re.compile(r"(?<!\\)\|")
# A header over a column of row numbers: "#", "No.", "Q", "ID" (or none).
COUNTING_HEADER = re.compile(r"^\W*+(?:no|nr|n|num|number|q|id|item|row)?\W*+$", re.IGNORECASE)
NUMBER_CELL = re.compile(r"^\W*(?:q\s*)?\d{1,4}\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class TableQuestion:
    index: int  # the row's line, 0-based
    prompt: str
    answer: str


def cells(row: str) -> list[str]:
    """A markdown table row's cells ("\\|" is a bar inside a cell, as in code)."""
    inner = row.strip()[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip().replace("\\|", "|") for cell in ESCAPED_BAR.split(inner)]


def markdown_table(rows: list[list[str]], headed: bool = True) -> list[str]:
    """`rows` as a markdown table's lines, under a divider when the first is a header."""
    width = max(len(row) for row in rows)
    table = [_markdown_row(row, width) for row in rows]
    return [*table[:1], *(["|" + "---|" * width] if headed else []), *table[1:]]


def _markdown_row(cells: list[str], width: int) -> str:
    cells = [cell.replace("|", "\\|") for cell in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"


def find_table_questions(texts: list[str], skip: list[bool]) -> list[TableQuestion]:
    """Every question row of every table of questions (lines in `skip` are code)."""
    found: list[TableQuestion] = []
    index = 0
    while index < len(texts):
        if skip[index] or not TABLE_ROW.match(texts[index]):
            index += 1
            continue
        end = index
        while end < len(texts) and not skip[end] and TABLE_ROW.match(texts[end]):
            end += 1
        found.extend(_questions_of(texts, index, end))
        index = end
    return found


def _questions_of(texts: list[str], start: int, end: int) -> list[TableQuestion]:
    rows = [(i, cells(texts[i])) for i in range(start, end)]
    header: list[str] = []
    if len(rows) >= 2 and all(DIVIDER_CELL.match(c) for c in rows[1][1] if c):
        header = rows[0][1]
        rows = rows[2:]
    rows = [(i, row) for i, row in rows if not all(DIVIDER_CELL.match(c) or not c for c in row)]
    if _sheet_letters(header) and _row_numbers(rows):  # its margins: letters, row numbers
        rows = [(i, row[1:]) for i, row in rows]
        if len(rows) >= 2 and sum(1 for cell in rows[0][1] if cell.strip()) == 1:
            rows = rows[1:]  # the sheet's title in merged cells, over its header
        header, rows = rows[0][1], rows[1:]
    header, rows = _without_empty_columns([_unlinked(name) for name in header], rows)
    if not rows or (len(header) >= 3 and not header[0]):
        return []  # "| | list | tuple |": a grid comparing things, inside an answer
    question_column = column_named(header, QUESTION_HEADER)
    answer_column = column_named(header, ANSWER_HEADER)
    outline_column, red_column = (
        column_named(header, OUTLINE_HEADER),
        column_named(header, RED_FLAGS_HEADER),
    )
    if question_column is None and answer_column is not None:
        named = column_named(header, NAME_HEADER)  # a database's "Name | Answer"
        if named is not None and _names_questions(rows, named):
            question_column = named
    topic_column = None if question_column is not None else column_named(header, TOPIC_HEADER)
    if topic_column is not None and _names_subjects(rows, topic_column):
        question_column = topic_column
    if question_column is None:
        headed = _asking_column([(start, header), *rows]) if header else None
        if headed is not None and headed < len(header) and L.looks_like_question(header[headed]):
            # no header at all: its first row is a question too (a page's table of them)
            rows = [(start, header), *rows]
        # (numbered rows under a header that names its numbers otherwise, "| Score | Meaning |",
        # are a scale, not questions)
        question_column = _asking_column(rows, numbered=not header or _counts(header[0]))
        if question_column is None:
            return _asking_terms(rows)
        if answer_column is None and {len(row) for _, row in rows} == {2}:
            answer_column = 1 - question_column  # "| True or false: ... | **True.** ... |"
    asked = [row[question_column] for _, row in rows if question_column < len(row)]
    asking = sum(1 for cell in asked if cell.rstrip().endswith("?")) >= MIN_ASKING_ROWS
    found = []
    for index, row in rows:
        if question_column >= len(row) or not re.search(r"[^\W\d_]", row[question_column]):
            continue
        if asking and _command_row(row, question_column, answer_column):
            continue  # a cheat sheet's "List pods | `kubectl get pods`" among its questions
        if L.ANCHOR_LINKS_ONLY.match(row[question_column]):
            continue  # "[What is Docker?](#what-is-docker)": a table of contents
        if _group_title(row, question_column):
            continue  # "| | **Concurrency** |": the rows under it are a group
        answer = ""
        if answer_column is not None and answer_column < len(row):
            answer = _lines(row[answer_column])
        elif outline_column is not None or red_column is not None:
            answer = rubric_text(row, outline_column, red_column)
        asked_cell = PAGE_LINK.sub(r"\1", row[question_column].strip())  # a database's row page
        found.append(TableQuestion(index, asked_cell, answer))
    return found


def _group_title(row: list[str], column: int) -> bool:
    cell = row[column].strip()
    alone = all(not other.strip() for at, other in enumerate(row) if at != column)
    return alone and bool(WHOLLY_BOLD.match(cell)) and not L.asks(cell)  # ("**Explain X**" asks)


WHOLLY_BOLD = re.compile(r"^(\*\*|__)[^*_\n]{1,80}\1$")


def _unlinked(name: str) -> str:
    """A header's name without its links: "[](?o=) [Prompt](?o=-1)" (sort links) is "Prompt"."""
    return HEADER_LINK.sub(r"\1", name).strip() if "](" in name else name


HEADER_LINK = re.compile(r"\[([^\[\]\n]{0,100})\]\([^()\s]{0,300}\)")


def _without_empty_columns(
    header: list[str], rows: list[tuple[int, list[str]]]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The table without the columns nothing is written in (an admin list's checkboxes)."""
    width = max([len(header), *(len(row) for _, row in rows)])
    empty = {
        column
        for column in range(width)
        if not (column < len(header) and header[column].strip())
        and not any(column < len(row) and row[column].strip() for _, row in rows)
    }
    if not empty:
        return header, rows

    def kept(row: list[str]) -> list[str]:
        return [cell for column, cell in enumerate(row) if column not in empty]

    return kept(header), [(index, kept(row)) for index, row in rows]


def _names_questions(rows: list[tuple[int, list[str]]], column: int) -> bool:
    """Rows named by their questions ("What is a CTE?", "WHERE vs HAVING"), half of them
    at least; not by labels ("Navigation" beside its exercise and its solution)."""
    names = [PAGE_LINK.sub(r"\1", row[column].strip()) for _, row in rows if column < len(row)]
    asking = sum(1 for name in names if name.endswith("?") or L.asks(name) or L.compares(name))
    return bool(names) and 2 * asking >= len(names)


def _sheet_letters(header: list[str]) -> bool:
    """A spreadsheet's own header, its columns' letters: "| | A | B | C |"."""
    letters = [cell.strip() for cell in header[1:]] if header[:1] == [""] else header
    return len(letters) >= 2 and letters == [chr(ord("A") + n) for n in range(len(letters))][:26]


def _row_numbers(rows: list[tuple[int, list[str]]]) -> bool:
    """A sheet published with its margins numbers its rows 1, 2, 3... (then its first row
    is its header): "| | A | B |" over rows of its own is a comparison, not a sheet."""
    numbers = [row[0].strip() if row else "" for _, row in rows]
    return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _command_row(row: list[str], question_column: int, answer_column: int | None) -> bool:
    """A row that names a task and gives only its command, asking nothing."""
    if row[question_column].rstrip().endswith("?") or answer_column is None:
        return False
    return answer_column < len(row) and bool(CODE_ONLY.match(row[answer_column]))


def rubric_text(row: list[str], outline_column: int | None, red_column: int | None) -> str:
    """A rubric row's cells as the labelled rubric the cleaning step reads."""
    parts = []
    for label, column in (("Answer outline", outline_column), ("Red flags", red_column)):
        cell = _lines(row[column].strip()) if column is not None and column < len(row) else ""
        if cell:
            parts.append(f"{label}: {cell}")
    return "\n".join(parts)


def _lines(cell: str) -> str:
    """A cell's text, its "<br>" line breaks as new lines."""
    return cell.replace("<br>", "\n").replace("<br/>", "\n")


def _asking_terms(rows: list[tuple[int, list[str]]]) -> list[TableQuestion]:
    """A glossary (term | explanation) with a row that asks: "| What is a JWT? | Signed
    token |". Wider tables compare things ("| Ordered? | yes | no |") and stay answers."""
    if any(len(row) != 2 for _, row in rows):
        return []
    return [
        TableQuestion(index, row[0], row[1])
        for index, row in rows
        if row[0].endswith("?") and len(row[0].split()) >= 3 and L.asks(row[0]) and row[1]
    ]


def _names_subjects(rows: list[tuple[int, list[str]]], column: int) -> bool:
    cells = [row[column] for _, row in rows if column < len(row)]
    return bool(cells) and all(
        L.looks_like_question(cell) or len(re.findall(r"[^\W\d_]+", cell)) >= 3 for cell in cells
    )


def column_named(header: list[str], pattern: re.Pattern) -> int | None:
    """The column whose header is `pattern`'s name, alone or as one of the names a header
    joins ("Task / question", "Command / answer")."""
    for position, name in enumerate(header):
        if pattern.match(L.strip_bold(name)):
            return position
    for position, name in enumerate(header):
        parts = HEADER_PARTS.split(L.strip_bold(name))
        if len(parts) > 1 and any(pattern.match(part.strip()) for part in parts):
            return position
    return None


def _asks(cell: str) -> bool:
    """A cell that asks ("Has never heard of it" starts as a question would, but says)."""
    if cell.rstrip().endswith("?"):
        return True
    first = cell.split(maxsplit=1)[0].lower() if cell.strip() else ""
    return L.looks_like_question(cell) and first not in AUXILIARIES


AUXILIARIES = set("is are was were has have had do does did can could will would should".split())


def _counts(name: str) -> bool:
    return bool(COUNTING_HEADER.match(L.strip_bold(name)))


def _asking_column(rows: list[tuple[int, list[str]]], *, numbered: bool = True) -> int | None:
    """The column whose cells ask, in most rows (`numbered` rows: the first text column)."""
    width = max(len(row) for _, row in rows)
    for position in range(width):
        column = [row[position] for _, row in rows if position < len(row)]
        asking = sum(_asks(cell) for cell in column)
        if asking * 2 > len(rows):
            return position
    numbered = numbered and all(row and NUMBER_CELL.match(row[0]) for _, row in rows)
    if numbered and len(rows) >= 2 and width >= 2:
        texts = [row[1] for _, row in rows if len(row) > 1]
        # (not a listing's numbered lines: "| 8 | `class Order(BaseModel):` |")
        if all(len(text.split()) >= 2 and not CODE_ONLY.match(text) for text in texts):
            return 1
    return None
