"""Quizzes in a learning platform's formats (QTI, Blackboard, Kahoot), a docs site's page
source (Hugo shortcodes, MDX), an outliner's page, and a saved email in MIME."""

from questions.importing.reading import (
    READ_AS_EMAIL,
    READ_AS_LMS,
    READ_AS_OUTLINER,
    READ_AS_SITE_SOURCE,
    READ_AS_XML,
    read_text,
)
from tests.questions.importing.documents import pairs_of

QTI = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
<assessment ident="a1" title="Queues quiz"><section ident="root_section">
<item ident="q1" title="Question"><presentation>
  <material><mattext texttype="text/html">&lt;p&gt;Which broker keeps a replayable log?&lt;/p&gt;</mattext></material>
  <response_lid ident="response1" rcardinality="Single"><render_choice>
    <response_label ident="11"><material><mattext>RabbitMQ</mattext></material></response_label>
    <response_label ident="12"><material><mattext>Kafka</mattext></material></response_label>
  </render_choice></response_lid></presentation>
  <resprocessing><respcondition><conditionvar><varequal respident="response1">12</varequal>
  </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
</item>
<item ident="q2" title="Question"><presentation>
  <material><mattext>Which of these are message brokers? Select all.</mattext></material>
  <response_lid ident="response1" rcardinality="Multiple"><render_choice>
    <response_label ident="21"><material><mattext>RabbitMQ</mattext></material></response_label>
    <response_label ident="22"><material><mattext>nginx</mattext></material></response_label>
    <response_label ident="23"><material><mattext>Kafka</mattext></material></response_label>
  </render_choice></response_lid></presentation>
  <resprocessing><respcondition><conditionvar><and><varequal respident="response1">21</varequal>
  <not><varequal respident="response1">22</varequal></not>
  <varequal respident="response1">23</varequal></and></conditionvar>
  <setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
</item>
<item ident="q3" title="Question"><presentation>
  <material><mattext>Which header carries a message's retry count in RabbitMQ?</mattext></material>
  <response_str ident="response1"><render_fib><response_label ident="a1"/></render_fib></response_str>
  </presentation>
  <resprocessing><respcondition><conditionvar><varequal respident="response1">x-death</varequal>
  </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
</item>
<item ident="q4" title="Question"><presentation>
  <material><mattext>Describe how you would delete this project's old queues safely.</mattext></material>
  <response_str ident="response1"><render_fib/></response_str></presentation>
</item>
</section></assessment></questestinterop>
"""  # noqa: E501 - a saved file's long lines


def test_a_qti_quiz_answers_with_the_options_its_scoring_rewards():
    assert read_text(QTI).read_as == READ_AS_XML
    assert pairs_of(QTI) == [
        ("Which broker keeps a replayable log?", "Kafka"),
        ("Which of these are message brokers? Select all.", "RabbitMQ, Kafka"),  # not nginx
        ("Which header carries a message's retry count in RabbitMQ?", "x-death"),
        # an essay; and "this project's" in a labelled question is no talk about the page
        ("Describe how you would delete this project's old queues safely.", ""),
    ]


BLACKBOARD = (
    "MC\tWhich broker keeps a replayable log?\tRabbitMQ\tincorrect\tKafka\tcorrect\r\n"
    "MA\tWhich are brokers?\tRabbitMQ\tcorrect\tnginx\tincorrect\tKafka\tcorrect\r\n"
    "TF\tAn ack before processing can lose a message.\ttrue\r\n"
    "ESS\tDesign a retry policy for payments.\t\r\n"
    "FIB\tA message that fails too often goes to the ____ queue.\tdead-letter\tDLQ\r\n"
)


def test_a_blackboard_upload_reads_each_lines_type_and_answers():
    assert read_text(BLACKBOARD).read_as == READ_AS_LMS
    assert pairs_of(BLACKBOARD) == [
        ("Which broker keeps a replayable log?", "Kafka"),
        ("Which are brokers?", "RabbitMQ, Kafka"),
        ("An ack before processing can lose a message.", "True."),
        ("Design a retry policy for payments.", ""),
        (
            "A message that fails too often goes to the ____ queue.",
            "dead-letter (also accepted: DLQ)",
        ),
    ]


KAHOOT = """\
,,,,,,,
,Quiz template,,,,,,
,"Add your questions, give each at least two answers.",,,,,,
,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,\
Answer 3 - max 75 characters,Answer 4 - max 75 characters,Time limit (sec),\
Correct answer(s) - choose at least one
1,Which broker keeps a replayable log?,RabbitMQ,Kafka,,,20,2
2,Which are brokers?,RabbitMQ,nginx,Kafka,Apache,30,"1,3"
"""


def test_a_kahoot_sheet_answers_with_its_correct_answers_text():
    assert read_text(KAHOOT).read_as == READ_AS_LMS
    assert pairs_of(KAHOOT) == [
        ("Which broker keeps a replayable log?", "Kafka"),
        ("Which are brokers?", "RabbitMQ, Kafka"),
    ]


HUGO = """\
---
title: "Queue questions"
weight: 20
---

