"""Chats whose replies answer out of order (Zulip's quotes, a name mentioned, a topic named
first), a group chat's shrugs and reactions, flashcards with terms and code in notes, a
SQL script of drills, and a bookmark's note to read it later."""

from questions.importing.reading import READ_AS_CHAT, READ_AS_FLASHCARDS, READ_AS_SQL, read_text
from tests.questions.importing.documents import pairs_of

ZULIP_TOPIC = """\
#platform > interview drills (databases)

Lena Fischer
9:02 AM
What does VACUUM do in PostgreSQL?

Lena Fischer
9:03 AM
Also: why can a long-running transaction make a table bloat?

Omar Haddad
9:05 AM
one from my onsite: what is a covering index?

Ines Duarte
9:20 AM
```quote
What does VACUUM do in PostgreSQL?
```
It marks the space of dead row versions as reusable and updates the visibility map, so \
index-only scans can skip the heap.
👍 2

Ines Duarte
9:24 AM
@**Omar Haddad** a covering index holds every column the query reads (INCLUDE columns in \
Postgres), so the planner can answer it from the index alone.

Omar Haddad
9:30 AM
thanks!!

Lena Fischer
9:41 AM
How do you find the slowest queries on a busy server?

Omar Haddad
9:42 AM
And: what is the difference between a hash join and a merge join?

Ines Duarte
9:50 AM
Bloat: VACUUM cannot remove row versions an open transaction might still see, so a \
transaction left open for hours keeps every dead row around.
"""


def test_a_zulip_topic_answers_what_a_reply_quotes_mentions_or_names_first():
    assert read_text(ZULIP_TOPIC).read_as == READ_AS_CHAT
    pairs = pairs_of(ZULIP_TOPIC)

    # each where it is answered: the bloat question moved down to its answer
    assert [prompt for prompt, _ in pairs] == [
        "What does VACUUM do in PostgreSQL?",
        "what is a covering index?",
        "How do you find the slowest queries on a busy server?",
        "what is the difference between a hash join and a merge join?",
        "why can a long-running transaction make a table bloat?",
    ]
    answers = dict(pairs)
    # the reply quoting it, not the question asked last before it
    assert answers["What does VACUUM do in PostgreSQL?"].startswith("It marks the space")
    # "@**Omar Haddad**": his open question, asked before Lena's others
    assert answers["what is a covering index?"].startswith("a covering index holds every column")
    # "Bloat: ...": the one open question about bloat, not the join asked last
    assert answers["why can a long-running transaction make a table bloat?"].startswith(
        "Bloat: VACUUM cannot remove"
    )
    assert answers["How do you find the slowest queries on a busy server?"] == ""
    assert answers["what is the difference between a hash join and a merge join?"] == ""


GROUP_CHAT = """\
[03/04/2024, 19:00:01] Dev prep 🚀: Messages and calls are end-to-end encrypted.
[03/04/2024, 19:01:10] Ana: Q1 what does a database index cost on writes?
[03/04/2024, 19:02:30] Bruno: every insert and update has to change the index as well
[03/04/2024, 19:03:05] Ana: 👍👍
[03/04/2024, 19:04:00] Bruno: Q2 how does a context manager close its file
[03/04/2024, 19:05:12] Chen: ?
[03/04/2024, 19:05:40] Bruno: 😅 fine
[03/04/2024, 19:06:00] Chen: Q3 optimistic vs pessimistic locking
[03/04/2024, 19:08:44] Ana: pessimistic locks the row first, optimistic checks a version \
column when it writes and retries on a conflict
[03/04/2024, 19:09:30] Ana: Q4 what is a race condition
[03/04/2024, 19:12:02] Bruno: gotta run, dinner. tomorrow same time
[03/04/2024, 19:12:30] Chen: 🙏
"""


def test_a_group_chats_shrugs_and_reactions_answer_nothing():
    assert pairs_of(GROUP_CHAT) == [
        ("what does a database index cost on writes?",
         "every insert and update has to change the index as well"),
        # a "?" is a shrug, not an answer (nor the asker's "fine" after it)
        ("how does a context manager close its file", ""),
        # numbered like the questions around it, it is one, though it does not ask
        ("optimistic vs pessimistic locking",
         "pessimistic locks the row first, optimistic checks a version column when it writes "
         "and retries on a conflict"),
        # leaving for dinner, and an emoji, are no answer
        ("what is a race condition", ""),
    ]  # fmt: skip


SR_NOTE = """\
# Web cards

#flashcards/web

What status code means the client sent too many requests::429, with a Retry-After header.

Write the SQL that counts orders per customer
?
```sql
SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id;
```

CSRF token:::A secret the server puts in each form and checks on submit.

What does HSTS tell a browser::Only ever to reach the site over HTTPS.
"""


def test_spaced_repetition_cards_keep_a_terms_card_and_cards_after_code():
    assert read_text(SR_NOTE).read_as == READ_AS_FLASHCARDS
    pairs = pairs_of(SR_NOTE)

    assert [prompt for prompt, _ in pairs] == [
        "What status code means the client sent too many requests",
        "Write the SQL that counts orders per customer",
        "CSRF token",
        "What does HSTS tell a browser",
    ]
    assert "GROUP BY customer_id" in pairs[1][1]
    assert pairs[2][1] == "A secret the server puts in each form and checks on submit."
    assert pairs[3][1] == "Only ever to reach the site over HTTPS."


