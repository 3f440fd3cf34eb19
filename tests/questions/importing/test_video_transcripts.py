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
0:05
we'll do a few database questions
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
0:24
the more indexes, the more each write pays.
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
0:45
OFFSET makes the database read and throw away every skipped row.
0:49
so the deeper the page, the slower the query.
0:52
nice, that's all we have time for.
0:55
thanks for watching, see you next week.
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
    assert "every skipped row" in answers["how would you page through a large result set?"]


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


def test_a_cues_id_over_its_time_is_not_said():
    vtt = """\
WEBVTT

0b2d0f49-6c1e-4a55-9d1f-3f1e2a7c9b10/17-0
00:00:01.000 --> 00:00:04.000
<v Ana Ruiz>What does Redis persist with RDB and with AOF?</v>

0b2d0f49-6c1e-4a55-9d1f-3f1e2a7c9b10/19-0
00:00:05.000 --> 00:00:09.000
<v Ben Ito>RDB writes point-in-time snapshots; AOF logs every write.</v>

0b2d0f49-6c1e-4a55-9d1f-3f1e2a7c9b10/21-0
00:00:10.000 --> 00:00:12.000
<v Ana Ruiz>And what is a Redis pipeline?</v>

0b2d0f49-6c1e-4a55-9d1f-3f1e2a7c9b10/23-0
00:00:13.000 --> 00:00:16.000
<v Ben Ito>Many commands sent without waiting for each reply.</v>
"""
    assert pairs_of(vtt) == [
        ("What does Redis persist with RDB and with AOF?",
         "RDB writes point-in-time snapshots; AOF logs every write."),
        ("And what is a Redis pipeline?", "Many commands sent without waiting for each reply."),
    ]  # fmt: skip


def test_a_days_notes_with_times_on_their_own_lines_are_not_a_video():
    entries = [
        ("09:00", "Coffee."),
        ("09:30", "What is the difference between a process and a thread?\nSeparate memory."),
        ("10:30", "Break."),
        ("11:00", "What is a covering index?\nOne that holds every column the query reads."),
        ("12:00", "Lunch."),
        ("13:00", "What does VACUUM reclaim?\nDead row versions."),
        ("14:00", "Office tour."),
        ("15:00", "What is a Redis pipeline?\nCommands sent without waiting for replies."),
        ("16:00", "Debrief."),
        ("16:30", "Home."),
    ]
    notes = "Onsite day\n" + "".join(f"{time}\n{said}\n" for time, said in entries)
    assert read_text(notes).read_as != READ_AS_CAPTIONS


# A video's page with its transcript copied under it, each caption with its time in front.
TIMED = """\
Five Postgres questions in five minutes
Query Club · 12K subscribers

Chapters:
00:00 Intro
00:20 Indexes

Transcript
[00:00] [Music]
[00:04] welcome back to Query Club, quick one today.
[00:09] five questions I keep getting asked in backend interviews.
[00:20] so first up, and everyone gets this one: when does an index not help a query?
[00:26] when the query reads most of the table anyway, a sequential scan is cheaper,
[00:31] and when the column's values are mostly the same, the index narrows nothing.
[00:37] next one: what does VACUUM do?
[00:40] it marks the space of dead row versions as free to reuse,
[00:44] and keeps the visibility map up to date so index-only scans stay fast.
[00:49] okay, what is the difference between a deadlock and a lock timeout?
[00:55] first ask: is it the same rows? and in the same order?
[00:58] a deadlock is two transactions each waiting on the other, Postgres kills one,
[01:03] a lock timeout just gives up waiting after the time you set.
[01:07] so why does this matter?
[01:09] because you retry a deadlock, and you look for the long transaction behind a timeout.
[01:14] next question: how does MVCC work?
[01:17] honestly that one needs a whiteboard, so I made a whole separate video on it.
[01:22] alright, last one: how would you find the slowest queries in production?
[01:27] turn on pg_stat_statements and sort by total time, not by mean time.
[01:33] that's it for today, thanks for watching!
[01:36] see you next week.

Comments
@dana · 2 weeks ago
what about partial indexes?
"""


def test_a_transcript_with_times_in_front_is_read_by_what_the_host_asks():
    assert read_text(TIMED).read_as == ""  # (its times dropped, as a video page's are)
    answers = dict(pairs_of(TIMED))
    assert list(answers) == [
        "when does an index not help a query?",
        "what does VACUUM do?",
        "what is the difference between a deadlock and a lock timeout?",
        "how does MVCC work?",
        "how would you find the slowest queries in production?",
    ]
    assert answers["what does VACUUM do?"].startswith("it marks the space of dead row versions")
    assert "[00:40]" not in answers["what does VACUUM do?"]


def test_a_question_asked_inside_an_answer_stays_in_the_answer():
    answers = dict(pairs_of(TIMED))
    deadlock = answers["what is the difference between a deadlock and a lock timeout?"]
    assert deadlock.startswith("first ask: is it the same rows?")
    assert "so why does this matter?" in deadlock
    assert "you retry a deadlock" in deadlock


def test_a_question_sent_to_another_video_has_no_answer_and_the_outro_and_comments_are_none():
    answers = dict(pairs_of(TIMED))
    assert answers["how does MVCC work?"] == ""
    slowest = answers["how would you find the slowest queries in production?"]
    assert slowest == "turn on pg_stat_statements and sort by total time, not by mean time."
    assert "what about partial indexes?" not in answers


def test_notes_with_a_few_times_keep_what_follows_them():
    notes = "".join(f"[10:0{minute}] sync: item {minute}\n" for minute in range(6))
    notes += "\n### What is a semaphore?\n\nA counter any thread can signal.\n"
    assert pairs_of(notes) == [("What is a semaphore?", "A counter any thread can signal.")]


def test_a_hosts_aside_and_a_sentence_with_a_colon_do_not_start_questions():
    transcript = """\
Two database questions
Query Club · 12K subscribers

Transcript
[00:01] okay, what is a race condition in a web app?
[00:05] it's when the result depends on the timing of two requests,
[00:09] so why does this matter for the way you design your code?
[00:13] because both can read the old balance, and the fix is simple: how do you make that one step?
[00:18] you do the read and the write in one UPDATE.
[00:22] and that's it for today's warm-up, now the real ones.
[00:26] next question: what is a deadlock?
[00:29] two transactions each waiting on a lock the other holds.
"""
    answers = dict(pairs_of(transcript))
    assert list(answers) == ["what is a race condition in a web app?", "what is a deadlock?"]
    assert (
        "you do the read and the write in one UPDATE."
        in answers["what is a race condition in a web app?"]
    )
