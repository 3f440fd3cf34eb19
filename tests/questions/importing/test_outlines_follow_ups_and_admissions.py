"""Shapes met in held-out sets 60 and 66: notes folded with an editor's fold markers (only
the questions show while folded), an outline marked I., A., i), a), lettered follow-ups in a
mail, a page of toggles, and a candidate's account of the questions they could not answer."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

FOLDED = """\
# postgres-cards.txt -- vim: foldmethod=marker
# Everything between {{{ and }}} is the answer.

--- INDEXES --------------------------------------------- {{{1

When does PostgreSQL ignore an index? {{{2
When the planner estimates that most rows match, a sequential scan is
cheaper than jumping through the index.
}}}

Partial index {{{2
An index over the rows a WHERE clause keeps, e.g. only unprocessed jobs.
}}}

Why is my index on lower(email) not used? {{{2
TODO
}}}

}}}
--- TRANSACTIONS ---------------------------------------- {{{1

What does SERIALIZABLE guarantee? {{{2
That concurrent transactions give the result of some serial order; the
ones that cannot are rolled back with a serialization failure.
}}}
"""


def test_each_fold_title_is_a_question_and_what_it_folds_its_answer():
    pairs = pairs_of(FOLDED)

    assert [prompt for prompt, _ in pairs] == [
        "When does PostgreSQL ignore an index?",
        "Partial index",
        "Why is my index on lower(email) not used?",
        "What does SERIALIZABLE guarantee?",
    ]
    assert pairs[0][1].startswith("When the planner estimates that most rows match")
    assert pairs[1][1] == "An index over the rows a WHERE clause keeps, e.g. only unprocessed jobs."
    assert pairs[2][1] == ""  # "TODO": no answer
    assert "serialization failure" in pairs[3][1]


NESTED = """\
" Interview notes {{{
" Redis {{{
What is Redis used for, besides caching? {{{
Rate limiting, queues, leaderboards with sorted sets, pub/sub and locks.
" }}}
How does Redis expire keys? {{{
Lazily when a key is read, and by sampling keys with a TTL ten times a second.
" }}}
" }}}
" }}}
"""


def test_folds_without_levels_nest_by_how_many_are_open_and_lose_their_comment_leaders():
    reading = read_text(NESTED)

    assert reading.text.split("\n")[:4] == [
        "# Interview notes",
        "## Redis",
        "Q: What is Redis used for, besides caching?",
        "Rate limiting, queues, leaderboards with sorted sets, pub/sub and locks.",
    ]
    assert [prompt for prompt, _ in pairs_of(NESTED)] == [
        "What is Redis used for, besides caching?",
        "How does Redis expire keys?",
    ]


def test_fold_markers_in_a_code_block_are_the_codes():
    text = (
        "## What is a vimrc?\n\n"
        "Vim's settings file; mine folds its sections:\n\n"
        "```vim\n\" Plugins {{{\nPlug 'tpope/vim-fugitive'\n\" }}}\n"
        '" Mappings {{{\nnnoremap <leader>w :w<CR>\n" }}}\n'
        '" Options {{{\nset number\n" }}}\n```\n'
    )

    assert read_text(text).text == text
    assert [prompt for prompt, _ in pairs_of(text)] == ["What is a vimrc?"]


LETTERED = """\
STUDY OUTLINE (updated after each mock)

I. DATA
   A. SQL
      i) What does EXPLAIN ANALYZE add to EXPLAIN?
         a) It runs the query and shows real row counts and timings next to the estimates.
      ii) Window functions vs GROUP BY
         a) GROUP BY folds rows into one per group; a window function keeps every row.
         b) Use a window for running totals and ranks.
   B. Caching
      i) When should a cache entry be invalidated rather than expire?
         a) TBD
II. APIS
   A. Idempotency keys
      i) The client sends a key; the server stores the first response under it.
"""


def test_an_outline_marked_with_roman_numerals_and_letters_reads_as_nested_lists():
    pairs = pairs_of(LETTERED)

    assert [prompt for prompt, _ in pairs] == [
        "What does EXPLAIN ANALYZE add to EXPLAIN?",
        "Window functions vs GROUP BY",  # what it compares, among cards that ask
        "When should a cache entry be invalidated rather than expire?",
    ]
    assert pairs[0][1] == (
        "- It runs the query and shows real row counts and timings next to the estimates."
    )
    assert pairs[1][1].startswith("- GROUP BY folds rows into one per group")
    assert pairs[2][1] == ""  # "TBD"


def test_marks_in_a_code_block_of_a_lettered_outline_are_the_codes():
    code = "   ```\n   a) = 1\n   b) = 2\n   ```\n"
    outline = LETTERED.replace("a) TBD\n", "a) Parsed like this:\n" + code)

    text = read_text(outline).text

    assert "         - Parsed like this:" in text
    assert code in text
    assert "   - What does EXPLAIN ANALYZE add to EXPLAIN?" in text


def test_the_options_of_a_multiple_choice_question_are_no_outline():
    quiz = (
        "1. Which isolation level prevents phantom reads in PostgreSQL?\n"
        "A) Read committed\nB) Repeatable read\nC) Serializable\n\n"
        "2. Which index type suits range queries?\n"
        "   A) Hash\n   B) B-tree\n   C) GIN\n"
    )

    assert read_text(quiz).text == quiz


LETTERED_FOLLOW_UPS = """\
Hi Sam,

Two follow-ups before the next round:

A) You cache sessions in Redis with a one-hour TTL. What happens to a
signed-in user when Redis restarts?

