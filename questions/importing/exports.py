"""Files another program saved as JSON: a Jupyter notebook, or the export of a flashcard or
quiz app (a list of records with a question and an answer); and a question bank kept in
YAML, TOML or an INI file (a flashcard tool's deck), or a record store's flat properties
("q01.prompt: ..." / "q01.answer: ..."), read as such an export.

Neither is text to read line by line: a notebook's cells are strings inside a JSON array,
an export's answers are values of "answer" keys (and its "notes" are not answers). Each
is rewritten into the markdown the parser reads: a notebook's markdown cells as they are
and its code cells fenced, an export's records as "Q:"/"A:" pairs, an empty or null
answer as a bare "A:" (a question that needs one).
"""

import configparser
import html
import json
import re
import tomllib
from functools import lru_cache

import yaml

from questions.importing import lines as L
from questions.importing.canvas import canvas_to_markdown, is_canvas
from questions.importing.html import html_to_markdown
from questions.importing.trello import is_trello_board, trello_to_markdown

NOTE_BODIES = ("listcontent", "textcontent")
QUESTION_KEYS = ("question", "prompt", "front", "q", "term", "title", "text", "ask", "name")
# The names of a record's question that name nothing else.
ASKING_KEYS = ("question", "prompt", "front", "q", "ask")
# The names of a record's question but "text", which may be any note's.
NOT_GENERIC = tuple(key for key in QUESTION_KEYS if key != "text")
ANSWER_KEYS = (
    "answer",
    # an interviewer's kit: "ask:" and what a good answer says (before its "description")
    "good_answer", "expected_answer", "model_answer", "ideal_answer", "sample_answer",
    "back", "a", "definition", "solution", "response", "explanation", "body", "desc",
    "description",
    # an applicant tracker's kit: the interviewer's guidance, or what to look for
    "guidance", "what_to_look_for", "look_for",
    # a notes app's note under its title (Google Keep: a checklist's items, or its text)
    *NOTE_BODIES,
)  # fmt: skip
NOT_NOTES = tuple(key for key in ANSWER_KEYS if key not in NOTE_BODIES)
# A record in the app's bin: not part of what was kept.
BINNED = ("istrashed", "trashed", "isdeleted", "is_deleted", "deleted")
# A board's cards are named ("name", "desc"), and not every card asks: "Buy the book".
NAMED_ONLY = "name"
# A record left in the bank to be copied, not asked: "Template (copy me)".
TEMPLATE = re.compile(r"^\W*(?:template|example|sample)\b[^?]{0,30}$|\bcopy me\b", re.IGNORECASE)
MAX_DEPTH = 6  # how deep in the document lists of records are looked for
# A YAML bank's records: "- q: ...", "  - question: ..." ([ \t], not \s: never across lines).
# "- q: ...", or a record's question under its id ("- id: PY-001" / "  question: ...")
YAML_RECORD = re.compile(
    r"^[ \t]*(?:-[ \t]+)?(?:q|question|prompt|front|term|title|ask)[ \t]*:",
    re.MULTILINE | re.IGNORECASE,
)
# A question's key in a mapping of keyed pairs: "utter_q_redis_1:", "q3:" (see _paired_key)
YAML_KEYED_QUESTION = re.compile(
    r"^[ \t]*+\w{1,60}[_.-](?:q|question)(?:\d{1,4})?[_.-]\w{1,60}:",
    re.MULTILINE | re.IGNORECASE,
)
ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|quot|amp|lt|gt|apos);")
ANSWER_TEXT_KEYS = ("body_markdown", "body", "text", "answer")  # an answer's, in a list
BLANK_RUN = re.compile(r"[ \t]+")
MAX_INI_BLANKS = 200
# An INI file's section, each a record: "[django.01]".
INI_SECTION = re.compile(r"^\[[^\[\]\n]{1,200}\][ \t]*$", re.MULTILINE)
# A TOML document's array of tables, each a record: "[[card]]", "[[questions]]".
TOML_TABLES = re.compile(r"^[ \t]*\[\[[\w.\- ]{1,60}\]\][ \t]*$", re.MULTILINE)
YAML_ALIAS = re.compile(r"(?:^|[ \t\[,])\*[A-Za-z_][\w-]*", re.MULTILINE)
MAX_ALIASES = 40
MIN_RECORDS = 2
# A post's HTML in a blog's export, long enough to be an article, not a one-line field.
ARTICLE_KEYS = ("html", "content_html", "body_html", "html_content")
MIN_ARTICLE = 200
HTML_TAG = re.compile(r"<(?:p|h[1-6]|div|ul|ol|pre)\b")
JSON_LINES_OTHER = 0.2  # one line, or a line in five, of JSON Lines may be something else


