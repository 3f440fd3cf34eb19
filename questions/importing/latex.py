"""Notes typeset in LaTeX (a study sheet's .tex source), read as markdown.

Its questions are "\\item \\textbf{What is X?}" in an enumerate, or "\\section{What is X?}";
its answers sit in a quote environment or after "\\emph{Answer:}". An exam (the exam class)
asks with "\\question" and "\\part" and answers in a solution environment; a question
split into parts only leads into them. Commands are not text:
each line is rewritten into the markdown the parser reads, with line numbers kept (a line
that only typesets, such as "\\begin{quote}" or "\\maketitle", becomes a blank line).
A comment ("% fill in later") is the author's note to themselves, never an answer.
"""

import re
from dataclasses import dataclass, field

DOCUMENT_START = re.compile(r"^\s*\\begin\{document\}")
DOCUMENT_END = re.compile(r"^\s*\\end\{document\}")
STRUCTURE = re.compile(
    r"^\s*\\(?:documentclass|usepackage|(?:sub){0,2}section\*?\{|chapter\*?\{|item\b|"
    r"begin\{|end\{)"
)
MIN_STRUCTURE = 4
HEADING = re.compile(r"^\s*\\(chapter|section|subsection|subsubsection|paragraph)\*?\s*(?=\{)")
HEADING_LEVEL = {"chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4}
ENVIRONMENT = re.compile(r"^\s*\\(begin|end)\{([a-zA-Z*]{1,30})\}(?:\[[^\]\n]{0,200}\])?")
LISTS = {"enumerate": "1.", "itemize": "-", "description": "-"}
VERBATIM = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim", "code"}
ITEM = re.compile(r"^\s*\\item(?:\[([^\]\n]{0,200})\])?\s*")
COMMENT = re.compile(r"(?<!\\)%.*$")
TITLE = re.compile(r"^\s*\\title\s*(?=\{)")
# Commands whose argument is not text to read: labels, references, footnotes (a side
# note, not the answer), and the typesetting of the page.
DROPPED = {
    "label",
    "ref",
    "eqref",
    "cite",
    "footnote",
    "index",
    "vspace",
    "hspace",
    "includegraphics",
    "setlength",
    "newcommand",
    "renewcommand",
    "color",
    "fillwithlines",
    "fillwithdottedlines",
    "makeemptybox",
    "fillin",
}
# The exam class: "\question[5] What is...", "\titledquestion{GIL}[5] ...", "\part[2] ...".
EXAM_QUESTION = re.compile(
    r"^\s*\\(?:(?:bonus)?question|(?:bonus)?titledquestion\{[^{}\n]{0,200}\}|(?:bonus)?part|"
    r"subpart)\b(?:\[[^\]\n]{0,20}\])?\s*"
)
EXAM_PARTS = re.compile(r"^\s*\\begin\{parts\}")
EXAM_SOLUTION = re.compile(
    r"^\s*\\begin\{solution(?:orbox|orlines|ordottedlines)?\}(?:\[[^\]\n]*\])?"
)
# Beamer: a slide's speaker notes ("\note{Live demo.}"), for the one who presents them.
NOTE = re.compile(r"^\s*\\note\b(?:\[[^\]\n]{0,40}\])?(?:<[^>\n]{0,20}>)?")
FRAME_TITLE = re.compile(r"^\s*\\frametitle\b")
SLIDE_NUMBER = re.compile(r"^(?:questions?|q|slide|problem|exercise)\s*\d{0,3}\W*$", re.IGNORECASE)
ANSWER_SLIDE = re.compile(r"^(?:answers?|solutions?|a)\b\s*\d{0,3}\W*$", re.IGNORECASE)
STYLES = {
    "textbf": "**{}**",
    "emph": "*{}*",
    "textit": "*{}*",
    "texttt": "`{}`",
    "verb": "`{}`",
    "url": "{}",
}
ESCAPES = {"_": "_", "&": "&", "%": "%", "$": "$", "#": "#", "{": "{", "}": "}", " ": " "}
MAX_NESTING = 8
DASHES = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("~", " "))


def looks_like_latex(text: str) -> bool:
    if "\\" not in text:
        return False
    structure = 0
    for line in text.split("\n"):
        if DOCUMENT_START.match(line):
            return True
        if STRUCTURE.match(line):
            structure += 1
            if structure >= MIN_STRUCTURE:
                return True
    return False


