"""Quizzes in a learning platform's upload formats, read as questions and answers:

- Blackboard's tab-delimited upload: a line per question, its type first ("MC", "MA",
  "TF", "ESS", "SR", "FIB", "NUM", "MAT", "ORD"), then the question, then its answers
  ("answer<TAB>correct<TAB>answer<TAB>incorrect" for a choice; "true"/"false"; an essay's
  sample answer, if any).
- A quiz sheet with numbered options (saved as CSV): Kahoot's template (a header row
  "Question - max 120 characters", "Answer 1" to "Answer 4", "Correct answer(s)", the
  numbers of the right ones, under the template's instructions), Quizizz's ("Question
  Text", "Option 1" to "Option 5", "Correct Answer", "Answer explanation").

The answer is what the quiz accepts: the right options' text (and the sheet's explanation of
it), "True."/"False.", the sample answer; nothing for an essay without one.
"""

import csv
import io
import re

BLACKBOARD_TYPES = {
    "MC", "MA", "TF", "ESS", "SR", "FIB", "FIB_PLUS", "NUM", "MAT", "ORD", "SAS", "OP",
    "JUMBLED_SENTENCE", "QUIZ_BOWL", "FIL",
}  # fmt: skip
MIN_QUESTIONS = 3
QUESTION_COLUMN = re.compile(r"^\s*question(?:\s+text)?\b(?:.{0,40}\bmax\b.*)?\s*$", re.I)
OPTION_COLUMN = re.compile(r"^\s*(?:answer|option|choice)\s*(\d)\b", re.IGNORECASE)
CORRECT_COLUMN = re.compile(r"^\s*correct answer", re.IGNORECASE)
EXPLANATION_COLUMN = re.compile(r"^\s*(?:answer\s+)?explanation\s*$", re.IGNORECASE)
# A sheet that may be one: a line (of its first 40) naming a second option and the right one
SECOND_OPTION = re.compile(r"(?:answer|option|choice)\s*2\b", re.IGNORECASE)
# The right options by their numbers: "2", "1,3", "1; 4"
OPTION_NUMBERS = re.compile(r"^\s*\d(?:\s*[,;/ ]\s*\d)*\s*$")
MIN_OPTIONS = 2


def looks_like_lms_quiz(text: str) -> bool:
    return _blackboard_lines(text) is not None or _sheet_rows(text) is not None


def lms_quiz_to_markdown(text: str) -> str:
    lines = _blackboard_lines(text)
    pairs = [_blackboard(fields) for fields in lines] if lines else _options_sheet(text)
    return "\n\n".join(f"Q: {question}\nA: {answer}".rstrip() for question, answer in pairs)


# --- Blackboard -----------------------------------------------------------------------------


def _blackboard_lines(text: str) -> list[list[str]] | None:
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    typed = [row for row in rows if row[0].strip().upper() in BLACKBOARD_TYPES and len(row) > 1]
    if len(typed) < MIN_QUESTIONS or len(typed) < 0.8 * len(rows):
        return None
    return [[cell.strip() for cell in row] for row in typed]


def _blackboard(fields: list[str]) -> tuple[str, str]:
    kind, question, rest = fields[0].upper(), " ".join(fields[1].split()), fields[2:]
    if kind in ("MC", "MA", "JUMBLED_SENTENCE"):
        pairs = list(zip(rest[0::2], rest[1::2], strict=False))
        right = [option for option, mark in pairs if mark.lower() == "correct"]
        return question, ", ".join(right)
    if kind == "TF":
        said = (rest[0] if rest else "").lower()
        return question, {"true": "True.", "false": "False."}.get(said, "")
    if kind == "MAT":
        pairs = list(zip(rest[0::2], rest[1::2], strict=False))
        return question, "\n".join(f"- {left} → {right}" for left, right in pairs)
    if kind == "ORD":
        return question, "\n".join(f"{n}. {item}" for n, item in enumerate(rest, 1) if item)
    if kind in ("FIB", "FIB_PLUS", "SR", "NUM", "FIL", "SAS"):
        accepted = [cell for cell in rest if cell]
        also = f" (also accepted: {', '.join(accepted[1:])})" if len(accepted) > 1 else ""
        return question, (accepted[0] + also) if accepted else ""
    return question, " ".join(cell for cell in rest if cell)  # an essay's sample answer


# --- a sheet of numbered options (Kahoot, Quizizz) ----------------------------------------


def _sheet_rows(text: str) -> tuple[list[list[str]], int] | None:
    """The sheet's rows and where its header row is: a question's column, two or more
    numbered options' and the right one's."""
    head = text[:20000].split("\n")[:40]
    if "," not in text[:5000] or not any(
        "correct" in line.lower() and SECOND_OPTION.search(line) for line in head
    ):
        return None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        return None
    for index, row in enumerate(rows[:40]):
        options = sum(1 for cell in row if OPTION_COLUMN.match(cell))
        if (
            options >= MIN_OPTIONS
            and any(QUESTION_COLUMN.match(cell) for cell in row)
            and any(CORRECT_COLUMN.match(cell) for cell in row)
        ):
            return rows, index
    return None


def _options_sheet(text: str) -> list[tuple[str, str]]:
    rows, at = _sheet_rows(text)
    header = rows[at]
    question = next(i for i, cell in enumerate(header) if QUESTION_COLUMN.match(cell))
    correct = next(i for i, cell in enumerate(header) if CORRECT_COLUMN.match(cell))
    explained = next((i for i, cell in enumerate(header) if EXPLANATION_COLUMN.match(cell)), None)
    options = {
        int(match.group(1)): i
        for i, cell in enumerate(header)
        if (match := OPTION_COLUMN.match(cell))
    }
    pairs = []
    for row in rows[at + 1 :]:
        asked = " ".join(row[question].split()) if question < len(row) else ""
        if not asked:
            continue
        said = row[correct].strip() if correct < len(row) else ""
        offered = {row[i].strip() for i in options.values() if i < len(row)}
        if said not in offered and OPTION_NUMBERS.match(said):  # the right ones' numbers
            chosen = re.findall(r"\d", said)
            right = [
                row[options[int(n)]].strip() for n in chosen if options.get(int(n), 99) < len(row)
            ]
            answer = ", ".join(text for text in right if text)
        else:
            answer = said  # the right answer written out: "Paris", "404", "4" among "3, 4, 5"
        why = row[explained].strip() if explained is not None and explained < len(row) else ""
        if answer and why:
            answer = f"{answer}\n\n{why}"  # (an explanation alone answers nothing asked)
        pairs.append((asked, answer))
    return pairs
