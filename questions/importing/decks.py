"""A quiz deck saved as an outline (PowerPoint's or Keynote's "outline" text, a PDF of the
slides): "Slide 3" over each slide's title and text, its speaker notes after "Notes:".

Read as such only when the deck labels its questions and answers, a slide "Q1" (or
"Question 1: ...") asking and a slide "A1 – The GIL" answering: every other slide (the
title, "How to use this deck", the wrap-up) is the deck's own, not a question. The speaker
notes are the presenter's ("give people 30 seconds", "mention 3.13 in passing"), not what
the slide shows: an answer slide that shows nothing leaves its question without an answer,
whatever its notes say ("TODO: check before presenting").
"""

import re

SLIDE = re.compile(r"^[ \t]*slide[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*(?::[ \t]*(.*))?$",
                   re.IGNORECASE)  # fmt: skip
NOTES = re.compile(r"^[ \t]*(?:speaker[ \t]+|presenter[ \t]+)?notes[ \t]*:", re.IGNORECASE)
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


def _slides(text: str) -> list[tuple[str, list[str]]]:
    """(title, the lines after it) of each slide, the lines before the first one left out."""
    slides: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        heading = SLIDE.match(line)
        if heading:
            current = [heading.group(1)] if heading.group(1) else []
            slides.append(("", current))
        elif current is not None:
            current.append(line)
    titled = []
    for _, lines in slides:
        while lines and not lines[0].strip():
            lines.pop(0)
        titled.append((lines[0].strip() if lines else "", lines[1:]))
    return titled


def _without_notes(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if NOTES.match(line):
            return _trimmed(lines[:index])
    return _trimmed(lines)


def _trimmed(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]
