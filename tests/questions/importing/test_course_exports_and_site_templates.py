"""Flashcards kept in XML, a course's problems in OLX, a Discord channel's JSON export, a
blog's JSON export, a survey tool's responses, Beamer slides, and the template tags of
GitBook, Jekyll and Docusaurus pages."""

import json

from questions.importing.reading import READ_AS_CHAT, READ_AS_EXPORT, READ_AS_XML, read_text
from tests.questions.importing.documents import pairs_of

FLASHCARDS_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<cards deck="backend" exported="2024-02-01">
<category><name>python</name></category>
<item id="a1" grade="3"><cat>python</cat>
<Q>What does &lt;code&gt;functools.wraps&lt;/code&gt; copy?</Q>
<A>The wrapped function's name, docstring and module onto the wrapper.&lt;br&gt;\
Without it, tracebacks name the wrapper.</A>
</item>
<item id="a2" grade="2"><cat>db</cat>
<Q>When is a hash index better than a B-tree?</Q>
<A></A>
</item>
<item id="a3" grade="4"><cat>db</cat>
<Q>What does VACUUM reclaim?</Q>
<A>Space held by dead row versions, for reuse by the same table.</A>
</item>
</cards>
"""


def test_flashcards_kept_in_xml_are_read_side_by_side():
    assert read_text(FLASHCARDS_XML).read_as == READ_AS_XML
    pairs = pairs_of(FLASHCARDS_XML)

    assert [prompt for prompt, _ in pairs] == [
        "What does `functools.wraps` copy?",
        "When is a hash index better than a B-tree?",
        "What does VACUUM reclaim?",
    ]
    assert pairs[0][1].startswith("The wrapped function's name")
    assert "tracebacks name the wrapper" in pairs[0][1]
    assert pairs[1][1] == ""  # an empty side needs an answer
    assert pairs[2][1].startswith("Space held by dead row versions")


OLX = """\
<!-- course/problem/p1.xml -->
<problem display_name="Locks" max_attempts="2">
  <multiplechoiceresponse>
    <label>Which lock does SELECT ... FOR UPDATE take on the rows it reads?</label>
    <choicegroup type="MultipleChoice">
      <choice correct="false">A table lock<choicehint>Only DDL takes those.</choicehint></choice>
      <choice correct="true">A row lock that blocks other writers of those rows</choice>
    </choicegroup>
    <solution><div class="detailed-solution"><p>Explanation</p>
      <p>Readers without FOR UPDATE are not blocked: MVCC shows them the old version.</p>
    </div></solution>
  </multiplechoiceresponse>
</problem>

<!-- course/problem/p2.xml -->
<problem display_name="Headers">
  <stringresponse answer="Retry-After" type="ci">
    <p>Which header tells a client how long to wait after a 429?</p>
    <textline size="20"/>
  </stringresponse>
</problem>

<!-- course/problem/p3.xml -->
<problem display_name="Discussion" weight="0.0">
  <p>How would you partition a table of click events that grows by 50 million rows a day?</p>
  <p><em>Share your design in this week's discussion thread.</em></p>
</problem>

<!-- course/problem/p4.xml -->
<problem display_name="Poll">
  <multiplechoiceresponse>
    <p>How ready do you feel for the database round?</p>
    <choicegroup type="MultipleChoice">
      <choice correct="true">Ready</choice>
      <choice correct="true">Not yet</choice>
    </choicegroup>
  </multiplechoiceresponse>
