"""Threads and forums as people paste them: a course's Q&A tab, a forum's posts read as a
chat, a knowledge article above its comments, a Reddit thread answering a post's list by
number, a thread of one question per post, a GitHub discussion quoting what it answers."""

import json

from questions.importing.reading import READ_AS_COURSE_QA, read_text
from tests.questions.importing.documents import pairs_of

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


MOODLE_THREAD = """\
Mock interview question swap
by Daniela Ortiz - Monday, 4 March 2024, 10:12 AM

Here are the questions from my mock. Reply quoting the question or using its number.

1. What is the difference between a process and a thread?
2. Explain what CORS is and why the browser enforces it
3. How would you design a URL shortener?

Permalink | Reply

Re: Mock interview question swap
by Tomasz Wiśniewski - Monday, 4 March 2024, 11:40 AM

> 2. Explain what CORS is and why the browser enforces it

CORS lets a server say which other origins may read its responses.

Permalink | Show parent | Reply

Re: Mock interview question swap
by Aisha Bello - Monday, 4 March 2024, 2:27 PM

#1 — A process has its own memory; threads share one process's memory.

Permalink | Show parent | Reply

Re: Mock interview question swap
by Daniela Ortiz - Monday, 4 March 2024, 3:02 PM

Thanks both!! Super clear.

Permalink | Show parent | Reply
"""


def test_a_moodle_threads_replies_quote_the_posts_numbered_questions():
    pairs = pairs_of(MOODLE_THREAD)

    assert pairs == [
        (
            "What is the difference between a process and a thread?",
            "A process has its own memory; threads share one process's memory.",
        ),
        (
            "Explain what CORS is and why the browser enforces it",
            "CORS lets a server say which other origins may read its responses.",
        ),
        ("How would you design a URL shortener?", ""),
    ]


def test_a_course_thread_titled_without_a_question_is_one_by_its_lecture():
    # "Sizing the connection pool..." neither asks nor orders: its byline says where in
    # the course it was asked, and that makes it a thread's title, not a line of a reply.
    titled = COURSE_QA.replace(
        "How should I size a connection pool for an async service?",
        "Sizing the connection pool of an async service",
    ).replace(
        "Explain structured concurrency with TaskGroup", "Structured concurrency with TaskGroup"
    )

    pairs = pairs_of(titled)

    assert [prompt for prompt, _ in pairs][2:] == [
        "Sizing the connection pool of an async service",
        "Structured concurrency with TaskGroup",
    ]
    assert pairs[0][1].startswith("requests is blocking") and pairs[3][1] == ""


NEVER_HAD_TO_THINK = """\
Got a backend interview on Thursday. Some of these topics I have honestly never had to \
think about. Could someone help with short answers:

1. What is the difference between @staticmethod and @classmethod?
2. How does Python's garbage collection work?
3. What does eventual consistency mean?

Thanks in advance!
"""


def test_a_post_that_never_had_to_think_about_its_list_still_asks_it():
    # "think about" leads into follow-ups of an answer ("Things to think about:"), but the
    # writer who "had to think about" them is asking the list, one question each
    assert pairs_of(NEVER_HAD_TO_THINK) == [
        ("What is the difference between @staticmethod and @classmethod?", ""),
        ("How does Python's garbage collection work?", ""),
        ("What does eventual consistency mean?", ""),
    ]


def _reddit(post: dict, *comments: dict) -> str:
    def thing(kind: str, data: dict) -> dict:
        return {"kind": kind, "data": data}

    listing = [thing("t1", comment) for comment in comments]
    return json.dumps(
        [
            thing("Listing", {"children": [thing("t3", post)]}),
            thing("Listing", {"children": listing}),
        ]
    )


REDDIT_LIST_THREAD = _reddit(
    {
        "name": "t3_a1",
        "author": "asker",
        "title": "Recruiter sent me topics, any help?",
        "selftext": "Interview on Friday. Short answers welcome:\n\n"
        "1. What is the difference between WSGI and ASGI?\n"
        "2. How does a database index slow down writes?\n"
        "3. What does eventual consistency mean?\n\n"
        "Thanks in advance!\n\n**Edit:** thank you all, reading everything now.",
        "created_utc": 1710239400.0,
    },
    {
        "name": "t1_b1",
        "author": "pg_greybeard",
        "parent_id": "t3_a1",
        "body": "**2:** every insert and update must also update each index on the table, "
        "so more indexes mean slower writes.",
        "created_utc": 1710240400.0,
    },
    {
        "name": "t1_b2",
        "author": "sre_sasha",
        "parent_id": "t3_a1",
        "body": "**3:** replicas may lag for a moment, but once writes stop they all converge "
        "to the same value.",
        "created_utc": 1710241400.0,
    },
)


