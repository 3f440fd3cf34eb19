"""Step 1: bytes -> clean text, or a clear refusal."""

import codecs
import re
import unicodedata
from dataclasses import dataclass

from questions.importing.ai_chat import ai_chat_to_markdown, looks_like_ai_chat_export
from questions.importing.asciidoc import asciidoc_to_markdown, looks_like_asciidoc
from questions.importing.assessments import assessment_to_markdown, looks_like_assessment_report
from questions.importing.bbcode import bbcode_to_markdown, looks_like_bbcode
from questions.importing.board import board_to_markdown, looks_like_board_export
from questions.importing.calendar import icalendar_to_markdown, looks_like_icalendar
from questions.importing.callouts import (
    admonitions_to_markdown,
    callouts_to_cards,
    has_admonitions,
    has_card_callouts,
)
from questions.importing.captions import (
    ass_as_chat,
    captions_as_chat,
    looks_like_ass,
    looks_like_captions,
    looks_like_ttml,
    ttml_as_chat,
)
from questions.importing.cell_lines import cell_lines_to_markdown, looks_like_cell_lines
from questions.importing.channel import channel_to_markdown, looks_like_channel
from questions.importing.chapters import looks_like_show_notes, show_notes_to_markdown
from questions.importing.chat import looks_like_chat, messages_only
from questions.importing.chat_exports import (
    imessage_as_chat,
    line_chat_as_chat,
    looks_like_imessage_export,
    looks_like_line_chat,
)
from questions.importing.clippings import (
    clippings_to_markdown,
    looks_like_clippings,
    looks_like_qa_notes,
    qa_notes_to_markdown,
)
from questions.importing.columns import split_columns
from questions.importing.confluence import confluence_to_markdown, looks_like_confluence
from questions.importing.course_qa import (
    course_qa_to_markdown,
    forum_posts_as_chat,
    looks_like_course_qa,
    looks_like_forum_posts,
)
from questions.importing.course_transcript import (
    course_transcript_to_markdown,
    looks_like_course_transcript,
)
from questions.importing.decks import (
    looks_like_noted_deck,
    looks_like_slide_outline,
    noted_deck_to_markdown,
    slide_outline_to_markdown,
)
from questions.importing.delimited import looks_like_rows, rows_as_cards, tabbed_tables_to_markdown
from questions.importing.diffs import diff_to_markdown, looks_like_diff
from questions.importing.discord import discord_as_chat, looks_like_discord_export
from questions.importing.docstrings import docstring_quiz_to_markdown, looks_like_docstring_quiz
from questions.importing.exam import exam_to_markdown, looks_like_exam_paper
from questions.importing.exports import (
    dotted_records_to_markdown,
    ini_to_markdown,
    is_notebook,
    json_to_markdown,
    looks_like_dotted_records,
    looks_like_ini_bank,
    looks_like_json_document,
    looks_like_toml_bank,
    looks_like_yaml_bank,
    toml_to_markdown,
    yaml_to_markdown,
)
from questions.importing.flashcards import (
    flashcards_to_markdown,
    looks_like_flashcards,
    looks_like_rem_cards,
    rem_cards_to_markdown,
)
from questions.importing.folds import folds_to_markdown, looks_like_folds
from questions.importing.footnotes import footnotes_under_questions
from questions.importing.forms import looks_like_printed_form, printed_form_to_markdown
from questions.importing.forum import looks_like_forum_page, posts_only
from questions.importing.gift import gift_to_markdown, looks_like_gift
from questions.importing.github_issue import github_issue_to_markdown, looks_like_github_issue
from questions.importing.gitlab_mr import (
    gitlab_discussion_to_chat,
    looks_like_gitlab_discussion,
)
from questions.importing.grid import unbox_grids
from questions.importing.highlights import highlights_to_markdown, looks_like_highlights
from questions.importing.html import (
    html_headings_to_markdown,
    html_to_markdown,
    looks_like_html_page,
)
from questions.importing.json_threads import json_thread_as_chat, looks_like_json_thread
from questions.importing.keep import keep_notes_to_markdown, looks_like_keep_notes
from questions.importing.latex import latex_to_markdown, looks_like_latex
from questions.importing.lettered import lettered_outline_to_markdown, looks_like_lettered_outline
from questions.importing.lms import lms_quiz_to_markdown, looks_like_lms_quiz
from questions.importing.mail import looks_like_email, mail_text
from questions.importing.man_page import looks_like_man_page, man_page_to_markdown
from questions.importing.markup import (
    definitions_as_paragraphs,
    looks_like_org,
    looks_like_wiki,
    org_to_markdown,
    wiki_to_markdown,
)
from questions.importing.myst import has_myst_directives, myst_to_markdown
from questions.importing.odf import flat_odf_to_markdown, looks_like_flat_odf
from questions.importing.olx import looks_like_olx, olx_to_markdown
from questions.importing.outline import looks_like_outline, outline_to_markdown
from questions.importing.pages import (
    PAGE_BREAK,
    drop_editorial_notes,
    drop_page_breaks,
    drop_page_furniture,
    drop_tracker_bylines,
)
from questions.importing.pod import looks_like_pod, pod_to_markdown
from questions.importing.polls import looks_like_poll_export, poll_export_to_markdown
from questions.importing.program import looks_like_python, python_to_markdown
from questions.importing.qa_page import looks_like_qa_page, qa_page_to_markdown
from questions.importing.quiz_session import looks_like_quiz_session, quiz_session_to_markdown
from questions.importing.quiz_summary import looks_like_quiz_summary, quiz_summary_to_markdown
from questions.importing.rest import looks_like_rest, rest_to_markdown
from questions.importing.rich_json import looks_like_rich_json, rich_json_to_markdown
from questions.importing.rtf import looks_like_rtf, rtf_to_markdown
from questions.importing.script_notebook import (
    looks_like_script_notebook,
    script_notebook_to_markdown,
)
from questions.importing.shell_script import looks_like_shell_script, shell_script_to_markdown
from questions.importing.site_sources import (
    has_fenced_divs,
    looks_like_outliner_page,
    looks_like_site_source,
    outliner_to_markdown,
    site_source_to_markdown,
    without_fenced_divs,
    without_front_matter,
)
from questions.importing.slack import looks_like_slack_export, slack_as_chat
from questions.importing.slides import looks_like_markdown_slides, markdown_slides_to_markdown
from questions.importing.sms_backup import looks_like_sms_backup, sms_backup_as_chat
from questions.importing.social import author_posts_only, looks_like_social_thread
from questions.importing.spoken import drop_caption_times
from questions.importing.sql_script import looks_like_sql_script, sql_script_to_markdown
from questions.importing.telegram import looks_like_telegram_export, telegram_as_chat
from questions.importing.texinfo import looks_like_texinfo, texinfo_to_markdown
from questions.importing.tiddlywiki import looks_like_tiddlywiki, tiddlywiki_to_markdown
from questions.importing.twee import looks_like_twee, twee_to_markdown
from questions.importing.typst import looks_like_typst, typst_to_markdown
from questions.importing.word_xml import looks_like_word_xml, word_xml_to_markdown
from questions.importing.xmind import looks_like_xmind, xmind_to_markdown
from questions.importing.xml_documents import looks_like_xml_document, xml_document_to_markdown
from questions.importing.xml_exports import looks_like_xml_export, xml_export_to_markdown

