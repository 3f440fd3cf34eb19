"""Shapes met in held-out sets 67 and 68: a post that tells its questions in its paragraphs
("The first interviewer opened with a classic: What is...? I gave..."), an interviewer's
review kit, a course's questions with an answer key that cites their ids, a recruiter's
packet in timed rounds, and answers put off or kept back."""

import pytest

from tests.questions.importing.documents import pairs_of, read_drafts

READER_VIEW = """\
Async Python questions I got asked in three interviews

Round one: the warm-up

The first interviewer opened with a classic: What is the difference between concurrency \
and parallelism? I gave the textbook answer. Concurrency interleaves many things; \
parallelism runs them at the same instant.

What went wrong in round two?

Honestly: I over-explained. Keep that in mind.

Then a gotcha question: Why does asyncio.create_task need you to keep a reference to the \
task? The loop only holds a weak reference to tasks.

How would you limit a crawler to 10 concurrent requests? Use an asyncio.Semaphore(10) \
around each request.

What's the GIL and does it matter for asyncio?

I rambled here and I'm still not sure what they were fishing for. Moving on.

They also threw in: What is uvloop and when would you use it?

No idea at the time. Still on my list.

Last question of the day was How do you test async code with pytest? Install \
pytest-asyncio and write the tests as async def.

Then the big one: "Design a rate limiter for an async HTTP client that several services \
share." I'm going to write a whole separate post about this, so no spoilers here.

Did you get all of them? Then you're better prepared than I was.
"""


def test_questions_told_in_a_posts_paragraphs_are_questions_with_what_follows_them():
    pairs = pairs_of(READER_VIEW)

    assert pairs == [
        (
            "What is the difference between concurrency and parallelism?",
            "I gave the textbook answer. Concurrency interleaves many things; parallelism runs "
            "them at the same instant.",
        ),
        (
            "Why does asyncio.create_task need you to keep a reference to the task?",
            "The loop only holds a weak reference to tasks.",
        ),
        (
            "How would you limit a crawler to 10 concurrent requests?",
            "Use an asyncio.Semaphore(10) around each request.",
        ),
        ("What's the GIL and does it matter for asyncio?", ""),
        ("What is uvloop and when would you use it?", ""),
        (
            "How do you test async code with pytest?",
            "Install pytest-asyncio and write the tests as async def.",
        ),
        ("Design a rate limiter for an async HTTP client that several services share.", ""),
    ]


REVIEW_KIT = """\
<h1>Backend code review exercise</h1>
<h2>Before the session</h2>
<ul><li>Did you send the candidate the sandbox repo link at least 24h before?</li></ul>
<h2>The pull request</h2>
<table>
<tr><td>8</td><td><code>class Order(BaseModel):</code></td></tr>
<tr><td>9</td><td><code> user_id: int</code></td></tr>
<tr><td>10</td><td><code> items: list = []</code></td></tr>
</table>
<p><b>💬 Prompt (L16):</b> Spot the security problem on this line. How would you exploit it,<br>
and how would you fix it?</p>
<p><b>Good reply:</b> classic SQL injection: the input is pasted into the query text.</p>
<h2>Discussion questions</h2>
<table>
<tr><th>✓</th><th>Topic</th><th>Ask</th><th>A good answer covers</th></tr>
<tr><td></td><td>HTTP</td><td>What's the difference between a 401 and a 403?</td>
<td>401 means unauthenticated; 403 means known but not allowed.</td></tr>
<tr><td></td><td>API design</td><td>How would you version this API?</td><td>—</td></tr>
</table>
<h2>Wrap-up</h2>
<ul><li>Did the candidate ask clarifying questions before diving in?</li></ul>
"""


def test_an_interviewers_review_kit_has_its_prompts_and_discussion_table_as_questions():
    drafts = read_drafts(REVIEW_KIT)

    assert [(d.prompt, d.answer, d.answer_outline) for d in drafts] == [
        (
            "Spot the security problem on this line. How would you exploit it, and how would "
            "you fix it?",
            "classic SQL injection: the input is pasted into the query text.",
            "",
        ),
        (
            "What's the difference between a 401 and a 403?",
            "",
            "401 means unauthenticated; 403 means known but not allowed.",
        ),
        ("How would you version this API?", "", ""),
    ]


