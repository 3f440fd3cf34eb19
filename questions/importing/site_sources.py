"""A documentation site's page source: markdown with Hugo shortcodes or MDX components.

    {{< details "What is a partial index?" >}}An index with a WHERE clause.{{< /details >}}
    <Accordion title="How does dependency injection work?"> ... </Accordion>

A titled collapsible (Hugo's "details", "expand"; MDX's Accordion, Details, Collapsible)
is a question and what it folds away its answer: each becomes the <details> block the
parser reads. The rest of the machinery is left out line by line (MDX imports and
exports, components that only frame text, shortcodes that only typeset), so the text
keeps its line numbers.
"""

import re

NAMES = r"(?:details|expand|accordion|accordionitem|collapse|collapsible|spoiler|faq|toggle)"
SHORTCODE_OPEN = re.compile(
    rf"^\s*\{{\{{[<%]\s*{NAMES}\s+(?:title=)?\"([^\"\n]{{1,500}})\"[^}}\n]{{0,200}}[>%]\}}\}}\s*",
    re.IGNORECASE,
)
SHORTCODE_CLOSE = re.compile(rf"\{{\{{[<%]\s*/\s*{NAMES}\s*[>%]\}}\}}\s*$", re.IGNORECASE)
COMPONENT_OPEN = re.compile(
    r"^\s*<(Accordion(?:Item)?|Details|Collapsible|Expandable|Toggle|Faq|FAQ|Question)\b"
    r"[^>\n]{0,300}?\btitle=(?:\"([^\"\n]{1,500})\"|'([^'\n]{1,500})'|\{[\"'`]([^\n]{1,500}?)"
    r"[\"'`]\})[^>\n]{0,300}>\s*"
)
COMPONENT_CLOSE = re.compile(
    r"</(?:Accordion(?:Item)?|Details|Collapsible|Expandable|Toggle|Faq|FAQ|Question)>\s*$"
)
# Lines that only typeset or frame: "{{% alert %}}", "<Tabs>", "<Callout type=...>", "/>".
SHORTCODE_LINE = re.compile(r"^\s*\{\{[<%][^{}\n]{0,300}[>%]\}\}\s*$")
SHORTCODE = re.compile(r"\{\{[<%][^{}\n]{0,300}[>%]\}\}")
COMPONENT_LINE = re.compile(r"^\s*</?[A-Z][\w.]{0,40}\b[^<\n]{0,400}?/?>\s*$")
MDX_IMPORT = re.compile(
    r"^(?:import\s.{1,300}\sfrom\s['\"].{1,200}['\"];?|import\s['\"].{1,200}['\"];?)\s*$"
)
MDX_EXPORT = re.compile(r"^export\s+(?:const|default|function|let)\b")
MDX_COMMENT = re.compile(r"\{/\*.{0,2000}?\*/\}")
# GitBook's and Jekyll's Liquid tags: "{% hint style="info" %}", "{% highlight python %}".
LIQUID_SIGN = re.compile(
    r"^\s*\{%-?\s*(?:end)?(?:hint|tabs?|content-ref|highlight|embed|stepper|step)\b[^%\n]{0,300}"
    r"-?%\}\s*$"
)
LIQUID_LINE = re.compile(r"^\s*\{%-?[^%\n]{0,300}-?%\}\s*$")
LIQUID = re.compile(r"\{%-?[^%\n]{0,300}-?%\}|\{\{-?[^{}\n]{0,200}-?\}\}")
# (and Hugo's: "{{< highlight sql "linenos=table" >}}" ... "{{< /highlight >}}")
HIGHLIGHT = re.compile(
    r"^\s*(?:\{%-?|\{\{[<%])\s*highlight\s+([\w+-]{1,20})?[^%\n]{0,100}(?:%|[>%]\})\}\s*$"
)
END_HIGHLIGHT = re.compile(
    r"^\s*(?:\{%-?\s*endhighlight\s*-?%\}|\{\{[<%]\s*/\s*highlight\s*[>%]\}\})\s*$"
)
# A box beside the text: "{{< notice tip >}}", "{{% alert title="Note" %}}": its first
# line is labelled as the aside it is ("Tip: Interviewers love the follow-up..."), never
# the page's question.
ASIDE_OPEN = re.compile(
    r"^\s*\{\{[<%]\s*(notice|alert|hint|callout|admonition|note|tip|warning|info)\b"
    r"(?:\s+(?:type=)?\"?(\w{1,20})\b(?!=)\"?)?[^}\n]{0,200}[>%]\}\}\s*$",
    re.IGNORECASE,
)
# A link card ("{% content-ref url=... %}" ... "{% endcontent-ref %}"): no text of the page.
LINK_CARD = re.compile(r"^\s*\{%-?\s*content-ref\b")
END_LINK_CARD = re.compile(r"\{%-?\s*endcontent-ref\b")
LINK_CARD_LINES = 5  # a card holds its link: past this, an unclosed tag ends where it is
# An admonition's or a fenced div's fences: ":::tip", ":::caution Work in progress",
# "::: {.callout-note}", ":::" (the text between them is the page's).
ADMONITION = re.compile(r"^\s*:{3,}\s*(?:[\w{][^\n]{0,200})?$")
# A fence that folds what it fences under its title: ":::spoiler What is MVCC?".
FOLDING_FENCE = re.compile(r":{3,}[ \t]*(?:spoiler|details)[ \t]+([^\n{]{1,300})$", re.I)
# A note's box: ":::info", "::: warning Careful", "::: {.callout-tip}".
NOTE_FENCE = re.compile(
    r":{3,}[ \t]*\{?\.?(?:callout-)?(?:info|note|tip|hint|warning|success|danger|caution|"
    r"important)\b",
    re.IGNORECASE,
)
# A component inside a line: "See the <Link to="/docs/jobs">jobs</Link> page.": its words.
INLINE_COMPONENT = re.compile(r"<([A-Z][\w.]{0,40})\b[^<>\n]{0,400}>([^<\n]{0,400})</\1>")
SELF_CLOSING = re.compile(r"<[A-Z][\w.]{0,40}\b[^<>\n]{0,400}/>")
MIN_SIGNS = 2
SITE_HINTS = ("{{<", "{{%", "title=", "import ", "{%")


