"""Study notes kept as LaTeX, reStructuredText or AsciiDoc source, read as the questions
they hold: their markup is not text, and their comments and notes are not answers."""

from questions.importing.reading import READ_AS_ASCIIDOC, READ_AS_LATEX, READ_AS_REST, read_text
from tests.questions.importing.documents import pairs_of

LATEX_SHEET = r"""% queues.tex -- my prep sheet
\documentclass{article}
\usepackage{enumitem}
\title{Queues \& Workers}
\begin{document}
\maketitle

\section{Delivery}
\begin{enumerate}
  \item \textbf{What does \texttt{at\_least\_once} delivery ask of a consumer?}
  \begin{quote}
    Handling a message twice must do no harm: the consumer is idempotent,
    e.g.\ it records the message id in the same transaction.
  \end{quote}
  \item \textbf{Why is a visibility timeout needed?} \textit{TODO}
\end{enumerate}

\section{Operations}
\begin{enumerate}[resume]
  \item \textbf{How do you drain a worker before a deploy?}

  \emph{Answer:} Stop fetching, finish what is in hand, then exit on \verb|SIGTERM|.
  \item \textbf{Where should a poison message go?}
  \begin{quote}
    % write this up after the call
  \end{quote}
\end{enumerate}

\noindent{\small Printed for the study group. Questions? Ask in the channel.}
\end{document}
"""


def test_a_latex_sheet_is_read_with_its_items_as_questions_and_comments_left_out():
    reading = read_text(LATEX_SHEET)
    assert reading.read_as == READ_AS_LATEX
    assert "\\textbf" not in reading.text
    assert pairs_of(LATEX_SHEET) == [
        ("What does `at_least_once` delivery ask of a consumer?",
         "Handling a message twice must do no harm: the consumer is idempotent,\n"
         "e.g. it records the message id in the same transaction."),
        ("Why is a visibility timeout needed?", ""),
        ("How do you drain a worker before a deploy?",
         "Stop fetching, finish what is in hand, then exit on `SIGTERM`."),
        ("Where should a poison message go?", ""),
    ]  # fmt: skip


def test_latex_sections_asking_questions_are_questions():
    sheet = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\section{What is a covering index?}\n"
        "An index that holds every column a query reads, so the table is not visited.\n"
        "\\section*{How does \\emph{HOT} update work?}\n"
        "\\begin{verbatim}\nUPDATE t SET note = 'x';\n\\end{verbatim}\n"
        "\\end{document}\n"
    )
    assert pairs_of(sheet) == [
        ("What is a covering index?",
         "An index that holds every column a query reads, so the table is not visited."),
        ("How does *HOT* update work?", "```\nUPDATE t SET note = 'x';\n```"),
    ]  # fmt: skip


def test_latex_nested_past_any_writer_still_reads():
    deep = "\\documentclass{article}\n\\begin{document}\n\\section{" + "\\textbf{" * 3000
    assert "textbf" not in read_text(deep).text


REST_PAGE = """\
:orphan:

.. _queue-notes:

=================
Queue interview
=================

:Author: Ines

.. contents:: On this page
   :local:

Delivery
========

What does at-least-once delivery ask of a consumer?
---------------------------------------------------

That handling a message twice does no harm, for instance by recording its id.

.. code-block:: python

   def handle(message):
       if seen(message.id):
           return

How do you size a consumer pool?
--------------------------------

.. todo:: Write this down.

Where should a poison message go?
---------------------------------

.. note::

   Asked at the second interview; still need to look it up.

Quick ones
==========

What is a dead-letter queue?
    Where messages go after too many failed deliveries, see :ref:`dlq`.
"""


def test_a_rest_page_is_read_with_titles_directives_and_definitions():
    assert read_text(REST_PAGE).read_as == READ_AS_REST
    assert pairs_of(REST_PAGE) == [
        ("What does at-least-once delivery ask of a consumer?",
         "That handling a message twice does no harm, for instance by recording its id.\n\n"
         "```python\ndef handle(message):\n    if seen(message.id):\n        return\n```"),
        ("How do you size a consumer pool?", ""),
        ("Where should a poison message go?", ""),
        ("What is a dead-letter queue?",
         "Where messages go after too many failed deliveries, see dlq."),
    ]  # fmt: skip


