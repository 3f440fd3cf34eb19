"""Shapes met in held-out sets 48 and 49: an interview platform's report (its table of
questions and the candidate's responses), a Trac wiki's "|| ... ||" table, a Zim page
(headings counted the other way), and captions saved as TTML with their speakers."""

import pytest

from questions.importing.reading import read_text
from tests.questions.importing.documents import drafts_of, pairs_of

REPORT = """\
<html><body>
<h1>Candidate report</h1>
<h2>Interview notes</h2>
<table>
<thead><tr><th>#</th><th>Question</th><th>Candidate response (interviewer notes)</th>
<th>Rating</th></tr></thead>
<tbody>
<tr><td>1</td><td>What is the difference between WHERE and HAVING?</td>
<td>WHERE filters rows before grouping, HAVING filters the groups. Quick.</td><td>4</td></tr>
<tr><td>2</td><td>What is a covering index?</td><td>— Not asked (time)</td><td>n/a</td></tr>
<tr><td>3</td><td>How does Postgres resolve a deadlock?</td>
<td>It detects the cycle and aborts one transaction, which the app retries.</td><td>3</td></tr>
</tbody></table>
</body></html>
"""


def test_a_reports_table_of_responses_gives_each_question_what_was_answered():
    assert pairs_of(REPORT) == [
        (
            "What is the difference between WHERE and HAVING?",
            "WHERE filters rows before grouping, HAVING filters the groups. Quick.",
        ),
        ("What is a covering index?", ""),  # not asked: no answer
        (
            "How does Postgres resolve a deadlock?",
            "It detects the cycle and aborts one transaction, which the app retries.",
        ),
    ]


TRAC = """\
= Backend question bank =

== Django ==

=== Q: What does select_for_update do? ===

Locks the selected rows until the transaction ends.

== Security ==

||= Question =||= What we expect to hear =||
|| How does CSRF protection work in Django? || A secret token the other site cannot read. ||
|| Explain authentication versus authorization. || ||
"""


def test_a_trac_table_under_its_header_gives_its_questions_and_what_to_hear():
    drafts = [(d.prompt, d.answer, d.answer_outline) for d in drafts_of(TRAC)]

    assert drafts == [
        (
            "What does select_for_update do?",
            "Locks the selected rows until the transaction ends.",
            "",
        ),
        # what the interviewers expect to hear: the answer's outline
        (
            "How does CSRF protection work in Django?",
            "",
            "A secret token the other site cannot read.",
        ),
        ("Explain authentication versus authorization.", "", ""),
    ]


ZIM = """\
Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2024-03-11T20:14:52+01:00

====== Backend prep ======

===== FastAPI =====

**How do you version an API?**
(ask Marek how they do it at his place — routers with prefix?)

===== Postgres =====

**WHERE vs HAVING?**
WHERE filters rows, HAVING filters groups.
"""


def test_a_zim_pages_headings_count_the_other_way_and_end_the_answer_above_them():
    reading = read_text(ZIM)

    headings = [line for line in reading.text.split("\n") if line.startswith("#")]
    assert headings == ["# Backend prep", "## FastAPI", "## Postgres"]
    assert "Content-Type" not in reading.text
    assert pairs_of(ZIM) == [
        ("How do you version an API?", ""),
        ("WHERE vs HAVING?", "WHERE filters rows, HAVING filters groups."),
    ]


def _cue(begin: str, agent: str, said: str) -> str:
    return f'<p begin="{begin}" end="{begin}" ttm:agent="{agent}">{said}</p>'


TTML = f"""\
<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
<head><metadata>
<ttm:agent xml:id="spk1" type="person"><ttm:name type="full">Dana (interviewer)</ttm:name>
</ttm:agent>
<ttm:agent xml:id="spk2" type="person"><ttm:name type="full">Tomasz (candidate)</ttm:name>
</ttm:agent>
</metadata></head>
<body><div>
{_cue("00:00:01.200", "spk1", "Hi Tomasz, can you hear me alright?")}
{_cue("00:00:05.100", "spk2", "Yep, loud and clear.")}
{_cue("00:00:15.000", "spk1", "Let's warm up. What is the difference between PUT and PATCH?")}
{_cue("00:00:19.500", "spk2", "PUT replaces the whole resource,<br/>so missing fields are reset.")}
{_cue("00:00:27.000", "spk2", "PATCH only touches the fields you send.")}
{_cue("00:02:09.500", "spk1", "What does HTTP/2 multiplexing give you?")}
{_cue("00:02:15.200", "spk2", "Many requests share one TCP connection as interleaved streams.")}
{{ending}}
</div></body></tt>
"""
# The interviewer skips what is left after an answer: in one cue, or after a word of praise.
ENDINGS = [
    _cue("00:02:29.500", "spk1", "Great answer. We're at time, let's skip it. Any questions?"),
    _cue("00:02:29.500", "spk1", "Nice.")
    + _cue("00:02:31.500", "spk1", "We're at time, so let's skip it. Any questions for me?"),
]


@pytest.mark.parametrize("ending", ENDINGS)
def test_ttml_captions_are_read_as_the_interview_their_speakers_held(ending):
    reading = read_text(TTML.format(ending=ending))

    assert reading.read_as.startswith("a recording's captions")
    # an answer given is kept, though the interviewer then skips what was left to ask
    assert pairs_of(TTML.format(ending=ending)) == [
        (
            "What is the difference between PUT and PATCH?",
            "PUT replaces the whole resource, so missing fields are reset.\n\n"
            "PATCH only touches the fields you send.",
        ),
        (
            "What does HTTP/2 multiplexing give you?",
            "Many requests share one TCP connection as interleaved streams.",
        ),
    ]