def looks_like_site_source(text: str) -> bool:
    if not any(hint in text for hint in SITE_HINTS):
        return False  # most documents: no shortcode, component or import at all
    lines = text.split("\n")
    signs = sum(
        1
        for line in lines
        if SHORTCODE_OPEN.match(line)
        or COMPONENT_OPEN.match(line)
        or MDX_IMPORT.match(line)
        or LIQUID_SIGN.match(line)
    )
    return signs + min(sum(1 for line in lines if SHORTCODE_LINE.match(line)), 2) >= MIN_SIGNS


def site_source_to_markdown(text: str) -> str:
    out: list[str] = []
    in_export = 0  # the open braces of an "export const meta = {...}" still being read
    fenced = False
    in_card = 0  # lines read of a link card, while in one
    highlighted = False  # in Jekyll's code block ("{% highlight python %}"): a fence
    aside = ""  # the label of an aside just opened, for its first line
    for line in MDX_COMMENT.sub("", text).split("\n"):
        highlight = None if fenced else HIGHLIGHT.match(line)
        if highlight or (highlighted and END_HIGHLIGHT.match(line)):
            highlighted = bool(highlight)
            out.append(f"```{highlight.group(1) or ''}" if highlight else "```")
            continue
        if line.lstrip().startswith("```") and not highlighted:
            fenced = not fenced
        if fenced or highlighted or line.lstrip().startswith("```"):
            out.append(line)
            continue
        # an unclosed card ends at a heading, or at a blank line after its link
        unclosed = line.lstrip().startswith("#") or (in_card > 1 and not line.strip())
        if LINK_CARD.match(line) or (0 < in_card <= LINK_CARD_LINES and not unclosed):
            in_card = 0 if END_LINK_CARD.search(line) else in_card + 1
            out.append("")
            continue
        in_card = 0
        if in_export or MDX_EXPORT.match(line):
            in_export = max(in_export + line.count("{") - line.count("}"), 0)
            out.append("")
            continue
        opened = ASIDE_OPEN.match(line)
        if opened:
            aside = (opened.group(2) or opened.group(1)).capitalize()
        elif aside and line.strip():
            line, aside = f"{aside}: {line.strip()}", ""
        out.append(_line(line))
    return "\n".join(out)