def latex_to_markdown(text: str) -> str:
    lines = text.split("\n")
    in_body = not any(DOCUMENT_START.match(line) for line in lines)
    out: list[str] = []
    lists = _Lists()
    verbatim = ""
    leads = _leading_into_parts(lines)
    lead: list[str] | None = None  # what a question with parts says before them
    told: list[str] = []  # ... told again before each part's solution
    note_depth = 0  # the open braces of a slide's speaker notes still being read
    in_frame = False  # on a Beamer slide
    for index, line in enumerate(lines):
        sink = out if lead is None else lead
        if verbatim:
            if re.match(rf"^\s*\\end\{{{re.escape(verbatim)}\}}", line):
                verbatim = ""
                sink.append("```")
            else:
                sink.append(line)
            continue
        if not in_body:
            in_body = bool(DOCUMENT_START.match(line))
            title = TITLE.match(line)
            out.append(f"# {_inline(line[title.end() :])}" if title else "")
            continue
        if DOCUMENT_END.match(line):
            in_body = False
            out.append("")
            continue
        line = COMMENT.sub("", line)
        asked = EXAM_QUESTION.match(line)
        if asked and index in leads:  # "Consider the following function.": its parts ask
            lead, told = [_inline(line[asked.end() :])], []
            continue
        if asked:
            out.append(f"Q: {_inline(line[asked.end() :])}")
            continue
        if EXAM_PARTS.match(line) and lead is not None:
            told, lead = ["\n".join(lead).strip()], None
            continue
        solution = EXAM_SOLUTION.match(line)
        if solution:  # the part's question, what its question said first, then the answer
            out.extend([*told, "", "Answer: " + _inline(line[solution.end() :])])
            continue
        if NOTE.match(line):  # a slide's speaker notes, to the brace that closes them
            note_depth = _depth(line[NOTE.match(line).end() :])
            sink.append("")
            continue
        if note_depth:
            note_depth = max(note_depth + _depth(line), 0)
            sink.append("")
            continue
        titled = FRAME_TITLE.match(line)
        if titled:
            sink.append(_frame_title(line[titled.end() :]))
            continue
        environment = ENVIRONMENT.match(line)
        if environment and environment.group(2) == "frame":
            in_frame = environment.group(1) == "begin"
            sink.append(_frame_title(line[environment.end() :]) if in_frame else "")
            continue
        if environment and environment.group(0).strip() == "\\end{questions}":
            sink.append("---")  # an exam's questions end: "End of exam." answers none of them
            continue
        if environment:
            depth = len(lists.open)
            verbatim = _enter(environment, lists)
            told = [] if environment.group(0).strip() == "\\end{parts}" else told
            if depth and not lists.open and not in_frame:
                # a list's end: what follows is not its last answer (on a slide, it is)
                sink.append("---")
            else:
                rest = _inline(line[environment.end() :])
                sink.append(f"```{_language(line)}" if verbatim else rest)
            continue
        sink.append(_line(line, lists))
    return "\n".join(out)


def _depth(text: str) -> int:
    return text.count("{") - text.count("}")


def _frame_title(rest: str) -> str:
    """A Beamer slide's title: a heading, "Answer:" for an answer's slide ("Answer 3"), and
    nothing for a slide that only numbers the question on it ("Question 3")."""
    title = _inline(_argument(rest, rest.index("{"))[0]) if rest.lstrip().startswith("{") else ""
    if not title or SLIDE_NUMBER.match(title):
        return ""
    return "Answer:" if ANSWER_SLIDE.match(title) else f"### {title}"


def _leading_into_parts(lines: list[str]) -> set[int]:
    """The lines of exam questions that have parts, and no solution of their own."""
    leads, asked = set(), None
    for index, line in enumerate(lines):
        if EXAM_QUESTION.match(line):
            asked = index
        elif EXAM_SOLUTION.match(line):
            asked = None
        elif EXAM_PARTS.match(line) and asked is not None:
            leads.add(asked)
            asked = None
    return leads


@dataclass
class _Lists:
    """The lists a line is in, innermost last, as [marker, items so far]; and where the
    last numbered list ended, for one that resumes its numbering."""

    open: list[list] = field(default_factory=list)
    last_count: int = 0

    def item(self, label: str) -> str:
        current = self.open[-1]
        current[1] += 1
        marker = f"{current[1]}." if current[0] == "1." else current[0]
        return f"{'   ' * (len(self.open) - 1)}{marker} {label}"


