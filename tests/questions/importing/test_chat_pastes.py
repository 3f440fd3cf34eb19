"""A chat pasted as is: messages are read without who sent them and when."""

from questions.importing.chat import looks_like_chat
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text


def _questions(text: str) -> list[tuple[str, str]]:
    items = parse_document(normalise_text(text)).items
    return [(item.prompt, "\n".join(item.body).strip()) for item in items]


def test_whatsapp_export_questions_and_the_answers_others_gave():
    chat = (
        "12/03/2024, 19:02 - Sam: Messages are end-to-end encrypted.\n"
        "12/03/2024, 19:03 - Sam: what is an idempotency key?\n"
        "12/03/2024, 19:05 - Lee: a client-chosen id the server stores, so a retried POST "
        "is applied once\n"
        "12/03/2024, 19:06 - Sam: Why is a UUIDv4 a poor primary key?\n"
        "12/03/2024, 19:08 - Lee: random inserts scatter over the index pages\n"
    )

    assert looks_like_chat(chat)
    assert _questions(chat) == [
        ("what is an idempotency key?", "a client-chosen id the server stores, so a retried "
         "POST is applied once"),
        ("Why is a UUIDv4 a poor primary key?", "random inserts scatter over the index pages"),
    ]  # fmt: skip


def test_discord_headers_notices_and_reactions_are_not_text():
    chat = (
        "ana — Today at 9:14 PM\n"
        "How does Redis persist data?\n"
        "ben — Today at 9:15 PM\n"
        "RDB snapshots, and the append-only file for every write\n"
        ":fire: 2\n"
        "carl joined the channel.\n"
        "ana — Today at 9:16 PM\n"
        "What is a Bloom filter for?\n"
    )

    assert _questions(chat) == [
        ("How does Redis persist data?", "RDB snapshots, and the append-only file for every write"),
        ("What is a Bloom filter for?", ""),
    ]


def test_the_askers_own_remark_is_not_the_answer_but_a_labelled_one_is():
    chat = (
        "[10:01] quizbot: What does HTTP 409 mean?\n"
        "[10:02] quizbot: A: a conflict with the resource's current state\n"
        "[10:03] lead: Why use ETags?\n"
        "[10:03] lead: hmm, never mind that one\n"
        "[10:04] lead: moving on\n"
    )

    assert _questions(chat) == [
        ("What does HTTP 409 mean?", "A: a conflict with the resource's current state"),
        ("Why use ETags?", ""),
    ]


def test_a_few_times_in_notes_do_not_make_a_chat():
    notes = (
        "# Onsite day\n\n10:00 arrived, coffee\n\n## Round 1\n\nWhat is a deadlock?\n\n"
        "Two transactions each wait for a lock the other holds.\n\n13:30 lunch with the team\n"
        "\n## Round 2\n\nHow would you shard a users table?\n\nBy a hash of the user id.\n"
    )

    assert not looks_like_chat(notes)
    assert normalise_text(notes) == notes


def test_reading_a_chat_already_read_changes_nothing():
    chat = "[10:01] ana: What is a deadlock?\n[10:02] ben: two waits on each other\n" * 3

    once = normalise_text(chat)

    assert normalise_text(once) == once