def _line(line: str) -> str:
    opened = SHORTCODE_OPEN.match(line) or COMPONENT_OPEN.match(line)
    if opened:
        title = _title(opened)
        rest = line[opened.end() :]
        closed = SHORTCODE_CLOSE.search(rest) or COMPONENT_CLOSE.search(rest)
        body = rest[: closed.start()] if closed else rest
        return f"<details><summary>{title}</summary>{body}" + ("</details>" if closed else "")
    if SHORTCODE_CLOSE.match(line.strip()) or COMPONENT_CLOSE.match(line.strip()):
        return "</details>"
    if (
        MDX_IMPORT.match(line)
        or SHORTCODE_LINE.match(line)
        or COMPONENT_LINE.match(line)
        or LIQUID_LINE.match(line)
        or ADMONITION.match(line)
    ):
        return ""
    line = INLINE_COMPONENT.sub(r"\2", SELF_CLOSING.sub("", line))
    # not inside inline code: "What does `{{ user.name }}` print?" asks about the tag
    parts = SHORTCODE.sub("", line).split("`")
    return "`".join(part if n % 2 else LIQUID.sub("", part) for n, part in enumerate(parts))


def has_fenced_divs(text: str) -> bool:
    """Admonitions or Pandoc's fenced divs (":::tip" ... ":::", "::: {.callout-note}")."""
    return ":::" in text and sum(1 for line in text.split("\n") if ADMONITION.match(line)) >= 2


def without_fenced_divs(text: str) -> str:
    """The fences left out and what they fence kept; a callout's own heading ("## TODO"
    right after "::: {.callout-warning}") is its title, in bold: no heading of the page.
    A titled collapsible (HackMD's ":::spoiler What is MVCC?", VitePress's "::: details
    ...") is the <details> block the parser reads: a question over its answer; a note's
    box (":::info", ":::warning") is quoted: the page's aside, never its questions."""
    out: list[str] = []
    fenced, opened = False, False
    open_fences: list[str] = []  # what each fence still open is: "details", "note" or ""
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and ADMONITION.match(line):
            title = FOLDING_FENCE.match(line.strip())
            opened = bool(line.strip(": \t"))
            if title:
                out.append(f"<details><summary>{title.group(1)}</summary>")
            else:
                closed = open_fences.pop() if open_fences and not opened else ""
                out.append("</details>" if closed == "details" else "")
            if opened:
                note = NOTE_FENCE.match(line.strip())
                open_fences.append("details" if title else "note" if note else "")
            continue
        heading = re.match(r"^#{1,6}\s+(.{1,200}?)\s*#*\s*$", line) if opened else None
        line = f"**{heading.group(1)}**" if heading else line
        out.append(f"> {line}" if "note" in open_fences and line.strip() else line)
        opened = False
    return "\n".join(out)


def _title(opened: re.Match) -> str:
    """The collapsible's title: the one quoted group that matched."""
    groups = opened.groups()
    if opened.re is COMPONENT_OPEN:
        groups = groups[1:]  # the component's name comes first
    return next((group for group in groups if group), "").strip()


# --- outliners (Logseq, Roam) ---------------------------------------------------------------

PROPERTY = re.compile(r"^\s*(?:-\s+)?[\w-]{1,40}::(?:\s|$)")
PLANNING = re.compile(r"^\s*(?:SCHEDULED|DEADLINE):\s*<[^>\n]{1,40}>\s*$")
TASK_MARKER = re.compile(
    r"^(\s*-\s+)(?:\{\{\[\[)?(?:TODO|DONE|LATER|NOW|DOING|WAITING|CANCELED|CANCELLED)(?:\]\]\}\})?\s+"
)  # Logseq's "TODO", Roam's "{{[[TODO]]}}"
# A question or its answer kept as a block's attribute: "Q:: What is...?" over "A:: ..."
ASKED_PROPERTY = re.compile(r"^(\s*(?:-\s+)?)(q|a|question|answer|front|back)::[ \t]*", re.I)
BLOCK_REF = re.compile(r"[ \t]?\(\([\w-]{6,20}\)\)")  # Roam's "((gT5x_Lq2a))"
LINK_BLOCK = re.compile(r"^\s*(?:-\s+)?\[\[[^\[\]\n]{1,200}\]\]\s*$")
PAGE_LINK = re.compile(r"\[\[([^\[\]\n]{1,200})\]\]")
TRAILING_TAGS = re.compile(r"(?:\s+#[\w/-]{1,40})+\s*$")
MIN_PROPERTIES = 3


