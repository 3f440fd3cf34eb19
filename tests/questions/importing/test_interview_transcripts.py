"""Mock interviews kept as transcripts: a podcast's timed lines, a chat with an AI that
quizzes. The interviewer asks; what the candidate says is the answer, and a candidate who
passes has given none."""

from questions.importing.cleaning import is_placeholder
from questions.importing.reading import READ_AS_CHAT, read_text
from tests.questions.importing.documents import pairs_of

PODCAST = """\
Queue Talk, episode 12: a live mock interview
[00:00:02] HOST: Welcome back. How are you doing today? Slept well?
[00:00:05] GUEST: Barely. [laughs]
[00:00:08] HOST: This episode is brought to you by a hosting company. Use code QUEUE for a discount.
[00:00:15] HOST: First one. What is a dead-letter queue for?
[00:00:19] GUEST: It holds messages that failed too often, so one bad message cannot block the rest.
[00:00:30] HOST: Nice, that's the textbook answer.
[00:00:33] HOST: How would you guarantee ordering per customer?
[00:00:37] GUEST: Oh no. We'd be at it all night. Can I pass on that one?
[00:00:40] HOST: Passing is allowed.
[00:00:42] HOST: Why is a visibility timeout needed?
[00:00:45] GUEST: Honestly, I'd be bluffing. Pass. Next!
[00:00:49] HOST: Ines, where can people find you?
[00:00:52] GUEST: On my blog, mostly.
"""


def test_a_podcast_interview_gives_the_guests_answers_and_no_small_talk():
    assert read_text(PODCAST).read_as == READ_AS_CHAT
    assert pairs_of(PODCAST) == [
        ("What is a dead-letter queue for?",  # "First one." only announced it
         "It holds messages that failed too often, so one bad message cannot block the rest."),
        ("How would you guarantee ordering per customer?", ""),
        ("Why is a visibility timeout needed?", ""),
    ]  # fmt: skip


AI_CHAT = """\
Mock interview

You said:
Quiz me on queues, one question at a time.

ChatGPT said:
Sure. Here is the first one.

Question 1: What does an acknowledgement tell the broker?

You said:
That the consumer is done with the message, so the broker can forget it.

ChatGPT said:
Correct. Brokers redeliver anything unacknowledged after a timeout.

Question 2: Explain what backpressure is and how a consumer applies it.

You said:
no idea, next

ChatGPT said:
No problem, moving on.

Question 3: How do you make a consumer idempotent?

You said:
Record each message id in the transaction of its effect, and skip ids already seen.
"""


def test_a_chat_with_an_ai_interviewer_gives_the_candidates_answers():
    assert read_text(AI_CHAT).read_as == READ_AS_CHAT
    assert pairs_of(AI_CHAT) == [
        ("What does an acknowledgement tell the broker?",
         "That the consumer is done with the message, so the broker can forget it."),
        ("Explain what backpressure is and how a consumer applies it.", ""),
        ("How do you make a consumer idempotent?",
         "Record each message id in the transaction of its effect, and skip ids already seen."),
    ]  # fmt: skip


def test_passing_is_no_answer_but_the_words_pass_and_skip_in_an_answer_are():
    assert is_placeholder("pass, never had to set it up myself")
    assert is_placeholder("Skip.")
    assert not is_placeholder("Pass the request id through a header.")
    assert not is_placeholder("Skip locked rows with FOR UPDATE SKIP LOCKED.")
    assert not is_placeholder("Next, the consumer acknowledges the message.")


SCORECARD = """\
Scorecard: Backend Engineer, onsite 2

Interview Questions
----------------------------------------

Question 1
What does a dead-letter queue give you?
Notes:
Said failed messages are parked there after N attempts, so one bad message cannot stall
the rest; mentioned alerting on its depth.
Rating: 4/4

Question 2
How do you make a consumer idempotent?
Notes:
Not asked - ran out of time.
Rating: -

Question 3
Describe a time you changed a team's mind.
Notes:

Rating: No rating

----------------------------------------

Questions the candidate asked
- How big is the on-call rotation?
- Do you run your own brokers?

Private Notes (only visible to the hiring team)
Could we speed up the offer? Another one expires on Friday.
"""


def test_a_scorecard_gives_the_notes_as_answers_and_not_its_grades_or_asides():
    assert pairs_of(SCORECARD) == [
        ("What does a dead-letter queue give you?",
         "Said failed messages are parked there after N attempts, so one bad message cannot stall\n"
         "the rest; mentioned alerting on its depth."),
        ("How do you make a consumer idempotent?", ""),
        ("Describe a time you changed a team's mind.", ""),
    ]  # fmt: skip
