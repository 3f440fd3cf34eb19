"""Notes folded with an editor's fold markers (vim's `foldmethod=marker`, also read by other
editors): a title line ends with "{{{" (or "{{{2", its level) and what it folds ends with a
line "}}}". Folded, only the titles show: the questions, and the sections over them.

A fold with no fold inside it is a card: its title the question ("Q: ..."), what it folds
the answer. A fold around others is a section: its title a heading of its depth (its level,
or how many folds are open around it). A closing line is left blank; every line keeps its
number. Markers in a code block are the code's (a vim configuration in an answer).
"""

import re

from questions.importing import lines as L

# A comment's leader before a fold's title or end, in a script: '" Redis {{{', "# }}}"
LEADER = re.compile(r"^(?:#|//|--|;+|\")(?:[ \t]|$)")
RULE_CHARS = "=*~-"  # a title's rules around its words: "== DOCKER =====", "--- Redis ---"
MIN_FOLDS = 3
MAX_DEPTH = 6


def looks_like_folds(text: str) -> bool:
    if "{{{" not in text:
        return False
    lines = text.split("\n")
    code = L.in_code_blocks(lines)
    marks = [_mark(line) for index, line in enumerate(lines) if index not in code]
    opened = [mark for mark in marks if mark is not None and mark[0] == "open"]
    # (each fold closes, or the next of its level ends it: "{{{2" after "{{{2")
    closed = any(mark is not None and mark[0] == "close" for mark in marks)
    return len(opened) >= MIN_FOLDS and (closed or any(level for _, _, level in opened))


def folds_to_markdown(text: str) -> str:
    lines = text.split("\n")
    folds = _folds(lines)
    out = []
    for index, line in enumerate(lines):
        if index not in folds:
            out.append(line)
            continue
        depth, leaf, title = folds[index]
        if not title:
            out.append("")  # a fold's end, or a title of rules alone
        elif leaf:
            out.append(f"Q: {title}")  # a fold with no fold inside: a card, its answer folded
        else:
            out.append(f"{'#' * min(depth, MAX_DEPTH)} {title}")
    return "\n".join(out)


def _folds(lines: list[str]) -> dict[int, tuple[int, bool, str]]:
    """Each marker's line: an opening one's (depth, whether no fold opens inside it, title),
    a closing one's (0, False, ""). A level ("{{{2") ends the open folds of its level or
    deeper; without one, a fold is one deeper than the folds open around it."""
    folds: dict[int, tuple[int, bool, str]] = {}
    open_folds: list[tuple[int, int]] = []  # (line, depth)
    code = L.in_code_blocks(lines)
    for index, line in enumerate(lines):
        mark = None if index in code else _mark(line)
        if mark is None:
            continue
        kind, title, level = mark
        if kind == "close":
            folds[index] = (0, False, "")
            if open_folds:
                open_folds.pop()
            continue
        while level is not None and open_folds and open_folds[-1][1] >= level:
            open_folds.pop()
        if open_folds:
            outer, depth = open_folds[-1]
            folds[outer] = (depth, False, folds[outer][2])
        depth = max(level or len(open_folds) + 1, 1)
        folds[index] = (depth, True, title)
        open_folds.append((index, depth))
    return folds


def _mark(line: str) -> tuple[str, str, int | None] | None:
    """("open", title, level) for a fold's title line, ("close", "", None) for its end."""
    text = line.strip()
    if "{{{" not in text and "}}}" not in text:
        return None
    level = int(text[-1]) if text[-1:].isdigit() else None
    body = text[:-1] if level is not None else text
    if body.endswith("}}}"):
        rest = body[:-3].strip()
        return ("close", "", None) if not rest or LEADER.fullmatch(rest) else None
    if not body.endswith("{{{"):
        return None
    title = LEADER.sub("", body[:-3].strip(), count=1)
    return "open", _without_rules(title), level


def _without_rules(title: str) -> str:
    title = title.strip()
    left = len(title) - len(title.lstrip(RULE_CHARS))
    if left >= 2:
        title = title[left:].strip()
    right = len(title) - len(title.rstrip(RULE_CHARS))
    if right >= 2:
        title = title[:-right].strip()
    return title
