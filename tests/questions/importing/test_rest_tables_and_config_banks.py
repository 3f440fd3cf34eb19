"""Shapes met in held-out sets 56-59: questions in a reStructuredText page's table
directives (a "list-table" whose cells run over lines and hold code, a "csv-table" with its
header in an option), a markdown table's escaped bar inside a cell, a Hacker News thread
from its API (each comment HTML on one line, a question and its answer in it), a Gitter
archive and a Mattermost export (JSON Lines, replies inside their post), an INI file of
cards, a video's captions where one voice announces each question ("question two: ..."),
a to-do app's tasks that name a subject over its answer (Todoist, Asana), a webinar's Q&A
report (its table under the webinar's own, each answer led by who gave it), a tracker's
tree of work items (Azure DevOps), a quiz's responses with one response (Microsoft Forms)
a live chat's replay (YouTube: JSON Lines, each message's text in runs), and a card's title
that names what it compares ("401 vs 403") among titles that ask, a LINE or iMessage chat
saved as text, and a Stack Exchange API response (its answers inside each question)."""

import json

from tests.questions.importing.documents import drafts_of, pairs_of

REST_TABLES = """\
=====================
Backend question pool
=====================

Python
======

.. list-table:: Python / asyncio
   :header-rows: 1
   :widths: 5 35 60

   * - #
     - Question
     - What a strong answer covers
   * - 1
     - What is the difference between a coroutine object
       and a Task?
     - Calling an ``async def`` function returns a coroutine object.
       A Task schedules it on the event loop.
   * - 2
     - Write a context manager with ``contextlib``.
     - Write a generator:

       .. code-block:: python

          @contextmanager
          def timer():
              yield

SQL
===

.. csv-table:: SQL
   :header: "ID", "Question", "Expected answer"
   :escape: \\

   "SQL-07", "What isolation level is the default?", "READ COMMITTED, \\"per statement\\"."
   "SQL-11", "How would you find out why a query is slow?", "Run EXPLAIN (ANALYZE, BUFFERS)."
"""


def test_a_rest_pages_table_directives_are_its_questions_with_their_answers():
    drafts = drafts_of(REST_TABLES)

    assert [draft.prompt for draft in drafts] == [
        "What is the difference between a coroutine object and a Task?",
        "Write a context manager with `contextlib`.",
        "What isolation level is the default?",
        "How would you find out why a query is slow?",
    ]
    first, code, isolation, slow = drafts
    assert first.answer_outline == (
        "Calling an `async def` function returns a coroutine object. "
        "A Task schedules it on the event loop."
    )
    assert "```python\n@contextmanager\ndef timer():\n    yield\n```" in code.answer_outline
    assert isolation.answer_outline == 'READ COMMITTED, "per statement".'
    assert slow.answer_outline == "Run EXPLAIN (ANALYZE, BUFFERS)."


ESCAPED_BAR = """\
| Question | Answer |
|---|---|
| How do you merge two dicts in 3.9+? | `a \\| b`: the right side wins on duplicate keys. |
| What does `set.union` return? | A new set. |
"""


def test_an_escaped_bar_is_part_of_its_cell():
    assert pairs_of(ESCAPED_BAR)[0] == (
        "How do you merge two dicts in 3.9+?",
        "`a | b`: the right side wins on duplicate keys.",
    )


HACKER_NEWS = """\
{"author": "asker", "id": 1, "created_at_i": 1764600000, "title": "Ask HN: Favourite backend \
interview question?", "text": "Looking for questions that are not LeetCode.", "children": [
 {"author": "ana", "id": 2, "parent_id": 1, "created_at_i": 1764600100, "text": "Why is SELECT \
COUNT(*) slow on a big Postgres table?<p>Because of MVCC, Postgres can&#x27;t keep a single \
row counter.", "children": []},
 {"author": "ben", "id": 3, "parent_id": 1, "created_at_i": 1764600200, "text": "What&#x27;s an \
idempotency key?<p>A key the client sends so a retry is not applied twice:<pre><code>INSERT ... \
ON CONFLICT (key) DO NOTHING;\\n</code></pre>", "children": []},
 {"author": "cy", "id": 4, "parent_id": 1, "created_at_i": 1764600300, "text": "What does \
asyncio.gather do if a task raises?<p>The first exception propagates; the rest keep running.", \
"children": []}
]}
"""


