"""Question banks saved by other programs: a YAML bank, a Moodle XML quiz, Evernote notes,
an OPML outline, a Rich Text document, a form's responses, Anki clozes, Confluence wiki
markup and a BBCode forum post."""

from questions.importing.reading import (
    READ_AS_BBCODE,
    READ_AS_CONFLUENCE,
    READ_AS_EXPORT,
    READ_AS_ROWS,
    READ_AS_RTF,
    READ_AS_XML,
    read_text,
)
from tests.questions.importing.documents import drafts_of, pairs_of

YAML_BANK = """\
# queue questions, synced weekly
meta:
  owner: platform
x-tags: &basics [queues]
sections:
  - name: Basics
    questions:
      - q: What is a dead-letter queue?
        a: >
          Where messages go after too many
          failed deliveries.
        tags: *basics
      - q: Why acknowledge after processing?
        a: ~
  - name: Kafka
    questions:
      - question: What is a consumer group?
        answer: |
          Consumers sharing a topic's partitions.
      - question: What is log compaction?
        answer: TODO
"""


def test_a_yaml_bank_gives_every_records_question_and_answer_however_deep():
    assert read_text(YAML_BANK).read_as == READ_AS_EXPORT
    assert pairs_of(YAML_BANK) == [
        ("What is a dead-letter queue?", "Where messages go after too many failed deliveries."),
        ("Why acknowledge after processing?", ""),
        ("What is a consumer group?", "Consumers sharing a topic's partitions."),
        ("What is log compaction?", ""),
    ]