def looks_like_outliner_page(text: str) -> bool:
    """A Logseq or Roam page: blocks with properties ("collapsed:: true", "id:: ...")."""
    if "::" not in text:
        return False
    return sum(1 for line in text.split("\n") if PROPERTY.match(line)) >= MIN_PROPERTIES


def outliner_to_markdown(text: str) -> str:
    """Each block a bullet, without its properties, planning dates and task markers ("TODO
    How does Redis Cluster shard keys?" asks the question; "SCHEDULED: <...>" under it is
    no answer); "[[Redis]]" in a sentence is its words (a block of a link alone stays a
    link) and trailing "#tags" go."""
    out = []
    for line in text.split("\n"):
        asked = ASKED_PROPERTY.match(line)
        if asked:  # a block like the others: the question, its answer the block under it
            line = f"{asked.group(1)}{line[asked.end() :]}"
        elif PROPERTY.match(line) or PLANNING.match(line):
            out.append("")
            continue
        line = TRAILING_TAGS.sub("", BLOCK_REF.sub("", TASK_MARKER.sub(r"\1", line)))
        # (a block that is only a link points to a page: no words of its own)
        out.append(line if LINK_BLOCK.match(line) else PAGE_LINK.sub(r"\1", line))
    return "\n".join(out)


# --- front matter ---------------------------------------------------------------------------

# A page's metadata between "---" lines (YAML) or "+++" lines (TOML), at its top or at the top
# of each note in a file of notes put together: "title: How does a WAL give durability?" is
# the note's title, its heading says it again.
FRONT_MATTER_KEYS = (
    "title|tags|date|id|created|updated|modified|status|aliases|description|author|authors|"
    "categories|category|draft|layout|slug|weight|type|summary|permalink|lang|keywords|toc|"
    "cssclass|cssclasses|publish|source|series|image"
)
FRONT_MATTER_LINE = re.compile(
    rf"^(?:(?:{FRONT_MATTER_KEYS})[ \t]*[:=].{{0,500}}|[ \t]+\S.{{0,500}}|[ \t]*-[ \t].{{0,500}}|"
    r"[a-z_][\w-]{0,40}[ \t]*[:=].{0,500})$",
    re.IGNORECASE,
)
CARD_FIELD = re.compile(r"^[ \t]*(?:q|a|question|answer|front|back|prompt)[ \t]*[:=]", re.I)
KNOWN_KEY = re.compile(rf"^(?:{FRONT_MATTER_KEYS})[ \t]*[:=]", re.IGNORECASE)
MIN_KNOWN_KEYS = 2
MAX_FRONT_MATTER_LINES = 40


def without_front_matter(text: str) -> str:
    """Each block of metadata blanked (its lines kept, so every line keeps its number)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        fence = lines[index].strip()
        opens = fence in ("---", "+++") and (index == 0 or not lines[index - 1].strip())
        end = _front_matter_end(lines, index, fence) if opens else None
        if end is None:
            index += 1
            continue
        for row in range(index, end + 1):
            lines[row] = ""
        index = end + 1
    return "\n".join(lines)


def _front_matter_end(lines: list[str], start: int, fence: str) -> int | None:
    known = 0
    for index in range(start + 1, min(start + 1 + MAX_FRONT_MATTER_LINES, len(lines))):
        line = lines[index]
        if line.strip() == fence:
            return index if known >= MIN_KNOWN_KEYS else None
        if not FRONT_MATTER_LINE.match(line) or CARD_FIELD.match(line):
            return None  # (a card's "Question:" or "Answer:" between rules is no metadata)
        known += bool(KNOWN_KEY.match(line))
    return None
