"""No pattern in the importer backtracks catastrophically: long adversarial lines go through the
whole read -> parse -> clean in a subprocess that must finish within a generous wall-clock limit.

The limit catches a hang (a regex gone quadratic or exponential on a 20,000-character line takes
minutes or forever); it is not a measure of normal speed, which tests/perf benchmarks.
Set IMPORTER_CODE_ROOT to another checkout to run its importer instead of this one's.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
LIMIT_SECONDS = 20

# name -> a Python expression for one adversarial line (evaluated in the subprocess, so that a
# failing case names itself and the test module stays small).
LINES = {
    "50k spaces": '" " * 50_000',
    "50k spaces then a question": '" " * 50_000 + "What is x?"',
    "tabs then a hash": '"\\t" * 50_000 + "#"',
    "20k hashes": '"#" * 20_000',
    "20k hashes then text": '"#" * 20_000 + " What is x?"',
    "10k bold markers": '"**" * 10_000',
    "an unclosed bold numbered title": '"1. **" + "word " * 10_000',
    "a bold title of spaces": '"**Q1." + " " * 20_000 + ":**"',
    "20k table cells": '"| " * 20_000',
    "a table row of question cells": '"| What is x? " * 5_000 + "|"',
    "a table separator": '"|" + "---|" * 10_000',
    "nested details": '"<details>" * 5_000 + "<summary>What?" + "</summary>" * 5_000',
    "nested summaries and h3": '"<summary>" + "<h3>" * 5_000 + "Linux" + "</h3>" * 5_000',
    "unclosed tags": '"<" * 30_000',
    "anchor tags": '"<a id=\\"q1\\"></a>" * 3_000 + "What is x?"',
    "50k question marks": '"?" * 50_000',
    "a question of 20k words": '"what " * 20_000 + "?"',
    "digits and dots": '"1." * 20_000',
    "nested numbering": '".".join(["1"] * 20_000) + " What is x?"',
    "a long number": '"Q" + "1" * 20_000 + ". What is x?"',
    "20k dashes and spaces": '"- " * 20_000',
    "indented bullets": '" " * 20_000 + "- What is x?"',
    "answer labels": '"Answer:" * 5_000',
    "bold answer labels": '"**A:** " * 5_000',
    "backticks": '"`" * 30_000',
    "brackets and links": '"[" * 10_000 + "](" * 10_000',
    "curly quotes and ellipses": '"“" * 10_000 + "…" * 10_000 + "”"',
    "emoji": '"🚀" * 20_000 + " What is x?"',
    "speaker labels": '"Interviewer: " * 5_000',
    "equals underline": '"=" * 50_000',
    "a word with many dots": '"a." * 25_000',
    "lorem ipsum": '"lorem ipsum " * 10_000',
    "placeholders": '"TODO " * 10_000',
    "a url": '"https://" + "a/" * 25_000',
    "mail quotes": '"> " * 20_000 + "What is x?"',
    "a long reply header": '"From: a@b.c\\nSubject: x\\nOn " + "x " * 20_000 + "wrote:"',
    "questions and dashes": '"- what is x - " * 5_000',
    "small talk": '"how did the " * 5_000 + "go?"',
    "unsure words": '"not sure, I\'d look it up. " * 2_000',
    "citations by number": '"For #1: " * 5_000',
    "forum buttons and votes": '"Reply\\nShare\\nReport\\nSave\\n12\\n" + "1,203●2" * 5_000',
    "a comment signature": '"x – user " * 5_000 + "Mar 2, 2021 at 18:30"',
    "answer key entries": '"## Answer key\\n" + "**1.1** " * 5_000',
    "tab-separated cells": '"#separator:tab\\n" + "a\\t" * 20_000',
    "quoted csv cells": '"question,answer\\n" + \'"x,\' * 10_000',
    "agreement words": '"+1 same here thanks " * 3_000',
    "org headings": '"#+TITLE: x\\n#+A: y\\n** TODO " + "x " * 20_000 + ":a:b:"',
    "wiki markup": '"== a ==\\n== b ==\\n" + "\'\'" * 20_000 + "{{" * 5_000',
    "org verbatim": '"#+TITLE: x\\n#+A: y\\n" + "=a" * 20_000',
    "by-number in bold": '"**Re Q1:** " * 5_000',
}

SCRIPT = """
import os, sys
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")
import django
django.setup()
from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import DocumentError, read_document

line = eval(sys.argv[1])
documents = [
    line,
    "### Q1. What is x?\\nA: It is x.\\n\\n" + line + "\\n\\nWhat is y?\\n",
    "1. **Topic**\\n   - " + line + "\\n   - What is z?\\n",
    "<details><summary>" + line + "</summary>\\n" + line + "\\n</details>\\n",
    "| # | Question |\\n|---|---|\\n| 1 | " + line + " |\\n",
]
for document in documents:
    try:
        text = read_document(document.encode("utf-8"))
    except DocumentError:
        continue
    for item in parse_document(text).items:
        clean_item(item)
"""


@pytest.mark.parametrize("name", list(LINES))
def test_a_long_adversarial_line_is_parsed_and_cleaned_in_bounded_time(name):
    code_root = os.environ.get("IMPORTER_CODE_ROOT", str(REPO_ROOT))
    try:
        finished = subprocess.run(
            [sys.executable, "-c", SCRIPT, LINES[name]],
            cwd=code_root,
            capture_output=True,
            text=True,
            timeout=LIMIT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: still parsing after {LIMIT_SECONDS} s (catastrophic backtracking?)")

    assert finished.returncode == 0, finished.stderr[-3000:]
