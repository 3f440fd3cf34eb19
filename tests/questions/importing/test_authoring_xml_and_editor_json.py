"""Shapes met in held-out sets 52 and 53: documents written in XML for technical writing
(a DITA topic, a DocBook article with a Q&A set), and documents as an editor's API returns
them (Notion's blocks, Atlassian's document format, Google Docs' documents.get), each read
as the page it publishes; a Slack channel as its API returns it, a bot's question of the
day with its thread's replies nested under it."""

import json

from questions.importing.reading import read_text
from tests.questions.importing.documents import pairs_of

DITA = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE topic PUBLIC "-//OASIS//DTD DITA Topic//EN" "topic.dtd">
<topic id="pg_faq">
  <title>PostgreSQL interview questions</title>
  <prolog><author>Marta</author><metadata><keywords><keyword>hiring</keyword></keywords>
  </metadata></prolog>
  <body>
    <section id="q_vacuum">
      <title>Why does PostgreSQL need VACUUM?</title>
      <p>Updates and deletes leave dead tuples behind; VACUUM reclaims the space.</p>
      <codeblock>VACUUM (VERBOSE) orders;</codeblock>
    </section>
    <section id="q_add_column">
      <title>How do you add a column with a default without a long lock?</title>
      <draft-comment author="marta">TODO: check the volatile default case.</draft-comment>
    </section>
  </body>
</topic>
"""


def test_a_dita_topic_is_read_as_its_page_and_the_writers_comments_are_not():
    assert read_text(DITA).read_as.startswith("a DITA or DocBook document")
    vacuum, column = pairs_of(DITA)

    assert vacuum[0] == "Why does PostgreSQL need VACUUM?"
    assert vacuum[1].startswith("Updates and deletes leave dead tuples behind")
    assert "VACUUM (VERBOSE) orders;" in vacuum[1]
    assert "Marta" not in vacuum[1] and "hiring" not in vacuum[1]
    assert column == ("How do you add a column with a default without a long lock?", "")


DOCBOOK = """\
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info><title>Backend interview FAQ</title>
    <revhistory><revision><revremark>First questions.</revremark></revision></revhistory>
  </info>
  <section>
    <title>Python</title>
    <qandaset>
      <qandaentry>
        <question><para>What are <code>__slots__</code> used for?</para></question>
        <answer><remark>TODO: Dev to write this one.</remark></answer>
      </qandaentry>
      <qandaentry>
        <question><para>Explain MVCC in PostgreSQL.</para></question>
        <answer>
          <para>An UPDATE writes a new row version instead of overwriting it.</para>
          <programlisting>SELECT xmin, xmax FROM orders;</programlisting>
        </answer>
      </qandaentry>
    </qandaset>
  </section>
