"""Shapes met in held-out set 44: a flashcard tool's deck kept in TOML, a quiz page with radio
buttons and answers to reveal, a plain-text study plan with its boxes and due dates, a blog's
Atom feed of daily questions, a highlights export's ".qa" notes, a mock interview's replay,
a video's page with its transcript."""

from questions.importing import lines as L
from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

TOML_DECK = '''\
# Deck for a spaced-repetition CLI: one [[card]] per question.
title = "Databases"

[meta]
updated = 2024-05-18

[[card]]
id = "db-1"
q = "What does VACUUM reclaim?"
a = """
The space of row versions no transaction can see any more, for new rows of the
same table (VACUUM FULL rewrites the table to give it back to the OS).
"""

[[card]]
id = "db-2"
q = "What is a HOT update?"
a = "TODO"

[[card]]
id = "db-3"
q = "Why can a long transaction bloat a table?"
a = ""
'''


def test_a_toml_deck_is_read_as_an_export_of_its_cards():
    assert "TOML" in read_text(TOML_DECK).read_as
    assert pairs_of(TOML_DECK) == [
        ("What does VACUUM reclaim?",
         "The space of row versions no transaction can see any more, for new rows of the\n"
         "same table (VACUUM FULL rewrites the table to give it back to the OS)."),
        ("What is a HOT update?", ""),
        ("Why can a long transaction bloat a table?", ""),
    ]  # fmt: skip


def test_a_toml_file_without_cards_is_read_as_text():
    settings = '[[server]]\nhost = "a"\n\n[[server]]\nhost = "b"\n'
    assert "TOML" not in read_text(settings).read_as


def _quiz_question(number: int, asked: str, options: list[str], revealed: str) -> str:
    choices = "<br>\n".join(
        f'<label><input type="radio" name="q{number}" value="{chr(97 + n)}"> {option}</label>'
        for n, option in enumerate(options)
    )
    return f"""<div class="quiz-q"><h3>Question {number}</h3>
<p class="q-text">{asked}</p>
<form>{choices}</form>
<details class="reveal"><summary>Show answer</summary><p>{revealed}</p></details></div>"""


QUIZ_PAGE = f"""<!doctype html><html><head><title>FastAPI quiz</title></head><body>
<nav><a href="/">Home</a> <a href="/quizzes">Quizzes</a></nav>
<main><h1>FastAPI quiz</h1>
<form class="search"><input type="search" name="q"><button>Search</button></form>
{
    _quiz_question(
        1,
        "Which status code does FastAPI send for a body that fails validation?",
        ["400", "422", "500"],
        "<strong>Correct: B.</strong> Validation errors are 422 with their details.",
    )
}
{
    _quiz_question(
        2,
        "What does Depends() do with a generator function?",
        ["Runs it once at startup", "Runs it per request and finishes it after", "Nothing"],
        "<strong>Correct: B.</strong> The code after yield runs after the response.",
    )
}
{
    _quiz_question(
        3,
        "Where does Query(ge=1) put its check?",
        [
            "On a path parameter, which must then be positive",
            "On a query parameter, which must then be at least 1",
            "On a header, which then defaults to 1",
            "On an optional field of the request body",
        ],
        "<em>Explanation coming soon, we are rewriting this one.</em>",
    )
}
</main></body></html>"""


def test_a_quiz_pages_radio_buttons_are_its_options_and_the_correct_one_its_answer():
    # The options keep their letters, which "Correct: B" names; a question whose reveal is
    # still to come has no answer (its options are not one). The search form is no quiz.
    assert pairs_of(QUIZ_PAGE) == [
        ("Which status code does FastAPI send for a body that fails validation?",
         "B) 422\n\nValidation errors are 422 with their details."),
        ("What does Depends() do with a generator function?",
         "B) Runs it per request and finishes it after\n\n"
         "The code after yield runs after the response."),
        ("Where does Query(ge=1) put its check?", ""),
    ]  # fmt: skip


STUDY_PLAN = """\
PREP PLAN - MAY

WEEK 1  Python core
--------------------------------------------
[x] Re-read the iterator chapter                    due May 7
[~] Q: What does yield from delegate?               due May 8
    A: Iteration, send() and throw() to the inner generator, and it evaluates
       to the inner generator's return value.

[ ] Q: When is __slots__ worth it?                  due May 9
    A: When millions of small instances make the per-instance dict the cost.

WEEK 2  Redis
--------------------------------------------
[ ] Q: How do you prevent a cache stampede?         due May 14
    A: -> see system design notes

WEEK 3  Review
--------------------------------------------
[ ] Book a mock with Sam                            due May 21
"""


def test_a_plain_text_plans_boxes_due_dates_and_underlined_weeks():
    # "[~] Q: ...  due May 8": a question under way, without its due date; its answer's
    # lines lined up under "A:" are prose, not code; "WEEK 2" over its underline is a
    # title, not the answer above it; a pointer elsewhere answers nothing.
    assert pairs_of(STUDY_PLAN) == [
        ("What does yield from delegate?",
         "Iteration, send() and throw() to the inner generator, and it evaluates\n"
         "to the inner generator's return value."),
        ("When is __slots__ worth it?",
         "When millions of small instances make the per-instance dict the cost."),
        ("How do you prevent a cache stampede?", ""),
    ]  # fmt: skip


