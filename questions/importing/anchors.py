"""Answers kept further down the page: a table of questions whose answer cell only links to
a section ("[answer](#q3-asynciolock-vs-threadinglock)") gets that section's text, and the
section's heading is then no question of its own.

The link is followed as GitHub makes a heading's anchor: lower case, punctuation dropped,
spaces as hyphens ("### Q3: asyncio.Lock vs threading.Lock" -> "q3-asynciolock-vs-...").
"""

import re

from questions.importing.line_model import Line

ONLY_A_LINK = re.compile(r"^\s*\[[^\[\]\n]{1,60}\]\(#([^()\s]{1,200})\)\s*$")
NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def slug(heading: str) -> str:
    return NOT_IN_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


def answers_by_anchor(items: list, lines: list[Line]) -> list:
    linked = {}
    for item in items:
        said = "\n".join(item.body).strip()
        link = ONLY_A_LINK.match(said) if len(said) <= 300 else None
        if link:
            linked[link.group(1).lower()] = item
    if not linked:
        return items
    by_slug: dict[str, int] = {}
    seen: dict[str, int] = {}
    for n, line in enumerate(lines):  # "answer", then "answer-1", "answer-2", as GitHub does
        if line.heading_level:
            made = slug(line.heading_text)
            count = seen.get(made, 0)
            seen[made] = count + 1
            by_slug.setdefault(f"{made}-{count}" if count else made, n)
    taken: set[int] = set()  # the 1-based lines of the sections given to a linking question
    for anchor, item in linked.items():
        start = by_slug.get(anchor)
        if start is None:
            continue
        end = start + 1
        level = lines[start].heading_level
        while end < len(lines) and not (0 < lines[end].heading_level <= level):
            end += 1
        if start < item.line <= end:
            continue  # its own section: the link points at the table it is in
        item.answer_with([line.text for line in lines[start + 1 : end]])
        taken.add(start + 1)
    return [item for item in items if item.line not in taken]
