"""Interviewers' kits, quizzes and exports: a kit's numbered questions with "What to look
for", a form or quiz copied from the browser, a quiz's answer key, markdown slides, a JSON
Canvas board, a Trello board, a Jira export, a recruiter's mail, notes and cheat sheets."""

import json

from questions.importing import lines as L
from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import READ_AS_COURSE_QA, read_text
from tests.questions.importing.documents import drafts_of, pairs_of

INTERVIEW_KIT = """\
Interview kit: Backend technical round
Stage: Technical interview          Duration: 60 minutes

Questions

1. How would you make a slow endpoint that calls three services faster? Walk me through
what you would measure first.

What to look for
  •  Measures before changing anything: tracing, per-call timings
  •  Calls the three services concurrently when they do not depend on each other
  •  Caches or batches where the data allows it

Rating    ☆ ☆ ☆ ☆ ☆
Notes     ______________________________________________


2. How do you keep a secret out of the repository?

What to look for
  •  Reads it from the environment or a secret manager at startup
  •  Scans commits for leaks; rotates anything that leaked

Rating    ☆ ☆ ☆ ☆ ☆
Notes     ______________________________________________


3. A nightly job started taking four hours instead of one. What
do you check?

What to look for
  •  Data growth and query plans first (EXPLAIN, missing index)
  •  Lock waits against daytime traffic

Rating    ☆ ☆ ☆ ☆ ☆
Notes     ______________________________________________
"""


def test_an_interview_kit_reads_each_numbered_question_with_what_to_look_for():
    drafts = drafts_of(INTERVIEW_KIT)

    assert [draft.prompt.split("?")[0] for draft in drafts] == [
        "How would you make a slow endpoint that calls three services faster",
        "How do you keep a secret out of the repository",
        "A nightly job started taking four hours instead of one. What do you check",
    ]
    # what to look for is each card's outline of a good answer
    assert "Calls the three services concurrently" in drafts[0].answer_outline
    assert "Reads it from the environment" in drafts[1].answer_outline
    assert "Data growth and query plans first" in drafts[2].answer_outline


def test_a_numbered_list_in_a_card_stays_the_cards():
    card = (
        "1. How do you review a migration before it ships?\n\n"
        "What good looks like:\n"
        "1. Checks whether it locks a big table, and\n"
        "   estimates how long the backfill takes\n"
        "2. How does it roll back if the deploy fails? Asks that first\n"
    )
    drafts = drafts_of(card)

    assert [draft.prompt for draft in drafts] == ["How do you review a migration before it ships?"]
    assert "estimates how long the backfill takes" in drafts[0].answer_outline
    assert "How does it roll back if the deploy fails?" in drafts[0].answer_outline


PRINTED_QUIZ = """\
Platform team – screening quiz
* Indicates required question
Email
*
Your answer
Python
A few questions on the language.
Which keyword makes a function a generator?
*
1 point
◯
return
◯
yield
Feedback
yield: calling the function then returns a generator instead of running its body.
What does a database index trade for faster reads?
*
1 point
◯
Nothing
◯
Slower writes and more storage
Correct answer
Slower writes and more storage
Feedback
Every write also updates each index on the table.
Databases
Questions on PostgreSQL.
Which isolation level is PostgreSQL's default?
*
1 point
◯
Read committed
◯
Serializable
Explain, in two sentences, what a deadlock is.
*
2 points
Your answer
Submit
Clear form
"""


def test_a_quiz_copied_from_the_browser_reads_its_feedback_as_the_answer():
    pairs = pairs_of(PRINTED_QUIZ)

    assert [prompt for prompt, _ in pairs] == [
        "Which keyword makes a function a generator?",
        "What does a database index trade for faster reads?",
        "Which isolation level is PostgreSQL's default?",
        "Explain, in two sentences, what a deadlock is.",
    ]
    assert pairs[0][1].startswith("yield: calling the function")
    # the right option and why; the next section's title is not part of it
    assert pairs[1][1].startswith("Slower writes and more storage")
    assert "Every write also updates each index" in pairs[1][1]
    assert "Databases" not in pairs[1][1]
    # options without a key or feedback answer nothing; nor does an empty box
    assert pairs[2][1] == "" and pairs[3][1] == ""