</problem>
"""


def test_a_courses_problems_read_one_by_one_with_what_they_accept():
    assert read_text(OLX).read_as == READ_AS_XML
    pairs = pairs_of(OLX)

    assert [prompt for prompt, _ in pairs] == [
        "Which lock does SELECT ... FOR UPDATE take on the rows it reads?",
        "Which header tells a client how long to wait after a 429?",
        "How would you partition a table of click events that grows by 50 million rows a day?",
    ]  # not the poll: every choice of it is right
    assert "A row lock that blocks other writers" in pairs[0][1]
    assert "MVCC shows them the old version" in pairs[0][1]
    assert "table lock" not in pairs[0][1]  # a wrong choice is no part of the answer
    assert pairs[1][1] == "Retry-After"
    assert pairs[2][1] == ""  # the course's instructions are not an answer


def _message(number: int, author: str, content: str, replying_to: int | None = None) -> dict:
    message = {
        "id": str(1000 + number),
        "type": "Reply" if replying_to else "Default",
        "timestamp": f"2024-03-12T19:{number:02d}:00.000+00:00",
        "content": content,
        "author": {"id": str(len(author)), "name": author, "nickname": None, "isBot": False},
        "mentions": [],
    }
    if replying_to:
        message["reference"] = {"messageId": str(1000 + replying_to), "channelId": "9"}
    return message


DISCORD = json.dumps(
    {
        "guild": {"id": "1", "name": "Backend study group"},
        "channel": {"id": "9", "name": "interview-drills"},
        "messages": [
            _message(1, "drillbot", "**Drill #1** — What does `asyncio.shield` protect against?"),
            _message(2, "drillbot", "**Drill #2** — Why would you use a covering index?"),
            _message(3, "kemal", "an index-only scan: the columns you read are in the index", 2),
            _message(4, "ana", "it keeps the awaited task running when the waiter is cancelled", 1),
            _message(5, "kemal", "nice"),
        ],
    },
    indent=2,
)


def test_a_discord_export_puts_each_reply_with_the_message_it_answers():
    assert read_text(DISCORD).read_as == READ_AS_CHAT
    pairs = pairs_of(DISCORD)

    assert [prompt for prompt, _ in pairs] == [
        "What does `asyncio.shield` protect against?",
        "Why would you use a covering index?",
    ]
    assert "waiter is cancelled" in pairs[0][1]  # the reply came later, but answers drill 1
    assert "index-only scan" in pairs[1][1]
    assert "waiter" not in pairs[1][1]


BLOG_EXPORT = json.dumps(
    {
        "db": [
            {
                "meta": {"version": "5.82.2"},
                "data": {
                    "posts": [
                        {
                            "id": "p1",
                            "title": "Three questions from my last onsite",
                            "status": "published",
                            "html": (
                                "<p>Here is what came up, with what I answered.</p>"
                                "<h3>1. What is a database connection pool for?</h3>"
                                "<p>Opening a PostgreSQL connection forks a backend process;"
                                " a pool reuses a few of them across requests.</p>"
                                "<h3>2. What does HTTP 409 mean?</h3>"
                                "<p>A conflict with the resource's current state, such as"
                                " an edit based on an old version.</p>"
                                "<h3>3. How would you shard a chat service?</h3>"
                                "<p>I haven't written this one up yet.</p>"
                            ),
                        }
                    ],
                    "tags": [{"id": "t1", "name": "interviews"}],
                },
            }
        ]
    }
)


def test_a_blogs_export_reads_each_post_as_its_page():
    assert read_text(BLOG_EXPORT).read_as == READ_AS_EXPORT
    pairs = pairs_of(BLOG_EXPORT)

    assert [prompt for prompt, _ in pairs] == [
        "What is a database connection pool for?",
        "What does HTTP 409 mean?",
        "How would you shard a chat service?",
    ]
    assert "reuses a few of them" in pairs[0][1]
    assert pairs[2][1] == ""


SURVEY = """\
#,What's your full name?,Email address,How many years have you worked with Python?,\
What does a Django migration's RunPython need besides its function?,\
Why can COUNT(*) be slow on a big PostgreSQL table?,\
What is a race condition?,Start Date (UTC),Submitted At,Token
x1,Ana,ana@example.com,3-5,a reverse function,it scans,two things at once,\
2024-06-03 08:12,2024-06-03 08:41,x1
x2,Bo,bo@example.com,1-2,,not sure,,2024-06-03 09:00,2024-06-03 09:20,x2
ANSWER KEY,(reviewer copy),,,"A reverse_code function (RunPython.noop when nothing is undone).",\
"Every row's visibility is checked: PostgreSQL keeps no stored count.",,,,
"""


def test_a_survey_tools_responses_ask_the_tests_questions_not_the_persons():
    pairs = pairs_of(SURVEY)

    assert [prompt for prompt, _ in pairs] == [
        "What does a Django migration's RunPython need besides its function?",
        "Why can COUNT(*) be slow on a big PostgreSQL table?",
        "What is a race condition?",
    ]  # not the name, the e-mail or the years of experience
    assert pairs[0][1].startswith("A reverse_code function")
    assert pairs[1][1].startswith("Every row's visibility")
    assert pairs[2][1] == ""  # the key leaves it empty; a respondent's guess is no answer


BEAMER = r"""
\documentclass{beamer}
\title{Security for backend interviews}
\begin{document}
\begin{frame}{Question 1}
  \Large What does the \texttt{HttpOnly} cookie flag prevent?
