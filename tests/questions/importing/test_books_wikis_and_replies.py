"""Shapes met in the eleventh held-out set: a book's exercises and its solutions appendix, a
wiki page's tables, a reply that answers a quoted list inline, a quiz night in a chat
export, an answers site's page, study notes with task boxes, an org file, an issue thread."""

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import (
    READ_AS_CHAT,
    READ_AS_EMAIL,
    READ_AS_OUTLINE,
    READ_AS_ROWS,
    read_text,
)
from tests.questions.importing.documents import pairs_of

FLASHCARD_PAGE = (
    "Queues and workers | Flashcards\n"
    "12 terms\n"
    "Terms in this set (3)\n"
    "What is a dead-letter queue?\tWhere messages that keep failing are parked.\n"
    "ack vs nack\tack removes the message; nack puts it back or drops it.\n"
    "What is prefetch?\t\n"
    "Upgrade to remove ads\n"
)


def test_a_flashcard_sites_rows_are_read_as_cards_without_the_page_around_them():
    assert read_text(FLASHCARD_PAGE).read_as == READ_AS_ROWS
    assert pairs_of(FLASHCARD_PAGE) == [
        ("What is a dead-letter queue?", "Where messages that keep failing are parked."),
        ("ack vs nack", "ack removes the message; nack puts it back or drops it."),
        ("What is prefetch?", ""),
    ]


def test_code_indented_with_tabs_is_no_table_of_cards_nor_an_outline():
    code = "def run():\n\tstart()\n\twork()\n\tstop()\n\tlog()\n\tclose()\n"
    assert read_text(code).read_as not in (READ_AS_ROWS, READ_AS_OUTLINE)


WIKI_PAGE = """== Locks ==

=== What does SELECT ... FOR UPDATE do? ===
It locks the rows it reads until the transaction ends.

<syntaxhighlight lang="sql">
SELECT * FROM jobs WHERE id = 1 FOR UPDATE;
</syntaxhighlight>

{{Warning|Hold such locks for as short a time as you can.}}

=== Warm-ups ===
{| class="wikitable"
! Question !! Short answer
|-
| What is an advisory lock? || A lock the application names itself, with no table behind it.
|-
| What is a deadlock? || {{TODO}}
|}

== Scoring rubric ==
* Did they mention lock timeouts?
* Can they name a lock mode?
"""


def test_a_wiki_page_reads_its_tables_code_and_boxes_and_its_rubric_is_no_question():
    pairs = pairs_of(WIKI_PAGE)

    assert [prompt for prompt, _ in pairs] == [
        "What does SELECT ... FOR UPDATE do?",
        "What is an advisory lock?",
        "What is a deadlock?",
    ]
    first = pairs[0][1]
    assert "```sql\nSELECT * FROM jobs WHERE id = 1 FOR UPDATE;\n```" in first
    assert "**Warning:** Hold such locks" in first
    assert pairs[1][1] == "A lock the application names itself, with no table behind it."
    assert pairs[2][1] == ""


BOOK_CHAPTER = """# Chapter 2 — Caching

## 2.1 Cache basics

Reads are cheaper than recomputing.

> **Exercise 2.1** Which kinds of data should never be cached, and why is
> a user's balance one of them?

*[Sections 2.2 and 2.3 omitted from this excerpt.]*

---

*Systems for the Curious — 41*

---

> **Exercise 2.2** What is a cache stampede?

## Review questions

1. What does a TTL protect you from?
2. Why is cache invalidation hard?

---

*Systems for the Curious — 52*

---

# Appendix A — Solutions to selected exercises

**Exercise 2.1.** Data that must be exact at every read: a balance read from a cache can
be minutes old.

**Exercise 2.2.** No solution provided; talk it over with a friend.

**Review question 1.** From serving a value forever after its source changed.

```text
SET price:42 19.99 EX 300
```

It then expires on its own.
"""


