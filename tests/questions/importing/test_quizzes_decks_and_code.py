"""Quiz banks in a learning platform's formats (Moodle GIFT, Aiken, an exam's LaTeX), a
board of cards, a recording's captions, a Telegram export, a slide deck, quick notes on a
phone, and a Python file kept as drills."""

import json

from questions.importing.reading import (
    READ_AS_CAPTIONS,
    READ_AS_CHAT,
    READ_AS_EXPORT,
    READ_AS_GIFT,
    READ_AS_LATEX,
    READ_AS_PYTHON,
    read_text,
)
from tests.questions.importing.documents import drafts_of, pairs_of

DRILLS = '''\
#!/usr/bin/env python3
"""Queue drills: run me to check the answers."""
import queue
import threading

# NOTE: practise these before Friday


# ---------------------------------------------------------------
# Q1: How do you hand work from one thread to another safely?
# A: a queue.Queue does its own locking; put() on one side, get() on
#    the other.
def producer(jobs: queue.Queue) -> None:
    jobs.put("job")


# ---------------------------------------------------------------
# Q2: What does a daemon thread do when the program exits?
# TODO: answer


def drill_three():
    """Q3: Why does threading.Event beat a polling loop?"""
    # A: wait() sleeps until set() is called, instead of spinning.
    done = threading.Event()
    done.set()
    return done.wait(1)


if __name__ == "__main__":
    assert drill_three()
'''


def test_a_python_file_of_drills_gives_its_comments_as_questions_and_its_code_as_answers():
    assert read_text(DRILLS).read_as == READ_AS_PYTHON
    drafts = {d.prompt: d for d in drafts_of(DRILLS)}
    assert list(drafts) == [
        "How do you hand work from one thread to another safely?",
        "What does a daemon thread do when the program exits?",
        "Why does threading.Event beat a polling loop?",
    ]
    first = drafts["How do you hand work from one thread to another safely?"].answer
    assert first.startswith("a queue.Queue does its own locking")
    assert "```python\ndef producer(jobs: queue.Queue) -> None:" in first
    assert drafts["What does a daemon thread do when the program exits?"].answer == ""
    third = drafts["Why does threading.Event beat a polling loop?"].answer
    assert "wait() sleeps until set() is called" in third
    assert "done.set()" in third and "assert drill_three()" not in third  # not the runner


def test_notes_with_python_in_them_are_not_read_as_a_python_file():
    notes = "import this\n\n```python\ndef f():\n    pass\n```\n\nimport os\nimport sys\n"
    assert read_text(notes).read_as != READ_AS_PYTHON
    prose = (
        "import asyncio\nimport os\n\ndef main(): pass\n\n"
        "What is the GIL? A lock that lets one thread run Python at a time.\n"
        "Why does it exist? It keeps reference counting simple.\n"
    )
    assert read_text(prose).read_as != READ_AS_PYTHON  # notes that open with code


GIFT = """\
// Moodle export, bank "Queues"
$CATEGORY: $course$/top/Messaging

// question: 101  name: ack
::ack::[html]<p>What does an <b>acknowledgement</b> tell the broker?</p>{
\t=The consumer is done with the message#Right: it can be forgotten now.
\t~Nothing at all#It does.
}

::fifo::Every queue delivers messages in the order they were sent.{FALSE#Not all.#Right: \
only some brokers keep order, and often only per partition.}

::dlq::Which queue holds messages that failed too often? (three words){=dead letter queue \
=Dead Letter Queue =DLQ}

::essay::Explain how you would size a consumer pool.{}
"""


def test_a_moodle_gift_quiz_gives_each_question_the_answer_its_braces_accept():
    assert read_text(GIFT).read_as == READ_AS_GIFT
    assert pairs_of(GIFT) == [
        (
            "What does an acknowledgement tell the broker?",
            "The consumer is done with the message. Right: it can be forgotten now.",
        ),
        (
            "Every queue delivers messages in the order they were sent.",
            "False. Right: only some brokers keep order, and often only per partition.",
        ),
        (
            "Which queue holds messages that failed too often? (three words)",
            "dead letter queue (also accepted: DLQ)",
        ),
        ("Explain how you would size a consumer pool.", ""),  # an essay: nothing to accept
    ]


