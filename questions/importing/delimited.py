"""Cards exported as rows: an Anki deck (tab-separated, "#separator:tab" headers), a
spreadsheet saved as TSV, or a CSV whose header names its question and answer columns.

Every row is a card, whatever its front looks like ("GIL", "INNER JOIN vs LEFT JOIN"), so
the rows are written out as "Q:"/"A:" pairs, which the parser reads one card at a time.
"""

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from questions.importing import lines as L
from questions.importing.html import html_to_markdown
from questions.importing.stickies import sticky_notes_as_cards
from questions.importing.tables import OUTLINE_HEADER, RED_FLAGS_HEADER, column_named, rubric_text
from questions.importing.unanswered import only_agreement

# Anki's export headers: "#separator:tab", "#html:true", "#deck column:2", "#tags column:5".
ANKI_HEADER = re.compile(r"^#(?:separator|html|notetype|deck|tags|guid)(?: column)?:", re.I)
ANKI_COLUMN = re.compile(r"^#(?:notetype|deck|tags|guid) column:(\d{1,2})\s*$", re.I)
SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
# "Name": a Notion database's title column (beside its "Answer")
# A row someone added to try the table out: "test?", "asdf", "testing 123".
TEST_ROW = re.compile(r"^\W*(?:test(?:ing)?|asdf|foo|xxx+|dummy)(?: ?\d{0,4})\W*$", re.IGNORECASE)
# (and a flashcard app's sides by number: Flashcards Deluxe's "Text 1", "Text 2")
FRONT_ORDER = ("question", "questions", "prompt", "q", "front", "term", "card", "name", "text 1")
FRONT_NAMES = set(FRONT_ORDER)
ASKED = {"question", "questions", "prompt"}
# (a live Q&A tool's export: "Question", "Votes", "Reply", "Reply author")
BACK_NAMES = {
    *("answer", "answers", "back", "response", "a", "definition", "reply", "replies"),
    *("correct answer", "explanation", "my answer", "my notes", "text 2"),
}
# A question column named at more length: "Question you were asked", "Question text".
QUESTION_NAMED = re.compile(
    r"^questions? (?:(?:you|they|i|we) (?:were|was|got) )?(?:asked|text|wording|as asked)$"
)
# An answer spread over columns: "Answer part 1", "Answer (cont.)", "Code example"; and
# "Ideal response", "Model answer (how you would answer it now)" (the remark read apart).
ANSWER_PART = re.compile(
    r"^(?:(?:model|expected|sample|reference|short|long|detailed|full|ideal|suggested|good) )?"
    r"answer\b.{0,20}$|^(?:model|expected|sample|ideal|suggested|good) response$|"
    r"^(?:code|sql|python) (?:example|sample|snippet)s?$"
)
# A scorecard's notes of what the candidate said: the answer only where nothing else is.
CANDIDATE_ANSWER = re.compile(r"^(?:candidate(?:'s|’s)?|their) (?:answer|response)\b")
# An issue tracker's export (Jira, Trello): each card's title and description.
# (a to-do app's export, Todoist's "CONTENT" and "DESCRIPTION": a task and its notes)
TRACKER_FRONT = {"summary", "title", "card name", "content", "task name"}
TO_DO_FRONT = {"content", "task name"}  # a to-do app's (Todoist, ClickUp)
# A to-do app's comment on the task above it: a row of type "note" (Todoist).
NOTE_ROW = "note"
TRACKER_BACK = {"description", "card description", "notes", "task content"}
TYPE_NAMES = {"issue type", "type", "card type"}
# Jira's code markup in a cell: "{code:python} ... {code}".
JIRA_CODE = re.compile(r"\{code(?::(\w{1,20}))?[^}\n]{0,80}\}(.{0,20000}?)\{code\}", re.DOTALL)
MAX_CODE_MARKS = 100  # each unclosed one is searched past: a bounded number of them
MIN_ROWS = 3
REPORT_LINES = 40  # a report's preamble, above its table
MIN_REPORT_COLUMNS = 3
MAX_FOOTER_ROWS = 1
# An Anki cloze: "{{c1::Global Interpreter Lock}}", "{{c2::WAL::a log}}" (with a hint).
CLOZE = re.compile(r"\{\{c\d{1,3}::(.{1,300}?)(?:::[^{}]{0,200})?\}\}")
# A form's own columns beside its questions.
FORM_FIELDS = {
    "timestamp", "email address", "email", "score", "total score", "points", "name", "id",
    "start time", "completion time", "last modified time", "username", "user name",
    "#", "submitted at", "start date (utc)", "submit date (utc)", "network id", "token",
    "response id", "respondent id",
}  # fmt: skip
# A form asking about the person, not testing them: "What's your full name?", "How many
# years have you worked as a backend developer?", "Anything you'd like us to know ...?"
ABOUT_YOU = re.compile(
    r"\b(?:your (?:full |first |last |preferred )?name|e-?mail|phone|linkedin|"
    r"how many years|years of experience|anything (?:else )?(?:you(?:'d|’d| would) like|we should)|"
    r"salary|notice period|when (?:can|could) you start|time ?zone|where are you (?:based|located)|"
    r"pronouns|github (?:profile|user ?name|handle)|how did you (?:hear|find out|learn) about|"
    r"(?:role|position|job) (?:are you|you(?:'re|’re| are)) applying for)\b",
    re.IGNORECASE,
)
FORM_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")
# A quiz's columns beside each question's (Microsoft Forms): "Points - What is...?"
GRADING = re.compile(r"^(?:points|feedback|score) - ", re.IGNORECASE)
KEY_ROW = re.compile(r"^\W*(?:answer key|key|model answers?|correct answers?)\W*$", re.IGNORECASE)
TAG = re.compile(r"<[a-zA-Z/][^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,6});")