def test_a_books_exercises_are_answered_by_its_solutions_appendix_by_label():
    assert pairs_of(BOOK_CHAPTER) == [
        (
            "Which kinds of data should never be cached, and why is a user's balance one of them?",
            "Data that must be exact at every read: a balance read from a cache can\n"
            "be minutes old.",
        ),
        ("What is a cache stampede?", ""),  # its solution says there is none
        (
            "What does a TTL protect you from?",
            "From serving a value forever after its source changed.\n\n"
            "```text\nSET price:42 19.99 EX 300\n```\nIt then expires on its own.",
        ),
        ("Why is cache invalidation hard?", ""),
    ]


MAIL_REPLY = """From: Dana <dana@example.com>
To: Sam <sam@example.com>
Subject: Re: questions for Friday
Date: Tue, 4 Jun 2024 09:00:00 +0200

Hi Sam, answers inline!

On Mon, Jun 3, 2024 at 5:00 PM Sam <sam@example.com> wrote:
> Here is what we will ask:
>   1. What is the difference between a process and a thread, and which
>      one shares memory?
>   2. How do you find a slow query?
>
>   1. What is the difference between a process and a thread, and which
>      one shares memory?

Threads of one process share its memory; processes do not.

>   2. How do you find a slow query?

Skipping this one for now, will read up.
"""


def test_a_reply_answering_a_quoted_list_inline_answers_each_question_once():
    assert read_text(MAIL_REPLY).read_as == READ_AS_EMAIL
    assert pairs_of(MAIL_REPLY) == [
        (
            "What is the difference between a process and a thread, and which one shares memory?",
            "Threads of one process share its memory; processes do not.",
        ),
        ("How do you find a slow query?", ""),
    ]


CHAT_EXPORT = """Chat export: #study-group
[2024-06-01 19:00] *** kim has joined the channel
[2024-06-01 19:01] ana: quiz time! Q1: what is a race condition?
[2024-06-01 19:02] kim: anyone got the link to the notes?
[2024-06-01 19:03] bo: two threads touch shared state and the result depends on timing
    reactions: 👍 2
[2024-06-01 19:04] ana: Q2: what does an index cost on writes?
    ↳ 2 replies in thread
    [thread] kim (19:05): every insert and update must change the index too
    [thread] bo (19:06): 🎯
[2024-06-01 19:07] *** reminder-bot: Standup moved to 10:00
[2024-06-01 19:08] ana: nice. Q3: how would you design a feed?
[2024-06-01 19:09] bo: pass 😂 that deserves its own session
[2024-06-01 19:10] kim: can someone pin the questions?
"""


def test_a_quiz_in_a_chat_export_keeps_its_labelled_questions_and_leaves_the_chatter():
    assert read_text(CHAT_EXPORT).read_as == READ_AS_CHAT
    assert pairs_of(CHAT_EXPORT) == [
        ("what is a race condition?", "two threads touch shared state and the result depends on "
         "timing"),
        # (the thread's "🎯" under it is a reaction, not part of the answer)
        ("what does an index cost on writes?", "every insert and update must change the index "
         "too"),
        ("how would you design a feed?", ""),
    ]  # fmt: skip


ANSWERS_PAGE = """Acme Corp Interview Questions
Showing 1-2 of 9 reviews

------------------------------------------------------------

Backend Engineer Interview
Interview questions [2]
Question 1
How would you store money amounts, and why not
as floats?
Answer question
1 Answer
    As integers of the smallest unit, or decimals: floats cannot hold 0.1 exactly.
    Helpful (3)
    Anonymous on Apr 2, 2024

Question 2
What is a foreign key?
Answer question

Was this interview helpful?   Helpful (4)   Share   Report

------------------------------------------------------------

Data Engineer Interview
I applied online. Two rounds, both friendly.
"""


def test_an_answers_sites_page_reads_its_numbered_questions_and_leaves_its_buttons():
    assert pairs_of(ANSWERS_PAGE) == [
        (
            "How would you store money amounts, and why not as floats?",
            "As integers of the smallest unit, or decimals: floats cannot hold 0.1 exactly.",
        ),
        ("What is a foreign key?", ""),
    ]


