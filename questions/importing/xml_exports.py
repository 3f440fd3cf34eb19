"""Exports saved as XML: a Moodle quiz (Moodle XML), Evernote notes (.enex) and an
outliner's or mind map's outline (OPML), each read as the markdown the parser reads.

- A Moodle question's text is the question; its answer is what it accepts (the options
  with full marks, with their feedback, then the general feedback), or, for an essay,
  the grader's information. Categories become headings.
- An Evernote note is its title as a heading and its body, read as a web page is.
- An OPML outline is its outline, indented by depth, read as any outline is (the lines
  under a question are its answer); a node's note goes under it.

A document that declares entities is not read: an entity can expand without bound.
"""

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from questions.importing.html import html_to_markdown
from questions.importing.outline import outline_to_markdown

ROOTS = ("quiz", "en-export", "opml")
ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"(?:<!DOCTYPE[^>\[]{0,300}>\s*)?<(quiz|en-export|opml)\b",
    re.DOTALL,
)
TAG = re.compile(r"<[^<>]{0,500}>")
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|pre)\b[^<>]{0,500}>", re.I)
MIN_QUESTIONS = 2


def looks_like_xml_export(text: str) -> bool:
    return _root(text) is not None


def xml_export_to_markdown(text: str) -> str:
    root = _root(text)
    if root.tag == "quiz":
        return _moodle(root)
    if root.tag == "en-export":
        return "\n\n".join(_note(note) for note in root.iter("note"))
    return outline_to_markdown(_outline(root))


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _root(text: str):
    if not ROOT.match(text[:5000]) or "<!ENTITY" in text:
        return None
    try:
        root = ET.fromstring(text)  # noqa: S314 - no entities: nothing expands
    except ET.ParseError:
        return None
    return root if root.tag in ROOTS else None


# --- Moodle XML ---------------------------------------------------------------------------


def _moodle(quiz) -> str:
    parts = []
    for question in quiz.iter("question"):
        kind = question.get("type", "")
        if kind == "category":
            path = _text(question.find("category"))
            parts.append(f"## {path.rstrip('/').rsplit('/', 1)[-1]}" if path else "")
            continue
        asked = _plain(_text(question.find("questiontext")))
        if not asked or kind in ("description", "random"):
            continue  # a page of text between questions, or a draw from the bank
        parts.append(f"Q: {asked}\nA: {_moodle_answer(question, kind)}".rstrip())
    return "\n\n".join(part for part in parts if part)


def _moodle_answer(question, kind: str) -> str:
    if kind == "essay":
        return _plain(_text(question.find("graderinfo")))  # what the grader looks for
    right = [
        answer for answer in question.findall("answer") if _fraction(answer.get("fraction")) >= 100
    ]
    said = []
    for answer in right[:1] or []:
        text = _plain(_text(answer))
        if kind == "truefalse":
            text = (
                "True." if text.lower() == "true" else "False." if text.lower() == "false" else text
            )
        feedback = _plain(_text(answer.find("feedback")))
        said.append(f"{text} {feedback}".strip() if feedback else text)
    others = [_plain(_text(answer)) for answer in right[1:]]
    seen = {said[0].lower()} if said else set()
    others = [o for o in others if o and not (o.lower() in seen or seen.add(o.lower()))]
    if said and others:
        said[0] += f" (also accepted: {', '.join(others)})"
    general = _plain(_text(question.find("generalfeedback")))
    return "\n\n".join([*said, general] if said and general else said)


def _fraction(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _text(element) -> str:
    """The <text> of a Moodle element (its own text when it has none)."""
    if element is None:
        return ""
    inner = element.find("text")
    return (inner.text if inner is not None else element.text) or ""


def _plain(fragment: str) -> str:
    """A Moodle text (HTML) as one plain line: its blocks apart, its inline tags gone."""
    spaced = BLOCK_TAG.sub(" ", fragment)
    return " ".join(html.unescape(TAG.sub("", spaced)).split())


# --- Evernote -----------------------------------------------------------------------------


def _note(note) -> str:
    title = (note.findtext("title") or "").strip()
    content = note.findtext("content") or ""
    body = html_to_markdown(re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", content))
    return f"# {title}\n\n{body}" if title else body


# --- OPML ---------------------------------------------------------------------------------


def _outline(opml) -> str:
    lines: list[str] = []
    body = opml.find("body")

    def walk(node, depth: int) -> None:
        for child in node.findall("outline"):
            text = " ".join(html.unescape(child.get("text") or child.get("title") or "").split())
            if text:
                lines.append("\t" * depth + text)
            note = " ".join((child.get("_note") or "").split())
            if note:
                lines.append("\t" * (depth + 1) + note)
            walk(child, depth + 1)

    if body is not None:
        walk(body, 0)
    return "\n".join(lines)