{{% alert title="Note" %}}Updated every quarter.{{% /alert %}}

{{< details "What is a dead-letter queue?" >}}
Where messages go after too many failed deliveries.
{{< /details >}}

{{< details title="Why acknowledge after processing?" >}}
{{< /details >}}

See [the guide]({{< relref "queues.md" >}}) for more.
"""


def test_hugo_details_shortcodes_are_questions_with_their_answers():
    assert read_text(HUGO).read_as == READ_AS_SITE_SOURCE
    assert pairs_of(HUGO) == [
        ("What is a dead-letter queue?", "Where messages go after too many failed deliveries."),
        ("Why acknowledge after processing?", ""),
    ]


MDX = """\
import { Accordion } from '@site/src/components/Accordion';
import Callout from '@site/src/components/Callout';

export const meta = {
  title: 'Queues',
};

<Callout type="info">
  From three interview loops.
</Callout>

<Accordion title="How does a consumer group share a topic?">
Each partition goes to exactly one consumer of the group.
</Accordion>

<Accordion title={"What is log compaction?"}>
{/* TODO: write this */}
</Accordion>
"""


def test_mdx_accordions_are_questions_and_its_machinery_is_left_out():
    assert read_text(MDX).read_as == READ_AS_SITE_SOURCE
    assert pairs_of(MDX) == [
        (
            "How does a consumer group share a topic?",
            "Each partition goes to exactly one consumer of the group.",
        ),
        ("What is log compaction?", ""),
    ]


LOGSEQ = """\
tags:: [[interview]], [[Kafka]]
type:: [[study-notes]]

- ## [[Kafka]]
  collapsed:: false
\t- What is a partition? #kafka
\t  id:: 65f1a2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b
\t\t- an ordered log, the unit of parallelism
\t- TODO How does a rebalance work?
\t  SCHEDULED: <2024-03-18 Mon>
\t- DONE Why are offsets per partition?
\t\t- order only holds inside a partition
"""


def test_an_outliners_page_leaves_out_properties_and_markers():
    assert read_text(LOGSEQ).read_as == READ_AS_OUTLINER
    pairs = pairs_of(LOGSEQ)
    assert [prompt for prompt, _ in pairs] == [
        "What is a partition?",
        "How does a rebalance work?",
        "Why are offsets per partition?",
    ]
    assert "unit of parallelism" in pairs[0][1]
    assert pairs[1][1] == ""  # its planning date is no answer


EML = (
    "Received: from mx.example.com by mail.example.org\r\n"
    "From: Maya <maya@example.com>\r\n"
    "To: Sam <sam@example.org>\r\n"
    "Subject: Questions from my onsite\r\n"
    "Date: Tue, 12 Mar 2024 09:14:02 +0100\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: text/plain; charset="utf-8"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Hi Sam,\r\n\r\n"
    "1. What is a dead-letter queue, and when does a message end up the=\r\n"
    "re?\r\n"
    "Where messages go after too many failed deliveries =E2=80=93 one poison=20\r\n"
    "message can=E2=80=99t block the rest.\r\n\r\n"
    "2. How would you keep ordering per customer?\r\n"
    "(didn=E2=80=99t get to this one)\r\n"
)


def test_a_saved_email_is_decoded_before_it_is_read():
    assert read_text(EML).read_as == READ_AS_EMAIL
    assert pairs_of(EML) == [
        (
            "What is a dead-letter queue, and when does a message end up there?",
            "Where messages go after too many failed deliveries – one poison\n"
            "message can’t block the rest.",
        ),
        ("How would you keep ordering per customer?", ""),
    ]


MBOX = """\
From priya@example.com Tue Mar 12 09:14:02 2024
From: Priya <priya@example.com>
Subject: [prep] queue questions
Date: Tue, 12 Mar 2024 09:14:02 +0100

