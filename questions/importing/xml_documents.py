"""Documents written in an XML vocabulary for technical writing: a DITA topic (concept,
task, reference...) or a DocBook article, book or chapter.

Each is a web page before it is published: titles over sections, paragraphs, lists, code
listings, tables. It is rewritten as that page's HTML and read as a web page is, so a
section whose title asks is a question and its paragraphs the answer; a DocBook Q&A set's
<question> and <answer> are the question and its answer. What the published page does not
show is dropped: the prolog and metadata, index terms, alternative titles, and the
writers' own comments (DITA's <draft-comment>, DocBook's <remark>: "TODO: check this").
"""

import html
import re

from questions.importing.html import html_to_markdown
from questions.importing.xml_exports import local_names, parsed_xml

ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*(?:<!DOCTYPE[^>\[]{0,300}>\s*)?"
    r"(?:<!--.{0,2000}?-->\s*)*<(topic|concept|task|reference|troubleshooting|glossentry|dita|"
    r"article|book|chapter|appendix|preface|part|refentry)\b",
    re.DOTALL,
)
MAX_DEPTH = 200
# Elements holding text that a container's <title> heads.
CONTAINERS = {
    *("topic", "concept", "task", "reference", "troubleshooting", "glossentry", "dita"),
    *("article", "book", "chapter", "appendix", "preface", "part", "refentry", "section"),
    *("sect1", "sect2", "sect3", "sect4", "simplesect", "qandadiv", "example", "refsection"),
}
DROPPED = {
    *("prolog", "titlealts", "metadata", "draft-comment", "indexterm", "keywords"),
    *("related-links", "required-cleanup", "data", "remark", "indexentry", "revhistory"),
    *("info", "articleinfo", "bookinfo", "chapterinfo", "sectioninfo", "authorgroup"),
}
BLOCKS = {
    **dict.fromkeys(("p", "para", "simpara", "shortdesc", "abstract", "cmd", "stepresult"), "p"),
    **dict.fromkeys(("ul", "itemizedlist", "sl"), "ul"),
    **dict.fromkeys(("ol", "orderedlist", "steps", "steps-unordered", "procedure"), "ol"),
    **dict.fromkeys(("li", "listitem", "sli", "step", "substep"), "li"),
    **dict.fromkeys(("codeblock", "programlisting", "screen", "pre", "literallayout"), "pre"),
    **dict.fromkeys(("note", "caution", "warning", "tip", "important", "blockquote"), "blockquote"),
    **dict.fromkeys(("dl", "variablelist"), "dl"),
    **dict.fromkeys(("dt", "term", "dthd"), "dt"),
    **dict.fromkeys(("dd", "ddhd"), "dd"),
    **dict.fromkeys(("simpletable", "table", "informaltable", "properties"), "table"),
    **dict.fromkeys(("strow", "sthead", "row", "property", "prophead"), "tr"),
    **dict.fromkeys(("stentry", "entry", "proptype", "propvalue", "propdesc"), "td"),
}
INLINE = {
    **dict.fromkeys(("codeph", "code", "literal", "filename", "command", "varname"), "code"),
    **dict.fromkeys(("userinput", "systemoutput", "option", "function", "parmname"), "code"),
    **dict.fromkeys(("b", "strong"), "b"),
    **dict.fromkeys(("i", "emphasis", "cite", "term"), "i"),
}


def looks_like_xml_document(text: str) -> bool:
    return bool(ROOT.match(text[:5000])) and _root(text) is not None


def xml_document_to_markdown(text: str) -> str:
    return html_to_markdown(_html(_root(text), depth=0))


def _root(text: str):
    root = parsed_xml(text)
    if root is None:
        return None
    local_names(root)  # "{http://docbook.org/ns/docbook}para" -> "para"
    return None if _deeper_than(root, MAX_DEPTH) else root


def _deeper_than(root, depth: int) -> bool:
    """Whether elements nest more than `depth` levels (walked without recursion: the page
    is drawn by recursion, and a real one nests a few dozen)."""
    stack = [(root, 0)]
    while stack:
        element, level = stack.pop()
        if level > depth:
            return True
        stack.extend((child, level + 1) for child in element)
    return False


def _html(element, depth: int) -> str:
    """The element as HTML; `depth`: how many titled containers it is inside."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in DROPPED or not tag:
        return html.escape(element.tail or "")
    inner_depth = depth + (tag in CONTAINERS)
    parts = [html.escape(element.text or "")]
    for child in element:
        if child.tag == "title" and tag in CONTAINERS:
            level = min(inner_depth, 6)
            parts.append(f"<h{level}>{_inline(child)}</h{level}>" + html.escape(child.tail or ""))
        elif child.tag == "info" and child.find("title") is not None and tag in CONTAINERS:
            level = min(inner_depth, 6)
            title = _inline(child.find("title"))
            parts.append(f"<h{level}>{title}</h{level}>" + html.escape(child.tail or ""))
        else:
            parts.append(_html(child, inner_depth))
    inner = "".join(parts)
    if tag == "question":  # (a Q&A set's: its question heads its answer)
        level = min(depth + 1, 6)
        inner = f"<h{level}>{_flat(inner)}</h{level}>"
    elif tag in BLOCKS:
        name = BLOCKS[tag]
        inner = f"<{name}>{inner}</{name}>"
    elif tag in INLINE:
        name = INLINE[tag]
        inner = f"<{name}>{inner}</{name}>"
    elif tag in CONTAINERS or tag in ("qandaset", "qandaentry", "body", "conbody", "taskbody"):
        inner = f"<div>{inner}</div>"
    return inner + html.escape(element.tail or "")


def _inline(element) -> str:
    return html.escape(element.text or "") + "".join(_html(child, 0) for child in element)


def _flat(inner: str) -> str:
    """A question's paragraphs as one line: "<p>What is X?</p>" -> "What is X?"."""
    return " ".join(re.sub(r"</?(?:p|div)>", " ", inner).split())