STUDY_NOTES = """# prep notes

- [ ] email recruiter re: start date?
- [x] print the job ad

## databases

- [x] What is a covering index?
  > an index that holds every column the query reads
- [ ] What is a phantom read?
  >
- groceries: rice, tea
- why does my docker build keep failing?? (cache?)

Q: What does VACUUM do?
> it reclaims the space of dead rows

note to self: rewatch the talk on MVCC
"""


def test_study_notes_read_questions_in_task_boxes_and_leave_the_writers_own_notes():
    assert pairs_of(STUDY_NOTES) == [
        ("What is a covering index?", "> an index that holds every column the query reads"),
        ("What is a phantom read?", ""),
        ("What does VACUUM do?", "> it reclaims the space of dead rows"),
    ]


ORG_FILE = """#+TITLE: Redis prep
#+AUTHOR: me

* Redis
** TODO Explain how Redis persists data and what you lose
   with each way of doing it.
   :PROPERTIES:
   :LEVEL: medium
   :END:
** DONE What is a sorted set?
   A set whose members each carry a score, kept in score order.

* Notes to self                                                    :noexport:
- why is my redis container so slow again?? check the volume
"""


def test_an_org_heading_wrapped_over_two_lines_is_one_question():
    assert pairs_of(ORG_FILE) == [
        (
            "Explain how Redis persists data and what you lose with each way of doing it.",
            "",
        ),
        ("What is a sorted set?", "A set whose members each carry a score, kept in score order."),
    ]


ISSUE_THREAD = """# Add queue questions #12

**ana** commented on Jan 3, 2024

1. **What is a poison message?**
   One that fails every time it is handled, so it must be set aside.
2. **What is visibility timeout?**
   TBD

👍 4 🚀 1

---

**bo** commented on Jan 4, 2024

- **What is idempotency?**
  Doing it twice has the same effect as doing it once.
- **What is a dead-letter queue?**
  (answer later)

---

**kim** commented on Jan 9, 2024

Thanks all, merged. Who wants to take the unanswered ones?
"""


def test_an_issue_thread_reads_numbered_and_bulleted_questions_from_every_comment():
    assert pairs_of(ISSUE_THREAD) == [
        ("What is a poison message?", "One that fails every time it is handled, so it must be "
         "set aside."),
        ("What is visibility timeout?", ""),
        ("What is idempotency?", "Doing it twice has the same effect as doing it once."),
        ("What is a dead-letter queue?", ""),
    ]  # fmt: skip


NUMBERED_POST = """## 1. What is ASGI?
The async successor of WSGI.

## 2. What is a lifespan handler?
Code that runs once at startup and once at shutdown.

**3. How do you test an ASGI app?**
With an HTTP client that calls the app in process.
"""


def test_a_bold_numbered_line_that_goes_on_from_numbered_headings_is_the_next_question():
    assert [prompt for prompt, _ in pairs_of(NUMBERED_POST)] == [
        "What is ASGI?",
        "What is a lifespan handler?",
        "How do you test an ASGI app?",
    ]


NEWS_THREAD = """Ask: Which questions do you ask backend candidates?
120 points by op_user 3 days ago | hide | past | favorite | 40 comments

  ana_dev 3 days ago | next [–]

  I always ask: "What happens when a connection pool runs dry?"

  I want to hear: requests wait for a connection, then time out; size it to the database.

  reply


      op_user 3 days ago | parent | next [–]

      Nice one. Do you let them look things up?

      reply


  bo_ops 2 days ago | prev | next [–]

  "How do you roll back a bad deploy?" Keep the previous image and switch traffic back.

  "Explain blue-green deployments." Two environments, and the router flips between them.

  reply
"""


