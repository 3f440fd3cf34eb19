"""Restoring Python that was pasted onto one line ("def get_db(): db = SessionLocal() try: ...").

The line is split into tokens, the tokens into statements (a statement keyword, a block
header's colon or two values side by side start a new one), and the statements are indented
from their keywords. What comes out must compile (which also refuses "return" outside a
function, as parsing alone does not); otherwise the original is kept and counted as not
restored, for staff to fix by hand.
"""

import re
from dataclasses import dataclass

from questions.importing.flattened_tokens import (
    Token,
    tokenizations,
    tokenize,
)

FENCED_PYTHON = re.compile(r"^```(?:python|py|python3)?[ \t]*\n(.*?)\n```[ \t]*$", re.M | re.S)
_OPENERS, _CLOSERS = "([{", ")]}"
# Words that can start a statement wherever they stand at bracket depth 0.
_STATEMENT_WORDS = {
    "def", "class", "return", "raise", "pass", "break", "continue", "del", "assert",
    "import", "global", "nonlocal", "try", "while", "with", "yield", "elif", "except",
    "finally", "for",
}  # fmt: skip
_COMPOUND = {"def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally",
             "with", "async"}  # fmt: skip
_OPERATOR_WORDS = {"and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await",
                   "yield", "return", "from", "import", "as", "async", "raise", "assert", "del",
                   "def", "class", "with", "while", "try", "except", "finally", "elif",
                   "global", "nonlocal"}  # fmt: skip
_ENDS_BLOCK = {"return", "raise", "continue", "break"}
# Statements only Python starts with: a flattened block has at least one.
_PYTHON_SIGNS = _COMPOUND | {"@", "return", "import", "from", "yield", "raise", "assert", "await"}
_METHOD_DECORATORS = re.compile(
    r"@(?:classmethod|staticmethod|property|cached_property|abstractmethod|\w+\.setter|"
    r"field_validator|model_validator|validator|root_validator|field_serializer|computed_field)\b"
)
# Longer blocks are not pasted snippets; the scans below are quadratic at worst.
MAX_RESTORED = 4000