def test_a_markdown_page_with_underlined_titles_is_not_read_as_rest():
    page = "Queues\n======\n\nWhat is a dead-letter queue?\n---\n\nWhere failed messages go.\n"
    assert read_text(page).read_as == ""


ASCIIDOC_NOTES = """\
= Queue interview notes
Ines Duarte <ines@example.com>
v2, 2024-03-01
:toc: left

TIP: Answer in two sentences, then offer detail.

== Delivery

[qanda]
What does at-least-once delivery ask of a consumer?::
That handling a message twice does no harm, for instance by recording its id.
+
[source,python]
----
if seen(message.id):
    return
----

How do you size a consumer pool?::
TBD

IMPORTANT: ask whether they run on Kubernetes.

== Quick ones

Where should a poison message go?:: To a dead-letter queue, with an alert on its depth.
"""


def test_asciidoc_notes_are_read_with_their_question_lists_and_blocks():
    assert read_text(ASCIIDOC_NOTES).read_as == READ_AS_ASCIIDOC
    assert pairs_of(ASCIIDOC_NOTES) == [
        ("What does at-least-once delivery ask of a consumer?",
         "That handling a message twice does no harm, for instance by recording its id.\n\n"
         "```python\nif seen(message.id):\n    return\n```"),
        ("How do you size a consumer pool?", ""),
        ("Where should a poison message go?",
         "To a dead-letter queue, with an alert on its depth."),
    ]  # fmt: skip


def test_a_bold_question_leading_its_line_has_its_answer_after_it():
    listicle = (
        "1. **What is a covering index?** One that holds every column the query reads.\n"
        "2. **Why does VACUUM exist?** *TODO*\n"
        "- **What is a partial index?** An index over the rows a WHERE clause keeps.\n"
        "- **What is fillfactor?** How full a page is packed, leaving room for updates.\n"
    )
    assert pairs_of(listicle) == [
        ("What is a covering index?", "One that holds every column the query reads."),
        ("Why does VACUUM exist?", ""),
        ("What is a partial index?", "An index over the rows a WHERE clause keeps."),
        ("What is fillfactor?", "How full a page is packed, leaving room for updates."),
    ]


QUIZ = """\
# Week 4 self-check: PostgreSQL

**1. Which index type suits a range query on a timestamp?**

- A) Hash
- B) B-tree
- C) GIN

**2. What does VACUUM reclaim?**

- A) Space held by dead row versions
- B) Unused indexes
- C) Idle connections

**3. Which isolation level prevents phantom reads in Postgres?**

- A) Read committed
- B) Repeatable read
- C) Read uncommitted

**4. What does `SELECT ... FOR UPDATE SKIP LOCKED` help build?**

- A) A job queue
- B) A materialised view

## Answer key

1. **B** - a B-tree keeps keys in order, so a range is one walk along its leaves.
2. A
3. ??? - B or C, check the docs
"""


def test_a_quiz_takes_its_answers_from_the_key_at_its_end():
    assert pairs_of(QUIZ) == [
        ("Which index type suits a range query on a timestamp?",
         "B) B-tree\n\na B-tree keeps keys in order, so a range is one walk along its leaves."),
        ("What does VACUUM reclaim?", "A) Space held by dead row versions"),
        ("Which isolation level prevents phantom reads in Postgres?", ""),
        ("What does `SELECT ... FOR UPDATE SKIP LOCKED` help build?", ""),
    ]  # fmt: skip


def test_answers_at_the_end_of_a_document_without_options_are_no_answer_key():
    notes = (
        "1. What is MVCC?\n2. What is a WAL?\n3. What is a TOAST table?\n\n## Answers\n\n"
        "1. A way to keep row versions.\n2. A log written before the data.\n3. B. Big values.\n"
    )
    assert pairs_of(notes) == [
        ("What is MVCC?", "A way to keep row versions."),
        ("What is a WAL?", "A log written before the data."),
        ("What is a TOAST table?", "B. Big values."),
    ]
