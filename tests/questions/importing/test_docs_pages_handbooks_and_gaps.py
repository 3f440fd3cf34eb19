"""Documentation sites' pages (Docusaurus, Jekyll) whose furniture repeats or frames the
questions, and notes that say, in so many words, that there is no answer yet."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of, read_drafts

DOCS_PAGE = """<!DOCTYPE html><html><head><title>Testing | Handbook</title></head><body>
<main><article><div class="theme-doc-markdown markdown">
<h1>Testing questions</h1>
<h3 id="fixtures">What is a fixture in pytest?</h3>
<details><summary>Expected answer</summary>
<p>A function tests ask for by name; pytest runs it and hands them its value.</p>
</details>
<h3 id="mutation">What is mutation testing?</h3>
<details><summary>Expected answer</summary>
</details>
<div class="theme-admonition theme-admonition-warning alert alert--warning">
<div class="admonitionHeading">warning</div>
<div class="admonitionContent"><p>Don't use questions marked TBD in real interviews until
they have an expected answer.</p></div></div>
</div></article>
<div class="col col--3"><ul class="table-of-contents table-of-contents__left-border">
<li><a href="#fixtures" class="table-of-contents__link">What is a fixture in pytest?</a></li>
<li><a href="#mutation" class="table-of-contents__link">What is mutation testing?</a></li>
</ul></div></main></body></html>
"""


def test_a_docs_pages_contents_beside_it_are_not_its_questions_again():
    assert [prompt for prompt, _ in pairs_of(read_text(DOCS_PAGE).text)] == [
        "What is a fixture in pytest?",
        "What is mutation testing?",
    ]


def test_an_answer_box_left_empty_is_no_answer_whatever_follows_it():
    answers = dict(pairs_of(read_text(DOCS_PAGE).text))
    assert answers["What is mutation testing?"] == ""
    assert answers["What is a fixture in pytest?"].startswith("A function tests ask for")


HANDBOOK = """<!DOCTYPE html><html><head><title>Question bank</title></head><body>
<main><h1>Backend question bank</h1>
<p>Score each signal as strong or concerning.<sup id="fnref:1" role="doc-noteref">
<a href="#fn:1" class="footnote">1</a></sup></p>
<h2>Testing</h2>
<h3>What is contract testing?</h3>
<p>L4+ ~10 min</p>
<p><strong>What a good answer covers</strong></p>
<p>Each consumer records the requests it makes; the provider verifies them in its CI.</p>
<table><thead><tr><th>Signal</th><th>Strong</th><th>Concerning</th></tr></thead>
<tbody><tr><td>Breadth</td><td>Knows why shared environments do not scale</td>
<td>Has never heard of it and does not reason about it</td></tr></tbody></table>
<h2>Design and operations</h2>
<h3>How would you investigate a p99 latency regression?</h3>
<p>L5 ~20 min</p>
<p>Rubric being drafted after the March calibration session.</p>
<div class="footnotes" role="doc-endnotes"><ol>
<li id="fn:1"><p>The debrief template lives in the process pages.
<a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div>
</main></body></html>
"""


def test_a_handbooks_labels_badges_section_titles_and_footnotes_are_not_its_questions():
    drafts = read_drafts(HANDBOOK)
    assert [draft.prompt for draft in drafts] == [
        "What is contract testing?",
        "How would you investigate a p99 latency regression?",
    ]
    contract = drafts[0]
    assert contract.answer_outline.startswith("Each consumer records the requests it makes")
    assert "L4+" not in contract.answer + contract.answer_outline
    assert "debrief template" not in read_text(HANDBOOK).text
    assert "strong or concerning.1" not in read_text(HANDBOOK).text


def test_a_rubric_still_being_drafted_is_no_answer():
    latency = read_drafts(HANDBOOK)[1]
    assert not latency.has_answer


GAPS = """\
### 1. What is an INCLUDE index in Postgres?

Hmm. I've heard the term but I haven't used INCLUDE. I don't want to guess, so I'll say I
don't know.

### 2. How do you load settings with Pydantic?

pydantic-settings → TODO

### 3. How does the OAuth2 code flow with PKCE work?

Covered in detail on the [Authentication](/architecture/authentication#oauth2) page (draft,
not published yet).

### 4. How do WebSockets work in FastAPI?

Honestly, I have never run WebSockets in production, so I am skipping this one rather than
making something up. If you have a good answer, drop it in the comments!

### 5. How do you version an API?

There's a great write-up on this here: [API versioning explained](https://example.com/v).

### 6. What is a covering index?

One that holds every column the query reads, so the table itself is never visited. I don't
know of a database without them.
"""


def test_notes_that_there_is_no_answer_yet_are_no_answers():
    answers = dict(pairs_of(GAPS))
    assert [prompt for prompt, answer in answers.items() if answer] == ["What is a covering index?"]


REFERRALS = """\
### 1. What are decorators in Python?

