"""A Typst document (.typ), read as markdown.

Typst writes headings as "= Title", "== Section"; sets styles and defines its own
functions on lines of their own ("#set text(size: 10pt)", "#let q(body) = ..."); and calls
functions on content in brackets: "#q[What changed in v2?]", "#ans[ ... ]",
"#link("https://...")[the docs]", "#strong[bold]". Each call is read as the content it
holds (a link as a markdown link), a call without content ("#pagebreak()", "#outline()")
and the definitions are not text, and comments go.
"""

import re

# "#set ...", "#let ...": a style or a definition, on a line of its own (and the lines its
# brackets keep open)
DEFINITION = re.compile(r"^[ \t]*#(?:set|let|show|import|include)\b")
CALL = re.compile(r"#([A-Za-z][\w-]{0,40})(?=[(\[])")
HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*)$")
LINE_COMMENT = re.compile(r"(?<![:\w])//[^\n]*")
BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
STRING = re.compile(r'"((?:[^"\\\n]|\\.){0,2000})"')
MIN_MARKS = 3
MAX_DEPTH = 50


def looks_like_typst(text: str) -> bool:
    head = text[:200_000]
    definitions = len(re.findall(r"^[ \t]*#(?:set|let|show|import)\b", head, re.MULTILINE))
    if not definitions:
        return False  # most documents: no Typst at all, and no need to look further
    calls = len(re.findall(r"^[ \t]*#[A-Za-z][\w-]{0,40}\[", head, re.MULTILINE))
    headings = len(re.findall(r"^=+[ \t]+\S", head, re.MULTILINE))
    return definitions + calls + headings >= MIN_MARKS


def typst_to_markdown(text: str) -> str:
    text = LINE_COMMENT.sub("", BLOCK_COMMENT.sub("", text))
    kept: list[str] = []
    depth = 0  # brackets and parentheses a definition left open
    for line in text.split("\n"):
        if depth or DEFINITION.match(line):
            depth = max(depth + _balance(line), 0)
            continue
        kept.append(line)
    lines = []
    for line in _content("\n".join(kept), 0).split("\n"):
        heading = HEADING.match(line)
        lines.append(f"{'#' * len(heading.group(1))} {heading.group(2)}" if heading else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _balance(line: str) -> int:
    return line.count("[") + line.count("(") - line.count("]") - line.count(")")


def _content(text: str, depth: int) -> str:
    """The text with each function call replaced by what it holds."""
    out: list[str] = []
    at = 0
    while (call := CALL.search(text, at)) is not None and depth < MAX_DEPTH:
        out.append(text[at : call.start()])
        name, at = call.group(1), call.end()
        arguments = ""
        if text.startswith("(", at):
            end = _closing(text, at, "(", ")")
            arguments, at = text[at + 1 : end], end + 1
        held = ""
        if text.startswith("[", at):
            end = _closing(text, at, "[", "]")
            held, at = _content(text[at + 1 : end], depth + 1), end + 1
        out.append(_called(name, arguments, held))
    out.append(text[at:])
    return "".join(out)


def _called(name: str, arguments: str, held: str) -> str:
    if name == "link":
        url = STRING.search(arguments)
        target = url.group(1) if url else ""
        return f"[{held.strip()}]({target})" if held.strip() and target else target or held
    if name == "strong":
        return f"**{held.strip()}**"
    if name == "emph":
        return f"_{held.strip()}_"
    if "\n" in held:  # a block: its lines, dedented, apart from what is around it
        rows = held.split("\n")
        margin = min((len(r) - len(r.lstrip()) for r in rows if r.strip()), default=0)
        return "\n" + "\n".join(row[margin:] for row in rows).strip("\n") + "\n"
    return held


def _closing(text: str, start: int, opening: str, closing: str) -> int:
    """Where the bracket opened at `start` closes (strings and escapes skipped); the text's
    end when it never does."""
    depth, at = 0, start
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == '"' and opening == "(":
            string = STRING.match(text, at)
            at = string.end() if string else at + 1
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return len(text)