def test_what_a_post_adds_under_its_list_is_not_the_last_questions_answer():
    # "Thanks in advance!" and the asker's edit sit under question 3 in the post: the
    # reply citing "**3:**" answers it. The title asking for help is about the thread.
    assert pairs_of(REDDIT_LIST_THREAD) == [
        ("What is the difference between WSGI and ASGI?", ""),
        (
            "How does a database index slow down writes?",
            "every insert and update must also update each index on the table, so more "
            "indexes mean slower writes.",
        ),
        (
            "What does eventual consistency mean?",
            "replicas may lag for a moment, but once writes stop they all converge to the "
            "same value.",
        ),
    ]


POST_INVITING_ANSWERS = """\
Feed post number 3

Ananya Rao
 • 2nd
Engineering Manager at Flowdesk | Hiring backend engineers
3d • Edited •
Visible to anyone on or off LinkedIn

Follow
The questions I ask every backend candidate 👇

1. How does Python's garbage collector deal with reference cycles?
2. When would you pick Celery over FastAPI BackgroundTasks?
3. How would you design a notification system for 10M users?

Drop your answers in the comments — best ones get a coffee on me ☕

#python #backend #hiring
…see less
1,204
87 comments
Like
Comment
Repost
Send

Current selected sort order is Most relevant
Most relevant

View Tobias Weber’s  graphic link
Tobias Weber
 • 1st
Senior Software Engineer @ Zalando
2d
#1 Reference counting cannot free cycles, so a generational collector finds and frees them.

Like
 ·
47
Reply
 ·
2 Replies

View Ananya Rao’s  graphic link
Ananya Rao
Author
Engineering Manager at Flowdesk | Hiring backend engineers
2d
Spot on, Tobias. Coffee is yours ☕

Like
 ·
5
Reply

View Priyanka Sharma’s  graphic link
Priyanka Sharma
 • 2nd
Backend Developer | Django
2d
#2 BackgroundTasks runs in the same process after the response; Celery survives restarts.

Like
 ·
12
Reply
"""


def test_comments_under_a_bare_list_that_asks_for_answers_answer_it_by_number():
    pairs = pairs_of(POST_INVITING_ANSWERS)

    assert [prompt for prompt, _ in pairs] == [
        "How does Python's garbage collector deal with reference cycles?",
        "When would you pick Celery over FastAPI BackgroundTasks?",
        "How would you design a notification system for 10M users?",
    ]
    assert pairs[0][1].startswith("Reference counting cannot free cycles")
    assert pairs[1][1].startswith("BackgroundTasks runs in the same process")
    assert pairs[2][1] == ""


OLD_REDDIT = """\
287
Senior Python backend loop on Friday – what questions did you get asked? (self.ExperiencedDevs)
submitted 9 hours ago* by pg_throwaway_2024
If you know a crisp answer to any of these, drop it below.

1. What's the difference between is and == in Python?
2. How does Redis handle expiration of keys?
3. How would you design a URL shortener?

142 comments
share
save
all 142 comments
sorted by: best

level 1
[–]snek_charmer_42 214 points 8 hours ago
#1: == compares values, is compares identity: whether both names are the same object.
permalink
embed
save
report
reply

level 2
[–]pg_throwaway_2024[S] 31 points 8 hours ago
Perfect, adding it.
permalink
embed
save
parent
report
reply

level 1
[–]redis_or_not 77 points 7 hours ago
#2 Passively when a client touches an expired key, and actively by sampling keys with a TTL.
permalink
embed
save
report
reply

level 1
[–]orm_curious 26 points 4 hours ago
Another one I got: How does Django's ORM lazy evaluation of querysets work?
permalink
embed
save
report
reply
"""


def test_old_reddits_comments_answer_by_number_and_ask_after_a_lead():
    pairs = pairs_of(OLD_REDDIT)

    assert [prompt for prompt, _ in pairs] == [
        "What's the difference between is and == in Python?",
        "How does Redis handle expiration of keys?",
        "How would you design a URL shortener?",
        "How does Django's ORM lazy evaluation of querysets work?",
    ]
    assert pairs[0][1] == (
        "== compares values, is compares identity: whether both names are the same object."
    )
    assert pairs[1][1].startswith("Passively when a client touches an expired key")
    assert pairs[2][1] == ""
