"""Flattened Python's tokens: the one line split into names, strings, numbers and
operators, once for each way its pasted comments may end (flattened.py lays them out)."""

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""(?P<space>[ \t]+)|(?P<newline>\n)|(?P<comment>\#)|"""
    r"""(?P<string>(?:[rRbBuUfF]{1,2})?(?:'''|\"\"\"|'|"))|"""
    r"""(?P<number>\d[\w.]*)|(?P<name>[^\W\d]\w*)|"""
    r"""(?P<op>\.\.\.|->|\*\*=?|//=?|:=|[<>=!]=|<<=?|>>=?|[-+*/%&|^@]=|[()\[\]{}:;,.@=+\-*/%<>&|^~])"""
)
_COMMENT_END = re.compile(
    r"(?<=\s)(?:(?:return|yield|raise|def|class|async|await|import|from\s+[\w.]+\s+import|"
    r"if|for|with|while|try|pass)\b|@[A-Za-z_]|[A-Za-z_][\w.\[\]\"']*(?:\s*=[^=]|\()|\.\.\.\s*$)"
)
MAX_LAYOUTS = 16
LAYOUT_BUDGET = 8_000  # characters tokenised in all, so a long block gets fewer attempts
# Where a pasted comment may end, looked for this far only: comments are short.
MAX_COMMENT = 160


@dataclass
class Token:
    kind: str
    text: str
    start: int
    end: int


def tokenizations(code: str):
    """Tokens of the code for each way of ending its comments, the likeliest first.

    A pasted comment runs on into the code after it ("# shutdown app = FastAPI()"): each
    comment may end before any word that looks like the start of a statement, or at the end.
    """
    pending, tried = [()], 0
    attempts = max(1, min(MAX_LAYOUTS, LAYOUT_BUDGET // max(len(code), 1)))
    while pending and tried < attempts:
        choices = pending.pop()
        tokens, options = tokenize(code, choices)
        tried += 1
        if tokens is not None:
            yield tokens
        for index in range(len(options) - 1, len(choices) - 1, -1):
            for option in range(options[index] - 1, 0, -1):
                pending.append((*choices, *[0] * (index - len(choices)), option))


def tokenize(code: str, choices: tuple) -> tuple[list[Token] | None, list[int]]:
    tokens: list[Token] = []
    options: list[int] = []
    at = 0
    while at < len(code):
        match = _TOKEN.match(code, at)
        if match is None:
            return None, options
        kind = match.lastgroup
        if kind == "space":
            at = match.end()
            continue
        if kind == "comment":
            line_end = code.find("\n", at)
            line_end = len(code) if line_end < 0 else line_end
            window = code[at + 1 : min(line_end, at + 1 + MAX_COMMENT)]
            ends = [at + 1 + m.start() for m in _COMMENT_END.finditer(window)]
            ends = [*[end for end in ends if code[at + 1 : end].strip()][:4], line_end]
            choice = choices[len(options)] if len(options) < len(choices) else 0
            options.append(len(ends))
            end = ends[choice]
            tokens.append(Token("comment", code[at:end].rstrip(), at, end))
            at = end
            continue
        if kind == "string":
            end = _string_end(code, match.end(), match.group().lstrip("rRbBuUfF"))
            if end is None:
                return None, options
            tokens.append(Token("string", code[at:end], at, end))
            at = end
            continue
        tokens.append(Token(kind, match.group(), at, match.end()))
        at = match.end()
    return tokens, options


def _string_end(code: str, at: int, quote: str) -> int | None:
    while at < len(code):
        if code[at] == "\\":
            at += 2
        elif code.startswith(quote, at):
            return at + len(quote)
        elif code[at] == "\n" and len(quote) == 1:
            return None
        else:
            at += 1
    return None
