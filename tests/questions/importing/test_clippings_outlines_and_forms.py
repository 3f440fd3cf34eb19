"""Shapes met in held-out set 43: an e-reader's clippings, notes-app pages with properties,
a form's results with long column names, an outline whose questions sit under topics, a
placeholder with a word on why, a post signed off under an unanswered question, a Canvas
quiz whose model answers are its general feedback, an exam paper whose questions give
their points, with its model answers in an appendix, a team's chat with its plans, and its
replies that quote the question they answer."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import drafts_of, pairs_of

SEP = "=========="
CLIPPINGS = f"""\
\ufeffDesigning Backends (A. Writer)
- Your Highlight on page 4 | Location 50-51 | Added on Monday, March 4, 2024 8:01:10 PM

Good engineers say what they would measure first.
{SEP}
\ufeffDesigning Backends (A. Writer)
- Your Bookmark on page 9 | Location 120 | Added on Monday, March 4, 2024 8:10:00 PM


{SEP}
\ufeffDesigning Backends (A. Writer)
- Your Highlight on page 12 | Location 170-170 | Added on Monday, March 4, 2024 8:20:00 PM

What is write amplification in a B-tree?
{SEP}
\ufeffDesigning Backends (A. Writer)
- Your Note on page 12 | Location 170 | Added on Monday, March 4, 2024 8:22:00 PM

one logical write rewrites whole pages, and the WAL writes them again
{SEP}
\ufeffDesigning Backends (A. Writer)
- Your Highlight on page 20 | Location 300-301 | Added on Tuesday, March 5, 2024 9:00:00 PM

Why do hot partitions hurt a sharded table?
{SEP}
\ufeffDesigning Backends (A. Writer)
- Your Highlight on page 31 | Location 450-450 | Added on Tuesday, March 5, 2024 9:30:00 PM

Ask yourself: could I explain this to a new hire at a whiteboard?
{SEP}
"""


def test_an_e_readers_clippings_give_each_highlighted_question_the_note_on_it():
    reading = read_text(CLIPPINGS)

    assert "clippings" in reading.read_as
    assert "Bookmark" not in reading.text and "Location" not in reading.text
    # the passage kept and the check on oneself are no questions; a highlight without a
    # note is a question without its answer
    assert pairs_of(CLIPPINGS) == [
        ("What is write amplification in a B-tree?",
         "one logical write rewrites whole pages, and the WAL writes them again"),
        ("Why do hot partitions hurt a sharded table?", ""),
    ]  # fmt: skip


NOTION_PAGES = """\
# How does MVCC let readers and writers not block each other?

Topic: PostgreSQL
Difficulty: Medium
Last edited time: May 2, 2024 9:15 AM
Tags: concurrency

Each row version carries the transactions that created and deleted it; a reader sees the
versions its snapshot allows, so a writer adds a version instead of waiting.

# What is a bloom filter good for?

