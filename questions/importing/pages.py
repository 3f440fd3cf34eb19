"""A document copied out of a PDF: its running page headers and footers are not text, and
its words broken at the end of a line are whole words.

"Backend Guide 2025          Page 3 of 12", "- 7 -", "7 / 12", a book's "Title — 97": on a
page break such a line lands in the middle of an answer. When a document has several of them,
each becomes a blank line, and a word hyphenated across two lines ("consis-" / "tent, for")
is mended on the first, so every line keeps its number before the line rules read it.
"""

import re
from collections import Counter

# A short line that ends with a page number ("Page 3", "Page 3 of 12", "p. 3", "3 / 12"),
# maybe after the document's title, or that is only "- 3 -".
_PAGE_MARK = re.compile(
    r"^[^?]{0,100}?(?<![\w.])(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    # a slide's number, alone or set apart by a run of spaces (not "see the diagram on slide 12")
    r"|^(?:[^?\n]{0,100}?[ \t]{3,})?slide\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$"
    r"|^\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$"
    r"|^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$",
    re.IGNORECASE,
)
# A book's running footer: "*Backend Foundations, 2nd ed. — 97*", the same words on every
# page with the page's number. Only a line whose words come back with another number is one.
_RUNNING_LINE = re.compile(r"^[*_]{0,2}([^\W\d][^|\n]{2,80}?)\s+[—–|·•-]\s+\d{1,4}[*_]{0,2}\s*$")
# A printed book's header as a PDF gives it: the page's number set apart from the title by a
# run of spaces ("146        CONCURRENCY PATTERNS", "CHAPTER 7 · ASYNC        145").
_SPACED_RUNNING_LINE = re.compile(
    r"^[ \t]*(?:\d{1,4}[ \t]{3,}+(\S[^\n]{2,80}?)|(\S[^\n]{2,80}?)[ \t]{3,}+\d{1,4})[ \t]*$"
)
# Or only its number, pushed to the right of the page.
_RIGHT_PAGE_NUMBER = re.compile(r"^[ \t]{12,}+\d{1,4}[ \t]*$")
# An editor's note on an excerpt: "*[Sections 4.4 and 4.5 omitted from this excerpt.]*".
_EDITORIAL_NOTE = re.compile(
    r"^[*_]{0,2}\[[^\[\]\n]{0,300}\b(?:omitted|removed|cut|redacted|truncated|abridged|"
    r"not (?:shown|included|reproduced))\b[^\[\]\n]{0,300}\][*_]{0,2}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A comment kept in the text where it was made (Dropbox Paper's export): "[Comment: Jordan
# Lee, Apr 12, 2024 at 10:20 AM — skip this one?]".
_PAPER_COMMENT = re.compile(r"^[ \t]*\[Comment: [^\[\]\n]{1,600}\][ \t]*$", re.MULTILINE)
_BROKEN_WORD = re.compile(r"[a-z]{2}-$")
_WORD_GOES_ON = re.compile(r"^([a-z]+[^\s]*)\s*(.*)$")
# A PDF of one or two pages has no running headers worth the risk.
MIN_PAGE_MARKS = 2


def drop_page_furniture(text: str) -> str:
    lines = text.split("\n")
    marks = [index for index, line in enumerate(lines) if _is_page_mark(line)]
    marks += _beside_page_marks(lines, marks) + _running_lines(lines)
    if len(marks) < MIN_PAGE_MARKS:
        return text
    for index in marks:
        lines[index] = ""
    return "\n".join(_mended(lines))


def _mended(lines: list[str]) -> list[str]:
    """The words broken at the end of a line whole on it: "consis-" / "tent, for"."""
    for index in range(len(lines) - 1):
        if _BROKEN_WORD.search(lines[index]):
            rest = _WORD_GOES_ON.match(lines[index + 1])
            if rest:
                lines[index] = lines[index][:-1] + rest.group(1)
                lines[index + 1] = rest.group(2)
    return lines


# pdftotext's text: a form feed where each page starts. At a page's top and bottom, this
# many lines may be the page's furniture rather than its text.
PAGE_BREAK = "\f"
EDGE_LINES = 3
_NUMBER = re.compile(r"\d+")


MIN_RUNNING_WORDS = 3
_VERSION = re.compile(r"^v?#(?:\.#)+$", re.IGNORECASE)


def _running(shape: str) -> bool:
    words = len(re.findall(r"[^\W\d_]{2,}", shape))
    return words >= MIN_RUNNING_WORDS or bool(_VERSION.match(shape))


def drop_page_breaks(text: str) -> str:
    """A PDF's text with its pages' breaks: the lines at a page's top or bottom that are
    only its number, or come back at another page's edge with other numbers at most (the
    document's title, "v2.3", a licence line), blanked; the words broken at a line's end
    whole again."""
    if text.count(PAGE_BREAK) < MIN_PAGE_MARKS:
        return text
    lines = text.split("\n")
    edges: list[int] = []
    page: list[int] = []
    for index, line in enumerate([*lines, PAGE_BREAK]):
        if PAGE_BREAK in line and page:
            edges += page[:EDGE_LINES] + page[-EDGE_LINES:]
            page = []
        if index < len(lines) and line.replace(PAGE_BREAK, "").strip():
            page.append(index)
    shapes = {
        index: _NUMBER.sub("#", lines[index].replace(PAGE_BREAK, "").strip())
        for index in set(edges)
    }
    seen = Counter(shapes.values())
    for index, shape in shapes.items():
        # a title or licence line of words (not "Answer: 8" at two pages' feet), a version
        if shape == "#" or (seen[shape] >= MIN_PAGE_MARKS and _running(shape)):
            lines[index] = PAGE_BREAK if PAGE_BREAK in lines[index] else ""
    return "\n".join(_mended(lines))


# An issue tracker's activity, each entry's byline: "Anna Lee added a comment - 2 days ago",
# "Dmitri Volkov logged work - 2 days ago"
_TRACKER_BYLINE = re.compile(
    r"^[^\W\d_][\w .'’-]{1,40} (?:added a comment|logged work|made changes|changed the status)"
    r"(?: [-–—] [^\n]{1,60})?$(?:\n[ \t]*\d{1,3}[hmdw](?: \d{1,2}m)?[ \t]*$)?",  # (work's "1h")
    re.MULTILINE,
)


MIN_TRACKER_BYLINES = 2


def drop_tracker_bylines(text: str) -> str:
    """Blank each comment's byline on a tracker's page: what the comment says then starts a
    paragraph of its own (a quoted question over its answer)."""
    if " a comment" not in text and "logged work" not in text:
        return text
    if len(_TRACKER_BYLINE.findall(text)) < MIN_TRACKER_BYLINES:
        return text  # one such line in prose is what it says
    return _TRACKER_BYLINE.sub(lambda byline: "\n" * byline[0].count("\n"), text)


def drop_editorial_notes(text: str) -> str:
    """Blank an editor's note about what the excerpt leaves out: it is no answer. A
    document's comments (a Google Doc saved as text lists them at its end, "[a]Jordan:
    cut this one?", with "[a]" where each is anchored) go too: they are talk about it."""
    if "[" not in text:
        return text
    text = _PAPER_COMMENT.sub("", _EDITORIAL_NOTE.sub("", text))
    comments = _COMMENT_ENTRY.findall(text)
    if len(comments) < 1:
        return text
    anchors = "|".join(re.escape(anchor) for anchor in sorted(set(comments), key=len)[::-1])
    text = _COMMENT_ENTRY.sub("", text)
    return re.sub(rf"\[(?:{anchors})\]", "", text)


_COMMENT_ENTRY = re.compile(r"^\[([a-z]{1,2})\](?=[^\W\d_][^\n]{0,80}?:\s)[^\n]*$", re.MULTILINE)


def _running_lines(lines: list[str]) -> list[int]:
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if len(line) > 160:
            continue
        running = _RUNNING_LINE.match(line) or _SPACED_RUNNING_LINE.match(line)
        if running:
            title = next(group for group in running.groups() if group)
            seen.setdefault(" ".join(title.split()), []).append(index)
    return [index for indexes in seen.values() if len(indexes) >= 2 for index in indexes]


RUNNING_WORDS = re.compile(r"[^\W\d_]{3,}(?:\W+[^\W\d_]{2,}){2}")


def _beside_page_marks(lines: list[str], marks: list[int]) -> list[int]:
    """The page's running title next to its number, on a line of its own: the same line
    right before or after the page marks, at two page breaks or more."""
    beside: dict[str, list[int]] = {}
    for mark in marks:
        for index in (mark - 1, mark + 1):
            # (a title's words, not a fence or a rule that two pages happen to end on)
            if (
                0 <= index < len(lines)
                and RUNNING_WORDS.search(lines[index])
                and len(lines[index]) <= 160
            ):
                beside.setdefault(" ".join(lines[index].split()), []).append(index)
    return [index for indexes in beside.values() if len(indexes) >= 2 for index in indexes]


def _is_page_mark(line: str) -> bool:
    if len(line) > 160 or not line.strip():
        return False
    return bool(_PAGE_MARK.match(line) or _RIGHT_PAGE_NUMBER.match(line))
