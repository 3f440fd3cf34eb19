"""Notes written in reStructuredText (a Sphinx page of interview questions), read as markdown.

A reST title is a line underlined (and maybe overlined) with punctuation; its level is the
order in which each style first appears. A directive ("..  code-block:: python",
".. note::") owns the indented block under it: code becomes a fenced block, an admonition
its text, a to-do "TODO: ...", and the rest ("contents", "image", a label, a comment)
says nothing. Line numbers are kept: a line that says nothing becomes a blank line.
"""

import re
from functools import partial

from questions.importing.rest_tables import TABLE_DIRECTIVES, table_lines

ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.<>_])\1{2,}\s*$")
DIRECTIVE = re.compile(r"^(\s*)\.\.\s+([\w:-]{1,40})::\s*(.*)$")
ANY_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+[\w:-]{1,40}::", re.MULTILINE)
EXPLICIT = re.compile(r"^\s*\.\.(?:\s|$)")  # a label, a substitution or a comment
FIELD = re.compile(r"^:[\w ./-]{1,40}:(?:\s|$)")
CODE = {"code-block", "code", "sourcecode", "literalinclude"}
ADMONITIONS = {
    "note",
    "tip",
    "hint",
    "important",
    "warning",
    "caution",
    "attention",
    "danger",
    "error",
    "seealso",
    "admonition",
}
MIN_TITLES = 2
MAX_DEPTH = 20  # tables in tables' cells (each read as a document of its own)
CONVENTION = "#*=-~^\"'`+:._<>"
LITERAL = re.compile(r"``([^`\n]{1,300})``")
ROLE = re.compile(r":[\w:-]{1,30}:`([^`<\n]{1,300}?)(?:\s*<[^>\n]{1,300}>)?`")
LINK = re.compile(r"`([^`<\n]{1,300}?)\s*<([^>\n]{1,500})>`__?")


def looks_like_rest(text: str) -> bool:
    if not ANY_DIRECTIVE.search(text):
        return False  # one pass over the text first: most documents have no directive
    lines = text.split("\n")
    titles = sum(1 for i in range(1, len(lines)) if _is_title(lines, i))
    directives = sum(1 for line in lines if DIRECTIVE.match(line))
    return titles >= MIN_TITLES and directives >= 1


def rest_to_markdown(text: str, depth: int = 0) -> str:
    lines = text.split("\n")
    out = [""] * len(lines)
    styles: list[tuple[str, bool]] = []  # title styles in the order they appear
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _is_title(lines, i + 1):
            overlined = i > 0 and bool(ADORNMENT.match(lines[i - 1]))
            style = (lines[i + 1].strip()[0], overlined)
            if style not in styles:
                styles.append(style)
                styles.sort(key=_rank)
            out[i] = f"{'#' * min(styles.index(style) + 1, 6)} {_inline(line.strip())}"
            if overlined:
                out[i - 1] = ""
            i += 2
            continue
        directive = DIRECTIVE.match(line)
        if directive:
            i = _directive(lines, i, directive, out, depth)
            continue
        if EXPLICIT.match(line) or FIELD.match(line):
            i = _block_end(lines, i, len(line) - len(line.lstrip()))
            continue
        if line.rstrip().endswith("::") and not line.startswith(" "):
            out[i] = _inline(line.rstrip()[:-1]).rstrip()  # "Like this::" then a literal block
            i = _fence(lines, i, _block_end(lines, i, 0), out, "", opening=i + 1)
            continue
        out[i] = _inline(line) if not line.startswith(" ") else _body_line(line)
        i += 1
    return "\n".join(out)


def _rank(style: tuple[str, bool]) -> tuple[bool, int]:
    """Where a title style ranks: overlined above underlined, then in the order most
    writers use them ("=" above "-" above "~"), whichever comes first in the document."""
    char, overlined = style
    return (not overlined, CONVENTION.find(char))