def test_a_news_threads_comments_give_their_quoted_questions_and_leave_the_replies():
    assert pairs_of(NEWS_THREAD) == [
        (
            "What happens when a connection pool runs dry?",
            "I want to hear: requests wait for a connection, then time out; size it to the "
            "database.",
        ),
        ("How do you roll back a bad deploy?", "Keep the previous image and switch traffic back."),
        ("Explain blue-green deployments.", "Two environments, and the router flips between them."),
    ]


def test_a_list_of_questions_may_ask_in_two_sentences():
    text = """Mine, no answers on purpose:

- What is a race condition? Give me one you have debugged.
- What does a mutex protect?
"""
    assert pairs_of(text) == [
        ("What is a race condition? Give me one you have debugged.", ""),
        ("What does a mutex protect?", ""),
    ]


NOTEBOOK_AS_TEXT = """### Q1

Write a function that reverses a string.

In [ ]:

```python
```

### Scratch

```python
print("is the kernel still alive?")
```

    is the kernel still alive?

### Q2

What does `zip` return?

```python
list(zip("ab", "cd"))
```

*Next notebook: `sql_drills.ipynb` →*
"""


def test_a_notebooks_empty_cell_is_no_answer_and_its_scratch_cells_ask_nothing():
    assert pairs_of(NOTEBOOK_AS_TEXT) == [
        ("Write a function that reverses a string.", ""),
        ("What does `zip` return?", '```python\nlist(zip("ab", "cd"))\n```'),
    ]


PDF_TEXT = """1. What is a B-tree index good for, and when does the planner
prefer a sequential scan?

Equality and range lookups; a sequential scan wins when most rows match.

2. Explain the difference between the READ COMMITTED and SERIALIZABLE
isolation levels in PostgreSQL.

READ COMMITTED takes a snapshot per statement; SERIALIZABLE aborts conflicting transactions.

Changelog

1.1 — what changed? Mostly typos.
"""


def test_a_question_wrapped_at_the_margin_is_one_and_a_changelog_asks_nothing():
    assert [prompt for prompt, _ in pairs_of(PDF_TEXT)] == [
        "What is a B-tree index good for, and when does the planner prefer a sequential scan?",
        "Explain the difference between the READ COMMITTED and SERIALIZABLE isolation levels "
        "in PostgreSQL.",
    ]


PODCAST = """[00:01:00] HOST: What is a Bloom filter?
[00:01:05] GUEST: A bit array that says "maybe" or "definitely not" for set membership.
[00:02:00] HOST: What does EXPLAIN ANALYZE add to EXPLAIN?
[00:02:04] GUEST: It runs the query and shows real timings next to the estimates.
[00:03:00] HOST: And a bonus: how does Raft elect a leader?
[00:03:03] HOST: Actually, we're out of time. Save it for next week.
[00:03:06] GUEST: Saved by the bell.
"""


def test_a_question_the_interviewer_takes_back_has_no_answer():
    assert pairs_of(PODCAST) == [
        ("What is a Bloom filter?", 'A bit array that says "maybe" or "definitely not" for set '
         "membership."),
        ("What does EXPLAIN ANALYZE add to EXPLAIN?", "It runs the query and shows real timings "
         "next to the estimates."),
        ("how does Raft elect a leader?", ""),  # without its lead-in
    ]  # fmt: skip


OUTLINE = (
    "Queues\n"
    "\tWhat is a dead-letter queue?\n"
    "\t\tparks messages that keep failing\n"
    "\t\tso they stop blocking the rest\n"
    "\tWhat is backpressure?\n"
    "Admin\n"
    "\tWhat time is the call on Thursday?\n"
    "\t\t2pm, link in the invite\n"
)


def test_an_outline_reads_topics_as_sections_and_the_lines_under_a_question_as_its_answer():
    assert read_text(OUTLINE).read_as == READ_AS_OUTLINE
    assert pairs_of(OUTLINE) == [
        ("What is a dead-letter queue?", "- parks messages that keep failing\n- so they stop "
         "blocking the rest"),
        ("What is backpressure?", ""),
    ]  # fmt: skip


