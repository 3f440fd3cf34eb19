"""What tools export or copy: a live Q&A tool's export of a talk (the audience's questions,
their votes, the host's replies) with the talk's own business asked beside the interview
questions, a doc's table copied with its toolbar above it and its count below, a webinar's
report under its preamble, and a note whose answers are its footnotes."""

from questions.importing.reading import READ_AS_ROWS, read_text
from tests.questions.importing.documents import pairs_of

LIVE_QA = """\
Question,Author,Votes,Answered,Date,Reply,Reply author
Is this being recorded?,Anonymous,14,Yes,2025-03-11 18:02,"Yes, it goes out tomorrow.",Host
Why is a B-tree index useless for LIKE '%term'?,Kofi,31,Yes,2025-03-11 18:05,"The index is \
sorted by the value's start, so a pattern that starts with a wildcard cannot narrow the \
range: PostgreSQL reads every row. A trigram or full-text index answers it instead.",Speaker
Can we get a certificate of attendance?,Anonymous,2,No,2025-03-11 18:06,,
Had this one at a fintech onsite in May. What does idempotency mean for a payment API?,\
Ines,22,Yes,2025-03-11 18:09,"Retrying the same request has the effect of doing it once: \
the client sends an idempotency key and the server stores the first result under it.",Speaker
"the stream keeps freezing for me, anyone else?",Anonymous,1,No,2025-03-11 18:10,,
How do you size a connection pool for PostgreSQL?,Anonymous,9,No,2025-03-11 18:12,,
Where can I download the recording?,Sam,4,Yes,2025-03-11 18:14,"It goes out by mail tomorrow.",Host
"""


def test_a_live_qa_export_reads_its_reply_column_as_the_answer():
    answers = dict(pairs_of(LIVE_QA))
    assert answers["Why is a B-tree index useless for LIKE '%term'?"].startswith(
        "The index is sorted by the value's start"
    )
    assert answers["How do you size a connection pool for PostgreSQL?"] == ""


def test_the_talks_own_business_is_not_an_interview_question():
    prompts = [prompt for prompt, _ in pairs_of(LIVE_QA)]
    assert len(prompts) == 3
    for asked in ("recorded", "certificate", "freezing", "download"):
        assert not any(asked in prompt for prompt in prompts), asked


def test_where_a_question_was_asked_is_not_part_of_it():
    answers = dict(pairs_of(LIVE_QA))
    assert "What does idempotency mean for a payment API?" in answers


def test_a_column_of_questions_alone_is_read_as_questions_to_answer():
    sheet = (
        "Question,Votes,Date\n"
        "What is a covering index?,12,2025-03-11\n"
        "How does MVCC avoid read locks?,9,2025-03-11\n"
        "When would you pick Redis Streams over pub/sub?,4,2025-03-11\n"
    )
    assert pairs_of(sheet) == [
        ("What is a covering index?", ""),
        ("How does MVCC avoid read locks?", ""),
        ("When would you pick Redis Streams over pub/sub?", ""),
    ]


DOC_TABLE = (
    "Interview prep\nMaya edited 2 days ago\nShare\nPages\nQuestion bank\nMock log\n"
    "Study schedule\nSettings\n\nQuestion bank\n\n"
    "Everything we collected from the Tuesday study group. Add a row when you get asked\n"
    "something new, and fill in the answer later if you need to.\n\n"
    "Add row\tFilter\tSort\tSearch\n"
    "All questions\tBy topic\tLow confidence\n"
    "Question\tAnswer\tTopic\tConfidence\n"
    "What is a partial index?\tAn index over the rows a WHERE clause picks.\tPostgreSQL\tHigh\n"
    "How does Redis expire keys?\tLazily on access, and by sampling keys with a TTL.\tRedis\tLow\n"
    "What does a 409 status mean?\t\tHTTP\tLow\n"
    "3 rows\tCount: 3\n\nComments (3)\nTom · Mar 9\nAdded a column for the company.\n"
    "Maya · Mar 9\nThanks, the low confidence view works again.\nTom · Mar 10\n"
    "Great, see you all on Tuesday.\nReply to thread\n\nRelated\nMock interview log\n"
    "Last session: Mar 12\n"
)


def test_a_docs_table_is_read_under_its_toolbar_and_without_its_count():
    assert read_text(DOC_TABLE).read_as == ""  # a page with a table in it, not a sheet
    assert pairs_of(DOC_TABLE) == [
        ("What is a partial index?", "An index over the rows a WHERE clause picks."),
        ("How does Redis expire keys?", "Lazily on access, and by sampling keys with a TTL."),
        ("What does a 409 status mean?", ""),
    ]


