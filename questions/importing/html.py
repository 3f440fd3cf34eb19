"""A web page pasted or saved as HTML -> the markdown the line rules read.

Headings become `#` lines, paragraphs and list items their own lines, `<pre>` a fenced
block, tables markdown rows, links `[text](href)`, bold `**`, inline code backticks;
scripts, styles, navigation, forms (a sign-up's, not one around the page's content), footers
and a tab set's labels go. Only a document that is mostly HTML
blocks is converted: a markdown document with some inline HTML (`<details>`, `<br>`,
`<a id>`) is left to the line rules, and a line that is one HTML heading becomes a
markdown heading (`<h3>What is X?</h3>` -> `### What is X?`) wherever it is.
"""

import re
from html.parser import HTMLParser

from questions.importing import lines as L

# Opening tags of blocks a page is made of (not the inline HTML of a markdown file).
_BLOCK_TAG = re.compile(
    r"<(?:h[1-6]|p|li|dt|dd|div|tr|td|th|pre|article|section|table|ul|ol|dl|body|main)"
    r"(?:\s[^<>]{0,300})?>",
    re.IGNORECASE,
)
# What a copy's clipboard holds before its HTML on Windows ("Version:0.9", "StartHTML:...",
# "SourceURL:...", one a line).
CLIPBOARD_HEADER = r"Version:\d\.\d\s*\n(?:[A-Za-z]{3,20}:[^\n]{0,500}\n){2,10}"
_CLIPBOARD = re.compile(r"\A\s*" + CLIPBOARD_HEADER)
_PAGE_START = re.compile(
    rf"\s*(?:{CLIPBOARD_HEADER})?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE
)
_HEADING_LINE = re.compile(
    r"^(\s*)<h([1-6])(?:\s[^<>]{0,200})?>(.{0,1000}?)</h\2\s*>\s*$", re.IGNORECASE
)
_TAG = re.compile(r"<[^<>]{0,300}>")
_INLINE_CODE = re.compile(r"</?code\b[^<>]{0,100}>", re.IGNORECASE)
_BREAK = re.compile(r"<br\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\f\r]+")

# Whole elements whose text is never part of the content.
_DROPPED = {
    "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
    "button", "select", "iframe", "head", "title", "canvas", "object",
}  # fmt: skip
_TITLES = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "base"}
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "body", "html", "blockquote",
    "figure", "figcaption", "dl", "dt", "dd", "ul", "ol", "table", "thead", "tbody",
    "tfoot", "caption", "address", "center", "details",
}  # fmt: skip


# A page's footnotes: their list at its end ("<div class="footnotes" role="doc-endnotes">",
# each note with its "↩" back), and the numbers that point to them ("<sup role=doc-noteref>");
# and its table of contents beside the text ("<ul class="table-of-contents">", Docusaurus's),
# outside a <nav>: its entries are the page's questions again.
_NOTES_ROLE = {"doc-endnotes", "doc-noteref", "doc-footnote", "doc-toc"}
_NOTES_CLASS = re.compile(
    r"^(?:footnotes|footnote-list|endnotes|toc|table-of-contents|tableofcontents)$", re.I
)


