"""An audience-response tool's results (Mentimeter, Slido, Poll Everywhere): a sheet in
blocks, one a slide, each under its title ("Slide 3 - Open ended: What does the GIL
prevent?") with a table of its own.

A slide that asks (open ended, multiple choice, quiz) is its title's question; what the
audience answered is not its answer, the presenter's is: the row labelled "Model answer
(presenter)" or "Correct answer". A word cloud, a scale or a ranking asks about the room,
not a question to learn. The audience's own questions (a Q&A slide: "Question, Upvotes,
..., Presenter reply") are questions with the presenter's reply as their answer (the
room's logistics among them, "can we get a break at 3?", are small talk as anywhere).
"""

import csv
import io
import re

# "Slide 3 - Open ended: What does the GIL prevent?", "Slide 10 - Q&A"
SLIDE = re.compile(
    r"^(?:slide|poll|question)\s+\d{1,3}\s*[-–—]\s*(?P<kind>[^:\n]{1,40}?)\s*"
    r"(?::\s*(?P<title>.+?))?\s*,*$",
    re.IGNORECASE,
)
ASKING_KINDS = re.compile(
    r"^(?:open[- ]ended|open text|multiple[- ]choice|quiz|short answer|select answer|type answer|"
    r"true or false|question)\b",
    re.IGNORECASE,
)
AUDIENCE_QA = re.compile(
    r"^(?:q\s*&\s*a|q and a|audience q(?:&|and)a|questions from the audience)$", re.I
)
PRESENTERS = re.compile(r"^\W*(?:model|correct|right|sample|expected) answer\b", re.IGNORECASE)
REPLY_COLUMN = re.compile(r"\b(?:reply|replies|answer|response)\b", re.IGNORECASE)
NOT_REPLY_COLUMN = re.compile(r"\b(?:marked|answered\?|is answered|upvotes?|votes?)\b", re.I)
MIN_SLIDES = 2


def looks_like_poll_export(text: str) -> bool:
    """Slides' titles, each over its table (a header row of a sheet: with commas)."""
    lines = [line.strip() for line in text[:200_000].split("\n")]
    slides = sum(
        1
        for line, below in zip(lines, [*lines[1:], ""], strict=True)
        if SLIDE.match(line) and "," in below
    )
    return slides >= MIN_SLIDES


def poll_export_to_markdown(text: str) -> str:
    cards = []
    for title_line, rows in _slides(text):
        slide = SLIDE.match(title_line)
        kind, title = slide.group("kind").strip(), (slide.group("title") or "").strip()
        if AUDIENCE_QA.match(kind):
            cards += _audience_questions(rows)
        elif ASKING_KINDS.match(kind) and title:
            answer = next((row[1] for row in rows if len(row) > 1 and PRESENTERS.match(row[0])), "")
            cards.append((title, answer))
    return "\n\n".join(f"Q: {question}\nA: {answer.strip()}".rstrip() for question, answer in cards)


def _slides(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each slide's title line and the rows of its table (the block under the title, up to
    a blank line; a cell may hold lines of its own, quoted)."""
    slides: list[tuple[str, list[list[str]]]] = []
    block: list[list[str]] = []
    for row in [*csv.reader(io.StringIO(text)), []]:
        if any(cell.strip() for cell in row):
            block.append(row)
            continue
        # (a title's commas split it into cells: joined again)
        title = ",".join(block[0]).strip().rstrip(",").strip() if block else ""
        if SLIDE.match(title):
            slides.append((title, block[1:]))
        block = []
    return slides


def _audience_questions(rows: list[list[str]]) -> list[tuple[str, str]]:
    """The audience's questions, with the presenter's reply where there is one."""
    if not rows:
        return []
    names = [" ".join(cell.split()).lower() for cell in rows[0]]
    asked = next((i for i, name in enumerate(names) if name.startswith("question")), None)
    reply = next(
        (
            i
            for i, name in enumerate(names)
            if REPLY_COLUMN.search(name) and not NOT_REPLY_COLUMN.search(name)
        ),
        None,
    )
    if asked is None:
        return []
    found = []
    for row in rows[1:]:
        question = " ".join(row[asked].split()) if asked < len(row) else ""
        if not question:
            continue
        answer = row[reply] if reply is not None and reply < len(row) else ""
        found.append((question, answer))
    return found
