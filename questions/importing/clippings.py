"""An e-reader's clippings file (Kindle's "My Clippings.txt"): each clipping its book's title,
a line that says what it is and where ("- Your Highlight on page 17 | Location 233-233 |
Added on ..."), a blank line and its text, then a line of "==========".

A reader highlights a question in a book and writes their answer as a note on it: a note
is the answer to the highlight just before it, in the same book. Each highlight becomes a
heading (a question, or a passage worth keeping that is not one), its note the text under
it; bookmarks hold no text and go, and each book is a section.

A highlights service's export (Readwise) marks a note that is a flashcard with ".qa": its
question, then its answer ("Note: .qa What is a HOT update? An update that..."). Those
notes are the document's questions; the highlights they hang on are only context.
"""

import re

SEPARATOR = re.compile(r"^={8,}[ \t]*$", re.MULTILINE)
# "- Your Highlight on page 17 | Location 233-233 | Added on Sunday, ..." (and older
# devices' "- Highlight Loc. 233-34 | Added on ..."): what the clipping is, then where.
KIND = re.compile(
    r"^-[ \t]*(?:your[ \t]+)?(highlight|note|bookmark|clip)\b[^|\n]*(?:\|[^\n]*)?\badded on\b",
    re.IGNORECASE,
)
MIN_CLIPPINGS = 3


def looks_like_clippings(text: str) -> bool:
    parts = [part for part in SEPARATOR.split(text) if part.strip()]
    found = sum(1 for part in parts if _clipping(part) is not None)
    return found >= MIN_CLIPPINGS and found >= len(parts) - 1


def clippings_to_markdown(text: str) -> str:
    parts: list[str] = []
    book = None
    for title, kind, body in filter(None, map(_clipping, SEPARATOR.split(text))):
        if title != book:
            parts.append(f"## {title}")
            book = title
        if kind == "note":  # under the highlight before it (or the book's title)
            parts.append(body)
        elif kind != "bookmark" and body:
            parts.append(f"### {' '.join(body.split())}")
    return "\n\n".join(part for part in parts if part)


def _clipping(part: str) -> tuple[str, str, str] | None:
    """(book, kind, text) of one clipping, or None when `part` is not one."""
    lines = part.strip("\n").lstrip("\ufeff").split("\n")
    kind = KIND.match(lines[1].strip()) if len(lines) >= 2 else None
    if kind is None:
        return None
    return lines[0].strip().lstrip("\ufeff"), kind.group(1).lower(), "\n".join(lines[2:]).strip()


# "    - Note: .qa What is X? X is...": a flashcard written on a highlight.
QA_NOTE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:note:[ \t]*)?\.qa[ \t]+(.+)$", re.I | re.M)
ASKED = re.compile(r"^(.{4,400}?\?)[ \t]*(.*)$")
MIN_QA_NOTES = 2


def looks_like_qa_notes(text: str) -> bool:
    return len(QA_NOTE.findall(text[:200_000])) >= MIN_QA_NOTES


def qa_notes_to_markdown(text: str) -> str:
    """Each ".qa" note as a question and its answer; the rest of the export goes."""
    cards = []
    for said in QA_NOTE.findall(text):
        asked = ASKED.match(said.strip())
        if asked:
            cards.append(f"Q: {asked.group(1)}\nA: {asked.group(2).strip()}".rstrip())
    return "\n\n".join(cards)
