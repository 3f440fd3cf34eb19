"""A reStructuredText table directive as a markdown table: a "list-table" (each row a
bullet of bullets, a cell's text on as many lines as it needs, code blocks and all) or a
"csv-table" (its rows comma-separated, its header in a ":header:" option).

A cell's several lines become one: the lines of a paragraph joined by a space, the rest
(paragraph breaks, code) by "<br>", which the table of questions reads back as new lines.
"""

import csv
import io
import re
from collections.abc import Callable

from questions.importing.tables import markdown_table

TABLE_DIRECTIVES = {"list-table", "csv-table"}
OPTION = re.compile(r"^:([\w-]{1,30}):[ \t]*(.*)$")
ROW = re.compile(r"^[*+-][ \t]+-(?:[ \t]+|$)")  # "* - first cell"
DELIMITERS = {"tab": "\t", "space": " "}


def table_lines(name: str, block: list[str], cell: Callable[[str], str]) -> list[str] | None:
    """The directive `name`'s `block` (the lines under it) as markdown table lines, each
    cell's reST read by `cell`; None when it holds no rows."""
    options, content = _options(block)
    if name == "list-table":
        rows = _list_rows(content)
        rows = [[_one_line(cell("\n".join(lines))) for lines in row] for row in rows]
        header = []
    else:
        rows = [[_one_line(cell(text)) for text in row] for row in _csv_rows(content, options)]
        header = _csv_rows([options["header"]], options) if options.get("header") else []
    if not rows:
        return None
    headed = bool(header) or _number(options.get("header-rows", "")) > 0
    return markdown_table([*header[:1], *rows], headed=headed)


def _options(block: list[str]) -> tuple[dict[str, str], list[str]]:
    """The directive's options (":header-rows: 1") and its content, dedented."""
    filled = [line for line in block if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in filled), default=0)
    lines = [line[margin:] for line in block]
    options, index = {}, 0
    while index < len(lines) and (option := OPTION.match(lines[index].strip())):
        options[option.group(1).lower()] = option.group(2).strip()
        index += 1
    return options, lines[index:]


def _list_rows(content: list[str]) -> list[list[list[str]]]:
    """Rows of cells, each cell its lines (dedented to the cell's text)."""
    rows: list[list[list[str]]] = []
    column = 0  # where a cell's "-" stands, and its text after it
    for line in content:
        row = ROW.match(line)
        if row:
            column = line.index("-", 1)
            rows.append([[line[row.end() :]]])
            continue
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if rows and indent == column and (stripped == "-" or stripped.startswith("- ")):
            rows[-1].append([stripped[2:]])
        elif rows:
            rows[-1][-1].append(line[column + 2 :] if indent >= column + 2 else stripped)
    return rows


def _csv_rows(content: list[str], options: dict[str, str]) -> list[list[str]]:
    delimiter = options.get("delim", ",")
    escape = options.get("escape", "")
    try:
        reader = csv.reader(
            io.StringIO("\n".join(line for line in content if line.strip())),
            delimiter=DELIMITERS.get(delimiter, delimiter[:1] or ","),
            quotechar=options.get("quote", '"')[:1] or '"',
            escapechar=escape[:1] or None,
            skipinitialspace=True,
        )
        return [[cell.strip() for cell in row] for row in reader if any(row)]
    except (csv.Error, ValueError, TypeError):  # a quote left open, a field past csv's
        return []  # limit, a delimiter that is also the quote


def _one_line(markdown: str) -> str:
    """A cell's markdown on one line: a paragraph's lines joined, the rest by "<br>"."""
    out: list[str] = []
    code = paragraph = False
    for line in markdown.strip("\n").split("\n"):
        fence = line.lstrip().startswith("```")
        text = not code and not fence and bool(line.strip())
        if code and not line.strip() and out[-1].lstrip().startswith("```"):
            continue  # the blank line between a directive and its code
        if text and paragraph:
            out[-1] += " " + line.strip()
        else:
            out.append(line.rstrip() if code or fence else line.strip())
        paragraph, code = text, code != fence
    return "<br>".join(out)


def _number(text: str) -> int:
    return int(text) if re.fullmatch(r"[0-9]{1,4}", text) else 0
