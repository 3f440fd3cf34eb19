"""An interviewer's kit in YAML, lecture notes with an answer key by section, an interview
guide's numbered questions with what to look for, a notes app's outline, a transcription
tool's speakers, a prep checklist, and a forum's replies citing a list by number."""

from questions.importing.reading import READ_AS_CHAT, READ_AS_OUTLINE, read_text
from tests.questions.importing.documents import pairs_of

KIT = """\
# Interview kit: backend, L4
# TODO: add senior-level ones
kit:
  role: Backend Engineer
  rounds:
    - name: Streaming
      questions:
        - id: kafka-01
          ask: What is a Kafka partition?
          follow_ups:
            - How many would you create?
          good_answer: >
            An ordered log on a broker, and the unit of parallelism of a topic.
          notes: warm-up
        - id: kafka-02
          ask: What happens during a consumer group rebalance?
          notes: ask Priya for the rubric
        - id: kafka-03
          ask: Explain at-least-once delivery.
          good_answer: Offsets are committed after processing, so a crash repeats some work.
"""


def test_an_interviewers_yaml_kit_asks_and_answers_with_its_own_keys():
    assert pairs_of(KIT) == [
        ("What is a Kafka partition?",
         "An ordered log on a broker, and the unit of parallelism of a topic."),
        ("What happens during a consumer group rebalance?", ""),
        ("Explain at-least-once delivery.",
         "Offsets are committed after processing, so a crash repeats some work."),
    ]  # fmt: skip


LECTURE = """\
## 1. HTTP

### Review questions

1. What does HTTP/2 multiplexing solve?
2. Which status code means created?

## 2. Caching

### Review questions

1. Describe the cache-aside pattern.
2. What is a cache stampede?

## Answer key

**1.1 —** Head-of-line blocking: many requests share one connection.

**1.2 —** `201 Created`, with a `Location` header.

**2.1 —** Read the cache first; on a miss, load from the database and fill the cache.

**2.2 —** TODO
"""


def test_an_answer_key_cites_each_question_by_its_section_and_number():
    assert pairs_of(LECTURE) == [
        ("What does HTTP/2 multiplexing solve?",
         "Head-of-line blocking: many requests share one connection."),
        ("Which status code means created?", "`201 Created`, with a `Location` header."),
        ("Describe the cache-aside pattern.",
         "Read the cache first; on a miss, load from the database and fill the cache."),
        ("What is a cache stampede?", ""),
    ]  # fmt: skip


GUIDE = """\
3.2 Technical screen
Duration: 60 minutes.

Q3.2.1\tExplain what y = x; y.append(3) does to x.
Look for: Both names point at one list, so x changes too.
Red flags: Believes that assignment copies the list.

Q3.2.2\tHow would you store user passwords?
Look for: TBD (Priya to add after calibration)
Red flags: —

Q3.2.3\tWhat is SQL injection?
Look for: Untrusted input changing a query's structure; use parameters.
"""


def test_an_interview_guides_numbered_questions_answer_with_what_to_look_for():
    pairs = pairs_of(GUIDE)

    assert [prompt for prompt, _ in pairs] == [
        "Explain what y = x; y.append(3) does to x.",
        "How would you store user passwords?",
        "What is SQL injection?",
    ]
    assert pairs[0][1].startswith("Both names point at one list")
    assert pairs[1][1] == ""  # what to look for is still to be written
    assert pairs[2][1] == "Untrusted input changing a query's structure; use parameters."


ONENOTE = """\
Interview prep – Security
Tuesday, May 6, 2025
9:41 PM

Tags: Important

Security
\tWhat is XSS and how do you prevent it?
\t\tA script of the attacker's runs in another user's browser; escape output.
\tWhat is the OWASP Top 10?
\t\tA list of the most common web application risks.
HTTP
\tWhat does 502 mean behind a load balancer?
\t\tThe upstream gave the proxy no valid response.
"""


