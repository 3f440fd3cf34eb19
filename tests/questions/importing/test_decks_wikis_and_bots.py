"""Shapes met in held-out sets 67 and 68: a plain-text newsletter that quotes each question
(">> ") over two lines, a slide deck's speaker-notes export whose notes answer the question
on each slide, a MediaWiki page of question templates and definition lists, a chat bot's
responses keyed as question and answer, and a Twine story of a practice bot."""

from tests.questions.importing.documents import pairs_of

NEWSLETTER = """\
INTERVIEW CORNER
----------------

>> What is a replay attack, and how do you stop one against a
>> webhook endpoint?

An attacker captures a valid request and sends it again later.

>> What is PKCE for?

It protects the authorization code flow for public clients.

> How would you test that an endpoint is protected
> against IDOR?

Log in as user B and request user A's resource by id: expect a 404.

>> What happens to in-flight HTTP/2 requests when the server sends a
>> GOAWAY frame?

> How do you verify that a webhook
really came from its sender?

Recompute the HMAC over the raw body.
"""


def test_a_question_quoted_over_two_lines_is_one_question():
    pairs = pairs_of(NEWSLETTER)

    assert pairs == [
        (
            "What is a replay attack, and how do you stop one against a webhook endpoint?",
            "An attacker captures a valid request and sends it again later.",
        ),
        ("What is PKCE for?", "It protects the authorization code flow for public clients."),
        (
            "How would you test that an endpoint is protected against IDOR?",
            "Log in as user B and request user A's resource by id: expect a 404.",
        ),
        (
            "What happens to in-flight HTTP/2 requests when the server sends a GOAWAY frame?",
            "",
        ),
        (
            "How do you verify that a webhook really came from its sender?",
            "Recompute the HMAC over the raw body.",
        ),
    ]


DECK = """\
Backend Workshop, part 3 -- speaker notes export

==================== Slide 1 ====================
[Title]     Agenda
[Body]      1. How a design round works
            2. Docker rapid-fire
[Notes]
(no notes)

==================== Slide 2 ====================
[Title]     Why do design rounds feel so vague?
[Body]      • No single right answer
            • The interviewer grades your process
[Notes]
Tell the story of my first design round.

==================== Slide 3 ====================
[Title]     Docker #1
[Body]      Why should a Dockerfile copy requirements.txt before copying the
            rest of the code?
[Notes]
Layer caching: the install layer is rebuilt only when the requirements
change.

==================== Slide 4 ====================
[Title]     Follow-ups the interviewer will ask
[Body]      • What is a multi-stage build?
            • Why can PID 1 in a container be a problem?
[Notes]
Several FROM stages: build in a fat image, copy the artefacts into a slim one.
PID 1 gets no default signal handlers, so SIGTERM may be ignored.

==================== Slide 5 ====================
[Title]     Messaging
[Body]      When would you put a message queue between two services?
[Notes]


==================== Slide 6 ====================
[Title]     Homework
[Body]      • Explain what a sidecar container is
[Notes]
Answers next session. Nobody gets pizza without the homework.

==================== Slide 7 ====================
[Title]     Prompt #3
[Body]      How would you design a news feed?
[Notes]
[skip if short on time] -- TODO write notes for fan-out on write vs read

==================== Slide 8 ====================
[Title]     Questions?
[Body]      Any questions?
[Notes]
Leave ten minutes for them.
"""


def test_each_slide_that_asks_is_a_question_its_speaker_notes_the_answer():
    pairs = pairs_of(DECK)

    assert [prompt for prompt, _ in pairs] == [
        "Why should a Dockerfile copy requirements.txt before copying the rest of the code?",
        "What is a multi-stage build?",
        "Why can PID 1 in a container be a problem?",
        "When would you put a message queue between two services?",
        "Explain what a sidecar container is",
        "How would you design a news feed?",
    ]
    assert pairs[0][1] == (
        "Layer caching: the install layer is rebuilt only when the requirements\nchange."
    )
    # notes that answer a slide's questions together answer each
    assert pairs[1][1] == pairs[2][1]
    assert pairs[1][1].startswith("Several FROM stages")
    # no notes, answers promised for later, a to-do after a remark: no answer
    assert [answer for _, answer in pairs[3:]] == ["", "", ""]


WIKI = """\
== Why this page? ==
Every loop has a Python round. So why not write them down once? That is the idea.

== Core Python ==
{{IQ
|q=What is the difference between <code>is</code> and <code>==</code>?
|a=<code>==</code> compares values; <code>is</code> compares identity, see
[[Python/Identity|identity]].
}}
{{IQ
|q=What's the difference between a shallow copy and a deep copy?
|a=
}}
{{Infobox prep page
| owner = [[User:Priya|Priya]]
}}
{{IQ|q=What are <code>__slots__</code> for?|a=Fixed storage instead of a per-instance dict.}}
{{IQ|q=What is a metaclass?|a={{Stub}}}}

== Functions ==
; Why is a mutable default argument a bug?
: Defaults are evaluated once, when the <code>def</code> runs.
<syntaxhighlight lang="python">
def add(item, bucket=[]):
    bucket.append(item)
</syntaxhighlight>
; What is a closure?
: A function that remembers the variables of the scope it was defined in.
; Explain <code>*args</code> and <code>**kwargs</code>
: ''(Priya to fill in)''
"""


