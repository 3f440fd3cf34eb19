"""Notes folded with an editor's fold markers (vim's `foldmethod=marker`, also read by other
editors): a title line ends with "{{{" (or "{{{2", its level) and what it folds ends with a
line "}}}". Folded, only the titles show: the questions, and the sections over them.

A fold with no fold inside it is a card: its title the question ("Q: ..."), what it folds
the answer. A fold around others is a section: its title a heading of its depth (its level,
or how many folds are open around it). A closing line is left blank; every line keeps its
number.
"""

import re

# A fold's title: "What is a pod? {{{2", "== DOCKER ==== {{{1", "\" Redis {{{" (a comment's
# leader before it, in a script).
OPENS = re.compile(
    r"^[ \t]*(?:(?:#|//|--|;+|\")[ \t]+)?(?P<title>.*?)[ \t]*\{\{\{(?P<level>\d)?[ \t]*$"
)
CLOSES = re.compile(r"^[ \t]*(?:(?:#|//|--|;+|\")[ \t]*)?\}\}\}\d?[ \t]*$")
# A title's rules around its words: "== DOCKER =====", "--- Redis ---", "*** Kafka ***"
RULES = re.compile(r"^[=*~+-]{2,}[ \t]*|[ \t]*[=*~+-]{2,}$")
MIN_FOLDS = 3
MAX_DEPTH = 6


def looks_like_folds(text: str) -> bool:
    if "{{{" not in text:
        return False
    lines = text.split("\n")
    opened = sum(1 for line in lines if "{{{" in line and OPENS.match(line))
    closed = sum(1 for line in lines if "}}}" in line and CLOSES.match(line))
    # (each fold closes, or the next of its level ends it: "{{{2" after "{{{2")
    return opened >= MIN_FOLDS and bool(closed or _levelled(lines))


def folds_to_markdown(text: str) -> str:
    lines = text.split("\n")
    folds = _folds(lines)
    out = []
    for index, line in enumerate(lines):
        if index not in folds:
            out.append(line)
            continue
        depth, leaf = folds[index]
        title = "" if depth is None else RULES.sub("", OPENS.match(line)["title"]).strip()
        if not title:
            out.append("")  # a fold's end, or a title of rules alone
        elif leaf:
            out.append(f"Q: {title}")  # a fold with no fold inside: a card, its answer folded
        else:
            out.append(f"{'#' * min(depth, MAX_DEPTH)} {title}")
    return "\n".join(out)


def _folds(lines: list[str]) -> dict[int, tuple[int | None, bool]]:
    """Each marker's line: an opening one's (depth, whether no fold opens inside it), a
    closing one's (None, False). A level ("{{{2") ends the open folds of its level or
    deeper; without one, a fold is one deeper than the folds open around it."""
    folds: dict[int, tuple[int | None, bool]] = {}
    open_folds: list[tuple[int, int]] = []  # (line, depth)
    for index, line in enumerate(lines):
        if "}}}" in line and CLOSES.match(line):
            folds[index] = (None, False)
            if open_folds:
                open_folds.pop()
            continue
        opening = OPENS.match(line) if "{{{" in line else None
        if opening is None:
            continue
        level = int(opening["level"]) if opening["level"] else None
        while level is not None and open_folds and open_folds[-1][1] >= level:
            open_folds.pop()
        if open_folds:
            outer, depth = open_folds[-1]
            folds[outer] = (depth, False)
        depth = max(level or len(open_folds) + 1, 1)
        folds[index] = (depth, True)
        open_folds.append((index, depth))
    return folds


def _levelled(lines: list[str]) -> bool:
    return any("{{{" in line and (m := OPENS.match(line)) and m["level"] for line in lines)
