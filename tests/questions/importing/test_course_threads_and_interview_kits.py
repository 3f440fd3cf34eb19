"""A course's Q&A tab copied as text, a team's knowledge article under its comments, and an
interviewer's kit whose numbered questions each carry "What to look for"."""

import json

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import READ_AS_COURSE_QA, read_text
from tests.questions.importing.documents import drafts_of, pairs_of

COURSE_QA = """\
Async Python for Backend Developers
Your progress
31 of 90 complete.

Overview
Q&A
Notes

All questions in this course (412)

Back to all questions
TS
Why does my background task block the event loop?
Tomás S · Lecture 18 · 2 weeks ago
I call requests.get inside an async def and everything freezes.
4
2 replies
Follow replies

YB
Yara Bell
Instructor
· 2 weeks ago
requests is blocking: while it waits for the network, the event loop cannot run anything \
else. Use an async client such as httpx.AsyncClient, or push the call to a thread with \
asyncio.to_thread.
6
TS
Tomás S
· 2 weeks ago
Thanks, that fixed it!
Add reply

Back to all questions
MK
What is the difference between a Task and a coroutine?
Mei K · Lecture 9 · 1 month ago
Both seem to run my code.
3
2 replies
Follow replies

PR
Pavel R
· 1 month ago
A coroutine only runs when something awaits it. create_task wraps it in a Task, which the \
event loop schedules right away, so it runs concurrently with the code that created it.
5
YB
Yara Bell
Instructor
· 1 month ago
Exactly right, Pavel.
2
Add reply

Back to all questions
LN
How should I size a connection pool for an async service?
Lena N · Lecture 27 · 5 days ago
Is there a rule of thumb?
1
1 reply
Follow replies

OD
Omar D
· 4 days ago
+1, I was about to ask exactly the same thing this week. Bumping so the instructor sees it
LN
Lena N
· 3 days ago
Update: I set it to twice the number of workers and it seems fine now.
Add reply

Back to all questions
AF
Explain structured concurrency with TaskGroup
Ana F · Lecture 31 · 3 days ago
The docs are short on this.
0
0 replies
Follow replies
Add reply

Teach on the platform
About us
"""


def test_a_course_qa_tab_is_read_as_its_threads_and_their_answers():
    assert read_text(COURSE_QA).read_as == READ_AS_COURSE_QA
    pairs = pairs_of(COURSE_QA)

    assert [prompt for prompt, _ in pairs] == [
        "Why does my background task block the event loop?",
        "What is the difference between a Task and a coroutine?",
        "How should I size a connection pool for an async service?",
        "Explain structured concurrency with TaskGroup",
    ]
    # the instructor's reply, without the asker's thanks, votes or buttons
    assert pairs[0][1].startswith("requests is blocking")
    assert "asyncio.to_thread." in pairs[0][1]
    assert "Thanks, that fixed it" not in pairs[0][1] and "Add reply" not in pairs[0][1]
    # the first reply that answers, not the instructor's agreeing with it
    assert pairs[1][1].startswith("A coroutine only runs when something awaits it")
    assert "Exactly right" not in pairs[1][1]
    # "+1, bumping" answers nothing, nor does the asker's own update; nor a thread with no
    # reply
    assert pairs[2][1] == "" and pairs[3][1] == ""


def test_a_forum_page_with_one_question_is_not_read_as_a_course():
    page = (
        "Why does my FastAPI dependency run twice?\n"
        "Sam K · 3 days ago\n"
        "I see two sessions opened.\n"
        "Reply\nShare\nReport\nSave\n"
    )
    assert read_text(page).read_as != READ_AS_COURSE_QA


KNOWLEDGE_ARTICLE = """\
Stack Overflow for Teams
Home
Questions
Articles
Ask Question

Backend loop: questions and model answers
Knowledge article
Viewed 812 times
21
hiring
python

Pick four of these for the hour; the model answers are for you, not for reading aloud.

Q1. Why would you put PgBouncer in front of PostgreSQL?
Each connection is a server process with its own memory; a pooler lets a thousand clients \
share a few dozen of them.

Q2. What does an idempotency key protect against?
A client retrying a request it never saw the answer to: the server stores the key with the \
result and replays it instead of charging twice.

Q3. How do you roll out a NOT NULL column on a big table?
We retired this one from the loop last spring; it is in the migrations guide now.

Q4. When is a covering index worth it?
When a hot query can be answered from the index alone (an index-only scan), and the extra \
columns are small.

Share
Edit
Follow
edited 2 days ago
written Mar 3 at 09:10
Rui Costa
1,204

2 Comments
Should Q2 mention Stripe's header? – Ines Park 2 days ago
Good idea, I'll add it. – Rui Costa 1 day ago
Add a comment
"""