INTERVIEWER_SHEET = (
    "Category\tQuestion\tWhat good looks like\tRed flags\tLevel\n"
    "QUEUES\t\t\t\t\n"
    "Queues\tWhat is a poison message?\tSet aside after N failures\tRetries forever\tMid\n"
    "\tWhat is at-least-once delivery?\tTBD\t\tSenior\n"
    "CACHING\n"
    "Caching\tWhat is a cache stampede?\tMany misses recompute one key at once\t\tMid\n"
)


def test_an_interviewers_sheet_gives_each_question_its_outline_and_red_flags():
    drafts = [clean_item(item) for item in parse_document(read_text(INTERVIEWER_SHEET).text).items]

    assert [(d.prompt, d.answer_outline, d.red_flags) for d in drafts] == [
        ("What is a poison message?", "Set aside after N failures", "Retries forever"),
        ("What is at-least-once delivery?", "", ""),  # "TBD" is no outline
        ("What is a cache stampede?", "Many misses recompute one key at once", ""),
    ]


TRACKER_EXPORT = (
    "Issue key,Issue Type,Summary,Description,Status\n"
    'Q-1,Question,What is an idempotency key?,"A client-chosen id the server remembers.\n'
    '{code:python}\nseen = store.get(key)\n{code}",Done\n'
    'Q-2,Task,Book the interview room,"Ask facilities",To Do\n'
    "Q-3,Question,What is a saga?,,To Do\n"
    "Q-4,Question,What is an outbox table?,TBD,To Do\n"
)


def test_an_issue_trackers_export_gives_its_question_cards_and_fences_their_code():
    assert read_text(TRACKER_EXPORT).read_as == READ_AS_ROWS
    assert pairs_of(TRACKER_EXPORT) == [
        ("What is an idempotency key?", "A client-chosen id the server remembers.\n\n"
         "```python\nseen = store.get(key)\n```"),
        ("What is a saga?", ""),
        ("What is an outbox table?", ""),
    ]  # fmt: skip


WORD_TEXT = (
    "ACME LTD.\t\t\tCONFIDENTIAL\n"
    "\n"
    "Revision history\n"
    "Version\tDate\tChange\n"
    "1.1\t02/01/2024\tAdded caching\n"
    "\n"
    "Section A – Caching\n"
    "\n"
    "1)\tWhat is a write-through cache?\n"
    "\tEvery write goes to the cache and the store together.\n"
    "\n"
    "2)\tExplain cache invalidation.\n"
    "\tEntries are dropped or refreshed when the source changes.\n"
    "\n"
    "3)\tDescribe how you would warm a cache before a launch and what you\n"
    "would measure while doing it.\n"
    "\tReplay yesterday's hottest keys, and watch the hit ratio.\n"
)


def test_a_word_document_saved_as_text_keeps_its_questions_after_its_revision_history():
    assert pairs_of(WORD_TEXT) == [
        ("What is a write-through cache?", "Every write goes to the cache and the store together."),
        ("Explain cache invalidation.", "Entries are dropped or refreshed when the source "
         "changes."),
        ("Describe how you would warm a cache before a launch and what you would measure while "
         "doing it.", "Replay yesterday's hottest keys, and watch the hit ratio."),
    ]  # fmt: skip


DISCORD = """bot — Today at 9:00 AM
Question of the day #4: What does `SELECT ... FOR UPDATE` lock?

ana — Today at 9:05 AM
the rows it returns, until the transaction ends

bo — Today at 1:00 PM
is the voice channel broken for anyone else?

kim — Today at 2:00 PM
quick one: what's the difference between a view and a materialized view? got asked that yesterday

lee — Today at 2:05 PM
a view runs its query each time; a materialized view stores the result until refreshed
"""


