"""No pattern in the importer backtracks catastrophically: long adversarial lines go through the
whole read -> parse -> clean in a child process that must finish within a generous wall-clock limit.

The limit catches a hang (a regex gone quadratic or exponential on a 20,000-character line takes
minutes or forever); it is not a measure of normal speed, which tests/perf benchmarks.
"""

import json
import multiprocessing

import pytest

from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import DocumentError, read_document

LIMIT_SECONDS = 20

# Long adversarial lines, each tried alone and in the places a question or its answer can be.
LINES = {
    "50k spaces": " " * 50_000,
    "50k spaces then a question": " " * 50_000 + "What is x?",
    "tabs then a hash": "\t" * 50_000 + "#",
    "20k hashes": "#" * 20_000,
    "20k hashes then text": "#" * 20_000 + " What is x?",
    "10k bold markers": "**" * 10_000,
    "an unclosed bold numbered title": "1. **" + "word " * 10_000,
    "a bold title of spaces": "**Q1." + " " * 20_000 + ":**",
    "20k table cells": "| " * 20_000,
    "a table row of question cells": "| What is x? " * 5_000 + "|",
    "a table separator": "|" + "---|" * 10_000,
    "nested details": "<details>" * 5_000 + "<summary>What?" + "</summary>" * 5_000,
    "nested summaries and h3": "<summary>" + "<h3>" * 5_000 + "Linux" + "</h3>" * 5_000,
    "unclosed tags": "<" * 30_000,
    "anchor tags": '<a id="q1"></a>' * 3_000 + "What is x?",
    "50k question marks": "?" * 50_000,
    "a question of 20k words": "what " * 20_000 + "?",
    "digits and dots": "1." * 20_000,
    "nested numbering": ".".join(["1"] * 20_000) + " What is x?",
    "a long number": "Q" + "1" * 20_000 + ". What is x?",
    "20k dashes and spaces": "- " * 20_000,
    "indented bullets": " " * 20_000 + "- What is x?",
    "answer labels": "Answer:" * 5_000,
    "bold answer labels": "**A:** " * 5_000,
    "backticks": "`" * 30_000,
    "brackets and links": "[" * 10_000 + "](" * 10_000,
    "curly quotes and ellipses": "“" * 10_000 + "…" * 10_000 + "”",
    "emoji": "🚀" * 20_000 + " What is x?",
    "speaker labels": "Interviewer: " * 5_000,
    "equals underline": "=" * 50_000,
    "a word with many dots": "a." * 25_000,
    "lorem ipsum": "lorem ipsum " * 10_000,
    "placeholders": "TODO " * 10_000,
    "a url": "https://" + "a/" * 25_000,
    "mail quotes": "> " * 20_000 + "What is x?",
    "a long reply header": "From: a@b.c\nSubject: x\nOn " + "x " * 20_000 + "wrote:",
    "questions and dashes": "- what is x - " * 5_000,
    "small talk": "how did the " * 5_000 + "go?",
    "unsure words": "not sure, I'd look it up. " * 2_000,
    "citations by number": "For #1: " * 5_000,
    "forum buttons and votes": "Reply\nShare\nReport\nSave\n12\n" + "1,203●2" * 5_000,
    "a comment signature": "x – user " * 5_000 + "Mar 2, 2021 at 18:30",
    "answer key entries": "## Answer key\n" + "**1.1** " * 5_000,
    "tab-separated cells": "#separator:tab\n" + "a\t" * 20_000,
    "quoted csv cells": "question,answer\n" + '"x,' * 10_000,
    "agreement words": "+1 same here thanks " * 3_000,
    "org headings": "#+TITLE: x\n#+A: y\n** TODO " + "x " * 20_000 + ":a:b:",
    "wiki markup": "== a ==\n== b ==\n" + "''" * 20_000 + "{{" * 5_000,
    "org verbatim": "#+TITLE: x\n#+A: y\n" + "=a" * 20_000,
    "by-number in bold": "**Re Q1:** " * 5_000,
    # the readers of quiz platforms, captions, saved files and markups
    "gift titles": "::a::b{=c}\n\n::d::" + "::" * 20_000 + "{" * 5_000,
    "caption times": "WEBVTT\n\n" + "00:00:01.000 --> " * 5_000,
    "rtf controls": "{\\rtf1 " + "\\b " * 20_000 + "{" * 5_000 + "\\u" * 5_000,
    "confluence cells": "h1. a\nh2. b\n||x||y||\n" + "|*_{{" * 10_000,
    "bbcode tags": "[b]a[/b][i]b[/i][code]" * 3 + "[quote=" * 10_000,
    "outliner properties": "a:: b\nc:: d\ne:: f\n- " + "x:: " * 20_000,
    "site shortcodes": '{{< details "a" >}}\n{{< details "b" >}}\n' + "{{<" * 20_000,
    "blackboard fields": "MC\ta\tb\tcorrect\nTF\tc\ttrue\nESS\td\n" + "\t" * 40_000,
    "python comments": "import os\nimport sys\ndef f(): pass\n" + "# " * 20_000 + '"""',
    "answer options": "What is x?\nA. a\nB. b\nANSWER:" + " " * 40_000 + "x",
    # scorecards, arrows to answers and a printed book's headers
    "a spaced page header": "12" + " " * 20_000 + "TITLE " * 2_000 + " " * 20_000 + "13",
    "a form's blanks": "Notes:" + " " * 20_000 + "_" * 20_000 + " " * 20_000 + "x",
    "a label over an answer": "**" + "Look for " * 5_000 + ":**" + " " * 20_000,
    "arrows to an answer": "-> " * 20_000 + "x",
    "a starred question label": "### Q1 " + "★ " * 20_000 + "Design x",
    "a recruiter's aside": "are you still " * 5_000 + "what the round " * 5_000 + "will?",
    # a forum thread's told and quoted questions, and its rows of buttons
    "a told question": "u/a · 1h\nReply\nShare\nSave\nI got " + '"what ' * 10_000 + "?",
    "a reported question": "they asked me how " + "the " * 20_000 + ". answer: " + "x " * 5_000,
    "a row of buttons": "⬆ 1 ⬇  Reply  Share\n" * 4 + "Reply " * 20_000,
    # inline flashcards, a chat's numbered rounds and hedges, a post's quoted question
    "flashcard fronts": "a b c::d\ne f g::h\ni j k::l\n" + "x " * 10_000 + ":" * 10_000,
    "flashcard separators": "a b c?\n?\nd\n\n" * 3 + "?\n" * 20_000,
    "a chat's hedges": "10:01 a: q1 what?\n10:02 b: x\n10:03 c: y\n10:04 b: "
    + " right" * 9_000
    + "?",
    "a chat's lead": "10:01 a: hi\n10:02 b: x\n10:03 a: y\n10:04 b: " + "one " * 9_000 + "q: what",
    "a host's welcome": "10:01 a: hi\n10:02 b: x\n10:03 a: how's " + "a " * 10_000 + "today?",
    "a sponsor's read": "10:01 a: brought to you " * 3_000 + "by",
    "restated questions": "".join(f"- What is thing {n}?\n" for n in range(2_000))
    + "".join(f"**What is thing {n}?** It is {n}.\n\n" for n in range(2_000)),
    "a post's quote": "a\n@h\nb\n@h\nc\n@h\n" + "x" * 30 + ': "' + "y " * 10_000,
    "an outline's sections": "1.1 Basics\n" * 3_000 + "What is x?\n        " + "x " * 9_000,
    "a bracketed section": "## 3. Data (" + "a / " * 8_000 + ")",
    "missing guidance": "Q1. What?\n\n" + "guidance " * 8_000 + "TBD",
    "answers titled by number": "".join(f"{n}. What is t{n}?\n" for n in range(1, 400))
    + "".join(f"\n**{n}. t{n} vs t{n}**\n\nIt is.\n" for n in range(1, 400)),
    "a post's signature": "Reply\nShare\nReport\nSave\nasked " + "by " * 10_000,
    "a comment's signer": "- x – " + "a " * 10_000 + "Nov 2, 2020 at 19:51",
    "a note to self": "ask " + "Priya " * 10_000 + "if?",
    "a chat's topic first": "a — Today at 10:01\nx\nb — Today at 10:02\ny\na — Today at 10:03\n"
    + "in " * 10_000
    + "what",
    "a chat's counted lead": "a — Today at 10:01\nx\nb — Today at 10:02\ny\nc — Today at 10:03\n"
    + "last one " * 5_000
    + ": what",
    "a book's exercise titles": "**9." + "1." * 10_000 + "**\n\n" + "★" * 10_000 + " **9.4**",
    "help requests": "anyone know why " + "my " * 10_000 + "?",
    "difficulty tags": "**1.** " + "*(challenge)* " * 5_000 + "Write x.",
    "asking back, then unsure": "Q: What?\nA: " + "right? " * 5_000 + "I don't really know.",
    "an exam's parts": "Question 1\n" + "(a) Explain x. [5 marks]\n" * 3 + "(b) " + "y " * 10_000,
    "an exam's marks": "(a) x\n(b) y\n(c) z [1 marks]\n" + "[" * 10_000 + " 5 marks",
    "an exam's key": "(a) x [2 marks]\n(b) y [2 marks]\n(c) z\nMODEL ANSWERS\nQ1 (a)"
    + " w" * 10_000,
    "a board's cards": "CARD: x\nDescription:\nCARD: y\nActivity:\nCARD: " + "z " * 10_000,
    "a board's comment": "CARD: a\nActivity:\nCARD: b\nActivity:\nCARD: c\nActivity:\n  x: "
    + "@y " * 10_000,
    "a board's list": "LIST: " + "(1 cards) " * 5_000 + "\nCARD: a\nDescription:\n" * 3,
    "a slack export": '[{"type": "message", "ts": "1", "text": "<@'
    + "U1" * 5_000
    + '"},'
    + '{"type": "message", "ts": "2", "text": "'
    + ":a:" * 5_000
    + '"},'
    + '{"type": "message", "ts": "3", "text": "```'
    + "`" * 5_000
    + '"}]',
    "a group's logistics": "does anyone know " * 5_000 + "if?",
    "a timed log": "Q: a?\nA: b\n\n" + "10:44 " * 8_000 + "x",
    "led questions": "Bonus: " + "bonus: " * 5_000 + "what?",
    "a question left to readers": "One question I'll leave for you: " + "x " * 10_000 + "?",
    "an outro": "If you found this useful " + "clap " * 10_000,
    "a list of tags": "Python\n" + "Interview Questions\n" * 5_000,
    "an ascii table": "+--+--+\n| a | b |\n+==+==+\n" + "| " * 10_000 + "|\n+--+--+",
    "ascii rules": "+" + "-+" * 10_000 + "\n|" + " " * 20_000 + "|",
    "an ascii box": "+----+\n| Q. " + "x " * 10_000 + "|\n+----+",
    "follow-ups": "### Q1. What?\n\n**What good looks like**\n\nx\n\n"
    + "Follow-up: " * 5_000
    + "how?\n\n**What good looks like**",
    "a setup sentence": "a — Today at 10:01\nx\nb — Today at 10:02\ny\na — Today at 10:03\n"
    + "Let's say " * 5_000
    + ". How?",
}
# Whole documents with a long run of one thing where the parser looks for structure.
DOCUMENTS = {
    # a wiki template's parameter, and a Twine story's macro line (stop 44's readers)
    "spaces in a wiki template": "== A ==\n== B ==\n{{Infobox\n|" + " " * 50_000 + ".\n}}\n",
    "brackets after a twine macro": ":: a\nWhat?\n[[Show answer->b]]\n:: b\n(a:"
    + ")[" * 100_000
    + "\n:: c\nWhy?\n[[Show answer->d]]\n",
    "a framed slide": "Slide 1: " + "= x " * 20_000 + "\nSlide 2\nSlide 3\n",
    "unclosed summaries": "<summary>" * 20_000,
    "summary without a closing bracket": "<summary" * 20_000 + "</summary>",
    "stars in a heading": "## 1. What "
    + "* " * 50_000
    + "x\nAn answer.\n## 2. What is y?\nAnother answer.",
    "underscores in a prompt": "### Q1. What is " + "__a " * 50_000 + "?\nA: x\n",
    "indent": "### Q1. What is this?\n" + " " * 40_000 + "x\n",
    "spaces in a heading": "# What is " + " " * 40_000 + "x?\nA: y\n",
    "hashes in a heading": "# What is " + "#" * 40_000 + "x?\nA: y\n",
    "spaces after Q": "Q" + " " * 40_000 + "1. What?\nA: x\nQ2. Why?\nA: y\n",
    "spaces after a bullet": "- " + " " * 40_000 + "Q: What?\nA: x\n",
    "spaces after an annotation": "### Q1. What is this?\nA: x:" + " " * 40_000 + "!\n",
    "dots in an answer": "### Q1. What is this?\nA: (" + "." * 40_000 + "x\n",
    "blank lines before a fence": "### Q1. What is this?\nA: x\n" + "\n" * 40_000 + "```\n",
    "blank lines after a list item": "### Q1. What is this?\nA: x\n- a" + "\n" * 40_000 + "x\n",
    "a line of answer labels": "### Q1. What is this?\nA: " + "A: " * 40_000 + "x\n",
    "spaces after a bold title": "**Caching**" + " " * 40_000 + "x\nWhen is a cache harmful?\n",
    "pipes in a table row": "| Question |\n|---|\n|" + " |" * 40_000 + "x\n",
    "anchors": "<a id=x>" * 20_000 + "What is x?\n",
    "bullet markers": "- " * 40_000 + "What is x?\n",
    "unclosed details": "<details>\n" * 20_000 + "<summary>What?</summary>\n",
    "spaces after a speaker": "Interviewer:" + " " * 40_000 + "What?\nMe: x\n",
    "spaces in a section heading": "## 1" + " " * 40_000 + "tips x\n- Why?\n",
    "curly quotes": "“" * 40_000 + "What is x?\n",
    "a long wrapped question": "How would you " + "do it " * 20_000 + "\nand then?\n",
    "a deck's long labels": "Slide 1\nQ1"
    + " " * 40_000
    + "x\n"
    + "Slide 2\nA1"
    + " -" * 20_000
    + "\nSlide 3\nQ2\nWhy?\nSlide 4\nA2\nNotes:"
    + " " * 40_000,
    "spaces in a meeting chat's sender": "18:02:10 From Ana"
    + " " * 40_000
    + "to Everyone:\n"
    + "18:02:11 From Ana Li to "
    + "x " * 30_000
    + ":\n\tQ1: what? \n"
    + "18:02:12 From Bo to Everyone:\n\tit is"
    + " ?" * 20_000
    + " just"
    + " " * 100,
    "an afterthought of spaces": "a 10:01\nwhat is x?"
    + " " * 40_000
    + "just high level\n"
    + "b 10:02\noof that's a big one"
    + " " * 40_000
    + "\nc 10:03\nok\n",
    "a dump's rows": '<?xml version="1.0"?>\n<posts>\n'
    + '<row Id="1" PostTypeId="1" Title="What?" Score="1e9999" />\n' * 5_000
    + "</posts>\n",
    "a notes app's long lines": "t\n- is x"
    + " " * 40_000
    + "- y\n- a vs"
    + " " * 40_000
    + "\n"
    + "Labels: a\nEdited "
    + "Mar " * 10_000
    + "\nu\n- b - c\nEdited Mar 3\nv\n- d?\nEdited 1 May\n",
    "dashed captions": "1\n00:00:01,000 --> 00:00:02,000\n- "
    + "- " * 20_000
    + "\n\n"
    + "2\n00:00:03,000 --> 00:00:04,000\n["
    + "x" * 40_000
    + "]\n\n3\n"
    + "00:00:05,000 --> 00:00:06,000\n- what?\n",
    "underscores around a label": "Q: " + "_" * 40_000 + "x__\nA: __" + "a" * 40_000 + "\n",
    "a numbered round's title": "**Round 1: x**\n\n1. What?\nyes\n\n**Round"
    + " " * 40_000
    + "2: y**\n\ntext\n",
    "a deep python literal": "import os\nimport re\nimport json\nX = ["
    + "[" * 3_000
    + "]" * 3_000
    + ", {'q': 'What?', 'a': 'x' + "
    + "'y' + " * 3_000
    + "'z'}]\n",
    "rulers around a long comment": "import os\nimport re\nimport json\n# ----\n# "
    + "x " * 30_000
    + "\n# ----\ndef f():\n    pass\n",
    "a sheet's letters": "| | A | B |\n|---|---|---|\n" + "| 1 | What? | x |\n" * 5_000,
    "a diff's long lines": "x\n@@ -1,2 +1,9 @@\n"
    + "+" * 40_000
    + "\n"
    + "+### What?\n" * 6
    + "Suggested change\n"
    + "- " * 20_000
    + "\n+ \n"
    + " " * 40_000
    + "\n",
    "a fediverse reply": 'A\n@a@b.c\n1/2 x\n\nA\n@a@b.c\n2/2 "What?"\n\nB\n@b@'
    + "c." * 20_000
    + "\n@a re 2/"
    + " " * 40_000
    + ": "
    + "following " * 5_000
    + "\n\nC\n@c@d.e\n@a 2/2 yes\n",
    "an ai chat export": '[{"mapping": {"a": {"message": null, "parent": null, "children": ["b"]}, '
    + '"b": {"message": {"author": {"role": "assistant"}, "content": {"parts": ["'
    + "Question 1 ("
    + "x " * 20_000
    + "): What?"
    + '"]}}, "parent": "a", "children": []}}}]',
    "a told line before small talk": "Q: What is x?\n"
    + "I froze. " * 5_000
    + "How would you all approach it?\n",
    "a channel's posts": ("Chan\n❓ Question #1\nWhat?\n👁 1K 09:00\n" * 3)
    + "Chan\n✅ Answer to #1"
    + " -" * 20_000
    + "\n👁 1K\nChan\n📊 Poll: "
    + "x " * 20_000
    + "\nQuiz\n👁 1K\n",
    "callouts": "> [!question]"
    + " " * 40_000
    + "\n> "
    + "x " * 20_000
    + "\n\n> [!answer]-"
    + "-" * 40_000
    + "\n> y\n",
    "roam attributes": "- a:: b\n- c:: d\n- Q::"
    + " " * 40_000
    + "x\n    - A:: (("
    + "a" * 40_000
    + "))\n- {{[[TODO]]"
    + "}" * 40_000
    + "\n",
    "a time then spaces, in a text with ' to '": "Notes to self\n\n12:00" + " " * 50_000 + "x\n",
    "a vote count of spaces": "Chan\nQuestion #1\nWhat is X?\n1"
    + " " * 50_000
    + "x\n👁 12\nChan\nQuestion #2\nWhat is Y?\n👁 4\nChan\nAnswer to #1\nx\n👁 5\n",
    "a docstring's label of spaces": 'import os\nimport re\nimport json\ndef f():\n    """x\n'
    + "    Q"
    + " " * 40_000
    + "1"
    + " " * 40_000
    + '\n    """\n',
    "spaces before a block ref": "- a:: b\n- c:: d\n- e:: f\n- x" + " " * 50_000 + "y\n",
    "an arrow after spaces": "1. What is "
    + "x " * 20_000
    + "? →"
    + " " * 40_000
    + "y\n"
    + 'Q1 "'
    + "a " * 20_000
    + '?" —'
    + " " * 40_000
    + "\n",
    # a run of "Exercises" titles, and "See also:" lists piled under one answer (this stop's)
    "exercises titles": "  Exercises\n" * 20_000,
    "see-also lists under an answer": "### What is X?\n\nIt is.\n" + "See also:\n- a\n" * 3000,
    "quotes before a link": "### What is X?\n\nsee " + "'" * 60 + " [docs](https://x.example/d)\n",
    "a chat line of emoji names": "[10:00] ana: what is x?\n[10:01] bo: "
    + ":a1: " * 20_000
    + "\n[10:02] ana: ok\n[10:03] bo: fine\n",
    "an irc log's spaces": "[14:02]"
    + " " * 40_000
    + "<a> what?\n[14:03] <b>"
    + " " * 40_000
    + "x\n[14:04] ***"
    + " " * 40_000
    + "\n",
    "a link row": "### What?\n\n" + "[a](b) 1 c " * 3_000 + "\n" + "[x](" + "y" * 40_000 + ")\n",
    "an anchor link": "| # | Question | Answer |\n|---|---|---|\n| 1 | What? | [a](#"
    + "b" * 40_000
    + ") |\n\n### "
    + "b" * 40_000
    + "\n\nx\n",
    "a bold citation": "1. What?\n\n**#1**"
    + " " * 40_000
    + "x\n\n#1 and"
    + " #2 and" * 5_000
    + "\n",
    "a guess and a lead in a chat": "a 10:01\nwhat is x?\nb 10:02\nsomething"
    + " x" * 20_000
    + "?\nc 10:03\nok"
    + " " * 40_000
    + ": why?\n",
    "an outro": "### What?\n\nx\n\nThat's it." + " " * 40_000 + "if you" + " y" * 20_000 + "\n",
    "arrows and their indents": "1) What is x\n   and y ?\n"
    + "  -> a\n" * 5_000
    + "     "
    + "b " * 20_000
    + "\n",
    "unclosed course problems": "<problem>" * 20_000 + "<p>x</p></problem>\n" * 2,
    "liquid tags and admonitions": "{% hint "
    + "x " * 20_000
    + "\n{% endhint %}\n:::"
    + " " * 40_000
    + "x\n"
    + "{% content-ref url=x %}\n" * 2_000,
    "inline components": "<Link to="
    + '"x" ' * 10_000
    + ">words</Link> <Tabs"
    + " a" * 20_000
    + "\n",
    "an assessment's fields": ("=" * 30 + "\nQUESTION 1 | x\n" + "=" * 30 + "\n") * 2
    + "Question: "
    + " " * 40_000
    + "\nCandidate's answer: "
    + "a " * 20_000
    + "\n",
    "a comment invitation": "### What?\n\nx\n\n" + "Got " * 20_000 + "? Leave a comment\n",
    "heading attributes": ("## " + " " * 300 + "x {#\n") * 2_000 + "## a" + " " * 40_000 + "{#x\n",
    "rem cards": "- a >> b\n- c :: d\n- e >>>\n" + ("- " + "x " * 20_000 + "\n") * 3,
    "named turns": ("Ana Lima: hi\nTom Berger: yo\n" * 3) + "Ana " + "Lima " * 20_000 + ": x\n",
    "comment bylines": "### What?\n\n"
    + ("**" + "a" * 50 + "** · May 3, 2024 " + "x" * 60 + "\n") * 3_000,
    "a long chain of discord replies": json.dumps(
        {
            "guild": {"id": "1"},
            "messages": [
                {
                    "id": str(n),
                    "type": "Reply",
                    "content": "why?",
                    "author": {"name": "a"},
                    "reference": {"messageId": str(n - 1)},
                }
                for n in range(20_000)
            ],
        }
    ),
    # (20,000 problems, 1.2 MB: at 40,000 the linear work alone came near the limit on a
    # busy machine; a quadratic pass over 20,000 problems still overruns it many times)
    "many course problems": "<problem><p>Why?</p><solution><p>x</p></solution></problem>\n"
    * 20_000,
    "many rems": "- a >> b\n- c >>>\n- [[d]] >> e\n" + "- x\n" * 200_000,
    "a long chain of tweets": json.dumps(
        [
            {
                "id_str": str(n),
                "full_text": "why?",
                "user": {"screen_name": "a" if n % 2 else "b"},
                "in_reply_to_status_id_str": str(n - 1),
            }
            for n in range(20_000)
        ]
    ),
    "a form's blank fields": "### What?\n\nNotes "
    + "_" * 40_000
    + "x\n"
    + "Rating "
    + "☆ " * 20_000
    + "x\n",
    "a course's Q&A tab": "RK\nWhy is x?\nRa K · Lecture 4 · 3 days ago\nbody\n" * 3
    + ("Why? " + "a · " * 20_000 + "3 days\n")
    + ("· " * 20_000 + "\n")
    + ("x" * 59 + " · ") * 2_000
    + "\n"
    + "Back to all questions\n" * 1_000,
    "a canvas of many cards and groups": json.dumps(
        {
            "nodes": [
                {"id": f"g{n}", "type": "group", "x": n * 10, "y": 0, "width": 5, "height": 5}
                for n in range(5_000)
            ]
            + [
                {"id": f"c{n}", "type": "text", "text": f"What is {n}?", "x": -1, "y": n}
                for n in range(20_000)
            ],
            "edges": [],
        }
    ),
    "show notes' chapters and a citation of each": "".join(
        f"({i // 60:02d}:{i % 60:02d}) What is item {i}?\n" for i in range(3_000)
    )
    + "**(00:01) " * 5_000
    + "\n",
    "a table copied as tabs": "Question\tAnswer\n" + "What?\t" * 20_000 + "\n" * 3,
    "a long line in capitals": "### Q1. What?\n" + "A B " * 20_000 + "\n",
    "a board's stickies": "Content,Color\n" + '"What is x?",yellow\n"x",green\n' * 5_000,
    "a SQL script's unclosed block comment": "-- Q1: What?\nSELECT 1;\n" * 3 + "/* " * 20_000,
    "a chat's name over its time": ("Ana Lopez\n10:42 AM\n" + "@**Ana** " * 2_000 + "\n") * 50,
    "json lines": '{"q": "What is x?", "a": "y"}\n' * 20_000 + "{" * 5_000 + "\n",
    "captions' lead-in words": "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWelcome.\n\n"
    "00:00:02.000 --> 00:00:03.000\n" + "so " * 30_000 + "\n",
    "a video's many announced questions": "WEBVTT\n\n"
    + "".join(
        f"00:{i // 60 % 60:02d}:{i % 60:02d}.000 --> 00:{i // 60 % 60:02d}:{i % 60:02d}.500\n"
        f"question 3: what is thing {i}?\n\n"
        for i in range(20_000)
    ),
    "an INI file's long run of blanks": "# Notes\n\n[a]\n[b]\n[c]\nx" + " " * 120_000 + "y\n",
    "a chat's HTML code blocks left open": json.dumps(
        [
            {"author": "a", "text": "<p>What is x?" + "<pre>x" * 20_000},
            {"author": "b", "text": "y"},
            {"author": "a", "text": "ok"},
        ]
    ),
    "a chat's time of hundreds of digits": '[{"author":"a","body":"What is X?","sent":1'
    + "0" * 400
    + '},{"author":"b","body":"y"},{"author":"a","body":"ok"}]',
    "a reST table's header rows in other digits": "Title\n=====\n\nSub\n===\n\n"
    ".. csv-table::\n   :header-rows: ²\n\n   What is x?, y\n",
    "spaces before a fold's marker": ("## Q\n" + " " * 30_000 + "{{{x\n") * 3 + "}}}\n",
    "a fold's title of rules": ("=" * 30_000 + " " * 30_000 + " {{{\n") * 3 + "}}}\n",
    "a staircase of list items over blank lines": "".join(
        " " * depth + "- What is x?\n" for depth in range(1_500)
    )
    + "\n" * 40_000,
    "a box never closed": "┌──┐\n" + "│ 1. What is x?\n" * 30_000,
    # a handbook's level badge under a question, and a table's numbers column header
    "a badge of spaces": "### Q1. What is x?\nL3" + " " * 20_000 + "x\nIt is y.\n",
    "a badge of tabs": "### Q1. What is x?\nSenior" + "\t" * 20_000 + "engineers\n",
    "a header cell of dashes": "| "
    + "- " * 10_000
    + "x | Text |\n|---|---|\n"
    + "| 1 | What is a? |\n| 2 | What is b? |\n",
    "a transcript's lead-in of spaces": ("[00:01] " + " " * 20_000 + ":" + " " * 20_000 + "why?\n")
    * 6,
    "a page's running lines around form feeds": ("Title line of words\n" + " " * 20_000 + "\n\f")
    * 4,
}