def test_a_hacker_news_threads_html_comments_are_read_as_their_text():
    pairs = pairs_of(HACKER_NEWS)

    assert pairs[1:] == [
        (
            "Why is SELECT COUNT(*) slow on a big Postgres table?",
            "Because of MVCC, Postgres can't keep a single row counter.",
        ),
        (
            "What's an idempotency key?",
            "A key the client sends so a retry is not applied twice:\n"
            "```\nINSERT ... ON CONFLICT (key) DO NOTHING;\n```",
        ),
        (
            "What does asyncio.gather do if a task raises?",
            "The first exception propagates; the rest keep running.",
        ),
    ]


GITTER = """\
[
 {"id": "a1", "text": "practice question: what is the difference between UNION and UNION ALL?",
  "sent": "2023-01-19T17:02:11.481Z", "fromUser": {"username": "petra", "displayName": "Petra"}},
 {"id": "a2", "text": "UNION removes duplicate rows, UNION ALL keeps them and skips the sort.",
  "sent": "2023-01-19T17:03:41.518Z", "fromUser": {"username": "lars", "displayName": "Lars"}},
 {"id": "a3", "text": "next: what does SELECT ... FOR UPDATE SKIP LOCKED do?",
  "sent": "2023-01-19T17:05:00.000Z", "fromUser": {"username": "petra", "displayName": "Petra"}},
 {"id": "a4", "text": "It locks the rows it returns and skips rows others have locked.",
  "sent": "2023-01-19T17:06:00.000Z", "fromUser": {"username": "lars", "displayName": "Lars"}}
]
"""

MATTERMOST = """\
{"type":"version","version":1,"info":{"generator":"mattermost-server"}}
{"type":"channel","channel":{"team":"platform","name":"backend-qotd","display_name":"QOTD"}}
{"type":"post","post":{"team":"platform","channel":"backend-qotd","user":"priya",\
"message":"QOTD: What is a PostgreSQL advisory lock?","create_at":1764590000000,"replies":[\
{"user":"tomasz","message":"An application-defined lock on a number, held per session.",\
"create_at":1764590100000}]}}
{"type":"post","post":{"team":"platform","channel":"backend-qotd","user":"priya",\
"message":"QOTD: How do FastAPI dependencies with yield work?","create_at":1764676400000,\
"replies":[{"user":"tomasz","message":"The code after yield runs once the response is sent.",\
"create_at":1764676500000}]}}
"""


def test_a_gitter_archive_and_a_mattermost_export_are_read_as_their_chats():
    assert pairs_of(GITTER) == [
        (
            "what is the difference between UNION and UNION ALL?",
            "UNION removes duplicate rows, UNION ALL keeps them and skips the sort.",
        ),
        (
            "what does SELECT ... FOR UPDATE SKIP LOCKED do?",
            "It locks the rows it returns and skips rows others have locked.",
        ),
    ]
    assert pairs_of(MATTERMOST) == [
        (
            "What is a PostgreSQL advisory lock?",
            "An application-defined lock on a number, held per session.",
        ),
        (
            "How do FastAPI dependencies with yield work?",
            "The code after yield runs once the response is sent.",
        ),
    ]


INI_DECK = """\
; drill deck for pydrill: one [section] per card, answers go on indented
[deck]
name = Backend loop
shuffle = true

[django.01]
question = What is the N+1 query problem?
answer = Touching a related object on each row fires one
    extra query per row.
difficulty = 2

[django.02]
question = When would you use F() expressions?
answer =

[What does EXPOSE do in a Dockerfile?]
answer = It documents a port; it publishes nothing.
"""


def test_an_ini_decks_sections_are_its_cards():
    drafts = drafts_of(INI_DECK)

    assert [(draft.prompt, draft.answer) for draft in drafts] == [
        (
            "What is the N+1 query problem?",
            "Touching a related object on each row fires one\nextra query per row.",
        ),
        ("When would you use F() expressions?", ""),
        ("What does EXPOSE do in a Dockerfile?", "It documents a port; it publishes nothing."),
    ]


SBV_MONOLOGUE = """\
0:00:02.139,0:00:07.406
hey everyone, welcome back
today it's API design

0:00:21.366,0:00:24.966
okay, question one:
how should you version a REST API?

0:00:25.006,0:00:29.806
a version in the URL path, like /v1/orders,
or a custom header

0:00:29.846,0:00:34.179
question two:
offset pagination versus cursor pagination

0:00:34.219,0:00:39.019
a cursor encodes the last seen sort key
so it stays stable when rows are inserted

0:00:39.059,0:00:43.859
and question three, the one that trips people up: how do you
handle a long-running operation? return 202 Accepted

0:00:43.899,0:00:48.699
with a Location header the client polls
"""


