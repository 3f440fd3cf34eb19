"""A word processor's outline exported as text, an interviewer's guide with its gaps, and a
question-and-answers page whose answers are titled by the numbers of the listed questions."""

from questions.importing.reading import READ_AS_FORUM, read_text
from tests.questions.importing.documents import drafts_of, pairs_of, prompts

OUTLINE = """\
Prep notes for the platform team loop

Everything in one place. Unanswered ones still need a write-up.

1. Python
1.1 Data model
What does __eq__ have to do with __hash__?
        Objects that compare equal must hash equal, so defining __eq__ without __hash__ makes instances unhashable.

Explain when a dataclass is a better fit than a namedtuple.
        When you want mutability, defaults computed per instance, or methods and validation in __post_init__.

1.2 Concurrency
How does a thread pool executor decide how many workers it starts?
        (fill in)

Why would a CPU-bound loop get slower with more threads?

2. Storage
2.1 SQL
   * What does VACUUM reclaim, and what does it leave alone?
        Dead row versions become reusable space; the file only shrinks with VACUUM FULL.
   * Why might a composite index not help a query on its second column?
        (fill in)

Reading to look at later
   * the chapter on replication
   * ask Marta if they pair on the coding round??
"""  # noqa: E501 - an export's long lines


def test_an_outline_export_reads_each_question_under_its_numbered_sections():
    drafts = drafts_of(OUTLINE)

    assert prompts(drafts) == [
        "What does __eq__ have to do with __hash__?",
        "Explain when a dataclass is a better fit than a namedtuple.",
        "How does a thread pool executor decide how many workers it starts?",
        "Why would a CPU-bound loop get slower with more threads?",
        "What does VACUUM reclaim, and what does it leave alone?",
        "Why might a composite index not help a query on its second column?",
    ]  # not "1.1 Data model" joined to its first question, nor the reading list
    assert [draft.has_answer for draft in drafts] == [True, True, False, False, True, False]
    assert drafts[1].answer.startswith("When you want mutability")


def test_a_bracketed_section_title_asks_nothing():
    drafts = drafts_of(
        """\
        ## 2. Storage (Postgres / Redis)

        ### Q1. When does a partial index pay off?

        When queries always filter on the same condition.

        ## 3. Architecture (staff only)

        ### Q2. Design a job queue on top of PostgreSQL.

        SELECT ... FOR UPDATE SKIP LOCKED, with a visibility timeout.
        """
    )

    assert prompts(drafts) == [
        "When does a partial index pay off?",
        "Design a job queue on top of PostgreSQL.",
    ]


def test_an_interviewers_guide_without_guidance_yet_needs_answers():
    drafts = drafts_of(
        """\
        ### Q1. How do you roll out a schema change without downtime?

        Guidance TBD – Noor to write it up after the migration review.

        ### Q2. What do you keep in a cache, and what never?

        No guidance yet. Check with the data team before asking it.

        ### Q3. Design an audit log for a banking API.

        *Panel to be added after the next calibration.*

        ### Q4. What is a covering index?

        An index holding every column the query reads, so the table is never visited.
        """
    )

    assert [draft.has_answer for draft in drafts] == [False, False, False, True]


QA_PAGE = """\
# Celery questions from my onsite, what would a strong answer be?

Asked 2 years ago · Modified 1 year ago · Viewed 9k times

▲ **35** ▼ &nbsp; ☆ 11

The whole round was about background jobs. The questions, as far as I remember:

1. What happens to a task when the worker running it is killed?
2. How would you make a task safe to run twice?
3. When should a task not retry on failure?

Thanks in advance.

Share · Improve this question · Follow

asked Mar 3, 2023 at 10:12 by **jobs_newbie** (310 rep)

- Which broker were they using? – curious_cat Mar 3, 2023 at 11:00

## 2 Answers

Sorted by: Highest score (default)

▲ **52** ▼ &nbsp; ✔ Accepted

Here is what I listen for.

**1. killed workers**

With late acknowledgement the message goes back to the queue and another worker runs it again.

**2. running twice**

Record a key for the effect in the same transaction as the effect, and skip keys already there.

Share · Follow

answered Mar 3, 2023 at 12:40 by **Ines Duarte** (12.1k rep)

- Late ack is the part most people miss – Tom Berg Mar 3, 2023 at 13:02
"""


