"""A quiz's summary of responses, copied from its page (Google Forms, Microsoft Forms): each
question over "17 / 23 correct responses", its options with their counts, then "Correct
answer" and "Feedback". Each question is written out with its correct answer and the
feedback as its answer; the counts, the options and the page's furniture go.

A question that nobody answered ("0 responses" / "No responses yet for this question.") or
that has no correct answer (a short answer field whose responses are "no clue", "skip") is
kept without an answer; one about the respondent ("Full name", "How did you hear about this
role?") is not a question of the bank.
"""

import re

from questions.importing import lines as L
from questions.importing.code import looks_like_code
from questions.importing.delimited import ABOUT_YOU

# "17 / 23 correct responses", "3 responses", "0 responses"
GRADED = re.compile(r"^[ \t]*\d{1,6}[ \t]*/[ \t]*\d{1,6} correct responses?[ \t]*$", re.I)
COUNTED = re.compile(r"^[ \t]*\d{1,6} responses?[ \t]*$", re.IGNORECASE)
CORRECT = re.compile(r"^[ \t]*correct answers?[ \t]*$", re.IGNORECASE)
FEEDBACK = re.compile(r"^[ \t]*feedback[ \t]*$", re.IGNORECASE)
FOOTER = re.compile(
    r"^[ \t]*(?:this content is neither created nor endorsed by|report abuse\b|terms of service\b|"
    r"privacy policy\b|(?:google|microsoft) forms[ \t]*$)",
    re.IGNORECASE,
)
MIN_GRADED = 3
MAX_QUESTION_LINES = 30


def looks_like_quiz_summary(text: str) -> bool:
    graded = 0
    for line in text.split("\n", 200_000):
        graded += len(line) <= 60 and bool(GRADED.match(line))
        if graded >= MIN_GRADED:
            return True
    return False


def quiz_summary_to_markdown(text: str) -> str:
    lines = text.split("\n")
    counts = [
        index
        for index, line in enumerate(lines)
        if index and (GRADED.match(line) or COUNTED.match(line))
    ]
    asked = [_question(lines, counted) for counted in counts]
    out: list[str] = []
    for number, counted in enumerate(counts):
        question = " ".join(asked[number]).strip()
        graded = bool(GRADED.match(lines[counted]))
        asks = L.looks_like_question(question)  # ("True or false: ..." too)
        if not asked[number] or not asks or (not graded and ABOUT_YOU.search(question)):
            continue  # "Email", "Full name", "How did you hear about this role?"
        end = counts[number + 1] - len(asked[number + 1]) if number + 1 < len(counts) else None
        block = lines[counted + 1 : end]
        answer = _answer(block) if graded else []
        first, *more = _fenced(asked[number])
        out += ["", f"Q: {first.strip()}", *more, f"A: {answer[0] if answer else ''}", *answer[1:]]
    return "\n".join(out).strip("\n") + "\n"


def _question(lines: list[str], counted: int) -> list[str]:
    """The lines of the question over its count: up to the blank line above it."""
    start = _paragraph_start(lines, counted)
    asks = any(line.rstrip().endswith("?") for line in lines[start:counted])
    # (its code, or its description: "Assume PostgreSQL 16 defaults."; not a question of its
    # own, "Which isolation level prevents phantom reads", under another's feedback)
    between = " ".join(line.strip() for line in lines[start:counted])
    own = any(looks_like_code(line.strip()) for line in lines[start:counted]) or not (
        L.looks_like_question(between)
    )
    if not asks and own and start >= 2 and lines[start - 2].rstrip().endswith("?"):
        start = _paragraph_start(lines, start - 1)  # "What does this function return?" / code
    return lines[start:counted]


def _paragraph_start(lines: list[str], end: int) -> int:
    """Where the paragraph ending at `end` starts (a code block's blank lines are its own)."""
    start, fences = end, 0
    while start > 0 and end - start < MAX_QUESTION_LINES:
        above = lines[start - 1].strip()
        if not above and fences % 2 == 0:
            break
        fences += above.startswith("```")
        start -= 1
    return start


def _fenced(asked: list[str]) -> list[str]:
    """A question's words on its first line and its code in a fence under them ("Look at
    this endpoint: What is the main problem?" over the endpoint), so that the code is read as
    the question's."""
    code = [index for index, line in enumerate(asked) if index and looks_like_code(line.strip())]
    if not code or any(line.lstrip().startswith("```") for line in asked):
        return asked  # (no code, or fenced already)
    start, end = code[0], code[-1] + 1
    words = " ".join(line.strip() for line in (*asked[:start], *asked[end:]))
    return [words, "```", *asked[start:end], "```"]


def _answer(block: list[str]) -> list[str]:
    """The correct answer's lines, then the feedback's, from a question's block."""
    answer: list[str] = []
    part = None
    for line in block:
        if FOOTER.match(line):
            break  # the page's: "This content is neither created nor endorsed by Google."
        if CORRECT.match(line):
            part = "correct"
        elif FEEDBACK.match(line):
            part = "feedback"
            answer.append("")
        elif not line.strip():
            part = "feedback" if part == "feedback" else None  # (feedback of paragraphs)
            answer += [""] if part else []
        elif part:
            answer.append(line.rstrip())
    return answer if any(row.strip() for row in answer) else []