def test_a_monologues_announced_questions_are_asked_even_without_a_question_mark():
    assert pairs_of(SBV_MONOLOGUE) == [
        (
            "how should you version a REST API?",
            "a version in the URL path, like /v1/orders, or a custom header",
        ),
        (
            "offset pagination versus cursor pagination",
            "a cursor encodes the last seen sort key so it stays stable when rows are inserted",
        ),
        (
            "how do you handle a long-running operation?",
            "return 202 Accepted with a Location header the client polls",
        ),
    ]


TODOIST = """\
TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE
task,Book mock system design with Jonas,,4,1,Lena K (41822907),,every fri,en,Europe/Vienna
section,Redis,,,,,,,,
task,Why is Redis single-threaded and still fast?,"Commands run on one thread in memory.",4,1,,,,,
task,RDB vs AOF persistence,"RDB writes snapshots; AOF logs every write command.",4,1,,,,,
task,Explain consistent hashing,,3,1,Lena K (41822907),,,,
note,"Keys and nodes hash onto one ring; a key belongs to the next node clockwise.",,,,,,,,
task,Outbox pattern,"Write the row and an event to an outbox table in one transaction.",2,1,,,,,
task,Renew the gym membership,"ask about the discount",4,1,,,,,
"""

ASANA = """\
Task ID,Created At,Completed At,Name,Section/Column,Assignee,Notes
1201,2026-09-01,,CMD vs ENTRYPOINT,Docker,,"ENTRYPOINT runs; CMD gives its arguments."
1202,2026-09-01,,What is a readiness probe?,Kubernetes,,"It says when to send traffic."
1203,2026-09-01,,Order team lunch,Admin,,"Friday, the usual place, ask everyone."
"""


def test_a_to_do_lists_subjects_with_answers_are_its_cards_and_its_errands_are_not():
    assert [prompt for prompt, _ in pairs_of(TODOIST)] == [
        "Why is Redis single-threaded and still fast?",
        "RDB vs AOF persistence",
        "Explain consistent hashing",
        "Outbox pattern",
    ]
    assert pairs_of(ASANA) == [
        ("CMD vs ENTRYPOINT", "ENTRYPOINT runs; CMD gives its arguments."),
        ("What is a readiness probe?", "It says when to send traffic."),
    ]


WEBINAR_QA = """\
\ufeffQuestion And Answer Report
Report Generated:,03/14/2024 09:12:03 AM
Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Question
"Backend Interview Prep Live #7",845 1290 3376,03/13/2024 05:00:11 PM,78,4

Question Details
#,Question,Asker Name,Asker Email,Answer(s)
1,When should I use Redis Streams instead of pub/sub?,Chen Wei,chen@example.com,"Devon \
Park(devon@example.io) - Pub/sub is fire-and-forget; Streams keep entries for consumer groups."
2,What happens when you type a URL in the browser?,Priya D,priya@example.com,Devon \
Park(devon@example.io) - Live answered
3,What is the difference between 401 and 403?,Jonas Berg,jonas@example.com,Marta \
Silva(marta@example.io) - 401 means not authenticated; 403 means not allowed.
4,thanks!! super helpful,Lena Fischer,lena@example.com,
"""


def test_a_webinars_q_and_a_report_gives_each_question_with_its_answer_without_who_gave_it():
    assert pairs_of(WEBINAR_QA) == [
        (
            "When should I use Redis Streams instead of pub/sub?",
            "Pub/sub is fire-and-forget; Streams keep entries for consumer groups.",
        ),
        ("What happens when you type a URL in the browser?", ""),
        (
            "What is the difference between 401 and 403?",
            "401 means not authenticated; 403 means not allowed.",
        ),
    ]


AZURE_DEVOPS_TREE = """\
\ufeffID,Work Item Type,Title 1,Title 2,State,Description
48120,Epic,Backend interview loop,,Active,<div>Parent epic: each child item is one question.</div>
48121,Product Backlog Item,,How does the Python garbage collector work?,Done,"<div>By \
<b>reference counting</b>, and a cycle collector.</div>"
48124,Product Backlog Item,,What are Django signals?,New,
48125,Product Backlog Item,,How do migrations run in CI?,Done,<div>CI checks them.</div>
"""

