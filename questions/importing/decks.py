"""A quiz deck saved as an outline (PowerPoint's or Keynote's "outline" text, a PDF of the
slides): "Slide 3" over each slide's title and text, its speaker notes after "Notes:".

Read as such only when the deck labels its questions and answers, a slide "Q1" (or
"Question 1: ...") asking and a slide "A1 – The GIL" answering: every other slide (the
title, "How to use this deck", the wrap-up) is the deck's own, not a question. The speaker
notes are the presenter's ("give people 30 seconds", "mention 3.13 in passing"), not what
the slide shows: an answer slide that shows nothing leaves its question without an answer,
whatever its notes say ("TODO: check before presenting").

A workshop's deck without such labels asks on its slides ("Docker #2" / "Why should a
Dockerfile copy requirements.txt first?") and answers in its speaker notes (what a good
candidate covers): each slide whose every point asks is a question, or several, its notes
their answer. A slide of points that do not all ask (an agenda, "Why do design rounds feel
so vague?" over what makes them so) is the talk's own.
"""

import re

from questions.importing import lines as L

# "Slide 3", "Slide 3 of 27: Title", "==================== Slide 3 ===================="
SLIDE = re.compile(
    r"^[ \t]*+(?:[=#*~_-]{1,40}[ \t]*+)?slide[ \t]++\d{1,4}(?:[ \t]++of[ \t]++\d{1,4})?[ \t]*+"
    r"(?::(.*)|[=#*~_-]{0,40}[ \t]*+)$",
    re.IGNORECASE,
)
RULE = "=#*~_-"  # a slide's frame, in runs of three or more: "==== Slide 3 ===="
MIN_RULE = 3
NOTES = re.compile(
    r"^[ \t]*(?:(?:speaker[ \t]+|presenter[ \t]+)?notes[ \t]*:|\[(?:speaker[ \t]+)?notes\])",
    re.IGNORECASE,
)
# An export's label of a slide's part: "[Title]     Part 3", "[Body]      Design a ..."
FIELD = re.compile(r"^[ \t]*\[(?:title|subtitle|body|content|text)\][ \t]*", re.IGNORECASE)
POINT = re.compile(r"^[ \t]*(?:[•◦▪‣●○*+-]|\d{1,2}[.)])[ \t]+")
MIN_NOTED = 3  # slides with speaker notes, in a deck whose notes answer its slides
MIN_ASKING = 3
# "Q1", "Q1.", "Question 1: What is ...?"; "A1", "A1 – The GIL", "Answer 1:"
ASKS = re.compile(r"^[ \t]*(?:q|question)[ \t]*(\d{1,3})[ \t]*(?:[.:)][ \t]*|[–—-][ \t]+|$)(.*)$",
                  re.IGNORECASE)  # fmt: skip
# "A1", "A1: 42", "A1 – The GIL" (a dash: the slide's topic, when the slide says more)
ANSWERS = re.compile(
    r"^[ \t]*(?:a|answer)[ \t]*(\d{1,3})?[ \t]*(?:[.:)][ \t]*|([–—-])[ \t]+|$)(.*)$", re.I
)
MIN_SLIDES = 3
MIN_LABELLED = 2


def looks_like_slide_outline(text: str) -> bool:
    slides = _slides(text)
    if len(slides) < MIN_SLIDES:
        return False
    return sum(1 for title, _ in slides if ASKS.match(title)) >= MIN_LABELLED


def slide_outline_to_markdown(text: str) -> str:
    """Each labelled question as "Q: ..." (with the rest of its slide: a snippet it asks
    about), each answer slide as "A: ..." after it; the deck's other slides left out."""
    cards: list[list] = []  # [number, question lines, answer lines]
    by_number: dict[str, list] = {}
    for title, body in _slides(text):
        shown = _without_notes(body)
        asked, answered = ASKS.match(title), ANSWERS.match(title)
        if asked:
            lines = [asked.group(2).strip(), *shown] if asked.group(2).strip() else shown
            if lines:
                cards.append([asked.group(1), lines, []])
                by_number.setdefault(asked.group(1), cards[-1])
        elif answered and cards:
            # by its number ("A2" after the questions, in an answers part), else the last
            card = by_number.get(answered.group(1) or "", cards[-1])
            said, topic = answered.group(3).strip(), answered.group(2) is not None and shown
            card[2] = ([said] if said and not topic else []) + shown
    return "\n\n".join(
        "\n".join([f"Q: {lines[0].strip()}", *lines[1:], "A: " + "\n".join(answer)]).rstrip()
        for _, lines, answer in cards
    )


def looks_like_noted_deck(text: str) -> bool:
    slides = _slides(text)
    if len(slides) < MIN_SLIDES or sum(1 for title, _ in slides if ASKS.match(title)):
        return False
    noted = sum(1 for _, body in slides if any(NOTES.match(line) for line in body))
    asking = sum(1 for slide in slides if _asked(*slide))
    return noted >= MIN_NOTED and asking >= MIN_ASKING


def noted_deck_to_markdown(text: str) -> str:
    """Each question a slide asks as "Q: ...", the slide's speaker notes as "A: ..." under
    it (under each, when the slide asks several: the notes answer them together)."""
    cards = []
    for title, body in _slides(text):
        notes = L.without_blank_edges(_notes(body))
        for asked in _asked(title, body):
            cards.append("\n".join([f"Q: {asked}", "A: " + "\n".join(notes)]).rstrip())
    return "\n\n".join(cards)


def _asked(title: str, body: list[str]) -> list[str]:
    """The questions a slide shows: its points when every one asks, else its title when it
    asks alone on the slide."""
    points = _points(_without_notes(body))
    if points:
        asking = all(L.asks(point) and not L.is_small_talk(point) for point in points)
        return points if asking else []
    return [title] if L.asks(title) and not L.is_small_talk(title) else []


def _points(lines: list[str]) -> list[str]:
    """A slide's text as its points: a point wrapped over lines is one."""
    points: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        point = POINT.match(line)
        if point or not points:
            points.append(line[point.end() :].strip() if point else text)
        else:
            points[-1] += " " + text
    return points


def _notes(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if noted := NOTES.match(line):
            return [line[noted.end() :].strip(), *lines[index + 1 :]]
    return []


def _slides(text: str) -> list[tuple[str, list[str]]]:
    """(title, the lines after it) of each slide, the lines before the first one left out."""
    slides: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        heading = SLIDE.match(line)
        if heading:
            title = _unframed(heading.group(1) or "")
            current = [title] if title else []
            slides.append(("", current))
        elif current is not None:
            current.append(FIELD.sub("", line, count=1))
    titled = []
    for _, lines in slides:
        while lines and not lines[0].strip():
            lines.pop(0)
        titled.append((lines[0].strip() if lines else "", lines[1:]))
    return titled


def _unframed(title: str) -> str:
    title = title.strip()
    left = title.lstrip(RULE)
    title = left.strip() if len(title) - len(left) >= MIN_RULE else title
    right = title.rstrip(RULE)
    return right.strip() if len(title) - len(right) >= MIN_RULE else title


def _without_notes(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if NOTES.match(line):
            return L.without_blank_edges(lines[:index])
    return L.without_blank_edges(lines)