def _notes(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    attributes = dict(attrs)
    if attributes.get("role") in _NOTES_ROLE:
        return True
    classes = (attributes.get("class") or "").split()
    listing = tag in ("div", "section", "ol", "ul")
    return listing and any(_NOTES_CLASS.match(name) for name in classes)


def looks_like_html_page(text: str) -> bool:
    """A page's HTML (its start, or block tags on a good share of its lines), not markdown
    with some inline HTML in it."""
    if _PAGE_START.match(text[:500]):
        return True
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    tagged = sum(1 for line in lines if _BLOCK_TAG.search(line))
    return len(_BLOCK_TAG.findall(text[:200_000])) >= 5 and tagged >= 0.3 * len(lines)


def html_headings_to_markdown(text: str) -> str:
    """Each line that is one HTML heading becomes the same markdown heading (same line)."""
    if "<h" not in text and "<H" not in text:
        return text
    return "\n".join(_heading_line(line) for line in text.split("\n"))


def _heading_line(line: str) -> str:
    match = _HEADING_LINE.match(line) if "<" in line else None
    if match is None:
        return line
    inner = _INLINE_CODE.sub("`", match.group(3))
    inner = " ".join(_TAG.sub(lambda tag: " " if _BREAK.match(tag.group(0)) else "", inner).split())
    return f"{match.group(1)}{'#' * int(match.group(2))} {inner}" if inner else line


FIGURE_LABEL = "Figure:"
# A link styled as a button: WordPress's "comment-reply-link", "share-button", "like-link"
WIDGET_LINK = re.compile(
    r"\b(?:comment-)?reply-link\b|\b(?:share|like|vote|report)-(?:button|link)\b"
)
ACCORDION = re.compile(r"accordion|collaps|toggle|faq|question|expand", re.IGNORECASE)


def _accordion(attributes: dict) -> bool:
    """A button that opens a panel ("aria-expanded", class="accordion"), not "Copy"."""
    return "aria-expanded" in attributes or bool(ACCORDION.search(attributes.get("class") or ""))


def html_to_markdown(text: str) -> str:
    converter = _Converter()
    text = _CLIPBOARD.sub("", text[:10_000], count=1) + text[10_000:]
    text = _TAB_LABELS.sub("", text) if "tab" in text else text
    converter.feed(_forms_read(text))
    converter.close()
    return converter.markdown()


# A tab set's labels ("Strong", "Weak" over their panels): the page's controls, not text
_TAB_LABELS = re.compile(
    r"<(div|ul|nav)\b[^<>]{0,500}?(?:\btabbed-labels\b|\brole=[\"']?tablist\b)[^<>]{0,500}>"
    r".{0,5000}?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# A form, dropped as a page's own (search, sign-up), unless it holds a quiz's choices or
# the page's content (an admin's list of rows, with its checkboxes and actions).
_FORM_TAG = re.compile(r"<form\b[^<>]{0,500}>", re.IGNORECASE)
_FORM_END = re.compile(r"</form\s*>", re.IGNORECASE)
_CHOICE = re.compile(
    r"<label\b[^<>]{0,500}>\s*<input\b[^<>]{0,500}\btype=[\"']?(?:radio|checkbox)\b[^<>]{0,500}>"
    r"(.{1,1000}?)</label\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TABLE_OPENS = re.compile(r"<table\b", re.IGNORECASE)
FORM_TEXT = 1500  # characters: more than a sign-up form's, with its small print
MIN_CHOICES = 2
LETTERS = "ABCDEFGH"  # a quiz's options, lettered as its key names them


def _forms_read(text: str) -> str:
    """Each closed form as `_form_read` reads it (in one pass: a form never closed stays as
    it is, and the converter drops it)."""
    out, position = [], 0
    while (opening := _FORM_TAG.search(text, position)) is not None:
        closing = _FORM_END.search(text, opening.end())
        if closing is None:
            break
        form, content = text[opening.start() : closing.end()], text[opening.end() : closing.start()]
        out += [text[position : opening.start()], _form_read(form, content)]
        position = closing.end()
    return "".join(out) + text[position:]


def _form_read(form: str, content: str) -> str:
    """A quiz's radio buttons or checkboxes and their labels, as the list of its options
    ("A. ...", "B. ...": what "Correct: B" names); a form around a table or long text, that
    content; any other form as it was (it is dropped)."""
    labels = _CHOICE.findall(content)
    if len(labels) < MIN_CHOICES:
        text = _SPACES.sub("", _TAG.sub("", content))
        held = _TABLE_OPENS.search(content) or len(text) > FORM_TEXT
        return content if held else form
    lettered = len(labels) <= len(LETTERS)
    items = "".join(
        f"<li>{LETTERS[n] + '. ' if lettered else ''}{label.strip()}</li>"
        for n, label in enumerate(labels)
    )
    return f"<ul>{items}</ul>"


class _Converter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.inline: list[str] = []
        self.dropping = 0  # depth inside dropped elements
        self.pre: list[str] | None = None
        self.pre_language = ""
        self.lists: list[list] = []  # per open list: [kind, next number]
        self.links: list[tuple[str, list[str], int] | None] = []
        self.row: list[str] | None = None
        self.spans: list[tuple[int, int]] = []  # each cell's (colspan, rowspan) in the row
        self.spanning: dict[int, list] = {}  # column -> [text, rows] of a cell spanning down
        self.cell_span = (1, 1)
        self.rows_in_table = 0
        self.header_row = False
        self.titling = 0  # depth inside headings and <summary>: a <button> there is the title
        self.accordion = False  # inside an accordion's <button>, which titles its panel
        self.widget_link = False  # inside a link that is a button ("Reply", "Share")
        self.notes: list | None = None  # [tag, depth] of the page's endnotes, left out

    # --- the parser's callbacks ---------------------------------------------------

    def handle_starttag(self, tag, attrs):
        if self.notes is not None:
            self.notes[1] += tag == self.notes[0]
            return
        if _notes(tag, attrs):
            self.notes = [tag, 1]
            self.dropping += 1
            return
        if tag in _TITLES:
            self.titling += 1
        elif tag == "button" and self.titling:
            return  # an accordion's <h3><button>What is X?</button></h3>
        elif tag == "button" and not self.dropping and _accordion(dict(attrs)):
            self._flush()  # "<button class=accordion>What is X?</button>": its title
            self.inline.append("### ")
            self.accordion = True
            return
        if tag == "a" and WIDGET_LINK.search(dict(attrs).get("class") or ""):
            self.widget_link = True  # a comment's "Reply": the page's, not its text
            self.dropping += 1
            return
        if tag in _DROPPED:
            self.dropping += tag not in _VOID
            return
        if self.dropping:
            return
        attributes = dict(attrs)
        if self.pre is not None:
            if tag == "br":
                self.pre.append("\n")
            elif tag == "code":
                self.pre_language = self.pre_language or _language(attributes)
            return
        if re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self.inline.append("#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, int(attributes.get("start") or 1) if tag == "ol" else 0])
        elif tag == "li":
            self._flush()
            self.inline.append(self._list_marker())
        elif tag == "pre":
            self._flush()
            self.pre = []
            self.pre_language = _language(attributes)
        elif tag == "code":
            self.pre_language = self.pre_language or _language(attributes)
            self.inline.append("`")
        elif tag in ("strong", "b"):
            self.inline.append("**")
        elif tag == "a":
            href = attributes.get("href") or ""
            # A title is its words: "<h1><a href=/q/781>Why does...?</a></h1>" links to itself
            keep = href and not href.startswith(("#", "javascript:")) and not self.titling
            # (its "[" put in at its end: a link around blocks, a page's card of a tag or a
            # post, is only their words)
            self.links.append((href, self.inline, len(self.inline)) if keep else None)
        elif tag == "br":
            if self.row is None:
                self.inline.append(_LINE_BREAK)  # (a new block, unless a sentence goes on)
            else:
                self._flush()
        elif tag == "hr":
            self._flush()
            self.blocks.append("---")
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th"):
            if (
                "".join(self.inline).replace(_CELL_BREAK, "").strip()
            ):  # the previous cell was not closed
                self._flush_cell()
            self.inline = []
            self.header_row = self.header_row or tag == "th"
            self.cell_span = (_span(attributes.get("colspan")), _span(attributes.get("rowspan")))
        elif tag == "summary":
            self._flush()
            self.inline.append("<summary>")
        elif tag == "blockquote":
            self._flush()
        elif tag == "table":
            self._flush()
            self.rows_in_table = 0
            self.spanning = {}
        elif tag in _BLOCKS:
            self._flush()
            if tag == "details":
                self.blocks.append("<details>")
            elif tag == "figcaption":
                self.inline.append(f"{FIGURE_LABEL} ")  # (what the picture shows: no answer)

    def handle_endtag(self, tag):
        if self.notes is not None:
            if tag == self.notes[0]:
                self.notes[1] -= 1
            if not self.notes[1]:
                self.notes = None
                self.dropping = max(self.dropping - 1, 0)
            return
        if tag == "button" and self.accordion:
            self.accordion = False
            self._flush()
            return
        if tag in _TITLES:
            self.titling = max(self.titling - 1, 0)
        elif tag == "button" and self.titling:
            return
        if tag == "a" and self.widget_link:
            self.widget_link = False
            self.dropping = max(self.dropping - 1, 0)
            return
        if tag in _DROPPED:
            self.dropping = max(self.dropping - 1, 0)
            return
        if self.dropping:
            return
        if tag == "pre" and self.pre is not None:
            code = "".join(self.pre).strip("\n")
            self.pre = None
            self.blocks.append(f"```{self.pre_language}\n{code}\n```")
            self.pre_language = ""
        elif self.pre is not None:
            return
        elif tag == "code":
            self.inline.append("`")
        elif tag in ("strong", "b"):
            self.inline.append("**")
        elif tag == "a":
            link = self.links.pop() if self.links else None
            if link and link[1] is self.inline:
                href, _, start = link
                self.inline.insert(start, "[")
                self.inline.append(f"]({href})")
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in ("td", "th"):
            self._flush_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "summary":
            self.inline.append("</summary>")
            self._flush()
        elif tag == "details":
            self._flush()
            self.blocks.append("</details>")
        elif re.fullmatch(r"h[1-6]", tag) or tag in _BLOCKS or tag == "li":
            self._flush()

    def handle_data(self, data):
        if self.dropping:
            return
        if self.pre is not None:
            self.pre.append(data)
        else:
            self.inline.append(data)

    # --- output ---------------------------------------------------------------------

    def markdown(self) -> str:
        self._flush()
        if self.row:
            self._end_row()
        out, previous = [], ""
        for block in (block for block in self.blocks if block.strip()):
            # the items of one list stay together, as a markdown list
            together = _LIST_ITEM.match(block.lstrip()) and _LIST_ITEM.match(previous.lstrip())
            out.append(("\n" if together else "\n\n") + block if out else block)
            previous = block
        return "".join(out) + "\n"

    def _flush(self):
        if self.row is not None:
            # inside a table row: cells are joined at its end; where a block ended is marked,
            # for a layout table's one cell holds paragraphs and lists (an email's)
            self.inline.append(_CELL_BREAK)
            return
        self._flush_text()

    def _flush_text(self):
        text = _SPACES.sub(" ", "".join(self.inline)).strip()
        self.inline = []
        if _LINE_BREAK in text:
            for part in _broken_lines(text):
                self.inline = [part]
                self._flush_text()
            return
        text = text.replace("** **", " ").replace("****", "").replace("``", "")
        if text.startswith("#"):
            text = PERMALINK.sub("", text)  # "### C1. What is an image?¶": the heading's link
        if _LIST_ITEM.fullmatch(text + " "):  # "<li><p>...": the item's text is to come
            self.inline = [text + " "]
            return
        if text.strip("#*-`[]() 0123456789."):
            indent = "  " * max(len(self.lists) - 1, 0) if _LIST_ITEM.match(text) else ""
            self.blocks.append(indent + text)

    def _flush_cell(self):
        if self.row is None:
            return
        cell = _SPACES.sub(" ", "".join(self.inline)).strip().replace("|", "\\|")
        self.inline = []
        self.row.append(cell)
        self.spans.append(self.cell_span)
        self.cell_span = (1, 1)

    def _end_row(self):
        if "".join(self.inline).replace(_CELL_BREAK, "").strip():  # the last cell was not closed
            self._flush_cell()
        self.inline = []
        row, self.row = self.row or [], None
        spans, self.spans = self.spans, []
        # (first: the cells spanning down from rows above fill their places in this one)
        merged = self._merged_cells(
            [_SPACES.sub(" ", cell.replace(_CELL_BREAK, " ")).strip() for cell in row], spans
        )
        if not any(row):
            return
        if len(row) == 1 and len(merged) == spans[0][0]:
            # a layout table's row of one cell (an email's): its blocks
            self.spanning.clear()  # (nothing of it is repeated below)
            for part in row[0].replace("\\|", "|").split(_CELL_BREAK):
                self.inline.append(part)
                self._flush_text()
            self._flush_text()
            self.rows_in_table = 0
            self.header_row = False
            return
        row = merged
        line = "| " + " | ".join(row) + " |"
        if self.rows_in_table == 0:
            self.blocks.append(line + "\n|" + " --- |" * len(row))
        else:  # the rows of one table stay together, without blank lines
            self.blocks[-1] += "\n" + line
        self.rows_in_table += 1
        self.header_row = False

    def _merged_cells(self, row: list[str], spans: list[tuple[int, int]]) -> list[str]:
        """The row with a merged cell's place kept: a cell spanning columns is followed by
        empty ones, and one spanning rows ("Indexes" beside four questions) is repeated in the
        rows below it, so every column stays under its header."""
        merged: list[str] = []

        def fill_spanned():
            while (spanning := self.spanning.get(len(merged))) is not None:
                merged.append(spanning[0])
                spanning[1] -= 1
                if not spanning[1]:
                    del self.spanning[len(merged) - 1]

        for cell, (columns, rows) in zip(row, spans, strict=False):
            fill_spanned()
            if rows > 1:  # (a long cell's text is not repeated: a topic is, a page's body not)
                self.spanning[len(merged)] = [cell if len(cell) <= MAX_REPEATED else "", rows - 1]
            merged.extend([cell] + [""] * (columns - 1))
        fill_spanned()
        return merged

    def _list_marker(self) -> str:
        if not self.lists:
            return "- "
        kind = self.lists[-1]
        if kind[0] == "ol":
            kind[1] += 1
            return f"{kind[1] - 1}. "
        return "- "


_LIST_ITEM = re.compile(r"^(?:- |\d{1,4}\. )")
# A heading's own link at its end, as a docs site prints it: "¶", "§", "🔗", "#"
PERMALINK = re.compile(r"(?<=\S)[ \t]*(?:\[[¶§🔗#]\]\([^()\s]{0,300}\)|[¶§🔗])[ \t]*$")
_CELL_BREAK = "\ue000"  # (a private character: no page writes it)
_LINE_BREAK = "\ue001"  # where a <br> was


def _broken_lines(text: str) -> list[str]:
    """A paragraph's lines, split where a <br> broke it, except where its sentence goes on
    in lower case after a comma or a word that cannot end it ("How would you exploit it,<br>
    and how would you fix it?"; not "python -m venv .venv<br>source .venv/bin/activate")."""
    lines: list[str] = []
    for part in (part.strip() for part in text.split(_LINE_BREAK)):
        goes_on = lines and (lines[-1].endswith(",") or L.DANGLING.search(lines[-1]))
        if goes_on and part[:1].islower():
            lines[-1] = f"{lines[-1]} {part}"
        elif part:
            lines.append(part)
    return lines


def _span(value: str | None) -> int:
    """A colspan or rowspan attribute, within reason (a broken one is 1)."""
    digits = re.fullmatch(r"[ \t]*([0-9]{1,3})[ \t]*", value or "")
    return min(max(int(digits.group(1)), 1), MAX_SPAN) if digits else 1


MAX_SPAN = 50
MAX_REPEATED = 200  # characters of a cell spanning rows, repeated in each


def _language(attributes: dict) -> str:
    match = re.search(r"(?:language|lang)-([\w+#-]{1,20})", attributes.get("class") or "")
    return match.group(1).lower() if match else ""