def test_a_chats_questions_lose_their_lead_ins_and_afterthoughts_and_the_call_is_small_talk():
    assert pairs_of(DISCORD) == [
        ("What does `SELECT ... FOR UPDATE` lock?", "the rows it returns, until the transaction "
         "ends"),
        ("what's the difference between a view and a materialized view?", "a view runs its query "
         "each time; a materialized view stores the result until refreshed"),
    ]  # fmt: skip


FORM_QUIZ = """Caching quiz
Total points\t3/4

Question 1 *
1 point
Which Redis structure keeps members ordered by a score?
◯ A list
◯ A sorted set
◯ A hash
Correct answer
◯ A sorted set
Feedback
ZADD and ZRANGE read it in score order.

Question 2 *
1 point
What does a cache's TTL bound?
◯ Its memory
◯ How long an entry may be served
Correct answer
◯ How long an entry may be served

Question 3 *
2 points
In a sentence or two, explain what a write-behind cache is and when it
loses data.
Your answer
__________________
"""


def test_a_printed_form_quiz_answers_with_the_chosen_option_and_its_feedback():
    assert pairs_of(FORM_QUIZ) == [
        ("Which Redis structure keeps members ordered by a score?", "A sorted set\n\nZADD and "
         "ZRANGE read it in score order."),
        ("What does a cache's TTL bound?", "How long an entry may be served"),
        ("In a sentence or two, explain what a write-behind cache is and when it loses data.", ""),
    ]  # fmt: skip


TRANSCRIPT = "\n".join(
    [
        "Chapters",
        "0:00 Intro",
        "0:30 Q1 - What is a race condition?",
        "2:00 Q2 - What is a deadlock?",
        "3:00 Outro",
        "",
        "Transcript",
        "",
        "Q1 - What is a race condition?",
        *["0:31", "so, question one: what is a race condition?", "0:35", "two threads touch the",
          "0:37", "same data and the result depends on who gets there first.", "0:40",
          "tests rarely catch it."],
        "",
        "Q2 - What is a deadlock?",
        *["2:01", "question two: what is a deadlock?", "2:04", "I'm not going to answer this one,",
          "2:06", "write your answer in the comments."],
        "",
        "Outro",
        *["3:01", "did you like this video? subscribe for more."],
    ]
)  # fmt: skip


def test_a_video_transcript_reads_without_its_times_or_the_question_read_out_again():
    assert pairs_of(TRANSCRIPT) == [
        ("What is a race condition?", "two threads touch the\nsame data and the result depends "
         "on who gets there first.\ntests rarely catch it."),
        ("What is a deadlock?", ""),
    ]  # fmt: skip


DEFINITIONS = """# Postgres notes

What is a partial index?[^1]
:   An index over the rows a `WHERE` clause keeps:

        CREATE INDEX ON jobs (run_at) WHERE done = false;

    It stays small while most rows are done.

What is a covering index?
:   One that holds every column the query reads.

What is BRIN good for?
:   ??

[^1]: Since PostgreSQL 7.2.
"""


def test_a_definition_list_reads_each_term_as_a_question_and_its_definition_as_the_answer():
    assert pairs_of(DEFINITIONS) == [
        ("What is a partial index?", "An index over the rows a `WHERE` clause keeps:\n"
         "```\nCREATE INDEX ON jobs (run_at) WHERE done = false;\n```\n"
         "It stays small while most rows are done."),
        ("What is a covering index?", "One that holds every column the query reads."),
        ("What is BRIN good for?", ""),
    ]  # fmt: skip


WRITE_UP = """# My onsite, question by question

## Round 1: coding

Forty minutes, shared editor. **They asked me to implement a token bucket.** I kept a count
and a timestamp, and refilled on every call.

## Round 2: design

About ten minutes in, **the interviewer asked: how would you shard a users table?** By user id,
with a lookup table for the few hot tenants.

**"And what about a hot shard?"** Honestly, I blanked on this one. Lesson learned.

## So, did I get the offer?

Yes!
"""


