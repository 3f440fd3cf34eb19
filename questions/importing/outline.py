"""An outline saved from a mind map or an outliner: nothing but tabs says what is under what.

"Asyncio" / "<TAB>What is the event loop?" / "<TAB><TAB>a single thread that...": the top
lines are topics, the lines under them questions, and deeper lines the notes that answer
them. Read as markdown, tabs are code; read as an outline, the topics are headings (and
their parts, when the questions sit deeper: "Interview prep" / "Python" / "What is...?"), and
each line from the questions' depth a list item under the line above it.
"""

import re
from collections import Counter

from questions.importing import lines as L
from questions.importing.code import looks_like_code

LIST_MARK = re.compile(r"^\s*(?:[-*+•◦▪]|\d{1,3}[.)])\s")
MIN_INDENTED = 5
INDENTED_SHARE = 0.5  # of the written lines


CODE_SHARE = 3  # a third of the lines at the margin read as code: a program


MAX_LINES_LOOKED_AT = 200


def looks_like_outline(text: str) -> bool:
    """Lines indented by tabs are most of the text, none of them is a list item (an outline
    has no markers, but the notes under a question may), and some lines sit at the margin
    above them, none of them code."""
    written = [line for line in text.split("\n") if line.strip()]
    indented = [line for line in written if line.startswith("\t")]
    if len(indented) < MIN_INDENTED or len(indented) < INDENTED_SHARE * len(written):
        return False
    # (a numbered list in an answer, two tabs deep, is the answer's: "1) lock / single-flight")
    shallow = [line for line in written if not line.startswith("\t\t")]
    if any(LIST_MARK.match(line) for line in shallow) or any(
        line.lstrip().startswith(("```", "#")) for line in written
    ):
        return False
    top = [line for line in written if not line.startswith("\t")]
    entries = [line for line in indented[:MAX_LINES_LOOKED_AT] if not line.startswith("\t\t")]
    code_below = sum(1 for line in entries if looks_like_code(line.strip()))
    if entries and code_below * 2 > len(entries):
        return False  # "class Cache:" over "\tdef __init__(self):": a program, under a question
    if sum(1 for line in top if looks_like_code(line)) * CODE_SHARE > len(top):
        # source code indented with tabs: "def f():" over its body (a "Tags: Important" line
        # among the titles is no program)
        return False
    return bool(top)  # topics at the margin


def outline_to_markdown(text: str) -> str:
    """Each line above the depth where the questions are a heading (a topic, a topic's
    part: "Interview prep" / "Python"), each line from there down a list item."""
    lines = [(len(line) - len(line.lstrip("\t")), line.strip()) for line in text.split("\n")]
    asking = Counter(depth for depth, said in lines if said and L.asks(said))
    questions_at = max(1, asking.most_common(1)[0][0]) if asking else 1
    out = []
    for depth, said in lines:
        if not said:
            out.append("")
        elif depth < questions_at:
            out.append(f"{'#' * min(2 + depth, 6)} {said}")
        else:
            out.append(f"{'  ' * (depth - questions_at)}- {said}")
    return "\n".join(out)