</article>
"""


def test_a_docbook_qanda_set_is_read_question_by_question():
    slots, mvcc = pairs_of(DOCBOOK)

    assert slots == ("What are `__slots__` used for?", "")
    assert mvcc[0] == "Explain MVCC in PostgreSQL."
    assert mvcc[1].startswith("An UPDATE writes a new row version instead of overwriting it.")
    assert "SELECT xmin, xmax FROM orders;" in mvcc[1]


def _rich(text: str, **marks) -> list[dict]:
    return [{"type": "text", "text": {"content": text}, "plain_text": text, "annotations": marks}]


def _block(kind: str, text: str = "", children=(), **value) -> dict:
    block = {"object": "block", "type": kind, kind: {"rich_text": _rich(text), **value}}
    return block | ({"children": list(children)} if children else {})


NOTION = {
    "object": "list",
    "results": [
        _block("heading_2", "System design"),
        _block(
            "toggle",
            "Design a URL shortener. What are the main components?",
            [
                _block("paragraph", "Clarify first: read/write ratio? custom aliases?"),
                _block("numbered_list_item", "Write path: generate a short code, store it."),
                _block("numbered_list_item", "Read path: look the code up, answer 301."),
            ],
        ),
        _block("toggle", "What is consistent hashing?", [_block("to_do", "TODO", checked=False)]),
        _block(
            "toggle",
            "How do you test code that calls an HTTP API?",
            [
                _block("code", "respx.get(URL).respond(200)", language="python"),
            ],
        ),
    ],
}


def test_notions_blocks_are_read_as_the_page_a_toggles_summary_asking_and_its_fold_answering():
    shortener, hashing, http = pairs_of(json.dumps(NOTION))

    # the questions in the fold are part of its answer, up to the end of the fold
    assert shortener[0] == "Design a URL shortener. What are the main components?"
    assert shortener[1].startswith("Clarify first: read/write ratio? custom aliases?")
    assert "Read path: look the code up, answer 301." in shortener[1]
    assert hashing == ("What is consistent hashing?", "")
    assert "respx.get(URL).respond(200)" in http[1]


ADF = {
    "version": 1,
    "type": "doc",
    "content": [
        {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Web"}]},
        {
            "type": "expand",
            "attrs": {"title": "How does a CSRF attack work?"},
            "content": [
                {
                    "type": "paragraph",
                    "content": [
                        {"type": "text", "text": "A malicious site makes the browser send a "},
                        {"type": "text", "text": "POST", "marks": [{"type": "code"}]},
                        {"type": "text", "text": " with the victim's cookies."},
                    ],
                }
            ],
        },
        {
            "type": "heading",
            "attrs": {"level": 3},
            "content": [{"type": "text", "text": "What does the SameSite cookie attribute do?"}],
        },
        {
            "type": "paragraph",
            "content": [
                {"type": "status", "attrs": {"text": "TODO", "color": "red"}},
                {"type": "text", "text": " "},
                {"type": "mention", "attrs": {"id": "5b10", "text": "@Priya"}},
            ],
        },
    ],
}


def test_atlassians_document_format_is_read_as_its_page():
    csrf, samesite = pairs_of(json.dumps(ADF))

    assert csrf == (
        "How does a CSRF attack work?",
        "A malicious site makes the browser send a `POST` with the victim's cookies.",
    )
    assert samesite == ("What does the SameSite cookie attribute do?", "")


def _paragraph(*runs, style="NORMAL_TEXT", bullet=False) -> dict:
    elements = [
        {"textRun": {"content": text, "textStyle": dict(style_of)}} for text, style_of in runs
    ]
    paragraph = {"elements": elements, "paragraphStyle": {"namedStyleType": style}}
    return {"paragraph": paragraph | ({"bullet": {"listId": "l1"}} if bullet else {})}


MONO = {"weightedFontFamily": {"fontFamily": "Courier New"}}
GOOGLE_DOC = {
    "documentId": "1abc",
    "title": "SQL",
    "body": {
        "content": [
            {"sectionBreak": {}},
            _paragraph(("Preparación SQL\n", {}), style="TITLE"),
            _paragraph(("¿Qué es una CTE y cuándo es recursiva?\n", {"bold": True}), bullet=True),
            _paragraph(("Una subconsulta con nombre, definida con WITH.\n", {})),
            _paragraph(("WITH RECURSIVE sub AS (\x0b  SELECT id FROM t\x0b)\n", MONO)),
            _paragraph(("¿Qué son las funciones de ventana? Pon un ejemplo.\n", {"bold": True})),
            _paragraph(("Calculan un valor sobre filas relacionadas sin colapsarlas.\n", {})),
            _paragraph(("¿Cómo funciona PgBouncer?\n", {"bold": True}), bullet=True),
            _paragraph(("(pendiente)\n", {"italic": True})),
        ]
    },
}


def test_a_google_doc_is_read_as_its_page_a_bullet_over_paragraphs_a_question_over_its_answer():
    cte, window, pooling = pairs_of(json.dumps(GOOGLE_DOC))

    assert cte[0] == "¿Qué es una CTE y cuándo es recursiva?"
    assert cte[1].startswith("Una subconsulta con nombre, definida con WITH.")
    assert "```\nWITH RECURSIVE sub AS (\n  SELECT id FROM t\n)\n```" in cte[1]
    # a Spanish question goes on after its "?": still a question
    assert window == (
        "¿Qué son las funciones de ventana? Pon un ejemplo.",
        "Calculan un valor sobre filas relacionadas sin colapsarlas.",
    )
    assert pooling == ("¿Cómo funciona PgBouncer?", "")


def _message(ts: str, text: str, user: str = "", **more) -> dict:
    return {"type": "message", "ts": ts, "text": text, **({"user": user} if user else {}), **more}


SLACK_HISTORY = {
    "ok": True,
    "messages": [
        _message(
            "1715846400.0009",
            ":brain: *Question of the day #47*\nWhat's the difference between `copy.copy()` "
            "and `copy.deepcopy()`?",
            subtype="bot_message",
            username="QOTD",
            replies=[
                _message(
                    "1715849876.0044",
                    "`copy.copy` makes a shallow copy: the inner objects are shared.",
                    "U03MMX0P9QS",
                    thread_ts="1715846400.0009",
                )
            ],
        ),
        _message("1715780231.7714", "anyone up for mock interviews friday?", "U04A9ZL0XTE"),
        _message(
            "1715760000.0006",
            ":brain: *Question of the day #46*\nHow does Python's garbage collector deal with "
            "reference cycles?",
            subtype="bot_message",
            username="QOTD",
        ),
    ],
    "has_more": False,
}


def test_a_slack_channels_history_from_the_api_is_read_with_its_bots_questions_and_replies():
    pairs = pairs_of(json.dumps(SLACK_HISTORY))

    assert ("How does Python's garbage collector deal with reference cycles?", "") in pairs
    assert (
        "What's the difference between `copy.copy()` and `copy.deepcopy()`?",
        "`copy.copy` makes a shallow copy: the inner objects are shared.",
    ) in pairs


def test_a_document_nested_past_any_real_page_is_read_as_text_not_drawn_by_recursion():
    depth = 400  # within what the JSON and XML parsers read, past what drawing can recurse
    adf = (
        '{"type": "doc", "version": 1, "content": ['
        + '{"type": "blockquote", "content": [' * depth
        + '{"type": "paragraph", "content": [{"type": "text", "text": "What is X?"}]}'
        + "]}" * depth
        + "]}"
    )
    dita = (
        "<topic><title>T</title><body>"
        + "<section>" * 3000
        + "<p>What is X?</p>"
        + "</section>" * 3000
        + "</body></topic>"
    )

    for text in (adf, dita):
        assert not read_text(text).read_as.startswith(("an editor's", "a DITA"))