def test_a_notes_apps_outline_with_a_tag_line_is_still_an_outline():
    assert read_text(ONENOTE).read_as == READ_AS_OUTLINE
    assert [prompt for prompt, _ in pairs_of(ONENOTE)] == [
        "What is XSS and how do you prevent it?",
        "What is the OWASP Top 10?",
        "What does 502 mean behind a load balancer?",
    ]


TRANSCRIPT = """\
Speaker 1 (00:00:21):
So first one. What's the difference between is and double equals in Python?

Speaker 2 (00:00:28):
Double equals compares values, is checks that both names are the same object.

Speaker 1 (00:00:49):
Okay. What would you use Redis streams for?

Speaker 2 (00:00:55):
Uh, I don't remember the difference, can we skip that one?

Speaker 1 (00:01:02):
Sure. How would you explain the CAP theorem?

Speaker 2 (00:01:06):
When the network splits you choose between consistency and availability.
"""


def test_a_transcription_tools_speakers_are_a_chats_turns():
    assert read_text(TRANSCRIPT).read_as == READ_AS_CHAT
    pairs = pairs_of(TRANSCRIPT)

    assert [answer for _, answer in pairs] == [
        "Double equals compares values, is checks that both names are the same object.",
        "",
        "When the network splits you choose between consistency and availability.",
    ]


CHECKLIST = """\
## Week 1 (2/4 done)

- [x] Explain how a generator works
  <details>
  <summary>answer</summary>

  It runs its body up to each `yield` and pauses there, so values come one at a time.

  </details>
- [x] Compare a Deployment and a StatefulSet
  - a StatefulSet gives each pod a stable name and its own volume
- [x] Write a context manager that times a block
  <details>
  <summary>answer</summary>

  Take the time before a `yield` and print the difference after it, in a `finally`.

  </details>
- [ ] Finish the asyncio tutorial
- [ ] Write my cover letter
"""


def test_a_checklists_tasks_over_their_answers_are_questions_and_its_to_dos_are_not():
    assert pairs_of(CHECKLIST) == [
        ("Explain how a generator works",
         "It runs its body up to each `yield` and pauses there, so values come one at a time."),
        ("Compare a Deployment and a StatefulSet",
         "- a StatefulSet gives each pod a stable name and its own volume"),
        ("Write a context manager that times a block",
         "Take the time before a `yield` and print the difference after it, in a `finally`."),
    ]  # fmt: skip


FORUM = """\
Hi all, the list I expect:

1. What is the N+1 query problem?
2. What does EXPLAIN ANALYZE show you?
3. How do you resolve conflicting migrations?

Thanks in advance!

Good list. Quick takes on 1 and 2:

1 — You loop over rows and touch a relation on each, one query per row.

2 — EXPLAIN ANALYZE runs the query and prints the plan with real timings.

3 is a good one, I never know how to explain it properly either. Following this thread.
"""


def test_a_replys_paragraphs_cite_the_posts_questions_by_number_and_a_dash():
    assert pairs_of(FORUM) == [
        ("What is the N+1 query problem?",
         "You loop over rows and touch a relation on each, one query per row."),
        ("What does EXPLAIN ANALYZE show you?",
         "EXPLAIN ANALYZE runs the query and prints the plan with real timings."),
        ("How do you resolve conflicting migrations?", ""),
    ]  # fmt: skip


THREAD = """\
Dana Whitfield
@dana_codes
·
Jan 9
6/8 How would you design a rate limiter for a public API?

Reply with your answer, I'll quote the best one 👇
64
23
Dana Whitfield
@dana_codes
·
Jan 9
7/8 What is a deadlock? Give an example from a database.

Two transactions each hold a lock the other one needs. Lock rows in one order.
4
37
Dana Whitfield
@dana_codes
·
Jan 9
8/8 Explain eventual consistency like I'm a product manager.

This one is my favorite. No spoilers. 🤐
11
Kevin Ortiz
@kev_builds
·
Jan 9
Replying to @dana_codes
6/ token bucket per API key in Redis, refilled at a fixed rate; when it is empty return 429 \
with a Retry-After header, and do the check in a Lua script so it is atomic.
2
"""


