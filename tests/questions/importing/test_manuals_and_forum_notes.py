"""Shapes met in held-out set 52: a manual page in troff and a Texinfo manual, each with a
subsection or a table item per question; and a forum post whose candidate "blanked" or
"ran out of time" before a rule and the rest of the post."""

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

MAN_PAGE = r""".\" Man page for the SRE handbook
.TH LINUX-INTERVIEW 7 "2024-05-09" "sre-handbook 2.3.1" "SRE Handbook"
.SH NAME
linux-interview \- Linux questions for the systems round
.SH FREQUENTLY ASKED QUESTIONS
.SS "What is a zombie process?"
A child that has exited but whose parent has not yet called
.BR wait (2)
to collect its exit status.
.SS "How do you find which process is listening on port 8000?"
Use
.BR ss (8):
.PP
.EX
$ sudo ss \-ltnp 'sport = :8000'
.EE
.SS "How does the OOM killer choose a victim?"
.\" TODO oom_score
"""


def test_a_man_page_is_read_as_the_page_it_renders_to():
    assert read_text(MAN_PAGE).read_as.startswith("a manual page")
    zombie, port, oom = pairs_of(MAN_PAGE)

    assert zombie == (
        "What is a zombie process?",
        "A child that has exited but whose parent has not yet called **wait**(2) to collect "
        "its exit status.",
    )
    assert port[0] == "How do you find which process is listening on port 8000?"
    assert "```\n$ sudo ss -ltnp 'sport = :8000'\n```" in port[1]
    assert oom == ("How does the OOM killer choose a victim?", "")


TEXINFO = r"""\input texinfo   @c -*-texinfo-*-
@setfilename async-handbook.info
@settitle Async Python Interview Handbook

@copying
Copyright @copyright{} 2024 Lukas Brandt.
@end copying

@titlepage
@title Async Python Interview Handbook
@end titlepage

@node Asyncio
@chapter Asyncio
@cindex event loop

@table @strong
@item What is the difference between a coroutine and a Task?
Calling an @code{async def} function only creates a coroutine object.

@example
task = asyncio.create_task(fetch(url))
@end example

@item How do you cancel a task cleanly?
@c FIXME: CancelledError must be re-raised
@emph{To be written.}
@end table

@bye
"""


def test_a_texinfo_manual_is_read_as_its_pages_each_table_item_a_question_over_its_text():
    assert read_text(TEXINFO).read_as.startswith("a Texinfo manual")
    task, cancel = pairs_of(TEXINFO)

    assert task[0] == "What is the difference between a coroutine and a Task?"
    assert task[1].startswith("Calling an `async def` function only creates a coroutine object.")
    assert "```\ntask = asyncio.create_task(fetch(url))\n```" in task[1]
    assert "Copyright" not in task[1] and "FIXME" not in task[1]
    assert cancel == ("How do you cancel a task cleanly?", "")


FORUM_POST = """\
[b]Onsite at a fintech, 4 rounds[/b] [size=85](long post, sorry)[/size]

[b]1. How do you make a payment retry safe?[/b]
[spoiler=My answer]Send the same idempotency key on every retry.[/spoiler]

[b]2. What's the difference between HTTP/1.1 keep-alive and HTTP/2 multiplexing?[/b]
[i]Blanked on this one completely, said something about "fewer connections" and moved on. \
If someone has a good short answer please reply :oops:[/i]

[b]3. How would you paginate a large table efficiently?[/b]
Ran out of time, the EM said "we'll skip that one" :lol:

[hr]

[b]Result:[/b] offer came 5 days later :D Happy to answer questions about the process.
"""


def test_a_candidate_who_blanked_or_ran_out_of_time_gave_no_answer_whatever_follows_the_rule():
    retry, multiplexing, paginate = pairs_of(FORUM_POST)

    assert retry == (
        "How do you make a payment retry safe?",
        "Send the same idempotency key on every retry.",
    )
    assert multiplexing == (
        "What's the difference between HTTP/1.1 keep-alive and HTTP/2 multiplexing?",
        "",
    )
    assert paginate == ("How would you paginate a large table efficiently?", "")


def test_an_answer_that_asks_for_a_better_one_is_still_an_answer():
    text = (
        "**Q: How would you paginate a large table?**\n\n"
        "Keyset pagination on (created_at, id). If anyone has a better idea please reply.\n"
    )

    assert pairs_of(text) == [
        (
            "How would you paginate a large table?",
            "Keyset pagination on (created_at, id). If anyone has a better idea please reply.",
        )
    ]


POD = """\
package HTTP::Notes;
use strict;

=encoding utf8

=head1 NAME

HTTP-Interview-Notes - what I keep re-learning before backend interviews

=head1 QUESTIONS

=head2 What's the difference between 401 and 403?

B<401 Unauthorized> really means I<unauthenticated>; 403 means we know
who you are and the answer is no. See L<RFC 9110|https://www.rfc-editor.org/rfc/rfc9110>.

    HTTP/1.1 401 Unauthorized
    WWW-Authenticate: Bearer

=head2 What is HTTP/3 and why does it use QUIC?

=for comment
TODO - read the Cloudflare post again. Don't write half an answer here.

=head1 OPEN QUESTIONS

=over 4

=item * How does C<Transfer-Encoding: chunked> interact with C<Content-Length>?

=back

=cut

print "not documentation\\n";
"""


def test_perl_pod_is_read_as_the_page_it_renders_to_its_comments_unshown():
    assert read_text(POD).read_as.startswith("Perl's documentation")
    assert "use strict" not in read_text(POD).text  # the module's code, not its page
    status, quic, chunked = pairs_of(POD)

    assert status[0] == "What's the difference between 401 and 403?"
    assert status[1].startswith(
        "**401 Unauthorized** really means *unauthenticated*; 403 means we know who you are"
    )
    assert "See RFC 9110." in status[1]
    assert "```\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n```" in status[1]
    assert quic == ("What is HTTP/3 and why does it use QUIC?", "")
    assert chunked == (
        "How does `Transfer-Encoding: chunked` interact with `Content-Length`?",
        "",
    )
