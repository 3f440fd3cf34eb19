"""Notes in org-mode or wiki markup, and flashcards as "Front:"/"Back:" pairs, read as
the questions they hold."""

from questions.importing.reading import READ_AS_ORG, READ_AS_WIKI, read_text
from tests.questions.importing.documents import pairs_of

ORG_NOTES = """\
#+TITLE: Queue interview prep
#+STARTUP: overview

* Questions                                                      :prep:
** DONE What does a message broker give you over a database table?
   CLOSED: [2024-05-02 Thu 20:10]
   Push delivery, acknowledgements and redelivery, so consumers need not poll.
** TODO How do you size a consumer pool?
** DONE Why are poison messages dangerous?
   :PROPERTIES:
   :ID: 1234
   :END:
   One message that always fails blocks a partition; send it to a =dead-letter= queue.
"""


def test_org_notes_are_read_with_their_headings_as_questions():
    assert read_text(ORG_NOTES).read_as == READ_AS_ORG
    assert pairs_of(ORG_NOTES) == [
        ("What does a message broker give you over a database table?",
         "Push delivery, acknowledgements and redelivery, so consumers need not poll."),
        ("How do you size a consumer pool?", ""),
        ("Why are poison messages dangerous?",
         "One message that always fails blocks a partition; send it to a `dead-letter` queue."),
    ]  # fmt: skip


WIKI_PAGE = """\
{{Infobox page
| owner = Platform
}}
'''Queue questions''' for the backend loop. __TOC__

== Basics ==

=== What is a dead-letter queue? ===
Where messages go after too many failed deliveries, for someone to look at.

=== How do you order messages per customer? ===
{{TODO|fill in}}

<!-- hint: partition key -->
=== Which steps does a consumer take? ===
# fetch a batch
# handle each message
# acknowledge

[[Category:Interviewing]]
"""


def test_a_wiki_page_is_read_with_its_headings_lists_and_templates():
    assert read_text(WIKI_PAGE).read_as == READ_AS_WIKI
    drafts = pairs_of(WIKI_PAGE)

    assert [prompt for prompt, _ in drafts] == [
        "What is a dead-letter queue?",
        "How do you order messages per customer?",
        "Which steps does a consumer take?",
    ]
    assert drafts[1][1] == ""  # {{TODO}} is no answer
    assert drafts[2][1].splitlines()[0] == "1. fetch a batch"


def test_flashcards_pair_front_and_back_and_leave_their_metadata_out():
    document = (
        "Card 1\nFront: What does HSTS do?\nBack: Tells browsers to use HTTPS only.\n"
        "Tags: http\nEase: 250%  Interval: 3d\n\n"
        "Card 2\nFront: What is a CSP nonce for?\nBack:\nTags: security\n"
    )

    assert pairs_of(document) == [
        ("What does HSTS do?", "Tells browsers to use HTTPS only."),
        ("What is a CSP nonce for?", ""),
    ]


def test_a_list_of_questions_alone_ends_before_the_note_under_it():
    document = (
        "This week's questions:\n\n"
        "1. What is a WAL?\n2. Why is fsync slow?\n3. What is a checkpoint?\n\n"
        "Office hours are on Thursday as usual.\n"
    )

    assert pairs_of(document)[2] == ("What is a checkpoint?", "")


def test_a_note_to_look_it_up_or_see_the_comments_is_no_answer():
    document = (
        "What is a covering index?\n?? look up - someone mentioned it\n\n"
        "How do you shard a counter?\n➡️ Answer in the comments 👇\n"
    )

    assert [answer for _, answer in pairs_of(document)] == ["", ""]


def test_a_chat_drill_numbers_questions_with_a_space_and_its_chatter_is_no_answer():
    document = (
        "[19:01] ana: Q1 what does epoll tell the event loop?\n"
        "[19:02] ben: which sockets are ready, so it resumes only those tasks\n"
        "[19:03] ana: Q2 why must a cancelled task re-raise CancelledError\n"
        "[19:04] ben: brb pizza\n"
        "[19:05] cy: same, dinner\n"
        "[19:06] ana: lol ok that's it for tonight\n"
        "[19:07] ana: Q2 carries over to next week\n"
    )

    assert pairs_of(document) == [
        ("what does epoll tell the event loop?",
         "which sockets are ready, so it resumes only those tasks"),
        ("why must a cancelled task re-raise CancelledError", ""),
    ]  # fmt: skip


def test_an_org_heading_with_only_open_tasks_under_it_is_unanswered():
    document = (
        "#+TITLE: prep\n#+STARTUP: overview\n"
        "** TODO How do you test async code?\n   - [ ] read the plugin docs\n   - [ ] try anyio\n"
        "** DONE What does a fixture's scope change?\n   How often it is set up.\n"
    )

    assert pairs_of(document) == [
        ("How do you test async code?", ""),
        ("What does a fixture's scope change?", "How often it is set up."),
    ]