CANVAS = json.dumps(
    {
        "nodes": [
            {"id": "g1", "type": "group", "x": 0, "y": 0, "width": 900, "height": 900,
             "label": "Databases"},
            {"id": "n0", "type": "text", "x": 0, "y": -300, "width": 300, "height": 100,
             "text": "## Why this canvas?\nEasier to move the cards around."},
            {"id": "q2", "type": "text", "x": 20, "y": 400, "width": 300, "height": 100,
             "text": "**Q:** When does PostgreSQL ignore an index?"},
            {"id": "q1", "type": "text", "x": 20, "y": 100, "width": 300, "height": 100,
             "text": "**Q:** What does VACUUM do?"},
            {"id": "a1", "type": "text", "x": 400, "y": 100, "width": 300, "height": 100,
             "text": "It marks dead row versions as free space for new rows."},
            {"id": "q3", "type": "text", "x": 20, "y": 700, "width": 300, "height": 100,
             "text": "Explain MVCC"},
            {"id": "a3", "type": "text", "x": 400, "y": 700, "width": 300, "height": 100,
             "text": "Each writer makes a new row version; readers see a snapshot."},
            {"id": "f1", "type": "file", "x": 400, "y": 400, "width": 300, "height": 100,
             "file": "notes/indexes.pdf"},
        ],
        "edges": [
            {"id": "e1", "fromNode": "q1", "toNode": "a1"},
            {"id": "e2", "fromNode": "a3", "toNode": "q3"},
            {"id": "e3", "fromNode": "q2", "toNode": "f1"},
        ],
    }
)  # fmt: skip


def test_a_canvas_reads_each_card_with_the_card_its_arrow_joins():
    pairs = pairs_of(CANVAS)

    # in the group, from the top: an arrow either way joins a question to its answer
    assert pairs == [
        ("What does VACUUM do?", "It marks dead row versions as free space for new rows."),
        ("When does PostgreSQL ignore an index?", ""),  # an arrow to a file is no answer
        ("Explain MVCC", "Each writer makes a new row version; readers see a snapshot."),
    ]


KIT_PDF = """\
Interview kit: Backend technical round

1. How do you keep a secret out of the repository?

What to look for
  •  Reads it from the environment or a secret manager at startup

Rating    ☆ ☆ ☆ ☆ ☆
Notes     ______________________________________________

Generated by the hiring tool on May 14 · Confidential                Page 1 of 2
Backend Engineer — Interview kit: Backend technical round

2. How would you roll out a breaking change to an internal API?

What to look for
  Guidance to be added by the hiring manager.

Rating    ☆ ☆ ☆ ☆ ☆
Notes     ______________________________________________

Generated by the hiring tool on May 14 · Confidential                Page 2 of 2
Backend Engineer — Interview kit: Backend technical round
"""


def test_a_kit_printed_to_pdf_leaves_its_empty_fields_and_running_title_out():
    drafts = [clean_item(item) for item in parse_document(read_text(KIT_PDF).text).items]

    assert [draft.prompt for draft in drafts] == [
        "How do you keep a secret out of the repository?",
        "How would you roll out a breaking change to an internal API?",
    ]
    assert drafts[0].answer_outline.strip(" •") == (
        "Reads it from the environment or a secret manager at startup"
    )
    assert not drafts[1].has_answer  # guidance "to be added" is a placeholder


RECRUITER_MAIL = """\
From: Priya Shah <priya@talent.example>
To: Sam Lee <sam@example.com>
Subject: Prep for Thursday
Date: Mon, 15 Apr 2024 09:47:12 -0700

Hi Sam,

Here is what the panel tends to ask:

1) Walk me through how a request reaches our API from the load balancer and
   back again.
   What they're looking for: the load balancer, TLS termination, the app
   server's workers, and where time is spent on the way back.

2) How do you make a webhook handler safe to retry?
   What they're looking for: an idempotency key stored with the result, and
   answering 2xx only after the work is saved.

3) What are database savepoints for?
   (Honestly not sure what they want to hear on this one - it was on
   the hiring manager's list.)

4) Design a job that exports every customer's invoices each night.

Let me know if you'd like a mock session on Wednesday.
Questions? Just reply here. You've got this!

Best,
Priya
"""