Status: Not started
Topic: System design
Tags: probabilistic
"""


def test_a_notes_pages_properties_are_not_its_answer():
    drafts = drafts_of(NOTION_PAGES)

    assert [(d.prompt, d.answer[:60]) for d in drafts] == [
        ("How does MVCC let readers and writers not block each other?",
         "Each row version carries the transactions that created and d"),
        ("What is a bloom filter good for?", ""),
    ]  # fmt: skip


def test_an_answer_of_labelled_lines_is_still_an_answer():
    # Two "Name: value" lines with no page property among them are the answer itself.
    text = "## Redis vs Memcached?\n\nPersistence: Redis only\nData types: Redis has many\n"

    assert pairs_of(text) == [
        ("Redis vs Memcached?", "Persistence: Redis only\nData types: Redis has many")
    ]


FORM_RESULTS = """\
"ID","Start time","Email","Which team?","Question you were asked","Model answer (as you'd give it now)","Anything else?"
"1","5/1/24 10:00","anonymous","Payments","What is a idempotency key?","A client-chosen key stored with the first response, so a retry returns it instead of repeating the work.","Nice panel"
"2","5/1/24 11:00","anonymous","test","test","asdf","ignore me"
"3","5/2/24 09:30","anonymous","Core","How does a B-tree index speed up a range scan?","It finds the first key by descending the tree, then walks the linked leaves in order.",""
"4","5/2/24 12:00","anonymous","Core","Design a rate limiter.","n/a - still figuring this one out",""
"""  # noqa: E501 - a form's export writes each response on one line


def test_a_forms_results_with_long_column_names_are_cards():
    # "Which team?" and "Anything else?" ask the person filling in the form: the columns
    # named for a question and a model answer hold the cards; a test row is no card, and
    # a placeholder with a word on why is no answer.
    assert pairs_of(FORM_RESULTS) == [
        ("What is a idempotency key?",
         "A client-chosen key stored with the first response, so a retry returns it instead "
         "of repeating the work."),
        ("How does a B-tree index speed up a range scan?",
         "It finds the first key by descending the tree, then walks the linked leaves in order."),
        ("Design a rate limiter.", ""),
    ]  # fmt: skip


IDEAL_RESPONSE = (
    "Question\tIdeal response\tLevel\n"
    "What is a deadlock?\tTwo transactions each wait for a lock the other holds.\tMid\n"
    "What is a phantom read?\tA re-run range query sees rows another transaction added.\tSenior\n"
    "What does VACUUM reclaim?\tTBD\tMid\n"
)


def test_an_ideal_response_column_is_the_answer():
    assert pairs_of(IDEAL_RESPONSE) == [
        ("What is a deadlock?", "Two transactions each wait for a lock the other holds."),
        ("What is a phantom read?", "A re-run range query sees rows another transaction added."),
        ("What does VACUUM reclaim?", ""),
    ]


OPML = """\
<?xml version="1.0"?>
<opml version="2.0">
  <body>
    <outline text="Prep 2024">
      <outline text="Logistics">
        <outline text="Book the train"/>
        <outline text="Should I ask for a later start date?"/>
      </outline>
      <outline text="Databases" _note="They use RDS, expect replication questions">
        <outline text="What does an index-only scan need?">
          <outline text="Every column the query reads, and an up-to-date visibility map."/>
        </outline>
        <outline text="What is a partial index?">
          <outline text="An index over the rows a WHERE clause picks."/>
        </outline>
        <outline text="What is a covering index?">
          <outline text="One whose columns answer the query alone."/>
        </outline>
        <outline text="#reading https://example.com/indexes"/>
      </outline>
      <outline text="Maintenance">
        <outline text="Why can a long transaction bloat tables?"/>
      </outline>
    </outline>
  </body>
</opml>
"""


def test_an_outlines_questions_under_its_topics_and_their_parts():
    # Two levels of topics over the questions: both are headings (the organiser's list
    # under "Logistics" does not make the rest an aside), and a remark on a topic or a link
    # kept beside the questions is no question.
    assert pairs_of(OPML) == [
        ("What does an index-only scan need?",
         "- Every column the query reads, and an up-to-date visibility map."),
        ("What is a partial index?", "- An index over the rows a WHERE clause picks."),
        ("What is a covering index?", "- One whose columns answer the query alone."),
        ("Why can a long transaction bloat tables?", ""),
    ]  # fmt: skip
    # (the topic's remark stays beside its name)
    assert "### Databases — They use RDS, expect replication questions" in read_text(OPML).text


SIGNED_OFF = """\
Interview loop questions

1. What is the outbox pattern?
Expected answer: write the event in the same transaction as the change; a relay publishes it.

2. How do you roll a secret without downtime?
Expected answer: TBD

Thanks! 🙏
Dana

