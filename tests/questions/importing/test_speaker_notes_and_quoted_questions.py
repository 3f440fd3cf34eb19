"""Shapes met in held-out sets 67 and 68: a plain-text newsletter that quotes each question
(">> ") over two lines, and a slide deck's speaker-notes export whose notes answer the
question on each slide."""

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
