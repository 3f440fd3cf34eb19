"""A coding assessment's candidate report as text (HackerRank, Codility and the like): a
banner per question between rulers, then labelled fields with their text indented under
them.

    =====================================================
    QUESTION 4  |  Subjective  |  Thundering herd  |  Score 15/20
    =====================================================
    Question:
      A very popular cache key expires and ...
    Candidate's answer:
      Only let one request recompute the value: ...
    Interviewer notes:
      Good. Did not mention ...

The question is the "Problem statement:" or "Question:" field (its options too); the
answer is the candidate's answer or submission (code kept as code); the grader's notes,
test results and scores are about the candidate, not the answer. "(no code submitted)"
answers nothing. What comes before the first banner (the summary) and after the last
ruler (the platform's footer) is left out.
"""

import re
import textwrap

BANNER = re.compile(r"^\s*(?:question|task|problem|exercise)\s+\d{1,3}\b[^\n]{0,200}$", re.I)
RULER = re.compile(r"^\s*[=\-]{20,}\s*$")
FIELD = re.compile(r"^([A-Z][\w'’ ]{1,40}):[ \t]*(.*)$")
ASKED = re.compile(r"^(?:problem(?: statement)?|question|task|prompt|description)$", re.I)
ANSWERED = re.compile(
    r"^(?:candidate(?:'s|’s)? (?:answer|submission|response|solution)|your answer|answer|"
    r"submission|response)$",
    re.I,
)
NOTHING = re.compile(
    r"^\W*(?:no (?:code|answer|response)(?: submitted| given)?|not attempted|-)\W*$", re.I
)
CODE = re.compile(r"^(?:def |class |async def |import |from \w|SELECT\b|WITH\b|@\w|\w+ = )", re.I)
OPTION = re.compile(r"^\s*[A-H][.)]\s")  # a multiple choice's "B. Repeatable Read"
MIN_BANNERS = 2


def looks_like_assessment_report(text: str) -> bool:
    lines = text.split("\n")
    banners = sum(
        1
        for index, line in enumerate(lines)
        if BANNER.match(line) and index > 0 and RULER.match(lines[index - 1])
    )
    fields = sum(1 for line in lines if _field(line) in ("asked", "answered"))
    return banners >= MIN_BANNERS and fields >= 2 * MIN_BANNERS


def assessment_to_markdown(text: str) -> str:
    parts: list[str] = []
    section: dict | None = None
    field, rows = "", []

    def close_field() -> None:
        if section is not None and field in ("asked", "answered"):
            section[field] = _block(rows, code=field == "answered")

    lines = text.split("\n")
    for index, line in enumerate(lines):
        if BANNER.match(line) and index and RULER.match(lines[index - 1]):
            close_field()
            if section is not None:
                parts.append(_section(section))
            section, field, rows = {}, "", []
            continue
        if section is None:
            continue
        named = FIELD.match(line)
        if named and not line[:1].isspace():
            close_field()
            field, rows = _field(line), [named.group(2)]
            continue
        if RULER.match(line) and field and not line[:1].isspace():
            close_field()
            field, rows = "", []
            continue
        rows.append(line)
    close_field()
    if section is not None:
        parts.append(_section(section))
    return "\n\n".join(part for part in parts if part)


def _field(line: str) -> str:
    named = FIELD.match(line)
    if not named or line[:1].isspace():
        return ""
    name = named.group(1).strip()
    if ASKED.match(name):
        return "asked"
    return "answered" if ANSWERED.match(name) else "other"


def _block(rows: list[str], *, code: bool) -> str:
    """A field's text: its first row (after the label) and the rows indented under it."""
    first, rest = rows[0].strip(), textwrap.dedent("\n".join(rows[1:])).strip("\n")
    text = "\n".join(part for part in (first, rest) if part).strip()
    if NOTHING.match(text):
        return ""
    if code and rest and CODE.match(rest.lstrip()):
        return "\n".join(part for part in (first, f"```\n{rest}\n```") if part)
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    """Hard-wrapped lines as paragraphs, lists and option letters kept on lines of their own."""
    out: list[str] = []
    for row in text.split("\n"):
        starts = OPTION.match(row) or re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s", row)
        if out and row.strip() and out[-1].strip() and not starts:
            out[-1] = f"{out[-1].rstrip()} {row.strip()}"
        else:
            out.append(row.strip())
    return "\n".join(out).strip()


def _section(section: dict) -> str:
    """ "Q:" and "A:" as an export's records are written: the question on one line (without
    its options: the answer names the right one), the answer from the next line when it has
    more than one (a fence must open a line of its own)."""
    rows = [row for row in section.get("asked", "").split("\n") if row.strip()]
    asked = " ".join(row for row in rows if not OPTION.match(row)).strip()
    if not asked:
        return ""
    answered = section.get("answered", "")
    return f"Q: {asked}\nA:" + (f"\n{answered}" if "\n" in answered else f" {answered}").rstrip()