They are signed out, unless the sessions are also kept in the database.

B) How would you rotate the key that signs the session cookies without
signing everyone out?

Keep the old key as a fallback for verifying while new cookies use the new one.
"""


def test_lettered_follow_ups_wrapped_over_two_lines_are_questions_without_their_letters():
    assert pairs_of(LETTERED_FOLLOW_UPS) == [
        (
            "You cache sessions in Redis with a one-hour TTL. What happens to a signed-in user "
            "when Redis restarts?",
            "They are signed out, unless the sessions are also kept in the database.",
        ),
        (
            "How would you rotate the key that signs the session cookies without signing "
            "everyone out?",
            "Keep the old key as a fallback for verifying while new cookies use the new one.",
        ),
    ]


TOGGLES = """\
▸ Python
    ‣ What does functools.lru_cache do?
        It memoizes a function by its arguments, dropping the least recently used results.
    ‣ Explain context managers
        An object with __enter__ and __exit__, used in a with statement; __exit__ always runs.
        contextlib.contextmanager turns a generator into one.
    ‣ Zero-downtime column rename
        Add the new column, write to both, backfill, switch reads, then drop the old one.
"""


def test_short_items_without_a_question_mark_keep_the_answers_indented_under_them():
    pairs = pairs_of(TOGGLES)

    assert [prompt for prompt, _ in pairs] == [
        "What does functools.lru_cache do?",
        "Explain context managers",
        "Zero-downtime column rename",  # a topic, among cards that ask
    ]
    assert pairs[1][1].startswith("An object with __enter__ and __exit__, used in a with")


EXPERIENCE = """\
Round 2 - Technical (3 Questions)

Q1. How does Django handle database transactions?
Ans.
Autocommit by default; transaction.atomic() wraps a block, and nested blocks are savepoints.

Q2. Explain consistent hashing.
Ans.
couldn't answer this one properly, I only knew hash(key) % N and the interviewer moved on.

Q3. What is the outbox pattern?
Ans.
I was not able to answer this. The interviewer explained it writes events in the same transaction.
"""


def test_a_candidate_who_says_they_could_not_answer_gave_no_answer_whatever_follows():
    pairs = pairs_of(EXPERIENCE)

    assert [prompt for prompt, _ in pairs] == [
        "How does Django handle database transactions?",
        "Explain consistent hashing.",
        "What is the outbox pattern?",
    ]
    assert pairs[0][1].startswith("Autocommit by default")
    assert pairs[1][1] == "" and pairs[2][1] == ""


BOXED = """\
Indexes make reads faster and every write a little slower.

┌──────────────────────────────────────────┐
│ CHECK YOUR UNDERSTANDING                 │
│                                          │
│ 1. What does a partial index store?      │
│ 2. Why does OFFSET pagination get slower │
│    on deep pages?                        │
└──────────────────────────────────────────┘
"""
DRAWN = """\
┌──────────────────┐
│ TIP: run EXPLAIN │
└──────────────────┘

```
┌──────────────────────────────┐
│ 1. What is a load balancer?  │
│ 2. What is a reverse proxy?  │
└──────────────────────────────┘
```
"""


def test_questions_in_a_box_drawn_with_box_drawing_characters_are_read_out_of_it():
    assert pairs_of(BOXED) == [
        ("What does a partial index store?", ""),
        ("Why does OFFSET pagination get slower on deep pages?", ""),
    ]
    # a box of tips stays as drawn, and a diagram in a code block is the code's
    assert read_text(DRAWN).text == DRAWN


def test_a_numbered_question_wrapped_under_a_short_first_line_stays_one_question():
    text = (
        "1. Explain how you would migrate\n"
        "   PostgreSQL 12 to 16 with minimal downtime.\n\n"
        "Logical replication to the new version, then a short switchover.\n"
    )

    assert pairs_of(text) == [
        (
            "Explain how you would migrate PostgreSQL 12 to 16 with minimal downtime.",
            "Logical replication to the new version, then a short switchover.",
        )
    ]


def test_an_answer_that_only_mentions_not_answering_is_an_answer():
    text = (
        "Q: What does a 504 mean?\nA: The upstream couldn't answer in time.\n\n"
        "Q: How did you handle support escalations?\n"
        "A: If I couldn't answer a customer's question, I wrote it down and asked the team.\n"
    )

    assert [answer for _, answer in pairs_of(text)] == [
        "The upstream couldn't answer in time.",
        "If I couldn't answer a customer's question, I wrote it down and asked the team.",
    ]


def test_an_initial_at_the_start_of_a_question_is_kept():
    text = "Q: D. Knuth called premature optimisation the root of all evil. Agree?\nA: Mostly.\n"

    assert pairs_of(text)[0][0].startswith("D. Knuth called premature optimisation")


def test_asking_for_questions_to_practise_is_not_an_interview_question():
    text = (
        "hey, I have an interview on Friday. can you give me like 5 questions they'll probably "
        "ask, with short answers?\n\n"
        "1. What is a race condition?\n\nTwo threads change shared state without coordination.\n"
    )

    assert pairs_of(text) == [
        ("What is a race condition?", "Two threads change shared state without coordination.")
    ]
