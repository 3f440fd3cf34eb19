"""Whatever is uploaded, the pipeline either reads it or refuses it with a DocumentError."""

import multiprocessing
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from questions.importing import SEEDS_DIR, DocumentError
from questions.importing.cleaning import clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import read_document
from tests.questions.importing.documents import GROWING

SEEDS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,  # derandomized: nothing worth replaying, so keep no example database
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Pieces of every layout, so random documents hit the parser's interesting paths.
MARKUP = [
    "### Q1. What is a closure?",
    "## 12. How does the GIL work?",
    "Q1.",
    "Q2: What is a decorator?",
    "**3)** Write a function that sorts.",
    "1. **Q: What is pip?**",
    "**A:** An installer.",
    "A:",
    "Answer:",
    "<details><summary>What is a lambda?</summary> An anonymous function. </details>",
    "<summary>",
    "</details>",
    "```python",
    "```",
    "python",
    "Python",
    "# a comment",
    "    return x",
    "  • a bullet",
    "Junior",
    "Senior Level",
    "(Hard)",
    "-----",
    "- [What is X?](#what-is-x)",
    "WHAT IT TESTS: x. ANSWER OUTLINE: y. RED FLAG: z.",
    "This tests whether you know it. A strong answer says so. Red flag: nothing.",
    "Python & FastAPI30 sec read",
    "What is the output of the following?",
    "Lorem ipsum dolor sit amet.",
    "TODO",
    "",
]


def run_pipeline(data: bytes) -> None:
    """read -> split -> clean; only a DocumentError may come out."""
    try:
        text = read_document(data)
    except DocumentError:
        return
    lines = text.split("\n")
    for item in parse_document(text).items:
        draft = clean_item(item)
        assert draft.prompt.strip(), f"empty prompt for the item at line {item.line}"
        assert 1 <= draft.line <= len(lines)


markup_documents = st.lists(
    st.one_of(st.sampled_from(MARKUP), st.text(max_size=60)), max_size=60
).map("\n".join)


@st.composite
def mutated_seeds(draw) -> str:
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        if not lines:
            break
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        mutation = draw(
            st.sampled_from(["delete", "duplicate", "shuffle", "insert", "splice", "truncate"])
        )
        if mutation == "delete":
            del lines[at : at + draw(st.integers(min_value=1, max_value=20))]
        elif mutation == "duplicate":
            lines[at:at] = lines[at : at + draw(st.integers(min_value=1, max_value=20))]
        elif mutation == "shuffle":
            end = at + draw(st.integers(min_value=2, max_value=30))
            lines[at:end] = draw(st.permutations(lines[at:end]))
        elif mutation == "insert":
            lines.insert(at, draw(st.one_of(st.text(max_size=80), st.sampled_from(MARKUP))))
        elif mutation == "splice":
            cut = draw(st.integers(min_value=0, max_value=len(lines[at])))
            lines[at] = lines[at][:cut] + draw(st.text(min_size=1, max_size=20)) + lines[at][cut:]
        else:
            lines = [*lines[:at], lines[at][: draw(st.integers(0, len(lines[at])))]]
    return "\n".join(lines)


@FUZZ
@given(text=st.text(max_size=3000))
def test_it_reads_or_refuses_random_text(text):
    run_pipeline(text.encode("utf-8"))


@FUZZ
@given(data=st.binary(max_size=3000))
def test_it_reads_or_refuses_random_bytes(data):
    run_pipeline(data)


@FUZZ
@given(text=markup_documents, encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
@example(text="Q1.\n#", encoding="utf-8")  # found by a longer run: the question is only markup
@example(text="1. What is a list?\n1. \n", encoding="utf-8")  # "1. " crashed question_marker
@example(
    text="<details><summary>What is a lambda?</summary> Anonymous.</details>", encoding="utf-8"
)
def test_it_reads_random_documents_made_of_layout_pieces(text, encoding):
    run_pipeline(text.encode(encoding, errors="replace"))


@FUZZ
@given(text=mutated_seeds())
def test_it_reads_mutated_seed_documents(text):
    run_pipeline(text.encode("utf-8"))


@FUZZ
@given(text=mutated_seeds(), cut=st.integers(min_value=0, max_value=200_000))
def test_it_reads_seed_documents_cut_in_the_middle_of_a_character(text, cut):
    data = text.encode("utf-8")
    run_pipeline(data[: cut % (len(data) + 1)])


def _count_work(text: str, pipe) -> None:
    """In a child: send how many Python calls and lines parsing and cleaning `text` ran."""
    _parse("### Q1. What is a warm-up?\nA: It fills caches (topic patterns) before counting.")
    events = 0

    def count(frame, event, arg):
        nonlocal events
        events += 1
        return count

    sys.settrace(count)
    try:
        _parse(text)
    finally:
        sys.settrace(None)
    pipe.send(events)


def work_for(text: str) -> int:
    """The pipeline's work on a document: counted, so no clock or machine load comes in."""
    # A forked child, so the trace hook never meets this process's own (coverage, debuggers).
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_count_work, args=(text, sender))
    child.start()
    sender.close()  # the child's copy stays open: if it dies, recv() raises, not hangs
    events = receiver.recv()
    child.join()
    return events


@pytest.mark.parametrize("shape", GROWING)
def test_it_does_linear_work_as_a_document_grows(shape):
    """Eight times the document, at most some eight times the work: a rescan would be 64x.

    Timings live in tests/perf/test_import_linear.py. This counts Python calls and lines,
    so work inside one regex call is not seen: the patterns are kept linear, and the test
    below fails on one that is not instead of letting the suite hang.
    """
    small, large = GROWING[shape](1), GROWING[shape](8)

    ratio = work_for(large) / work_for(small)

    assert ratio < 12, f"{shape}: 8x the document took {ratio:.0f}x the work"


def _parse(text: str) -> None:
    for item in parse_document(read_document(text.encode())).items:
        clean_item(item)
