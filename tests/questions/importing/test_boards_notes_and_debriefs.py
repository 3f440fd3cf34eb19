"""A whiteboard's sticky notes, a podcast's show notes, a wiki's table copied as tabbed text,
an interview loop's debrief, a newsletter's mailbag, a definition list of terms, and the
small talk around them."""

import json

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import READ_AS_ROWS, READ_AS_SHOW_NOTES, read_text
from tests.questions.importing.documents import pairs_of

STICKIES_BY_TAG = """\
"Content","Type","Color","Frame","Tags"
"Workshop board","text","","","",
"Agenda","frame","","Agenda",""
"10:00 Warm-up","sticky_note","pink","Agenda","agenda"
"Python","frame","","Python",""
"What does the GIL stop?","sticky_note","yellow","Python","question"
"Two threads running bytecode at once in one interpreter.","sticky_note","green","Python","answer"
"Explain a generator","sticky_note","yellow","Python","question"
"ask Dana","sticky_note","green","Python","answer"
"Why is a list a bad default argument?","sticky_note","yellow","Python","question"
"It is built once, when def runs, and every call shares it.","sticky_note","green","Python","answer"
"Parking lot","frame","","Parking lot",""
"Who brings snacks?","sticky_note","blue","Parking lot","parking-lot"
"""


def test_a_boards_stickies_pair_questions_with_the_answers_after_them():
    assert read_text(STICKIES_BY_TAG).read_as == READ_AS_ROWS
    assert pairs_of(STICKIES_BY_TAG) == [
        ("What does the GIL stop?", "Two threads running bytecode at once in one interpreter."),
        ("Explain a generator", ""),  # "ask Dana" is no answer
        ("Why is a list a bad default argument?",
         "It is built once, when def runs, and every call shares it."),
    ]  # fmt: skip


def test_a_boards_stickies_without_tags_go_by_their_colours():
    rows = "Text,Color\n" + "".join(
        f'"{question}",yellow\n"{answer}",green\n'
        for question, answer in [
            ("What is an index for?", "Finding rows without reading the whole table."),
            ("Why use a connection pool?", "Opening a connection costs a process and a login."),
            ("What does VACUUM reclaim?", "The space of dead row versions."),
        ]
    )
    pairs = pairs_of(rows + '"Lunch at noon",pink\n')

    assert [prompt for prompt, _ in pairs] == [
        "What is an index for?",
        "Why use a connection pool?",
        "What does VACUUM reclaim?",
    ]
    assert pairs[2][1] == "The space of dead row versions."


SHOW_NOTES = """\
# Episode 12: Database interviews

**Host:** Sam · 48 min

## Chapters

(00:00) Intro
(01:30) Sponsor: Querybase
(03:10) What is an index, really?
(09:45) How do you find a slow query?
(15:20) Explain MVCC to a product manager
(22:05) What is a deadlock?
(40:00) Outro

## Highlights

**(03:10) Indexes.** A sorted structure beside the table that finds rows without a full scan, \
at the cost of slower writes.

**(15:20) MVCC.** Every update writes a new row version, and each transaction reads the \
versions its snapshot allows, so readers never block writers.

> Got a question for the show? Write to us.
"""


def test_show_notes_answer_each_chapter_that_asks_by_its_time():
    assert read_text(SHOW_NOTES).read_as == READ_AS_SHOW_NOTES
    assert pairs_of(SHOW_NOTES) == [
        ("What is an index, really?",
         "A sorted structure beside the table that finds rows without a full scan, at the cost "
         "of slower writes."),
        ("How do you find a slow query?", ""),
        ("Explain MVCC to a product manager",
         "Every update writes a new row version, and each transaction reads the versions its "
         "snapshot allows, so readers never block writers."),
        ("What is a deadlock?", ""),
    ]  # fmt: skip


WIKI_WITH_TABLE = (
    "Interview wiki\nLast edited by Karen on 3/21/2024\n\n"
    "This wiki collects the questions we ask in backend interviews. Keep answers short.\n\n"
    "**How do Django migrations work?**\nmakemigrations writes the operations, migrate applies "
    "them in order.\n\n"
    "**What is a cache stampede?**\nMany requests miss one expired key at once and all "
    "rebuild it.\n\n"
    "**When would you use a sorted set?**\nFor anything ordered by a score, like a "
    "leaderboard.\n\n"
    "Open questions\nLast edited by Karen on 3/21/2024\n\n"
    "Add new questions at the bottom.\n\n"
    "Question\tOwner\tAnswer\n"
    "What is a reverse proxy?\tOmar\tA server in front of the app that takes client "
    "connections and forwards them upstream.\n"
    "Why pin base image versions?\tPriya\t\n"
    "What does EXPLAIN ANALYZE show?\tKaren\tThe plan it ran, with real row counts and timings.\n"
    "\nComments\nOmar  3/21/2024 10:02 AM\nShould we split the Docker questions out?\n"
)