def _documents(line: str) -> list[str]:
    """The line alone, and in the places a question or its answer can be."""
    return [
        line,
        "### Q1. What is x?\nA: It is x.\n\n" + line + "\n\nWhat is y?\n",
        "1. **Topic**\n   - " + line + "\n   - What is z?\n",
        "<details><summary>" + line + "</summary>\n" + line + "\n</details>\n",
        "| # | Question |\n|---|---|\n| 1 | " + line + " |\n",
    ]


def _read_parse_and_clean(documents: list[str]) -> None:
    for document in documents:
        try:
            text = read_document(document.encode("utf-8"))
        except DocumentError:
            continue
        for item in parse_document(text).items:
            clean_item(item)


def _finishes_in_time(documents: list[str]) -> tuple[bool, int | None]:
    """(whether the pipeline finished within the limit, its exit code). A regex cannot be
    interrupted from Python: a forked child runs it (no interpreter to start, the importer
    already loaded), and is ended if it overruns."""
    child = multiprocessing.get_context("fork").Process(
        target=_read_parse_and_clean, args=(documents,)
    )
    child.start()
    child.join(LIMIT_SECONDS)
    hung = child.is_alive()
    if hung:
        child.terminate()
        child.join()
    return not hung, child.exitcode


@pytest.mark.parametrize("name", list(LINES))
def test_a_long_adversarial_line_is_parsed_and_cleaned_in_bounded_time(name):
    finished, exit_code = _finishes_in_time(_documents(LINES[name]))

    assert finished, f"{name}: still parsing after {LIMIT_SECONDS} s (catastrophic backtracking?)"
    assert exit_code == 0, f"{name}: the importer failed (exit code {exit_code})"


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_a_document_with_a_long_run_of_one_thing_is_parsed_in_bounded_time(name):
    """40,000 blank lines, spaces or dots where the parser looks for structure: a pattern that
    rescans the rest of the text from every line is quadratic, and overruns the limit."""
    finished, exit_code = _finishes_in_time([DOCUMENTS[name]])

    assert finished, f"{name}: still parsing after {LIMIT_SECONDS} s"
    assert exit_code == 0, f"{name}: the importer failed (exit code {exit_code})"