def test_a_sheets_count_of_rows_under_it_is_no_question():
    sheet = (
        "Question\tAnswer\n"
        "What is a covering index?\tOne that holds every column the query reads.\n"
        "What does VACUUM do?\tMarks dead row versions reusable.\n"
        "Why use a connection pool?\tOpening a connection costs a process and a handshake.\n"
        "3 rows\tCount: 3\n"
    )
    assert [prompt for prompt, _ in pairs_of(sheet)] == [
        "What is a covering index?",
        "What does VACUUM do?",
        "Why use a connection pool?",
    ]


REPORT = """\
Question and Answer Report
Report Generated:,"Apr 2, 2025 10:02 AM"
Topic,Webinar ID,Actual Start Time,# Question
Postgres for backend interviews,812 5531 2290,"Apr 1, 2025 06:00 PM",4
Panelist Details
Attended,User Name (Original Name),Email
Yes,Ana Ruiz,ana@example.com
Question Details
#,Question,Asker Name,Asker Email,Answer(s)
1,What does VACUUM FULL do that VACUUM does not?,Kofi,kofi@example.com,"Ana Ruiz(Apr 1, \
2025 06:12:40 PM): It rewrites the table into a new file, giving space back to the OS, under \
an ACCESS EXCLUSIVE lock."
2,Is this being recorded?,Sam,sam@example.com,Live answered
6,How would you shard a table by tenant?,Lee,,Live answered
3,When would you pick a BRIN index?,Ines,,"Ana Ruiz(Apr 1, 2025 06:20:05 PM): For huge \
tables whose rows are stored in the order of the column, like append-only event logs."
4,How do you find the slowest queries?,Lee,lee@example.com,
5,"Thanks so much, this was great!!",Kofi,kofi@example.com,
"""


def test_a_webinar_reports_table_is_read_under_its_preamble():
    assert pairs_of(REPORT) == [
        (
            "What does VACUUM FULL do that VACUUM does not?",
            "It rewrites the table into a new file, giving space back to the OS, under an "
            "ACCESS EXCLUSIVE lock.",
        ),
        ("How would you shard a table by tenant?", ""),  # answered out loud, not here
        (
            "When would you pick a BRIN index?",
            "For huge tables whose rows are stored in the order of the column, like append-only "
            "event logs.",
        ),
        ("How do you find the slowest queries?", ""),
    ]


FOOTNOTED = """\
# Week 3 notes

Answers are in the footnotes, so I can quiz myself with them collapsed.[^why]

1. What is a covering index?[^1]
2. Why is `COPY` faster than many `INSERT` statements?[^2]
3. What are pytest fixture scopes? — skip for now
4. What does `asyncio.shield` do?[^3]

[^why]: Obsidian tucks them away at the bottom.
[^1]: An index that holds every column the query reads, so the table is never visited.
[^2]: One statement and one round trip for all the rows, with less per-row overhead.

    It also skips most of the planner's work.
[^3]: It keeps the inner task running when the outer await is cancelled.
"""


def test_answers_in_footnotes_are_read_under_their_questions():
    assert pairs_of(FOOTNOTED) == [
        ("What is a covering index?",
         "An index that holds every column the query reads, so the table is never visited."),
        ("Why is `COPY` faster than many `INSERT` statements?",
         "One statement and one round trip for all the rows, with less per-row overhead.\n\n"
         "It also skips most of the planner's work."),
        ("What are pytest fixture scopes?", ""),
        ("What does `asyncio.shield` do?",
         "It keeps the inner task running when the outer await is cancelled."),
    ]  # fmt: skip


def test_a_footnote_citing_a_source_in_prose_stays_where_it_is():
    note = (
        "## What is MVCC?\n\nEach row keeps versions, so readers never block writers.[^1]\n\n"
        "## What is a HOT update?\n\nAn update that stays on the same page.[^2]\n\n"
        "[^1]: The PostgreSQL manual, chapter 13.\n[^2]: The PostgreSQL manual, chapter 73.\n"
    )
    answers = [answer for _, answer in pairs_of(note)]
    assert answers[0] == "Each row keeps versions, so readers never block writers.[^1]"
    assert answers[1].startswith("An update that stays on the same page.[^2]")


