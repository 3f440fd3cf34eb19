"""An OpenDocument text saved flat, as one XML file (LibreOffice's .fodt), read as markdown.

Its body holds headings ("text:h", at their outline level), paragraphs ("text:p", whose
spans are bold when their automatic style says so), lists and tables, in the order they
appear; the styles, fonts and metadata are not text.
"""

import re
from functools import lru_cache

from questions.importing.xml_exports import parsed_xml

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
ROOT = re.compile(r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<office:document\b")
MAX_HEADING = 6


def looks_like_flat_odf(text: str) -> bool:
    return ROOT.match(text[:2000]) is not None and _body(text) is not None


def flat_odf_to_markdown(text: str) -> str:
    root, body = _body(text)
    bold = {
        style.get(_name("style", "name"))
        for style in root.iter(_name("style", "style"))
        for props in style.iter(_name("style", "text-properties"))
        if props.get(_name("fo", "font-weight")) == "bold"
    }
    blocks: list[str] = []
    _blocks(body, bold, blocks, depth=0)
    return "\n\n".join(block for block in blocks if block.strip())


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _body(text: str):
    root = parsed_xml(text)
    if root is None:
        return None
    body = root.find("office:body/office:text", NS)
    return (root, body) if body is not None else None


def _name(prefix: str, local: str) -> str:
    return f"{{{NS[prefix]}}}{local}"


def _blocks(element, bold: set, blocks: list[str], depth: int) -> None:
    for child in element:
        if child.tag == _name("text", "h"):
            level = int(child.get(_name("text", "outline-level"), "1") or 1)
            blocks.append(f"{'#' * min(max(level, 1), MAX_HEADING)} {_inline(child, bold)}")
        elif child.tag == _name("text", "p"):
            blocks.append(_inline(child, bold))
        elif child.tag == _name("text", "list"):
            items = [
                "  " * depth + f"- {_inline(paragraph, bold)}"
                for item in child.findall("text:list-item", NS)
                for paragraph in item.findall("text:p", NS)
            ]
            blocks.append("\n".join(items))
        elif child.tag == _name("table", "table"):
            rows = [
                [
                    _inline(cell, bold).replace("|", "\\|")
                    for cell in row.iter(_name("table", "table-cell"))
                ]
                for row in child.iter(_name("table", "table-row"))
            ]
            if rows:
                divider = "|" + "---|" * len(rows[0])
                lines = [f"| {' | '.join(row)} |" for row in rows]
                blocks.append("\n".join([lines[0], divider, *lines[1:]]))
        elif child.tag in (_name("text", "section"), _name("text", "soft-page-break")):
            _blocks(child, bold, blocks, depth)


def _inline(element, bold: set) -> str:
    """An element's text on one line, its bold spans in "**"."""
    return " ".join(_said(element, bold).split()).replace("****", "")


def _said(element, bold: set) -> str:
    parts = [element.text or ""]
    for child in element:
        said = _said(child, bold)
        if child.tag == _name("text", "span") and child.get(_name("text", "style-name")) in bold:
            words = said.strip()  # (the spaces around it stay outside the marks)
            said = said.replace(words, f"**{words}**", 1) if words else said
        elif child.tag in (_name("text", "line-break"), _name("text", "tab"), _name("text", "s")):
            said = " "
        parts.append(said + (child.tail or ""))
    return "".join(parts)
