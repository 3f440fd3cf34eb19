"""An Open edX course's problems in OLX, its XML (a problem file, or a course's files put
one after another, which is no single XML document).

Each <problem> is read on its own: its question is its <label>, else its first paragraph;
its answer is what it accepts (the correct choices with their hints, a text or number
response's answer, a dropdown's correct option) and then its <solution>'s explanation. A
problem whose every choice is correct is a poll ("How confident are you?"), not a question.
"""

import re
import xml.etree.ElementTree as ET
from contextlib import suppress
from functools import lru_cache

from questions.importing.html import html_to_markdown

MIN_PROBLEMS = 2
RESPONSES = (
    "multiplechoiceresponse",
    "choiceresponse",
    "optionresponse",
    "stringresponse",
    "numericalresponse",
    "formularesponse",
)
# Not the question's text: the choices, the inputs, the solution, hints.
NOT_ASKED = {"choicegroup", "checkboxgroup", "optioninput", "solution", "demandhint", "hint"}
ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")
SOLUTION_TITLE = re.compile(r"^\W*(?:explanation|solution|answer)\W*$", re.IGNORECASE)


def looks_like_olx(text: str) -> bool:
    if "<problem" not in text:
        return False
    return len(_problems(text)) >= MIN_PROBLEMS


def olx_to_markdown(text: str) -> str:
    parts = []
    for problem in _problems(text):
        asked = _asked(problem)
        if asked and not _poll(problem):  # labelled: every problem asks, whatever its words
            parts.append(f"Q: {asked}\nA: {_answer(problem)}".rstrip())
    return "\n\n".join(parts)


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _problems(text: str) -> tuple:
    """Each <problem> ... </problem> parsed on its own (found by a forward search that never
    goes back: a page of unclosed "<problem" tags costs one pass)."""
    if "<!ENTITY" in text:
        return ()
    found, start = [], text.find("<problem")
    while start >= 0:
        end = text.find("</problem>", start)
        if end < 0:
            break
        block = text[start : end + len("</problem>")]
        opened = block.rfind("<problem")  # the last opening before this end is its own
        with suppress(ET.ParseError):  # HTML's named entities ("&nbsp;") are no XML: as text
            found.append(ET.fromstring(ENTITY.sub("&amp;", block[opened:])))  # noqa: S314 - no DTD: nothing expands
        start = text.find("<problem", end)
    return tuple(found)


def _html(element) -> str:
    inside = "".join(ET.tostring(child, encoding="unicode") for child in element)
    return (element.text or "") + inside


def _text(element) -> str:
    return " ".join(html_to_markdown(_html(element)).split())


def _asked(problem) -> str:
    label = problem.find(".//label")
    if label is not None and _text(label):
        return _text(label)
    for paragraph in _paragraphs(problem):
        if _text(paragraph):
            return _text(paragraph)
    return ""


def _paragraphs(node):
    """The problem's own paragraphs, in order: not those of its choices or its solution."""
    for child in node:
        if child.tag in NOT_ASKED:
            continue
        if child.tag == "p":
            yield child
        else:
            yield from _paragraphs(child)


def _poll(problem) -> bool:
    choices = [c for c in problem.iter("choice")]
    return bool(choices) and all(c.get("correct") == "true" for c in choices)


def _answer(problem) -> str:
    parts = []
    for choice in problem.iter("choice"):
        if choice.get("correct") == "true":
            hint = choice.find("choicehint")
            said = (choice.text or "").strip()
            parts.append(f"- {said}" + (f": {_text(hint)}" if hint is not None else ""))
    for tag in ("stringresponse", "numericalresponse", "formularesponse"):
        for response in problem.iter(tag):
            if response.get("answer"):
                parts.append(response.get("answer").strip())
    for dropdown in problem.iter("optioninput"):
        if dropdown.get("correct"):
            parts.append(dropdown.get("correct").strip())
    for solution in problem.iter("solution"):
        rows = html_to_markdown(_html(solution)).split("\n")
        parts.append("\n".join(row for row in rows if not SOLUTION_TITLE.match(row)).strip())
    return "\n\n".join(part for part in parts if part)