AIKEN = """\
Which exchange type routes by an exact routing key?
A. fanout
B. direct
C. topic
ANSWER: B

What does prefetch limit?
A) The messages a consumer holds unacknowledged
B) The size of a message
ANSWER: A

Which protocol does RabbitMQ speak natively?
A. AMQP 0-9-1
B. MQTT 5
"""


def test_an_aiken_quiz_answers_with_the_chosen_option_and_leaves_an_unkeyed_one_open():
    assert pairs_of(AIKEN) == [
        ("Which exchange type routes by an exact routing key?", "B) direct"),
        ("What does prefetch limit?", "A) The messages a consumer holds unacknowledged"),
        ("Which protocol does RabbitMQ speak natively?", ""),  # its options are no answer
    ]


CAPTIONS = """\
WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Dana Ortiz>Thanks for joining. Ready?</v>

2
00:00:03.500 --> 00:00:05.000
<v Sam Lee>Ready.</v>

3
00:00:06.000 --> 00:00:09.000
<v Dana Ortiz>Great. Queues first. What is a dead-letter queue</v>

4
00:00:09.000 --> 00:00:11.000
<v Dana Ortiz>and when does a message end up there?</v>

5
00:00:12.000 --> 00:00:16.000
<v Sam Lee>It is where messages go after too many failed deliveries,</v>

6
00:00:16.000 --> 00:00:18.000
<v Sam Lee>so one poison message cannot block the rest.</v>

7
00:00:19.000 --> 00:00:22.000
<v Dana Ortiz>Nice. How would you keep ordering per customer?</v>

8
00:00:23.000 --> 00:00:26.000
<v Sam Lee>Honestly I'm not sure. Can we skip that one?</v>
"""


def test_captions_read_as_the_interview_they_record_one_turn_per_speaker():
    assert read_text(CAPTIONS).read_as == READ_AS_CAPTIONS
    assert pairs_of(CAPTIONS) == [
        (
            "What is a dead-letter queue and when does a message end up there?",
            "It is where messages go after too many failed deliveries, so one poison message "
            "cannot block the rest.",
        ),
        ("How would you keep ordering per customer?", ""),  # passed on
    ]


BOARD = json.dumps(
    {
        "name": "Interview prep",
        "desc": "My board",
        "lists": [{"id": "l1", "name": "To study"}, {"id": "l2", "name": "Errands"}],
        "cards": [
            {"id": "c1", "name": "What is a consumer group?", "desc": "Consumers sharing a "
             "subscription, each partition read by one of them.", "idList": "l1"},
            {"id": "c2", "name": "Explain idempotent consumers", "desc": "", "idList": "l1"},
            {"id": "c3", "name": "Renew passport", "desc": "before June", "idList": "l2"},
        ],
    }
)  # fmt: skip


def test_a_boards_cards_that_ask_are_questions_and_an_errand_is_not():
    assert read_text(BOARD).read_as == READ_AS_EXPORT
    assert pairs_of(BOARD) == [
        (
            "What is a consumer group?",
            "Consumers sharing a subscription, each partition read by one of them.",
        ),
        ("Explain idempotent consumers", ""),
    ]


EXAM = r"""\documentclass{exam}
\begin{document}
\begin{questions}
\question[4] What is a message broker for?
\begin{solution}
It decouples producers from consumers.
\end{solution}

\question Consider this consumer.
\begin{verbatim}
for message in queue: handle(message)
\end{verbatim}
\begin{parts}
\part[2] What happens when \texttt{handle} raises?
\begin{solution}
The loop stops and the message is never acknowledged.
\end{solution}
\part[2] How would you make it retry safely?
\fillwithlines{1in}
\end{parts}
\end{questions}
\end{document}
"""


def test_an_exam_gives_its_questions_and_parts_with_what_their_question_shows_first():
    assert read_text(EXAM).read_as == READ_AS_LATEX
    drafts = drafts_of(EXAM)
    assert [d.prompt.split("\n\n")[0] for d in drafts] == [
        "What is a message broker for?",
        "What happens when `handle` raises?",
        "How would you make it retry safely?",
    ]
    assert drafts[0].answer == "It decouples producers from consumers."
    assert "for message in queue: handle(message)" in drafts[1].prompt  # shown with its part
    assert drafts[1].answer.startswith("The loop stops")
    assert drafts[2].answer == ""  # lines to write on are no answer


def test_what_a_question_shows_before_its_labelled_answer_is_part_of_the_question():
    drafts = drafts_of(
        """\
        Q: What does this print?

        ```python
        print(bool("False"))
        ```

        Answer: True: a non-empty string is truthy.
        """
    )
    assert drafts[0].prompt.startswith("What does this print?\n\n```python")
    assert drafts[0].answer == "True: a non-empty string is truthy."


