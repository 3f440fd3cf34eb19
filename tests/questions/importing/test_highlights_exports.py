"""Shapes met in held-out set 53: highlights exported as HTML (a Kindle notebook, an
Instapaper export), where the reader marks a passage and then writes the question it
answers as a note on it (the answer first), or highlights the text's own question over the
passage that answers it, and notes what they think of it."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of


def _entry(heading: str, text: str) -> str:
    return f"<div class='noteHeading'>{heading}</div>\n<div class='noteText'>{text}</div>\n"


HIGHLIGHT = "Highlight(<span class='highlight_yellow'>yellow</span>) - 4.2 Processes &gt; Page 88"
NOTE = "Note - 4.2 Processes &gt; Page 88 &middot; Location 1343"
NOTEBOOK = (
    "<html><body><div class='bodyContainer'><div class='notebookFor'>Notebook Export</div>"
    "<div class='bookTitle'>The Backend Interview Field Guide</div><hr />\n"
    "<div class='sectionHeading'>Chapter 4: Linux</div>\n"
    + _entry(HIGHLIGHT, "A zombie has exited but its parent has not called wait() yet.")
    + _entry(NOTE, "Q: What is a zombie process?")
    + _entry(HIGHLIGHT, "SIGKILL cannot be caught, blocked or ignored.")
    + _entry(NOTE, "Q: SIGTERM vs SIGKILL? (k8s sends TERM first)")
    + _entry(HIGHLIGHT, "Interview question: How do you find which process listens on 8080?")
    + _entry(HIGHLIGHT, "Use ss -ltnp | grep 8080, as root to see the owning process.")
    + _entry(NOTE, "Q for myself: how does strace help with a hung process? book skips it")
    + _entry(HIGHLIGHT, "Why does a zombie matter at all?")
    + _entry(HIGHLIGHT, "It holds a slot in the process table.")
    + "</div></body></html>"
)


def test_a_note_that_asks_heads_the_passage_it_was_written_on():
    assert read_text(NOTEBOOK).read_as.startswith("highlights")

    assert pairs_of(NOTEBOOK) == [
        (
            "What is a zombie process?",
            "A zombie has exited but its parent has not called wait() yet.",
        ),
        # (the reader's aside after the question is not part of it)
        ("SIGTERM vs SIGKILL?", "SIGKILL cannot be caught, blocked or ignored."),
        (
            "How do you find which process listens on 8080?",
            "Use ss -ltnp | grep 8080, as root to see the owning process.",
        ),
        # a question of the reader's own, with no passage: its remark is no answer
        ("how does strace help with a hung process?", ""),
        # a passage that asks heads the passages after it, as a highlighted question does
        ("Why does a zombie matter at all?", "It holds a slot in the process table."),
    ]


def _highlight(quoted: str, note: str = "") -> str:
    noted = f'<p class="note">Note: {note}</p>' if note else ""
    return (
        f'<div class="highlight" data-id="h-1"><blockquote>{quoted}</blockquote>{noted}'
        '<p class="time">Feb 28, 2024 9:14 PM</p></div>\n'
    )


INSTAPAPER = (
    "<html><head><title>Instapaper: Highlights &amp; Notes</title></head><body>"
    "<h1>Highlights</h1><div class='article'><h2><a href='https://example.com/django'>"
    "Django Interview Questions I Actually Got Asked</a></h2>"
    + _highlight("Q1. What&#8217;s the difference between select_related and prefetch_related?")
    + _highlight("select_related follows foreign keys with a JOIN.", "Say this first.")
    + _highlight(
        "Q5. How do migrations work?",
        "his answer here is wrong. Skip, look it up in the docs.",
    )
    + _highlight("How does the ORM protect you from SQL injection?")
    + _highlight("It hands the parameters to the driver separately.")
    + "</div></body></html>"
)


def test_a_read_later_export_reads_each_highlighted_question_over_the_passage_after_it():
    assert pairs_of(INSTAPAPER) == [
        (
            "What\u2019s the difference between select_related and prefetch_related?",
            "select_related follows foreign keys with a JOIN.\n\nMy note: Say this first.",
        ),
        # the reader's remark on a question left unanswered is not its answer
        ("How do migrations work?", ""),
        (
            "How does the ORM protect you from SQL injection?",
            "It hands the parameters to the driver separately.",
        ),
    ]