def looks_like_rows(text: str) -> bool:
    return _table(text) is not None


@dataclass(frozen=True)
class _Columns:
    front: int
    back: int | None  # None: a rubric's columns say what a good answer holds instead
    outline: int | None = None
    red_flags: int | None = None
    more: tuple[int, ...] = ()  # the answer's other columns: "Answer part 2", "Code example"


def rows_as_cards(text: str) -> str:
    table = _table(text)
    if table is None:
        return text
    rows, columns = table
    cards = []
    for row in rows:
        question = " ".join(_cell(row, columns.front).split())
        hidden = CLOZE.search(question)
        if not re.search(r"[^\W\d_]", question) or (
            not hidden and _remark_row(row, question, columns)
        ):
            # a row of its own for a category ("PYTHON & ASYNC"), an empty one, or a sum
            # ("Total questions,14")
            continue
        # "the {{c1::GIL}} allows...": asks for what it hides, and its back shows the sentence
        # whole, what it hid in bold (Anki's back side)
        whole = CLOZE.sub(lambda match: f"**{match.group(1).strip()}**", question)
        if hidden:
            question = CLOZE.sub("___", question)
        if columns.back is not None:
            parts = [
                ANSWERED_BY.sub("", _cell(row, column)) for column in (columns.back, *columns.more)
            ]
            answer = "\n\n".join(part for part in parts if part)
        else:
            cells = [_cell(row, column) for column in range(len(row))]
            answer = rubric_text(cells, columns.outline, columns.red_flags)
        if hidden:
            answer = "\n\n".join(part for part in (whole, answer) if part)
        # (a fence opens its own line: "A: ```python" would leave its code unread)
        answer = f"\n{answer}" if answer.lstrip().startswith(("```", "~~~")) else answer
        cards.append(f"Q: {question}\nA: {answer}\n")
    return "\n".join(cards)


# Who answered a live Q&A's question, and when: "Mei Tanaka(Mar 13, 2024 06:09:47 PM): ...",
# or their address: "Devon Park(devon@example.io) - ..." (a webinar's report)
ANSWERED_BY = re.compile(
    r"^[^\W\d_][\w .'’-]{0,40}\((?:(?:[A-Z][a-z]{2} \d{1,2}, \d{4} )?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?: ?[AP]M)?\):|[^()\s@]{1,64}@[^()\s]{1,100}\)[ \t]*[-–:])[ \t]*",
)


MAX_METADATA_WORDS = 4  # a vote count, a date, a name: not an answer's words


def _beside_metadata(rows: list[list[str]], front: int) -> bool:
    """The other columns hold a few words each (votes, dates, names), never an answer."""
    cells = [cell for row in rows[1:] for i, cell in enumerate(row) if i != front and cell.strip()]
    return not cells or sum(len(cell.split()) for cell in cells) <= MAX_METADATA_WORDS * len(cells)


