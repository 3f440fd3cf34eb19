"""An exam paper copied out of its PDF: lettered parts under numbered questions, each with
its marks, and model answers at the end for some of them."""

from questions.importing.reading import READ_AS_EXAM, read_text
from tests.questions.importing.documents import pairs_of

PAPER = """\
SCHOOL OF COMPUTING
INF2210 Data Systems — Summer examination

INSTRUCTIONS
1. Answer ALL questions.
2. Write your student number on every answer booklet.

INF2210 Data Systems                                              Page 1 of 3

Question 1      Storage and indexing

Consider the table

    readings(sensor_id, taken_at, value)

(a) Explain why a B-tree index on taken_at helps a query for the last hour
    of readings.
                                                                   [6 marks]
(b) For the query below, propose an index and justify it.

        SELECT value FROM readings
        WHERE sensor_id = 7 ORDER BY taken_at DESC LIMIT 10;
                                                                   [8 marks]

INF2210 Data Systems                                              Page 2 of 3

Question 2      Transactions

(a) Define a dirty read.                                           [3 marks]
(b) Describe how two-phase locking prevents it.
                                                                   [7 marks]

INF2210 Data Systems                                              Page 3 of 3

MODEL ANSWERS (for markers)

Q1 (b) An index on (sensor_id, taken_at DESC): the equality column first,
       then the order, so the planner reads ten entries and stops.

Q2 (a) Reading a row another transaction changed but has not committed.
"""


def test_an_exam_papers_parts_are_its_questions_answered_by_its_model_answers():
    assert read_text(PAPER).read_as == READ_AS_EXAM
    pairs = pairs_of(PAPER)

    prompts = [prompt.split("\n\n")[0] for prompt, _ in pairs]
    assert prompts == [
        "Explain why a B-tree index on taken_at helps a query for the last hour of readings.",
        "For the query below, propose an index and justify it.",
        "Define a dirty read.",
        "Describe how two-phase locking prevents it.",
    ]  # not the instructions, the question's context, the page lines or the marks
    answers = [answer for _, answer in pairs]
    assert answers[0] == "" and answers[3] == ""  # no model answer for them
    assert "SELECT value FROM readings" in pairs[1][0]  # the query is part of what it asks
    assert answers[1].startswith("An index on (sensor_id, taken_at DESC)")
    assert answers[2] == "Reading a row another transaction changed but has not committed."


def test_a_quiz_with_lettered_options_is_not_read_as_an_exam_paper():
    quiz = (
        "Question 1: What is the capital of the HTTP status family for redirects?\n"
        "a) 2xx\nb) 3xx\nc) 4xx\n\n"
        "Question 2: Which isolation level is PostgreSQL's default?\n"
        "a) Read committed\nb) Serializable\nc) Repeatable read\n"
    )

    assert read_text(quiz).read_as != READ_AS_EXAM