def looks_like_json_document(text: str) -> bool:
    return _loaded(text) is not None


def json_to_markdown(text: str) -> str:
    data = _loaded(text)
    if isinstance(data, dict) and isinstance(data.get("cells"), list):
        return notebook_to_markdown(data["cells"])
    if is_canvas(data):
        return canvas_to_markdown(data)
    if is_trello_board(data):
        return trello_to_markdown(data)
    articles = [] if _answered(_records(data)) else _articles(data)
    if articles:  # a blog's export: each post read as its page is
        return "\n\n".join(f"# {title}\n\n{html_to_markdown(body)}" for title, body in articles)
    notes = [] if _records(data) else _notes(data)
    if notes:  # a notes app's: each note's text under its first line
        return "\n\n".join(f"# {note.strip()}" for note in notes)
    return _records_as_markdown(data)


def looks_like_toml_bank(text: str) -> bool:
    return _toml_loaded(text) is not None


def toml_to_markdown(text: str) -> str:
    return _records_as_markdown(_toml_loaded(text))


def looks_like_ini_bank(text: str) -> bool:
    return _ini_loaded(text) is not None


def ini_to_markdown(text: str) -> str:
    return _records_as_markdown(_ini_loaded(text))


def looks_like_dotted_records(text: str) -> bool:
    return _dotted_loaded(text) is not None


def dotted_records_to_markdown(text: str) -> str:
    return _records_as_markdown(_dotted_loaded(text))


def looks_like_yaml_bank(text: str) -> bool:
    return _yaml_loaded(text) is not None


def yaml_to_markdown(text: str) -> str:
    return _records_as_markdown(_yaml_loaded(text))


def records_to_markdown(data) -> str:
    """Question records (a list of dicts, as JSON or YAML or a program's literal holds them)
    as "Q:"/"A:" pairs; "" when there are not enough of them to be a bank."""
    return _records_as_markdown(data) if len(_records(data)) >= MIN_RECORDS else ""


def _records_as_markdown(data) -> str:
    records = [r for r in _records(data) if not TEMPLATE.search(_field(r, QUESTION_KEYS))]
    return "\n\n".join(_record(record) for record in records if _asks(record))


def _asks(record: dict) -> bool:
    """A record of questions, or a named card that asks ("Explain Django middleware order"),
    or a note titled with its question ("Onsite Thu 10am" is a note of another kind); not
    one in the bin."""
    if any(record.get(key) is True for key in record if str(key).lower() in BINNED):
        return False
    if _field(record, NOT_NOTES) is None and _field(record, NOTE_BODIES) is not None:
        title = " ".join(_field(record, QUESTION_KEYS).split())
        return L.asks(title) or L.starts_with_task(title) or L.compares(title)
    if _field(record, QUESTION_KEYS[:-1]) is not None:
        if _field(record, NOT_GENERIC) is not None or _field(record, ANSWER_KEYS) is not None:
            return True
        # a record's "text" alone is a note to read (several lines), or a question only if
        # it asks (an annotation: "nice diagram, steal for the team wiki" does not)
        told = _field(record, ("text",)).strip()
        return "\n" in told or L.asks(" ".join(told.split()))
    name = " ".join(_field(record, (NAMED_ONLY,)).split())
    return L.asks(name) or L.starts_with_task(name)