def test_an_article_of_numbered_questions_above_its_comments_keeps_every_question():
    pairs = pairs_of(KNOWLEDGE_ARTICLE)

    assert [prompt for prompt, _ in pairs] == [
        "Why would you put PgBouncer in front of PostgreSQL?",
        "What does an idempotency key protect against?",
        "How do you roll out a NOT NULL column on a big table?",
        "When is a covering index worth it?",
    ]
    assert pairs[0][1].startswith("Each connection is a server process")
    assert pairs[1][1].startswith("A client retrying a request")
    assert pairs[2][1] == ""  # retired from the loop: not an answer
    assert pairs[3][1].startswith("When a hot query can be answered from the index alone")
    # the comments under the article are not the last answer
    assert "Stripe" not in pairs[3][1] and "Rui Costa" not in pairs[3][1]


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


ARTICLE_WITH_COMMENTS = """\
# Four questions I ask every backend candidate

## Why these questions?

Because they mirror what breaks in production.

### 1. How would you find a slow query?

Start from pg_stat_statements, then EXPLAIN (ANALYZE, BUFFERS) the worst one.

### 2. What’s a race condition? give a DB example

Two requests read the same balance and both write back: one update is lost.

### 3. How do you test code that talks to a database?

## Final thoughts

What do you ask? Tell me in the comments.

## Comments

**Kim Lee** · 2w

For #3 I'd say: a real database in a container, each test in a rolled-back transaction.
"""


def test_a_readers_comment_citing_a_question_is_not_the_articles_answer():
    pairs = pairs_of(ARTICLE_WITH_COMMENTS)

    assert [prompt for prompt, _ in pairs] == [
        "How would you find a slow query?",
        "What’s a race condition? give a DB example",  # asks, with a curly apostrophe
        "How do you test code that talks to a database?",
    ]
    assert pairs[1][1].startswith("Two requests read the same balance")
    assert pairs[2][1] == ""


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


def _reddit_comment(author: str, body: str, replies=()) -> dict:
    listing = {"kind": "Listing", "data": {"children": list(replies)}} if replies else ""
    return {"kind": "t1", "data": {"author": author, "body": body, "replies": listing}}


REDDIT_THREAD = json.dumps(
    [
        {
            "kind": "Listing",
            "data": {
                "children": [
                    {
                        "kind": "t3",
                        "data": {
                            "author": "nervous_dev",
                            "title": "Onsite Friday, recruiter sent topics - help?",
                            "selftext": (
                                "Mostly frontend so far, so some of these I never had to "
                                "think about. Short answers or pointers please:\n\n"
                                "1. What does VACUUM do?\n"
                                "2. Explain optimistic locking.\n"
                                "3. What is a message broker for?\n\n"
                                "Thanks in advance!\n\n**Edit:** they asked 1 and 3."
                            ),
                        },
                    }
                ]
            },
        },
        {
            "kind": "Listing",
            "data": {
                "children": [
                    _reddit_comment(
                        "pg_fan",
                        "Taking two of these.\n\n**1:** it marks dead row versions as "
                        "reusable space.\n**2:** read a version number, and update only "
                        "if it is unchanged.",
                        [_reddit_comment("nervous_dev", "This is super clear, thank you!")],
                    ),
                    _reddit_comment(
                        "queue_person",
                        "For 3 honestly that's a whole chapter of a book, just google it.",
                    ),
                ]
            },
        },
    ]
)


def test_a_thread_whose_replies_answer_the_posts_list_by_number():
    pairs = pairs_of(REDDIT_THREAD)

    assert pairs[:3] == [
        ("What does VACUUM do?", "it marks dead row versions as reusable space."),
        (
            "Explain optimistic locking.",
            "read a version number, and update only if it is unchanged.",
        ),
        ("What is a message broker for?", ""),  # a brush-off answers nothing
    ]


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
    # "See comments." with no comment to see: no answer
    assert not drafts[3].has_answer and not drafts[4].has_answer


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
            _card("c5", "Card template", desc="Question / answer", closed=True, pos=5),
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


def _tweet(tweet_id: int, text: str, parent: int | None, who: str = "beth") -> dict:
    return {
        "created_at": f"Tue Mar 12 08:{30 + tweet_id}:50 +0000 2024",
        "id_str": str(tweet_id),
        "full_text": text,
        "in_reply_to_status_id_str": str(parent) if parent else None,
        "user": {"name": who.title(), "screen_name": who},
    }


TWEET_THREAD = json.dumps(
    [
        _tweet(1, "🧵 Questions I ask. One per tweet, my answer right under it.", None),
        _tweet(2, "1/ Why put a queue between an API and its workers?", 1),
        _tweet(3, "It decouples request latency from processing time.", 2),
        _tweet(4, "2/ What does SKIP LOCKED let you build?", 3),
        _tweet(5, "A job queue straight in Postgres.", 4),
        _tweet(6, "3/ Where do sessions live on 20 instances?", 5),
        _tweet(7, "In a shared store such as Redis, not in process memory.", 6),
        _tweet(8, "4/ What is SSRF and how do you defend against it?", 7),
        _tweet(9, "Making the server fetch URLs for you; block private IPs.", 8, "ana"),
        _tweet(10, "5/ Explain the transactional outbox pattern.", 8),
        _tweet(11, "leaving this one as homework. quote tweet your answer", 10),
    ]
)


