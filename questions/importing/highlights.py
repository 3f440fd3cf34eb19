"""Highlights and notes exported as HTML: a Kindle notebook ("Notebook Export": each entry
a heading, "Highlight(yellow) - 4.2 Processes > Page 88", "Note - ...", over its text) or
a read-later service's export (Instapaper: each article's highlights as quotations, a note
under the one it was written on).

A reader studying from a book or an article marks a passage and then writes the question
it answers as a note on it ("Q: What is a zombie process?"): the question comes after its
answer. Read as a page, each note would be a question with the next passage as its answer.
Here a note that asks heads the passage it was written on; a highlighted question
("Interview question: What is a hard link?", "Q3. How does middleware work?") heads the
passages after it, its answer; a note that does not ask is the reader's remark ("My note:
..."), part of the answer above it but never the answer itself; a chapter or an article
is a section.
"""

import html
import re

from questions.importing import lines as L

KINDLE_ENTRY = re.compile(
    r"<div class=['\"](sectionHeading|noteHeading|noteText)['\"]>(.*?)(?=<div class=|</div>\s*"
    r"</body>|\Z)",
    re.DOTALL,
)
# A read-later export: an article's title, its highlights (a quotation, a note under it).
ARTICLE_ENTRY = re.compile(
    r"<h2\b[^<>]{0,200}>(.*?)</h2>|<div class=['\"]highlight['\"][^<>]{0,200}>(.*?)</div>",
    re.DOTALL,
)
QUOTATION = re.compile(r"<blockquote\b[^<>]{0,200}>(.*?)</blockquote>", re.DOTALL)
NOTE = re.compile(r"<p class=['\"]note['\"][^<>]{0,200}>(.*?)</p>", re.DOTALL)
NOTE_LABEL = re.compile(r"^\W*(?:my )?note\s*[:\-–—]\s*", re.IGNORECASE)
TAG = re.compile(r"<[^<>]{0,500}>")
MIN_ENTRIES = 3
QUESTION_THEN_REMARK = re.compile(r"^(.*?\?+)\s+(\S.*)$")
# "Q: ...", "Q for myself: ...", "Interview question: ...", "Q3. ..."
ASKING_LABEL = re.compile(
    r"^\W*(?:q(?:uestion)?\s*\d{0,3}(?: for (?:myself|me|later))?|interview (?:question|q))"
    r"\s*[:.)-]\s*",
    re.IGNORECASE,
)


def looks_like_highlights(text: str) -> bool:
    head = text[:200_000]
    if "noteHeading" in head:
        return len(re.findall(r"class=['\"]noteText['\"]", head)) >= MIN_ENTRIES
    quoted = re.findall(r"class=['\"]highlight['\"][^<>]{0,200}>\s*<blockquote", head)
    return len(quoted) >= MIN_ENTRIES


def highlights_to_markdown(text: str) -> str:
    entries = _kindle(text) if "noteHeading" in text[:200_000] else _articles(text)
    return _markdown(entries)


def _kindle(text: str) -> list[tuple[str, str]]:
    """(kind, text) of the notebook's entries: "section", "highlight" or "note"."""
    entries, kind = [], "highlight"
    for name, inner in KINDLE_ENTRY.findall(text):
        said = _plain(inner)
        if name == "noteHeading":
            kind = "note" if said.lower().startswith("note") else "highlight"
        elif said:
            entries.append(("section" if name == "sectionHeading" else kind, said))
    return entries


def _articles(text: str) -> list[tuple[str, str]]:
    entries = []
    for title, highlight in ARTICLE_ENTRY.findall(text):
        if title:
            entries.append(("section", _plain(title)))
            continue
        quoted, note = QUOTATION.search(highlight), NOTE.search(highlight)
        if quoted:
            entries.append(("highlight", _plain(quoted.group(1))))
        if note:
            entries.append(("note", NOTE_LABEL.sub("", _plain(note.group(1)))))
    return [(kind, said) for kind, said in entries if said]


def _plain(inner: str) -> str:
    return " ".join(html.unescape(TAG.sub(" ", inner)).split())


def _markdown(entries: list[tuple[str, str]]) -> str:
    out: list[str] = []
    passage = None  # a highlight not yet placed: a note after it may ask what it answers
    awaiting = False  # a question heads the page, nothing under it yet
    for kind, said in entries:
        if kind == "section":
            out.extend([*_placed(passage), f"## {said}"])
            passage, awaiting = None, False
            continue
        question, remark = _question(said, note=kind == "note")
        if kind == "note" and question and passage:
            # over the passage it was written on, and the reader's remark after it
            out.extend([f"### {question}", passage, remark])
            passage = None
            continue
        if kind == "note" and question:  # a question of the reader's own, no answer with it
            out.extend([f"### {question}", f"My note: {remark}" if remark else ""])
            awaiting = not remark
            continue
        out.extend(_placed(passage))
        passage = None
        if question:
            out.append(f"### {question}")
            awaiting = True
        elif kind == "note":
            out.append(f"My note: {said}")  # a remark: on the answer above, never one itself
        elif awaiting:
            out.append(said)  # the answer to the question above
            awaiting = False
        else:
            passage = said
    out.extend(_placed(passage))
    return "\n\n".join(part for part in out if part) + "\n"


def _question(said: str, note: bool) -> tuple[str, str]:
    """The question an entry asks ("Q: What is X?", or a sentence that asks), or ""; and
    what a note says after its question ("SIGTERM vs SIGKILL? (k8s sends TERM first)",
    "mutation testing?? never heard of it"): the reader's remark."""
    labelled = ASKING_LABEL.match(said)
    asked = said[labelled.end() :].strip() if labelled else said
    if not labelled and not ("?" in said and L.looks_like_question(said)):
        return "", ""
    split = QUESTION_THEN_REMARK.match(asked) if note else None
    return (split.group(1), split.group(2)) if split else (asked, "")


def _placed(passage: str | None) -> list[str]:
    return [passage] if passage else []