def test_yaml_with_many_aliases_is_not_expanded():
    bomb = "a: &a [x, x]\n" + "".join(
        f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
        for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    bomb += "items:\n  - q: What is X?\n    a: *i\n  - q: What is Y?\n    a: *i\n"
    assert read_text(bomb).read_as != READ_AS_EXPORT  # read as text, not as 9^8 records


MOODLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Queues</text></category></question>
  <question type="multichoice">
    <name><text>ack</text></name>
    <questiontext format="html"><text><![CDATA[<p>When should a consumer <b>ack</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Acking early loses messages on a crash.</text></generalfeedback>
    <answer fraction="0"><text>Before processing</text></answer>
    <answer fraction="100"><text>After processing</text><feedback><text>Right.</text></feedback></answer>
  </question>
  <question type="truefalse">
    <questiontext format="html"><text>Kafka keeps messages after they are read.</text></questiontext>
    <answer fraction="100"><text>true</text><feedback><text>Until retention ends.</text></feedback></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="essay">
    <questiontext format="html"><text>Design a retry policy for a payment queue.</text></questiontext>
    <graderinfo format="html"><text></text></graderinfo>
  </question>
</quiz>
"""  # noqa: E501 - a saved file's long lines


def test_a_moodle_xml_quiz_answers_with_its_right_option_and_feedback():
    assert read_text(MOODLE).read_as == READ_AS_XML
    assert pairs_of(MOODLE) == [
        (
            "When should a consumer ack?",
            "After processing Right.\n\nAcking early loses messages on a crash.",
        ),
        ("Kafka keeps messages after they are read.", "True. Until retention ends."),
        ("Design a retry policy for a payment queue.", ""),
    ]


def test_xml_that_declares_entities_is_not_parsed():
    bomb = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>&a;</quiz>'
    assert read_text(bomb).read_as != READ_AS_XML


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240301T101010Z" application="Evernote">
  <note><title>Queue prep</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div><b>What is backpressure?</b></div><div>Slowing producers when consumers lag.</div>
<div><b>How do you replay a Kafka topic?</b></div><div><br/></div></en-note>]]></content>
  <created>20240301T090000Z</created><tag>queues</tag></note>
</en-export>
"""


def test_evernote_notes_are_read_as_their_pages():
    assert read_text(ENEX).read_as == READ_AS_XML
    assert pairs_of(ENEX) == [
        ("What is backpressure?", "Slowing producers when consumers lag."),
        ("How do you replay a Kafka topic?", ""),
    ]


OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><title>Queues</title></head><body>
  <outline text="Kafka">
    <outline text="What is a partition?">
      <outline text="An ordered log, the unit of parallelism"/>
    </outline>
    <outline text="How does a rebalance work?" _note="TODO look this up"/>
    <outline text="Why are offsets per partition?">
      <outline text="Order only holds inside a partition"/>
    </outline>
  </outline>
</body></opml>
"""


def test_an_opml_outline_gives_the_points_under_each_question_as_its_answer():
    assert read_text(OPML).read_as == READ_AS_XML
    pairs = pairs_of(OPML)
    assert [prompt for prompt, _ in pairs] == [
        "What is a partition?",
        "How does a rebalance work?",
        "Why are offsets per partition?",
    ]
    assert "An ordered log" in pairs[0][1]
    assert pairs[1][1] == ""  # its note is a placeholder


RTF = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}
{\colortbl ;\red31\green78\blue121;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\b Queue notes\b0\par
\b 1.\tab What is an idempotent consumer?\b0\par
One that gives the same result when a message arrives twice \endash  it\u8217?s safe to retry.\par
\b 2.\tab Why is exactly-once delivery hard?\b0\par
}"""


def test_a_rich_text_document_reads_its_bold_questions_and_their_paragraphs():
    assert read_text(RTF).read_as == READ_AS_RTF
    assert pairs_of(RTF) == [
        (
            "What is an idempotent consumer?",
            "One that gives the same result when a message arrives twice – it’s safe to retry.",
        ),
        ("Why is exactly-once delivery hard?", ""),
    ]


FORM = """\
Timestamp,Email Address,Score,1. What is a dead-letter queue?,2. Explain backpressure.,\
3. Why use a consumer group?,Any feedback for us?
,ANSWER KEY,,Where failed messages are parked,,Consumers share the partitions,
2024/03/01 10:00,ana@example.com,2 / 3,a queue for errors,slowing down,scaling,Nice quiz
2024/03/01 11:00,ben@example.com,1 / 3,no idea,less load,,
2024/03/01 12:00,cy@example.com,3 / 3,failed ones go there,flow control,parallel reads,
"""


def test_a_forms_responses_ask_in_their_header_and_only_the_key_answers():
    assert read_text(FORM).read_as == READ_AS_ROWS
    assert pairs_of(FORM) == [
        ("What is a dead-letter queue?", "Where failed messages are parked"),
        ("Explain backpressure.", ""),  # what people answered is not the bank's answer
        ("Why use a consumer group?", "Consumers share the partitions"),
    ]


ANKI = """\
#separator:tab
#html:true
What is a broker?\tA server that stores and forwards messages.\tqueues
Kafka stores messages in an append-only {{c1::log}}.\t\tqueues cloze
RabbitMQ routes messages through {{c1::exchanges::where?}} to queues.\tAMQP 0-9-1\tqueues
"""


def test_an_anki_cloze_asks_for_what_it_hides_and_answers_with_the_sentence_whole():
    assert pairs_of(ANKI) == [
        ("What is a broker?", "A server that stores and forwards messages."),
        (
            "Kafka stores messages in an append-only ___.",
            "Kafka stores messages in an append-only **log**.",
        ),
        (
            "RabbitMQ routes messages through ___ to queues.",
            "RabbitMQ routes messages through **exchanges** to queues.\n\nAMQP 0-9-1",
        ),
    ]


CONFLUENCE = """\
h1. Queue interview kit

{info:title=How to use}
Pick three questions.
{info}
{toc}

h2. Basics

*Q1. What is {{at_least_once}} delivery?*
_Expected answer:_
* A message may arrive twice, never zero times.

*Q2. Why do consumers need to be idempotent?*
_Expected answer:_ Redeliveries must not charge twice.

h2. Quick-fire

||#||Question||Expected answer||
|3|What is a partition?|An ordered log.|
|4|What is a rebalance?| |

{code:python}
consumer.poll(timeout=1.0)
{code}
"""


def test_confluence_wiki_markup_reads_its_cards_and_its_table():
    assert read_text(CONFLUENCE).read_as == READ_AS_CONFLUENCE
    drafts = {d.prompt: d for d in drafts_of(CONFLUENCE)}
    assert list(drafts) == [
        "What is `at_least_once` delivery?",
        "Why do consumers need to be idempotent?",
        "What is a partition?",
        "What is a rebalance?",
    ]
    assert "Redeliveries must not charge twice." in (
        drafts["Why do consumers need to be idempotent?"].answer_outline
    )
    assert not drafts["What is a rebalance?"].has_answer


BBCODE = """\
[b]Queue questions from my onsite[/b]

[b]Q1.[/b] Explain how a consumer group shares a topic.
[spoiler]Each partition goes to one consumer of the group.[/spoiler]

[b]Q2.[/b] What does [i]prefetch[/i] limit?
[spoiler][code]channel.basic_qos(prefetch_count=10)[/code]
How many unacked messages a consumer holds.[/spoiler]

[b]Q3.[/b] Describe a poison message.

[quote="kai"]good list![/quote]
"""


def test_a_bbcode_post_reads_its_bold_questions_and_spoiler_answers():
    assert read_text(BBCODE).read_as == READ_AS_BBCODE
    pairs = pairs_of(BBCODE)
    assert [prompt for prompt, _ in pairs] == [
        "Explain how a consumer group shares a topic.",
        "What does *prefetch* limit?",
        "Describe a poison message.",
    ]
    assert pairs[0][1] == "Each partition goes to one consumer of the group."
    assert "```\nchannel.basic_qos(prefetch_count=10)\n```" in pairs[1][1]
    assert pairs[2][1] == ""  # the reply's quote is not its answer


NOTES_ONE_AFTER_ANOTHER = """\
# Django

**Why use F() expressions?**

The database does the arithmetic.

remember: F() + refresh_from_db()

# Redis

- Difference between RDB and AOF?
  - Snapshots against a log of every write.
- How would you build a lock in Redis?

**Q:** How would you shard a users table?

**A:** ???
"""


def test_a_notes_title_after_a_line_that_looks_like_code_is_still_a_title():
    pairs = pairs_of(NOTES_ONE_AFTER_ANOTHER)
    assert [prompt for prompt, _ in pairs] == [
        "Why use F() expressions?",
        "Difference between RDB and AOF?",  # under its own title, not in the note above
        "How would you build a lock in Redis?",
        "How would you shard a users table?",  # and "**A:** ???" is not a question
    ]
    assert pairs[1][1] == "- Snapshots against a log of every write."
    assert pairs[3][1] == ""


def test_half_characters_from_escapes_never_reach_the_text():
    """A JSON "\\ud800" or an RTF "\\u-10179?" alone is half a character: no database
    column stores one, so the import would fail on it."""
    export = (
        '[{"question": "What is X? \\ud800", "answer": "a"}, {"question": "Why?", "answer": "b"}]'
    )
    rtf = r"{\rtf1 \b 1. What is a smile \u-10179?\u-8704? or half \u-10179? one?\b0\par }"
    for text in (read_text(export).text, read_text(rtf).text):
        assert not any(0xD800 <= ord(char) < 0xE000 for char in text)
    assert "😀" in read_text(rtf).text  # a whole pair is its character


QA_PAGE = """<!DOCTYPE html><html><head><title>python - Why is my queue consumer slow?</title>
</head><body><nav><a href="/">Home</a><a href="/questions">Questions</a></nav>
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name"><a href="/q/17/why-is-my-queue-consumer-slow">Why is my queue consumer
slow?</a></h1>
<div class="post" itemprop="text"><p>It handles one message at a time:</p>
<pre><code>for m in queue: handle(m)</code></pre></div>
<div class="comment">Did you profile it?</div>
<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Buy a bigger server.</p></div></div>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Prefetch a batch and <b>acknowledge after</b> handling it.</p></div>
</div></div>
<aside><h3>Related</h3><a href="/q/9">What is a queue?</a></aside>
</body></html>
"""


def test_a_qa_sites_page_gives_its_question_and_its_accepted_answer():
    drafts = drafts_of(read_text(QA_PAGE).text)
    assert len(drafts) == 1
    assert drafts[0].prompt.startswith("Why is my queue consumer slow?\n\nIt handles one message")
    assert "for m in queue: handle(m)" in drafts[0].prompt  # what it asks about
    assert drafts[0].answer == "Prefetch a batch and **acknowledge after** handling it."


SLIDES_WITH_NOTES = """\
## Q1: How does ETag caching work?

<!--
Speaker notes: the server answers 304 Not Modified when the ETag still matches.
-->

---

## Q2: What is a cache stampede?

<!-- Ask the room first. -->
"""


def test_a_decks_speaker_notes_answer_and_its_other_comments_do_not():
    assert pairs_of(SLIDES_WITH_NOTES) == [
        (
            "How does ETag caching work?",
            "the server answers 304 Not Modified when the ETag still matches.",
        ),
        ("What is a cache stampede?", ""),
    ]


def test_rich_text_bold_runs_stay_apart_and_hug_their_words():
    rtf = r"{\rtf1 Use \b acks\b0  and \b retries\b0  both.\par \b 1.\tab Why? \b0\par}"
    assert read_text(rtf).text == "Use **acks** and **retries** both.\n\n**1. Why?**"