def test_a_recruiters_mail_reads_its_numbered_questions_and_their_hints():
    pairs = pairs_of(RECRUITER_MAIL)

    assert [prompt for prompt, _ in pairs] == [
        "Walk me through how a request reaches our API from the load balancer and back again.",
        "How do you make a webhook handler safe to retry?",
        "What are database savepoints for?",
        "Design a job that exports every customer's invoices each night.",
    ]
    assert "TLS termination" in pairs[0][1] and "idempotency key" in pairs[1][1]
    # the recruiter does not know the answer; the mail's closing is no answer
    assert pairs[2][1] == "" and pairs[3][1] == ""


def test_notes_leave_out_next_steps_and_to_dos_that_ask():
    notes = (
        "#+TITLE: Interview notes\n"
        "#+STARTUP: overview\n\n"
        "* Inbox\n"
        "- [ ] ask Marta which of these came up in her loop?\n\n"
        "* Questions\n"
        "** What does VACUUM do?\n"
        "It marks dead row versions as reusable space.\n"
        "** Why can COUNT(*) be slow on a big table?\n"
        "(will fill in after the onsite)\n\n"
        "Next steps: the recruiter said I'd hear back by Friday.\n"
    )
    pairs = pairs_of(notes)

    assert [prompt for prompt, _ in pairs] == [
        "What does VACUUM do?",
        "Why can COUNT(*) be slow on a big table?",
    ]
    assert pairs[0][1].startswith("It marks dead row versions")
    assert pairs[1][1] == ""


JIRA_EXPORT = """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- RSS generated by JIRA at Sat Mar 09 10:14:33 UTC 2024 -->
<rss version="0.92">
<channel>
  <title>Team Jira</title>
  <item>
    <title>[HIRE-7] What does VACUUM do?</title>
    <key id="1">HIRE-7</key>
    <summary>What does VACUUM do?</summary>
    <description>&lt;p&gt;It marks dead row versions as \
&lt;b&gt;reusable&lt;/b&gt; space.&lt;/p&gt;</description>
    <labels><label>question-bank</label></labels>
    <comments>
      <comment id="5" author="abc">&lt;p&gt;Should we ask about autovacuum too?&lt;/p&gt;</comment>
    </comments>
  </item>
  <item>
    <title>[HIRE-8] Explain MVCC</title>
    <key id="2">HIRE-8</key>
    <summary>Explain MVCC</summary>
    <description>&lt;h3&gt;Expected answer&lt;/h3&gt;&lt;p&gt;Writers make new row versions; \
readers see a snapshot.&lt;/p&gt;</description>
  </item>
  <item>
    <title>[HIRE-10] When is a GIN index better than a B-tree?</title>
    <key id="4">HIRE-10</key>
    <summary>When is a GIN index better than a B-tree?</summary>
    <description>&lt;p&gt;Senior candidates only.&lt;/p&gt;</description>
    <comments>
      <comment id="6" author="abc">&lt;p&gt;+1&lt;/p&gt;</comment>
      <comment id="7" author="def">&lt;p&gt;Answer I'd accept: for values with many \
elements, such as jsonb or arrays.&lt;/p&gt;</comment>
    </comments>
  </item>
  <item>
    <title>[HIRE-11] What does fsync protect against?</title>
    <key id="5">HIRE-11</key>
    <summary>What does fsync protect against?</summary>
    <description>&lt;h3&gt;Expected answer&lt;/h3&gt;&lt;p&gt;See comments.&lt;/p&gt;</description>
    <comments>
      <comment id="8" author="abc">&lt;p&gt;Expected answer: the write reaches the disk \
before the call returns, so a crash cannot lose it.&lt;/p&gt;</comment>
    </comments>
  </item>
  <item>
    <title>[HIRE-9] Why is a hash index rarely used?</title>
    <key id="3">HIRE-9</key>
    <summary>Why is a hash index rarely used?</summary>
    <description></description>
  </item>
</channel>
</rss>
"""


