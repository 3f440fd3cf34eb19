"""A video's captions as people download or copy them: YouTube's .sbv file, whose ">>"
marks a change of speaker, and a transcript copied from the video's page ("0:03" over each
caption's line), which names no one and marks no turn; and a chat room's transcript copied
from its page, each message under its sender's name and the minute."""

from questions.importing.reading import READ_AS_CAPTIONS, read_text
from tests.questions.importing.documents import pairs_of

SBV = """\
0:00:00.000,0:00:02.000
Hi, can you hear me all right? Great.

0:00:02.000,0:00:04.100
Welcome back, today is a mock Redis interview
with Lena. Don't forget to subscribe.

0:00:04.100,0:00:06.000
>> So Lena, we're going to talk about Redis today.

0:00:06.000,0:00:08.000
What does Redis persist with RDB compared to AOF?

0:00:08.000,0:00:11.000
>> RDB writes point-in-time snapshots, so you can lose

0:00:11.000,0:00:13.500
the writes since the last one; AOF logs every write.

0:00:13.500,0:00:17.200
>> Good. How would you build a rate limiter on Redis?

0:00:17.200,0:00:22.000
>> A counter per key and window with INCR and EXPIRE,
or a sorted set for a sliding window.

0:00:22.000,0:00:29.000
>> And how does Redis Cluster shard keys? Actually, let's skip that one, we're short
on time. Say a key holds a hot counter. How do you stop it from becoming a bottleneck?

0:00:29.000,0:00:34.000
>> Split it into several keys and add them up on read.
"""

COPIED = """\
Intro
0:00
[Music]
0:03
hi everyone, today Sam is practising a backend interview with me.
0:07
Sam, how's your week going? can you hear me okay?
0:10
yeah, all good.
0:12
great, should we just dive in?
0:14
sure.
Databases
0:16
what does an index cost you on writes?
0:19
every insert and update also has to change the index,
0:22
so writes get slower and the table takes more space.
0:26
good. what is a deadlock in PostgreSQL?
0:29
hmm.
0:31
honestly, I don't know. I've never really had to deal with that.
0:35
no worries, that's a fair answer, let's move on.
0:38
how would you page through a large result set?
0:41
with keyset pagination: remember the last id and ask for the rows after it.
"""


def test_an_sbv_files_turns_marked_by_chevrons_pair_questions_with_answers():
    assert read_text(SBV).read_as == READ_AS_CAPTIONS
    answers = dict(pairs_of(SBV))
    persist = next(answer for prompt, answer in answers.items() if "RDB" in prompt)
    assert persist.startswith("RDB writes point-in-time snapshots")
    assert answers["How would you build a rate limiter on Redis?"].startswith(
        "A counter per key and window"
    )
    assert not any("hear me" in prompt for prompt in answers)


def test_a_question_taken_back_is_asked_unanswered_and_the_next_one_gets_the_reply():
    answers = dict(pairs_of(SBV))
    assert answers["And how does Redis Cluster shard keys?"] == ""
    hot = answers["Say a key holds a hot counter. How do you stop it from becoming a bottleneck?"]
    assert hot.startswith("Split it into several keys")


def test_a_transcript_copied_from_a_video_page_is_read_by_its_questions():
    assert read_text(COPIED).read_as == READ_AS_CAPTIONS
    answers = dict(pairs_of(COPIED))
    assert list(answers) == [
        "what does an index cost you on writes?",
        "what is a deadlock in PostgreSQL?",
        "how would you page through a large result set?",
    ]
    assert answers["what does an index cost you on writes?"].startswith(
        "every insert and update also has to change the index"
    )
    assert "Databases" not in answers["what does an index cost you on writes?"]
    assert answers["how would you page through a large result set?"].startswith("with keyset")


def test_no_experience_of_it_and_the_interviewer_moving_on_answer_nothing():
    answers = dict(pairs_of(COPIED))
    assert answers["what is a deadlock in PostgreSQL?"] == ""


ROOM = """\
Transcript for Tuesday, 4 March 2025
all times are UTC
09:02 AM
mira_k
got a backend onsite on friday. anyone up for quizzing me?
09:03 AM
Tom B.
sure
Tom B.
what does SELECT ... FOR UPDATE lock?
09:04 AM
mira_k
reply to Tom B.
@Tom the rows the query returns, until the transaction ends; other writers to them wait
★ 2
jo.w
is the onsite even going to have trivia like this?
Tom B.
no idea, depends on the company
09:06 AM
jo.w
what is a Redis pipeline?
mira_k
reply to jo.w
@jo.w many commands sent without waiting for each reply, so one round trip for all of them
edited
09:08 AM
Tom B.
how does a B-tree index speed up a range query?
mira_k
gotta run, standup. will answer later
jo.w
anyone seen the new PEP about free-threaded builds?
"""


def test_a_chat_rooms_transcript_reads_each_message_under_its_senders_name():
    assert pairs_of(ROOM) == [
        ("what does SELECT ... FOR UPDATE lock?",
         "the rows the query returns, until the transaction ends; other writers to them wait"),
        ("what is a Redis pipeline?",
         "many commands sent without waiting for each reply, so one round trip for all of them"),
        ("how does a B-tree index speed up a range query?", ""),
    ]  # fmt: skip