def _remark_row(row: list[str], question: str, columns: _Columns) -> bool:
    """An audience's thanks in a column of questions, unanswered: "Thanks so much, this was
    super helpful!!" (not a topic to answer, "GIL", "Docker multi-stage builds")."""
    answered = columns.back is not None and _cell(row, columns.back).strip()
    return not answered and "?" not in question and only_agreement(question)


def _cell(row: list[str], column: int) -> str:
    value = row[column].strip() if column < len(row) else ""
    if "{code" in value and value.count("{code") <= MAX_CODE_MARKS:
        value = JIRA_CODE.sub(lambda m: f"```{m.group(1) or ''}\n{m.group(2).strip()}\n```", value)
    return html_to_markdown(value).strip() if TAG.search(value) else value


def _table(text: str) -> tuple[list[list[str]], _Columns] | None:
    """(rows, which columns hold what) when the text is a table of cards."""
    lines = text.strip("\n").split("\n")
    headers = [line for line in lines if ANKI_HEADER.match(line)]
    body = "\n".join(line for line in lines if not ANKI_HEADER.match(line))
    if headers:
        return _anki(headers, body)
    block = _tabbed_block(lines)
    if block is not None:
        rows = _continued(_rows(block, "\t"))
        named = _named(rows) if rows else None
        if named is None:  # a filled-in form: "Candidate:<TAB>..." fields over its table
            named = _table_after_fields(block)
        if named is None and (start := _narrow_preamble(rows)):
            rows = rows[start:]  # a deck's settings over its table ("*<TAB>name<TAB>...")
            named = _named(rows)
        if named is not None and len(named[0]) >= MIN_ROWS:
            return named
        if _cards_in_two_columns(rows):
            return rows, _Columns(0, 1)
    start = _report_table(lines)
    separator = _separator(lines[start] if lines else "")
    if separator:
        rows = _rows("\n".join(lines[start:]) if start else body, separator)
        named = _named(rows) if len(rows) > MIN_ROWS else None
        # (a form's questions are its header's: one response says so, as a quiz's own may)
        named = named or (_form_responses(rows) if len(rows) > 1 else None)
        if named is not None:
            return named
        cards = sticky_notes_as_cards(rows) if len(rows) > MIN_ROWS else None
        if cards is not None:  # a whiteboard's notes: questions and answers by tag or colour
            return cards, _Columns(0, 1)
        if _headless_cards(rows):  # a flashcard app's CSV without a header
            return rows, _Columns(0, 1)
    return None


MAX_HEADER = 10_000  # a header line's characters read (a cell is at most csv's field limit)


def _separator(line: str) -> str | None:
    """The first line's separator: a comma, or a semicolon (a spreadsheet's CSV where the
    comma is the decimal mark: "Nr;Question;Model answer"), whichever makes more cells."""
    line = line[:MAX_HEADER]
    widths = {separator: len(next(csv.reader([line], delimiter=separator))) for separator in ",;"}
    separator = max(widths, key=widths.get)  # the comma on a tie
    return separator if widths[separator] > 1 else None


def _report_table(lines: list[str]) -> int:
    """Where a report's table starts under its preamble ("Question and Answer Report" /
    ... / "#,Question,Asker Name,Asker Email,Answer(s)"): the first line that names columns,
    over rows as wide as it; else 0, the first line."""
    if not lines or sum(1 for cell in lines[0].split(",") if cell.strip()) >= 2:
        return 0  # (a header, or a form's questions as its columns' names)
    first = None  # (the one that names its questions' column, under the webinar's own row,
    # "Topic,Webinar ID", is taken first; each read to the end once at most)
    for index, line in enumerate(lines[:REPORT_LINES]):
        header = line.split(",")
        if len(header) < MIN_REPORT_COLUMNS or not _header_like(header):
            continue
        names = _names_a_front(header)
        if not names and first is not None:
            continue
        # (to the end, but for a footer: a note's table of four rows over its prose is no
        # report; "Exported by Zoom" under one's rows is its footer)
        rows = [row for row in _rows("\n".join(lines[index:]), ",") if "".join(row).strip()]
        other = sum(1 for row in rows[1:] if len(row) != len(header))
        if len(rows) > MIN_ROWS and other <= MAX_FOOTER_ROWS:
            if names:
                return index
            first = index
    return first or 0