def _enter(environment: re.Match, lists: _Lists) -> str:
    """Follow the lists a begin or end opens or closes (an enumerate that resumes goes on
    counting where the last one ended); the name of a verbatim it opens."""
    opens, name = environment.group(1) == "begin", environment.group(2)
    if name in LISTS:
        if opens:
            resumes = name == "enumerate" and "resume" in environment.group(0)
            lists.open.append([LISTS[name], lists.last_count if resumes else 0])
        elif lists.open:
            marker, count = lists.open.pop()
            lists.last_count = count if marker == "1." else lists.last_count
    return name if opens and name in VERBATIM else ""


def _language(line: str) -> str:
    minted = re.search(r"\\begin\{minted\}(?:\[[^\]]*\])?\{(\w{1,20})\}", line)
    listing = re.search(r"language=(\w{1,20})", line)
    found = minted or listing
    return found.group(1).lower() if found else ""


def _line(line: str, lists: _Lists) -> str:
    heading = HEADING.match(line)
    if heading:
        name, rest = heading.group(1), line[heading.end() :]
        if name == "paragraph":  # a run-in title: "\paragraph{Why?} Because ..."
            return "**" + _run_in(rest)
        return f"{'#' * HEADING_LEVEL[name]} {_inline(rest)}"
    item = ITEM.match(line)
    if item and lists.open:
        label = f"{item.group(1)} " if item.group(1) else ""
        return lists.item(label) + _inline(line[item.end() :])
    # Indentation in LaTeX is only for its writer: at the margin, a paragraph.
    return _inline(line.strip())


def _run_in(rest: str) -> str:
    title, end = _argument(rest, 0)
    return f"{_inline(title)}** {_inline(rest[end:])}".rstrip()


def _inline(text: str, depth: int = 0) -> str:
    """Text with its commands read: styles as markdown, escapes as characters. Commands
    nested deeper than a writer nests them are read as their text."""
    if depth > MAX_NESTING:
        return re.sub(r"\\[a-zA-Z]*|[{}]", "", text).strip()
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i = _command(text, i, out, depth)
        elif char in "{}":
            i += 1  # a group's braces only scope what is inside
        else:
            out.append(char)
            i += 1
    result = "".join(out)
    for typed, printed in DASHES:
        result = result.replace(typed, printed)
    return result.strip()


def _command(text: str, i: int, out: list[str], depth: int) -> int:
    """Read the command at text[i] (a backslash) into out; where reading goes on."""
    nxt = text[i + 1 : i + 2]
    if nxt == "\\":  # a line break
        return i + 2
    if nxt in ESCAPES:
        out.append(ESCAPES[nxt])
        return i + 2
    match = re.match(r"[a-zA-Z]+\*?", text[i + 1 : i + 40])
    if not match:
        return i + 1
    name, end = match.group(0).rstrip("*"), i + 1 + len(match.group(0))
    if name == "verb" and end < len(text):  # \verb|x|: any character delimits it
        close = text.find(text[end], end + 1)
        close = len(text) if close < 0 else close
        out.append(f"`{text[end + 1 : close]}`")
        return close + 1
    if end < len(text) and text[end] == "[":  # an option: "\item[a]", "\begin{x}[y]"
        close = text.find("]", end)
        end = end if close < 0 else close + 1
    if end < len(text) and text[end] == "{":
        argument, end = _argument(text, end)
        if name in STYLES:
            out.append(STYLES[name].format(_inline(argument, depth + 1)))
        elif name == "href":
            shown, end = _argument(text, end) if text[end : end + 1] == "{" else ("", end)
            out.append(f"[{_inline(shown, depth + 1)}]({argument.strip()})" if shown else argument)
        elif name not in DROPPED:
            out.append(_inline(argument, depth + 1))
        return end
    if end < len(text) and text[end] == " " and name not in STYLES:
        end += 1  # the space that only ends a command's name ("\noindent Text")
    return end


def _argument(text: str, start: int) -> tuple[str, int]:
    """The braced argument at text[start] ("{"), and where it ends; to the line's end
    when it is not closed on this line."""
    depth = 0
    for j in range(start, len(text)):
        if text[j] == "{" and text[j - 1 : j] != "\\":
            depth += 1
        elif text[j] == "}" and text[j - 1 : j] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : j], j + 1
    return text[start + 1 :], len(text)
