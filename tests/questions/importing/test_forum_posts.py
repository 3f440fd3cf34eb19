"""A forum thread copied from the page: questions told inside posts, quoted in replies, and
a post's rows of buttons."""

from questions.importing.reading import READ_AS_FORUM, read_text
from tests.questions.importing.documents import pairs_of

THREAD = """\
r/golang
Posted by u/first_onsite · 5h

What backend questions did you actually get asked at your onsite?

Long time lurker. I have a final round on Monday and my prep so far is mostly reading docs. What did you all get? Anything that surprised you?

Discussion
87 · 31 comments · Share · Save

  u/queue_person · 5h
  I got "what is a message broker and why not call the other service directly?" What they wanted: decoupling, buffering spikes, retries when the consumer is down.

  Also "how do you make a consumer safe to run twice" which I fumbled.
  ⬆ 40 ⬇  Reply  Share  Report

    u/idem_potent · 4h
    > how do you make a consumer safe to run twice

    keep the ids of processed messages in the same transaction as the effect, and skip ids already seen.
    ⬆ 12 ⬇  Reply  Share

  u/staff_eng · 3h
  Interviewer here. My favourite one: "Production is slow since the deploy. Walk me through what you check first." I want to hear about comparing metrics before and after, not guessing.
  ⬆ 25 ⬇  Reply  Share

  u/tz_nerd · 2h
  they asked me how the scheduler handles daylight saving time. answer: store UTC and convert at the edges.
  ⬆ 3 ⬇  Reply  Share

  u/asker · 1h
  thanks! what would be a good answer to the broker one? did anyone else get asked about gRPC?
  ⬆ 1 ⬇  Reply

  u/lurker · 1h
  Any update on this? Is the part 2 post still planned?
  ⬆ 1 ⬇  Reply
"""  # noqa: E501 - a copied page's long lines


def test_a_thread_reads_the_questions_its_posts_tell_and_quote():
    assert read_text(THREAD).read_as == READ_AS_FORUM
    pairs = dict(pairs_of(THREAD))

    assert list(pairs) == [
        "what is a message broker and why not call the other service directly?",
        "how do you make a consumer safe to run twice",
        "Production is slow since the deploy. Walk me through what you check first.",
        "How the scheduler handles daylight saving time?",
    ]  # not the post asking for questions, its text, or the thread's own asides
    assert pairs[
        "what is a message broker and why not call the other service directly?"
    ].startswith("What they wanted: decoupling")
    assert pairs["how do you make a consumer safe to run twice"].startswith(
        "keep the ids of processed messages"
    )  # the reply under the quote
    assert pairs[
        "Production is slow since the deploy. Walk me through what you check first."
    ].startswith("I want to hear about comparing metrics")
    assert pairs["How the scheduler handles daylight saving time?"] == (
        "store UTC and convert at the edges."
    )


def test_a_post_that_lists_its_questions_keeps_them():
    post = """\
Posted by u/after_the_loop · 2h

Questions from my onsite, how would you answer them?

Two rounds, both remote:
1. What does a load balancer's health check decide?
2. Why would you pick a queue over a cron job?

12 · 4 comments · Share · Save

  u/lb_fan · 1h
  1: whether an instance gets traffic, by probing an endpoint it serves.
  ⬆ 2 ⬇  Reply  Share
"""

    assert [prompt for prompt, _ in pairs_of(post)] == [
        "What does a load balancer's health check decide?",
        "Why would you pick a queue over a cron job?",
    ]


def test_a_news_forums_comments_quote_what_their_writers_ask():
    thread = """\
Ask HN: What interview question tells you the most?
212 points by curious_dev 9 hours ago | hide | past | favorite | 88 comments

pay_eng 8 hours ago | prev | next [–]

We handle card payments, so I ask "how would you make a POST endpoint idempotent?" and wait.

reply

queue_nerd 7 hours ago | prev | next [–]

"What happens to a message when its consumer crashes halfway?" – few candidates get it.

reply
"""
    assert pairs_of(thread) == [
        ("how would you make a POST endpoint idempotent?", ""),  # "and wait." goes on
        # a remark about the question after it, not its answer
        ("What happens to a message when its consumer crashes halfway?", ""),
    ]


def test_a_later_post_that_restates_a_listed_question_answers_it():
    discussion = """\
# Questions for the caching chapter

- [ ] What is cache stampede, and how do you prevent it?
- [ ] When should a cache entry expire?
- [ ] How do you warm a cache after a deploy?

---

Taking the first one: **What is cache stampede?** Many requests miss the same key at once
and all rebuild it; a lock or early refresh lets one of them do it.
"""
    assert pairs_of(discussion) == [
        (
            "What is cache stampede, and how do you prevent it?",
            "Many requests miss the same key at once\nand all rebuild it; a lock or early "
            "refresh lets one of them do it.",
        ),
        ("When should a cache entry expire?", ""),
        ("How do you warm a cache after a deploy?", ""),
    ]


def test_a_shorter_question_that_is_not_a_clause_of_the_listed_one_answers_nothing():
    notes = """\
- What is an index-only scan?

---

**What is an index?** A sorted structure that finds rows without reading the table.
"""
    assert pairs_of(notes) == [
        ("What is an index-only scan?", ""),
        ("What is an index?", "A sorted structure that finds rows without reading the table."),
    ]
