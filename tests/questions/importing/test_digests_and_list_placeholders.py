"""A newsletter digest that answers yesterday's bonus question in today's issue and signs
off under "--", and the ways a list or a sheet leaves a question unanswered: a teaser
("Answer tomorrow!"), a comment's mark alone ("[e]"), "Help wanted", a passed question, a
row that is only a note."""

from questions.importing.reading import READ_AS_GITHUB_ISSUE, READ_AS_QUIZ_SUMMARY, read_text
from tests.questions.importing.documents import pairs_of

DIGEST = """\
---------- Forwarded message ---------
From: Daily Backend Drill <hello@drill.example>
Date: Mon, Mar 4, 2024 at 7:00 AM
Subject: Interview question of the day #112

🧠 INTERVIEW QUESTION OF THE DAY

What is a closure in Python?

✅ ANSWER

An inner function that remembers variables from the enclosing scope after it returned.

🎁 BONUS QUESTION

Why does a mutable default argument persist between calls?

Answer tomorrow!

--
Sponsored: ShipFast CI, run your tests faster.
You're receiving this because you subscribed. Unsubscribe


---------- Forwarded message ---------
From: Daily Backend Drill <hello@drill.example>
Date: Tue, Mar 5, 2024 at 7:00 AM
Subject: Interview question of the day #113

YESTERDAY'S BONUS, ANSWERED

Default values are evaluated once, when the def statement runs, so a list default is shared.

🧠 INTERVIEW QUESTION OF THE DAY

What is a CTE and when is it materialized in PostgreSQL?

✅ ANSWER

A named subquery in WITH; since PostgreSQL 12 it is inlined unless referenced twice.

--
Sponsored: ShipFast CI, run your tests faster.
You're receiving this because you subscribed. Unsubscribe
"""


def test_a_digest_answers_yesterdays_question_and_keeps_its_footers_out():
    pairs = dict(pairs_of(DIGEST))

    assert pairs["What is a closure in Python?"].startswith("An inner function")
    assert "Unsubscribe" not in pairs["What is a closure in Python?"]
    assert pairs["Why does a mutable default argument persist between calls?"] == (
        "Default values are evaluated once, when the def statement runs, so a list default is "
        "shared."
    )
    assert pairs["What is a CTE and when is it materialized in PostgreSQL?"] == (
        "A named subquery in WITH; since PostgreSQL 12 it is inlined unless referenced twice."
    )


def test_the_ways_a_list_leaves_a_question_unanswered():
    readme = """\
## Questions

### Why shouldn't containers run as root?

🚧 Help wanted — nobody has written this one yet. See CONTRIBUTING.md.

### What's the difference between CMD and ENTRYPOINT in a Dockerfile?

[e]

### How do you handle database connection pooling in an async app?

Hmm. Honestly, I'd have to pass on that one, I've only ever used the defaults.

### What is a covering index?

An index that holds every column the query reads.

## FAQ

### Can I translate it?

Yes, pull requests with translations are welcome.
"""
    assert pairs_of(readme) == [
        ("Why shouldn't containers run as root?", ""),
        ("What's the difference between CMD and ENTRYPOINT in a Dockerfile?", ""),
        ("How do you handle database connection pooling in an async app?", ""),
        ("What is a covering index?", "An index that holds every column the query reads."),
    ]


def test_a_sheets_row_that_is_only_a_note_is_no_answer_to_the_row_above():
    sheet = """\
Question,Answer,Status
How would you design a rate limiter?,,Not started
Ask Priya – are we still meeting Thursday for the mock?,,Not started
What is a covering index?,An index that holds every column the query reads.,Done
What is MVCC?,Each transaction sees a snapshot of the rows.,Done
"""
    assert pairs_of(sheet) == [
        ("How would you design a rate limiter?", ""),
        ("What is a covering index?", "An index that holds every column the query reads."),
        ("What is MVCC?", "Each transaction sees a snapshot of the rows."),
    ]