def test_a_table_copied_as_tabbed_lines_among_text_is_read_by_its_columns():
    pairs = pairs_of(WIKI_WITH_TABLE)

    # the next page's title and byline end the answer above them
    assert pairs[2] == (
        "When would you use a sorted set?",
        "For anything ordered by a score, like a leaderboard.",
    )
    assert pairs[3:] == [
        ("What is a reverse proxy?",
         "A server in front of the app that takes client connections and forwards them "
         "upstream."),
        ("Why pin base image versions?", ""),
        ("What does EXPLAIN ANALYZE show?", "The plan it ran, with real row counts and timings."),
    ]  # fmt: skip


DEBRIEF = """\
# Debrief: Senior Backend Engineer

Open question for the HC: do we level this as Senior or push for Staff?

## Round 1 (Tom)

**Q:** What happens to a coroutine that is never awaited?

**Candidate said:** Nothing runs. Good answer.

**Expected:** Calling it only creates a coroutine object; its body never runs, and Python \
warns when the object is collected without being awaited.

**Signal:** strong hire

**Q:** Explain what the GIL protects.

**Candidate said:** "It prevents race conditions in your code, so you need no locks."

**Signal:** lean no, a misconception

**Q:** How would you make a class usable in a `with` statement?

**Candidate said:** Define `__enter__` and `__exit__`, or use `contextlib.contextmanager`.

**Signal:** hire
"""


def test_a_debrief_answers_with_what_was_expected_never_a_poor_answer():
    drafts = [clean_item(item) for item in parse_document(read_text(DEBRIEF).text).items]

    assert [draft.prompt for draft in drafts] == [
        "What happens to a coroutine that is never awaited?",
        "Explain what the GIL protects.",
        "How would you make a class usable in a `with` statement?",
    ]
    expected, poor, good = drafts
    # the interviewer's expectation (what a good answer holds), not what the candidate said,
    # nor the verdict
    assert expected.answer == ""
    assert expected.answer_outline.startswith("Calling it only creates a coroutine object")
    assert "Good answer" not in expected.answer_outline
    assert "strong hire" not in expected.answer_outline
    # a misconception the interviewer marked down is no answer to publish
    assert poor.answer == "" and poor.answer_outline == ""
    # with nothing expected, a good answer the candidate gave is the answer
    assert good.answer == "Define `__enter__` and `__exit__`, or use `contextlib.contextmanager`."


NEWSLETTER = """\
QUESTION OF THE WEEK

What happens when you type a URL into the browser and press Enter?

Our answer:
DNS, then TCP and TLS, then the HTTP request, then the page is parsed and rendered.

READER MAILBAG

Tomás asks:
What's the real difference between a unit test and an integration test? My team argues \
about it every sprint.

A unit test checks one piece in isolation; an integration test wires real parts together.

That's it for this week. What topic should we cover next? Just hit reply.
"""


def test_a_newsletters_answer_label_and_a_readers_question_with_a_remark():
    assert pairs_of(NEWSLETTER) == [
        ("What happens when you type a URL into the browser and press Enter?",
         "DNS, then TCP and TLS, then the HTTP request, then the page is parsed and rendered."),
        ("What's the real difference between a unit test and an integration test?",
         "A unit test checks one piece in isolation; an integration test wires real parts "
         "together."),
    ]  # fmt: skip


def test_a_definition_lists_term_is_its_question_even_when_it_does_not_ask():
    notes = (
        "What is a race condition?\n: Two operations race on shared state.\n\n"
        "Optimistic vs pessimistic locking\n: One checks a version when it writes, the other "
        "locks first.\n\n"
        "What is a materialized view?\n: TODO\n"
    )
    assert pairs_of(notes) == [
        ("What is a race condition?", "Two operations race on shared state."),
        ("Optimistic vs pessimistic locking",
         "One checks a version when it writes, the other locks first."),
        ("What is a materialized view?", ""),
    ]  # fmt: skip