SYLLABUS = """\
### Week 1 — HTTP and REST

#### Review questions

R1.1 What makes an API "RESTful"? Name at least three REST constraints.

R1.2 Explain the difference between a path parameter and a query parameter.

R1.3 How would you version a public API?

### Week 5 — Security

R5.1 What is the principle of least privilege? Give an example involving a database.

R5.2 What is property-based testing?

## Answer key (self-study)

Keys for questions without an entry will be added after class.

R1.1

A uniform interface, statelessness, cacheable responses and a client-server split.

R1.2

A path parameter names a resource (`/users/42`); a query parameter filters a collection.

R5.1

Give every component only the permissions it needs. The web app's database user cannot
drop tables.

R5.2

See the Hypothesis documentation: [hypothesis.readthedocs.io](https://hypothesis.readthedocs.io/)
"""


def test_questions_with_ids_are_answered_by_the_entries_of_the_key_that_cite_them():
    pairs = pairs_of(SYLLABUS)

    assert pairs == [
        (
            'What makes an API "RESTful"? Name at least three REST constraints.',
            "A uniform interface, statelessness, cacheable responses and a client-server split.",
        ),
        (
            "Explain the difference between a path parameter and a query parameter.",
            "A path parameter names a resource (`/users/42`); a query parameter filters a "
            "collection.",
        ),
        ("How would you version a public API?", ""),
        (
            "What is the principle of least privilege? Give an example involving a database.",
            "Give every component only the permissions it needs. The web app's database user "
            "cannot\ndrop tables.",
        ),
        ("What is property-based testing?", ""),  # only a link
    ]


@pytest.mark.parametrize(
    "said",
    [
        "We'll come back to this in week 10 (zero-downtime deploys).",
        "Model answer will be posted after Lab 7.",
        "We won't give this one away. Think about it before the day!",
        "I ran out of space for this one — it deserves its own issue. Next time, promise.",
        "Honestly, I haven't used it yet. I'd have to look that one up.",
    ],
)
def test_an_answer_put_off_or_kept_back_is_no_answer(said):
    assert pairs_of(f"What is a hot key in a cache?\n\n{said}\n") == [
        ("What is a hot key in a cache?", "")
    ]


def test_a_timed_round_in_capitals_ends_the_answer_above_it():
    packet = (
        "ROUND 1 · PYTHON (45 MIN)\n\n"
        "How do you manage dependencies for a service you own?\n\n"
        "I use uv and a lock file.\n\n"
        "ROUND 2 · SYSTEM DESIGN (75 MIN)\n\n"
        "One open-ended problem, discussed on a whiteboard. Sample prompts:\n\n"
        "Design a URL shortener that handles 10,000 writes per second.\n"
    )

    assert pairs_of(packet) == [
        ("How do you manage dependencies for a service you own?", "I use uv and a lock file."),
        ("Design a URL shortener that handles 10,000 writes per second.", ""),
    ]


NEWSLETTER_HTML = """\
<h2>Quick-fire round</h2>
<table>
<tr><td>True or false: HTTPS hides the URL path from your ISP.</td>
<td><b>True.</b> The path is encrypted; the hostname leaks through DNS and SNI.</td></tr>
<tr><td>What port does PostgreSQL listen on by default?</td><td><b>5432.</b></td></tr>
</table>
<h2>This week's questions</h2>
<p>Reply with your answers: the best ones get quoted next Tuesday.</p>
<p>A. What is a timing attack, and how do you compare secrets safely?</p>
<p>B. Design a system that detects a card used in two countries within one hour.</p>
<p>C. What's the difference between OAuth 2.0 and OpenID Connect?</p>
<p>Enjoying this? Forward it to a friend who's job hunting.</p>
"""