def is_notebook(text: str) -> bool:
    data = _loaded(text)
    return isinstance(data, dict) and isinstance(data.get("cells"), list)


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _loaded(text: str):
    """The JSON document a text is, if it is a notebook or holds question records."""
    if text.lstrip()[:1] not in ("[", "{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = json_lines(text)
    if isinstance(data, dict) and isinstance(data.get("cells"), list):
        return data
    enough = (
        len(_records(data)) >= MIN_RECORDS or _articles(data) or len(_notes(data)) >= MIN_RECORDS
    )
    return data if enough else None


def holds_answered_records(data) -> bool:
    """Whether a loaded document holds records that ask and answer (a question bank)."""
    return _answered(_records(data))


def _answered(records: list[dict]) -> bool:
    """Records that ask and answer (not a blog's tags, with their names and descriptions)."""
    return any(
        _field(record, ANSWER_KEYS) is not None and L.asks(_field(record, QUESTION_KEYS) or "")
        for record in records
    )


def _articles(data) -> list[tuple[str, str]]:
    """(title, HTML) of each post of a blog's or a CMS's export ({"db": [{"data": {"posts":
    [{"title": ..., "html": "<p>...</p>"}]}}]} from Ghost, and the like)."""
    lists: list[list] = []
    _lists_in(data, lists, depth=0)
    lists = [[_unwrapped(r) for r in candidate] for candidate in lists]
    found = []
    for candidate in lists:
        for record in candidate:
            body = _field(record, ARTICLE_KEYS) if isinstance(record, dict) else None
            if body and len(body) >= MIN_ARTICLE and HTML_TAG.search(body):
                found.append((" ".join((_field(record, ("title", "name")) or "").split()), body))
    return found


# A notes app's export (Simplenote): notes of text, their first line their title, and
# the notes in its bin ("trashedNotes") kept apart.
NOTE_TEXT = "content"
BIN = re.compile(r"trash|deleted|\bbin\b", re.IGNORECASE)


def _notes(data) -> list[str]:
    """The text of each note in the document's lists of notes, not in its bin's."""
    if not isinstance(data, dict):
        return []
    found = []
    for key, value in data.items():
        if BIN.search(str(key)) or not isinstance(value, list):
            continue
        found += [
            note[NOTE_TEXT]
            for note in value
            if isinstance(note, dict)
            and isinstance(note.get(NOTE_TEXT), str)
            and "\n" in note[NOTE_TEXT].strip()
            and not any(
                record is True for name, record in note.items() if str(name).lower() in BINNED
            )
        ]
    return found


def json_lines(text: str) -> list | None:
    """JSON Lines (.jsonl): one record per line, read as the list of them (a comment line,
    a stray "// end" among them is skipped)."""
    records, other = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line) if line.lstrip()[:1] == "{" else None
        except (ValueError, RecursionError):
            record = None
        if isinstance(record, dict):
            records.append(record)
        else:
            other += 1
    enough = len(records) >= MIN_RECORDS and other <= max(1, JSON_LINES_OTHER * len(records))
    return records if enough else None


@lru_cache(maxsize=2)
def _yaml_loaded(text: str):
    """The YAML document a text is, if it holds question records ("- q: ..." / "a: |").
    One with many aliases is not read: each alias is the same object again, and a few of
    them nested make a small file stand for billions of records."""
    head = text[:200_000]
    if text.lstrip()[:1] in ("[", "{") or (
        len(YAML_RECORD.findall(head)) < MIN_RECORDS
        and len(YAML_KEYED_QUESTION.findall(head)) < MIN_RECORDS
    ):
        return None
    if len(YAML_ALIAS.findall(text)) > MAX_ALIASES:
        return None
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except (yaml.YAMLError, RecursionError):
        return None
    return data if len(_records(data)) >= MIN_RECORDS else None


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _toml_loaded(text: str):
    """The TOML document a text is, if it holds question records (a flashcard tool's deck:
    "[[card]]" over its "q = ..." and "a = ...")."""
    if len(TOML_TABLES.findall(text[:200_000])) < MIN_RECORDS:
        return None
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    return data if len(_records(data)) >= MIN_RECORDS else None


