"""Pages made for visitors, not for study: a careers page whose questions sit in accordion
buttons next to a FAQ about hiring, a tutorial site with "Show answer" buttons and answers
behind a paywall, a shared doc with answer slots left empty, and notes that end with the
candidate's own questions to the company."""

from tests.questions.importing.documents import pairs_of

CAREERS_PAGE = """\
<!doctype html>
<html><body>
<header><nav><a href="/jobs">Open roles</a></nav></header>
<main>
<h1>Interviewing platform engineers at Example Corp</h1>
<p>Below are questions from our first technical call.</p>
<div class="accordion">
  <h3><button>What does a reverse proxy do for an application server?</button></h3>
  <div><p>It terminates TLS, buffers slow clients and spreads requests over several
  upstream processes, so the application only sees fast local connections.</p></div>
  <h3><button aria-expanded="false">Why would you put a queue between two services?</button></h3>
  <div><p>To absorb bursts and let the consumer fail or restart without losing work.</p></div>
</div>
<h2>Questions about the hiring process</h2>
<h3>Do I get feedback if I am not selected?</h3>
<p>Yes, your recruiter will share a short summary.</p>
<h3>How many rounds are there?</h3>
<p>Three, usually within two weeks.</p>
</main>
<footer>&copy; 2026 Example Corp</footer>
</body></html>
"""


def test_an_accordion_button_in_a_heading_is_the_question():
    found = dict(pairs_of(CAREERS_PAGE))

    assert "What does a reverse proxy do for an application server?" in found
    assert (
        "buffers slow clients" in found["What does a reverse proxy do for an application server?"]
    )
    assert found["Why would you put a queue between two services?"].startswith("To absorb bursts")


def test_a_faq_about_the_hiring_process_holds_no_interview_questions():
    prompts = [prompt for prompt, _ in pairs_of(CAREERS_PAGE)]

    assert "Do I get feedback if I am not selected?" not in prompts
    assert "How many rounds are there?" not in prompts
    assert len(prompts) == 2


def test_a_browser_question_about_the_page_appearing_is_still_a_question():
    text = "## Networking\n\n### What happens between pressing Enter and the page appearing?\n\n"
    text += "DNS lookup, TCP and TLS handshakes, the request, then parsing and rendering.\n"

    assert pairs_of(text)[0][0] == "What happens between pressing Enter and the page appearing?"


TUTORIAL_SITE = """\
Home > Tutorials > Containers

Question 1
What is a container image layer?
Show answer
Each instruction in a build adds a read-only filesystem layer that later builds can reuse.
Hide answer

Question 2
Why should a container run one main process?
Show answer
🔒 This answer is available to Premium members.
Unlock all 250 interview answers with a 14-day free trial.
Hide answer

Orchestration

Question 3
What does a readiness probe decide?
Show answer
Whether the pod receives traffic from its service; a failing probe takes it out of rotation.
Hide answer

Comments (4)
Sort by: Oldest

dev_anna · 2 days ago
Question 2 got me in my last interview!
"""


def test_show_and_hide_buttons_are_not_part_of_an_answer():
    found = dict(pairs_of(TUTORIAL_SITE))

    layer = found["What is a container image layer?"]
    assert layer.startswith("Each instruction in a build")
    assert "Show answer" not in layer and "Hide answer" not in layer


def test_an_answer_behind_a_paywall_needs_one():
    found = dict(pairs_of(TUTORIAL_SITE))

    assert found["Why should a container run one main process?"] == ""


def test_a_comment_section_and_its_sorting_are_not_questions():
    prompts = [prompt for prompt, _ in pairs_of(TUTORIAL_SITE)]

    assert prompts == [
        "What is a container image layer?",
        "Why should a container run one main process?",
        "What does a readiness probe decide?",
    ]


SHARED_DOC = """\
Redis prep (shared doc)

Data types

Q1. When would you use a sorted set?
Answer: For leaderboards and time-ordered feeds: members ranked by a score, read by range.

Q2. What does the WAIT command guarantee?
Answer:


Persistence

Q3. What is the difference between RDB and AOF?
Answer: RDB writes point-in-time snapshots; AOF logs every write and replays it on start.

Q4. How would you rate-limit with Redis?
Answer: TBD - ask Priya, she built ours

Study group

(next session on Thursday)
"""


def test_an_empty_answer_slot_does_not_take_the_next_section_title():
    found = dict(pairs_of(SHARED_DOC))

    assert found["What does the WAIT command guarantee?"] == ""


