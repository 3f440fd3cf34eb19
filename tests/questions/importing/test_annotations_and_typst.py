"""Shapes met in held-out set 49: a web annotator's export (Hypothes.is: each annotation's
"text" a note of its own, "Interview Q: ..." then "A: ..."), notes written in Typst with
functions of their own for questions and answers, and a MkDocs page of admonitions."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of


def _annotation(text: str) -> dict:
    return {
        "id": "a1",
        "user": "acct:marta@hypothes.is",
        "uri": "https://blog.example.com/orm-guide/",
        "text": text,
        "tags": ["interview"],
        "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "QuerySets are lazy"}]}],
    }


ANNOTATIONS = {
    "total": 4,
    "rows": [
        _annotation("Interview Q: When is a QuerySet evaluated?\n\nA: When it is iterated."),
        _annotation("nice diagram, steal for the team wiki"),
        _annotation("Interview Q: What does F() solve?\n\nA: ?"),
        _annotation("Q: .count() vs len(qs)?\n\nA: count() asks the database for a number."),
    ],
}


def test_an_annotators_notes_are_read_as_notes_with_their_questions_and_answers():
    assert pairs_of(json.dumps(ANNOTATIONS)) == [
        ("When is a QuerySet evaluated?", "When it is iterated."),
        ("What does F() solve?", ""),
        (".count() vs len(qs)?", "count() asks the database for a number."),
    ]


def test_a_record_whose_only_text_is_a_question_is_still_one():
    records = [{"id": n, "text": text} for n, text in enumerate(["What is a GIL?", "Why MVCC?"])]

    assert pairs_of(json.dumps(records)) == [("What is a GIL?", ""), ("Why MVCC?", "")]


TYPST = """\
// notes.typ, compile with typst
#set page(paper: "a4", margin: (x: 2cm, y: 2cm))
#let q(body) = block(above: 1em)[#text(weight: "bold")[Q.] #strong(body)]
#let ans(body) = block(
  inset: (left: 1em),
)[#body]

= Pydantic

#q[What does `model_validate` do?]
#ans[
  Validates a dict (or object) against the model and returns an instance.
  It raises `ValidationError` listing every field that failed.
]

#q[How does FastAPI build its OpenAPI schema?]
#ans[_TODO_]

#q[How do you paginate a large table?]
#ans[see #link("https://use-the-index-luke.com/no-offset")[no offset]]

#pagebreak()
= Scratch
- ask about on-call
"""


def test_typst_notes_are_read_as_their_headings_and_what_their_functions_hold():
    reading = read_text(TYPST)

    assert reading.read_as.startswith("a Typst document")
    assert "#set" not in reading.text and "block(" not in reading.text
    assert "# Pydantic\n\nWhat does `model_validate` do?" in reading.text
    assert pairs_of(TYPST) == [
        (
            "What does `model_validate` do?",
            "Validates a dict (or object) against the model and returns an instance.\n"
            "It raises `ValidationError` listing every field that failed.",
        ),
        ("How does FastAPI build its OpenAPI schema?", ""),
        ("How do you paginate a large table?", ""),  # only a link
    ]


MKDOCS = """\
# Testing

!!! info "Last reviewed"
    2024-04-18 by @lena-k, see the changelog.

??? question "What does code coverage not tell you?"
    Only that a line ran, not that an assertion checked it.

    Branch coverage is a bit better.

???+ question "What is mutation testing?"
    _TBD_

??? tip "Before the interview"
    Sleep well.
"""


def test_a_mkdocs_pages_folded_questions_are_questions_and_its_boxes_asides():
    assert "Info: Last reviewed" in read_text(MKDOCS).text
    assert pairs_of(MKDOCS) == [
        (
            "What does code coverage not tell you?",
            "Only that a line ran, not that an assertion checked it.\n\n"
            "Branch coverage is a bit better.",
        ),
        ("What is mutation testing?", ""),
    ]