def test_question_templates_and_definition_lists_of_a_wiki_page_are_questions():
    pairs = pairs_of(WIKI)

    assert [prompt for prompt, _ in pairs] == [
        "What is the difference between `is` and `==`?",
        "What's the difference between a shallow copy and a deep copy?",
        "What are `__slots__` for?",
        "What is a metaclass?",
        "Why is a mutable default argument a bug?",
        "What is a closure?",
        "Explain `*args` and `**kwargs`",
    ]
    assert pairs[0][1] == "`==` compares values; `is` compares identity, see identity."
    assert pairs[1][1] == ""
    assert pairs[2][1] == "Fixed storage instead of a per-instance dict."
    assert pairs[3][1] == ""  # {{Stub}}
    assert pairs[4][1].startswith("Defaults are evaluated once, when the `def` runs.\n")
    assert "```python\ndef add(item, bucket=[]):" in pairs[4][1]
    assert pairs[5][1] == "A function that remembers the variables of the scope it was defined in."
    assert pairs[6][1] == ""


BOT_DOMAIN = """\
version: "3.1"
intents:
  - greet
  - show_answer
responses:
  utter_greet:
    - text: "Hey {name}! Ready for a few practice questions?"
    - text: "Hi again! Shall we practise?"
  utter_ask_confidence:
    - text: "How confident did you feel about that one?"
  utter_q_redis_1:
    - text: "How would you build a leaderboard with Redis?"
  utter_a_redis_1:
    - text: |
        A sorted set per board: ZADD the score, ZREVRANGE for the top ten.
  utter_q_redis_2:
    - text: "Explain key expiry (TTL) versus maxmemory eviction."
  # TODO(@oskar): model answer for redis_2
  utter_q_http_1:
    - text: "Explain what happens when you type a URL and press Enter."
  utter_a_http_1:
    - text: |
        Short version:
          1. the browser parses the URL and checks its caches;
          2. DNS resolution of the host name;
          3. TCP and TLS handshakes, then the request goes out.
"""


def test_a_chat_bots_responses_keyed_as_question_and_answer_pair_up():
    pairs = pairs_of(BOT_DOMAIN)

    assert pairs == [
        (
            "How would you build a leaderboard with Redis?",
            "A sorted set per board: ZADD the score, ZREVRANGE for the top ten.",
        ),
        ("Explain key expiry (TTL) versus maxmemory eviction.", ""),
        (
            "Explain what happens when you type a URL and press Enter.",
            "Short version:\n"
            "  1. the browser parses the URL and checks its caches;\n"
            "  2. DNS resolution of the host name;\n"
            "  3. TCP and TLS handshakes, then the request goes out.",
        ),
    ]


def test_numbered_keys_of_a_json_form_pair_questions_and_answers():
    form = (
        '{"title": "Screening form", "fields": {"q1": "What is a race condition?", '
        '"a1": "Two threads touch shared state and the result depends on their timing.", '
        '"q2": "What does an index cost on writes?", "a2": "", '
        '"q3": "When would you denormalise a table?", '
        '"a3": "When a read path joins the same tables on every request."}}'
    )

    assert [(prompt, bool(answer)) for prompt, answer in pairs_of(form)] == [
        ("What is a race condition?", True),
        ("What does an index cost on writes?", False),
        ("When would you denormalise a table?", True),
    ]


TWEE = """\
:: StoryTitle
Bytey, a backend interview trainer

:: StoryData
{"format": "Harlowe", "start": "Start"}

:: Start {"position":"100,100"}
(set: $score to 0)
|bytey>[Hi! I'm Bytey.] Are you ready?
[[Yes, let's go!->asyncio-1]]

:: asyncio-1 [question] {"position":"100,250"}
''Round 1 · question 1''

What is the event loop in asyncio?

[[Reveal->asyncio-1-a]]
[[Skip->asyncio-2]]

:: asyncio-1-a [answer] {"position":"250,250"}
The scheduler at the heart of asyncio: it runs ready tasks //one// at a time.
See https://docs.python.org/3/library/asyncio.html

(link: "I got it")[(set: $score to it + 1)(go-to: "asyncio-2")]

:: asyncio-2 [question mcq]
Which call should start your top-level coroutine from synchronous code?

[[A) loop.run_forever()->asyncio-2-wrong]]
[[B) asyncio.run(main())->asyncio-2-right]]

:: asyncio-2-right [answer]
✅ Correct! asyncio.run creates a fresh event loop and closes it at the end.
[[Next->redis-1]]

:: asyncio-2-wrong [answer]
❌ Not quite.
[[Next->redis-1]]

:: redis-1 [question]
Count page views for an article atomically in Redis

[[Show answer->redis-1-answer]]

:: The End
Want to play again?
[[Restart->Start]]
"""


def test_a_twine_storys_passages_that_ask_are_answered_by_the_passages_they_link_to():
    pairs = pairs_of(TWEE)

    assert pairs == [
        (
            "What is the event loop in asyncio?",
            "The scheduler at the heart of asyncio: it runs ready tasks *one* at a time.\n"
            "See https://docs.python.org/3/library/asyncio.html",
        ),
        (
            "Which call should start your top-level coroutine from synchronous code?\n\n"
            "- A) loop.run_forever()\n- B) asyncio.run(main())",
            "✅ Correct! asyncio.run creates a fresh event loop and closes it at the end.",
        ),
        ("Count page views for an article atomically in Redis", ""),  # no such passage
    ]