def test_an_issue_trackers_export_reads_each_issue_and_its_description():
    drafts = [clean_item(item) for item in parse_document(read_text(JIRA_EXPORT).text).items]

    assert [draft.prompt for draft in drafts] == [
        "What does VACUUM do?",
        "Explain MVCC",
        "When is a GIN index better than a B-tree?",
        "What does fsync protect against?",
        "Why is a hash index rarely used?",
    ]
    assert drafts[0].answer == "It marks dead row versions as **reusable** space."
    assert "autovacuum" not in drafts[0].answer  # a comment is not the answer
    assert drafts[1].answer_outline.startswith("Writers make new row versions")
    # a comment that gives the answer does; the description's note is for the interviewer
    assert drafts[2].answer_outline.startswith("for values with many elements")
    assert drafts[2].answer == "" and drafts[2].what_it_tests == "Senior candidates only."
    # "See comments.": the comment that gives the answer
    assert drafts[3].answer_outline.startswith("the write reaches the disk before the call")
    assert not drafts[4].has_answer


def test_a_blogs_rss_feed_is_not_read_as_an_issue_tracker():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>'
        "<item><title>What is a closure?</title><description>A function and its scope."
        "</description></item>"
        "<item><title>What is a generator?</title><description>A lazy iterator."
        "</description></item></channel></rss>"
    )
    assert not read_text(feed).read_as.startswith("an XML export")


def _card(card_id: str, name: str, desc: str = "", checklists=(), closed=False, pos=1) -> dict:
    return {
        "id": card_id,
        "name": name,
        "desc": desc,
        "idList": "answered",
        "idChecklists": list(checklists),
        "closed": closed,
        "pos": pos,
        "labels": [{"name": "python", "color": "blue"}],
    }


def _comment(card_id: str, text: str, date: str) -> dict:
    return {"type": "commentCard", "date": date, "data": {"card": {"id": card_id}, "text": text}}


TRELLO_BOARD = json.dumps(
    {
        "name": "Interview prep",
        "prefs": {"background": "blue"},
        "lists": [{"id": "answered", "name": "Answered", "closed": False, "pos": 1}],
        "cards": [
            _card("c1", "What does VACUUM do?", desc="It marks dead row versions as reusable."),
            _card("c2", "Explain CSRF and how to prevent it", checklists=["k1"], pos=2),
            _card("c3", "How does the GIL affect IO-bound code?", pos=3),
            _card("c4", "How would you build a rate limiter?", pos=4),
            # archived: not read, though it asks
            _card("c5", "What does ANALYZE do?", desc="It samples rows.", closed=True, pos=5),
        ],
        "checklists": [
            {
                "id": "k1",
                "name": "Answer points",
                "checkItems": [
                    {"name": "A forged request carries the victim's cookies"},
                    {"name": "Defence: a token per session or form"},
                ],
            }
        ],
        # newest first, as an export lists them
        "actions": [
            _comment("c4", "ask Marek on Monday, he built one", "2024-03-06T12:00:00Z"),
            _comment("c3", "The GIL is released during blocking IO.", "2024-03-06T11:00:00Z"),
            _comment("c3", "thanks, moving to Answered", "2024-03-06T10:00:00Z"),
            {"type": "updateCard", "date": "2024-03-06T09:00:00Z", "data": {}},
        ],
    }
)


def test_a_trello_boards_json_reads_cards_with_descriptions_checklists_or_comments():
    pairs = pairs_of(TRELLO_BOARD)

    assert pairs == [
        ("What does VACUUM do?", "It marks dead row versions as reusable."),
        (
            "Explain CSRF and how to prevent it",
            "- A forged request carries the victim's cookies\n"
            "- Defence: a token per session or form",
        ),
        # the first comment that says something, not the thanks before it
        ("How does the GIL affect IO-bound code?", "The GIL is released during blocking IO."),
        ("How would you build a rate limiter?", ""),  # "ask Marek on Monday" is no answer
    ]


def test_a_note_over_an_empty_expected_answer_is_not_the_answer():
    drafts = drafts_of(
        """\
        ### 1. Design a URL shortener

        System design warm-up, 15 minutes at most.

        **Expected answer**

        _TBD - Sam to write this up after the design review_

        ### 2. What does an index cost on writes?

        Ask after the warm-up.

        **Expected answer**

        Every insert and update also writes each index on the table.
        """
    )

    assert not drafts[0].has_answer
    assert drafts[0].what_it_tests == "System design warm-up, 15 minutes at most."
    assert drafts[1].answer == ""  # the note is the interviewer's; the answer is labelled
    assert (
        drafts[1].answer_outline == "Every insert and update also writes each index on the table."
    )