SQL_DRILL = """\
-- ==============================================
--  Drill 4: joins and isolation
-- ==============================================

-- Q1: Return each customer with the number of orders they placed.
SELECT c.id, COUNT(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id;
-- LEFT JOIN keeps the customers with no order, counted as 0.

/* Q2: Why can two SELECTs in one READ COMMITTED transaction
       return different rows? */
-- Each statement takes its own snapshot, so a commit made between them is seen by the
-- second one.

-- Q3: Delete duplicate emails, keeping the lowest id.
DELETE FROM users a USING users b
WHERE a.email = b.email AND a.id > b.id;

-- Q4: When does a partial index help?
-- todo
"""


def test_a_sql_script_reads_its_comments_as_text_and_its_queries_as_code():
    assert read_text(SQL_DRILL).read_as == READ_AS_SQL
    pairs = pairs_of(SQL_DRILL)

    assert [prompt for prompt, _ in pairs] == [
        "Return each customer with the number of orders they placed.",
        # wrapped inside its block comment: one question
        "Why can two SELECTs in one READ COMMITTED transaction return different rows?",
        "Delete duplicate emails, keeping the lowest id.",
        "When does a partial index help?",
    ]
    assert "```sql" in pairs[0][1] and "counted as 0" in pairs[0][1]
    assert pairs[1][1].startswith("Each statement takes its own snapshot")
    assert "DELETE FROM users" in pairs[2][1]
    assert pairs[3][1] == ""


def test_prose_about_queries_is_no_sql_script():
    notes = (
        "-- my notes --\n"
        "Select the columns you need first.\n"
        "Update the stats after a big load.\n"
        "Create an index only for a query that needs it.\n"
        "-- more later\n-- and more\n"
    )
    assert read_text(notes).read_as != READ_AS_SQL
    # a Word export's text between its style sheet and a signature: statements that never
    # end with their ";", however many lines of the style sheet do
    exported = (
        "/* Style Definitions */\n"
        "p.MsoNormal {\nmargin: 0;\nfont-size: 11pt;\nfont-family: Calibri;\n}\n\n"
        "Explain transaction.atomic in your own words.\n"
        "Update: they also asked about savepoints.\n"
        "Select your best answer and say it aloud.\n\n"
        "-- \nSam\n-- sent from my phone\n"
    )
    assert read_text(exported).read_as != READ_AS_SQL
    # study notes with a query under each question, and a note in SQL's comments
    notes = "".join(
        f"{n}. {question}\n{answer}\nSELECT {column} FROM t;\n-- note: {column}\n\n"
        for n, (question, answer, column) in enumerate(
            [
                ("What is the difference between WHERE and HAVING?", "WHERE filters rows.", "a"),
                ("What does COUNT(*) count?", "Every row, nulls too.", "b"),
                ("What is a CTE?", "A named subquery for one statement.", "c"),
            ],
            1,
        )
    )
    assert read_text(notes).read_as != READ_AS_SQL
    assert len(pairs_of(notes)) == 3


def test_a_bookmark_to_read_later_has_no_answer():
    page = """\
<!DOCTYPE NETSCAPE-Bookmark-file-1>
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><H3>Interview</H3>
    <DL><p>
        <DT><A HREF="https://example.org/mvcc">How does MVCC work in Postgres?</A>
        <DD>Every update writes a new row version; readers see the versions their snapshot allows.
        <DT><A HREF="https://example.org/wal">What is the write-ahead log for?</A>
        <DD>read later
        <DT><A HREF="https://example.org/pgbouncer">PgBouncer configuration reference</A>
        <DD>the pool_mode section is the useful part
        <DT><A HREF="https://example.org/locks">Which locks does ALTER TABLE take?</A>
        <DD>to read this weekend
    </DL><p>
</DL><p>
"""
    assert pairs_of(page) == [
        ("How does MVCC work in Postgres?",
         "Every update writes a new row version; readers see the versions their snapshot allows."),
        ("What is the write-ahead log for?", ""),
        ("Which locks does ALTER TABLE take?", ""),
    ]  # fmt: skip


STUDY_ROOM = """\
[18:00] maya: same format as last time?
[18:01] leo: yep. Q1 what does an index cost on writes?
[18:02] maya: every insert and update must change the index too
[18:03] leo: Q2 how do you size a connection pool
[18:04] maya: pass 😅 anyone?
[18:05] sam: twice the cores, then measure: more connections only queue inside postgres
[18:06] maya: is this Stripe? the list looks like theirs
[18:07] leo: are the redis questions too hard for mid-level?
[18:08] sam: who here has done a live coding round this year?
[18:09] leo: who wants to do the async one next week?
[18:10] maya: what's the TC for this role btw?
"""


def test_a_study_rooms_own_business_asks_no_interview_question():
    assert pairs_of(STUDY_ROOM) == [
        ("what does an index cost on writes?", "every insert and update must change the index too"),
        ("how do you size a connection pool",
         "twice the cores, then measure: more connections only queue inside postgres"),
    ]  # fmt: skip


def test_a_wikis_note_on_why_it_exists_is_no_question():
    wiki = (
        "# Backend interview bank\n\n## Why a shared question bank?\n\n"
        "So every interviewer asks comparable questions.\n\n"
        "## What is a covering index?\n\nAn index that holds every column a query reads.\n\n"
        "## Is there a reason we're not reusing the old wiki?\n\nIt was out of date.\n"
    )
    assert [prompt for prompt, _ in pairs_of(wiki)] == ["What is a covering index?"]