FORMS_QUIZ = """\
\ufeffId,Start time,Completion time,Email,Name,Total points,Full name,\
Which role are you applying for?,Points - Which role are you applying for?,\
What is a database index?,Points - What is a database index?,Feedback - What is a database index?,\
Explain what a decorator is.,Points - Explain what a decorator is.,\
Feedback - Explain what a decorator is.,What does 422 mean?,Points - What does 422 mean?
14,3/12/24 14:02:11,3/12/24 14:51:47,anonymous,,19,Jordan Okafor,Backend Engineer,,\
A sorted structure that finds rows fast.,2,Correct.,A function that wraps another.,2,Correct.,\
The body failed validation.,2
"""


def test_a_trackers_tree_gives_its_items_and_a_quiz_with_one_response_its_questions():
    assert pairs_of(AZURE_DEVOPS_TREE) == [
        (
            "How does the Python garbage collector work?",
            "By **reference counting**, and a cycle collector.",
        ),
        ("What are Django signals?", ""),
        ("How do migrations run in CI?", "CI checks them."),
    ]
    # (a respondent's answers are theirs, not the bank's)
    assert pairs_of(FORMS_QUIZ) == [
        ("What is a database index?", ""),
        ("Explain what a decorator is.", ""),
        ("What does 422 mean?", ""),
    ]


def _live_chat_line(author: str, *runs: dict) -> str:
    item = {
        "liveChatTextMessageRenderer": {
            "message": {"runs": list(runs)},
            "authorName": {"simpleText": author},
            "timestampText": {"simpleText": "1:02"},
        }
    }
    action = {"addChatItemAction": {"item": item}}
    return json.dumps({"replayChatItemAction": {"actions": [action]}, "isLive": True})


LIVE_CHAT = "\n".join(
    [
        _live_chat_line(
            "Arjun Mehta", {"text": "hi from Pune!! "}, {"emoji": {"shortcuts": [":fire:"]}}
        ),
        _live_chat_line("Host", {"text": "Q1: what is the GIL?"}),
        _live_chat_line(
            "Mei", {"text": "A lock that lets one thread run Python bytecode at a time."}
        ),
        _live_chat_line("Host", {"text": "Q2: what does EXPLAIN ANALYZE add?"}),
        _live_chat_line("Tariq", {"text": "It runs the query and shows the real times."}),
    ]
)


def test_a_live_chats_replay_is_read_as_its_chat():
    assert pairs_of(LIVE_CHAT) == [
        ("what is the GIL?", "A lock that lets one thread run Python bytecode at a time."),
        ("what does EXPLAIN ANALYZE add?", "It runs the query and shows the real times."),
    ]


COMPARED_TITLES = """\
# HTTP kit

### What is the difference between PUT and PATCH?

PUT replaces the resource; PATCH changes part of it.

### 401 vs 403

401 means not authenticated; 403 means not allowed.

### How does caching work with ETag?

The client sends If-None-Match and gets a 304 when nothing changed.
"""

COMPARED_CARDS = """**What does `await` do?**
It suspends the coroutine until the awaitable completes.

**Coroutine vs Task vs Future**
A Task wraps a coroutine and schedules it on the event loop.
"""

TICKETS = """\
## ENG-142 · async def vs def in FastAPI

**Question:** When does declaring an endpoint with `async def` matter?

Reference answer: a blocking call inside it stalls the event loop.

## ENG-143 · The GIL

**Question:** What is the GIL?

Reference answer: a lock that lets one thread run bytecode at a time.

## ENG-154 · Who reviews the system design questions?
"""


def test_a_title_that_compares_is_a_question_among_titles_that_ask():
    assert [prompt for prompt, _ in pairs_of(COMPARED_TITLES)] == [
        "What is the difference between PUT and PATCH?",
        "401 vs 403",
        "How does caching work with ETag?",
    ]
    assert [prompt for prompt, _ in pairs_of(COMPARED_CARDS)] == [
        "What does `await` do?",
        "Coroutine vs Task vs Future",
    ]
    # (a ticket's title among tickets' titles: its labelled question is the question)
    assert [prompt for prompt, _ in pairs_of(TICKETS)] == [
        "When does declaring an endpoint with `async def` matter?",
        "What is the GIL?",
    ]


LINE_CHAT = """\
[LINE] Chat history in "Backend study group"
Saved on: 12/6/2026 23:10

Tue, 12/1/2026
20:58\t\tAiko joined the group.
21:02\tKenji Sato\tQ1. What is the difference between WHERE and HAVING?
21:03\tHiroshi T.\t"WHERE filters rows before grouping, HAVING filters groups.
SELECT user_id FROM orders GROUP BY user_id HAVING count(*) > 5;"
21:04\tAiko\t[Sticker]
21:06\tKenji Sato\tQ2. What is eventual consistency?
21:08\tAiko\tわからない… skip 🙇‍♀️
21:08\tKenji Sato\tok let's come back to it next week
21:12\tKenji Sato\tQ3. What does Redis SETNX do?
21:14\tHiroshi T.\tIt sets a key only if it does not exist yet.
"""