MAX_BYTES = 5 * 1024 * 1024

# Magic numbers of files people upload by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x1f\x8b": "a gzip archive",
}
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# UTF-8 read as cp1252/latin-1 leaves these behind ("â€™" for "’", "Ã©" for "é"), and
# read as cp1257 (Baltic) these ("ā”œā”€" for "├─").
MOJIBAKE_1257 = re.compile(r"[āĀÄ][\u201c-\u201e\u0153\u20ac\u2018\u2019\u00b7]")
BALTIC_RUN = re.compile(
    r"(?:[āĀÄ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u2013-\u203a\u20ac\u2122]{1,3})+"
)
MOJIBAKE = re.compile(
    r"[ÃÂâÅÆÐÑ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
# Copied from a web page's accordion: "What is Django? +", "How do I migrate? ⌄".
ACCORDION_GLYPH = re.compile(r"(?<=\?)[ \t]*[+⌄▾▼▸▶›»⌃˅∨↓]{1,2}[ \t]*$", re.MULTILINE)
# Copied from a checklist: "☐ Explain...", "✔ What is...": each a list item.
CHECKBOX = re.compile(r"^([ \t]*)[☐☑☒□▢✓✔✗✘][ \t]+(?=\S)", re.MULTILINE)
# A plain-text checklist's boxes ("[x] done", "[~] under way", "[ ] to do") and the dates
# its items are due, in a column of their own ("...   due May 11").
TASK_STATUS = re.compile(r"^([ \t]*)\[[ xX~/-]\][ \t]+(?=\S)", re.MULTILINE)
DUE_COLUMN = re.compile(r"(?<=\S)[ \t]{2,}due[ \t]+[\w ,./-]{1,30}$", re.MULTILINE | re.IGNORECASE)
MIN_TASKS = 3
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A book's exercise set off in a quote: "> **Exercise 4.1** Which methods are idempotent,
# and why is" / "> POST not one of them?".
QUOTED_EXERCISE = re.compile(
    r"^>[ \t]?(?:\*\*|__)?[ \t]*(?:exercise|problem|question|q)[ \t]*\d", re.IGNORECASE
)
# Pandoc's (and Quarto's, kramdown's) attributes after a heading: "## What is MRO? {#sec-mro}".
HEADING_ATTRIBUTES = re.compile(
    r"^(#{1,6}[ \t][^\n{]{0,300}[^\s{])[ \t]*\{[#.][\w:.-]{1,60}(?:[ \t][^{}\n]{0,100})?\}[ \t]*$",
    re.MULTILINE,
)
# Pandoc's attributes on a span or a link: "[idempotent]{.underline}" is the word.
SPAN_ATTRIBUTES = re.compile(
    r"\[([^\[\]\n]{1,200})\](\([^()\s]{1,500}\))?\{[#.][\w:.-]{1,60}(?:[ \t][^{}\n]{0,100})?\}"
)
# How often a question comes up, in stars after it or under it: "[***]", pandoc's
# "\[\*\*\]", "[★★☆]". (One unescaped "[*]" may be a footnote's mark: it stays.)
STAR_RATING = re.compile(
    r"(?:\\\[(?:\\\*){1,5}\\\]|\[\*{2,5}\]|[\[(][★☆⭐]{1,5}[\])])[ \t]*$", re.MULTILINE
)
# A GitHub alert's label line ("> [!NOTE]"): the quote under it is the text.
ALERT_LABEL = re.compile(
    r"^([ \t]*>[ \t]*)\[!(?:note|tip|important|warning|caution)\][ \t]*\n", re.I | re.M
)
# A markdown task list's box over a question: "- [ ] What is a thread?" asks "What is a
# thread?" ("- [x] Build the toy API" stays a to-do).
TASK_BOX = re.compile(r"^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+(?=[^\n]{0,500}\?[ \t]*$)", re.MULTILINE)
# ... and one that sets a task over its answer ("- [x] Explain how a generator works" over
# its <details> or its indented notes); "- [ ] Finish the asyncio tutorial" stays a to-do.
BOXED = re.compile(r"^([ \t]*)([-*+][ \t]+)\[[ xX]\][ \t]+(\S[^\n]{0,500})$")


STUDY_TASKS = {"explain", "describe", "compare", "define", "discuss", "outline", "contrast"}


def _unboxed_tasks(text: str) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        boxed = BOXED.match(line) if len(line) <= 600 else None
        if boxed is None:
            continue
        below = next((row for row in lines[index + 1 : index + 3] if row.strip()), "")
        # ("- [ ] Write the design doc" over its notes is a to-do; over a collapsed answer,
        # "- [x] Write a context manager" is a drill)
        study = boxed.group(3).split(maxsplit=1)[0].lower() in STUDY_TASKS
        if not study and not below.strip().startswith("<details"):
            continue
        if len(below) - len(below.lstrip()) > len(boxed.group(1)):  # its answer, indented
            lines[index] = f"{boxed.group(1)}{boxed.group(2)}{boxed.group(3)}"
    return "\n".join(lines)


# A task list's tags after a question (TaskPaper, todo.txt): "...a stub? @done(2024-04-02)".
TASK_TAGS = re.compile(
    r"(?<=\?)(?:[ \t]+@[A-Za-z][\w-]{0,30}(?:\([^()\n]{0,60}\))?)+[ \t]*$", re.MULTILINE
)
KEYCAP = re.compile(r"^([ \t]*\d)\ufe0f?\u20e3[ \t]*", re.MULTILINE)
# Chinese and Japanese writing's question mark and colon, read as ASCII's: the importer's
# every rule asks for "?" and labels end in ":" ("问题：...？", "答：...").
FULLWIDTH = str.maketrans({"\uff1f": "?", "\uff1a": ":"})
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
SPEAKER_NOTES = re.compile(r"\s*(?:speaker notes|presenter notes)\s*:", re.IGNORECASE)


class DocumentError(ValueError):
    """The document cannot be imported; the message says why, for the person importing it."""


# How a document that is not plain text or markdown was read, told to staff on the preview.
READ_AS_WEB_PAGE = "a web page: its HTML was read as headings, paragraphs, lists and tables"
READ_AS_CHAT = "a chat: names, times and reactions were left out; each message is a paragraph"
READ_AS_PDF_TEXT = "text copied from a PDF: running page headers and footers were left out"
READ_AS_EMAIL = "an email thread: quoted lines were unquoted; headers and footers were left out"
READ_AS_FORUM = "a forum page: buttons, votes, user names and dates were left out"
READ_AS_PRINTED_FORM = (
    "a quiz or form copied from the browser: each question with its right option and feedback"
)
READ_AS_SLIDES = (
    "slides in markdown: the slide under a question and its speaker notes are read with it"
)
READ_AS_COURSE_QA = (
    "a course's questions and answers: each thread's title and its first reply that answers it"
)
READ_AS_POLL = "an audience-response tool's results: each slide's question, the presenter's answer"
READ_AS_ROWS = "cards in rows (a flashcard or spreadsheet export): one question per row"
READ_AS_OUTLINE = "an outline: its top lines read as headings, the lines under them as lists"
READ_AS_ORG = "org-mode notes: headings, TODO keywords and settings read as markdown"
READ_AS_WIKI = "a wiki page: its headings, lists and templates read as markdown"
READ_AS_NOTEBOOK = "a Jupyter notebook: its markdown cells as text, its code cells as code"
READ_AS_EXPORT = "an app's export (JSON, YAML, TOML): each record's question and answer"
READ_AS_SOCIAL = "a thread of posts: its author's posts, without names, dates, counts and replies"
READ_AS_REST = "reStructuredText: its titles, directives and code blocks read as markdown"
READ_AS_ASCIIDOC = "AsciiDoc: its titles, question lists and blocks read as markdown"
READ_AS_LATEX = "LaTeX source: its sections, lists and styles read as markdown; comments left out"
READ_AS_CAPTIONS = "a recording's captions: times and cue numbers left out; each turn a paragraph"
READ_AS_XML = (
    "an XML export (a Moodle, QTI or Open edX quiz, Evernote notes, an OPML outline or a mind "
    "map, a blog's feed, flashcards) read as text"
)
READ_AS_ASSESSMENT = (
    "a coding assessment's report: each task's statement and the candidate's answer, without "
    "the grader's notes and scores"
)
READ_AS_RTF = "a Rich Text Format document: its paragraphs and bold read as markdown"
READ_AS_BOARD = "a task board's export: each card a question, its description the answer"
READ_AS_CLIPPINGS = (
    "highlights (an e-reader's clippings, a highlights service's export): the notes that"
    " answer or ask"
)
READ_AS_NOTES_APP = "notes from a notes app: each note a section, its asking lines questions"
READ_AS_DIFF = "a change to a file (a pull request's diff): the lines it adds and keeps"
READ_AS_CHANNEL = "a channel's posts: each numbered question with the post that answers it"
READ_AS_DECK = "a quiz deck's outline: each 'Q1' slide a question, its 'A1' slide the answer"
READ_AS_NOTED_DECK = "a deck's speaker notes: each slide's question, its notes the answer"
READ_AS_TWEE = "a Twine story: each passage that asks, the passage it links to its answer"
READ_AS_DOCSTRINGS = "a Python module: each docstring that asks, and the rest of it its answer"
READ_AS_QUIZ_SESSION = (
    "a flashcard program's session in a terminal: each card's question, what was typed and "
    "the reference answer"
)
READ_AS_EXAM = "an exam paper: each lettered part a question; marks and page lines left out"
READ_AS_CONFLUENCE = "Confluence or Jira wiki markup: headings, tables, lists and code as markdown"
READ_AS_BBCODE = "a forum post in BBCode: its bold, code, lists, quotes and spoilers as markdown"
READ_AS_QA_PAGE = "a Q&A site's page: its question, and its accepted (or top) answer"
READ_AS_SITE_SOURCE = "a docs page's source: its collapsibles as questions, its components left out"
READ_AS_OUTLINER = "an outliner's page (Logseq, Roam): its blocks without properties and markers"
READ_AS_LMS = "a quiz upload (Blackboard, Kahoot): each question with the answers it accepts"
READ_AS_GIFT = "a Moodle quiz (GIFT): each question with the answer its braces accept"
READ_AS_LETTERED = "an outline marked I., A., i), a): each mark read as a list item's"
READ_AS_FOLDS = "notes folded in an editor: each fold's title a question, or a section's title"
READ_AS_FLASHCARDS = "flashcards in notes: each 'question::answer', or '?' between the two"
READ_AS_SCRIPT_NOTEBOOK = (
    "a notebook saved as a script (Databricks, percent cells): its markdown cells as text, "
    "its code cells as code"
)
READ_AS_XML_DOCUMENT = "a DITA or DocBook document: read as the web page it publishes"
READ_AS_RICH_JSON = (
    "an editor's document as its API returns it (Notion blocks, Atlassian's format, Google Docs):"
    " read as the page it shows"
)
READ_AS_MAN_PAGE = "a manual page (troff): read as the page it renders to"
READ_AS_TEXINFO = "a Texinfo manual: read as the pages it renders to"
READ_AS_POD = "Perl's documentation (POD): read as the page it renders to"
READ_AS_COURSE = (
    "a video course's transcript: each clip's question over what the teacher says after it"
)
READ_AS_WORD_XML = "a Word document saved as XML: read as the page it shows"
READ_AS_PYTHON = "a Python file: its comments and asking docstrings as text, its code as code"
READ_AS_SHOW_NOTES = "show notes: each chapter that asks, with the highlight that cites its time"
READ_AS_SQL = "a SQL script: its comments as text, its statements as code"
READ_AS_CALENDAR = "a calendar invitation: each event's title and description"
READ_AS_ODF = "an OpenDocument text: its headings, paragraphs, lists and tables as markdown"
READ_AS_SHELL = "a shell script: its comments as text, its commands as code"
READ_AS_SMS = "text messages from a phone's backup: each message under who sent it"
READ_AS_TYPST = "a Typst document: its headings and what its functions hold, as markdown"
READ_AS_GITHUB_ISSUE = "a GitHub issue: its posts, without names, dates, labels and reactions"
READ_AS_GITLAB = (
    "a GitLab merge request or issue: its comments as a chat's messages, without its diffs "
    "and events"
)
READ_AS_QUIZ_SUMMARY = (
    "a quiz's summary of responses: each question with its correct answer and feedback"
)


@dataclass(frozen=True)
class Reading:
    text: str
    read_as: str = ""  # empty for plain text or markdown, read as it is


def read_document(data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    return read_upload(data, max_bytes=max_bytes).text


def read_upload(data: bytes, *, max_bytes: int = MAX_BYTES) -> Reading:
    if len(data) > max_bytes:
        raise DocumentError(
            f"The file is {len(data) / 1024 / 1024:.1f} MB; documents up to "
            f"{max_bytes / 1024 / 1024:.0f} MB can be imported. Split it into parts."
        )
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise DocumentError(
                f"This is {kind}, not a text document. Save it as .txt or .md and try again."
            )
    text = decode_text(data)
    if _looks_binary(text):
        raise DocumentError(
            "This does not look like a text document (too many control characters). "
            "Save it as .txt or .md and try again."
        )
    reading = read_text(text)
    if not reading.text.strip():
        raise DocumentError("The file is empty.")
    return reading


# An outline's mark and the tab after it, as a word processor saves a list as plain text
# (Pages, Word: "1.1.<TAB>Was ist...?", "a.<TAB>WHERE filtert..."): no sheet's columns.
TABBED_MARK = re.compile(r"^([ \t]*)((?:\d{1,3}\.)+|[a-z]\.|[ivx]{1,5}\.|[•◦▪‣-])\t+", re.MULTILINE)
MIN_TABBED_MARKS = 3


def _untabbed_outline(text: str) -> str:
    """The outline with a space after each mark, when every tab of the text (but those that
    indent) follows one."""
    tabbed = [line for line in text.split("\n") if "\t" in line.lstrip(" \t")]
    marked = TABBED_MARK.findall(text)
    if len(marked) < MIN_TABBED_MARKS or any(not TABBED_MARK.match(line) for line in tabbed):
        return text
    return TABBED_MARK.sub(r"\1\2 ", text)


# A word processor's second-level bullet, pasted as plain text: "•" items, "o" under them.
LETTER_O_BULLET = re.compile(r"^([ \t]+)o([ \t]+)(?=\S)", re.MULTILINE)
GLYPH_BULLET = re.compile(r"^[ \t]*[•●▪][ \t]+\S", re.MULTILINE)
MIN_BULLETS = 2


def _o_bullets(text: str) -> str:
    """Under "•" items, each indented "o" item a bullet ("◦"), not a word."""
    if len(GLYPH_BULLET.findall(text, 0, 200_000)) < MIN_BULLETS:
        return text
    if len(LETTER_O_BULLET.findall(text, 0, 200_000)) < MIN_BULLETS:
        return text
    return LETTER_O_BULLET.sub("\\1◦\\2", text)


def normalise_text(text: str) -> str:
    return read_text(text).text


# A code block's toolbar, copied with the page: its language over its "Copy" button.
CODE_TOOLBAR = re.compile(
    r"^[ \t]*(?:python3?|py|bash|sh|shell|console|sql|json|ya?ml|toml|ini|text|plaintext|"
    r"javascript|js|typescript|ts|go|rust|java|c|cpp|c\+\+|ruby|php|html|css|dockerfile)"
    r"[ \t]*\n[ \t]*Copy(?: code)?[ \t]*$|^[ \t]*Copy code[ \t]*$",
    re.MULTILINE,
)


def _blank_lines(match: re.Match) -> str:
    return "\n" * match.group(0).count("\n")  # (the lines after keep their numbers)


def read_text(text: str) -> Reading:
    """Clean text, and how it was read. Reading its result again changes nothing (the admin
    keeps what was read, and the import reads that)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_repair_mojibake(line) for line in text.split("\n"))
    text = INVISIBLE.sub("", text).translate(FULLWIDTH)
    read_as = ""
    text = _untabbed_outline(text) if "\t" in text else text
    text = _o_bullets(text) if "•" in text or "●" in text or "▪" in text else text
    if looks_like_lms_quiz(text):  # before tabs become spaces: Blackboard's separate fields
        text, read_as = lms_quiz_to_markdown(text), READ_AS_LMS
    elif looks_like_line_chat(text):  # (LINE's time, sender and text)
        text, read_as = line_chat_as_chat(text), READ_AS_CHAT
    elif looks_like_quiz_summary(text):  # (its "Question<TAB>Correct responses" is no sheet)
        text, read_as = quiz_summary_to_markdown(text), READ_AS_QUIZ_SUMMARY
    elif looks_like_poll_export(text):  # a sheet in blocks, one a slide
        text, read_as = poll_export_to_markdown(text), READ_AS_POLL
    elif looks_like_rows(text):  # ... as they may separate a sheet's columns
        text, read_as = rows_as_cards(text), READ_AS_ROWS
    # ... or say what is under what (not a meeting's chat: each message under who sent it)
    elif looks_like_outline(text) and not looks_like_chat(text):
        text, read_as = outline_to_markdown(text), READ_AS_OUTLINE
    if "\t" in text and not read_as:  # a table copied as tab-separated lines, among others
        text = tabbed_tables_to_markdown(text)
    text = drop_page_breaks(text) if PAGE_BREAK in text else text  # (before the form feeds go)
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    text = CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = CHECKBOX.sub(r"\1- ", ACCORDION_GLYPH.sub("", text))
    text = TASK_TAGS.sub("", text) if "@" in text else text
    if len(TASK_STATUS.findall(text[:200_000])) >= MIN_TASKS:  # a plan's "[x] ...  due May 7"
        text = DUE_COLUMN.sub("", TASK_STATUS.sub(r"\1- ", text))
    text = unbox_grids(text)  # "+------+------+" tables and boxes drawn in ASCII
    text = split_columns(text) if not read_as else text  # a page printed in two columns
    if "\u20e3" in text or "🔟" in text:  # a post's "1️⃣ What is...": "1. What is..."
        text = KEYCAP.sub(r"\1. ", text.replace("🔟", "10. "))
    if not read_as:
        text, read_as = _read_by_shape(text)
        if read_as:  # what a page's HTML spelled "&zwnj;" and "&nbsp;", as in any text
            text = INVISIBLE.sub("", text).replace("\u00a0", " ")
    if not read_as:
        text = _without_comments(text) if "<!--" in text else text
        text = without_front_matter(text) if "---" in text or "+++" in text else text
        if looks_like_markdown_slides(text):  # HackMD, reveal.js: "----" down to the answer
            text, read_as = markdown_slides_to_markdown(text), READ_AS_SLIDES
        elif looks_like_site_source(text):  # Hugo shortcodes, MDX components
            text, read_as = site_source_to_markdown(text), READ_AS_SITE_SOURCE
        elif looks_like_rem_cards(text):  # RemNote: "- front >> back", "- term :: meaning"
            text, read_as = rem_cards_to_markdown(text), READ_AS_FLASHCARDS
        elif looks_like_qa_notes(text):  # Readwise: ".qa" notes on the highlights
            text, read_as = qa_notes_to_markdown(text), READ_AS_CLIPPINGS
        elif looks_like_outliner_page(text):  # Logseq, Roam: blocks with properties
            text, read_as = outliner_to_markdown(text), READ_AS_OUTLINER
        elif looks_like_flashcards(text):  # "question::answer", or "?" between them
            text, read_as = flashcards_to_markdown(text), READ_AS_FLASHCARDS
        elif looks_like_folds(text):  # vim's "What is a pod? {{{2" ... "}}}"
            text, read_as = folds_to_markdown(text), READ_AS_FOLDS
        elif looks_like_lettered_outline(text):  # "I. Python" / "A. Internals" / "i) What..."
            text, read_as = lettered_outline_to_markdown(text), READ_AS_LETTERED
        text = SETEXT.sub(_setext_heading, text) if "\n---" in text or "\n===" in text else text
        text = DASHED_TITLE.sub(r"## \1", text) if "--- " in text else text
        text = PROPERTY_TABLE.sub("", text) if "| Property" in text else text
        text = footnotes_under_questions(text)  # "What is X?[^5]" / "[^5]: X is..."
        text = TASK_BOX.sub(r"\1", _unquote_exercises(text))
        text = definitions_as_paragraphs(_unboxed_tasks(text) if "[" in text else text)
        text = myst_to_markdown(text) if has_myst_directives(text) else text
        text = callouts_to_cards(text) if has_card_callouts(text) else text
        text = admonitions_to_markdown(text) if has_admonitions(text) else text
        text = without_fenced_divs(text) if has_fenced_divs(text) else text
        if "{#" in text or "{." in text:
            text = SPAN_ATTRIBUTES.sub(_span, HEADING_ATTRIBUTES.sub(r"\1", text))
        text = STAR_RATING.sub("", text) if "]" in text or ")" in text else text
        text = ALERT_LABEL.sub("", text) if "[!" in text else text
        text = CODE_TOOLBAR.sub(_blank_lines, text) if "Copy" in text else text
    text = drop_caption_times(drop_editorial_notes(drop_tracker_bylines(text)))
    unpaged = drop_page_furniture(text)
    if unpaged != text:
        read_as = read_as or READ_AS_PDF_TEXT
    if read_as in ("", READ_AS_PDF_TEXT) and looks_like_cell_lines(unpaged):
        unpaged = cell_lines_to_markdown(unpaged)  # (a PDF's page breaks gone from it)
    # A JSON string's "\\ud800" escape is half a character: no database stores it alone.
    return Reading(SURROGATE.sub("\ufffd", html_headings_to_markdown(unpaged)), read_as)


# A notes database's page properties, as exported over the page ("| Property | Value |",
# "| Status | In progress |"): about the page, not what it says.
PROPERTY_TABLE = re.compile(
    r"^\|[ \t]*Property[ \t]*\|[ \t]*Value[ \t]*\|[ \t]*\n\|[ \t:|-]+\|[ \t]*\n"
    r"(?:\|[^\n]*\|[ \t]*(?:\n|$))*",
    re.MULTILINE,
)
# A title between dashes, as plain notes set one: "--- tech 10:06 ---".
DASHED_TITLE = re.compile(r"^-{3,6}[ \t]+([^\s-][^\n]{0,80}?)[ \t]+-{3,6}[ \t]*$", re.MULTILINE)
# A title over its underline, after a blank line ("WEEK 3  Redis" / "-------"): markdown's
# other way to write a heading (not a list item's or a table's line, nor a sentence).
SETEXT = re.compile(
    r"(?:\A|(?<=\n\n))(?![ \t]*(?:[-*+>|#]|\d{1,3}[.)])[ \t])([^\n]{1,100}[^\n.:;,?!])\n"
    r"(=|-)\2{2,}[ \t]*$",
    re.MULTILINE,
)


def _span(span: re.Match) -> str:
    """A span's words, or a link as a link."""
    words, link = span.groups()
    return f"[{words}]{link}" if link else words


def _setext_heading(title: re.Match) -> str:
    """The title as a heading, its underline left blank (each line keeps its number)."""
    return f"{'#' if title.group(2) == '=' else '##'} {title.group(1).strip()}\n"


def _read_by_shape(text: str) -> tuple[str, str]:
    """A web page, a chat, a mail thread or a forum page, read as such; else as it is."""
    shapes = (
        (is_notebook, json_to_markdown, READ_AS_NOTEBOOK),
        (looks_like_slack_export, slack_as_chat, READ_AS_CHAT),
        (looks_like_discord_export, discord_as_chat, READ_AS_CHAT),
        (looks_like_json_thread, json_thread_as_chat, READ_AS_CHAT),
        (looks_like_ai_chat_export, ai_chat_to_markdown, READ_AS_CHAT),
        (looks_like_xmind, xmind_to_markdown, READ_AS_OUTLINE),
        (looks_like_tiddlywiki, tiddlywiki_to_markdown, READ_AS_EXPORT),
        (looks_like_rich_json, rich_json_to_markdown, READ_AS_RICH_JSON),
        (looks_like_json_document, json_to_markdown, READ_AS_EXPORT),
        (looks_like_yaml_bank, yaml_to_markdown, READ_AS_EXPORT),
        (looks_like_toml_bank, toml_to_markdown, READ_AS_EXPORT),
        (looks_like_ini_bank, ini_to_markdown, READ_AS_EXPORT),
        (looks_like_dotted_records, dotted_records_to_markdown, READ_AS_EXPORT),
        (looks_like_ttml, ttml_as_chat, READ_AS_CAPTIONS),
        (looks_like_flat_odf, flat_odf_to_markdown, READ_AS_ODF),
        (looks_like_ass, ass_as_chat, READ_AS_CAPTIONS),
        (looks_like_sms_backup, sms_backup_as_chat, READ_AS_SMS),
        (looks_like_olx, olx_to_markdown, READ_AS_XML),
        (looks_like_xml_document, xml_document_to_markdown, READ_AS_XML_DOCUMENT),
        (looks_like_word_xml, word_xml_to_markdown, READ_AS_WORD_XML),
        (looks_like_xml_export, xml_export_to_markdown, READ_AS_XML),
        (looks_like_rtf, rtf_to_markdown, READ_AS_RTF),
        (looks_like_icalendar, icalendar_to_markdown, READ_AS_CALENDAR),
        (looks_like_man_page, man_page_to_markdown, READ_AS_MAN_PAGE),
        (looks_like_texinfo, texinfo_to_markdown, READ_AS_TEXINFO),
        (looks_like_pod, pod_to_markdown, READ_AS_POD),
        (looks_like_script_notebook, script_notebook_to_markdown, READ_AS_SCRIPT_NOTEBOOK),
        (looks_like_docstring_quiz, docstring_quiz_to_markdown, READ_AS_DOCSTRINGS),
        (looks_like_python, python_to_markdown, READ_AS_PYTHON),
        (looks_like_sql_script, sql_script_to_markdown, READ_AS_SQL),
        (looks_like_shell_script, shell_script_to_markdown, READ_AS_SHELL),
        (looks_like_captions, captions_as_chat, READ_AS_CAPTIONS),
        (looks_like_course_transcript, course_transcript_to_markdown, READ_AS_COURSE),
        (looks_like_gift, gift_to_markdown, READ_AS_GIFT),
        (looks_like_assessment_report, assessment_to_markdown, READ_AS_ASSESSMENT),
        (looks_like_telegram_export, telegram_as_chat, READ_AS_CHAT),
        (looks_like_imessage_export, imessage_as_chat, READ_AS_CHAT),
        (looks_like_qa_page, qa_page_to_markdown, READ_AS_QA_PAGE),
        (looks_like_highlights, highlights_to_markdown, READ_AS_CLIPPINGS),
        (looks_like_html_page, html_to_markdown, READ_AS_WEB_PAGE),
        (looks_like_slide_outline, slide_outline_to_markdown, READ_AS_DECK),
        (looks_like_noted_deck, noted_deck_to_markdown, READ_AS_NOTED_DECK),
        (looks_like_twee, twee_to_markdown, READ_AS_TWEE),
        (looks_like_quiz_session, quiz_session_to_markdown, READ_AS_QUIZ_SESSION),
        (looks_like_keep_notes, keep_notes_to_markdown, READ_AS_NOTES_APP),
        (looks_like_clippings, clippings_to_markdown, READ_AS_CLIPPINGS),
        (looks_like_diff, diff_to_markdown, READ_AS_DIFF),
        (looks_like_github_issue, github_issue_to_markdown, READ_AS_GITHUB_ISSUE),
        (looks_like_gitlab_discussion, gitlab_discussion_to_chat, READ_AS_GITLAB),
        (looks_like_channel, channel_to_markdown, READ_AS_CHANNEL),
        # (before chats: "(03:10) Intro" reads as a chat's "[10:32] alice" header too)
        (looks_like_show_notes, show_notes_to_markdown, READ_AS_SHOW_NOTES),
        (looks_like_chat, messages_only, READ_AS_CHAT),
        (looks_like_email, mail_text, READ_AS_EMAIL),
        (looks_like_social_thread, author_posts_only, READ_AS_SOCIAL),
        (looks_like_printed_form, printed_form_to_markdown, READ_AS_PRINTED_FORM),
        (looks_like_course_qa, course_qa_to_markdown, READ_AS_COURSE_QA),
        (looks_like_forum_posts, forum_posts_as_chat, READ_AS_CHAT),
        (looks_like_forum_page, posts_only, READ_AS_FORUM),
        (looks_like_exam_paper, exam_to_markdown, READ_AS_EXAM),
        (looks_like_board_export, board_to_markdown, READ_AS_BOARD),
        (looks_like_latex, latex_to_markdown, READ_AS_LATEX),
        (looks_like_typst, typst_to_markdown, READ_AS_TYPST),
        (looks_like_rest, rest_to_markdown, READ_AS_REST),
        (looks_like_asciidoc, asciidoc_to_markdown, READ_AS_ASCIIDOC),
        (looks_like_org, org_to_markdown, READ_AS_ORG),
        (looks_like_wiki, wiki_to_markdown, READ_AS_WIKI),
        (looks_like_confluence, confluence_to_markdown, READ_AS_CONFLUENCE),
        (looks_like_bbcode, bbcode_to_markdown, READ_AS_BBCODE),
    )
    for looks_like, read, read_as in shapes:
        if looks_like(text):
            return read(text), read_as
    return text, ""


def _without_comments(text: str) -> str:
    """Markdown without its HTML comments ("<!-- Ask the room first -->", "<!-- omit in
    toc -->"): the page never shows them. Each keeps its lines, as blank ones. A deck's
    comment labelled as its speaker notes ("<!-- Speaker notes: the server sends...")
    is what the presenter says: its text stays."""
    parts, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        inside = text[start + 4 : end]
        kept = SPEAKER_NOTES.match(inside)
        said = "\n" * inside[: kept.end()].count("\n") + inside[kept.end() :] if kept else ""
        parts += [text[at:start], said or "\n" * inside.count("\n")]
        at = end + 3
    return "".join(parts) + text[at:]


def _unquote_exercises(text: str) -> str:
    """A quoted block that starts with a numbered exercise, without its quote marks: the
    exercise is the document's question, not a quotation inside an answer."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    lines = text.split("\n")
    quoted = False
    for index, line in enumerate(lines):
        if not line.startswith(">"):
            quoted = False
            continue
        quoted = quoted or bool(QUOTED_EXERCISE.match(line))
        if quoted:
            lines[index] = line[2:] if line.startswith(("> ", ">\t")) else line[1:]
    return "\n".join(lines)


def decode_text(data: bytes) -> str:
    """An upload's bytes as text: by its byte-order mark, as UTF-16, as UTF-8, else as cp1252."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    return controls >= 2 and controls > len(sample) * 0.01


def _undefined_as_bytes(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """cp1252 leaves 0x81, 0x8d, 0x8f, 0x90, 0x9d undefined; mojibake keeps them as U+0081..."""
    chunk = error.object[error.start : error.end]
    if all(0x80 <= ord(char) <= 0x9F for char in chunk):
        return bytes(ord(char) for char in chunk), error.end
    raise error


codecs.register_error("mojibake-bytes", _undefined_as_bytes)


def _encode_baltic(line: str) -> bytes:
    """Back to bytes through cp1257, with cp1252 for the bytes cp1257 leaves out (0x9C)."""
    out = bytearray()
    for char in line:
        try:
            out += char.encode("cp1257")
        except UnicodeEncodeError:
            out += char.encode("cp1252")
    return bytes(out)


def _repair_baltic_run(match: re.Match) -> str:
    try:
        return _encode_baltic(match.group(0)).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)


def _repair_mojibake(line: str) -> str:
    if MOJIBAKE_1257.search(line):
        return BALTIC_RUN.sub(_repair_baltic_run, line)
    if not MOJIBAKE.search(line):
        return line
    for encoding in ("cp1252", "latin-1"):
        try:
            repaired = line.encode(encoding, errors="mojibake-bytes").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(MOJIBAKE.findall(repaired)) < len(MOJIBAKE.findall(line)):
            return repaired
    # Mixed lines: repair the broken runs one by one.
    return re.sub(r"[\u00c0-\u00ff][\u0080-\u00bf\u0152-\u2122]{1,3}", _repair_run, line)


def _repair_run(match: re.Match) -> str:
    run = match.group(0)
    for encoding in ("cp1252", "latin-1"):
        try:
            return run.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return run
