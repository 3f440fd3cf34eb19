"""An issue tracker's ticket copied from its page: the description lists the questions, and
the activity's comments each quote the question they answer, under a byline ("Anna Lee added
a comment - 2 days ago")."""

from tests.questions.importing.documents import pairs_of

TICKET = """\
HIRE-204
Reference answers for the onsite backend questions
Status: In Progress
Assignee: Ravi Menon
Description
Please answer the ones you own in the comments (quote the question so I can find it).

Can someone from Platform review the system design ones by Friday?

Draft questions:

1. How does Python's garbage collector deal with reference cycles?
2. What is the difference between a LEFT JOIN and an INNER JOIN?
3. How would you design a read-heavy service that runs in multiple regions?

Attachments
Drop files to attach, or browse.
Activity
Comments
Oldest first

Ravi Menon added a comment - 3 days ago
Split: 1-2 Anna, 3 me. Shout if that doesn't work for you.

Anna Lee added a comment - 2 days ago
How does Python's garbage collector deal with reference cycles?
A generational cycle collector finds groups of objects only reachable from each other and \
frees them.

Dmitri Volkov logged work - 2 days ago
1h

Anna Lee added a comment - 2 days ago - edited
What is the difference between a LEFT JOIN and an INNER JOIN?
INNER JOIN keeps only matching rows; LEFT JOIN keeps every left row, NULLs where nothing matches.
"""


def test_a_tickets_comments_quoting_its_questions_answer_them():
    assert pairs_of(TICKET) == [
        ("How would you design a read-heavy service that runs in multiple regions?", ""),
        ("How does Python's garbage collector deal with reference cycles?",
         "A generational cycle collector finds groups of objects only reachable from each other "
         "and frees them."),
        ("What is the difference between a LEFT JOIN and an INNER JOIN?",
         "INNER JOIN keeps only matching rows; LEFT JOIN keeps every left row, NULLs where "
         "nothing matches."),
    ]  # fmt: skip