@lru_cache(maxsize=2)
def _ini_loaded(text: str):
    """The INI file a text is, if its sections are question records (a drill tool's deck:
    "[django.01]" over "question = ..." and "answer = ...", an answer's lines going on
    indented). A section without a question field asks its name ("[What is the GIL?]")."""
    if len(INI_SECTION.findall(text[:200_000])) < MIN_RECORDS:
        return None
    if any(len(run) >= MAX_INI_BLANKS for run in BLANK_RUN.findall(text)):
        return None  # (configparser's reading of a line is quadratic in such a run)
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except (configparser.Error, ValueError):
        return None
    records = []
    for name in parser.sections():
        record = dict(parser.items(name))
        if _field(record, QUESTION_KEYS) is None:
            record = {"title": name, **record}
        records.append(record)
    data = {"sections": records}
    return data if len(_records(data)) >= MIN_RECORDS and holds_answered_records(data) else None


# A flat record store's line: "q01.prompt: How does...", "card.7.answer = ..." (its record,
# its field, its value); an indented line goes on with the value above it.
DOTTED = re.compile(
    r"^([A-Za-z_][\w-]{0,60}(?:\.[\w-]{1,60}){0,3})\.([A-Za-z_][\w-]{0,40})[ \t]*[:=][ \t]?(.*)$"
)
DOTTED_SHARE = 0.6  # of the lines at the margin (not comments)


@lru_cache(maxsize=2)
def _dotted_loaded(text: str):
    """The records a flat properties text holds, grouped by what comes before each key's
    last dot, in their order (a debrief's "q03.prompt" / "q03.answer" / "q03.note"), if
    most of its lines are such keys and its records ask and answer."""
    records: dict[str, dict] = {}
    last, keyed, margin = None, 0, 0
    for line in text[:500_000].split("\n"):
        if not line.strip() or line.lstrip().startswith(("#", "!", ";")):
            continue
        if line[:1] in " \t":
            if last is not None:  # the value above, going on
                last[1][last[0]].append(line.strip())
            continue
        margin += 1
        match = DOTTED.match(line)
        if match is None:
            last = None
            continue
        keyed += 1
        record = records.setdefault(match.group(1), {})
        record[match.group(2)] = [match.group(3).strip()]  # (its lines, joined at the end)
        last = (match.group(2), record)
    if margin == 0 or keyed < DOTTED_SHARE * margin:
        return None
    joined = [{key: "\n".join(rows) for key, rows in r.items()} for r in records.values()]
    # (a record named only, without an answer, is the file's own: "role.title: Engineer II")
    asked = [r for r in joined if _field(r, ASKING_KEYS) or _field(r, ANSWER_KEYS)]
    data = {"records": asked}
    return data if len(_records(data)) >= MIN_RECORDS and holds_answered_records(data) else None


def _records(data) -> list[dict]:
    """The records that have a question: in every list of the document, however deep, whose
    records also have an answer field ({"sections": [{"items": [{"title", "body"}]}]}), in
    the document's order; else the longest list of records with a question."""
    lists: list[list] = []
    _lists_in(data, lists, depth=0)
    lists = [[_unwrapped(r) for r in candidate] for candidate in lists]
    answered = [
        [r for r in candidate if isinstance(r, dict) and _field(r, QUESTION_KEYS)]
        for candidate in lists
        if any(
            isinstance(r, dict) and _field(r, ANSWER_KEYS) is not None and _field(r, QUESTION_KEYS)
            for r in candidate
        )
    ]
    if answered:
        return [record for records in answered for record in records]
    found: list[dict] = []
    for candidate in lists:  # a card's "name" asks only beside its answer ("desc")
        records = [r for r in candidate if isinstance(r, dict) and _field(r, QUESTION_KEYS[:-1])]
        if len(records) > len(found):
            found = records
    keyed = _keyed_pairs(data, depth=0)
    return keyed if len(keyed) > len(found) else found