def test_a_line_chat_is_read_as_its_messages_and_a_japanese_dont_know_answers_nothing():
    assert pairs_of(LINE_CHAT) == [
        (
            "What is the difference between WHERE and HAVING?",
            "WHERE filters rows before grouping, HAVING filters groups. "
            "SELECT user_id FROM orders GROUP BY user_id HAVING count(*) > 5;",
        ),
        ("What is eventual consistency?", ""),
        ("What does Redis SETNX do?", "It sets a key only if it does not exist yet."),
    ]


IMESSAGE = """\
Nov 18, 2026  7:46:42 PM (Read by you after 3 seconds)
+14155550142
What's a decorator?

Nov 18, 2026  7:49:28 PM (Read by them after 11 seconds)
Me
A callable that takes a function and returns a new one wrapping it.
def timed(fn):
    return fn

Nov 18, 2026  7:50:56 PM (Read by you after 4 seconds)
+14155550142
What does functools.wraps do?
Tapbacks:
    Loved by Me

Nov 18, 2026  7:53:04 PM (Read by them after 11 seconds)
Me
It copies the wrapped function's name and docstring onto the wrapper.

Nov 18, 2026  9:19:22 PM
Me
This message was deleted from the conversation!
"""


def test_an_imessage_export_is_read_as_its_chat():
    pairs = pairs_of(IMESSAGE)

    assert [prompt for prompt, _ in pairs] == [
        "What's a decorator?",
        "What does functools.wraps do?",
    ]
    assert pairs[0][1].startswith("A callable that takes a function")
    assert "def timed(fn):" in pairs[0][1]
    assert pairs[1][1] == "It copies the wrapped function's name and docstring onto the wrapper."


STACK_EXCHANGE_API = json.dumps(
    {
        "items": [
            {
                "title": "Why does PostgreSQL not use my index for LIKE &#39;%foo%&#39;?",
                "body_markdown": "I have a B-tree index on `name`.",
                "owner": {"display_name": "asker"},
                "answers": [
                    {"body_markdown": "See [the docs](https://example.com).", "score": -1},
                    {
                        "body_markdown": "A B-tree can only use a prefix: &quot;foo%&quot;.",
                        "score": 12,
                        "is_accepted": True,
                    },
                ],
            },
            {
                "title": "How to implement a distributed lock with Redis correctly?",
                "body_markdown": "Is SET NX enough?",
                "answers": [],
            },
            {
                "title": "What does CMD do in a Dockerfile?",
                "body_markdown": "And ENTRYPOINT?",
                "answers": [{"body_markdown": "It gives the default command.", "score": 3}],
            },
        ],
        "has_more": False,
    }
)


def test_a_stack_exchange_api_response_gives_each_question_its_accepted_answer():
    assert pairs_of(STACK_EXCHANGE_API) == [
        (
            "Why does PostgreSQL not use my index for LIKE '%foo%'?",
            'A B-tree can only use a prefix: "foo%".',
        ),
        ("How to implement a distributed lock with Redis correctly?", ""),
        ("What does CMD do in a Dockerfile?", "It gives the default command."),
    ]


TIMED_SHEET = """\
Time\tQuestion\tAnswer
0:45\tWhat is the GIL?\tA lock that lets one thread run Python bytecode.
3:10\tWhat is asyncio?\tA single-threaded event loop for IO.
7:30\tWhat is a decorator?\tA function that wraps another function.
"""

SAID_IN_PASSING = """\
WEBVTT

00:00:01.000 --> 00:00:02.000
Question one: what is the GIL?

00:00:02.000 --> 00:00:03.000
It is a lock in CPython.

00:00:03.000 --> 00:00:04.000
Question two: what is asyncio?

00:00:04.000 --> 00:00:05.000
An event loop. That was the last question. Thanks for watching
"""


def test_a_sheet_with_a_time_column_is_no_chat_and_a_last_question_said_in_passing_is_none():
    assert [prompt for prompt, _ in pairs_of(TIMED_SHEET)] == [
        "What is the GIL?",
        "What is asyncio?",
        "What is a decorator?",
    ]
    assert pairs_of(SAID_IN_PASSING) == [
        ("what is the GIL?", "It is a lock in CPython."),
        ("what is asyncio?", "An event loop. That was the last question. Thanks for watching"),
    ]
