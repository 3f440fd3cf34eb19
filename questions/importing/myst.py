"""MyST markdown (Jupyter Book, Sphinx): markdown with directives fenced as code is.

    ````{dropdown} What is an event loop?
    :open:

    The event loop is the scheduler at the heart of asyncio...
    ````

A directive opens with backticks or colons and its name in braces, its title after it, its
options (":open:", ":class: tip") on the lines under it. Read as code, each is a listing
and its questions are lost. Rewritten as the markdown it renders to: a dropdown (or toggle)
is a folded <details> block, its title the summary that asks and its text the answer; an
admonition or a note is a quotation; a code cell is code; a table of contents is nothing.
Roles ("{ref}`interview-log`", "{bdg-warning}`hard`") read as their text, and a target
line ("(asyncio-interview)=") as nothing.
"""

import re

OPENING = re.compile(r"^(`{3,}|:{3,})\{([\w-]{1,40})\}[ \t]*(.*)$")
OPTION = re.compile(r"^:[\w-]{1,40}:(?:[ \t].*)?$")
ROLE = re.compile(r"\{[\w-]{1,40}(?::[\w-]{1,40})?\}`([^`\n]{1,200})`")
TARGET = re.compile(r"^\([\w.-]{1,100}\)=[ \t]*$")
FOLDED = {"dropdown", "toggle", "details"}
CODE = {"code-cell", "code-block", "code", "sourcecode", "literalinclude"}
HIDDEN = {"contents", "toctree", "glue", "figure", "image", "raw", "only", "meta"}
MIN_DIRECTIVES = 2


def has_myst_directives(text: str) -> bool:
    found = (OPENING.match(line) for line in text[:200_000].split("\n") if line[:1] in "`:")
    return sum(1 for match in found if match) >= MIN_DIRECTIVES


def myst_to_markdown(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (closing fence, what it closes: a directive or code)
    options = False  # right after an opening: its options come first
    for line in text.split("\n"):
        stripped = line.strip()
        if options and OPTION.match(stripped):
            continue
        options = False
        if stack and _closes(stripped, stack[-1][0]):
            out.extend(_closing(stack.pop()[1]))
            continue
        if stack and stack[-1][1] in ("code", "hidden", "literal"):
            out.append("" if stack[-1][1] == "hidden" else line)  # as typed
            continue
        opening = OPENING.match(stripped)
        if opening:
            fence, name, title = opening.group(1), opening.group(2).lower(), opening.group(3)
            kind, shown = _opening(name, ROLE.sub(r"\1", title).strip())
            stack.append((fence, kind))
            out.extend(shown)
            options = True
            continue
        if stripped.startswith("```"):  # a plain code block inside a directive
            stack.append((stripped[: len(stripped) - len(stripped.lstrip("`"))], "literal"))
            out.append(line)
            continue
        if TARGET.match(stripped):
            continue
        out.append(ROLE.sub(r"\1", line))
    return "\n".join(out)


def _closes(stripped: str, fence: str) -> bool:
    return bool(stripped) and set(stripped) == {fence[0]} and len(stripped) >= len(fence)


def _opening(name: str, title: str) -> tuple[str, list[str]]:
    """What a directive is read as, and the lines that open it."""
    if name in FOLDED:
        return "folded", ["", f"<details><summary>{title}</summary>", ""]
    if name in CODE:
        return "code", ["", f"```{title.split()[0] if title else ''}"]
    if name in HIDDEN:
        return "hidden", []
    if name in ("admonition", "note", "tip", "hint", "important", "warning", "caution",
                "attention", "danger", "error", "seealso"):  # fmt: skip
        return "note", ["", f"**{title}**" if title else ""]
    return "plain", ["", title] if title else [""]


def _closing(kind: str) -> list[str]:
    if kind == "folded":
        return ["", "</details>", ""]
    if kind in ("code", "literal"):
        return ["```"]
    return [""]