def _header_like(cells: list[str]) -> bool:
    """Names of columns: two or more, short, asking nothing ("Topic,Question,Short answer"),
    not a title ("Question bank - tab: Backend,,,,") or a row ("BIQ-101,Question,What is...?")."""
    named = [cell.strip() for cell in cells if cell.strip()]
    return len(named) >= 2 and all(len(cell) <= 40 and not cell.endswith("?") for cell in named)


def _form_responses(rows: list[list[str]]) -> tuple[list[list[str]], _Columns] | None:
    """A form's responses (Google Forms, Microsoft Forms): its header names the questions,
    after "Timestamp", "Email Address", "Score"; each row is one person's responses, which
    answer nothing for the bank. A row that is the form's answer key ("ANSWER KEY") gives
    the answers it has."""
    header = [" ".join(cell.lstrip("\ufeff").split()) for cell in rows[0]]
    if not header or header[0].lower() not in FORM_FIELDS:
        return None
    named = [(column, FORM_NUMBER.sub("", name)) for column, name in enumerate(header)]
    asked = [
        (column, name)
        for column, name in named
        if name.lower() not in FORM_FIELDS
        and not GRADING.match(name)
        and not L.CALL_TO_ACTION.match(name)
        and not ABOUT_YOU.search(name)
        and (L.asks(name) or L.starts_with_task(name))
    ]
    if len(asked) < MIN_ROWS:
        return None
    key = next((row for row in rows[1:] if any(KEY_ROW.match(cell) for cell in row[:4])), None)
    cards = [[question, _cell(key, column) if key else ""] for column, question in asked]
    return cards, _Columns(0, 1)


def _table_after_fields(block: str) -> tuple[list[list[str]], _Columns] | None:
    """The table of a filled-in form, under its fields ("Candidate:<TAB>J. Okafor"): from
    the row naming its question column to the first blank line (a summary follows)."""
    lines = block.split("\n")
    header = next(
        (i for i, line in enumerate(lines[:40]) if _names_a_front(line.split("\t"))), None
    )
    if not header:
        return None
    width = lines[header].count("\t")
    end = len(lines)
    following = ""  # the next line with text, read from the end up
    for i in range(len(lines) - 1, header - 1, -1):
        if not lines[i].strip() and not _goes_on(following, width):
            end = i
        following = lines[i] if lines[i].strip() else following
    rows = _continued(_rows("\n".join(lines[header:end]), "\t"))
    return _named(rows) if len(rows) > MIN_ROWS else None


def _goes_on(following: str, width: int) -> bool:
    """After a blank line, more rows of the table (as many tabs, a question first), not a
    summary or another section ("Candidate's questions for us")."""
    cells = following.split("\t")
    return len(cells) == width + 1 and L.looks_like_question(cells[0]) and not _names_a_front(cells)


def _names_a_front(row: list[str]) -> bool:
    return any(_front_name(_column_name(cell)) for cell in row)


# A header's remark on its column: "Model answer (how you would answer it now)".
REMARK = re.compile(r"\s*\([^()]{0,80}\)\s*$")
# A spreadsheet kept in another language names its columns in it: "Frage;Antwort".
TRANSLATED = {
    **dict.fromkeys(("frage", "fragen", "pregunta", "domanda", "pergunta", "vraag"), "question"),
    **dict.fromkeys(("pytanie", "вопрос", "otázka", "kysymys", "fråga", "spørgsmål"), "question"),
    **dict.fromkeys(
        ("antwort", "respuesta", "réponse", "reponse", "risposta", "resposta"), "answer"
    ),
    **dict.fromkeys(("antwoord", "odpowiedź", "ответ", "odpověď", "vastaus", "svar"), "answer"),
}


LEVEL_TITLE = re.compile(r"^title \d{1,2}$")  # a tree query's "Title 1", "Title 2"...


def _deepest_level(rows: list[list[str]]) -> list[list[str]]:
    """A tracker's tree (Azure DevOps: an epic's title under "Title 1", each of its items'
    under "Title 2"): its deepest items, each title in the first title column, named
    "Title"; the items above them group them."""
    levels = [i for i, cell in enumerate(rows[0]) if LEVEL_TITLE.match(_column_name(cell))]
    if len(levels) < 2:
        return rows

    def level(row: list[str]) -> int:
        return max((i for i in levels if _cell(row, i)), default=-1)

    bottom = max((level(row) for row in rows[1:]), default=-1)
    if bottom < 0:
        return rows  # (no title filled in)
    header = [("Title" if i == levels[0] else cell) for i, cell in enumerate(rows[0])]
    items = [
        [(_cell(row, bottom) if i == levels[0] else cell) for i, cell in enumerate(row)]
        for row in rows[1:]
        if level(row) == bottom
    ]
    return [header, *items]