def test_a_headings_question_going_on_in_lower_case_under_it_is_one_question():
    notebook_like = (
        "### Q1. Implement a token-bucket rate limiter class\n"
        "with `allow()` returning True or False.\n\n"
        "### Q2. Write a context manager that times a block.\n\n"
        "```python\n@contextmanager\ndef timer():\n    yield\n```\n"
    )
    assert pairs_of(notebook_like)[0] == (
        "Implement a token-bucket rate limiter class with `allow()` returning True or False.",
        "",
    )


GROUP_SPACE = """\
Priya Raman, 9:58 AM
Morning all! How's everyone doing? ☕

Marcus Chen, 10:02 AM
what's the difference between threads and processes in Python, given the GIL?

Priya Raman
10:06 AM
Threads share one interpreter and its GIL; processes each have their own, so only they \
run Python code in parallel.

Aisha Bello, 11:15 AM
Is the 2pm mock room booked or are we doing it on Meet?

Dev Patel, 11:16 AM
is the big room free for Thursday's design round?

Priya Raman
11:16 AM
Meet, link in the invite

Aisha Bello, 9:05 AM
How do you find a memory leak in a long-running Python service?

Priya Raman
9:40 AM
good q, I'll write a proper answer tonight

Marcus Chen
9:41 AM
following

Dev Patel, 4:30 PM
That's it from me folks, anyone free for a mock design round Friday?
"""


def test_a_chat_spaces_greetings_and_room_booking_ask_nothing():
    assert pairs_of(GROUP_SPACE) == [
        ("what's the difference between threads and processes in Python, given the GIL?",
         "Threads share one interpreter and its GIL; processes each have their own, so only they "
         "run Python code in parallel."),
        # a promise of an answer is none
        ("How do you find a memory leak in a long-running Python service?", ""),
    ]  # fmt: skip


def test_an_unfinished_section_and_a_note_to_ask_someone_are_no_answers():
    page = (
        "## How should you manage a database session per request?\n\n"
        "This section is still being drafted, suggested edits welcome.\n\n"
        "## How do you test code that calls an external API?\n\nask Dana\n\n"
        "## What is a covering index?\n\nAn index that holds every column a query reads.\n"
    )
    assert [answer for _, answer in pairs_of(page)] == [
        "",
        "",
        "An index that holds every column a query reads.",
    ]


def test_a_notebooks_task_cell_over_its_code_is_one_question():
    def cell(kind: str, source: str) -> dict:
        return {"cell_type": kind, "metadata": {}, "source": source}

    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            cell("markdown", "# Drills\n\nTen minutes each."),
            cell(
                "markdown",
                "### Q1. Fetch three URLs concurrently.\n\nShow that the total "
                "time is the slowest call's, not the sum.",
            ),
            cell("code", "await asyncio.gather(*(fetch(url) for url in urls))"),
            cell(
                "markdown",
                "### Q3. What is a list comprehension?\nIt builds a list in one expression.",
            ),
            cell("code", "[x * x for x in range(3)]"),
            cell("markdown", "### Q2. Explain `yield from`."),
            cell("markdown", "**Answer:** it hands every value of a sub-generator through."),
        ],
    }
    pairs = pairs_of(json.dumps(notebook))

    assert pairs[0][0] == (
        "Fetch three URLs concurrently. Show that the total time is the slowest call's, "
        "not the sum."
    )
    assert "asyncio.gather" in pairs[0][1] and "Show that" not in pairs[0][1]
    # a heading that asks is answered by the prose under it
    assert pairs[1][0] == "What is a list comprehension?"
    assert pairs[1][1].startswith("It builds a list in one expression.")
    assert pairs[2] == ("Explain `yield from`.", "it hands every value of a sub-generator through.")


def test_a_tab_separated_sheet_in_code_or_with_pipes_in_its_cells_stays_as_it_is():
    fenced = (
        "### Q1. What does this TSV hold?\n\n```\nname\tscore\tteam\nana\t3\tx\nbo\t4\ty\n```\n"
    )
    assert "name\tscore\tteam" in read_text(fenced).text.replace("    ", "\t")
    piped = (
        "Team notes, kept short.\n\n**What is a process?**\nA running program.\n\n"
        "**What is a thread?**\nA path of execution inside a process.\n\n"
        "**What is a signal?**\nA message the kernel sends a process.\n\n"
        "**What is a file descriptor?**\nA number that names an open file.\n\n"
        "**What is a zombie process?**\nOne that exited and was never waited for.\n\n"
        "**What is an inode?**\nThe record of a file's metadata on disk.\n\n"
        "Question\tOwner\tAnswer\nWhat is a pipe | in a shell?\tOmar\tIt feeds one "
        "command's output to the next.\nWhat is a socket?\tAna\tAn endpoint.\n"
        "What is a port?\tBo\tA number.\n"
    )
    assert "| Question | Owner | Answer |" not in read_text(piped).text