def test_an_interviewers_remarks_before_a_question_are_not_asked():
    captions = """\
WEBVTT

00:00:01.000 --> 00:00:04.000
<v Sofia Marchetti>Is it OK if I record this so my colleague can review it later?</v>

00:00:05.000 --> 00:00:06.000
<v Jordan Whitfield>Sure, go ahead.</v>

00:00:07.000 --> 00:00:12.000
<v Sofia Marchetti>If you don't know something, just say pass and we'll move on. First one. \
What's the difference between a process and a thread in Python?</v>

00:00:13.000 --> 00:00:20.000
<v Jordan Whitfield>A process has its own memory and interpreter; threads share one.</v>

00:00:21.000 --> 00:00:30.000
<v Sofia Marchetti>Sorry, one sec, someone's at the door. OK, I'm back. Where were we? Right. \
How would you test code that calls an external payment API?</v>

00:00:31.000 --> 00:00:38.000
<v Jordan Whitfield>Wrap the client behind an interface and use a fake in unit tests.</v>

00:00:39.000 --> 00:00:42.000
<v Sofia Marchetti>Are you still there? Okay. What is a covering index?</v>

00:00:43.000 --> 00:00:48.000
<v Jordan Whitfield>An index holding every column the query reads.</v>
"""
    assert [question for question, _ in pairs_of(captions)] == [
        "What's the difference between a process and a thread in Python?",
        "How would you test code that calls an external payment API?",
        "What is a covering index?",
    ]


def test_a_scorecards_cell_broken_over_two_lines_stays_one_row():
    scorecard = (
        "Candidate:\tJordan Whitfield\n"
        "Interviewer:\tSofia Marchetti\n"
        "\n"
        "Question\tModel answer\tScore (1-5)\tNotes\n"
        "1. What is a deadlock in PostgreSQL?\tTwo transactions each hold a lock the other "
        "needs.\t4\t\n"
        "2. How would you cache an expensive query in Redis?\tCache-aside with a TTL.\n"
        "Invalidate by deleting the key on writes.\t4\t\n"
        "3. What is the difference between a mock and a stub?\tA stub returns canned answers; "
        "a mock also records calls.\t3\tmixed them up\n"
    )
    pairs = pairs_of(scorecard)
    assert [question for question, _ in pairs] == [
        "What is a deadlock in PostgreSQL?",
        "How would you cache an expensive query in Redis?",
        "What is the difference between a mock and a stub?",
    ]
    assert "Invalidate by deleting the key on writes." in pairs[1][1]


QUIZ_SUMMARY = """\
Backend Python – Screening Quiz (Round 1)
Questions
Responses
23
Summary
Question	Correct responses
Which PostgreSQL command shows the actual execution time of each plan node?	8 / 23
Full name
23 responses

What does await do inside an async def function?
17 / 23 correct responses
Copy chart

It starts the coroutine in a new thread
2 (8.7%)
It suspends the current coroutine so the event loop can run other tasks
17 (73.9%)
Correct answer
It suspends the current coroutine so the event loop can run other tasks
Feedback
await hands control back to the event loop.

Which PostgreSQL command shows the actual execution time of each plan node?
8 / 23 correct responses
Copy chart

EXPLAIN
EXPLAIN ANALYZE
Correct answer
EXPLAIN ANALYZE
Feedback
Plain EXPLAIN only shows the planner's estimates.

Look at this endpoint:
@app.get("/report")
async def report():
    time.sleep(5)
What is the main problem?
14 / 23 correct responses

Correct answer
time.sleep blocks the event loop, so every other request waits
Feedback
Use await asyncio.sleep(5).

In Kubernetes, what is the difference between a liveness probe and a readiness probe?
3 responses

no clue
skip

How did you hear about this role?
23 responses

LinkedIn
"""


def test_a_quizs_summary_of_responses_gives_each_question_its_correct_answer():
    assert read_text(QUIZ_SUMMARY).read_as == READ_AS_QUIZ_SUMMARY
    pairs = pairs_of(QUIZ_SUMMARY)
    assert [question.split("\n")[0] for question, _ in pairs] == [
        "What does await do inside an async def function?",
        "Which PostgreSQL command shows the actual execution time of each plan node?",
        "Look at this endpoint: What is the main problem?",
        "In Kubernetes, what is the difference between a liveness probe and a readiness probe?",
    ]
    assert pairs[0][1] == (
        "It suspends the current coroutine so the event loop can run other tasks\n\n"
        "await hands control back to the event loop."
    )
    assert '@app.get("/report")' in pairs[2][0]
    assert pairs[2][1].startswith("time.sleep blocks the event loop")
    assert pairs[3][1] == ""  # its responses were "no clue" and "skip": no correct answer