def _column_name(cell: str) -> str:
    """A header cell as the name it gives: "Model answer (how you would answer it now)" is
    "model answer", "Antwort" is "answer"."""
    name = REMARK.sub("", " ".join(cell.lstrip("\ufeff").split())).lower()
    return TRANSLATED.get(name, name)


def _front_name(name: str) -> str | None:
    """The question-column name `name` stands for, if it names one."""
    if name in FRONT_NAMES:
        return name
    return "question" if QUESTION_NAMED.match(name) else None


def _headless_cards(rows: list[list[str]]) -> bool:
    """Two cells a row, most first ones a whole question ("What does create_task() do?"):
    not a list of questions with a comma in them, a table with a header, or a quiz's options."""
    if len(rows) < MIN_ROWS or _names_a_front(rows[0]):
        return False
    if sum(1 for row in rows if len(row) == 2) < 0.9 * len(rows):
        return False
    fronts = [row[0].strip() for row in rows if row and row[0].strip()]
    return sum(1 for front in fronts if front.endswith("?")) >= 0.6 * len(fronts)


def _continued(rows: list[list[str]]) -> list[list[str]]:
    """A flashcard site's definition that goes on over lines without a tab: its lines are
    the last cell's ("Object with __enter__ and __exit__." / "Quick way: ..."). And a cell
    broken over two lines, as a document's table is copied out ("...SET it with a TTL." /
    "Invalidate by deleting the key...<TAB>4<TAB>"): a short row and the line under it that
    together have the header's cells are one row."""
    width = len(rows[0]) if rows else 0
    merged: list[list[str]] = []
    for row in rows:
        last = merged[-1] if merged else None
        broken = (
            last is not None
            and len(last) < width
            and len(last) + len(row) - 1 == width
            and not FORM_NUMBER.match(row[0])  # ("2. What is...?": a row of its own)
        )
        if last is not None and (broken or (len(row) == 1 and len(last) >= 2)):
            last[-1] = f"{last[-1]}\n{row[0]}"
            last.extend(row[1:])
        else:
            merged.append(list(row))
    return merged


def _cards_in_two_columns(rows: list[list[str]]) -> bool:
    """Rows of a front and a back, without a header: nearly all of the same width, each with
    a front; and not a table of contents ("Basics<TAB>2" has page numbers for answers)."""
    if len(rows) < MIN_ROWS:
        return False
    widths = [len(row) for row in rows]
    fronts = sum(1 for row in rows if row[0].strip())
    numbers = sum(1 for row in rows if len(row) > 1 and row[1].strip().isdigit())
    return (
        min(widths) >= 2
        and widths.count(widths[0]) >= 0.8 * len(rows)
        and fronts >= 0.8 * len(rows)
        and numbers < 0.5 * len(rows)
    )


def _tabbed_block(lines: list[str]) -> str | None:
    """The lines from the first with a tab to the last, when they hold little else: a
    flashcard site's export copied with its page ("14 terms", "Upgrade to remove ads")
    around the rows."""
    tabbed = [i for i, line in enumerate(lines) if "\t" in line]
    if len(tabbed) < MIN_ROWS:
        return None
    block = lines[tabbed[0] : tabbed[-1] + 1]
    written = sum(1 for line in lines if line.strip())
    in_block = sum(1 for line in block if line.strip())
    # The rows are most of their block (a cell may go on over lines) and much of the text.
    if len(tabbed) < 0.3 * written:
        return None
    if len(tabbed) < 0.75 * in_block and not _quoted_rows("\n".join(block)):
        return None
    return "\n".join(block)


PREAMBLE_ROWS = 10


def _narrow_preamble(rows: list[list[str]]) -> int:
    """How many rows at the top are narrower than the table under them (an app's settings,
    a title): the first as wide as most rows starts it; 0 when none is narrower."""
    widths = Counter(len(row) for row in rows)
    width = max(widths, key=lambda found: (widths[found], found)) if widths else 0
    start = next((i for i, row in enumerate(rows[:PREAMBLE_ROWS]) if len(row) == width), 0)
    return start if all(len(row) < width for row in rows[:start]) else 0