def _entry(title: str, content: str) -> str:
    return f"""<entry><title type="html">{title}</title>
<link href="https://example.com/q" rel="alternate"/><updated>2024-07-12T07:00:00Z</updated>
<content type="html">{content}</content></entry>"""


ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily backend question</title>
<updated>2024-07-12T07:00:00Z</updated><author><name>Ana</name></author>
{
    _entry(
        "Daily Q #12: What does EXPLAIN ANALYZE add to EXPLAIN?",
        "&lt;p&gt;It runs the query and shows the real row counts and times beside the "
        "estimates.&lt;/p&gt;",
    )
}
{
    _entry(
        "Daily Q #13: Why is SELECT FOR UPDATE SKIP LOCKED good for job queues?",
        "&lt;p&gt;Answer drops tomorrow, try it yourself first!&lt;/p&gt;",
    )
}
{_entry("Redis week starts Monday", "&lt;p&gt;Five days of Redis questions.&lt;/p&gt;")}
</feed>"""


def test_a_blogs_atom_feed_gives_each_entrys_question_its_content():
    assert "feed" in read_text(ATOM_FEED).read_as
    # an entry that promises its answer tomorrow answers nothing yet; an announcement asks
    # nothing
    assert pairs_of(ATOM_FEED) == [
        ("What does EXPLAIN ANALYZE add to EXPLAIN?",
         "It runs the query and shows the real row counts and times beside the estimates."),
        ("Why is SELECT FOR UPDATE SKIP LOCKED good for job queues?", ""),
    ]  # fmt: skip


READWISE = """\
# Postgres for Backend Developers

## Metadata
- Author: [[A. Writer]]
- URL: https://example.com/postgres

## Highlights
- Every UPDATE writes a new row version. ([View Highlight](https://read.example.com/1))
    - Note: .qa What does an UPDATE leave behind in Postgres? A dead row version, until \
VACUUM reclaims its space.
- Advisory locks are a mutex you already have. ([View Highlight](https://read.example.com/2))
    - Note: .qa What is an advisory lock? tbd
- The connection is the expensive part. ([View Highlight](https://read.example.com/3))
    - Note: Same as the SRE team said.
"""


def test_a_highlights_exports_qa_notes_are_its_questions():
    # Readwise's ".qa" notes: the question, then its answer; the highlights, the metadata
    # and a note that asks nothing are not cards.
    assert pairs_of(READWISE) == [
        ("What does an UPDATE leave behind in Postgres?",
         "A dead row version, until VACUUM reclaims its space."),
        ("What is an advisory lock?", ""),
    ]  # fmt: skip


MOCK_REPLAY = """\
[00:00:03] Quantum Walrus: Hey, can you hear me okay?
[00:00:06] Velvet Otter: Yep, loud and clear.
[00:00:29] Quantum Walrus: I see from your notes you're coming from a Flask background?
[00:00:32] Velvet Otter: Yeah, three years of Flask.
[00:00:37] Quantum Walrus: I see you've used Celery, how would you retry a failed task?
[00:00:44] Velvet Otter: With autoretry_for and a backoff, and idempotent tasks so a retry is safe.
[00:01:10] Quantum Walrus: Good. What is a foreign key?
[00:01:14] Velvet Otter: A column whose values must exist as keys of another table.
"""


def test_a_remark_on_the_candidates_background_is_no_interview_question():
    # (a remark that goes on to ask is a question: its lead-in is trimmed as any other)
    [(celery, retried), (key, _)] = pairs_of(MOCK_REPLAY)

    assert celery.endswith("how would you retry a failed task?")
    assert retried.startswith("With autoretry_for")
    assert key == "What is a foreign key?"
    assert L.is_small_talk("I see from your notes you're coming from a Flask background?")
    assert not L.is_small_talk("I see you've used Celery, how would you retry a failed task?")


def _captions(*said: str) -> list[str]:
    return [line for n, text in enumerate(said) for line in (f"{n // 60}:{n % 60:02d}", text)]


VIDEO_PAGE = "\n".join(
    [
        "3 SQL Questions You Will Be Asked", "", "Query Corner", "48.3K subscribers",
        "Subscribe", "", "2.1K", "Share", "Download", "Clip", "Save", "", "Transcript", "",
        *_captions(
            "Hey everyone, welcome back.",
            "Question one: what's the difference between WHERE and HAVING?",
            "WHERE filters rows before grouping,",
            "HAVING filters the groups after it.",
            "Question two: how does a deadlock happen?",
            "I'm saving the full answer for part two, so pause here and try it.",
            "Last one, question three: what does COUNT(column) skip?",
            "The rows where that column is NULL.",
            "That's it for today.",
        ),
        "", "1,148 Comments", "Sort by", "",
        "@dev_ana 2 weeks ago", "Can you do one on window functions? Like RANGE vs ROWS?",
        " 87  Reply",
    ]
)  # fmt: skip


def test_a_video_pages_transcript_gives_the_questions_its_host_asks():
    # Not a forum page for its "Share" and "Save" buttons; a question the host keeps for
    # another video has no answer; the comments under the video are not its questions.
    assert pairs_of(VIDEO_PAGE) == [
        ("what's the difference between WHERE and HAVING?",
         "WHERE filters rows before grouping,\nHAVING filters the groups after it."),
        ("how does a deadlock happen?", ""),
        ("what does COUNT(column) skip?", "The rows where that column is NULL."),
    ]  # fmt: skip
