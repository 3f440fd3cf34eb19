"""Slides written in markdown (HackMD's and reveal.js's, Marp's): "---" between slides,
"----" down to a slide under it, and the speaker's notes after "Note:".

A question's answer is often on the slide under it ("## Q1" / "What is...?" / "----" /
"### A1" / the answer) or in its speaker notes ("Note: Answer: ..."): the slide under a
slide goes on with it, the notes are its text, and a slide's "A1" title is only a label.
Line numbers are kept: a line left out becomes a blank line.
"""

import re

VERTICAL = re.compile(r"^\s*-{4}\s*$")
HORIZONTAL = re.compile(r"^\s*-{3}\s*$")
NOTES = re.compile(r"^\s*(?:note|notes|speaker notes)\s*:\s*", re.IGNORECASE)
SLIDE_OPTIONS = re.compile(r"^(?:slideOptions|revealOptions|marp)\s*:", re.MULTILINE)
# "### A1", "## Answer 3", "### A:": the answer slide's title
ANSWER_TITLE = re.compile(r"^\s{0,3}#{1,6}\s+(?:A|Ans|Answer)\s*\d{0,3}\s*:?\s*$", re.IGNORECASE)
MIN_SLIDES = 3


def looks_like_markdown_slides(text: str) -> bool:
    head = text[:200_000]
    lines = head.split("\n")
    slides = sum(1 for line in lines if HORIZONTAL.match(line))
    if SLIDE_OPTIONS.search(head[:3000]) and slides >= MIN_SLIDES:
        return True
    down = sum(1 for line in lines if VERTICAL.match(line))
    notes = sum(1 for line in lines if NOTES.match(line))
    return slides >= MIN_SLIDES and down >= 2 and notes >= 2


def markdown_slides_to_markdown(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if VERTICAL.match(line) or ANSWER_TITLE.match(line):
            out.append("")  # the slide under goes on with the one above
        else:
            out.append(NOTES.sub("", line, count=1))
    return "\n".join(out)