GITHUB_ISSUE = """\
Skip to content
Navigation Menu
Issues
14
Interview questions for the backend role #47
Open
@dkowalski
dkowalski
opened this issue on Mar 4 · 9 comments
@dkowalski
Contributor
dkowalski commented on Mar 4 •
edited
Drafting the question bank. Maintainers: please answer in the comments.

 How does the asyncio event loop schedule coroutines?
 How do Pydantic v2 validators differ from v1 validators?
 What is a multi-stage Docker build and why would you use one?

Not sure yet whether we also want a take-home. Thoughts?

👍 3
@lena-sz lena-sz added hiring documentation labels on Mar 4
@lena-sz
Member
lena-sz commented on Mar 4
How does the asyncio event loop schedule coroutines?

The loop keeps a queue of ready callbacks and runs each task until it awaits.

How do Pydantic v2 validators differ from v1 validators?

😬 I've been avoiding this one, someone who did the migration please take it

👍 4
@tomasz-b
Member
tomasz-b commented on Apr 12
Can someone from SRE double-check the k8s answers?

What is a multi-stage Docker build and why would you use one?

Several FROM stages: a builder with the toolchain, and a slim final image with the artifacts.

@github-actions
github-actions bot commented on Apr 11
This issue has been automatically marked as stale because it has not had recent activity.

Sign up for free to join this conversation on GitHub. Already have an account? Sign in.
"""


def test_a_github_issues_comments_answer_the_questions_its_first_post_lists():
    assert read_text(GITHUB_ISSUE).read_as == READ_AS_GITHUB_ISSUE
    assert pairs_of(GITHUB_ISSUE) == [
        (
            "How does the asyncio event loop schedule coroutines?",
            "The loop keeps a queue of ready callbacks and runs each task until it awaits.",
        ),
        ("How do Pydantic v2 validators differ from v1 validators?", ""),
        (
            "What is a multi-stage Docker build and why would you use one?",
            "Several FROM stages: a builder with the toolchain, and a slim final image with the "
            "artifacts.",
        ),
    ]


def test_a_guides_unwritten_sections_answer_nothing():
    guide = """\
### What is the difference between response_model and a return type annotation?

_This section is coming soon – I'm rewriting it for FastAPI 0.115._

### How do Kubernetes ConfigMaps and Secrets differ?

> 🚧 **Work in progress.** I'll fill this in once the Kubernetes chapter has been reviewed.

### What is a readiness probe?

A check that tells the service to send traffic to the pod only once it can serve it.
"""
    assert [answer for _, answer in pairs_of(guide)] == [
        "",
        "",
        "A check that tells the service to send traffic to the pod only once it can serve it.",
    ]


def test_a_quiz_summarys_last_feedback_ends_at_the_pages_footer():
    summary = QUIZ_SUMMARY + (
        "\nWhy should a site send HSTS?\n12 / 23 correct responses\n\n"
        "Correct answer\nSo browsers never try plain HTTP first\n"
        "Feedback\nA redirect from HTTP is too late. Why not just redirect from HTTP?\n\n"
        "Which isolation level prevents phantom reads\n9 / 23 correct responses\n\n"
        "Correct answer\nSerializable\nFeedback\nOnly serializable rules out phantoms.\n\n"
        "This content is neither created nor endorsed by Google. Report Abuse - Terms of "
        "Service - Privacy Policy\n\nGoogle Forms\n"
    )
    answers = dict(pairs_of(summary))
    assert answers["Why should a site send HSTS?"].endswith("Why not just redirect from HTTP?")
    assert answers["Which isolation level prevents phantom reads"] == (
        "Serializable\n\nOnly serializable rules out phantoms."
    )


def test_a_quiz_summarys_question_keeps_its_description_under_it():
    summary = QUIZ_SUMMARY + (
        "\nWhich isolation level prevents phantom reads?\n\nAssume PostgreSQL 16 defaults.\n"
        "9 / 23 correct responses\n\nCorrect answer\nSerializable\n"
    )
    answers = dict(pairs_of(summary))
    assert answers[
        "Which isolation level prevents phantom reads?\n\nAssume PostgreSQL 16 defaults."
    ] == ("Serializable")
