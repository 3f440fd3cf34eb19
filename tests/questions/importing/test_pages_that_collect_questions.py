"""Pages whose parts each tell what they are: a Q&A site's answer that is a list of
questions, a slide deck's numbered question slides over "Answer" slides, a cheat sheet of
terms and definitions with a term left undefined, and a notebook whose last cell is only a
TODO over the page's closing note."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

LISTED_ANSWER = """<!DOCTYPE html><html><head><title>What do interviewers want to hear?</title>
</head><body>
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name"><a href="/q/5/what-do-interviewers-want">What depth do interviewers want
on backend questions?</a></h1>
<div class="post" itemprop="text"><p>Is one sentence enough, or do they want internals?</p></div>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Here is the set I use when I interview:</p>
<h3>1. What does VACUUM do?</h3><p>It frees dead row versions for reuse.</p>
<h3>2. What is a covering index?</h3><p>One that holds every column the query reads.</p>
<h3>3. How would you shard a users table?</h3>
<p>That deserves a whole answer of its own, see <a href="/q/9">this one</a>.</p>
<h3>4. What is a Redis pipeline?</h3><p>Commands sent without waiting for each reply.</p>
<p><strong>Edit:</strong> ones I still struggle with myself:</p>
<ul><li>How does the planner pick a join order?</li>
<li>When does a hash join win?</li></ul>
<p>Feel free to edit an answer in.</p>
</div></div>
<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Good list. I'd add one:</p>
<p><strong>How would you find a memory leak in a worker?</strong></p>
<p>Take two tracemalloc snapshots an hour apart and compare them.</p></div></div>
</div></body></html>
"""


def test_a_qa_page_whose_answer_lists_questions_gives_each_of_them_and_the_other_answers():
    answers = dict(pairs_of(read_text(LISTED_ANSWER).text))
    assert list(answers) == [
        "What does VACUUM do?",
        "What is a covering index?",
        "How would you shard a users table?",
        "What is a Redis pipeline?",
        "How does the planner pick a join order?",
        "When does a hash join win?",
        "How would you find a memory leak in a worker?",
    ]
    assert answers["What does VACUUM do?"] == "It frees dead row versions for reuse."
    assert answers["How would you shard a users table?"] == ""  # sent to another page
    assert answers["How does the planner pick a join order?"] == ""
    leak = answers["How would you find a memory leak in a worker?"]
    assert leak == "Take two tracemalloc snapshots an hour apart and compare them."


DECK = """<!DOCTYPE html><html><head><title>API reliability</title></head><body>
<div class="reveal"><div class="slides">
<section><h1>API reliability</h1></section>
<section><section><h2 class="q"><span class="qnum">Question 1</span>What is a circuit breaker?</h2>
</section><section><h3>Answer</h3><ul><li>It stops calling a failing dependency for a while.</li>
</ul></section></section>
<section><section><h2 class="q"><span class="qnum">Question 2</span>How do you retry safely?</h2>
</section><section><h3>Answer</h3><ul><li>Only idempotent calls, with backoff and jitter.</li>
</ul></section></section>
<section><section><h2 class="q"><span class="qnum">Question 3</span>What is a dead letter queue?
</h2>
</section><section><h3>Answer</h3><ul><li>Where messages go after failing too often.</li>
</ul></section></section>
</div></div></body></html>
"""


def test_a_slides_number_set_apart_only_by_its_style_is_not_part_of_the_question():
    answers = dict(pairs_of(read_text(DECK).text))
    assert list(answers) == [
        "What is a circuit breaker?",
        "How do you retry safely?",
        "What is a dead letter queue?",
    ]
    retry = answers["How do you retry safely?"]
    assert retry == "- Only idempotent calls, with backoff and jitter."


CHEAT_SHEET = """\
# Postgres cheat sheet

What is MVCC?
: Each transaction sees a snapshot; writers make new row versions.

What does VACUUM do?
: It frees dead row versions for reuse.

What is a covering index?
: One that holds every column the query reads.

What is a LATERAL join?

---

What is a partial index?
: An index over the rows a WHERE clause picks.
"""


def test_a_term_without_a_definition_is_a_question_still_to_answer():
    answers = dict(pairs_of(CHEAT_SHEET))
    assert answers["What is a LATERAL join?"] == ""
    assert answers["What is a partial index?"] == "An index over the rows a WHERE clause picks."
    assert len(answers) == 5


NOTEBOOK_END = """\
### Q1. What does asyncio.gather return?

The results, in the order the awaitables were given.

### Q2. How do you load settings from the environment with Pydantic?

```python
# TODO pydantic-settings example
```

---
*Last run: 14 Mar 2024, Python 3.12*
"""


def test_a_todo_cell_and_the_pages_closing_note_are_no_answer():
    answers = dict(pairs_of(NOTEBOOK_END))
    assert answers["How do you load settings from the environment with Pydantic?"] == ""
    assert answers["What does asyncio.gather return?"].startswith("The results, in the order")


ONE_ANSWER_WITH_BOLD_STEPS = """<!DOCTYPE html><html><head><title>Slow query</title></head><body>
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">Why is my Postgres query slow?</h1>
<div class="post" itemprop="text"><p>It takes 4 seconds on a 2-million-row table.</p></div>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Go through these in order.</p>
<p><strong>Is the index used?</strong></p><p>Run EXPLAIN ANALYZE and look for a Seq Scan.</p>
<p><strong>Are the statistics stale?</strong></p><p>Run ANALYZE on the table.</p>
<p><strong>Is it waiting on a lock?</strong></p><p>Look at pg_locks.</p>
</div></div></div></body></html>
"""


def test_a_qa_page_whose_answer_asks_its_way_through_steps_keeps_its_own_question():
    prompts = [prompt for prompt, _ in pairs_of(read_text(ONE_ANSWER_WITH_BOLD_STEPS).text)]
    assert prompts[0].startswith("Why is my Postgres query slow?")
