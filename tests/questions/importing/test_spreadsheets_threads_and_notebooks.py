"""Shapes met in held-out set 42: a spreadsheet's CSV with semicolons, an interview kit's
table of what a good answer covers, a threaded Reddit page, a GitLab merge request, a
Discord export, a newsletter digest, notes closed by a rule and a note."""

from tests.questions.importing.documents import drafts_of, pairs_of

SEMICOLONS = """\
\ufeffNr;Category;Question;Model answer;Difficulty
1;Python;What does the GIL prevent?;"Two threads running Python bytecode at once; \
I/O still overlaps.";Mid
2;SQL;What does a LEFT JOIN keep?;"Every row of the left table;
NULLs where nothing matches.";Junior
3;FastAPI;How do you override a dependency in tests?;;Mid
"""


def test_a_spreadsheets_csv_with_semicolons_is_a_table_of_cards():
    # Excel writes ";" where the comma is a decimal mark.
    assert pairs_of(SEMICOLONS) == [
        ("What does the GIL prevent?",
         "Two threads running Python bytecode at once; I/O still overlaps."),
        ("What does a LEFT JOIN keep?",
         "Every row of the left table;\nNULLs where nothing matches."),
        ("How do you override a dependency in tests?", ""),
    ]  # fmt: skip


KIT_TABLE = """\
## Core questions

| # | Question | What a good answer covers | Level |
| --- | --- | --- | --- |
| 1 | What is the outbox pattern? | An event row in the same transaction; a relay sends it. | L4 |
| 2 | How would you shard a users table? | TBD | L4 |
"""


def test_a_kits_column_of_what_a_good_answer_covers_is_its_outline():
    drafts = drafts_of(KIT_TABLE)
    assert [(d.prompt, d.answer, d.answer_outline) for d in drafts] == [
        ("What is the outbox pattern?", "",
         "An event row in the same transaction; a relay sends it."),
        ("How would you shard a users table?", "", ""),
    ]  # fmt: skip


REDDIT_PAGE = """\
r/learnpython
Posted by u/tired_of_leetcode
3 days ago

Junior backend interview - questions I got asked. How would you answer these?

1. What is the difference between a list and a tuple?
2. What does the GIL do?
3. What is a generator?

187
84 comments
Share
Save

level 1
pm_me_your_tracebacks
· 3 days ago

#1 - lists are mutable, tuples are immutable.

142
Reply
Share
Report
Save

    level 2
    tired_of_leetcode
    OP
    · 3 days ago

    Thanks! that is what they were fishing for

    38
    Reply
    Share
    Report
    Save

level 1
gil_enjoyer
· 2 days ago

#2 - it lets one thread run Python bytecode at a time.

51
Reply
Share
Report
Save

level 1
lurker_99
· 2 days ago

Good luck with the next one!

3
Reply
Share
Report
Save
"""


def test_a_threaded_pages_post_lists_the_questions_its_replies_answer_by_number():
    # Each reply "level N" deep under its writer and age: the post's list is the questions.
    assert pairs_of(REDDIT_PAGE) == [
        ("What is the difference between a list and a tuple?",
         "lists are mutable, tuples are immutable."),
        ("What does the GIL do?", "it lets one thread run Python bytecode at a time."),
        ("What is a generator?", ""),
    ]  # fmt: skip


MERGE_REQUEST = """\
Acme Payments
Merge requests
!482
Draft: Add async webhook dispatcher

Description

What does this MR do?

Replaces the webhook sender with an asyncio dispatcher.

Activity
Dmitri Volkov @d.volkov added 2 commits 9 days ago
 • a81c0e2 - Add attempts column
Compare with previous version

Jonah Okafor @j.okafor started a thread on the diff 8 days ago
app/webhooks/dispatcher.py
 40   async def dispatch(self, targets):
 41 +     await asyncio.gather(*(self._send(t) for t in targets))

Jonah Okafor @j.okafor · 8 days ago
Maintainer
What happens to the other coroutines in asyncio.gather() if one of them raises?

Dmitri Volkov @d.volkov · 8 days ago
Author
The first exception propagates to the awaiting code, but the others keep running.

Jonah Okafor @j.okafor resolved this thread 8 days ago

Jonah Okafor @j.okafor started a thread 6 days ago
What's the difference between asyncio.Lock and threading.Lock?

Dmitri Volkov @d.volkov · 6 days ago
Author
I don't know this one yet, will read up and come back to it tomorrow.

Jonah Okafor @j.okafor started a thread 6 days ago
Is the load test re-run still pending?

Dmitri Volkov @d.volkov · 6 days ago
Author
Yes, QA has it scheduled for Thursday.

Priya Natarajan @p.natarajan · 3 days ago
Developer
@d.volkov any ETA on this one? We'd like it in the next release train.

Jonah Okafor @j.okafor · 3 days ago
Maintainer
Why add jitter to the backoff?

Dmitri Volkov @d.volkov · 3 days ago
Author
So that retries do not hit the receiver in synchronized waves.

 Write
 Preview
Write a comment or drag your files here…
Reviewers
Jonah Okafor
"""