def test_a_threads_replies_answer_its_posts_by_number_and_its_teasers_answer_nothing():
    assert pairs_of(THREAD) == [
        ("How would you design a rate limiter for a public API?",
         "token bucket per API key in Redis, refilled at a fixed rate; when it is empty return "
         "429 with a Retry-After header, and do the check in a Lua script so it is atomic."),
        # the sentence after the "?" asks for more of the same
        ("What is a deadlock? Give an example from a database.",
         "Two transactions each hold a lock the other one needs. Lock rows in one order."),
        ("Explain eventual consistency like I'm a product manager.", ""),
    ]  # fmt: skip


def test_an_answer_that_ends_on_the_follow_up_it_leads_to_is_no_question():
    post = (
        "How does a database index work?\n\n"
        "I want to hear B-tree: sorted, balanced, O(log n) lookups, leaf pages pointing to rows. "
        "Then the follow-up: why doesn't an index on (a, b) help a filter on b alone?\n"
    )
    assert [prompt for prompt, _ in pairs_of(post)] == ["How does a database index work?"]


def test_an_interviewer_sets_a_task_after_a_remark_and_fillers():
    transcript = """\
Speaker 1 (00:04:53):
Right. Okay, so, um, how does Python manage memory?

Speaker 2 (00:04:58):
Reference counting, plus a cyclic collector for cycles.

Speaker 1 (00:05:29):
Perfect. Okay, let's code. So, the task: write a function that merges overlapping intervals.

Speaker 2 (00:05:38):
Sort by start, then extend the last interval or append a new one.
"""
    assert [prompt for prompt, _ in pairs_of(transcript)] == [
        "how does Python manage memory?",
        "write a function that merges overlapping intervals.",
    ]


def test_code_indented_with_tabs_under_a_question_is_no_outline():
    note = (
        "Why does this cache leak memory in production?\n"
        "\n"
        "class Cache:\n"
        "\tdef __init__(self):\n"
        "\t\tself.items = {}\n"
        "\tdef get(self, key, load):\n"
        "\t\tif key not in self.items:\n"
        "\t\t\tself.items[key] = load(key)\n"
        "\t\treturn self.items[key]\n"
        "\n"
        "It never evicts: every key ever asked for stays in the dict.\n"
    )
    assert read_text(note).read_as != READ_AS_OUTLINE
    ((question, answer),) = pairs_of(note)
    assert question == "Why does this cache leak memory in production?"
    assert "self.items[key] = load(key)" in answer and "It never evicts" in answer


def test_a_replys_own_thread_numbering_and_a_rating_cite_no_post():
    thread = THREAD.replace("6/8", "1/3").replace("7/8", "2/3").replace("8/8", "3/3")
    replies = thread.replace(
        "6/ token bucket per API key",
        "1/2 honestly I think this whole thread misses that most teams never need to build "
        "any of this themselves at all.\n2\nKevin Ortiz\n"
        "@kev_builds\n·\nJan 9\nReplying to @dana_codes\n3/10 would hire again, but the PM "
        "framing is a bit much. Anyway: token bucket per API key",
    )
    pairs = pairs_of(replies)
    assert pairs[0] == ("How would you design a rate limiter for a public API?", "")
    assert "would hire again" not in pairs[2][1]


def test_a_reply_citing_a_post_may_start_its_answer_with_a_number():
    reply = THREAD.replace(
        "6/ token bucket per API key", "6/ 429 plus Retry-After: token bucket per API key"
    )
    assert pairs_of(reply)[0][1].startswith("429 plus Retry-After")


def test_a_replys_count_of_posts_is_read_with_or_without_spaces():
    for cited in ("6 / 8 token bucket", "6/8 token bucket"):
        reply = THREAD.replace("6/ token bucket", cited)
        assert pairs_of(reply)[0][1].startswith("token bucket per API key"), cited


def test_a_reply_to_a_handle_may_start_its_answer_with_a_number():
    reply = THREAD.replace(
        "Replying to @dana_codes\n6/ token bucket per API key",
        "@dana_codes re 6/ 429 plus Retry-After: token bucket per API key",
    )
    assert pairs_of(reply)[0][1].startswith("429 plus Retry-After")