def test_timed_chats_are_no_show_notes():
    chat = "".join(
        f"[10:3{i} AM] {who}: {said}\n"
        for i, (who, said) in enumerate(
            [
                ("Ben", "What is the GIL?"),
                ("Ana", "A lock so only one thread runs bytecode."),
                ("Ben", "What is a deadlock?"),
                ("Ana", "Two transactions waiting on each other."),
                ("Ben", "What is MVCC?"),
                ("Ana", "Row versions per snapshot."),
            ]
        )
    )
    assert read_text(chat).read_as != READ_AS_SHOW_NOTES
    assert pairs_of(chat)[0] == ("What is the GIL?", "A lock so only one thread runs bytecode.")


def test_the_rooms_and_apps_of_real_questions_are_no_small_talk():
    page = "".join(
        f"### Q{i}. {question}\n\nAn answer.\n\n"
        for i, question in enumerate(
            [
                "How would you scale group video calls on Zoom?",
                "How do you make sure a parking slot is reserved only once?",
                "How did Python become the default language for data science?",
                "Should we hire for skills or for potential?",
            ],
            1,
        )
    )
    assert len(pairs_of(page)) == 4


def test_bold_labels_in_an_ordinary_answer_are_the_answers_own():
    page = (
        "## Q1. How would you design a bowling score calculator?\n\n"
        "Keep a list of rolls and walk it frame by frame.\n"
        "**Score:** each frame adds its pins plus the bonus rolls.\n\n"
        "## Q2. What does this print?\n\n**Expected:** [1, 2, 3], because the list is shared.\n"
    )
    drafts = [clean_item(item) for item in parse_document(read_text(page).text).items]

    assert "**Score:** each frame adds" in drafts[0].answer
    assert drafts[1].answer.startswith("**Expected:** [1, 2, 3]")


def test_a_positive_verdict_keeps_the_candidates_answer():
    debrief = (
        "**Q:** How do you make a class usable in a `with` statement?\n\n"
        "**Candidate said:** Define `__enter__` and `__exit__`.\n\n**Signal:** hire, no concerns\n"
    )
    assert pairs_of(debrief) == [
        (
            "How do you make a class usable in a `with` statement?",
            "Define `__enter__` and `__exit__`.",
        )
    ]


def test_a_headings_question_is_not_joined_with_its_lower_case_answer():
    notes = "### What is the GIL\na lock that lets only one thread run bytecode at a time.\n"
    assert pairs_of(notes) == [
        ("What is the GIL", "a lock that lets only one thread run bytecode at a time.")
    ]


def test_a_list_in_capitals_under_an_answer_is_kept():
    cards = (
        "Q: What does SOLID stand for?\nA: Five design principles.\nSINGLE RESPONSIBILITY\n"
        "OPEN CLOSED\nLISKOV SUBSTITUTION\n\nQ: What is a deadlock?\nA: Two waits in a cycle.\n"
    )
    # (each is no title of a next question: none is set apart by a blank line)
    assert "SINGLE RESPONSIBILITY\nOPEN CLOSED" in pairs_of(cards)[0][1]


def test_a_readers_question_keeps_its_code_and_its_second_question():
    mailbag = (
        "Tomás asks:\nWhat is the difference between `user?.name` and `user.name`? I mix them.\n\n"
        "The first returns undefined for a null user.\n\n"
        "Ben asks:\nHow do you size a pool? And what happens when it runs out?\n\n"
        "Start at twice the cores; callers then wait.\n"
    )
    assert [prompt for prompt, _ in pairs_of(mailbag)] == [
        "What is the difference between `user?.name` and `user.name`?",
        "How do you size a pool? And what happens when it runs out?",
    ]


