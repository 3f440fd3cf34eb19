"""An exam paper as text (copied out of its PDF): "Question 2  Transactions" over lettered
parts, "(a) State the four ACID properties... [8 marks]", each part a question of its own.

A part's text wraps over indented lines and ends with its marks; a query set under it is
part of what it asks. Model answers at the end ("Q2 (a) Atomicity: ...") answer the parts
they name. The paper's cover (instructions to candidates) and its running lines ("CS3104
Databases — Page 2 of 4", "Turn over") are not questions.
"""

import re

from questions.importing.lines import MARKS_UNIT

# "Question 2        Transactions and concurrency control", "Question 2 (continued)"
QUESTION = re.compile(r"^\s{0,8}question\s+(\d{1,2})\b[ \t:.–—-]*(\S.{0,119})?$", re.IGNORECASE)
# "(a) Identify the candidate key(s)...", "b) Explain why..."
PART = re.compile(r"^(\s{0,8})\(?([a-h])\)\s+(\S.{0,2000})$")
# "[4 marks]", "(10 marks)", "[5]" at a line's end, or alone on its line: the unit may go
MARKS = re.compile(
    rf"[\[(][ \t]*+\d{{1,3}}(?:[ \t]*+{MARKS_UNIT})?[ \t]*+[\])][ \t]*+$", re.IGNORECASE
)
# "Q1 (a) The only candidate key is...": a model answer to question 1's part (a)
KEYED = re.compile(r"^\s{0,4}Q(?:uestion)?\s*(\d{1,2})\s*\(?([a-h])\)\s*(.*)$", re.IGNORECASE)
MODEL_ANSWERS = re.compile(
    r"^\W*(?:model|sample|suggested|outline|specimen) (?:answers?|solutions?)\b", re.IGNORECASE
)
RUNNING = re.compile(
    r"\bpage \d{1,3} of \d{1,3}\b|\bturn over\s*$|^\W*end of (?:question )?paper\b", re.IGNORECASE
)
MIN_PARTS = 3
MIN_RUNNING = 3  # a line repeated this often is the paper's, not a question's
MAX_HEADING = 120  # "MODEL ANSWERS (for markers)", not a sentence about them
MIN_MARKED = 2


def looks_like_exam_paper(text: str) -> bool:
    """Lettered parts under numbered questions, with their marks."""
    lines = text.split("\n", 5000)[:5000]
    parts = sum(1 for line in lines if PART.match(line))
    marked = sum(1 for line in lines if MARKS.search(line) and "mark" in line.lower())
    headers = sum(1 for line in lines if QUESTION.match(line))
    # marks, not "Question 1" headers alone: a quiz's "a) Paris / b) London" has those
    return parts >= MIN_PARTS and marked >= MIN_MARKED and headers >= 1


def exam_to_markdown(text: str) -> str:
    lines = text.split("\n")
    # a running header repeated on every page: "CS3104 Degree Examination May 2024"
    seen: dict[str, int] = {}
    for line in lines:
        if line.strip():
            seen[line.strip()] = seen.get(line.strip(), 0) + 1
    lines = [
        "" if seen.get(line.strip(), 0) >= MIN_RUNNING and not line.startswith("    ") else line
        for line in lines
    ]  # (not a query's "BEGIN;", set in under its part)
    out: list[str] = []
    question, in_key, started = 0, False, False
    index = 0
    while index < len(lines):
        line, stripped = lines[index], lines[index].strip()
        header = QUESTION.match(line)
        if started and len(stripped) <= MAX_HEADING and MODEL_ANSWERS.match(stripped):
            in_key = True
            out.append("## Answer key")
        elif in_key and (keyed := KEYED.match(line)):
            number = f"{keyed.group(1)}.{_part_number(keyed.group(2))}"
            out.append(f"**{number}** {keyed.group(3).strip()}")
        elif in_key:
            out.append("" if RUNNING.search(stripped) else stripped)
        elif header:
            started, question = True, int(header.group(1))
            title = (header.group(2) or "").strip()
            continued = re.match(r"\(?continued\)?", title, re.IGNORECASE)
            out.append(f"## {title}" if title and not continued else "")  # a section
        elif started and (part := PART.match(line)):
            index = _part(lines, out, index, question, part)
            continue
        elif started and not RUNNING.search(stripped) and not MARKS.fullmatch(line.strip()):
            # the question's own context ("Consider the relation..."): what its parts ask
            # about, not a question of its own
            opens = stripped and not (out and out[-1].startswith(">"))
            out.append(f"> Context: {stripped}" if opens else f"> {stripped}" if stripped else "")
        else:
            out.append("")  # the cover's instructions, a running line, marks alone
        index += 1
    return "\n".join(out)


def _part_number(letter: str) -> int:
    return ord(letter.lower()) - ord("a") + 1


def _part(lines: list[str], out: list[str], index: int, question: int, part: re.Match) -> int:
    """Write part `part` (at `index`) as a numbered question heading, its wrapped lines
    joined, and a block set deeper under it (a query) fenced after it; return the index of
    the line after the part."""
    indent = len(part.group(1))
    text = [MARKS.sub("", part.group(3)).rstrip()]
    block: list[str] = []
    end = index + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        depth = len(line) - len(line.lstrip())
        if PART.match(line) or QUESTION.match(line) or RUNNING.search(stripped):
            break
        if MARKS.fullmatch(line.strip()):
            end += 1
            break  # the marks close the part
        if not stripped:
            if block:
                block.append("")
            end += 1
            continue
        if depth >= indent + 8 or (block and depth > indent):
            block.append(line)  # "SELECT * FROM orders ...", set under the part
        elif depth > indent and not block:
            text.append(MARKS.sub("", stripped).rstrip())  # the part's text, wrapped
        else:
            break
        end += 1
    out.append(f"### Q{question}.{_part_number(part.group(2))}. {' '.join(text)}")
    while block and not block[-1]:
        block.pop()
    if block:
        width = min(len(row) - len(row.lstrip()) for row in block if row.strip())
        out.extend(["", "```", *(row[width:] for row in block), "```"])
    out.append("")
    return end