DECK = """\
---
marp: true
---

# Queues workshop

---

## Q1: Why acknowledge after processing, not before?

<!-- Ask the room, then reveal. -->

---

## Q1: Answer

- A crash before the ack means redelivery, not a lost message

---

## Q2: What is a poison message?

🗣️ **Discuss in pairs, 5 minutes**

<!-- Hints: retries, dead-letter queue. -->

---

## Q3: What does backpressure protect?

*Answer next week*

---

# Thanks! Questions?
"""


def test_a_slide_deck_answers_on_the_next_slide_and_its_notes_and_prompts_are_no_answers():
    assert pairs_of(DECK) == [
        (
            "Why acknowledge after processing, not before?",
            "- A crash before the ack means redelivery, not a lost message",
        ),
        ("What is a poison message?", ""),
        ("What does backpressure protect?", ""),
    ]


PHONE_NOTES = """\
Queues cram
March 3

• kafka partitions what are they
\t◦ ordered logs a topic is split into, the unit of parallelism
• rabbitmq vs kafka when to use which
\t◦ rabbit: routing, per-message acks; kafka: replayable log, high throughput
• what is a consumer lag?
\t◦ how far the consumer is behind the end of the log
• exactly once delivery myth
• how do retries with backoff work
\t◦ wait longer after each failure, with jitter

Errands
• oat milk
• stamps
• call the bank
"""


def test_quick_notes_with_answers_under_them_are_questions_and_a_shopping_list_is_not():
    assert [draft.prompt for draft in drafts_of(PHONE_NOTES)] == [
        "kafka partitions what are they",
        "rabbitmq vs kafka when to use which",
        "what is a consumer lag?",
        "exactly once delivery myth",
        "how do retries with backoff work",
    ]
    answers = {draft.prompt: draft.answer for draft in drafts_of(PHONE_NOTES)}
    assert answers["exactly once delivery myth"] == ""
    assert "unit of parallelism" in answers["kafka partitions what are they"]


def _message(number: int, time: str, sender: str | None, text: str, joined=False) -> str:
    name = f'<div class="from_name">\n{sender}\n</div>' if sender else ""
    css = "message default clearfix joined" if joined else "message default clearfix"
    return (
        f'<div class="{css}" id="message{number}"><div class="body">'
        f'<div class="pull_right date details" title="01.03.2024 {time}:00">\n{time}\n</div>'
        f'{name}<div class="text">\n{text}\n</div></div></div>'
    )


TELEGRAM = "\n".join(
    [
        "<!DOCTYPE html><html><head><title>Exported Data</title></head><body>",
        '<div class="message service" id="message-1"><div class="body details">'
        "Ana invited Ben</div></div>",
        _message(1, "19:00", "Ana", "Quiz time! What is a consumer group?"),
        _message(2, "19:02", "Ben", "Consumers that split a topic&#39;s partitions<br>"
                 "between them."),
        _message(3, "19:03", None, "Each partition is read by exactly one consumer of the "
                 "group.", joined=True),
        _message(4, "19:05", "Ana", "Next: what does a broker do when a consumer dies?"),
        _message(5, "19:09", "Ben", "no idea, skip"),
        "</body></html>",
    ]
)  # fmt: skip


def test_a_telegram_export_is_read_as_its_chat():
    assert read_text(TELEGRAM).read_as == READ_AS_CHAT
    pairs = pairs_of(TELEGRAM)
    assert [prompt for prompt, _ in pairs] == [
        "What is a consumer group?",
        "what does a broker do when a consumer dies?",
    ]
    assert "split a topic's partitions" in pairs[0][1]
    assert "Each partition is read by exactly one consumer" in pairs[0][1]  # Ben goes on
    assert pairs[1][1] == ""


def test_what_follows_an_exams_questions_answers_none_of_them():
    exam = EXAM.replace(
        "\\end{questions}\n",
        "\\question[2] Why should a container's main process handle SIGTERM?\n\\vspace{1in}\n"
        "\\end{questions}\n\\begin{center}\n\\textbf{End of exam.} Total: 8 points.\n"
        "\\end{center}\n",
    )
    assert pairs_of(exam)[-1] == ("Why should a container's main process handle SIGTERM?", "")
