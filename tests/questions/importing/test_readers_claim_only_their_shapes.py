"""The newer readers claim only documents of their own shape, and odd input never breaks
them: what a reader gets wrong here, it gets wrong silently (a lost answer, no question)."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of


def test_an_ai_chat_export_with_odd_roles_or_a_python_quiz_with_a_huge_number_is_read():
    chat = {"mapping": {"a": {"message": {"author": {"role": ["user"]}}, "parent": None}}}
    read_text(json.dumps(chat))  # a role that is a list: no crash
    quiz = (
        "import os\nimport re\nimport sys\n\nCARDS = [\n"
        '    ("What is X?", "x"),\n    ("What is Y?", "y"),\n'
        '    {"q": 0x' + "f" * 4000 + ', "a": "w"},\n]\n'
    )
    assert [prompt for prompt, _ in pairs_of(quiz)] == ["What is X?", "What is Y?"]


def test_markdown_notes_with_edited_dates_are_not_a_notes_app_export():
    notes = (
        "# Interview notes\n\n## What is MVCC?\n\nMulti-version concurrency control.\n\n"
        "- xmin/xmax\n- vacuum\n\nEdited Mar 3\n\n## What is a WAL?\n\nThe write-ahead log.\n\n"
        "- durability\n- replication\n\nEdited Mar 5\n"
    )
    pairs = pairs_of(notes)

    assert [prompt for prompt, _ in pairs] == ["What is MVCC?", "What is a WAL?"]
    assert pairs[0][1].startswith("Multi-version concurrency control.")


def test_a_post_that_shows_a_diff_in_a_code_block_is_a_post():
    post = (
        "# How I fixed our bank\n\n```diff\n@@ -38,13 +38,83 @@\n-## 3. Django\n+## 4. Django\n"
        "+### Explain select_related.\n+It joins.\n+### Explain prefetch_related.\n"
        "+It runs a second query.\n```\n\n## What is a unified diff?\n\nA format.\n\n"
        "## Why review diffs?\n\nBecause.\n"
    )
    assert [prompt for prompt, _ in pairs_of(post)] == [
        "What is a unified diff?",
        "Why review diffs?",
    ]


def test_a_deck_pairs_its_answer_slides_by_number_and_keeps_a_short_answer_in_the_title():
    deck = (
        "Slide 1\nQ1\nWhat is 6 x 7?\n\nSlide 2\nQ2\nWhat is the capital of France?\n\n"
        "Slide 3\nAnswers\n\nSlide 4\nA1: 42\n\nSlide 5\nA2 – Paris\n"
    )
    assert pairs_of(deck) == [
        ("What is 6 x 7?", "42"),
        ("What is the capital of France?", "Paris"),
    ]


def test_a_line_numbered_like_the_section_inside_an_answer_does_not_end_it():
    notes = (
        "## Week 1: Basics\n\n### How would you onboard a new hire?\n\nI'd split it by week.\n"
        "Week 2: pair programming.\nWeek 3: own a feature.\nThat keeps the ramp gentle.\n\n"
        "### What is a code review for?\n\nSharing knowledge.\n"
    )
    assert pairs_of(notes)[0][1].endswith("That keeps the ramp gentle.")


def test_a_table_comparing_a_and_b_is_not_a_published_sheet():
    page = (
        "## Which storage option should we pick?\n\n| | A | B |\n|---|---|---|\n"
        "| What is the latency? | 2 ms | 10 ms |\n| What is the cost? | high | low |\n\n"
        "We picked B.\n"
    )
    pairs = pairs_of(page)

    assert [prompt for prompt, _ in pairs] == ["Which storage option should we pick?"]
    assert pairs[0][1].endswith("We picked B.")


def test_a_success_callout_in_an_answer_is_a_note_not_an_answer():
    page = (
        "## What is an index?\n\nA data structure that speeds up lookups.\n\n"
        "> [!success] Tip\n> Mention B-trees.\n\n## What is a view?\n\nA stored query.\n"
    )
    pairs = pairs_of(page)

    assert [prompt for prompt, _ in pairs] == ["What is an index?", "What is a view?"]
    assert pairs[0][1].startswith("A data structure that speeds up lookups.")


def test_json_lines_with_a_stray_line_keep_their_records():
    lines = '{"q": "What is X?", "a": "X."}\n{"q": "What is Y?", "a": "Y."}\n// end\n'
    assert pairs_of(lines) == [("What is X?", "X."), ("What is Y?", "Y.")]


def test_a_debrief_gives_each_question_the_answer_written_after_its_arrow():
    debrief = (
        "DB round. I asked three:\n"
        "1. How would you debug a query that got slow overnight? → check whether the plan "
        "changed, then pg_stat_statements\n"
        "2. When does Postgres choose a seq scan over an index scan? → didn't get to it, we ran "
        "out of time\n\n"
        "+1 on the plan answer, that's what I'd want from a senior\n\n"
        'Follow-up "How do you make the consumers idempotent?" — a dedupe key stored with a '
        "unique constraint\n"
    )
    assert pairs_of(debrief) == [
        (
            "How would you debug a query that got slow overnight?",
            "check whether the plan changed, then pg_stat_statements",
        ),
        ("When does Postgres choose a seq scan over an index scan?", ""),  # not the "+1"
        (
            "How do you make the consumers idempotent?",
            "a dedupe key stored with a unique constraint",
        ),
    ]


def test_what_says_the_answer_is_elsewhere_or_someone_else_s_is_no_answer():
    page = (
        "### What does the Vary header do?\n\nSam to fill in after the sync\n\n"
        "### How would you design idempotency keys?\n\n"
        "I'd rather someone from payments writes that one, I'll ping them.\n\n"
        "### What is a 307?\n\nTry it yourself first — answer in next week's issue.\n\n"
        "Know someone prepping for interviews? Forward this to them.\n\n"
        "[Share on X](https://x.example/share) [Share on LinkedIn](https://li.example/share)\n\n"
        "### How would you time out an HTTP call?\n\n"
        "_Left blank on purpose — this gets its own section in Part 3._\n\n"
        "That's it for part 2! If this helped, drop a 🦄 — Part 3 is Postgres.\n\n"
        "### What is the CAP theorem?\n\nn/a – skipped in the interview.\n\n"
        "### How do you rotate API secrets?\n\nGood answer: TBD – pending review (HIRE-212).\n"
    )
    assert [answer for _, answer in pairs_of(page)] == [""] * 6


def test_a_quora_page_reads_the_answer_under_its_sort_menu():
    page = (
        "What are the best questions to ask a backend developer?\nAll related (52)\nSort\n"
        "Recommended\n\nProfile photo for Ana\nAna\n · Follow\n\n"
        "1. What happens when you type a URL and hit enter?\n\nDNS, TCP, TLS, then HTTP.\n\n"
        "2. Explain the GIL.\n\nOne thread runs bytecode at a time.\n\n"
        "18.4K views\nView upvotes\nUpvote · 412\nShare\nComment 23\n\n"
        "Related questions\nShould I learn FastAPI or Django first?\n"
    )
    assert [prompt for prompt, _ in pairs_of(page)] == [
        "What happens when you type a URL and hit enter?",
        "Explain the GIL.",
    ]


def test_an_irc_log_is_read_as_a_chat():
    log = (
        "[13:59] *** wren (~wren@host) has joined #python-jobs\n"
        "[14:02] <tessa> what's the difference between asyncio.Lock and threading.Lock\n"
        "[14:02] <wren> asyncio.Lock is for coroutines on one loop, and awaiting it yields\n"
        "[14:03] <tessa> 👍 wren's turn\n"
        "[14:04] <wren> how does fastapi know to validate the body against a pydantic model\n"
        "[14:04] <dmitri_k> it reads the endpoint signature at startup\n"
    )
    pairs = pairs_of(log)

    assert [prompt for prompt, _ in pairs] == [
        "what's the difference between asyncio.Lock and threading.Lock?",
        "how does fastapi know to validate the body against a pydantic model?",
    ]
    assert pairs[0][1].startswith("asyncio.Lock is for coroutines")


def test_an_outline_whose_answers_number_their_steps_is_still_an_outline():
    notes = (
        "Interview prep\n\nRedis\n"
        "\tExplain cache stampede + 2 ways to prevent it\n"
        "\t\tA popular key expires and every request hits the database\n"
        "\t\t1) a lock: the first miss recomputes, the others wait\n"
        "\t\t2) refresh a bit before the TTL, with jitter\n"
        "\tWhy is Redis single-threaded and still fast?\n"
        "\t\tEverything is in memory, and one thread needs no locks\n"
        "\tHow does HTTP/2 multiplexing differ from keep-alive?\n"
        "\t\t?? no idea – ask Marco\n"
    )
    pairs = pairs_of(notes)

    assert [prompt for prompt, _ in pairs] == [
        "Explain cache stampede + 2 ways to prevent it",
        "Why is Redis single-threaded and still fast?",
        "How does HTTP/2 multiplexing differ from keep-alive?",
    ]
    assert "1) a lock" in pairs[0][1] and "```" not in pairs[0][1]  # a list, not code
    assert pairs[2][1] == ""


def test_a_table_answer_that_links_to_a_section_gets_that_section():
    readme = (
        "## Questions\n\n| # | Question | Answer |\n|---|---|---|\n"
        "| 1 | What is a generator? | A function that yields values lazily. |\n"
        "| 2 | How does `asyncio.Lock` differ from `threading.Lock`? | [answer](#q2-locks) |\n"
        "| 3 | What is the MRO? | [answer](#q3-mro) |\n\n"
        "## Detailed answers\n\n### Q2: Locks\n\nOne yields to the loop, the other blocks "
        "the thread.\n\n### Q3: MRO\n\n🚧 Answer pending — PRs welcome!\n"
    )
    assert pairs_of(readme) == [
        ("What is a generator?", "A function that yields values lazily."),
        (
            "How does `asyncio.Lock` differ from `threading.Lock`?",
            "One yields to the loop, the other blocks the thread.",
        ),
        ("What is the MRO?", ""),
    ]  # the sections' headings are not questions of their own


def test_replies_that_answer_a_backlog_by_bold_number():
    issue = (
        "- [x] Q1: What does the GIL guarantee?\n- [x] Q2: Explain `__new__` vs `__init__`.\n"
        "- [ ] Q3: How would you version a REST API?\n\n---\n\n**tomasz** commented\n\n"
        "#1 and #2:\n\n**#1** Only one thread runs bytecode at a time.\n\n"
        "**#2** `__new__` creates the instance, `__init__` fills it in.\n"
    )
    assert [answer for _, answer in pairs_of(issue)] == [
        "Only one thread runs bytecode at a time.",
        "`__new__` creates the instance, `__init__` fills it in.",
        "",
    ]


def test_flashcards_that_underline_their_question_keep_its_answer():
    deck = (
        "# Python deck\n\n---\n\nWhat does `lru_cache` do?\n===\nMemoizes a function by its "
        "arguments.\n\n---\n\nWhat does `response_model` do?\n===\n- validates the returned "
        "data\n- filters extra fields\n"
    )
    assert pairs_of(deck) == [
        ("What does `lru_cache` do?", "Memoizes a function by its arguments."),
        ("What does `response_model` do?", "- validates the returned data\n- filters extra fields"),
    ]


def test_a_notes_database_keeps_its_rows_that_have_an_answer():
    export = (
        "Name,Tags,Answer,Status\n"
        "What is a covering index?,Postgres,One that holds every column a query reads,Done\n"
        'Redis persistence: RDB vs AOF,Redis,"RDB snapshots, AOF logs every write",Done\n'
        "Buy a whiteboard,,,\n"
    )
    assert [prompt for prompt, _ in pairs_of(export)] == [
        "What is a covering index?",
        "Redis persistence: RDB vs AOF",
    ]  # not the to-do without an answer


def test_an_irc_study_session_reads_a_bonus_a_lead_and_a_guess():
    log = (
        "[14:06] <dmitri> what's the default isolation level in postgres\n"
        "[14:06] <tessa> read committed, each statement sees a fresh snapshot\n"
        "[14:07] <dmitri> correct. bonus: what does repeatable read give you in pg\n"
        "[14:07] <tessa> one snapshot for the whole transaction\n"
        "[14:10] <wren> ok: why is KEYS * bad in production redis\n"
        "[14:11] <kzr> it's O(N) over the keyspace on a single thread\n"
        "[14:12] <kzr> what does the Vary header do\n"
        "[14:13] <dmitri> no clue. pass\n"
        "[14:13] <wren> something with caching? I'd have to look it up honestly\n"
    )
    pairs = pairs_of(log)

    assert [prompt for prompt, _ in pairs] == [
        "what's the default isolation level in postgres?",
        "what does repeatable read give you in pg?",
        "why is KEYS * bad in production redis?",
        "what does the Vary header do?",
    ]  # not "something with caching?", a guess
    assert pairs[3][1] == ""


def test_whiteboard_notes_wrap_their_questions_and_answer_with_arrows():
    notes = (
        "BACKEND PREP   wk 3\n(Tues session - Raj, Mo, Kelsey)\n\n"
        "1) What is the diff b/w\n   WSGI and ASGI ?\n"
        "  -> WSGI = sync, 1 req per\n     worker thread\n"
        "  -> ASGI = async, supports\n     websockets\n\n"
        "2) why is time.sleep() bad\n   in async code\n"
        "  -> blocks the whole event\n     loop, nothing else runs\n\n"
        "3) Postgres: what is a\n   HOT update ?\n     ??  ask Dan\n"
    )
    pairs = pairs_of(notes)

    assert [prompt for prompt, _ in pairs] == [
        "What is the diff b/w WSGI and ASGI ?",
        "why is time.sleep() bad in async code",
        "Postgres: what is a HOT update ?",
    ]  # not the session's note in brackets
    assert pairs[0][1] == (
        "- WSGI = sync, 1 req per worker thread\n- ASGI = async, supports websockets"
    )
    assert pairs[1][1] == "blocks the whole event loop, nothing else runs"
    assert pairs[2][1] == ""


def test_a_wrapped_paragraph_that_names_a_function_is_prose_not_code():
    page = (
        "### Why not use the random module for tokens?\n\n"
        "random is a Mersenne Twister PRNG: fast, but its output is predictable\n"
        "once an attacker has seen enough values. Use secrets.token_urlsafe() or\n"
        "secrets.token_hex(), which draw from the OS CSPRNG.\n"
    )
    assert "```" not in pairs_of(page)[0][1]


def test_a_debrief_keeps_a_quoted_question_that_was_skipped_as_unanswered():
    thread = (
        "Tom  11:20 AM\n"
        'Follow-up "How do you make the consumers idempotent?" — a dedupe key with a unique '
        "constraint\n"
        'Last follow-up was "What happens if the Redis primary fails over?" but we were at '
        "time so it got skipped — no answer, don't count it against him\n\n"
        "Lena  11:22 AM\nthe priority lanes thing is nice, most people miss it\n\n"
        "Maya  11:31 AM\nThanks all. Leaning hire from me\n"
    )
    pairs = pairs_of(thread)

    assert pairs[-1] == ("What happens if the Redis primary fails over?", "")


def test_answers_that_mention_coming_back_or_filling_in_are_still_answers():
    answers = [
        "It will fill in NULLs for every column of the right table.",
        "N/A for writes: a replica only serves reads, writes go to the primary.",
        "I'll come back to this in the query-plan section, but briefly: it holds every column.",
        "The answer is in the next phase: the coordinator sends commit once all voted yes.",
        "It's too big for chat-style frames; use a presigned upload URL instead.",
    ]
    page = "".join(f"### Question {n}?\n\n{answer}\n\n" for n, answer in enumerate(answers))
    assert [answer for _, answer in pairs_of(page)] == answers


def test_who_asked_after_a_dash_is_not_the_answer():
    page = (
        '1. "What happens if the primary dies mid-write?" — asked by the staff engineer\n'
        '2. "How would you shard a payments ledger?" — the hiring manager\n\n'
        "Answers\n\n1. The replica is promoted; unacknowledged writes may be lost.\n"
        "2. By account id, so an account's entries stay on one shard.\n"
    )
    answers = [answer for _, answer in pairs_of(page)]
    assert answers[0].startswith("The replica is promoted")
    assert answers[1].startswith("By account id")


def test_repeated_answer_headings_are_told_apart_as_github_does():
    readme = (
        "| # | Question | Answer |\n|---|---|---|\n"
        "| 1 | What is a deadlock? | [answer](#answer) |\n"
        "| 2 | What is a livelock? | [answer](#answer-1) |\n\n"
        "## Deadlock\n\n### Answer\n\nTwo transactions each hold a lock the other needs.\n\n"
        "## Livelock\n\n### Answer\n\nBoth keep reacting to each other, and none progresses.\n"
    )
    assert [answer for _, answer in pairs_of(readme)] == [
        "Two transactions each hold a lock the other needs.",
        "Both keep reacting to each other, and none progresses.",
    ]


def test_a_follow_up_that_starts_is_it_is_asked_and_a_remark_after_a_dash_is_not_kept():
    chat = (
        "10:00 tessa: what's the difference between a process and a thread?\n"
        "10:01 bob: a process has its own memory space, threads share it\n"
        "10:03 bob: is it true that python threads can't run bytecode in parallel?\n"
        "10:04 tessa: yes, the GIL lets only one thread run bytecode at a time\n"
        "10:05 tessa: what's a tuple for? — got asked this on a phone screen\n"
        "10:06 bob: a fixed record of different things\n"
    )
    assert [prompt for prompt, _ in pairs_of(chat)] == [
        "what's the difference between a process and a thread?",
        "is it true that python threads can't run bytecode in parallel?",
        "what's a tuple for?",
    ]


def test_a_sign_off_in_the_middle_ends_an_answer_but_not_the_page():
    page = (
        "Q1. What does a load balancer do?\nIt spreads requests over several servers.\n"
        "That's all. If you remember one thing: health checks matter.\n\n"
        "Q2. What is sticky session routing?\nSending a client's requests to the same server.\n"
    )
    assert pairs_of(page) == [
        ("What does a load balancer do?", "It spreads requests over several servers."),
        ("What is sticky session routing?", "Sending a client's requests to the same server."),
    ]
