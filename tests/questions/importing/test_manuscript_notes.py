"""Shapes met in held-out set 53: a manuscript compiled as plain text (scenes apart by a
lone "#", the writer's "[TK: ...]" where a passage is still to come), and R Markdown notes
whose question is skipped "for now, low priority" above the rule ending the notes."""

from tests.questions.importing.documents import pairs_of

MANUSCRIPT = """\
TWO

The Database Round

"What's the difference between WHERE and HAVING?"

"WHERE filters rows before grouping, HAVING filters groups after the aggregation."

#

"Final question. What's a covering index?"

[TK: write Dana's answer here, check the INCLUDE syntax for Postgres 11+ before quoting her]

#

Afterwards we did the debrief. The short version is in the next chapter, with the scorecard.
"""


def test_a_scene_break_ends_an_answer_and_a_passage_still_to_come_is_none():
    pairs = pairs_of(MANUSCRIPT)

    assert pairs[0][0] == "What's the difference between WHERE and HAVING?"
    assert "WHERE filters rows before grouping" in pairs[0][1]  # (said, in its quotes)
    assert pairs[-1] == ("What's a covering index?", "")


RMD = """\
---
title: "Python internals"
output: html_document
---

### Q11. Why are mutable default arguments a trap?

Defaults are evaluated once, when the `def` runs.

### Q12. When would you use a metaclass?

skip for now, low priority (Hynek says "you probably don't")

---

```{r session, echo=FALSE}
sessionInfo()$R.version$version.string
```
"""


def test_a_question_skipped_for_now_is_unanswered_whatever_follows_its_rule():
    defaults, metaclass = pairs_of(RMD)

    assert defaults == (
        "Why are mutable default arguments a trap?",
        "Defaults are evaluated once, when the `def` runs.",
    )
    assert metaclass == ("When would you use a metaclass?", "")