def _quoted_rows(block: str) -> bool:
    """A sheet's rows whose cells go on over lines in quotes ("Explain...\nWrite one..."):
    read as a TSV, nearly every record has the header's width."""
    records = _rows(block, "\t")
    width = len(records[0]) if records else 0
    same = sum(1 for record in records if len(record) == width)
    return width >= 2 and len(records) >= MIN_ROWS and same >= 0.9 * len(records)


def _anki(headers: list[str], body: str) -> tuple[list[list[str]], _Columns] | None:
    separator = "\t"
    taken = set()
    for header in headers:
        if header.lower().startswith("#separator:"):
            name = header.split(":", 1)[1].strip().lower()
            separator = SEPARATORS.get(name, name[:1] or "\t")
        column = ANKI_COLUMN.match(header)
        if column:
            taken.add(int(column.group(1)) - 1)
    rows = _rows(body, separator)
    if not rows:
        return None
    width = max(len(row) for row in rows)
    fields = [column for column in range(width) if column not in taken]
    if len(fields) < 2:
        return None
    return rows, _Columns(fields[0], fields[1])


def _named(rows: list[list[str]]) -> tuple[list[list[str]], _Columns] | None:
    """A header row naming the question column and the answer's ("question,answer,topic"),
    or a rubric's ("Question<TAB>What good looks like<TAB>Red flags")."""
    rows = _deepest_level(rows)
    names = [_column_name(cell) for cell in rows[0]]  # (a BOM before it)
    # by preference: a notes database's "Name" beside its "Question" is only the row's id
    fronts = sorted(
        (FRONT_ORDER.index(_front_name(name)), i)
        for i, name in enumerate(names)
        if _front_name(name)
    )
    front = fronts[0][1] if fronts else None
    backs = [i for i, name in enumerate(names) if name in BACK_NAMES or ANSWER_PART.match(name)]
    if not backs:
        backs = [i for i, name in enumerate(names) if CANDIDATE_ANSWER.match(name)][:1]
    back = backs[0] if backs else None
    if front is None and back is None:  # a tracker's "Summary" and "Description"
        front = next((i for i, name in enumerate(names) if name in TRACKER_FRONT), None)
        back = next((i for i, name in enumerate(names) if name in TRACKER_BACK), None)
    elif back is None and names[front] == "name":  # a task list's "Name" and its "Notes"
        back = next((i for i, name in enumerate(names) if name in TRACKER_BACK), None)
    outline = column_named(rows[0], OUTLINE_HEADER)
    red_flags = column_named(rows[0], RED_FLAGS_HEADER)
    if front is None or (
        back is None
        and outline is None
        and red_flags is None
        and not (names[front] in ASKED and _beside_metadata(rows, front))
    ):
        return None  # (a column of questions alone, "Question,Votes,Date", is read unanswered)
    columns = _Columns(front, back, outline, red_flags, tuple(backs[1:]))
    rows = [
        row
        for row in _questions_only(rows[1:], names)
        if not _test_row(row, front, back) and not ROW_COUNT.match(_cell(row, front))
    ]
    if names[front] in TO_DO_FRONT:  # a to-do app's: its tasks that ask, their notes under them
        # (a to-do is worded as a question too: "Do 3 SQL problems on pgexercises"), and those
        # that name a subject over an answer ("Outbox pattern" over what it is)
        rows = [
            row
            for row in _with_notes(rows, names, front, back)
            if _cell(row, front).rstrip().endswith("?")
            or L.Q_LABEL.match(_cell(row, front))
            or L.COMPARES.search(_cell(row, front))
            or (back is not None and len(_cell(row, back).split()) >= MIN_TASK_ANSWER_WORDS)
        ]
    if names[front] == "name":  # a database of notes: its to-dos and "Untitled" rows ask nothing
        # (a row with an answer is a card: "Redis persistence: RDB vs AOF" over its answer;
        # not in a task list, whose to-dos have notes too: "Book mock interview with Sam",
        # but for a subject compared: "Deployment vs StatefulSet")
        tasks = back is not None and names[back] in TRACKER_BACK
        rows = [
            row
            for row in rows
            if L.looks_like_question(_cell(row, front))
            or L.COMPARES.search(_cell(row, front))
            or (
                back is not None
                and not tasks
                and len(_cell(row, back).split()) >= MIN_ANSWER_WORDS
                and not NOT_A_CARD.match(_cell(row, front))
            )
        ]
    return rows, columns


