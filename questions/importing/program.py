"""A Python file kept as drills, read as markdown: its comments (and the docstrings that ask)
are the text, its code is fenced.

    # Q4: How do you call blocking code from async code without blocking the
    #     event loop?
    async def call_blocking() -> str:
        # A: asyncio.to_thread pushes the call to a thread pool...
        return await asyncio.to_thread(slow_io)

reads as the question "Q4: ...", then its answer: the code and the notes in it. The
file's runner (`if __name__ == "__main__":`) checks the drills; it answers none of them.
"""

import ast
import inspect
import itertools
import re
import textwrap
import warnings

from questions.importing.exports import records_to_markdown

SHEBANG = re.compile(r"^#!.{0,100}\bpython")
IMPORT = re.compile(r"^(?:import [\w.]+|from [\w.]+ import \S)")
STATEMENT = re.compile(r"^(?:def |async def |class |import |from [\w.]+ import |@\w)")
COMMENT = re.compile(r"^([ \t]*)#(?!!)[ \t]?(.*)$")
RULE = re.compile(r"^[-=#*~_ ]{3,}$")  # "# -----": a ruler between drills
DOCSTRING = re.compile(r"^[ \t]*[rRuU]?(\"\"\"|''')(.*?)(\1)?[ \t]*$")
# A docstring that asks: "Q7: Explain...", "What does __slots__ do?"
ASKING = re.compile(r"^(?:Q(?:uestion)?\s*\d{1,4}\s*[.:)]|.{0,300}\?$)", re.IGNORECASE)
# ... or labels one inside it: "Q: What does functools.wraps do, and why use it here?"
ASKED = re.compile(r"^\s*+Q(?:uestion)?\s*+\d{0,4}\s*+:\s*+\S")
ANSWER_LABEL = re.compile(r"^A(?:nswer)?\s*:\s*")  # "# A: ..." notes: the answer goes on
UNANSWERED = re.compile(r"^(?:\?+|todo|tbd|\.\.\.|-+)\W*$", re.IGNORECASE)
RULED = "\x00"  # where a ruler comment was, until the titles between rulers are found
MAX_TITLE_LINES = 3
MAIN = re.compile(r"""^if __name__ == ["']__main__["']\s*:""")
MIN_STATEMENTS = 3
# A line of Python at the margin: a statement, an assignment, a call, a decorator, a line
# left open (a bracket, a colon) or a closing bracket.
CODE_LINE = re.compile(
    r"^(?:(?:def|class|async|import|from|if|elif|else|for|while|return|try|except|finally|"
    r"with|raise|assert|pass|print|global|del)\b|@\w|[\w.\[\]'\"]+\s*[-+*/|&]?=|\w[\w.]*\(|"
    r"[)\]}]|[rRuU]?(?:\"\"\"|''')|.*[:,(\[{\\]\s*$)"
)
CODE_SHARE = 0.8


def looks_like_python(text: str) -> bool:
    """A Python module: a python shebang, or imports before anything but comments and its
    docstring; and code at the margin, without a markdown fence anywhere."""
    lines = text.split("\n")
    if any(line.startswith("```") for line in lines):
        return False
    statements = sum(1 for line in lines if STATEMENT.match(line))
    if statements < MIN_STATEMENTS:
        return False
    rest = _after_docstring(lines)
    first = next((line for line in rest if line.strip()), "")
    return (bool(SHEBANG.match(lines[0])) or bool(IMPORT.match(first))) and _mostly_code(rest)


def _mostly_code(lines: list[str]) -> bool:
    """Nearly every line that is not a comment reads as Python, not as prose: notes that
    open with "import asyncio" and go on in sentences are not a module."""
    text = [line for line in lines if line.strip() and not COMMENT.match(line)]
    code = sum(1 for line in text if line[:1] in " \t" or CODE_LINE.match(line))
    return code >= CODE_SHARE * len(text)


def _after_docstring(lines: list[str]) -> list[str]:
    """The module's lines after its comments and docstring."""
    index = 0
    while index < len(lines) and (not lines[index].strip() or COMMENT.match(lines[index])):
        index += 1
    opening = DOCSTRING.match(lines[index]) if index < len(lines) else None
    if opening and not opening.group(3):
        index += 1
        while index < len(lines) and opening.group(1) not in lines[index]:
            index += 1
    elif not opening:
        return lines[index:]
    rest = lines[index + 1 :]
    while rest and (not rest[0].strip() or COMMENT.match(rest[0])):
        rest = rest[1:]
    return rest