def compiles(code: str) -> bool:
    """Whether Python code parses and compiles ("return" outside a function does not)."""
    try:
        compile(code, "<snippet>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # ("x = ----...1": too deep)
        return False
    return True


def is_flattened(code: str) -> bool:
    """Python with no indentation that does not compile but holds several statements a line."""
    if len(code) > MAX_RESTORED:
        return False
    if any(line[:1] in " \t" for line in code.split("\n") if line.strip()):
        return False  # indented: its layout survived, whatever else is wrong with it
    if compiles(code):  # (after the look at its indentation: compiling costs more)
        return False
    tokens = tokenize(code, ())[0]
    if tokens is None:
        return False
    statements = _statements(tokens)
    if not any(_keyword(statement) in _PYTHON_SIGNS for statement in statements):
        return False  # "pip install fastapi uvicorn" splits into statements too: not Python
    lines = _statement_lines(statements, code)
    return len(set(lines)) < len(lines) or (
        len(statements) > 1 and any(_is_header(statement) for statement in statements)
    )


def restore_python(code: str) -> str | None:
    """The code laid out on indented lines, if it was flattened and can be; else None."""
    if not is_flattened(code):
        return None
    for tokens in tokenizations(code):
        statements = _statements(tokens)
        if any(_bare_word(statement) for statement in statements):
            continue  # "uvicorn main" is no statement pair: prose or shell inside
        for name_rule in (True, False):
            restored = _layout(statements, code, name_rule)
            if restored is not None and compiles(restored):
                return restored
    return None


def restore_flattened_code(markdown: str) -> tuple[str, int]:
    """Markdown with its flattened Python blocks restored, and how many could not be."""
    failed = 0

    def restore(match: re.Match) -> str:
        nonlocal failed
        code = match.group(1)
        if not is_flattened(code):
            return match.group(0)
        restored = restore_python(code)
        if restored is None:
            failed += 1
            return match.group(0)
        return f"```python\n{restored}\n```"

    return FENCED_PYTHON.sub(restore, markdown), failed


def _ends_value(token: Token | None) -> bool:
    if token is None:
        return False
    if token.kind in ("number", "string"):
        return True
    if token.kind == "name":
        return token.text not in _OPERATOR_WORDS
    return token.text in _CLOSERS or token.text == "..."


def _starts_value(token: Token) -> bool:
    if token.kind in ("number", "string"):
        return True
    return token.kind == "name" and token.text not in _OPERATOR_WORDS


def _statements(tokens: list[Token]) -> list[list[Token]]:
    """Split tokens into statements; a compound statement's header ends with its colon."""
    statements: list[list[Token]] = []
    current: list[Token] = []
    depth, lambdas = 0, 0
    for index, token in enumerate(tokens):
        if token.kind == "newline":
            if depth == 0 and current:
                statements.append(current)
                current, lambdas = [], 0
            continue
        if token.kind == "comment":
            if not current and statements and _is_header(statements[-1]):
                statements[-1].append(token)  # "def f():  # why" stays on the header's line
                continue
            current.append(token)
            if depth == 0:
                statements.append(current)
                current, lambdas = [], 0
            continue
        if depth == 0 and current and _starts_statement(tokens, index, current):
            statements.append(current)
            current, lambdas = [], 0
        current.append(token)
        if token.text in _OPENERS and token.kind == "op":
            depth += 1
        elif token.text in _CLOSERS and token.kind == "op":
            depth = max(depth - 1, 0)
        elif token.text == "lambda":
            lambdas += depth == 0
        elif token.text == ":" and depth == 0:
            if lambdas:
                lambdas -= 1
            elif _first_word(current) in _COMPOUND:
                statements.append(current)
                current = []
    if current:
        statements.append(current)
    return statements


def _starts_statement(tokens: list[Token], index: int, current: list[Token]) -> bool:
    token, previous = tokens[index], current[-1]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    ends = _ends_value(previous) or previous.text in ("pass", "break", "continue")
    if token.kind == "op":
        return (
            token.text == "@"
            and ends
            and following is not None
            and following.kind == "name"
            and following.start == token.end
        )
    if token.kind != "name":
        return ends and _starts_value(token) and previous.kind != "string"
    word = token.text
    if word == "else":
        return following is not None and following.text == ":"
    if word == "if":
        return ends and _colon_before_else(tokens, index)
    if word == "from":
        return ends and _is_from_import(tokens, index)
    if word == "import":
        return ends and not _is_from_import_name(tokens, index)
    if word == "async":
        return following is not None and following.text in ("def", "with", "for")
    if word == "await":  # "yield await pool.close()" was a bare yield, then the await
        return ends or (previous.text == "yield" and len(current) == 1)
    if word in _STATEMENT_WORDS:
        return ends or previous.text == "return" or word in ("elif", "except", "finally")
    return ends and _starts_value(token)


def _colon_before_else(tokens: list[Token], index: int) -> bool:
    depth = 0
    for token in tokens[index + 1 :]:
        if token.kind == "op" and token.text in _OPENERS:
            depth += 1
        elif token.kind == "op" and token.text in _CLOSERS:
            depth -= 1
        elif depth == 0 and token.text == ":":
            return True
        elif depth == 0 and token.text == "else":
            return False
    return False


def _is_from_import(tokens: list[Token], index: int) -> bool:
    at = index + 1
    while at < len(tokens) and (tokens[at].kind == "name" or tokens[at].text == "."):
        if tokens[at].text == "import":
            return True
        at += 1
    return False


def _is_from_import_name(tokens: list[Token], index: int) -> bool:
    at = index - 1
    while at >= 0 and (tokens[at].kind == "name" or tokens[at].text == "."):
        if tokens[at].text == "from":
            return True
        at -= 1
    return False


def _bare_word(statement: list[Token]) -> bool:
    """A statement that is one name alone ("install", "run"): no real code has those."""
    code = [token for token in statement if token.kind != "comment"]
    return len(code) == 1 and code[0].kind == "name" and code[0].text not in _KEEP_ALONE


_KEEP_ALONE = {"pass", "break", "continue", "return", "yield", "raise", "else", "try", "finally"}


def _first_word(statement: list[Token]) -> str:
    return statement[0].text if statement else ""


def _statement_lines(statements: list[list[Token]], code: str) -> list[int]:
    """The source line each statement starts on."""
    return [code.count("\n", 0, statement[0].start) for statement in statements]


def _is_header(statement: list[Token]) -> bool:
    code_tokens = [token for token in statement if token.kind != "comment"]
    return bool(code_tokens) and code_tokens[-1].text == ":" and _keyword(statement) in _COMPOUND


def _text(statement: list[Token], code: str) -> str:
    parts, previous = [], None
    for token in statement:
        if token.kind == "comment":
            parts.append(("  " if parts else "") + token.text)
        else:
            gap = previous is not None and code[previous.end : token.start] != ""
            tight = previous is not None and (previous.text in _OPENERS or token.text in _CLOSERS)
            parts.append((" " if gap and not tight else "") + token.text)
        previous = token
    return "".join(parts).strip()


@dataclass
class _Block:
    word: str  # the header's keyword: def, class, if, try, ...
    level: int
    name: str = ""  # a def's or a class's name


def _layout(statements: list[list[Token]], code: str, name_rule: bool) -> str | None:
    rows: list[str] = []
    stack: list[_Block] = []
    after_header = ends_block = False
    last_level, last_word = 0, ""
    for index, statement in enumerate(statements):
        word = _keyword(statement)
        if after_header:
            level = stack[-1].level + 1
        elif word in ("elif", "else", "except", "finally"):
            openers = {
                "elif": ("if", "elif"),
                "else": ("if", "elif", "for", "while", "try", "except"),
                "except": ("try", "except"),
                "finally": ("try", "except", "else"),
            }[word]
            while stack and stack[-1].word not in openers:
                stack.pop()
            if not stack:
                return None
            level = stack.pop().level
        elif word in ("def", "class", "@") and last_word != "@":
            level = _definition_level(statements, index, stack, code)
        elif statement[0].kind == "comment" and not stack:
            level = 0
        else:
            level = stack[-1].level + 1 if stack else 0
            if ends_block and stack:
                level = stack[-1].level
            if name_rule:
                level = _outside_functions_it_names(statement, stack, level)
        if word in ("def", "class") and last_word == "@":
            level = last_level
        while stack and stack[-1].level >= level:
            stack.pop()
        text = _text(statement, code)
        if level == 0 and rows and word in ("def", "class", "@") and last_word != "@":
            rows.append("")  # a blank line before each top-level definition, as PEP 8 has it
        rows.append("    " * level + text)
        last_word = word
        last_level = level
        after_header = _is_header(statement)
        if after_header:
            stack.append(_Block(word, level, _defined_name(statement)))
        ends_block = word in _ENDS_BLOCK
    if after_header:
        return None
    return "\n".join(rows)


def _keyword(statement: list[Token]) -> str:
    first = statement[0]
    if first.text == "async" and len(statement) > 1:
        return statement[1].text
    return first.text if first.kind in ("name", "op") else first.kind


def _defined_name(statement: list[Token]) -> str:
    words = [token.text for token in statement if token.kind == "name"]
    for keyword in ("def", "class"):
        if keyword in words and words.index(keyword) + 1 < len(words):
            return words[words.index(keyword) + 1]
    return ""


def _definition_level(statements, index: int, stack: list[_Block], code: str) -> int:
    """A def, a class or their decorators: a method stays in its class, the rest go to the top."""
    decorators = []
    while index < len(statements) and _keyword(statements[index]) == "@":
        decorators.append(_text(statements[index], code))
        index += 1
    if index >= len(statements):
        return 0
    header = statements[index]
    words = [token.text for token in header]
    classes = [block for block in stack if block.word == "class"]
    if not classes:
        return 0
    if _keyword(header) == "class":
        nested = _defined_name(header) in ("Config", "Meta")
        return classes[-1].level + 1 if nested else 0
    first_parameter = words[words.index("(") + 1] if "(" in words else ""
    method = first_parameter in ("self", "cls") or any(
        _METHOD_DECORATORS.match(decorator) for decorator in decorators
    )
    return classes[-1].level + 1 if method else 0


def _outside_functions_it_names(statement, stack: list[_Block], level: int) -> int:
    """Code that uses a function's name comes after it ("app.dependency_overrides[f] = f")."""
    names = {token.text for token in statement if token.kind == "name"}
    for block in stack:
        if block.word == "def" and block.name in names and block.level < level:
            return block.level
    return level
