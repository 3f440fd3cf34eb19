"""A quiz or form printed or copied from the browser (Google Forms, Microsoft Forms), read
as its questions and the explanations it gives.

Each question is a line over its required mark ("*") and its points ("1 point"), then its
options (a "◯" over each) or "Your answer" (a box to type in). A quiz released with its
answers adds "Correct answer" over the right option and "Feedback" over why. The answer
is the right option and the feedback; the options alone answer nothing, and a question
without either has no answer. The form's own fields ("Email", "Full name"), its sections'
titles and its buttons are not questions. Line numbers are kept: a line left out becomes a
blank line.
"""

import re

from questions.importing.quiz import CORRECT_LABEL, FEEDBACK_LABEL, OPTION_GLYPH

POINTS = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})? (?:points?|pts?|marks?)$", re.IGNORECASE)
REQUIRED = "*"
# A question's number over its points, the question under them: "Question 1 *".
NUMBER_ONLY = re.compile(r"^(?:question|q)\s?\d{1,4}(?:\s?\*)?$", re.IGNORECASE)
TYPE_HERE = re.compile(r"^(?:your answer|enter your answer|(?:short|long) answer text)$", re.I)
GLYPH_ONLY = re.compile(r"^\s*[◯○◉●◎⦿☐☑]\s*$")
MIN_QUESTIONS = 3


def looks_like_printed_form(text: str) -> bool:
    """Questions over their points, and the form's own marks: options' circles, required
    marks, answer boxes (an answer key or a rubric with points has none of them)."""
    lines = [line.strip() for line in text[:500_000].split("\n")]
    marks = sum(
        1
        for line in lines
        if line == REQUIRED or GLYPH_ONLY.match(line) or OPTION_GLYPH.match(line)
        or TYPE_HERE.match(line)
    )  # fmt: skip
    return marks >= MIN_QUESTIONS and len(_questions(lines)) >= MIN_QUESTIONS


def printed_form_to_markdown(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    out = [""] * len(lines)
    starts = _questions(lines)
    for n, (question, after, body) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        out[question] = f"Q: {' '.join(lines[question:after])}"
        _answer(lines, body, end, out)
    return "\n".join(out)


def _questions(lines: list[str]) -> list[tuple[int, int, int]]:
    """(the question's first line, the line after it, the first line after its marks) of
    each question."""
    found = []
    for index, line in enumerate(lines):
        if not POINTS.match(line):
            continue
        question = index - 1
        if question >= 0 and lines[question] == REQUIRED:
            question -= 1
        if question < 0 or not lines[question] or POINTS.match(lines[question]):
            continue
        if NUMBER_ONLY.match(lines[question]) and index + 1 < len(lines) and lines[index + 1]:
            # "Question 1 *" / "1 point" / the question, maybe wrapped over a few lines
            body = index + 2
            while body < min(index + 5, len(lines)) and _goes_on(lines[body]):
                body += 1
            found.append((index + 1, body, body))
        else:
            found.append((question, question + 1, index + 1))
    return found


def _goes_on(line: str) -> bool:
    """A question's next line, not its first option, answer box or label."""
    return bool(line) and not (
        OPTION_GLYPH.match(line)
        or GLYPH_ONLY.match(line)
        or TYPE_HERE.match(line)
        or CORRECT_LABEL.match(line)
        or FEEDBACK_LABEL.match(line)
        or POINTS.match(line)
        or NUMBER_ONLY.match(line)
    )


def _answer(lines: list[str], start: int, end: int, out: list[str]) -> None:
    """The right option and the feedback, written where they are: the line under each
    label (a form puts each on one line; what comes after may be the next section's title
    and description)."""
    said, labelled = [], False
    for index in range(start, end):
        line = lines[index]
        if CORRECT_LABEL.match(line) or FEEDBACK_LABEL.match(line):
            labelled = True
        elif labelled and line and not GLYPH_ONLY.match(line):
            said.append(index)
            labelled = False
    for index in said:
        text = OPTION_GLYPH.sub("", lines[index])
        out[index] = f"A: {text}" if index == said[0] else text