# Keys that name a question and its answer apart by one word: a chat bot's responses
# ("utter_q_redis_1" / "utter_a_redis_1"), a form's "q3" / "a3", "question.7" / "answer.7".
KEY_WORDS = re.compile(r"[^\W_]+")
KEY_ROLES = {"q": "question", "question": "question",
             "a": "answer", "answer": "answer", "ans": "answer"}  # fmt: skip
NUMBERED_KEY = re.compile(r"^(q|a)(\d{1,4})$")


def _keyed_pairs(node, depth: int) -> list[dict]:
    """{"question": ..., "answer": ...} for each question of the first mapping, however deep,
    whose keys pair questions and answers (a question without its answer's key has none)."""
    if depth > MAX_DEPTH or not isinstance(node, (dict, list)):
        return []
    if isinstance(node, dict):
        pairs: dict[tuple, dict] = {}
        for key, value in node.items():
            paired = _paired_key(str(key))
            if paired:
                role, name = paired
                pairs.setdefault(name, {"question": None, "answer": ""})[role] = _said(value)
        asked = [pair for pair in pairs.values() if pair["question"]]
        if len(asked) >= MIN_RECORDS:
            return asked
    for value in node.values() if isinstance(node, dict) else node:
        found = _keyed_pairs(value, depth + 1)
        if found:
            return found
    return []


def _paired_key(key: str) -> tuple[str, tuple] | None:
    """("question" or "answer", the key's other words) when a word of the key says which."""
    words = KEY_WORDS.findall(key.lower())
    numbered = NUMBERED_KEY.match(words[-1]) if words else None
    if numbered:  # "q3", "utter_a12"
        words[-1:] = numbered.groups()
    roles = [index for index, word in enumerate(words) if word in KEY_ROLES]
    if len(roles) != 1:
        return None
    index = roles[0]
    return KEY_ROLES[words[index]], (*words[:index], "*", *words[index + 1 :])


def _said(value) -> str:
    """What a response says: its text, or its first variant's ([{"text": ...}, ...])."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("text", "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # "a2: 3"
    return value.strip() if isinstance(value, str) else ""


def _unwrapped(record):
    """A record wrapped in another that names no question of its own: a form's field
    ({"isRequired": false, "field": {"title": ..., "description": ...}}), a notes app's
    item ({"uuid": ..., "content": {"title": ..., "text": ...}}, a note under its title);
    else the record as it is."""
    if not isinstance(record, dict) or _field(record, QUESTION_KEYS) is not None:
        return record
    inner = [v for v in record.values() if isinstance(v, dict) and _field(v, QUESTION_KEYS)]
    if len(inner) != 1:
        return record
    found = inner[0]
    if _field(found, ANSWER_KEYS) is None and _field(found, ASKING_KEYS) is None:
        if not isinstance(found.get("text"), str):
            return record  # a tag's, a folder's: named, with nothing written
        return {**found, NOTE_BODIES[-1]: found["text"]}  # a note: read as its title asks
    return found


def _lists_in(node, lists: list[list], depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    values = node if isinstance(node, list) else node.values() if isinstance(node, dict) else ()
    if isinstance(node, list):
        lists.append(node)
    for value in values:
        if isinstance(value, (list, dict)):
            _lists_in(value, lists, depth + 1)


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    """The record's value under the first of `names` it has (any case), as text."""
    keys = {str(key).lower(): key for key in record}
    for name in names:
        if name in keys:
            value = record[keys[name]]
            if value is None:
                return ""
            if isinstance(value, str):
                return value
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                return "\n".join(f"- {item}" for item in value)  # ["Knows ASGI", ...]
            if isinstance(value, list) and all(_is_item(item) for item in value):
                return "\n".join(f"- {item['text']}" for item in value)  # a checklist
            try:
                return json.dumps(value)
            except (ValueError, TypeError, RecursionError):  # a 5,000-digit number, a cycle
                return ""
    return None


