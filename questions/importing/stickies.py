"""A whiteboard's sticky notes exported as rows (Miro, FigJam, Mural): one column holds each
note's text, and another says which notes ask and which answer, by a tag ("question",
"answer") or by colour (yellow for questions, green for their answers, as the board's key
says). A question's answers are the answer notes right after it; other notes (the agenda,
a "parking lot") are no part of one.
"""

from collections import Counter

from questions.importing import lines as L

TEXT_NAMES = ("content", "text", "note", "sticky", "sticky text", "body", "idea", "card")
COLOUR_NAMES = {"color", "colour", "fill", "fill color", "background"}
ANSWER_NAMES = {"answer", "answers", "back", "response", "definition"}
MIN_QUESTIONS = 3


def sticky_notes_as_cards(rows: list[list[str]]) -> list[list[str]] | None:
    """[question, answer] rows, when `rows` (a header first) are a board's notes."""
    names = [cell.strip().lstrip("\ufeff").lower() for cell in rows[0]]
    text = next((names.index(name) for name in TEXT_NAMES if name in names), None)
    if text is None or ANSWER_NAMES.intersection(names):
        return None  # (a sheet with its answers in a column of their own reads them there)
    notes = rows[1:]
    kind = _kinds_by_tag(notes, text, len(names)) or _kinds_by_colour(notes, text, names)
    if kind is None:
        return None
    roles = [kind(row) for row in notes]
    # each answer right after its question (or another of its answers): not every question
    # first and every answer after, where nothing says which answers which
    paired = sum(
        1 for i in range(1, len(roles)) if roles[i] == "answer" and roles[i - 1] == "question"
    )
    if paired * 2 < roles.count("answer"):
        return None
    cards: list[list[str]] = []
    answering = False
    for row in notes:
        said = _cell(row, text)
        role = kind(row)
        if role == "question" and said:
            cards.append([said, ""])
            answering = True
        elif role == "answer" and answering and said:
            cards[-1][1] = "\n\n".join(part for part in (cards[-1][1], said) if part)
        else:
            answering = False  # a frame, the agenda, a parking lot: the card is over
    return cards if len(cards) >= MIN_QUESTIONS else None


def _kinds_by_tag(notes: list[list[str]], text: int, width: int):
    """A column whose cells say "question" on some notes and "answer" on others."""
    for column in range(width):
        if column == text:
            continue
        cells = [_cell(row, column).lower() for row in notes]
        asks = sum(1 for cell in cells if _tagged(cell, "question"))
        answers = sum(1 for cell in cells if _tagged(cell, "answer"))
        if asks >= MIN_QUESTIONS and answers:
            return lambda row, c=column: _role_of_tag(_cell(row, c).lower())
    return None


def _role_of_tag(cell: str) -> str:
    if _tagged(cell, "question"):
        return "question"
    return "answer" if _tagged(cell, "answer") else ""


def _tagged(cell: str, word: str) -> bool:
    return any(tag.strip() in (word, f"{word}s") for tag in cell.replace(";", ",").split(","))


def _kinds_by_colour(notes: list[list[str]], text: int, names: list[str]):
    """The colour most notes that ask have, and the one most notes right after them have."""
    column = next((i for i, name in enumerate(names) if name in COLOUR_NAMES), None)
    if column is None:
        return None
    asking = Counter()
    after = Counter()
    for index, row in enumerate(notes):
        if L.looks_like_question(_cell(row, text)):
            asking[_cell(row, column)] += 1
            if index + 1 < len(notes):
                after[_cell(notes[index + 1], column)] += 1
    if not asking:
        return None
    question, count = asking.most_common(1)[0]
    answers = [colour for colour, _ in after.most_common() if colour != question]
    if count < MIN_QUESTIONS or not question or not answers or not answers[0]:
        return None
    answer = answers[0]
    answering = [row for row in notes if _cell(row, column) == answer]
    if sum(1 for row in answering if L.looks_like_question(_cell(row, text))) * 2 >= len(answering):
        return None  # the colours are topics: the "answers" ask too
    roles = {question: "question", answer: "answer"}
    return lambda row: roles.get(_cell(row, column), "")


def _cell(row: list[str], column: int) -> str:
    return row[column].strip() if column < len(row) else ""