Please refer to [Decorators in Python](https://example.org/decorators-in-python/) for a
detailed explanation with examples.

### 2. What are metaclasses?

**Must Read:** [Metaprogramming with Metaclasses](https://example.org/metaclasses-python/)

### 3. How does a write-ahead log give durability?

#stub

### 4. How do you design cache invalidation?

See [[202401221000]] and https://martinfowler.com/bliki/TwoHardThings.html

### 5. What is a context manager?

See [the docs](https://docs.python.org/3/reference/datamodel.html): an object whose
`__enter__` and `__exit__` run around a `with` block.

### 6. What does DRF validate first?

I still don't know the full answer to this.
"""


def test_only_where_to_read_an_answer_is_no_answer_and_what_follows_a_link_is_one():
    answers = dict(pairs_of(REFERRALS))
    assert [prompt for prompt, answer in answers.items() if answer] == [
        "What is a context manager?"
    ]


LEFT_TO_READERS = """\
## How would you scale a FastAPI service to 10k requests a second?

I'll leave this one to you. Drop your answer in the comments 👇 and I'll pin the best one.

<iframe src="https://codesandbox.io/embed/fastapi-snippets" style="width:100%"></iframe>

%[https://twitter.com/someone/status/1234567890]

## Where should a service keep its secrets?

This one deserves a thread of its own, I'll post it next week.

## What is asyncio.TaskGroup?

(3.11+) read the docs pls

## How do you debug a slow endpoint?

Profile it first: look at the slowest spans of a trace before touching the code.

{% embed https://dev.to/someone/profiling-fastapi %}
"""


def test_an_answer_left_to_the_readers_or_the_docs_is_none_and_embeds_are_no_text():
    answers = dict(pairs_of(LEFT_TO_READERS))
    assert [prompt for prompt, answer in answers.items() if answer] == [
        "How do you debug a slow endpoint?"
    ]
    slow = answers["How do you debug a slow endpoint?"]
    assert slow.startswith("Profile it first:")
    assert slow.endswith("before touching the code.")


REAL_ANSWERS = """\
### 1. How do you quarantine a flaky test?

Quarantine it: I'll skip it with @pytest.mark.skip, open a ticket and give it an owner.

### 2. How do you stop a chatbot from inventing facts?

Ground it in retrieved documents and instruct it to say it doesn't know rather than make
something up.

### 3. What does the GIL do?

It stops two threads running bytecode at once in one interpreter. Has 3.13 removed it for
good? I don't know.

### 4. How should a client retry a throttled request?

Exponential backoff with jitter. There's a good write-up here: https://example.com/backoff

### 5. What's the difference between a process and a thread?

A process is isolated: it gets its own address space. Threads share their process's memory.

### 6. What is the default max.poll.interval.ms of a Kafka consumer?

5 minutes.
If poll() isn't called within it, the consumer leaves the group.

### 7. Which status code means the client should retry later?

429 Too Many Requests, usually with a Retry-After header.
Appendix B of RFC 6585 lists the other codes added with it.
Clients should back off.
"""


def test_real_answers_that_sound_like_notes_of_a_gap_stay_whole():
    answers = dict(pairs_of(REAL_ANSWERS))
    assert all(answers.values()), [prompt for prompt, answer in answers.items() if not answer]
    assert answers["What is the default max.poll.interval.ms of a Kafka consumer?"].startswith(
        "5 minutes."
    )
    assert answers["Which status code means the client should retry later?"].endswith(
        "Clients should back off."
    )


def test_tasks_of_two_verbs_are_questions_and_a_follow_up_alone_is_no_answer():
    document = """\
1. Write and test a function that reverses a linked list in place.

Walk the list once, pointing each node at the one before it.

2. Describe and justify your choice of database for a payments ledger.

Postgres: serializable transactions and constraints.

### 3. How do pytest fixtures work?

*Follow-up if they answer quickly: how do you share fixtures across files?*

### 4. What is a mutex?

A lock that one thread holds at a time.
"""
    answers = dict(pairs_of(document))
    assert answers["Write and test a function that reverses a linked list in place."]
    assert answers["Describe and justify your choice of database for a payments ledger."]
    assert answers["How do pytest fixtures work?"] == ""
    assert answers["What is a mutex?"] == "A lock that one thread holds at a time."


def test_a_tables_bold_questions_left_unanswered_are_still_questions():
    table = """\
| Question | Your answer |
| --- | --- |
| **Explain the GIL** | |
| **Describe how a dict resolves collisions** | |
| What is a generator? | A function that yields values lazily. |
"""
    assert [prompt for prompt, _ in pairs_of(table)] == [
        "Explain the GIL",
        "Describe how a dict resolves collisions",
        "What is a generator?",
    ]