def test_a_merge_requests_comments_are_a_chat_under_their_writers():
    # Bylines and roles, a thread's diff, the page's events and its comment box are not
    # words; a colleague asking when it ships, or whether a test still runs, asks no
    # interview question.
    assert pairs_of(MERGE_REQUEST) == [
        ("What happens to the other coroutines in asyncio.gather() if one of them raises?",
         "The first exception propagates to the awaiting code, but the others keep running."),
        ("What's the difference between asyncio.Lock and threading.Lock?", ""),
        ("Why add jitter to the backoff?",
         "So that retries do not hit the receiver in synchronized waves."),
    ]  # fmt: skip


DISCORD_EXPORT = """\
Guild: py-backend-jobs
Channel: interview-drills

[19:58] priya.codes: evening all 👋 drill time?
[19:59] marco_dev: yep, 30 min then I have to cook
[20:02] priya.codes: What is the difference between horizontal and vertical scaling?
[20:02] bytebandit: easy one to warm up lol
   ↳ replying to priya.codes: "What is the difference between horizontal and vertic…"
[20:04] marco_dev: vertical = one bigger machine, horizontal = more machines behind a load balancer
[20:05] priya.codes: ✅ nice
[20:21] bytebandit: anyone up for mock interviews on saturday btw?
[20:21] priya.codes: me, 11am?
[21:02] jules.k: hey, new here — can I join the drills?
[21:02] priya.codes: of course! welcome 🙌
[21:10] jules.k: What is a CDN, and what should you not cache on it?
   ↳ replying to jules.k: "What is a CDN, and what should you not cache on it?"
[21:12] bytebandit: no clue tbh, someone else?
[21:15] marco_dev: sorry late, just catching up
[21:21] marco_dev: did anyone see the job post from that berlin startup in #jobs?
[21:22] jules.k: the one with "rockstar" in the title? 🙃
[21:22] marco_dev: lol yes
"""


def test_a_discord_exports_reply_notices_and_the_groups_own_talk_are_no_questions():
    # '↳ replying to ...' quotes the message replied to; a greeting, joining, a time for a
    # mock and the news are the group's own business; coming in late answers nothing.
    (scaling, scaled), (cdn, unanswered) = pairs_of(DISCORD_EXPORT)
    assert scaling == "What is the difference between horizontal and vertical scaling?"
    assert "vertical = one bigger machine, horizontal = more machines" in scaled
    assert "replying to" not in scaled
    assert (cdn, unanswered) == ("What is a CDN, and what should you not cache on it?", "")


NEWSLETTER = """\
BACKEND BITES  ·  Issue #46

INTERVIEW QUESTION OF THE WEEK

What is the difference between asyncio.create_task() and awaiting a coroutine?

THE ANSWER

Awaiting runs it to completion there; create_task schedules it and returns at once.

BONUS QUESTION

How would you implement a distributed lock?

Hit reply and send us your answer - we'll feature the best ones in a future issue.

- Nadia @ Backend Bites

======================================================================

BACKEND BITES  ·  Issue #47

INTERVIEW QUESTION OF THE WEEK

How would you design a notification service that sends a million pushes an hour?

THE ANSWER

...is coming next week! We'll walk through a full answer in issue #48. Grab a piece of
paper and sketch your own design first.
"""


def test_a_newsletters_answer_put_off_or_asked_of_its_readers_is_none():
    # "THE ANSWER" over what it says is no label over a task ("Round 1 – coding").
    assert pairs_of(NEWSLETTER) == [
        ("What is the difference between asyncio.create_task() and awaiting a coroutine?",
         "Awaiting runs it to completion there; create_task schedules it and returns at once."),
        ("How would you implement a distributed lock?", ""),
        ("How would you design a notification service that sends a million pushes an hour?", ""),
    ]  # fmt: skip


NOTES_WITH_A_CLOSING_NOTE = """\
## 10. What does asyncio.gather() return?

The results, in the order of the awaitables given.

## 11. What is the difference between asyncio.Queue and queue.Queue?

TODO

---
*Next: go through the FastAPI / Pydantic list from the same doc.*
"""


def test_a_rule_under_a_placeholder_ends_the_answer_its_closing_note_is_none():
    assert pairs_of(NOTES_WITH_A_CLOSING_NOTE) == [
        ("What does asyncio.gather() return?",
         "The results, in the order of the awaitables given."),
        ("What is the difference between asyncio.Queue and queue.Queue?", ""),
    ]  # fmt: skip
