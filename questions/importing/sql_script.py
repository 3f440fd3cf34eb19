"""A SQL script kept as drills, read as markdown: its comments are the text, its statements
are fenced as SQL.

    -- Q2: Write a query that returns the second highest salary.
    SELECT MAX(salary) FROM employees WHERE salary < (SELECT MAX(salary) FROM employees);
    -- copes with ties at the top.

reads as the question, then its answer: the query and the notes under it. A block comment
("/* Q8: What is the difference between ... and" / "   ... in Postgres? */") is text as
the lines inside it, so a question wrapped over its lines is read whole.
"""

import re

# A statement at the margin: what a script of queries is made of.
STATEMENT = re.compile(
    r"^(?:select|insert|update|delete|create|alter|drop|with|explain|begin|commit|rollback|"
    r"grant|truncate|vacuum|analyze|set|copy)\b",
    re.IGNORECASE,
)
LINE_COMMENT = re.compile(r"^[ \t]*--(?!-)[ \t]?(.*)$")  # (not AsciiDoc's "----" block)
RULER = re.compile(r"^[-=#*~_ ]{3,}$")  # "-- =======": a ruler between drills
OPENS = re.compile(r"^[ \t]*/\*+[ \t]?(.*)$")
CLOSES = re.compile(r"[ \t]*\*+/[ \t]*$")
MIN_STATEMENTS = 2
MIN_COMMENTS = 3


def looks_like_sql_script(text: str) -> bool:
    """Statements that run to their ";" and comments of SQL at the margin, and no markdown
    fence around them: prose that starts "Explain transaction.atomic." is not one."""
    lines = text.split("\n", 20_000)[:20_000]
    if any(line.startswith(("```", "~~~")) for line in lines):
        return False
    if any(_not_sql(line) for line in lines):
        return False
    starts = [index for index, line in enumerate(lines) if STATEMENT.match(line)]
    ended = sum(1 for index in starts if _ends(lines, index))
    comments = sum(1 for line in lines if LINE_COMMENT.match(line) or OPENS.match(line))
    return ended >= MIN_STATEMENTS and ended * 2 >= len(starts) and comments >= MIN_COMMENTS


# Outside its comments, a script holds no prose: no question, heading, tag, list or quote
# (study notes with a query in them, a mail with a "-- " signature, a page's <pre>, org or
# AsciiDoc blocks are not scripts)
NOT_SQL = re.compile(r"^[ \t]*(?:#|<[a-z/!]|\[|>|\*|\d{1,3}[.)][ \t]|-{4,}[ \t]*$)", re.IGNORECASE)
PROSE = re.compile(r"^[ \t]*[A-Za-z][a-z']*(?:[ \t]+[A-Za-z][\w'’,-]*){4,}[.!?][ \t]*$")
MAX_STATEMENT_LINES = 40


def _not_sql(line: str) -> bool:
    if LINE_COMMENT.match(line) or not line.strip():
        return False
    stripped = line.rstrip()
    return bool(
        NOT_SQL.match(line)
        or stripped.endswith("?")
        or (PROSE.match(line) and not STATEMENT.match(line))
    )


def _ends(lines: list[str], index: int) -> bool:
    """Whether the statement starting at `index` ends with a ";" before a blank line."""
    for line in lines[index : index + MAX_STATEMENT_LINES]:
        if not line.strip():
            return False
        if line.rstrip().endswith(";"):
            return True
    return False


def sql_script_to_markdown(text: str) -> str:
    out: list[str] = []
    code: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        comment = LINE_COMMENT.match(line)
        opened = OPENS.match(line)
        if comment or opened or not line.strip():
            _flush(out, code)
        if comment:
            said = comment.group(1).rstrip()
            out.append("" if RULER.fullmatch(said or "---") else said)
        elif opened:
            index = _block(lines, index, out)
        elif line.strip():
            code.append(line)
        elif not code:
            out.append("")
        index += 1
    _flush(out, code)
    return "\n".join(out)


def _block(lines: list[str], index: int, out: list[str]) -> int:
    """A block comment's lines as text (its "*" margins gone); the index of its last line."""
    first = OPENS.match(lines[index]).group(1)
    rows = [first]
    while not CLOSES.search(rows[-1]) and index + 1 < len(lines):
        index += 1
        rows.append(lines[index].strip().removeprefix("* ").removeprefix("*"))
    rows[-1] = CLOSES.sub("", rows[-1])
    out.extend("" if RULER.fullmatch(row.strip() or "---") else row.strip() for row in rows)
    return index


def _flush(out: list[str], code: list[str]) -> None:
    if code:
        out.extend(["```sql", *code, "```"])
        code.clear()