Lee  •  Jul 9, 2024
Looks good to me, shipping it this week.
"""


def test_a_post_signed_off_under_an_unanswered_question_leaves_it_unanswered():
    drafts = drafts_of(SIGNED_OFF)

    # (what an expected answer covers is the card's outline)
    assert [(d.prompt, d.answer, d.answer_outline) for d in drafts] == [
        ("What is the outbox pattern?", "",
         "Write the event in the same transaction as the change; a relay publishes it."),
        ("How do you roll a secret without downtime?", "", ""),
    ]  # fmt: skip


def _qti_item(kind: str, asked: str, feedback: str = "", options: str = "") -> str:
    general = (
        f'<itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/html">'
        f"{feedback}</mattext></material></flow_mat></itemfeedback>"
        if feedback
        else ""
    )
    return f"""<item ident="i{len(asked)}" title="Item"><itemmetadata><qtimetadata>
<qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>{kind}</fieldentry>
</qtimetadatafield></qtimetadata></itemmetadata>
<presentation><material><mattext texttype="text/html">&lt;p&gt;{asked}&lt;/p&gt;</mattext>
</material>{options}</presentation>{general}</item>"""


CHOICES = """<response_lid ident="response1" rcardinality="Single"><render_choice>
<response_label ident="a1"><material><mattext>Readers wait for writers</mattext></material>
</response_label><response_label ident="a2"><material><mattext>Readers never wait for
writers</mattext></material></response_label></render_choice></response_lid>"""
SCORING = """<resprocessing><respcondition continue="No"><conditionvar>
<varequal respident="response1">a2</varequal></conditionvar>
<setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>"""

CANVAS_QUIZ = f"""<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
<assessment ident="q1" title="Week 3 quiz"><section ident="root_section">
{_qti_item("text_only_question", "Answer each question in a few sentences. Can you do it?")}
{
    _qti_item(
        "essay_question",
        "Why is a plain pickle unsafe for data from users?",
        "&lt;p&gt;&lt;strong&gt;Model answer:&lt;/strong&gt; Loading it can run any "
        "callable the payload names.&lt;/p&gt;",
    )
}
{
    _qti_item(
        "multiple_choice_question",
        "What does MVCC give readers?",
        "&lt;p&gt;Each reads the row versions its snapshot sees.&lt;/p&gt;",
        CHOICES,
    ).replace("</presentation>", "</presentation>" + SCORING)
}
{_qti_item("essay_question", "What does the Vary header do?")}
</section></assessment></questestinterop>
"""


def test_a_canvas_quizs_general_feedback_is_the_model_answer():
    # The instructions item asks nothing; an essay's answer is its general feedback (without
    # its "Model answer:" label), a choice question's is its right option and then that.
    assert pairs_of(CANVAS_QUIZ) == [
        ("Why is a plain pickle unsafe for data from users?",
         "Loading it can run any callable the payload names."),
        ("What does MVCC give readers?",
         "Readers never wait for writers\n\nEach reads the row versions its snapshot sees."),
        ("What does the Vary header do?", ""),
    ]  # fmt: skip


EXAM_WITH_APPENDIX = """\
Backend Engineering — Practice Test

Part A — Short answer

1. (2 pts) Name two uses of a message queue.



2. (2 pts) Why is SELECT * a poor choice in an API query?



3. (2 pts) What does (See the lab sheet.) mean here?



Part B — Longer answers

4. (8 pts) A nightly job began timing out after the orders table doubled. Describe
your first three checks.



5. (8 pts) Explain how a covering index avoids reading the table, and when a
VACUUM matters for it.



6. (8 pts) Compare row-level and advisory locks for a job queue.



Appendix A — Model Answers

1. Smoothing bursts of load, and decoupling a slow consumer from the producer.

2. It reads and sends columns nobody asked for, and it breaks when columns change.

3. (See the lab sheet.)

4. Check the query plans for a sequential scan that used to be an index scan, the
lock waits, and whether the job's batch size grew with the table.

5. An index-only scan answers from the index alone when the visibility map says the
pages are all visible; VACUUM keeps that map current.