def test_new_readers_leave_other_documents_to_the_readers_they_were_read_by():
    signed_bank = "".join(
        f"{question}\nAna Lopez · {n} days ago\n{answer}\n\n"
        for n, (question, answer) in enumerate(
            [
                ("What is MVCC?", "Row versions: readers see a snapshot."),
                ("What does VACUUM do?", "It frees dead row versions for reuse."),
                ("Why use a connection pool?", "Opening connections is slow and costly."),
            ],
            start=2,
        )
    )
    answer_key = "".join(
        f"{n}. {question}\n1 point\nAnswer: {answer}\n\n"
        for n, (question, answer) in enumerate(
            [
                ("Which keyword makes a generator?", "yield"),
                ("Which status code means created?", "201"),
                ("Which isolation level is the default in PostgreSQL?", "Read committed"),
            ],
            start=1,
        )
    )
    bank_under_nodes = json.dumps(
        {"nodes": [{"id": str(n), "type": "text", "text": f"What is {word}?", "answer": "It is."}
                   for n, word in enumerate(["MVCC", "WAL", "TOAST"])], "edges": []}
    )  # fmt: skip

    assert read_text(signed_bank).read_as != READ_AS_COURSE_QA
    answers = [answer for _, answer in pairs_of(signed_bank)]
    assert len(answers) == 3
    assert answers[0].endswith("Row versions: readers see a snapshot.")
    assert answers[2].endswith("Opening connections is slow and costly.")
    assert [answer for _, answer in pairs_of(answer_key)] == ["yield", "201", "Read committed"]
    assert [answer for _, answer in pairs_of(bank_under_nodes)] == ["It is.", "It is.", "It is."]


def test_a_canvas_with_odd_ids_or_coordinates_is_read_without_failing():
    canvas = {
        "nodes": [
            {"id": "q", "type": "text", "text": "What is WAL?", "x": 10**400, "y": True},
            {"id": "a", "type": "text", "text": "A log written before the data.", "x": 1, "y": 0},
            {"id": "g", "type": "group", "x": "left", "y": 0, "width": None, "height": 5},
        ],
        "edges": [
            {"id": "e1", "fromNode": ["q"], "toNode": "a"},
            {"id": "e2", "fromNode": "q", "toNode": {"id": "a"}},
            {"id": "e3", "fromNode": "q", "toNode": "a"},
        ],
    }
    assert pairs_of(json.dumps(canvas)) == [("What is WAL?", "A log written before the data.")]


def test_a_readmes_own_questions_about_the_repository_are_not_imported():
    readme = (
        "# Backend questions\n\n"
        "## What is MVCC?\n\nRow versions.\n\n"
        "## How do I add a question to the repo?\n\nOpen a pull request.\n\n"
        "## How do you keep secrets out of the repository?\n\nRead them from the environment.\n"
    )
    assert [prompt for prompt, _ in pairs_of(readme)] == [
        "What is MVCC?",
        "How do you keep secrets out of the repository?",
    ]


CHEAT_SHEET = """\
BACKEND INTERVIEW CHEAT SHEET

1. What is a decorator, and why use functools.wraps?
     A decorator is a callable that takes a function and returns a
     replacement, usually a wrapper around the original. functools.wraps
     copies the name and docstring onto the wrapper.

2. What does this print?
     for i in range(3):
         print(i)

------------------------------------------------------------------------

things to ask THEM:
  - do you do code review on every PR?
  - how often do you deploy?
"""


def test_a_cheat_sheets_indented_prose_is_prose_and_its_questions_for_them_are_left_out():
    pairs = pairs_of(CHEAT_SHEET)

    assert [prompt for prompt, _ in pairs] == [
        "What is a decorator, and why use functools.wraps?",
        "What does this print?",
    ]
    assert pairs[0][1].startswith("A decorator is a callable")  # not a code block
    assert pairs[1][1].startswith("```python\nfor i in range(3):")  # code stays code