def test_a_write_ups_bold_questions_inside_its_paragraphs_are_its_questions():
    assert pairs_of(WRITE_UP) == [
        ("implement a token bucket.", "I kept a count\nand a timestamp, and refilled on every "
         "call."),
        ("how would you shard a users table?", "By user id,\nwith a lookup table for the few "
         "hot tenants."),
        ("And what about a hot shard?", ""),
    ]  # fmt: skip


TEAMS = """[10:00 AM] Mentor
Harder one. How would you design a feed that fans out to a million
followers?
[10:02 AM] Mentee
hmm honestly no idea where to start with that one
[10:02 AM] Mentor
That's fine, let's park it and come back to it at the end.
[10:03 AM] Mentor
Dev, what does `git bisect` do?
[10:04 AM] Mentee
it binary-searches the history for the commit that broke something:
    git bisect start
    git bisect bad
Like 2
[10:05 AM] Mentor
Should we do Thursday same time?
"""


def test_a_teams_chats_messages_keep_their_lines_together():
    pairs = pairs_of(TEAMS)

    assert [prompt for prompt, _ in pairs] == [
        "How would you design a feed that fans out to a million followers?",
        "what does `git bisect` do?",
    ]
    assert pairs[0][1] == ""  # "no idea", then the question is parked
    assert "binary-searches the history" in pairs[1][1] and "git bisect bad" in pairs[1][1]
    assert "Like 2" not in pairs[1][1]


NESTED_EXPORT = """{
  "workspace": {"name": "Bank", "description": "Put the question in title, the answer in body."},
  "sections": [
    {"name": "HTTP", "items": [
      {"title": "What does 429 mean?", "body": "Too many requests: slow down.", "tags": ["http"]},
      {"title": "Template (copy me)", "body": "Question in title, answer in body."}
    ]},
    {"name": "SQL", "items": [
      {"title": "What is a covering index?", "body": null},
      {"title": "What is MVCC?", "body": "TODO"}
    ]}
  ]
}"""


def test_a_json_banks_records_are_found_however_deep_and_its_template_is_left_out():
    assert pairs_of(NESTED_EXPORT) == [
        ("What does 429 mean?", "Too many requests: slow down."),
        ("What is a covering index?", ""),
        ("What is MVCC?", ""),
    ]


SPLIT_ANSWERS = (
    "ID,Question,Answer part 1,Answer part 2,Code example,Level\n"
    "A-1,What does functools.wraps do?,It copies the wrapped function's name and docstring.,"
    '"Without it, tracebacks name the wrapper.","@functools.wraps(fn)\ndef wrapper(*a):\n'
    '    return fn(*a)",Mid\n'
    "A-2,What is a frozenset?,,,,Junior\n"
    "A-3,What is a memoryview?,A view of a buffer without copying it.,,,Senior\n"
)


def test_a_sheets_answer_spread_over_columns_is_one_answer():
    pairs = pairs_of(SPLIT_ANSWERS)

    assert [prompt for prompt, _ in pairs] == [
        "What does functools.wraps do?",
        "What is a frozenset?",
        "What is a memoryview?",
    ]
    assert "copies the wrapped function's name" in pairs[0][1]
    assert "tracebacks name the wrapper" in pairs[0][1]
    assert "@functools.wraps(fn)" in pairs[0][1]
    assert pairs[1][1] == ""


EMAIL = """<html><body><table><tr><td>
<table><tr><td>View in browser</td></tr></table>
<table>
<tr><td>1. What is a race condition?</td></tr>
<tr><td><p>Two threads touch shared state and the result depends on timing.</p></td></tr>
<tr><td>2. What is a deadlock?</td></tr>
<tr><td><p>Your turn! Hit reply with your answer, we will share the best ones.</p></td></tr>
</table>
<table><tr><td>Question</td><td>Answer</td></tr><tr><td>What is a mutex?</td><td></td></tr></table>
</td></tr></table></body></html>"""


