"""A notebook saved as a script: a Databricks notebook's source file, or a script in the
"percent" cell format (Jupytext, VS Code, Spyder).

Each is a notebook's cells in one file of code, the markdown cells commented out:

    # Databricks notebook source              # %% [markdown]
    # MAGIC %md                               # ### Q1. Find the second highest salary.
    # MAGIC ### Q1. Find the second ...       # %%
    # COMMAND ----------                      SELECT ...

(a SQL or Scala notebook writes "--" or "//" where Python writes "#"). Read line by line,
its questions are comments and its answers code with no tie between them; read as the
notebook it is, a markdown cell that asks is a question and the code cells under it its
answer, as in a Jupyter notebook (exports.py).
"""

import re

from questions.importing.exports import notebook_to_markdown

DATABRICKS = re.compile(r"\A\ufeff?(#|--|//)[ \t]*Databricks notebook source[ \t]*\n")
PERCENT_CELL = re.compile(r"^# %%(?:[ \t]+.*)?$", re.MULTILINE)
MARKDOWN_CELL = re.compile(r"^# %%.*\[(?:markdown|md)\]", re.IGNORECASE)
MIN_PERCENT_CELLS = 3
MAGIC_LANGUAGE = re.compile(r"^%(\w+)[ \t]*$")
# The notebook's own language, by how its comments begin.
LANGUAGES = {"#": "python", "--": "sql", "//": "scala"}


def looks_like_script_notebook(text: str) -> bool:
    """A Databricks source file (its first line says so), or a script in percent cells with
    a markdown cell among them."""
    if DATABRICKS.match(text):
        return True
    head = text[:200_000]
    if len(PERCENT_CELL.findall(head)) < MIN_PERCENT_CELLS:
        return False
    return any(MARKDOWN_CELL.match(line) for line in PERCENT_CELL.findall(head))


def script_notebook_to_markdown(text: str) -> str:
    databricks = DATABRICKS.match(text)
    cells = _databricks_cells(text, databricks.group(1)) if databricks else _percent_cells(text)
    return notebook_to_markdown(cells)


def _databricks_cells(text: str, comment: str) -> list[dict]:
    """The cells between "COMMAND ----------" lines; a cell whose lines all begin "MAGIC"
    is the magic its first line names (%md: markdown; %sql, %sh...: code)."""
    body = DATABRICKS.sub("", text, count=1)
    ruler = re.compile(rf"^{re.escape(comment)}[ \t]*COMMAND -{{4,}}[ \t]*$", re.MULTILINE)
    magic = re.compile(rf"^{re.escape(comment)}[ \t]*MAGIC ?")
    cells = []
    for chunk in ruler.split(body):
        lines = chunk.strip("\n").split("\n")
        if all(magic.match(line) or not line.strip() for line in lines):
            lines = [magic.sub("", line, count=1) for line in lines]
            language = MAGIC_LANGUAGE.match(lines[0].strip()) if lines else None
            if language:
                lines = lines[1:]
            name = language.group(1).lower() if language else LANGUAGES[comment]
            kind = "markdown" if name in ("md", "markdown") else "code"
            cells.append({"cell_type": kind, "language": name, "source": "\n".join(lines)})
        else:
            cells.append({"cell_type": "code", "language": LANGUAGES[comment], "source": chunk})
    return cells


def _percent_cells(text: str) -> list[dict]:
    """The cells after each "# %%" line; a markdown cell's lines lose their "# "."""
    cells = []
    starts = list(PERCENT_CELL.finditer(text))
    if starts and text[: starts[0].start()].strip():
        cells.append({"cell_type": "code", "source": text[: starts[0].start()]})
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        source = text[start.end() : end].strip("\n")
        if MARKDOWN_CELL.match(start.group(0)):
            source = re.sub(r"^#[ \t]?", "", source, flags=re.MULTILINE)
            cells.append({"cell_type": "markdown", "source": source})
        else:
            cells.append({"cell_type": "code", "source": source})
    return cells