6. No model answer; we discuss this one in class.
"""


def test_an_exams_questions_with_their_points_and_an_appendix_of_model_answers():
    # Each numbered item with its points is a question, however it is worded and wherever
    # it wraps; "Part B" is the paper's next part, not an answer; the appendix answers each
    # by its number, and a pointer elsewhere or "No model answer" answers nothing.
    drafts = drafts_of(EXAM_WITH_APPENDIX)

    assert [(d.prompt, d.answer[:40]) for d in drafts] == [
        ("Name two uses of a message queue.", "Smoothing bursts of load, and decoupling"),
        ("Why is SELECT * a poor choice in an API query?",
         "It reads and sends columns nobody asked "),
        ("What does (See the lab sheet.) mean here?", ""),
        ("A nightly job began timing out after the orders table doubled. Describe your first "
         "three checks.", "Check the query plans for a sequential s"),
        ("Explain how a covering index avoids reading the table, and when a VACUUM matters "
         "for it.", "An index-only scan answers from the inde"),
        ("Compare row-level and advisory locks for a job queue.", ""),
    ]  # fmt: skip


TEAM_CHAT = """\
~backend-prep

ana.r
9:02 AM
back from my screen, they asked: What is a database index, in one sentence?

lee.k
9:05 AM
A sorted structure beside the table that finds rows by key without reading them all.

tom.w
9:07 AM
did they do live coding too?

ana.r
9:08 AM
a little, FizzBuzz-level

tom.w
11:40 AM
lunch at 12? also did standup move to 11 tomorrow?

lee.k
11:41 AM
standup is 10:30 still

ana.r
4:00 PM
got the offer!!

tom.w
4:01 PM
congrats!!! drinks on you?

Write to ~backend-prep
"""


def test_a_team_chats_plans_and_message_box_are_not_questions():
    assert pairs_of(TEAM_CHAT) == [
        ("What is a database index, in one sentence?",
         "A sorted structure beside the table that finds rows by key without reading them all."),
    ]  # fmt: skip


README_WITH_LINKS = """\
# Backend interview answers

## Contents

- [What is a race condition?](#what-is-a-race-condition)

## Python

<details>
<summary>What is a race condition?</summary>

Two threads read and write shared state, and the result depends on which runs first.

</details>

<details>
<summary>What does functools.cache keep?</summary>

Every result, keyed by the arguments, for as long as the process lives.

</details>

More, answered on their own pages:

- [How does the GIL affect threads?](python/gil.md)
- [Why is a mutable default argument risky?](python/defaults.md)

## Further reading

- [The asyncio docs](https://docs.python.org/3/library/asyncio.html)
"""


def test_questions_linked_to_their_answers_elsewhere_are_questions_without_answers():
    # A link to another page whose words ask is a question this page does not answer; a
    # link within the page (its contents) and a link that asks nothing are not.
    assert pairs_of(README_WITH_LINKS) == [
        ("What is a race condition?",
         "Two threads read and write shared state, and the result depends on which runs first."),
        ("What does functools.cache keep?",
         "Every result, keyed by the arguments, for as long as the process lives."),
        ("How does the GIL affect threads?", ""),
        ("Why is a mutable default argument risky?", ""),
    ]  # fmt: skip


COMMENTED = """\
~backend-prep

ana.r
9:02 AM
from my onsite:
Got asked: How does a B-tree index keep its keys in order?
also: What's the difference between a clustered and a non-clustered index?

lee.k
9:30 AM
Commented on ana.r's message: Got asked: How does a B-tree index keep its keys...
Each page holds sorted keys and splits in two when it fills, so every level stays sorted.

tom.w
9:41 AM
Commented on ana.r's message: also: What's the difference between a clustered and a...
A clustered index is the table itself, stored in key order; a non-clustered one points at it.
"""


def test_a_reply_that_quotes_a_question_in_part_answers_that_question():
    # Mattermost's "Commented on ...'s message:" quotes the start of the message it replies
    # to: the reply answers the question it quotes, even cut short, whatever came between.
    assert pairs_of(COMMENTED) == [
        ("How does a B-tree index keep its keys in order?",
         "Each page holds sorted keys and splits in two when it fills, so every level stays "
         "sorted."),
        ("What's the difference between a clustered and a non-clustered index?",
         "A clustered index is the table itself, stored in key order; a non-clustered one "
         "points at it."),
    ]  # fmt: skip