def test_stickies_coloured_by_topic_or_with_an_answer_column_are_not_paired_by_colour():
    questions = [
        ("What is the GIL?", "yellow"),
        ("What is an index?", "green"),
        ("What is a decorator?", "yellow"),
        ("What is MVCC?", "green"),
        ("What is a generator?", "yellow"),
        ("What is VACUUM?", "green"),
    ]
    by_topic = "Note,Color\n" + "".join(
        f'"{question}",{colour}\n' for question, colour in questions
    )
    # green is a topic here, not the answers' colour: no question answers another
    assert [prompt for prompt, _ in pairs_of(by_topic)] == [question for question, _ in questions]
    with_answers = (
        "Card,Color,Answer\n"
        '"What is the GIL?",yellow,"A lock."\n"What is MVCC?",yellow,"Row versions."\n'
        '"What is an index?",yellow,"A sorted structure."\n"What is VACUUM?",yellow,"Cleanup."\n'
    )
    assert pairs_of(with_answers) == [
        ("What is the GIL?", "A lock."),
        ("What is MVCC?", "Row versions."),
        ("What is an index?", "A sorted structure."),
        ("What is VACUUM?", "Cleanup."),
    ]


def test_a_sheet_copied_as_tsv_with_cells_quoted_over_lines_is_read_by_its_rows():
    sheet = (
        "#\tTopic\tQuestion\tModel answer\n"
        "1\tPython\tWhat is a tuple?\tAn immutable sequence.\n"
        '2\tPython\t"Explain a context manager.\nWrite one with contextlib."\t"__enter__ on '
        "the way in,\n__exit__ on the way out,\neven when the block raises.\n\n"
        'Use @contextmanager around a yield."\n'
        "3\tDB\tWhat is MVCC?\t\n"
        "4\tDB\tWhat does VACUUM do?\tIt frees dead row versions.\n"
    )
    assert read_text(sheet).read_as == READ_AS_ROWS
    pairs = pairs_of(sheet)

    assert [prompt for prompt, _ in pairs] == [
        "What is a tuple?",
        "Explain a context manager. Write one with contextlib.",
        "What is MVCC?",
        "What does VACUUM do?",
    ]
    assert pairs[1][1].endswith("Use @contextmanager around a yield.") and pairs[2][1] == ""


def test_review_of_set_35_real_questions_and_answers_stay():
    # an answer that starts with an imperative is an answer, not more of the question
    assert pairs_of(
        "How do you find a memory leak? Compare two heap snapshots taken a minute apart.\n\n"
        "What is a closure? A function that keeps its scope.\n\n"
        "What should you do before a refactor? Write tests that pin the current behaviour.\n"
    )[0] == ("How do you find a memory leak?", "Compare two heap snapshots taken a minute apart.")
    # a footer under an answer is no page title's byline
    assert pairs_of(
        "Q: What is a WAL?\nA: Changes are written to a log first, then to the data files.\n"
        "Last edited by Tom on 2/27/2024 3:05 PM\n\nQ: What is MVCC?\nA: Row versions.\n"
    )[0][1].startswith("Changes are written to a log first")
    # answers that only mention a thread, a solution or spoilers
    for answer in (
        "Watching the thread dump with jstack shows which lock each thread holds.",
        "No spoilers: ask a question that leads the author to the bug.",
    ):
        assert pairs_of(f"## How do you find a deadlock?\n\n{answer}\n")[0][1] == answer
    # a report's quarters and real questions that start like small talk
    assert (
        pairs_of(
            "Quarterly results\n\nQ1    revenue grew 10%\nQ2    revenue grew 4%\n"
            "Q3    revenue fell 2%\nQ4    revenue grew 8%\n"
        )
        == []
    )
    page = (
        "### How have you been handling secrets in your CI pipelines?\n\nIn a vault.\n\n"
        "### How did Python end up with a GIL?\n\nReference counting.\n"
    )
    assert len(pairs_of(page)) == 2
    # a to-do list with notes under its boxes stays a to-do list
    todos = (
        "- [ ] Write the design doc\n  - due Friday, share with Priya\n"
        "- [x] Fix the flaky login test\n  - it was a timezone bug\n- [ ] Book the dentist\n"
    )
    assert pairs_of(todos) == []


def test_an_interviewers_kit_answers_with_its_good_answer_before_its_description():
    kit = "questions:\n" + "".join(
        f"  - ask: What is {thing}?\n    description: Warm-up, level 1\n    good_answer: {answer}\n"
        for thing, answer in [
            ("a Kafka partition", "An ordered log on one broker."),
            ("a consumer group", "Consumers sharing a topic's partitions."),
            ("an offset", "A record's position in its partition."),
        ]
    )
    assert pairs_of(kit)[0] == ("What is a Kafka partition?", "An ordered log on one broker.")


