"""A Word document saved as XML: "Word XML Document" (a flat package, pkg:package, holding
word/document.xml), Word 2003's XML (w:wordDocument), or a document.xml on its own.

Its text is in runs (w:r/w:t) inside paragraphs (w:p), each paragraph's style naming what it
is (Title, Heading1, ListParagraph, a code style); a table is rows of cells. It is
rewritten as the markdown the document shows: headings by their level, list paragraphs as
items, bold runs bold, paragraphs in a code style (or a monospace font) as a listing, a
table as a table; the package's other parts (styles, settings, properties) are not text.
"""

import re

from questions.importing.xml_exports import local_names, parsed_xml

ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<\?mso-application[^>]{0,200}\?>\s*)?"
    r"<(?:pkg:package|w:wordDocument|w:document)\b"
)
HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre|titulo|título)\s*([1-6])$", re.I)
CODE_STYLE = re.compile(r"code|preformatted|source|macro|plaintext|monospace", re.I)
MONOSPACE = re.compile(r"courier|consolas|mono|menlo|lucida console", re.I)


def looks_like_word_xml(text: str) -> bool:
    return bool(ROOT.match(text[:2000])) and _body(text) is not None


def word_xml_to_markdown(text: str) -> str:
    out: list[str] = []
    listing: list[str] = []
    for block in _body(text):
        if block.tag == "tbl":
            out.append(_table(block))
            continue
        if block.tag != "p":
            continue
        kind, said = _paragraph(block)
        if kind == "code":
            listing.append(said)
            continue
        if listing:
            out.append("```\n" + "\n".join(listing) + "\n```")
            listing = []
        out.append(said if kind == "text" else f"{kind} {said}" if said.strip() else "")
    if listing:
        out.append("```\n" + "\n".join(listing) + "\n```")
    return "\n\n".join(part for part in out if part.strip()) + "\n"


def _body(text: str):
    root = parsed_xml(text)
    if root is None:
        return None
    local_names(root)  # "{...wordprocessingml/2006/main}p" -> "p"
    body = next(root.iter("body"), None)
    return list(body) if body is not None else None


def _attribute(element, name: str) -> str:
    if element is None:
        return ""
    return next((v for k, v in element.attrib.items() if k.rpartition("}")[2] == name), "")


def _paragraph(paragraph) -> tuple[str, str]:
    """(what it is: "text", "code", a heading's "##" or a list's "-"; its markdown)."""
    properties = paragraph.find("pPr")
    style = _attribute(properties.find("pStyle") if properties is not None else None, "val")
    runs = list(paragraph.iter("r"))
    shown = [run for run in runs if _run(run, plain=True).strip()]
    fonts = [_attribute(run.find("rPr/rFonts"), "ascii") for run in shown]
    said = "".join(_run(run, plain=False) for run in runs)
    monospace = bool(fonts) and all(MONOSPACE.search(font) for font in fonts)
    if CODE_STYLE.search(style) or monospace:
        return "code", "".join(_run(run, plain=True) for run in runs)
    heading = HEADING_STYLE.match(style)
    if style.lower() == "title":
        return "#", said
    if heading:
        return "#" * min(int(heading.group(1)) + 1, 6), said
    numbered = properties is not None and properties.find("numPr") is not None
    if numbered or style.lower().startswith("list"):
        return "-", said
    return "text", said


def _run(run, plain: bool) -> str:
    parts = []
    for part in run:
        if part.tag == "t":
            parts.append(part.text or "")
        elif part.tag == "tab":
            parts.append("\t" if plain else " ")
        elif part.tag in ("br", "cr"):
            parts.append("\n")
    text = "".join(parts)
    bold = run.find("rPr/b")
    bolded = bold is not None and _attribute(bold, "val") not in ("0", "false")
    if not plain and bolded and text.strip():
        return f"**{text.strip()}**" + (" " if text.endswith(" ") else "")
    return text


def _table(table) -> str:
    rows = []
    for row in table.iter("tr"):
        cells = [" ".join(_paragraph(p)[1] for p in cell.iter("p")) for cell in row.iter("tc")]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    if not rows:
        return ""
    width = rows[0].count(" | ") + 1
    return "\n".join([rows[0], "|" + " --- |" * width, *rows[1:]])
