"""A shell script kept as a cheat sheet, read as markdown: its comments are the text, its
commands are fenced as code.

    # Q: What does a CORS preflight request do?
    # A: Before a "non-simple" cross-origin request the browser sends an OPTIONS request
    #    and only sends the real one if the response allows it.
    curl -si -X OPTIONS "$API/items" -H 'Origin: https://app.example.com'

reads as the question, then its answer: the comment's lines and the command under them.
The shebang and the comment rulers between entries ("# -------") are not text.
"""

import re

SHEBANG = re.compile(r"^#![ \t]*/\S*?(?:env[ \t]+)?(?:ba|z|k|da)?sh\b")
COMMENT = re.compile(r"^[ \t]*#(?!!)[ \t]?(.*)$")
RULER = re.compile(r"^[-=#*~_ ]{3,}$")
MIN_COMMENTS = 3


def looks_like_shell_script(text: str) -> bool:
    lines = text.lstrip().split("\n", 2_000)[:2_000]
    comments = sum(1 for line in lines if COMMENT.match(line))
    return bool(lines) and SHEBANG.match(lines[0]) is not None and comments >= MIN_COMMENTS


def shell_script_to_markdown(text: str) -> str:
    out: list[str] = []
    code: list[str] = []

    def close() -> None:
        if code:
            out.extend(["", "```bash", *code, "```", ""])
            code.clear()

    for line in text.split("\n"):
        comment = COMMENT.match(line)
        if SHEBANG.match(line):
            continue
        if comment or not line.strip():
            close()
            said = comment.group(1).strip() if comment else ""
            out.append("" if RULER.match(said) else said)
        else:
            code.append(line)
    close()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
