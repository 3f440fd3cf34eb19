"""A question-and-answers page whose post lists the questions someone was asked, and whose
answers take them up by number: "1. Isolation levels. Read committed...", or a lead-in,
"for 2 and 4:", over paragraphs titled by a few words of each question; and an anonymous
forum's comments under their bylines ("Stripe · x8fKq2" / "Apr 18"), "For #1: ..."."""

from questions.importing.reading import READ_AS_FORUM, read_text
from tests.questions.importing.documents import pairs_of

PAGE = """\
Stack Overflow
Products
Search…
Log in
Sign up
PostgreSQL questions from a database interview I failed
Ask Question
Asked 8 months ago
Viewed 1k times
7

The database round went badly, so here is what they asked me:

1. How do isolation levels differ in PostgreSQL?
2. Why would an index not be used by the planner for a small table,
even when the query filters on the indexed column?
3. What does VACUUM reclaim, and when is it not enough?
4. How does a connection pooler in transaction mode change what you can do?

Any pointers appreciated.

postgresql
indexing
Share
Improve this question
Follow
asked Mar 2, 2025 at 9:12
lena_k
211 1 5
Add a comment
2 Answers
Sorted by:
12

{first_answer}

Share
Improve this answer
Follow
answered Mar 2, 2025 at 10:02
Bo Lindgren
4,120 2 19 33
Add a comment
5

{second_answer}

Share
Improve this answer
Follow
answered Mar 3, 2025 at 8:40
m_ortiz
311 4
Add a comment
"""

NUMBERED = """\
In order:

1. Isolation levels. Read committed sees each statement's own snapshot; repeatable read \
keeps one snapshot for the whole transaction; serializable also aborts transactions whose \
result no serial order could give.

3. What VACUUM reclaims. It marks dead row versions reusable and updates the visibility \
map, but it does not shrink the file: after a mass delete you need VACUUM FULL or pg_repack."""

TITLED = """\
Adding to that, on 2 and 4:

Planner and small tables. For a table of a few pages a sequential scan reads fewer pages \
than index plus heap, so the planner skips the index on purpose.

Pooler in transaction mode. Each transaction may get another server connection, so \
session state (SET, advisory locks, prepared statements) does not survive between them."""


def test_a_list_item_wrapped_under_a_title_that_asks_nothing_is_one_question():
    page = PAGE.format(first_answer=NUMBERED, second_answer=TITLED)
    assert read_text(page).read_as == READ_AS_FORUM
    prompts = [prompt for prompt, _ in pairs_of(page)]
    assert (
        "Why would an index not be used by the planner for a small table, even when the "
        "query filters on the indexed column?"
    ) in prompts
    assert len(prompts) == 4


def test_an_answers_paragraphs_numbered_and_titled_answer_the_questions_by_number():
    answers = dict(pairs_of(PAGE.format(first_answer=NUMBERED, second_answer=TITLED)))
    assert answers["How do isolation levels differ in PostgreSQL?"].startswith(
        "Read committed sees each statement's own snapshot"
    )
    vacuum = answers["What does VACUUM reclaim, and when is it not enough?"]
    assert vacuum.startswith("It marks dead row versions reusable")
    assert "serializable" not in vacuum
    # the writer's name and reputation under their answer are the page's, not the answer's
    assert "Lindgren" not in vacuum and "4,120" not in vacuum


def test_a_lead_in_citing_two_numbers_hands_each_titled_paragraph_to_its_question():
    answers = dict(pairs_of(PAGE.format(first_answer=NUMBERED, second_answer=TITLED)))
    planner = next(answer for prompt, answer in answers.items() if prompt.startswith("Why would"))
    assert planner.startswith("For a table of a few pages a sequential scan")
    assert "session state" not in planner
    pooler = answers["How does a connection pooler in transaction mode change what you can do?"]
    assert pooler.startswith("Each transaction may get another server connection")


def test_a_paragraph_titled_by_a_number_answers_only_a_question_it_shares_words_with():
    unrelated = "1. Great list. Most of these come up in every backend loop I have sat in on."
    answers = dict(pairs_of(PAGE.format(first_answer=unrelated, second_answer=TITLED)))
    assert answers["How do isolation levels differ in PostgreSQL?"] == ""


ANONYMOUS_FORUM = """\
Home
Companies
Write a post

Backend onsite questions (fintech, senior)

Undisclosed · qWx7rT
Apr 18
2,311 views

Dumping what they asked, I blanked on a couple:

1. What does __slots__ do and when would you bother?
2. Why is SKIP LOCKED useful for job queues?
3. How do you handle backpressure in an async consumer? (blanked, anyone?)

♡ 64   💬 12   Share

12 Comments

Stripe · x8fKq2
Apr 18
For #1: it replaces the per-instance __dict__ with fixed slots, which saves memory when \
you hold millions of small objects.
♡ 38   Reply

Amazon · Qw2Rt9
Apr 18
#3 is a great question, following
♡ 4   Reply

Google · mPq7Lx
Apr 18
Which fintech? Sounds exactly like the loop I did in March lol
♡ 4   Reply

  Undisclosed · qWx7rT  OP
  Apr 18
  not saying 🙃
  ♡ 2   Reply

Meta · zz19Fk
Apr 19
Did you get the offer? What was the range?
♡ 2   Reply

Shopify · Hh3kLm
Apr 19
#2 because each worker grabs a different unlocked row instead of waiting on the same lock.
♡ 19   Reply
"""


def test_an_anonymous_forums_comments_answer_the_post_by_number():
    assert read_text(ANONYMOUS_FORUM).read_as == READ_AS_FORUM
    assert pairs_of(ANONYMOUS_FORUM) == [
        ("What does __slots__ do and when would you bother?",
         "it replaces the per-instance __dict__ with fixed slots, which saves memory when you "
         "hold millions of small objects."),
        ("Why is SKIP LOCKED useful for job queues?",
         "because each worker grabs a different unlocked row instead of waiting on the same lock."),
        # "great question, following" waits for an answer too; the offer is the writer's own
        ("How do you handle backpressure in an async consumer?", ""),
    ]  # fmt: skip