def test_a_newsletters_quiz_table_and_lettered_questions_are_questions():
    pairs = pairs_of(NEWSLETTER_HTML)

    assert pairs == [
        (
            "True or false: HTTPS hides the URL path from your ISP.",
            "**True.** The path is encrypted; the hostname leaks through DNS and SNI.",
        ),
        ("What port does PostgreSQL listen on by default?", "**5432.**"),
        ("What is a timing attack, and how do you compare secrets safely?", ""),
        ("Design a system that detects a card used in two countries within one hour.", ""),
        ("What's the difference between OAuth 2.0 and OpenID Connect?", ""),
    ]


def test_an_answer_labelled_a_is_no_lettered_question():
    text = (
        "Q1. You have 500 URLs to fetch and the API allows at most 20\n"
        "concurrent requests. How do you structure the code with asyncio?\n"
        "A. Create the tasks with a shared asyncio.Semaphore(20), and gather them.\n"
    )

    assert [answer for _, answer in pairs_of(text)] == [
        "Create the tasks with a shared asyncio.Semaphore(20), and gather them."
    ]


COURSE_PAGE = """\
## Learning outcomes

By the end of the course, students will be able to:

- explain the request/response cycle of a Django application;
- design a normalized relational schema and query it with the ORM;

## Week 2 — Settings

Why should settings like SECRET_KEY not be committed to the repository?

It signs sessions and tokens: anyone who has it can forge them.

✎ Reflection: which part of the request cycle surprised you the most, and why?

## Course policies

### What if I miss a lab?

Your lowest lab score is dropped.

   WHO WILL I MEET?
   One lead interviewer, sometimes a shadow who does not score you.
"""


def test_a_syllabus_outcomes_policies_and_reflections_are_not_interview_questions():
    assert pairs_of(COURSE_PAGE) == [
        (
            "Why should settings like SECRET_KEY not be committed to the repository?",
            "It signs sessions and tokens: anyone who has it can forge them.",
        )
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Our Postgres disk ran out of space during a backfill, so we paused the job.",
        "We'll come back to this in the API module, so briefly: gRPC for internal calls.",
        "Stub: a fake object that returns canned answers to calls made during the test.",
        "Use semantic-release: the version is bumped and the release notes will be published.",
        "See [PEP 8](https://peps.python.org/pep-0008/): four spaces, never tabs.",
        "I rambled about consistent hashing and virtual nodes.",
    ],
)
def test_an_answer_that_only_sounds_put_off_is_an_answer(said):
    assert pairs_of(f"What happened in your last incident?\n\n{said}\n") == [
        ("What happened in your last incident?", said)
    ]


def test_questions_numbered_q1_are_answered_by_a_numbered_key_and_a_list_after_it_asks():
    text = (
        "Q1 What port does HTTPS use by default?\n\nQ2 What does DNS resolve?\n\n"
        "## Answer key\n\n1. 443.\n\n2. Names to IP addresses.\n\n## More\n\n"
        "- How does TLS session resumption work?\n- Why does QUIC run over UDP?\n"
    )

    assert pairs_of(text) == [
        ("What port does HTTPS use by default?", "443."),
        ("What does DNS resolve?", "Names to IP addresses."),
        ("How does TLS session resumption work?", ""),
        ("Why does QUIC run over UDP?", ""),
    ]


def test_a_told_question_of_two_sentences_that_ask_stays_whole():
    text = (
        "He opened with a classic: What is a mutex? How does it differ from a semaphore? "
        "I said a mutex has an owner.\n"
    )

    assert pairs_of(text) == [
        ("What is a mutex? How does it differ from a semaphore?", "I said a mutex has an owner.")
    ]


def test_a_remark_under_a_question_that_it_has_no_answer_leaves_the_prompt():
    packet = (
        "   ROUND 4 · BEHAVIOURAL (45 MIN)\n\n"
        "   Tell us about a production incident you owned end to end.\n"
        "      (Behavioural — no model answer. Use the STAR structure: situation, task,\n"
        "      action, result.)\n\n"
        "   How would you protect an API from brute-force login attempts?\n"
        "      Rate-limit per account and per IP, and lock out after repeated failures.\n"
    )

    assert pairs_of(packet) == [
        ("Tell us about a production incident you owned end to end.", ""),
        (
            "How would you protect an API from brute-force login attempts?",
            "Rate-limit per account and per IP, and lock out after repeated failures.",
        ),
    ]