\end{frame}
\begin{frame}{Answer 1}
  \begin{itemize}
    \item Scripts on the page cannot read the cookie
    \item So an XSS cannot steal the session with \texttt{document.cookie}
  \end{itemize}
\begin{lstlisting}
Set-Cookie: session=abc; HttpOnly; Secure
\end{lstlisting}
  \note{Ask who has shipped a cookie without it.}
\end{frame}
\begin{frame}{Question 2}
  \Large Why must password hashes be slow?
  \note{
    Skip if we are short on time.
  }
\end{frame}
\begin{frame}{Answer 2}
  \centering\textit{Answer in class.}
\end{frame}
\end{document}
"""


def test_beamer_slides_pair_question_and_answer_slides_without_speaker_notes():
    pairs = pairs_of(BEAMER)

    assert [prompt for prompt, _ in pairs] == [
        "What does the `HttpOnly` cookie flag prevent?",
        "Why must password hashes be slow?",
    ]
    assert pairs[0][1].startswith("- Scripts on the page cannot read the cookie")
    assert "Set-Cookie: session=abc" in pairs[0][1]  # the slide's code goes with its list
    assert "Ask who has shipped" not in pairs[0][1]
    assert pairs[1][1] == ""  # "Answer in class." is no answer, and the notes are not one


GITBOOK = """\
# Postgres questions

{% hint style="info" %}
Pick two of these for a phone screen.
{% endhint %}

### What does VACUUM FULL do that VACUUM does not?

It rewrites the whole table into a new file and gives the space back to the operating
system, holding an ACCESS EXCLUSIVE lock while it runs.

{% hint style="warning" %}
Never on a busy table during the day.
{% endhint %}

### How do you run schema migrations with zero downtime?

_Coming soon — see the_ [_migrations playbook_](../ops/migrations.md) _in the meantime._

{% content-ref url="../system-design/" %}
[system-design](../system-design/)
{% endcontent-ref %}
"""

JEKYLL = """\
---
layout: post
title: "Python questions I was asked"
---

Back to [the index]({{ site.baseurl }}/).

## 1. What does `functools.lru_cache` need from its arguments?

They must be hashable: the arguments are the cache's key.

{% highlight python %}
@lru_cache(maxsize=128)
def price(sku: str) -> int: ...
{% endhighlight %}

## 2. What does `yield from` do?

Honestly? Left as an exercise for the reader. I was too tired to write it up.

---

*Got asked something I didn't cover? Leave a comment below or ping me.*

{% include share-buttons.html %}
"""

DOCUSAURUS = """\
---
id: interview-faq
title: Interview FAQ
---

import Link from '@docusaurus/Link';
import Tabs from '@theme/Tabs';

:::tip
Pick four or five questions.
:::

<details>
<summary>What is an idempotency key?</summary>

A client-chosen key sent with a POST, so that a retried request is recognised and not
applied twice.

</details>

<details>
<summary>How would you make a payment endpoint idempotent?</summary>

:::caution Work in progress
@mfischer is writing this one up after the incident review.
:::

</details>

<details>
<summary>How would you design a job queue for sending e-mail?</summary>

See the dedicated <Link to="/docs/jobs">background jobs</Link> page.

