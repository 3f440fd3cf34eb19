"""A Python module that quizzes its reader in its docstrings: each function's (or class's)
docstring starts with a question, and the rest of it is the answer ("def drill_gil():",
its docstring "What does the GIL prevent? / It stops two threads..."). The code is the
module's own (demos, a runner), not text; a docstring that only asks, or says TODO, has no
answer.

Read with Python's own parser (nothing is run): a module that does not parse is no module.
"""

import ast
import re
from functools import lru_cache

from questions.importing import lines as L

DEF = re.compile(r"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+\w", re.MULTILINE)
MIN_ASKING = 3
MAX_MODULE_CHARS = 2_000_000
TRIPLE_QUOTES = ('"' * 3, "'" * 3)
# What a docstring says of the function's task rather than answering it: an example, its
# arguments, a doctest (the answer is then its code: program.py reads that)
SPECIFIES = re.compile(
    r"^(?:>>>|(?:examples?|args|arguments|params|parameters|returns?|raises|input|output|"
    r"constraints|note)\s*:)",
    re.IGNORECASE,
)


def looks_like_docstring_quiz(text: str) -> bool:
    quoted = any(quotes in text for quotes in TRIPLE_QUOTES)
    if not quoted or len(text) > MAX_MODULE_CHARS:
        return False
    if len(DEF.findall(text[:200_000])) < MIN_ASKING:
        return False
    documented = _documented(text)
    asking = [pair for pair in documented if pair[0]]
    # (else the answer is the function's code: program.py reads that)
    answered = [pair for pair in asking if pair[1] and not SPECIFIES.match(pair[1])]
    return len(answered) >= MIN_ASKING and 2 * len(asking) >= len(documented)


def docstring_quiz_to_markdown(text: str) -> str:
    cards = []
    for question, answer in _documented(text):
        if question:
            cards.append(f"### {question}\n\n{answer}".rstrip())
    return "\n\n".join(cards) + "\n"


@lru_cache(maxsize=1)  # (asked whether it is one, then read: one parse)
def _documented(text: str) -> list[tuple[str, str]]:
    """Each documented function's or class's (question, answer), in the module's order; the
    question "" when its docstring's first paragraph does not ask."""
    try:
        module = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    nodes = [
        node
        for node in ast.walk(module)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ]
    found = []
    for node in sorted(nodes, key=lambda node: node.lineno):
        docstring = ast.get_docstring(node)
        if not docstring:
            continue
        first, _, rest = docstring.strip().partition("\n\n")
        question = " ".join(first.split())
        asks = L.looks_like_question(question) and L.asks(question)
        found.append((question if asks else "", rest.strip()))
    return found