1. What is a dead-letter queue?
2. How would you keep ordering per customer?

Thanks!
Priya

--
prep mailing list
https://lists.example.org/prep

From tom@example.com Tue Mar 12 12:41:55 2024
From: Tom <tom@example.com>
Subject: Re: [prep] queue questions
Date: Tue, 12 Mar 2024 12:41:55 +0100

> 1. What is a dead-letter queue?

Where messages go after too many failed deliveries.

> 2. How would you keep ordering per customer?

pass, ran out of time

Cheers,
Tom
"""


def test_a_mailing_lists_mbox_reads_each_message_without_its_signature_and_closing():
    assert read_text(MBOX).read_as == READ_AS_EMAIL
    answers = dict(pairs_of(MBOX))
    assert answers["What is a dead-letter queue?"] == (
        "Where messages go after too many failed deliveries."
    )
    assert answers["How would you keep ordering per customer?"] == ""  # passed; no "Tom"


GDOC = """\
Backend interview bank

1. What is a JWT?[a]
A signed token that carries claims.

2. What is SSRF?
[leave blank for now - Jordan to fill in][b]


[a]Jordan Lee: should we cut this one?
[b]Priya N: I can take this.
"""


def test_a_google_docs_comments_and_their_anchors_are_left_out():
    assert pairs_of(GDOC) == [
        ("What is a JWT?", "A signed token that carries claims."),
        ("What is SSRF?", ""),  # an editor's bracketed note is no answer
    ]


PLAIN_NOTES = """\
PREP NOTES (march)

-- python --

GIL what is it
  one thread runs bytecode at a time per process

how does asyncio.gather differ from asyncio.wait??
  ??

-- db --

EXPLAIN vs EXPLAIN ANALYZE
  explain = plan only, explain analyze RUNS the query

isolation levels explain
  read committed is the default in postgres

JWT vs sessions pros/cons
  TODO

TODO for me:
- buy a new headset
"""


def test_plain_notes_with_notes_indented_under_each_line_ask_each_line():
    pairs = pairs_of(PLAIN_NOTES)
    assert [prompt for prompt, _ in pairs] == [
        "GIL what is it",
        "how does asyncio.gather differ from asyncio.wait??",
        "EXPLAIN vs EXPLAIN ANALYZE",  # its note "explain = ..." is no question of its own
        "isolation levels explain",
        "JWT vs sessions pros/cons",
    ]
    answers = dict(pairs)
    assert answers["EXPLAIN vs EXPLAIN ANALYZE"].endswith("explain analyze RUNS the query")
    assert answers["JWT vs sessions pros/cons"] == ""  # "TODO for me:" is not its answer


FAQ_PAGE = """<!DOCTYPE html><html><body><nav><a href="/">Wiki</a></nav>
<h2>Security</h2>
<button class="accordion" aria-expanded="false">How does PKCE protect the code flow?</button>
<div class="panel"><p>The client proves it started the flow with a code verifier.</p>
<pre><code>challenge = sha256(verifier)</code></pre><button class="copy">Copy</button></div>
<button class="accordion" aria-expanded="false">How do you rotate secrets without downtime?</button>
<div class="panel"><p class="todo">This section is being rewritten. Check back later.</p></div>
</body></html>
"""


def test_an_accordions_buttons_title_their_panels_and_a_copy_button_is_no_title():
    pairs = pairs_of(FAQ_PAGE)
    assert [prompt for prompt, _ in pairs] == [
        "How does PKCE protect the code flow?",
        "How do you rotate secrets without downtime?",
    ]
    assert pairs[0][1].startswith("The client proves it started the flow")
    assert "challenge = sha256(verifier)" in pairs[0][1]  # "Copy" did not cut it off
    assert pairs[1][1] == ""  # a section being rewritten is no answer
