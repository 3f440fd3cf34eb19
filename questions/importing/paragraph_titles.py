"""Paragraphs led by their question's title, where the page's other paragraphs ask.

A cheat sheet leads each paragraph with a bold question or a bold topic ("**Generators.**
A function with yield..."); a candidate's notes lead each block with a numbered, lettered or
bulleted line in shorthand ("b) transaction isolation levels") over its answer at the
margin. Where enough of them ask, the ones that name a topic are questions too.
"""

import re

from questions.importing import lines as L
from questions.importing.line_model import Line

# A cheat sheet's paragraphs that lead with a bold question and answer after it: at least
# this many make the page's shape, and its bold titles of a few words questions too.
MIN_BOLD_ASKED = 3
MAX_BOLD_TITLE_WORDS = 6
MIN_BOLD_ANSWER_WORDS = 6
# What leads a paragraph in bold without naming a topic: "**Be careful.**", "**Update.**"
BOLD_REMARK = re.compile(
    r"^(?:this|that|it|be|do|don't|never|always|remember|update|edit|note|nb|ps|important|"
    r"warning|caution|tip|hint|example|bonus|disclaimer|caveat|result|verdict|done|yes|no|"
    r"gotcha|in short|bottom line|takeaway|key takeaway|also|next|overall|interview|so)\b",
    re.IGNORECASE,
)


def mark_bold_titles(lines: list[Line]) -> None:
    """ "**Generators.** A function with `yield` returns..." among "**What is the GIL?** A
    mutex...": where paragraphs that lead with a bold question and answer it are the page's
    shape, one that leads with a bold title of a few words and goes on to explain it is
    one of its questions (not a remark: "**Update.** Fixed a typo", "**Note:** ...")."""
    asked = [
        line
        for line in lines
        if line.marker and line.marker.kind == "bold-question" and line.marker.after
    ]
    if len(asked) < MIN_BOLD_ASKED:
        return
    for line in lines:
        if line.marker is not None or line.in_code or line.heading_level:
            continue
        title, after = L.bold_title_lead(line.text.strip())
        if (
            after
            and 0 < len(title.split()) <= MAX_BOLD_TITLE_WORDS
            and len(after.split()) >= MIN_BOLD_ANSWER_WORDS
            and not BOLD_REMARK.match(title.lstrip("`\"'“"))
            and not L.ANSWER_PART.match(title)
            and not L.ANSWER_LABEL.match(title)
            and not L.ASIDE.match(title + ":")
        ):
            line.marker = L.Marker("bold-question", title, after=after)


# A block's lead in notes: "2)", "Q3.", "a)", "(b)", "#1", "•", "-" and its text.
ITEM_LEAD = re.compile(
    rf"^(?:{L.BULLET_CLASS}|\(?[a-z]\)|\(?\d{{1,3}}[.)]|#\d{{1,3}}|Q\d{{1,3}}[.):]?)[ \t]+(?=\S)",
    re.IGNORECASE,
)
WRAP_WIDTH = 50
MIN_BLOCKS = 4
MAX_TITLE_WORDS = 12
MAX_ASKING_WORDS = 20
MIN_BLOCK_ANSWER_WORDS = 6


def mark_titled_blocks(lines: list[Line]) -> None:
    """Notes in blocks: a numbered, lettered or bulleted line of shorthand at the margin
    after a blank line ("b) transaction isolation levels", "- 401 vs 403"), its answer on
    the lines under it, at the margin or indented (not the next item of a list). Where a
    document has several such blocks and some of their titles ask ("Q4. Mutable default
    args - what's the bug?"), each title is a question."""
    blocks = [index for index in range(len(lines)) if _titles_block(lines, index)]
    asking = sum(1 for index in blocks if _asks(_title(lines[index])))
    if len(blocks) < MIN_BLOCKS or asking < 2 or asking * 3 < len(blocks):
        return
    unread = sum(1 for index in blocks if lines[index].marker is None)
    if unread * 2 < len(blocks):
        return  # most titles read as questions already: the document's layout says where
    for index in blocks:
        line = lines[index]
        if line.marker is None or line.marker.kind != "q-number":  # (a "Q3." is already one)
            line.marker = L.Marker("titled-block", L.strip_bold(_title(line)))


def _titles_block(lines: list[Line], index: int) -> bool:
    line = lines[index]
    if line.indent or line.in_code or line.heading_level or index + 1 >= len(lines):
        return False
    if index and lines[index - 1].text.strip():
        return False  # a block starts after a blank line
    lead = ITEM_LEAD.match(line.text)
    below = lines[index + 1]
    if lead is None or not below.text.strip() or below.heading_level:
        return False
    if not below.indent and ITEM_LEAD.match(below.text):
        return False  # the next item of a list
    title = _title(line)
    longest = MAX_ASKING_WORDS if _asks(title) else MAX_TITLE_WORDS
    if len(title.split()) > longest or title.endswith((".", ":", "!", ";", ",")):
        return False
    if line.marker is not None and line.marker.kind not in {"bullet", "numbered-line", "q-number"}:
        return False
    hanging = below.indent == lead.end()  # "2) why is time.sleep() bad" / "   in async code"
    going_on = below.text.strip()[:1].islower() and (len(title) > WRAP_WIDTH or hanging)
    if not title.endswith("?") and (
        below.text.rstrip().endswith("?") or L.DANGLING.search(title) or going_on
    ):
        return False  # a question wrapped onto the next line: "What is the diff b/w" / "WSGI..."
    # (under a question, an answer of a word or two: "TODO", "idk yet. (answer later)")
    return below.indent > 0 or len(below.text.split()) >= MIN_BLOCK_ANSWER_WORDS or _asks(title)


def _title(line: Line) -> str:
    return line.text[ITEM_LEAD.match(line.text).end() :].strip()


def _asks(title: str) -> bool:
    return title.endswith("?") or L.asks(title) or L.starts_with_task(title)
