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