MARKDOWN_SLIDES = """\
---
title: Interview drills
slideOptions:
  theme: white
---

# Interview drills

Note: Welcome everyone, questions at the end.

---

## Q1
What is the event loop in asyncio?

----

### A1
A scheduler that runs one ready coroutine at a time on one thread.

---

## Q2
Why can't `asyncio.run()` be called inside a running loop?

Note: Answer: it creates and owns a fresh loop, so it raises RuntimeError.

---

## Q3
Explain the thundering herd problem

----

Answer: live demo 🧪

---

## Q4
When is a message queue the wrong tool?

---
"""


def test_markdown_slides_read_the_slide_under_and_the_speaker_notes_as_the_answer():
    pairs = pairs_of(MARKDOWN_SLIDES)

    assert [prompt for prompt, _ in pairs] == [
        "What is the event loop in asyncio?",
        "Why can't `asyncio.run()` be called inside a running loop?",
        "Explain the thundering herd problem",
        "When is a message queue the wrong tool?",
    ]
    assert pairs[0][1] == "A scheduler that runs one ready coroutine at a time on one thread."
    assert pairs[1][1].startswith("it creates and owns a fresh loop")
    assert pairs[2][1] == "" and pairs[3][1] == ""  # "live demo" is shown, not written


def test_a_placeholder_for_a_subject_expert_or_a_colleague_is_no_answer():
    document = (
        "1.2 How do you guarantee message ordering in Kafka?\n\n"
        "[Answer to be provided by SME]\n\n"
        "1.3 What are window functions?\n\n"
        "*Ask Piotr — he has a great example with running totals.*\n\n"
        "1.4 What does VACUUM do?\n\n"
        "It marks dead row versions as reusable space.\n"
    )
    assert [answer for _, answer in pairs_of(document)] == [
        "",
        "",
        "It marks dead row versions as reusable space.",
    ]


QUIZ_WITH_KEY = """\
Quiz 3

Section A: Multiple choice
1. Which status code means "too many requests"?
   (a) 403
   (b) 429
2. Which isolation level is PostgreSQL's default?
   (a) Read committed
   (b) Serializable
3. What does a Redis key's TTL control?
   (a) Its size
   (b) When it expires

Section B: Short answer
4. Why should an async endpoint not use a blocking HTTP client? What would you
use instead? (3 marks)

______________________________________________________________

5. Describe what happens when a browser requests a page. (6 marks)

______________________________________________________________

6. Write a SQL query that totals each customer's orders. (4 marks)

______________________________________________________________

Answer Key

Section A
1. (b) 429, ideally with a Retry-After header
2. (a) each statement sees only committed data
3. (b) the key is deleted when the TTL runs out

Section B
4. A blocking call stalls the event loop and every other request on that
worker. Use an async client such as httpx.AsyncClient.
5. Marker's discretion.
6.
    SELECT customer_id, SUM(amount)
    FROM orders
    GROUP BY customer_id;
"""


def test_a_quizs_key_answers_its_short_questions_over_several_lines():
    pairs = pairs_of(QUIZ_WITH_KEY)

    assert [prompt for prompt, _ in pairs][3:] == [
        "Why should an async endpoint not use a blocking HTTP client? What would you use instead?",
        "Describe what happens when a browser requests a page.",
        "Write a SQL query that totals each customer's orders.",
    ]
    assert "Read committed" in pairs[1][1]  # the option the key gives
    assert pairs[3][1].endswith("Use an async client such as httpx.AsyncClient.")
    assert pairs[4][1] == ""  # "Marker's discretion."
    assert "GROUP BY customer_id;" in pairs[5][1]


def test_real_answers_the_new_wordings_must_not_empty():
    document = """\
Q: How do you scope a vague task?
A: When I'm not sure what they want, I write a one-page spec and get it signed off.

Q: How does a B-tree index work?
A: That's a whole chapter of a book, but briefly: a balanced tree of sorted keys.

Q: How would you scale the chat service?
A: Partition rooms across nodes.
Next steps: shard by user id once one node fills up.

Q: What is the GIL?
A: haha. no idea tbh
"""
    pairs = pairs_of(document)

    assert pairs[0][1].startswith("When I'm not sure what they want")
    assert pairs[1][1].startswith("That's a whole chapter of a book, but briefly")
    assert "shard by user id" in pairs[2][1]
    assert pairs[3][1] == ""  # an interjection, then the admission