</details>
"""


def test_a_gitbook_page_leaves_its_template_tags_and_link_cards_out():
    pairs = pairs_of(GITBOOK)

    assert [prompt for prompt, _ in pairs] == [
        "What does VACUUM FULL do that VACUUM does not?",
        "How do you run schema migrations with zero downtime?",
    ]
    assert "ACCESS EXCLUSIVE lock" in pairs[0][1]
    assert "{%" not in pairs[0][1]
    assert pairs[1][1] == ""  # "Coming soon", and a link card: no answer


def test_a_jekyll_post_keeps_its_highlighted_code_and_not_its_comment_invitation():
    pairs = pairs_of(JEKYLL)

    assert [prompt for prompt, _ in pairs] == [
        "What does `functools.lru_cache` need from its arguments?",
        "What does `yield from` do?",
    ]
    assert "```python\n@lru_cache(maxsize=128)" in pairs[0][1]
    assert "{%" not in pairs[0][1]
    assert pairs[1][1] == ""


def test_a_docusaurus_page_reads_its_admonitions_and_links_as_text():
    pairs = pairs_of(DOCUSAURUS)

    assert [prompt for prompt, _ in pairs] == [
        "What is an idempotency key?",
        "How would you make a payment endpoint idempotent?",
        "How would you design a job queue for sending e-mail?",
    ]
    assert pairs[0][1].startswith("A client-chosen key")
    assert pairs[1][1] == ""  # someone is writing it up
    assert pairs[2][1] == ""  # only a pointer to another page


RULER = "=" * 60
REPORT = f"""\
Candidate Report
Overall score: 45 / 80
Question overview
  1  Coding           Deduplicate        25/30   Attempted

{RULER}
TASK 1  |  Coding  |  Deduplicate  |  Score 25/30
{RULER}
Problem statement:
  Write a function that removes duplicates from a list while keeping
  the first occurrence of each item in order.

Candidate's submission:

  def unique(items):
      return list(dict.fromkeys(items))

Test cases: 9/10 passed

Interviewer notes:
  Knew dicts keep insertion order. Missed unhashable items.

{RULER}
TASK 2  |  Multiple Choice  |  Status codes  |  Score 10/10
{RULER}
Question:
  Which status code says the client must authenticate first?

  A. 401 Unauthorized
  B. 403 Forbidden

Candidate's answer:  A. 401 Unauthorized
Correct answer:      A

{RULER}
TASK 3  |  Subjective  |  Queues  |  Score 0/20
{RULER}
Question:
  How would you stop one slow consumer from holding up a whole queue?

Status: Not attempted
Candidate's answer: (no answer submitted)

Interviewer notes:
  -
---------------------------------------------------------------------
(c) 2024 The assessment platform. Confidential.
"""


def test_an_assessment_report_reads_each_tasks_statement_and_the_candidates_answer():
    pairs = pairs_of(REPORT)

    assert [prompt for prompt, _ in pairs] == [
        "Write a function that removes duplicates from a list while keeping the first "
        "occurrence of each item in order.",
        "Which status code says the client must authenticate first?",
        "How would you stop one slow consumer from holding up a whole queue?",
    ]
    assert "```\ndef unique(items):\n    return list(dict.fromkeys(items))\n```" in pairs[0][1]
    assert "Knew dicts" not in pairs[0][1]  # the grader's notes are not the answer
    assert pairs[1][1] == "401 Unauthorized"  # the option it chose (its letter read as a label)
    assert pairs[2][1] == ""


def test_a_discord_export_with_odd_fields_is_read_without_them():
    data = json.loads(DISCORD)
    data["messages"][3]["type"] = []
    data["messages"][4]["mentions"] = 5

    pairs = pairs_of(json.dumps(data))

    assert [prompt for prompt, _ in pairs][:1] == ["What does `asyncio.shield` protect against?"]


def test_a_gitbook_embed_is_left_out_without_taking_the_page_after_it():
    text = GITBOOK.replace(
        "It rewrites the whole table",
        '{% embed url="https://example.com/vacuum-talk" %}\n\nIt rewrites the whole table',
    )

    pairs = pairs_of(text)

    assert pairs[0][1].startswith("It rewrites the whole table")
    assert len(pairs) == 2