def test_a_qa_page_gives_listed_questions_the_answers_titled_by_their_numbers():
    assert read_text(QA_PAGE).read_as == READ_AS_FORUM
    pairs = pairs_of(QA_PAGE)

    assert [prompt for prompt, _ in pairs] == [
        "What happens to a task when the worker running it is killed?",
        "How would you make a task safe to run twice?",
        "When should a task not retry on failure?",
    ]  # not the page's title, nor the answers' titles as questions of their own
    answers = [answer for _, answer in pairs]
    assert answers[0] == (
        "With late acknowledgement the message goes back to the queue and another worker "
        "runs it again."
    )
    assert answers[1].startswith("Record a key for the effect")
    assert "answered" not in answers[1] and "Share" not in answers[1]
    assert answers[2] == ""  # nobody answered it


def test_a_numbered_title_answers_only_the_question_it_names():
    drafts = drafts_of(
        """\
        1. What is a materialized view?
        2. How do you refresh one without blocking readers?

        **1. Caching layer**

        A note about our own cache, unrelated to the list.
        """
    )

    assert prompts(drafts) == [
        "What is a materialized view?",
        "How do you refresh one without blocking readers?",
    ]
    assert not drafts[0].has_answer  # "Caching layer" shares no word with question 1


def test_a_follow_up_with_a_rubric_of_its_own_is_a_question_of_its_own():
    drafts = drafts_of(
        """\
        ### Q1. What happens when a sync ORM call runs inside an async view?

        **What good looks like**

        The event loop blocks until the call returns; every other request waits.

        Follow-up: How would you fix it without changing the ORM?

        **What good looks like**

        Run the call in a thread (`sync_to_async`) or move the view to sync.

        ### Q2. What is a covering index?

        **What good looks like**

        An index that holds every column the query reads.

        Follow-up: Is it worth it for a table written to all day?
        """
    )

    assert [draft.prompt for draft in drafts] == [
        "What happens when a sync ORM call runs inside an async view?",
        "How would you fix it without changing the ORM?",
        "What is a covering index?",
    ]  # the second follow-up has no rubric of its own: it stays on its card
    # what good looks like is each card's outline of an answer
    assert "sync_to_async" in drafts[1].answer_outline
    assert "sync_to_async" not in drafts[0].answer_outline
    assert "written to all day" in drafts[2].raw_answer


OLD_THREAD = """\
jump to content
my subreddits
more »
comments
want to join? log in or sign up in seconds.| English

87
Onsite questions from a payments company, backend, mid-level (self.ExperiencedDevs)
submitted 2 days ago by loop_survivor
They asked me these, roughly:

    What is a two-phase commit and why do people avoid it?
    How would you reconcile a ledger that drifted from the bank's statement?
    Write a query that finds accounts with no transactions this month.

Any tips welcome.

12 comments share save hide give award report crosspost
all 12 comments
sorted by: best

[–]ledger_lee 9 points 1 day ago
Reconciling: match on the bank's reference, then list what is left on each side.

permalink embed save report give award reply

    [–]mallory_m 2 points 1 day ago
    "What does idempotent mean for a refund endpoint?" is one they always ask too.

    permalink embed save parent report give award reply

load more comments (4 replies)
"""


def test_an_old_style_thread_reads_the_posts_indented_questions_and_one_told_in_a_reply():
    assert read_text(OLD_THREAD).read_as == READ_AS_FORUM
    prompts = [prompt for prompt, _ in pairs_of(OLD_THREAD)]

    assert prompts == [
        "What is a two-phase commit and why do people avoid it?",
        "How would you reconcile a ledger that drifted from the bank's statement?",
        "Write a query that finds accounts with no transactions this month.",
        "What does idempotent mean for a refund endpoint?",
    ]  # not the site's menu, the post's title, the buttons or the comment headers


def test_a_heading_numbered_by_section_and_question_is_read():
    drafts = drafts_of(
        """\
        ### Q3.1. What does VACUUM do?

        It marks dead row versions as reusable space.

        ### Q3.2. When would you run VACUUM FULL?

        Rarely: it rewrites the table under an exclusive lock.
        """
    )

    assert prompts(drafts) == ["What does VACUUM do?", "When would you run VACUUM FULL?"]
