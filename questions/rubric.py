"""A question's rubric as checkable points: its outline (or one drawn from its answer) and
red flags. The interviewer scores against it; practice checks a typed answer against it."""

import re
from dataclasses import dataclass

MAX_POINTS = 8
MAX_POINT_LENGTH = 240

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Rubric:
    outline: list[str]
    red_flags: list[str]
    generated: bool


def _clean(text: str) -> str:
    text = re.sub(r"[*_`]+", "", text).strip().rstrip(":")
    if len(text) > MAX_POINT_LENGTH:
        text = text[: MAX_POINT_LENGTH - 1].rstrip() + "…"
    return text


def _lines_outside_code(markdown: str):
    in_code = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            yield line


def _bullets(markdown: str) -> list[str]:
    """Top-level list items (the shallowest indent present)."""
    items = []
    for line in _lines_outside_code(markdown):
        if match := _BULLET.match(line):
            items.append((len(match.group(1).expandtabs(4)), match.group(2)))
    if not items:
        return []
    top = min(indent for indent, _ in items)
    return [text for indent, text in items if indent == top]


def _headings(markdown: str) -> list[str]:
    return [m.group(1) for line in _lines_outside_code(markdown) if (m := _HEADING.match(line))]


def _first_sentences(markdown: str) -> list[str]:
    paragraphs = "\n".join(_lines_outside_code(markdown)).split("\n\n")
    sentences = []
    for paragraph in paragraphs:
        flat = " ".join(paragraph.split())
        if flat and not flat.startswith(("|", "<", ">")):
            sentences.append(_SENTENCE_END.split(flat, maxsplit=1)[0])
    return sentences


def points(markdown: str) -> list[str]:
    """A markdown text as separate points: its list items, else its lines."""
    found = _bullets(markdown) or [line for line in _lines_outside_code(markdown) if line.strip()]
    return [p for p in (_clean(text) for text in found) if p][: MAX_POINTS * 2]


def main_points(answer: str) -> list[str]:
    """An answer's main points: its headings, else its list items, else first sentences."""
    found = _headings(answer) or _bullets(answer) or _first_sentences(answer)
    return [p for p in (_clean(text) for text in found) if p][:MAX_POINTS]


def rubric_for(*, answer: str, outline: str, red_flags: str) -> Rubric:
    """The question's own outline, or one drawn from its answer, clearly marked as such."""
    own = points(outline)
    flags = points(red_flags)
    if own:
        return Rubric(outline=own, red_flags=flags, generated=False)
    return Rubric(outline=main_points(answer), red_flags=flags, generated=bool(answer.strip()))
