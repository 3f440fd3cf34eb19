"""Reading uploaded bytes: any common encoding in, clean text out, or a clear refusal."""

import codecs
import random

import pytest

from questions.importing.reading import DocumentError, read_document

TEXT = "Q1. What’s Python’s GIL — and “why” does it exist?\nA: Café naïve résumé.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=[
        "utf-8",
        "utf-8 bom",
        "utf-16-le",
        "utf-16-be",
        "utf-16-le bom",
        "utf-16-be bom",
        "utf-32",
    ],
)
def test_it_reads_unicode_encodings_with_and_without_a_bom(data):
    assert read_document(data) == TEXT


def test_it_reads_windows_1252_smart_quotes_and_dashes():
    data = b"Q1. What is Python\x92s GIL?\nA: A \x93global\x94 lock \x96 one thread at a time.\n"

    assert read_document(data) == (
        "Q1. What is Python’s GIL?\nA: A “global” lock – one thread at a time.\n"
    )


def test_it_reads_latin_1_accents():
    assert read_document("Café résumé\n".encode("latin-1")) == "Café résumé\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_it_turns_windows_and_old_mac_line_endings_into_newlines(newline):
    data = TEXT.replace("\n", newline).encode()

    assert read_document(data) == TEXT


def test_it_reads_utf_16_with_windows_line_endings():
    data = codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r\n").encode("utf-16-le")

    assert read_document(data) == TEXT


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("Pythonâ€™s GIL", "Python’s GIL"),
        ("It is a â€œlockâ€\x9d.", "It is a “lock”."),
        ("CafÃ© rÃ©sumÃ©", "Café résumé"),
        ("Itâ€™s done â€” mostly", "It’s done — mostly"),
        ("Python’s GIL and Pythonâ€™s threads", "Python’s GIL and Python’s threads"),
    ],
    ids=["apostrophe", "double quotes", "accents", "dash", "mixed with good text"],
)
def test_it_repairs_utf_8_read_as_windows_1252(broken, repaired):
    assert read_document(f"Q1. {broken}?\n".encode()) == f"Q1. {repaired}?\n"


def test_it_leaves_real_accented_text_alone():
    text = "Â is a letter. Ã is too. Ça va, señor? Ærø and Øre.\n"

    assert read_document(text.encode()) == text


def test_it_removes_invisible_characters_and_keeps_visible_ones():
    data = "What\u200b is\u00a0a\ufeff tab?\n\tindented\n".encode()

    assert read_document(data) == "What is a tab?\n    indented\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "This is a PDF, not a text document."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is a PNG image, not a text document."),
        (b"PK\x03\x04\x14\x00\x06\x00", "This is a ZIP archive (or a .docx/.xlsx file)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "This is a JPEG image, not a text document."),
        (b"\x1f\x8b\x08\x00\x00\x00", "This is a gzip archive, not a text document."),
    ],
    ids=["pdf", "png", "zip", "jpeg", "gzip"],
)
def test_it_refuses_known_binary_files_by_name(data, message):
    with pytest.raises(DocumentError) as error:
        read_document(data)

    assert message in str(error.value)
    assert "Save it as .txt or .md" in str(error.value)


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(4000),
        b"\x00" * 64,
        TEXT.encode() + b"\x00" * 64 + TEXT.encode(),
        b"SQLite format 3\x00" + random.Random(3).randbytes(3000),
    ],
    ids=["random bytes", "nul bytes", "text with a block of nul bytes", "sqlite database"],
)
def test_it_refuses_binary_data_with_a_clear_message(data):
    with pytest.raises(DocumentError, match="does not look like a text document"):
        read_document(data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" \n\t\r\n  ",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b"  \r\n",
        "  \n\n".encode("utf-16"),
        "\u200b\n".encode(),
    ],
    ids=[
        "empty",
        "whitespace",
        "utf-8 bom only",
        "bom and whitespace",
        "utf-16 blank",
        "zero-width space",
    ],
)
def test_it_refuses_an_empty_file(data):
    with pytest.raises(DocumentError, match=r"^The file is empty\.$"):
        read_document(data)


def test_it_refuses_a_file_of_one_nul_byte():
    with pytest.raises(DocumentError):
        read_document(b"\x00")


def test_it_refuses_a_file_over_the_size_limit():
    limit = 2 * 1024 * 1024

    with pytest.raises(DocumentError) as error:
        read_document(b"x" * (3 * 1024 * 1024), max_bytes=limit)

    assert str(error.value) == (
        "The file is 3.0 MB; documents up to 2 MB can be imported. Split it into parts."
    )


def test_it_reads_a_file_exactly_at_the_size_limit():
    data = TEXT.encode()

    assert read_document(data, max_bytes=len(data)) == TEXT
