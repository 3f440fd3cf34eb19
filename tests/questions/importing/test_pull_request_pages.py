"""A pull request's page copied as text, where reviewers quiz the author as an interviewer
would: each comment under its writer's name, "Reply" / "Like" / "2 days ago" under it, the
author's role, approvals and the page's footer around them."""

from questions.importing.reading import READ_AS_FORUM, read_text
from tests.questions.importing.documents import pairs_of

PULL_REQUEST = """\
Pull requests
#88 Cache product pages in Redis
OPEN
Activity
Sort by: Oldest first

Sam Patel
Why cache-aside instead of write-through here?
Reply
Like
2 days ago

    Alex Kim
    AUTHOR
    Writes are rare and reads are hot, so filling the cache on a miss keeps it small and \
never caches a product nobody views.
    Reply
    Like
    2 days ago

Jordan Lee
What stops a stampede when a hot key expires?
Reply
Like
2 days ago

    Alex Kim
    AUTHOR
    Hmm, good catch. Will add later, need to think about it a bit.
    Reply
    Like
    2 days ago

Sam Patel
Why pin redis to >=5.0 here?
Reply
Like
1 day ago

Sam Patel approved this pull request
1 day ago

Jordan Lee
LGTM 🚀
Like
20 hours ago

Privacy policy
Terms of service
Atlassian
"""


def test_a_pull_requests_comments_are_read_as_questions_and_replies():
    assert read_text(PULL_REQUEST).read_as == READ_AS_FORUM
    assert pairs_of(PULL_REQUEST) == [
        ("Why cache-aside instead of write-through here?",
         "Writes are rare and reads are hot, so filling the cache on a miss keeps it small and "
         "never caches a product nobody views."),
        ("What stops a stampede when a hot key expires?", ""),  # "good catch, will add later"
        ("Why pin redis to >=5.0 here?", ""),  # approvals and "LGTM" answer nothing
    ]  # fmt: skip


def test_lgtm_with_a_reason_and_a_repeated_short_reply_are_answers():
    notes = (
        "## Is adding a nullable column without a default safe online?\n\n"
        "LGTM, a nullable column without a default is metadata-only.\n"
    )
    assert pairs_of(notes)[0][1].startswith("LGTM, a nullable column")