def test_a_placeholder_answer_followed_by_the_next_section_needs_one():
    found = dict(pairs_of(SHARED_DOC))

    assert found["How would you rate-limit with Redis?"] == ""
    assert found["What is the difference between RDB and AOF?"].startswith("RDB writes")


def test_admitting_a_blank_then_planning_to_read_up_is_no_answer():
    text = """\
    Q: How does logical replication differ from streaming replication?
    -> kind of blanked. mumbled something about WAL and we moved on. need to read up on
    publications and subscriptions before the next round.

    Q: What is a partial index?
    my answer: an index over only the rows matching a WHERE clause, smaller and cheaper.
    """
    found = dict(pairs_of(text.replace("    ", "")))

    assert found["How does logical replication differ from streaming replication?"] == ""
    assert found["What is a partial index?"] != ""


def test_an_interjection_before_an_admission_does_not_hide_it():
    text = """\
## 4. What does a memoryview save you?

Honestly? I fumbled this one and never found a clear explanation. I'm writing a separate
post about buffers, follow me so you don't miss it.

## 5. What does functools.cache keep?

Every call's result keyed by its arguments, with no size limit.
"""
    found = dict(pairs_of(text))

    assert found["What does a memoryview save you?"] == ""
    assert found["What does functools.cache keep?"].startswith("Every call")


def test_the_candidates_questions_for_the_company_are_not_interview_questions():
    text = """\
--- round 1 ---

Q: How would you find a memory leak in a long-running worker?
my answer: tracemalloc snapshots compared over time, then the biggest growing traceback.

--- my questions for them ---
- how big is the team? -> six engineers
- what does on-call look like? -> one week in five
"""
    prompts = [prompt for prompt, _ in pairs_of(text)]

    assert prompts == ["How would you find a memory leak in a long-running worker?"]


BLOG_POST_TAIL = """\
# Twelve Redis questions

## 1. What does EXPIRE do to a key?

It gives the key a time to live; Redis deletes it once the time is up.

## Final tips

- Why do interviewers love Redis? Because it touches memory, networking and data structures.

### Related articles

- Which cache should you pick in 2026?

### 3 Comments

**sam_dev** · 1 day ago
Could you write one about Kafka next?
"""


def test_final_tips_related_articles_and_comments_hold_no_questions():
    assert [prompt for prompt, _ in pairs_of(BLOG_POST_TAIL)] == ["What does EXPIRE do to a key?"]


def test_coming_soon_followed_by_an_advert_needs_an_answer():
    text = """\
## 3. What does select_for_update lock?

Coming soon.

🔥 Spring sale: 30% off our SQL Masterclass. Use code SPRING30 at checkout.

## 4. What does bulk_create skip?

It skips save() and the pre_save and post_save signals.
"""
    found = dict(pairs_of(text))

    assert found["What does select_for_update lock?"] == ""
    assert found["What does bulk_create skip?"].startswith("It skips save()")


def test_an_answer_being_rewritten_or_put_off_in_the_interview_needs_one():
    text = """\
## What is a hot key in Redis?

We are updating this answer. Check back soon!

## How would you trace a slow request across services?

I'll be honest: I froze on this one and asked if we could come back to it. We never did.

## What is a bloom filter good for?

Answering "definitely not present" cheaply, with a small rate of false positives.
"""
    found = dict(pairs_of(text))

    assert found["What is a hot key in Redis?"] == ""
    assert found["How would you trace a slow request across services?"] == ""
    assert found["What is a bloom filter good for?"].startswith("Answering")


def test_a_question_about_cookies_is_not_a_cookie_banner():
    text = """\
## Security

1. Cookies or localStorage: where should a JWT live?
In an HttpOnly, Secure cookie, out of reach of scripts.
2. What does SameSite=Lax block?
Cookies on cross-site subrequests, such as a form posted from another site.

## Cookies vs sessions: where should login state live?

In a server-side session keyed by a signed cookie.
"""
    found = dict(pairs_of(text))

    assert found["Cookies or localStorage: where should a JWT live?"].startswith("In an HttpOnly")
    assert found["What does SameSite=Lax block?"].startswith("Cookies on cross-site")
    assert "Cookies vs sessions: where should login state live?" in found


def test_a_short_yes_before_an_unsure_aside_is_still_an_answer():
    text = "Q: Is dict ordering guaranteed in Python 3.7+?\nA: Yes. Not sure about 3.6.\n"

    assert pairs_of(text) == [
        ("Is dict ordering guaranteed in Python 3.7+?", "Yes. Not sure about 3.6.")
    ]