def python_to_markdown(text: str) -> str:
    """The file's comments as text and its code fenced; a literal list of question records
    ("q"/"a" dicts, or pairs) as those questions; a docstring that asks as text."""
    parsed = _parsed(text)
    if parsed is None:  # not valid Python (a paste cut short): read line by line
        return _lines_to_markdown(text.split("\n"))
    lines = text.split("\n")
    strings, docstrings, records = _literals(parsed)
    out: list[str] = []
    start = 0
    for number in sorted(records):  # each literal bank in its place among the drills
        end, markdown = records[number]
        out += [_lines_to_markdown(lines[start : number - 1], strings, docstrings, start), markdown]
        start = end
    out.append(_lines_to_markdown(lines[start:], strings, docstrings, start))
    return "\n\n".join(part for part in out if part.strip())


def _parsed(text: str):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "invalid escape sequence" in a pasted regex
            return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _literals(tree) -> tuple[set[int], dict, dict[int, tuple[int, str]]]:
    """(the lines inside a string that started on a line before, 1-based; the docstrings
    that ask: {first line: (last line, where the text goes, the text)}, a function's after
    its code (the function answers the drill above it, the docstring asks one of its own);
    the literal lists of question records at the module's top level, by first line: (last
    line, markdown))."""
    strings: set[int] = set()
    docstrings: dict[int, tuple[int, int, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.update(range(node.lineno + 1, (node.end_lineno or node.lineno) + 1))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and _is_docstring(body[0]):
            said = inspect.cleandoc(body[0].value.value)
            if any(ASKING.match(row.strip()) or ASKED.match(row) for row in said.split("\n")):
                last = body[0].end_lineno or body[0].lineno
                after = last if isinstance(node, ast.Module) else (node.end_lineno or last)
                docstrings[body[0].lineno] = (last, after, said)
    records = {}
    for node in tree.body:
        assigned = isinstance(node, ast.Assign | ast.AnnAssign)
        value = getattr(node, "value", None) if assigned else None
        if isinstance(value, ast.List | ast.Tuple):
            markdown = records_to_markdown([_record(element) for element in value.elts])
            if markdown:
                records[node.lineno] = (node.end_lineno or node.lineno, markdown)
    return strings, docstrings, records


def _is_docstring(node) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and (node.end_lineno or node.lineno) > node.lineno  # one line: read as a line is
    )


def _record(node):
    """A record of a literal bank: a dict, or a pair ("What is X?", "X is ...")."""
    try:
        value = _literal(node)
    except RecursionError:
        return None
    if isinstance(value, list | tuple) and len(value) == 2 and isinstance(value[0], str):
        return {"q": value[0], "a": value[1] if isinstance(value[1], str) else None}
    return value


def _literal(node):
    """What a literal holds: strings joined as Python joins them, a dedented string as
    `textwrap.dedent` gives it; None for anything that is not a literal."""
    if isinstance(node, ast.Constant):
        value = node.value
        small = isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e15
        return value if isinstance(value, str) or small else None  # not 0xfff...f (4,000 digits)
    if isinstance(node, ast.Dict):
        pairs = zip(map(_literal, node.keys), map(_literal, node.values), strict=True)
        return {key: value for key, value in pairs if isinstance(key, str)}
    if isinstance(node, ast.List | ast.Tuple):
        return [_literal(element) for element in node.elts]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if isinstance(left, str) and isinstance(right, str) else None
    if isinstance(node, ast.Call) and len(node.args) == 1 and _called(node.func) in DEDENTS:
        said = _literal(node.args[0])
        return textwrap.dedent(said).strip() if isinstance(said, str) else None
    return None


DEDENTS = ("dedent", "cleandoc")


def _called(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _lines_to_markdown(
    lines: list[str],
    strings: set[int] | None = None,
    docstrings: dict[int, tuple[int, int, str]] | None = None,
    offset: int = 0,
) -> str:
    """`lines` (the file's from line `offset` + 1) as text and fenced code. With what the
    parser found (`strings`, `docstrings`), a line inside a string is code, and a docstring
    that asks is text; without (the file does not parse), triple quotes are followed."""
    lines = _questions_before_their_code(lines)
    if lines and offset == 0 and SHEBANG.match(lines[0]):
        lines[0] = ""  # how to run it, not a drill
    reader = _Reader(follow_quotes=strings is None)
    skip_to, asked_after = 0, {}  # a docstring that asks: "Q: What does wraps do...?"
    for number, line in enumerate(lines, start=offset + 1):
        if reader.done:
            break
        if number > skip_to and docstrings is not None and number in docstrings:
            skip_to, after, said = docstrings[number]
            asked_after.setdefault(after, []).append(said)
        if number <= skip_to:
            pass
        elif strings is not None and number in strings:
            reader.code.append(line)  # inside a string: neither a comment nor a docstring
        else:
            reader.read(line)
        for said in asked_after.pop(number, []):
            reader.text(["", said, ""])
    reader.flush()
    return "\n".join(_titled(reader.out))


def _titled(out: list[str]) -> list[str]:
    """A comment framed by rulers ("# ----" / "# Coding questions" / "# ----") is a title:
    it ends the drill before it."""
    rulers = [index for index, said in enumerate(out) if said == RULED]
    for first, second in itertools.pairwise(rulers):
        inside = out[first + 1 : second]
        if 0 < len(inside) <= MAX_TITLE_LINES and all(said.strip() for said in inside):
            title = "## " + " ".join(said.strip() for said in inside)
            out[first + 1 : second] = [title, *[""] * (len(inside) - 1)]  # as many lines
    return ["" if said == RULED else said for said in out]


class _Reader:
    """Comments become text, code is kept to be fenced when text comes."""

    def __init__(self, follow_quotes: bool):
        self.out: list[str] = []
        self.code: list[str] = []  # the code read since the last text
        self.follow_quotes = follow_quotes  # no parser: a docstring ends at its quotes
        self.in_docstring = ""
        self.done = False  # the file's runner: its self-checks answer no drill

    def flush(self) -> None:
        while self.code and not self.code[-1].strip():
            self.code.pop()
        if self.code:
            self.out.extend(["```python", *_dedented(self.code), "```"])
        self.code.clear()

    def text(self, said: list[str]) -> None:
        self.flush()
        self.out.extend(said)

    def read(self, line: str) -> None:
        if self.in_docstring:  # a docstring that does not ask is code
            self.code.append(line)
            self.in_docstring = "" if self.in_docstring in line else self.in_docstring
            return
        if MAIN.match(line):
            self.done = True
            return
        comment = COMMENT.match(line)
        if comment and (not self.code or not self.code[-1].rstrip().endswith(("\\", ","))):
            said = comment.group(2).strip()
            labelled = ANSWER_LABEL.match(said)
            said = said[labelled.end() :] if labelled else said
            if labelled and UNANSWERED.match(said):
                self.text(["", said])  # "# A: ???": not the question's last words
            else:
                self.text([RULED if RULE.match(said) else said])
            return
        docstring = DOCSTRING.match(line)
        if docstring and docstring.group(3) and ASKING.match(docstring.group(2).strip()):
            self.text([docstring.group(2).strip()])
            return
        if docstring and not docstring.group(3) and self.follow_quotes:
            self.in_docstring = docstring.group(1)
        if line.strip() or self.code:
            self.code.append(line)
        elif not self.code:
            self.out.append("")


def _questions_before_their_code(lines: list[str]) -> list[str]:
    """`def drill():` then `\"\"\"Q7: Explain...\"\"\"`: the question first, then its code."""
    lines = list(lines)
    for index in range(1, len(lines)):
        docstring = DOCSTRING.match(lines[index])
        header = lines[index - 1].lstrip()
        if (
            docstring
            and docstring.group(3)
            and header.startswith(("def ", "async def ", "class "))
            and ASKING.match(docstring.group(2).strip())
        ):
            lines[index - 1], lines[index] = lines[index].strip(), lines[index - 1]
    return lines


def _dedented(code: list[str]) -> list[str]:
    """The code without the indentation its lines share (a body read alone)."""
    margins = [len(line) - len(line.lstrip()) for line in code if line.strip()]
    cut = min(margins, default=0)
    return [line[cut:] for line in code]
