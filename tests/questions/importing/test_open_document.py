"""Shapes met in held-out set 51: notes written in LibreOffice and saved flat (.fodt), the
questions in German over answers in English, a table of them among the paragraphs; and a
mind map saved by XMind (its content.json)."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

FLAT_ODT = """\
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:h text:outline-level="1">Vorbereitung Backend-Interview</text:h>
   <text:h text:outline-level="2">1. Django ORM</text:h>
   <text:p><text:span text:style-name="T1">Was macht </text:span>\
<text:span text:style-name="T2">transaction.atomic()</text:span>\
<text:span text:style-name="T1">?</text:span></text:p>
   <text:p>Wraps a block in a transaction: commit on success, rollback on exception.</text:p>
   <text:h text:outline-level="2">2. SQL</text:h>
   <table:table table:name="Fragen">
    <table:table-row>
     <table:table-cell><text:p>Frage</text:p></table:table-cell>
     <table:table-cell><text:p>Antwort (EN)</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>Was ist ein partieller Index?</text:p></table:table-cell>
     <table:table-cell><text:p>An index with a WHERE clause.</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>Was ist ein Deadlock?</text:p></table:table-cell>
     <table:table-cell><text:p/></table:table-cell>
    </table:table-row>
   </table:table>
  </office:text>
 </office:body>
</office:document>
"""


def test_a_flat_open_document_is_read_as_its_headings_paragraphs_and_tables():
    reading = read_text(FLAT_ODT)

    assert reading.read_as.startswith("an OpenDocument text")
    assert "## 1. Django ORM" in reading.text
    assert "**Was macht** transaction.atomic()**?**" in reading.text  # its spaces kept
    assert pairs_of(FLAT_ODT) == [
        (
            "Was macht transaction.atomic()?",
            "Wraps a block in a transaction: commit on success, rollback on exception.",
        ),
        # a table's "Frage" and "Antwort" columns are its questions and answers
        ("Was ist ein partieller Index?", "An index with a WHERE clause."),
        ("Was ist ein Deadlock?", ""),
    ]


def _topic(title: str, *children: dict, note: str = "") -> dict:
    topic = {"id": title[:8], "class": "topic", "title": title, "markers": []}
    if children:
        topic["children"] = {"attached": list(children)}
    if note:
        topic["notes"] = {"plain": {"content": note}, "realHTML": {"content": f"<div>{note}</div>"}}
    return topic


XMIND = [
    {
        "id": "sheet1",
        "class": "sheet",
        "title": "Map 1",
        "rootTopic": _topic(
            "Backend interview",
            _topic(
                "Pydantic",
                _topic("How does v2 differ from v1?", _topic("core rewritten in Rust")),
                _topic(
                    "field_validator vs model_validator?", note="One field, or the whole model."
                ),
                _topic("What does Field(default_factory=...) do?"),
            ),
        ),
    }
]


def test_an_xmind_maps_topics_are_its_outline_and_their_notes_their_answers():
    assert pairs_of(json.dumps(XMIND)) == [
        ("How does v2 differ from v1?", "- core rewritten in Rust"),
        ("field_validator vs model_validator?", "- One field, or the whole model."),
        ("What does Field(default_factory=...) do?", ""),
    ]