def _is_title(lines: list[str], under: int) -> bool:
    """Is lines[under] the underline of the title on the line above it?"""
    title = lines[under - 1].strip()
    adornment = ADORNMENT.match(lines[under])
    return bool(
        adornment
        and title
        and not ADORNMENT.match(title)
        and not lines[under - 1].startswith(" ")
        and len(lines[under].strip()) >= len(title) - 2
    )


def _directive(lines: list[str], i: int, directive: re.Match, out: list[str], depth: int) -> int:
    """Write the directive at lines[i] and the block it owns; where the text goes on."""
    indent, name, argument = len(directive.group(1)), directive.group(2), directive.group(3)
    end = _block_end(lines, i, indent)
    if name in CODE:
        return _fence(lines, i, end, out, argument.strip())
    if name in TABLE_DIRECTIVES and depth < MAX_DEPTH:
        table = table_lines(name, lines[i + 1 : end], partial(rest_to_markdown, depth=depth + 1))
        if table:  # on the block's own lines, as far as they go
            room = end - i
            placed = [*table[: room - 1], "\n".join(table[room - 1 :])]
            out[i:end] = placed + [""] * (room - len(placed))
        return end
    content = [j for j in range(i + 1, end) if lines[j].strip() and not _option(lines[j])]
    if name in ADMONITIONS or name == "todo":
        label = {"todo": "TODO: ", "seealso": "See also: "}.get(name, f"{name.capitalize()}: ")
        first = _inline(argument.strip())
        out[i] = f"{label}{first}" if first or not content else ""
        for n, j in enumerate(content):
            text = _inline(lines[j].strip())
            out[j] = f"{label}{text}" if n == 0 and not first else text
    return end


def _fence(
    lines: list[str], i: int, end: int, out: list[str], language: str, opening: int | None = None
) -> int:
    """The block under lines[i] (to end) as fenced code; where the text goes on. The fence
    opens on `opening` (the directive's own line by default) and closes on the blank line
    after the block (or after its last line when there is none)."""
    content = [j for j in range(i + 1, end) if lines[j].strip() and not _option(lines[j])]
    opening = i if opening is None else opening
    if not content:
        out[i] = "" if opening == i else out[i]
        return end
    margin = min(len(lines[j]) - len(lines[j].lstrip()) for j in content)
    for j in range(content[0], end):
        out[j] = lines[j][margin:]
    if (opening < content[0] and not lines[opening].strip()) or opening == i:
        out[opening] = f"```{language}"
    else:
        out[content[0]] = f"```{language}\n{out[content[0]]}"
    if end < len(lines) and not lines[end].strip():
        out[end] = "```\n"  # and a blank line: what follows (a term, a title) is not code's
        return end + 1
    out[end - 1] += "\n```"
    return end


def _block_end(lines: list[str], i: int, indent: int) -> int:
    """The first line after lines[i] that is not in its indented block."""
    j = i + 1
    while j < len(lines) and (
        not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent
    ):
        j += 1
    while j - 1 > i and not lines[j - 1].strip():
        j -= 1  # the blank lines after a block are not in it
    return j


def _closing_line(lines: list[str], i: int, end: int) -> int:
    """Where a fenced block's closing fence goes: the blank line after it, else its last."""
    return end if end < len(lines) and not lines[end].strip() else max(end - 1, i)


def _option(line: str) -> bool:
    return bool(FIELD.match(line.strip()))


def _body_line(line: str) -> str:
    """An indented line: a list item keeps its depth; the rest (a definition under its term,
    a quoted paragraph) is read at the margin."""
    stripped = line.lstrip()
    if re.match(r"(?:[-*+]|\d{1,3}[.)]|#\.)\s", stripped):
        return line
    return _inline(stripped)


def _inline(text: str) -> str:
    text = LINK.sub(r"[\1](\2)", text)
    text = ROLE.sub(r"\1", text)
    return LITERAL.sub(r"`\1`", text)