SHEET_WITH_NOTES = """\
Backend question bank (shared) - tab: Backend,,,,
"Notes: add rows under the right category. Leave Long answer blank if unsure.",,,,
,,,,
Topic,Question,Short answer,Long answer,Source
PYTHON,,,,
Python,What are __slots__ for?,A fixed attribute list instead of a per-instance dict.,,fintech
Python,How does the with statement work?,Calls __enter__ and __exit__.,"__exit__ gets the \
exception and may suppress it.
contextlib.contextmanager writes one as a generator.",Fluent Python
DATABASES,,,,
PostgreSQL,What is a partial index?,,,Glassdoor
"""


def test_a_sheets_table_is_read_under_its_title_and_notes_with_both_answers():
    assert pairs_of(SHEET_WITH_NOTES) == [
        ("What are __slots__ for?", "A fixed attribute list instead of a per-instance dict."),
        ("How does the with statement work?",
         "Calls __enter__ and __exit__.\n\n__exit__ gets the exception and may suppress it.\n"
         "contextlib.contextmanager writes one as a generator."),
        ("What is a partial index?", ""),
    ]  # fmt: skip


def test_a_trackers_rows_under_a_title_are_not_taken_for_a_header():
    export = (
        "Interview board export,,,\n"
        "Key,Type,Summary,Description\n"
        "BIQ-1,Question,What is a covering index?,One that holds every column the query reads.\n"
        "BIQ-2,Question,What does VACUUM reclaim?,Dead row versions.\n"
        "BIQ-3,Question,Why use a connection pool?,Connections are expensive to open.\n"
        "BIQ-4,Task,Book the interview room,\n"
    )
    assert [prompt for prompt, _ in pairs_of(export)] == [
        "What is a covering index?",
        "What does VACUUM reclaim?",
        "Why use a connection pool?",
    ]


def test_a_sheets_other_long_column_is_its_answer_and_its_topics_stay_questions():
    sheet = (
        "Question,Explanation,Category\n"
        "What is a covering index?,One that holds every column the query reads.,PostgreSQL\n"
        "GIL,,Python\n"
        "Docker multi-stage builds,,Docker\n"
        "Why use a connection pool?,Opening a connection costs a process and a handshake.,DB\n"
    )
    assert pairs_of(sheet) == [
        ("What is a covering index?", "One that holds every column the query reads."),
        ("GIL", ""),
        ("Docker multi-stage builds", ""),
        ("Why use a connection pool?", "Opening a connection costs a process and a handshake."),
    ]


def test_a_notes_small_table_over_its_prose_is_no_report():
    note = (
        "Rate limiting notes\n"
        "question,answer,topic\n"
        "What is a token bucket?,Tokens refill at a fixed rate; each request takes one.,api\n"
        "What is a leaky bucket?,Requests drain at a fixed rate from a queue.,api\n"
        "What is a sliding window?,Counts requests in the last N seconds.,api\n"
        "What is a fixed window?,Counts requests per calendar minute.,api\n"
        "\n"
        "## How would you rate limit per API key in Redis?\n\n"
        "Token bucket per API key in Redis, refilled lazily on each request.\n"
    )
    answers = dict(pairs_of(note))
    assert answers["How would you rate limit per API key in Redis?"] == (
        "Token bucket per API key in Redis, refilled lazily on each request."
    )


def test_a_column_of_long_text_beside_the_questions_is_not_thrown_away():
    sheet = (
        "Question,Why it matters,Votes\n"
        "What is a covering index?,Index-only scans never touch the table at all.,4\n"
        "What does VACUUM reclaim?,Dead row versions would otherwise bloat every table.,3\n"
        "Why use a connection pool?,Each connection is a whole backend process in Postgres.,2\n"
    )
    assert read_text(sheet).read_as != READ_AS_ROWS  # not cards whose answers were dropped


def test_one_footnoted_question_is_a_citation_and_a_shared_footnote_answers_each():
    cited_once = "## What is MVCC?[^1]\n\nRow versions.\n\n[^1]: The manual, chapter 13.\n"
    assert pairs_of(cited_once)[0][1].startswith("Row versions.")
    shared = (
        "1. What is a covering index?[^a]\n2. When does an index-only scan happen?[^a]\n"
        "3. What does VACUUM reclaim?[^b]\n\n"
        "[^a]: When every column the query reads is in the index.\n[^b]: Dead row versions.\n"
    )
    answers = [answer for _, answer in pairs_of(shared)]
    assert answers.count("When every column the query reads is in the index.") == 2


def test_a_reports_footer_under_its_table_is_no_reason_to_drop_it():
    assert pairs_of(REPORT + "\nExported by Zoom\n")[0][0] == (
        "What does VACUUM FULL do that VACUUM does not?"
    )
