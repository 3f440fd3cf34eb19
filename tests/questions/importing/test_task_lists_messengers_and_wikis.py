"""Shapes met in held-out set 46: a task list's CSV export (Asana), a Messenger chat saved
as JSON, a TiddlyWiki's JSON export."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

ASANA_CSV = """\
Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Notes,Projects
1201,2026-01-05,2026-01-07,2026-01-07,How do generators save memory?,Python,Nikhil,"They yield \
one item at a time and keep only their frame.
sum(x*x for x in range(10**8)) allocates no list.",Prep
1202,2026-01-06,,2026-01-12,How does super() work with multiple inheritance?,Python,Nikhil,\
look into this,Prep
1203,2026-01-09,,2026-01-16,CAP theorem - what does it actually say?,Databases,Nikhil,\
look into this - Stripe blog post,Prep
1204,2026-01-13,,2026-01-13,Read DDIA chapter 9,Infra,Nikhil,"consistency & consensus, skip \
the proofs",Prep
1205,2026-01-15,,2026-01-15,Book mock interview with Sam,Admin,Nikhil,He's free Tue/Thu \
evenings. Ask for system design.,Prep
1206,2026-01-16,,2026-01-16,What does response_model do?,FastAPI,Nikhil,"Filters the return \
value through the model, so extra fields don't leak.",Prep
"""


def test_a_task_lists_export_gives_the_tasks_that_ask_with_their_notes():
    assert pairs_of(ASANA_CSV) == [
        (
            "How do generators save memory?",
            "They yield one item at a time and keep only their frame.\n"
            "sum(x*x for x in range(10**8)) allocates no list.",
        ),
        # a note to look into it later answers nothing
        ("How does super() work with multiple inheritance?", ""),
        ("CAP theorem - what does it actually say?", ""),
        # (the to-dos, "Read DDIA chapter 9" and "Book mock interview", have notes too)
        (
            "What does response_model do?",
            "Filters the return value through the model, so extra fields don't leak.",
        ),
    ]


def _escaped(text: str) -> str:
    """Text as Messenger saves it: each byte of its UTF-8 a character of its own."""
    return text.encode("utf-8").decode("latin-1")


def _message(sender: str, at: int, content: str | None = None) -> dict:
    message = {"sender_name": _escaped(sender), "timestamp_ms": at}
    return message | ({"content": _escaped(content)} if content is not None else {"photos": []})


_SAID = [  # in the order said
    ("Tomás Ruiz", "What’s the difference between a process and a thread?"),
    ("Lena Fischer", None),  # a photo
    ("Lena Fischer", "process = own memory, threads share it"),
    ("Tomás Ruiz", "How does model_validate differ from __init__?"),
    ("Lena Fischer", "will look it up tomorrow?"),
    ("Tomás Ruiz", "When do you return 202 Accepted?"),
    ("Lena Fischer", "when the request was accepted for processing later"),
]
MESSENGER = json.dumps(
    {
        "participants": [{"name": _escaped("Tomás Ruiz")}, {"name": "Lena Fischer"}],
        "messages": [  # newest first
            _message(sender, 1_768_332_000_000 - 10_000 * n, content)
            for n, (sender, content) in enumerate(reversed(_SAID))
        ],
    }
)


def test_a_messenger_chat_is_read_in_the_order_it_was_said_with_its_own_characters():
    assert "chat" in read_text(MESSENGER).read_as
    assert "Tomás" not in read_text(MESSENGER).text  # (names are left out of a chat)
    assert pairs_of(MESSENGER) == [
        (
            "What’s the difference between a process and a thread?",
            "process = own memory, threads share it",
        ),
        # the answerer putting it off, with a question mark: no answer, and no question
        ("How does model_validate differ from __init__?", ""),
        ("When do you return 202 Accepted?", "when the request was accepted for processing later"),
    ]


def _tiddler(title: str, text: str, tags: str = "Question") -> dict:
    return {"title": title, "text": text, "tags": tags, "modified": "20260122215530911"}


TIDDLYWIKI = json.dumps(
    [
        {"title": "$:/SiteTitle", "text": "Backend Interview Prep"},
        {"title": "$:/StoryList", "text": "", "list": "[[Kubernetes questions]]"},
        _tiddler(
            "Backend Interview Prep",
            "! Index\n\nEverything tagged <<tag Question>>.\n\n"
            '<<list-links filter:"[tag[Question]]">>',
            tags="",
        ),
        _tiddler(
            "What is CORS and what does it protect?",
            "''Cross-Origin Resource Sharing.'' Server B opts in with headers.\n\n"
            "!!! Gotcha\nIt protects //users in the browser//, not the server.",
        ),
        _tiddler("When would you choose JWTs over server-side sessions?", "<<todo>>"),
        _tiddler(
            "Kubernetes questions",
            "! Kubernetes\n\n* What is a Pod?\n** One or more containers that share a network "
            "namespace.\n* What does a Service of type ClusterIP do?\n** ",
            tags="[[Kubernetes]] Question",
        ),
    ]
)


def test_a_tiddlywikis_export_gives_its_tiddlers_that_ask_and_its_pages_of_questions():
    assert pairs_of(TIDDLYWIKI) == [
        (
            "What is CORS and what does it protect?",
            # its title within the answer stays in it
            "**Cross-Origin Resource Sharing.** Server B opts in with headers.\n\n"
            "**Gotcha**\nIt protects *users in the browser*, not the server.",
        ),
        ("When would you choose JWTs over server-side sessions?", ""),
        ("What is a Pod?", "- One or more containers that share a network namespace."),
        ("What does a Service of type ClusterIP do?", ""),
    ]
    assert "SiteTitle" not in read_text(TIDDLYWIKI).text