def _is_item(item) -> bool:
    """A checklist's item: {"text": "Covers the columns read", "isChecked": false}."""
    return isinstance(item, dict) and isinstance(item.get("text"), str)


def _record(record: dict) -> str:
    """A record's question and answer as a "Q:"/"A:" pair; a record whose only text is a
    note of several lines (an annotation: "Interview Q: When is a QuerySet evaluated?" /
    "A: QuerySets are lazy...") as that note, read as any text is."""
    asked = _unescaped(_field(record, QUESTION_KEYS))
    answer = _unescaped((_field(record, ANSWER_KEYS) or _best_answer(record)).strip())
    if not answer and "\n" in asked.strip():
        return asked.strip()
    return f"Q: {' '.join(asked.split())}\nA: {answer}".rstrip()


def _best_answer(record: dict) -> str:
    """The answer a Q&A site's record holds among its "answers" (Stack Exchange's API): the
    accepted one, else the highest scored."""
    answers = record.get("answers")
    if not isinstance(answers, list):
        return ""
    given = [a for a in answers if isinstance(a, dict) and _field(a, ANSWER_TEXT_KEYS)]
    if not given:
        return ""

    def rank(answer: dict) -> tuple[bool, float]:
        score = answer.get("score")
        number = score if isinstance(score, (int, float)) and not isinstance(score, bool) else 0
        return (answer.get("is_accepted") is True, number)

    return _field(max(given, key=rank), ANSWER_TEXT_KEYS) or ""


def _unescaped(text: str) -> str:
    """A field's HTML entities ("&#39;", "&quot;", as Stack Exchange's API escapes its
    markdown) as their characters."""
    return html.unescape(text) if ENTITY.search(text) else text


def notebook_to_markdown(cells: list) -> str:
    """A notebook's cells (Jupyter's dicts: "cell_type", "source"; a code cell may name its
    "language", Python if not) as markdown: code cells fenced, a markdown cell over code
    read as the task the code answers."""
    kept = []  # (language of a code cell or "", source) of the cells with something in them
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        source = cell.get("source", "")
        source = "".join(map(str, source)) if isinstance(source, list) else str(source)
        if source.strip():
            code = cell.get("cell_type") == "code"
            kept.append((str(cell.get("language") or "python") if code else "", source))
    parts = []
    for index, (language, source) in enumerate(kept):
        if language:
            source = re.sub(r"^```", "` ``", source, flags=re.MULTILINE)  # no early fence end
            parts.append(f"```{language}\n{source.rstrip()}\n```")
        elif index + 1 < len(kept) and kept[index + 1][0]:
            parts.append(_task_cell(source.rstrip()))
        else:
            parts.append(source.rstrip())
    return "\n\n".join(parts)


MAX_TASK_DETAIL = 400
HEADING = re.compile(r"^#{1,6}[ \t]+")
ASIDE = re.compile(r"\([^()]*\)")
NOTE = re.compile(r"(?:TODO|FIXME|XXX|TBD)\b")


def _task_cell(source: str) -> str:
    """A markdown cell over the code that answers it: a heading that asks and the sentences
    under it ("### Q3. Fetch three URLs concurrently." / "Show that the total time is the
    slowest call's.") are the one question, its heading's."""
    heading, _, rest = source.partition("\n")
    rest = " ".join(rest.split())
    if (
        not HEADING.match(heading)
        or heading.rstrip().endswith("?")  # a heading that asks: the prose under it answers
        or not rest
        or len(rest) > MAX_TASK_DETAIL
        or ASIDE.fullmatch(rest)  # "(asked at the onsite)": said of the task, not part of it
        or NOTE.match(rest)  # "TODO: the trick is...": the author's note to themselves
        or "```" in source
        or re.search(r"(?m)^\s*(?:[-*+]|\d+[.)]|#|>|\|)", source.partition("\n")[2])
        or L.heading_question(HEADING.sub("", heading)) is None
    ):
        return source
    return f"{heading.rstrip()} {rest}"
