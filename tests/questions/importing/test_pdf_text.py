"""Text copied out of a PDF: page headers and footers go, broken words are mended."""

from questions.importing.pages import drop_page_furniture
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text

PDF = """Interview Guide 2025

1 Python

Q1. Why are tuples hashable?
Because they are immutable when their items are, so their hash never chan-
ges while they are in a dict.

Interview Guide 2025                                   Page 2 of 3

Q2. What does the GIL protect?
The interpreter's own state.

Interview Guide 2025                                   Page 3 of 3

2 Databases

Q3. What is MVCC?
Each transaction sees a snapshot.
- 3 -
"""


def test_page_headers_go_and_a_numbered_section_is_a_section():
    items = parse_document(normalise_text(PDF)).items

    assert [(item.prompt, item.section) for item in items] == [
        ("Why are tuples hashable?", "1 Python"),
        ("What does the GIL protect?", "1 Python"),
        ("What is MVCC?", "2 Databases"),
    ]
    answers = ["\n".join(item.body) for item in items]
    assert not any("Page" in answer or "Guide" in answer for answer in answers)
    assert "- 3 -" not in answers[2]


def test_a_word_broken_over_two_lines_is_mended_and_every_line_keeps_its_number():
    text = normalise_text(PDF)

    assert "their hash never changes" in text
    assert "\nwhile they are in a dict." in text
    assert len(text.split("\n")) == len(PDF.split("\n"))


def test_one_mention_of_a_page_changes_nothing():
    notes = "Q1. Where is the retry policy?\nSee page 3\n\nQ2. Who owns the well-\nknown port?\n"

    assert drop_page_furniture(notes) == notes


def test_reading_a_pdf_text_already_read_changes_nothing():
    once = normalise_text(PDF)

    assert normalise_text(once) == once


def test_a_slide_decks_footers_and_running_title_go():
    deck = PDF.replace("Page 2 of 3", "Slide 2 of 3").replace("Page 3 of 3", "Slide 3 of 3")
    answers = ["\n".join(item.body) for item in parse_document(normalise_text(deck)).items]
    assert not any("Slide" in answer or "Guide" in answer for answer in answers)


def test_a_slide_named_in_an_answer_is_no_page_mark():
    notes = (
        "## How does consistent hashing spread keys?\n\nKeys and nodes sit on one ring, diagram "
        "on slide 12\n\n## What happens when a node leaves the ring?\n\nOnly the keys of that "
        "node move, see the animation on slide 14\n"
    )
    answers = [item.body for item in parse_document(normalise_text(notes)).items]
    assert all(any(line.strip() for line in body) for body in answers)
