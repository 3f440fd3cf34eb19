"""Issue 10's goals, measured on the shape corpus (corpus/*.md, labelled by hand in
*.expected.json): the importer finds the questions of documents in every layout, reports
only questions, and never publishes an empty answer.

corpus_measure.py does the measuring; run it alone for the table of every document.
"""

import json

import pytest

from questions.importing.reading import read_text
from tests.questions.importing import corpus_measure as cm

DOCUMENTS = cm.corpus_documents()


@pytest.fixture(scope="module")
def results() -> list[cm.DocumentResult]:
    return cm.measure()


@pytest.fixture(scope="module")
def by_name(results) -> dict[str, cm.DocumentResult]:
    return {result.name: result for result in results}


def test_the_corpus_has_at_least_30_documents_each_with_its_labels():
    assert len(DOCUMENTS) >= 30
    for path in DOCUMENTS:
        questions = json.loads(path.with_suffix(".expected.json").read_text())["questions"]
        assert 1 <= len(questions) <= 60, path.name  # a Q&A site's page asks one
        keys = [cm.normalise(q["prompt"]) for q in questions]
        assert len(set(keys)) == len(keys), f"{path.name}: a question is labelled twice"
        assert all(isinstance(q["answered"], bool) for q in questions), path.name
        assert all(not q.get("contains") or q["answered"] for q in questions), path.name


def test_reading_what_was_read_changes_nothing():
    """Staff keep the text as it was read, and the import reads that again: every shape's
    reader must leave nothing for a second reading to change."""
    changed = []
    for path in DOCUMENTS:
        once = read_text(path.read_text(errors="replace")).text
        if read_text(once).text != once:
            changed.append(path.name)
    assert changed == []


def test_it_finds_98_percent_of_the_questions(results):
    totals = cm.totals(results)

    assert totals.recall >= cm.GOALS["recall"], cm.misses(results)


def test_97_percent_of_what_it_reports_are_questions(results):
    totals = cm.totals(results)

    assert totals.precision >= cm.GOALS["precision"], cm.misses(results)


def test_it_reports_99_percent_of_the_unanswered_questions_as_needing_an_answer(results):
    totals = cm.totals(results)

    assert totals.unanswered >= 50  # the measure means something only over enough of them
    assert totals.honesty >= cm.GOALS["honesty"], cm.misses(results)


def test_it_publishes_no_empty_answer(results):
    assert cm.totals(results).published_empty == 0, cm.misses(results)


@pytest.mark.parametrize("name", [path.stem for path in DOCUMENTS])
def test_it_reads_each_document(by_name, name):
    """Every document imports, loses at most one question in ten, and publishes no empty
    answer: a whole layout going missing shows here even when the totals pass."""
    result = by_name[name]
    report = cm.misses([result], verbose=True)

    assert not result.error, report
    assert len(result.pairs) >= 0.9 * len(result.expected), report
    assert not result.published_empty, report


def test_the_measure_pairs_a_question_with_its_titled_or_renumbered_prompt():
    key = cm.normalise("When is a cache not useful or even dangerous?")

    assert cm.normalise("### Q12. When is a cache **not useful** or even dangerous?") == key
    assert cm.normalise("“When is a cache not useful or even dangerous?”") == key
    assert cm.same_question(key, cm.normalise("Caching: " + key)) >= cm.SAME_QUESTION


def test_the_measure_does_not_take_a_fragment_of_a_wrapped_question_for_the_question():
    whole = cm.normalise(
        "Walk me through what happens between a user typing a URL into the browser "
        "and the first byte of the HTML arriving."
    )
    fragment = cm.normalise("Walk me through what happens between a user typing a URL into the")

    assert cm.same_question(whole, fragment) < cm.SAME_QUESTION


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "   ",
        "<b></b>",
        "<p></p><br/>",
        "&nbsp;",
        "**Answer:**",
        "TODO",
        "TBD",
        "Coming soon!",
        "(to be added)",
        "...",
        "Answer here",
        "[Read the docs](https://example.invalid/x)",
        "See https://example.invalid/x",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    ],
)
def test_the_measure_calls_filler_an_empty_answer(answer):
    assert cm.looks_empty(answer)


def test_the_measure_keeps_a_short_real_answer():
    assert not cm.looks_empty("Use `SCAN`.")
    assert not cm.looks_empty("**Answer:** 422.")