MIN_ANSWER_WORDS = 3  # "see notes" or "later" answers nothing
MIN_TASK_ANSWER_WORDS = 8  # a to-do's notes that answer: "https://pgexercises.com" does not
NOT_A_CARD = re.compile(r"^\W*(?:untitled|todo|to do|tbd)\b", re.IGNORECASE)


def _test_row(row: list[str], front: int, back: int | None) -> bool:
    """A row added to try the table out: "test?" with nothing in its answer ("Testing" with
    a definition is a glossary's card)."""
    answer = _cell(row, back) if back is not None else ""
    return bool(TEST_ROW.match(_cell(row, front))) and (not answer or bool(TEST_ROW.match(answer)))


def _with_notes(rows: list[list[str]], names: list[str], front: int, back: int | None):
    """A task's rows with the notes under it (rows of type "note", their text in the task's
    column) added to its description; the notes gone as rows of their own."""
    kind = next((i for i, name in enumerate(names) if name in TYPE_NAMES), None)
    if kind is None or back is None:
        return rows
    kept: list[list[str]] = []
    for row in rows:
        if _cell(row, kind).strip().lower() != NOTE_ROW:
            kept.append(row + [""] * (back + 1 - len(row)))
        elif kept:
            said = _cell(kept[-1], back).strip()
            kept[-1][back] = f"{said}\n\n{_cell(row, front).strip()}".strip()
    return kept


def _questions_only(rows: list[list[str]], names: list[str]) -> list[list[str]]:
    """A tracker's rows of type "Question", when it has such a type: not its "Task" to set
    up the interview rota."""
    kind = next((i for i, name in enumerate(names) if name in TYPE_NAMES), None)
    if kind is None:
        return rows
    asked = [row for row in rows if kind < len(row) and "question" in row[kind].lower()]
    return asked or rows


def _rows(body: str, separator: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(body), delimiter=separator)
    try:
        return [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def tabbed_tables_to_markdown(text: str) -> str:
    """A table copied out of a page into text ("Question<TAB>Owner<TAB>Answer" over its rows)
    among other lines: written as a markdown table, whose columns the parser reads. Not in
    code (a Makefile's, a TSV in a fence), and not when a cell holds a "|" of its own."""
    lines = text.split("\n")
    out: list[str] = []
    index, fenced = 0, False
    while index < len(lines):
        if lines[index].lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        end = index
        while not fenced and end < len(lines) and "\t" in lines[end] and len(lines[end]) <= 20_000:
            end += 1
        if end > index:
            run = lines[index:end]  # (a cell quoted over lines is a sheet's, read as rows)
            table = None if any(row.count('"') % 2 for row in run) else _tabbed_table(run)
            out.extend(table or run)
            index = end
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


ROW_COUNT = re.compile(r"^\d[\d,]* (?:rows?|records?|items?|entries|results?)$", re.IGNORECASE)
TOOLBAR_ROWS = 3  # "Add row<TAB>Filter<TAB>Sort", "All questions<TAB>By topic": a page's


def _tabbed_table(rows: list[str]) -> list[str] | None:
    """The run of tabbed lines as a markdown table, from its header ("Question<TAB>Answer"),
    under the table's own toolbar, if any; else None."""
    start = next(
        (
            i
            for i, row in enumerate(rows[: TOOLBAR_ROWS + 1])
            if any(cell.strip().lower() in FRONT_NAMES for cell in row.split("\t"))
        ),
        None,
    )
    if start is None:
        return None
    end = len(rows)
    while end > start + 1 and ROW_COUNT.match(rows[end - 1].split("\t")[0].strip()):
        end -= 1  # its footer: "11 rows<TAB>Count: 11"
    table = _table_of(rows[start:end])
    return [*rows[:start], "", *table, "", *rows[end:]] if table else None


def _table_of(rows: list[str]) -> list[str] | None:
    header = [cell.strip() for cell in rows[0].split("\t")]
    if len(rows) < MIN_ROWS:
        return None
    cells = _continued([row.split("\t") for row in rows])
    if any(len(row) > len(header) or len(row) < 2 for row in cells) or "|" in "".join(rows):
        return None
    cells = [[cell.strip() for cell in row] + [""] * (len(header) - len(row)) for row in cells]
    return [
        "| " + " | ".join(cells[0]) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(row) + " |" for row in cells[1:]),
    ]
