"""Telling code from prose in pasted documents, where code blocks lost their fences."""

import re

LANGUAGES = {
    "python": "python",
    "py": "python",
    "python3": "python",
    "bash": "bash",
    "sh": "bash",
    "shell": "bash",
    "console": "bash",
    "terminal": "bash",
    "zsh": "bash",
    "sql": "sql",
    "postgresql": "sql",
    "json": "json",
    "yaml": "yaml",
    "yml": "yaml",
    "toml": "toml",
    "ini": "ini",
    "javascript": "javascript",
    "js": "javascript",
    "typescript": "typescript",
    "ts": "typescript",
    "html": "html",
    "css": "css",
    "dockerfile": "dockerfile",
    "docker": "dockerfile",
    "nginx": "nginx",
    "go": "go",
    "java": "java",
    "rust": "rust",
    "text": "text",
    "plaintext": "text",
    "http": "http",
    "xml": "xml",
    "graphql": "graphql",
}
LANGUAGE_LINE = re.compile(rf"^\s*({'|'.join(LANGUAGES)})\s*:?\s*$", re.IGNORECASE)

_KEYWORD = re.compile(
    # (a definition as Python writes one: not "async def endpoints run on the event loop")
    r"^\s*(?:from\s+[\w.]+\s+import|import\s+[\w.]|def\s+\w|class\s+\w|"
    r"async\s+(?:def\s+\w+\s*\(|with\s|for\s)|"
    r"await\s|return\b|if\s.*:$|elif\s|else:|for\s.*:$|while\s.*:$|with\s.*:$|try:|except\b|"
    r"finally:|raise\s|yield\b|lambda\b|print\(|assert\s|pass$|@[\w.]+(?:\(.*\))?\s*$|#|//|/\*|"
    r"\$\s|>>>|\.\.\.\s+\S|"
    r"[├└│]|"
    r"(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|BEGIN|COMMIT)\s|"
    r"(?:pip|uv|uvicorn|gunicorn|docker|curl|npm|git|export|cd|pytest|alembic|kubectl)\s|"
    r"(?:const|let|var|function)\s|[{}\[\]()]{1,3}[,;]?\s*$)"
)
# Possessive runs ("*+", "++"): the annotation's characters include the space, so "x: "
# followed by many spaces was re-split between three quantifiers, cubic in its length.
# (An annotation of spaces alone, as in "x: += 1", no longer counts.)
_ASSIGNMENT = re.compile(r"^\s*+[\w.\[\]'\"]++(?:\s*+:\s*+[\w\[\], |.]++)?\s*[+\-*/%|&]?=\s*\S")
_CALL = re.compile(r"^\s*[\w.]+\(.*\)\s*[,;]?$")
_SYMBOLS = re.compile(r"->|=>|==|!=|:=|\+=|\w\(\)|\)\s*:$|[;{}]$|^\s*\w+:\s*\w+(?:\s*=|$)")


def looks_like_code(line: str) -> bool:
    if not line.strip():
        return False
    if line.startswith(("    ", "\t")):
        return True
    return bool(
        _KEYWORD.match(line)
        or _ASSIGNMENT.match(line)
        or _CALL.match(line)
        or _SYMBOLS.search(line)
    )


def looks_like_prose(line: str) -> bool:
    text = line.strip()
    if line.startswith(("    ", "\t")) or _KEYWORD.match(text) or _ASSIGNMENT.match(text):
        return False
    words = text.split()
    return len(words) >= 4 and sum(w[:1].isalpha() for w in words) >= 0.7 * len(words)


_SENTENCE = re.compile(
    r"^(?!(?:True|False|None|SELECT|INSERT|UPDATE|DELETE|CREATE)\b)[A-Z][a-z]+\b"
)


def looks_like_sentence(line: str) -> bool:
    """An English sentence, even one that mentions code ("The @lru_cache ensures Settings()...")."""
    text = line.strip()
    return (
        not line.startswith((" ", "\t"))
        and bool(_SENTENCE.match(text))
        and len(text.split()) >= 5
        and text.endswith((".", "!", "?", ":"))
    )


def guess_language(code: str) -> str:
    first = code.strip().split("\n", 1)[0]
    if re.search(r"[├└│]", code):
        return "text"  # a directory tree
    if re.match(r"^\s*(?:\$\s|pip|uv |uvicorn|gunicorn|docker|curl|npm|git|export|kubectl)", first):
        return "bash"
    if re.match(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|WITH)\s", first, re.IGNORECASE):
        return "sql"
    if re.match(r"^\s*(?:const|let|var|function|import .* from ['\"])", first):
        return "javascript"
    if re.match(r"^\s*[{\[]", first):
        return "json"
    return "python"