def test_show_notes_whose_chapters_are_labelled_questions_are_show_notes():
    notes = """\
Episode 42: Interviewing for backend roles

(00:00) Intro
(03:10) Question 1: What is the GIL?
(08:45) Question 2: How does a database index work?
(14:20) Question 3: What is eventual consistency?
(29:40) Outro

**(03:10)** The GIL is a lock that lets one thread run Python bytecode at a time.

**(08:45)** A B-tree keeps keys sorted so a lookup is O(log n).
"""
    assert read_text(notes).read_as == READ_AS_SHOW_NOTES
    assert pairs_of(notes) == [
        (
            "What is the GIL?",
            "The GIL is a lock that lets one thread run Python bytecode at a time.",
        ),
        ("How does a database index work?", "A B-tree keeps keys sorted so a lookup is O(log n)."),
        ("What is eventual consistency?", ""),
    ]


def test_a_hiring_managers_notes_give_each_question_its_answer_notes_and_mark_the_skipped():
    notes = """\
Round 1 – Python (Tom, 45 min)

Q1. How do generators differ from returning a list?
Answer notes: Values come lazily with yield, so memory stays flat; consumed once.
Rating: 3/4

Q2. What are the pitfalls of mutable default arguments?
Answer notes: Not covered – ran out of time on the coding exercise.
Rating: –

Coding exercise: an LRU cache with TTL, finished in 25 minutes with OrderedDict.

Q3. Explain SQL injection and how your ORM protects against it.
Answer notes: Not covered.
Rating: –
"""
    assert pairs_of(notes) == [
        ("How do generators differ from returning a list?",
         "Values come lazily with yield, so memory stays flat; consumed once."),
        ("What are the pitfalls of mutable default arguments?", ""),
        ("Explain SQL injection and how your ORM protects against it.", ""),
    ]  # fmt: skip


def test_an_outlines_next_sections_are_not_the_answer_above_them():
    outline = """\
1. Python
1.1 What happens if you call time.sleep() inside a coroutine?
\t•\t?
2. Web and APIs
2.1 HTTP
2.1.1 Which HTTP methods are idempotent?
\t•\tGET, HEAD, PUT and DELETE.
2.1.2 How would you speed up a slow endpoint?
\t1. Add an index
\t2. Cache reads
3.1 Docker
3.1.1 Why shouldn't containers run as root?
4. Open Items
"""
    assert pairs_of(outline) == [
        ("What happens if you call time.sleep() inside a coroutine?", ""),
        ("Which HTTP methods are idempotent?", "- GET, HEAD, PUT and DELETE."),
        ("How would you speed up a slow endpoint?", "1. Add an index\n2. Cache reads"),
        ("Why shouldn't containers run as root?", ""),
    ]


def test_an_answers_own_numbered_list_stays_whole():
    notes = (
        "## How do you ship a service?\n\n1. docker build, with buildx\n   for both platforms\n"
        "2. docker push\n\n"
        "## How do you roll back?\n\n1. Redeploy the last tag\n1. Check the health probes\n"
    )
    assert [answer for _, answer in pairs_of(notes)] == [
        "1. docker build, with buildx\n   for both platforms\n2. docker push",
        "1. Redeploy the last tag\n1. Check the health probes",
    ]


def test_a_rubrics_follow_ups_are_no_answer():
    rubric = """\
**1. What's your approach to database migrations in a zero-downtime deploy?**

Follow-ups:
- Ask how they'd rename a column that the running version still reads.
- Probe on long-held locks from ALTER TABLE.

_(No expected answer written yet - calibrate after the next few screens.)_

**2. What is a covering index?**

Follow-ups:
- Ask when the visibility map matters.

An index that holds every column the query reads, so the table is never visited.
"""
    assert pairs_of(rubric) == [
        ("What's your approach to database migrations in a zero-downtime deploy?", ""),
        ("What is a covering index?",
         "An index that holds every column the query reads, so the table is never visited."),
    ]  # fmt: skip


def test_an_answers_signal_line_and_its_lists_lead_in_keep_what_follows():
    notes = (
        "## How do you rank search results?\n\nBM25 over the title and body, then a re-ranker.\n"
        "Signal: click-through, dwell time.\n\nBoth are logged per query for nightly training.\n\n"
        "## What do you do first when an endpoint is slow?\n\nBefore touching code:\n\n"
        "1. Measure p99 latency\n\n"
        "## How do you rename a column online?\n\nExpand, then contract:\n1. Add the new column\n"
        "2. Backfill\n4. Drop the old column\n"
    )
    answers = [answer for _, answer in pairs_of(notes)]
    assert answers[0].endswith("Both are logged per query for nightly training.")
    assert answers[1].endswith("1. Measure p99 latency")
    assert answers[2].endswith("4. Drop the old column")