def test_a_real_answer_over_an_empty_model_answer_label_stays_the_answer():
    drafts = drafts_of(
        """\
        ### 1. What is MVCC?

        Readers see a snapshot of committed rows; writers create new row versions.

        **Model answer**

        _TBD_
        """
    )
    assert drafts[0].answer.startswith("Readers see a snapshot of committed rows")


def test_a_jira_comment_does_not_replace_a_description_that_answers():
    export = JIRA_EXPORT.replace(
        '<comment id="5" author="abc">&lt;p&gt;Should we ask about autovacuum too?&lt;/p&gt;',
        '<comment id="5" author="abc">&lt;p&gt;Expected: reviewed by Sam in March.&lt;/p&gt;',
    )
    drafts = [clean_item(item) for item in parse_document(read_text(export).text).items]

    assert drafts[0].answer == "It marks dead row versions as **reusable** space."
    assert "Sam" not in drafts[0].answer_outline


def test_a_checklist_led_in_by_think_about_stays_in_its_answer():
    pairs = pairs_of(
        "Q: How would you add caching to a slow product page?\n"
        "A: Cache-aside in Redis, keyed by product id. Think about these first. Before "
        "picking a TTL:\n"
        "- How stale can a price be?\n"
        "- Is the page read-heavy?\n"
    )
    assert [prompt for prompt, _ in pairs] == ["How would you add caching to a slow product page?"]
    assert pairs[0][1].startswith("Cache-aside in Redis")


def test_a_numbered_question_ending_on_for_keeps_its_capitalised_answer():
    pairs = pairs_of(
        "1) What is a message broker for\n"
        "   Decoupling producers from consumers.\n"
        "2) What is a dead letter queue?\n"
        "   Where messages go after failing too often.\n"
    )
    assert pairs[0] == ("What is a message broker for", "Decoupling producers from consumers.")


def test_a_trello_board_of_odd_shapes_is_read_without_failing():
    board = json.loads(TRELLO_BOARD)
    board["lists"] = []  # the cards' list left out of the export
    board["checklists"] = 5
    board["actions"] = [
        {"type": "commentCard", "data": "not a dict"},
        _comment("c3", "Should we move this one to the senior loop?", "2024-03-06T12:00:00Z"),
        _comment("c3", "Moved to Backlog from Ideas", "2024-03-06T12:30:00Z"),
    ]
    board["cards"][0]["pos"] = 10**400
    board["cards"][1]["idChecklists"] = [["k1"], 7]
    pairs = dict(pairs_of(json.dumps(board)))

    assert pairs["What does VACUUM do?"] == "It marks dead row versions as reusable."
    assert pairs["How does the GIL affect IO-bound code?"] == ""  # a question back, a log line


def test_a_question_with_a_curly_apostrophe_and_no_question_mark_asks():
    assert L.asks("What’s the difference between a process and a thread")
    assert L.asks("What's the difference between a process and a thread")
    assert not L.asks("Whatever happens, keep the lock short")


def test_an_applicant_trackers_kit_gives_each_stages_questions_their_guidance():
    kit = {
        "job": {"name": "Backend Engineer"},
        "interview_kit": {
            "stages": [
                {
                    "name": "Phone screen",
                    "focus_attributes": [{"id": 1, "name": "Python"}],
                    "questions": [
                        {"text": "What is the GIL?", "guidance": "One thread runs bytecode."},
                        {"text": "What is a deadlock?", "guidance": ""},
                    ],
                },
                {
                    "name": "Onsite",
                    "questions": [
                        {
                            "text": "How would you cache a hot endpoint?",
                            "what_to_look_for": ["Cache-aside with a TTL", "Stampede control"],
                        }
                    ],
                },
            ]
        },
    }
    assert pairs_of(json.dumps(kit, indent=2)) == [
        ("What is the GIL?", "One thread runs bytecode."),
        ("What is a deadlock?", ""),
        ("How would you cache a hot endpoint?", "- Cache-aside with a TTL\n- Stampede control"),
    ]