def test_an_emails_layout_table_reads_as_paragraphs_and_a_data_table_stays_a_table():
    assert pairs_of(EMAIL) == [
        ("What is a race condition?", "Two threads touch shared state and the result depends on "
         "timing."),
        ("What is a deadlock?", ""),
        ("What is a mutex?", ""),
    ]  # fmt: skip


CHEAT_SHEET = """## Kubernetes

| Task / question | Command / answer |
|---|---|
| List pods | `kubectl get pods` |
| How do you roll back a deployment? | `kubectl rollout undo deployment/api` |
| Scale a deployment | `kubectl scale deployment/api --replicas=3` |
| Why is my pod pending? | Usually no node has the resources it requests. |
| What does a PodDisruptionBudget do? | ?? |
"""


def test_a_cheat_sheets_commands_are_not_questions_among_the_ones_that_ask():
    assert pairs_of(CHEAT_SHEET) == [
        ("How do you roll back a deployment?", "`kubectl rollout undo deployment/api`"),
        ("Why is my pod pending?", "Usually no node has the resources it requests."),
        ("What does a PodDisruptionBudget do?", ""),
    ]


CONFERENCE = """[00:41:20] HOST: Thank you! We'll take questions from the app.

[00:41:38] HOST: Top-voted. Anonymous asks: "Did you run uvicorn
directly or behind gunicorn?"

[00:41:45] SPEAKER: Behind gunicorn, so the master restarts workers
that leak memory.

[00:46:48] HOST: We're basically out of time. Two more got votes: "How do you
version your APIs?" and "Locust or k6, and why?" Can people find you later?

[00:46:58] SPEAKER: Yes, at the booth until lunch.
"""


def test_a_talks_questions_read_from_the_app_are_whole_and_those_left_at_the_end_unanswered():
    assert pairs_of(CONFERENCE) == [
        ("Did you run uvicorn directly or behind gunicorn?", "Behind gunicorn, so the master "
         "restarts workers that leak memory."),
        ("How do you version your APIs?", ""),
        ("Locust or k6, and why?", ""),
    ]  # fmt: skip


POST = """So here are the questions I actually ask 👇

1️⃣ What's the difference between 401 and 403?
→ 401: we don't know who you are. 403: we do, and you still may not.

2️⃣ What is a liveness probe?
→ 👀 I'll leave this one to you. Drop your answer in the comments!

> [!NOTE]
> TBD - still writing this one up.
"""


def test_a_posts_keycap_numbers_number_its_questions():
    assert pairs_of(POST) == [
        ("What's the difference between 401 and 403?", "401: we don't know who you are. 403: "
         "we do, and you still may not."),  # without the arrow that points to it
        ("What is a liveness probe?", ""),
    ]  # fmt: skip


BRIEF = """## Follow-up questions

**FQ1. How do you keep two status updates of one parcel from racing?**

> [!NOTE]
> A version column checked in the UPDATE, or SELECT ... FOR UPDATE.

**FQ2. What would you alert on?**

> [!WARNING]
> TBD

**FQ3. Wie erklärt man eventual consistency?**

_folgt noch_
"""


def test_labelled_follow_up_questions_with_alerts_and_a_placeholder_in_another_language():
    assert pairs_of(BRIEF) == [
        ("How do you keep two status updates of one parcel from racing?", "> A version column "
         "checked in the UPDATE, or SELECT ... FOR UPDATE."),
        ("What would you alert on?", ""),
        ("Wie erklärt man eventual consistency?", ""),
    ]  # fmt: skip


def test_an_answer_that_opens_with_no_idea_is_none_unless_a_guess_follows():
    text = """### What is eventual consistency?
Keine Ahnung, wie ich das gut erkläre — no idea yet, I will ask Jonas tomorrow.

### What is a vector clock?
No idea, but I'd guess a counter per node that orders events between them.
"""
    assert pairs_of(text) == [
        ("What is eventual consistency?", ""),
        ("What is a vector clock?", "No idea, but I'd guess a counter per node that orders "
         "events between them."),
    ]  # fmt: skip
