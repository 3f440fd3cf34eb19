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

import re

SHEBANG = re.compile(r"^#!.{0,100}\bpython")
IMPORT = re.compile(r"^(?:import [\w.]+|from [\w.]+ import \S)")
STATEMENT = re.compile(r"^(?:def |async def |class |import |from [\w.]+ import |@\w)")
COMMENT = re.compile(r"^([ \t]*)#(?!!)[ \t]?(.*)$")
RULE = re.compile(r"^[-=#*~_ ]{3,}$")  # "# -----": a ruler between drills
DOCSTRING = re.compile(r"^[ \t]*[rRuU]?(\"\"\"|''')(.*?)(\1)?[ \t]*$")
# A docstring that asks: "Q7: Explain...", "What does __slots__ do?"
ASKING = re.compile(r"^(?:Q(?:uestion)?\s*\d{1,4}\s*[.:)]|.{0,300}\?$)", re.IGNORECASE)
ANSWER_LABEL = re.compile(r"^A(?:nswer)?\s*:\s*")  # "# A: ..." notes: the answer goes on
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
    lines = _questions_before_their_code(text.split("\n"))
    out: list[str] = []
    code: list[str] = []  # the code read since the last text, fenced when text comes

    def flush() -> None:
        while code and not code[-1].strip():
            code.pop()
        if code:
            out.extend(["```python", *_dedented(code), "```"])
        code.clear()

    in_docstring = ""
    if lines and SHEBANG.match(lines[0]):
        lines[0] = ""  # how to run it, not a drill
    for line in lines:
        if in_docstring:  # a docstring that does not ask is code
            code.append(line)
            in_docstring = "" if in_docstring in line else in_docstring
            continue
        if MAIN.match(line):
            break  # the file's runner: its self-checks answer no drill
        comment = COMMENT.match(line)
        if comment and (not code or not code[-1].rstrip().endswith(("\\", ","))):
            flush()
            said = ANSWER_LABEL.sub("", comment.group(2).strip())
            out.append("" if RULE.match(said) else said)
            continue
        docstring = DOCSTRING.match(line)
        if docstring and docstring.group(3) and ASKING.match(docstring.group(2).strip()):
            flush()
            out.append(docstring.group(2).strip())
            continue
        if docstring and not docstring.group(3):
            in_docstring = docstring.group(1)
        if line.strip() or code:
            code.append(line)
        elif not code:
            out.append("")
    flush()
    return "\n".join(out)


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
