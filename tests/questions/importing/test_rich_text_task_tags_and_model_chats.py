"""Shapes met in held-out sets 48 and 49: notes saved by TextEdit as RTF, a TaskPaper list
of questions with notes under them, and a mock interview held with a local AI chat app,
saved as the messages a chat API takes (JSON Lines)."""

import json

from tests.questions.importing.documents import pairs_of

# TextEdit ends each line with a backslash: a paragraph's end, as "\par".
TEXTEDIT_RTF = r"""{\rtf1\ansi\ansicpg1252\cocoartf2757
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
\pard\tx566\pardirnatural\partightenfactor0

\f1\b\fs28 \cf0 Platform team, second round\
\f0\b0 \
Mostly databases. Notes from the train home.\
\

\f1\b 1. What does VACUUM reclaim, and why does Postgres need it?\

\f0\b0 Dead row versions left by updates and deletes; MVCC never overwrites a row in place.\
\

\f1\b 2. When does an index on a boolean column help?\

\f0\b0 He said he\'92d send me a link to a blog post about partial indexes. (never did)\
\

\f1\b My questions for Priya\

\f0\b0 - What does the on-call rotation look like?\
- How big is the platform team?\
}"""


def test_textedit_notes_read_a_line_a_paragraph_without_the_candidates_own_questions():
    assert pairs_of(TEXTEDIT_RTF) == [
        (
            "What does VACUUM reclaim, and why does Postgres need it?",
            "Dead row versions left by updates and deletes; MVCC never overwrites a row in place.",
        ),
        # a link promised by the interviewer is no answer
        ("When does an index on a boolean column help?", ""),
    ]


TASKPAPER = """\
Errands:
\t- renew passport @due(2025-03-01)

Django prep: @interview
\t- What does select_related do? @done(2025-02-10)
\t\tFollows foreign keys in the same query with a JOIN.
\t- How are migrations squashed? @today @priority(2)
\t- When would you write a custom manager? @done(2025-02-11)
\t\tTo give every query of a model the same filter, like published rows only.
\t- What is a signal good for? @flag
\t\tno idea yet
"""


def test_a_task_lists_tags_are_not_part_of_its_questions():
    assert pairs_of(TASKPAPER) == [
        ("What does select_related do?", "Follows foreign keys in the same query with a JOIN."),
        ("How are migrations squashed?", ""),
        (
            "When would you write a custom manager?",
            "To give every query of a model the same filter, like published rows only.",
        ),
        ("What is a signal good for?", ""),
    ]


def _chat_lines(*said: tuple[str, str]) -> str:
    records = [{"type": "session", "title": "Mock interview", "model": "local-8b"}]
    records += [
        {"id": f"m{i}", "role": role, "content": text, "created_at": f"2025-01-0{1 + i // 9}"}
        for i, (role, text) in enumerate(said)
    ]
    return "\n".join(json.dumps(record) for record in records)


MODEL_CHAT = [
    ("system", "You are a friendly interviewer. Ask one question at a time."),
    ("user", "quiz me on asyncio, 3 questions"),
    ("assistant", "Sure!\n\n**Question 1/3:** What does `await` do to the running coroutine?"),
    ("user", "it suspends the coroutine until the awaited thing is done, the loop runs others"),
    ("assistant", "Right.\n\n**Question 2/3:** Why is `time.sleep` a problem in a coroutine?"),
    ("user", "hmm not sure how to put it. let's leave it for tomorrow"),
    ("assistant", "Sure.\n\n**Last one, 3/3:** How do you cancel a task?"),
    ("user", "call task.cancel(), then CancelledError is raised inside it at its next await"),
    ("assistant", "Good. 2/3 answered."),
]


def test_a_chat_with_a_model_saved_as_json_lines_gives_its_questions_and_the_users_answers():
    assert pairs_of(_chat_lines(*MODEL_CHAT)) == [
        (
            "What does `await` do to the running coroutine?",
            "it suspends the coroutine until the awaited thing is done, the loop runs others",
        ),
        ("Why is `time.sleep` a problem in a coroutine?", ""),
        (
            "How do you cancel a task?",
            "call task.cancel(), then CancelledError is raised inside it at its next await",
        ),
    ]


def test_the_same_chat_as_one_json_document_of_messages_with_parts():
    messages = [
        {"role": role, "content": [{"type": "text", "text": text}]} for role, text in MODEL_CHAT
    ]

    assert pairs_of(json.dumps({"messages": messages})) == pairs_of(_chat_lines(*MODEL_CHAT))