def test_a_thread_of_one_question_per_post_keeps_those_a_reader_answered():
    pairs = pairs_of(TWEET_THREAD)

    assert [prompt for prompt, _ in pairs] == [
        "Why put a queue between an API and its workers?",
        "What does SKIP LOCKED let you build?",
        "Where do sessions live on 20 instances?",
        "What is SSRF and how do you defend against it?",
        "Explain the transactional outbox pattern.",
    ]
    assert pairs[3][1].endswith("block private IPs.")  # a reader's reply answers it
    assert pairs[4][1] == ""  # "leaving this one as homework"


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


def test_short_real_answers_are_kept():
    document = (
        "Q: How do you fix 'too many connections' errors in Postgres?\n"
        "A: Bump max_connections to 200 and put PgBouncer in front.\n\n"
        "Q: Which complexity class is SAT in?\n"
        "A: NP.\n\n"
        "Q: How did you fix the slow dashboard query?\n"
        "A: We removed this one from the hot path: the counts are cached in Redis.\n"
    )
    assert [answer for _, answer in pairs_of(document)] == [
        "Bump max_connections to 200 and put PgBouncer in front.",
        "NP.",
        "We removed this one from the hot path: the counts are cached in Redis.",
    ]


def test_a_short_answer_between_its_score_and_its_buttons_is_kept():
    page = (
        "How do I stop two workers taking the same job?\n"
        "Asked 2 days ago\n"
        "Share\nImprove this question\nFollow\n\n"
        "2 Answers\n\n"
        "12\n"
        "Use SKIP LOCKED.\n"
        "Share\nImprove this answer\nFollow\n"
        "answered Mar 2, 2021 at 17:45\n"
    )
    assert pairs_of(page) == [
        ("How do I stop two workers taking the same job?", "Use SKIP LOCKED.")
    ]


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


FORUM_SWAP = """\
Discussion Forums
Week 3
All Threads
Question swap: post one, answer one

Ana Lima
· 4 days ago
Post an interview question you got, and answer someone else's. Mine:

What's the difference between PUT and PATCH?

Reply
6 Upvotes

Tom Becker
· 4 days ago
What's the difference between PUT and PATCH?

PUT replaces the whole resource and is idempotent; PATCH applies a partial update.

My question: How does the order of Django middleware matter?

3 Upvotes
Reply

Wei Zhang
Mentor
· 3 days ago
Middleware runs top to bottom on the request and bottom to top on the response.

Reply

Fatima Noor
· 2 days ago
Next: Explain the CAP theorem in one paragraph.

Reply

Tom Becker
· 2 days ago
Ha, I'll take a stab at CAP tomorrow when I'm not on my phone

Reply

Reply to thread
Write a reply...
About
Careers
"""


def test_a_forum_threads_posts_are_read_as_a_chat_of_questions_and_replies():
    pairs = pairs_of(FORUM_SWAP)

    assert [prompt for prompt, _ in pairs] == [
        "What's the difference between PUT and PATCH?",
        "How does the order of Django middleware matter?",
        "Explain the CAP theorem in one paragraph.",
    ]
    # a reply that quotes the question it answers, then answers it
    assert (
        pairs[0][1]
        == "PUT replaces the whole resource and is idempotent; PATCH applies a partial update."
    )
    assert pairs[1][1].startswith("Middleware runs top to bottom")
    assert pairs[2][1] == ""  # "I'll take a stab at CAP tomorrow"


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


GITHUB_DISCUSSION = """\
# Collecting backend interview questions #412

[@oyelaran](https://github.com/oyelaran) started this conversation in General · Mar 11, 2024

Reply with answers, quoting the question:

- How does FastAPI generate the OpenAPI schema?
- Explain eventual consistency to a product manager
- Design a leaderboard for 10M players

Anything I'm missing?

---

#### [@kdrozd](https://github.com/kdrozd) · Mar 11, 2024

> How does FastAPI generate the OpenAPI schema?

From the path operations' type hints and Pydantic models, built on the first request.

> ↳ **[@oyelaran](https://github.com/oyelaran)** · Mar 11, 2024
> nice, thanks!

---

#### [@lwagner](https://github.com/lwagner) · Mar 14, 2024

> Explain eventual consistency to a product manager

Some people see your old photo for a few seconds, then everyone sees the new one.

---

#### [@kdrozd](https://github.com/kdrozd) · Mar 16, 2024

Anyone want to take the leaderboard one?
"""


def test_a_discussions_replies_that_quote_a_question_answer_it():
    pairs = dict(pairs_of(GITHUB_DISCUSSION))

    assert set(pairs) == {
        "How does FastAPI generate the OpenAPI schema?",
        "Explain eventual consistency to a product manager",
        "Design a leaderboard for 10M players",
    }
    assert pairs["How does FastAPI generate the OpenAPI schema?"].startswith("From the path")
    assert pairs["Explain eventual consistency to a product manager"].startswith("Some people")
    assert pairs["Design a leaderboard for 10M players"] == ""
